"""Kommunallagen (2017:725) 10 kap. 3–4 §§ for a company owned through an intermediary: an
ekonomisk förening or a holding company between the public owners and the company
(Kommuninvest ekonomisk förening → Kommuninvest i Sverige AB).

The conditions of KL 10:3–4 are secured by the owning kommun's or region's fullmäktige; where
the owner of record is a förening or company, how far the public members control the company
through it is a question samverkan does not decide. These rules say what the document records
of the owners behind the intermediary, and that the control was not judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import (
    Intermediary,
    JointlyOwnedCompany,
    Organisation,
    OrganisationKind,
    Shareholding,
)
from samverkan.money import EXACT
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import is_public_owner
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

#: The kinds of owner that stand between the public owners and the company.
_INTERMEDIARY_KINDS = (OrganisationKind.FORENING, OrganisationKind.AKTIEBOLAG)


def _intermediary_of(company: JointlyOwnedCompany, holding: Shareholding) -> Intermediary | None:
    return next((i for i in company.intermediaries if i.holds(holding.owner)), None)


def _percent(holding: Shareholding) -> str:
    return format(holding.percent.normalize(EXACT), "f")


@rule(
    "KL-10-intermediary-control",
    applies_to=JointlyOwnedCompany,
    cites=("KL 10:3", "KL 10:4"),
    valid_from=KL_2017,
)
def control_through_an_intermediary(
    company: JointlyOwnedCompany, ctx: RuleContext
) -> Iterator[Finding]:
    """A company held through a förening or holding company: who stands behind the holder,
    and that the owners' control through it is not judged.

    Fullmäktige secures the conditions of KL 10:3 in a company the kommun or region owns, and
    in one it owns together with others to an extent reasonable for its share (KL 10:4). For
    each holding by an ekonomisk förening or an aktiebolag, the rule looks for the
    intermediary in ``intermediaries``: without it, the owners behind the holder are not
    recorded; with it, the rule names how many of its owners are kommuner, regioner or
    kommunalförbund and how many are not, and says that whether the conditions reach the
    company through the intermediary was not judged.

    Does not check: whether KL 10:3–4 applies to a company held indirectly, the intermediary's
    own articles (stadgar, bolagsordning), its members' decisions, and chains of more than one
    intermediary.
    """
    for index, holding in enumerate(company.holdings):
        owner = holding.owner
        if not isinstance(owner, Organisation) or owner.kind not in _INTERMEDIARY_KINDS:
            continue
        intermediary = _intermediary_of(company, holding)
        path = f"$.holdings[{index}].owner"
        if intermediary is None:
            yield ctx.not_recorded(
                N_(
                    "{owner} äger {percent} % av {company}; vilka som äger {owner} anges inte, "
                    "så om kommuner och regioner styr bolaget genom ägaren har inte prövats."
                ),
                path=path,
                owner=owner.name,
                percent=_percent(holding),
                company=company.name,
            )
            continue
        public = sum(is_public_owner(o.owner) for o in intermediary.owners)
        other = len(intermediary.owners) - public
        facts = {"public_owners": public, "other_owners": other}
        if not intermediary.owners_complete:
            yield ctx.not_recorded(
                N_(
                    "{company} ägs genom {owner}, vars ägare inte anges fullständigt ({public} "
                    "kommuner, regioner eller kommunalförbund angivna); ägarnas styrning genom "
                    "mellanhanden har inte prövats."
                ),
                path=path,
                owner=owner.name,
                company=company.name,
                public=public,
                facts=facts,
            )
            continue
        yield ctx.not_judged(
            N_(
                "{company} ägs genom {owner}, som ägs av {public} kommuner, regioner eller "
                "kommunalförbund och {other} andra; om villkoren i 10 kap. 3 och 4 §§ "
                "kommunallagen når bolaget genom mellanhanden har inte prövats."
            ),
            path=path,
            owner=owner.name,
            company=company.name,
            public=public,
            other=other,
            facts=facts,
        )
