"""Kommunallagen (2017:725) 9 kap. 33 §: a joint committee's standing rules (*reglemente*)
are adopted by the fullmäktige of every cooperating party.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import AdoptionWording, Wording, fullmaktige_adoptions
from samverkan.rules.recorded import Recorded, instrument_record
from samverkan.rules.registry import rule

#: KL 9:33: the parties' adoptions of the reglemente.
_ADOPTIONS = AdoptionWording(
    unrecorded=Wording(
        N_(
            "Det anges inte om fullmäktige i {party} har antagit reglementet; det har inte prövats."
        ),
        N_(
            "Det anges inte om fullmäktige i {parties} har antagit reglementet; det har "
            "inte prövats."
        ),
    ),
    other_body=N_(
        "Reglementet har antagits av {body} i {party}, men det ska antas av fullmäktige."
    ),
    other_body_fix=N_("Låt fullmäktige i {party} anta reglementet."),
    absent=Wording(
        N_("Reglementet har inte antagits av fullmäktige i {party}."),
        N_("Reglementet har inte antagits av fullmäktige i {parties}."),
        N_("Låt fullmäktige i {party} anta reglementet."),
        N_("Låt fullmäktige i {parties} anta reglementet."),
    ),
    adopted_by_facts=True,
)


@rule(
    "KL-9-33-reglemente",
    applies_to=JointCommittee,
    cites=("KL 9:33",),
    valid_from=KL_2017,
)
def standing_rules_adopted_by_all(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The reglemente is adopted by the fullmäktige of every cooperating party.

    A joint committee's standing rules (*reglemente*) are adopted by the fullmäktige of each
    of the cooperating municipalities and regions, not only by the host (KL 9:33). A committee
    recorded as having no reglemente is an error, and so is every party recorded as not
    having adopted it through its fullmäktige; an adoption by another organ (the styrelse, a
    nämnd) does not count. An adoption the document does not record is reported as not
    recorded, not as missing (see the recording policy).

    Does not check: whether the parties adopted the same text, the dates of the decisions or
    whether they were taken before the committee started, nor the contents of the reglemente.
    Adoptions by organisations that are not parties are ignored.
    """
    standing_rules = committee.standing_rules
    if instrument_record(standing_rules) is Recorded.UNRECORDED:
        yield ctx.not_recorded(
            N_("Nämndens reglemente anges inte; 9 kap. 33 § kommunallagen har inte prövats."),
            path="$.standing_rules",
        )
        return
    assert standing_rules is not None
    if not standing_rules.exists:
        yield ctx.finding(
            N_(
                "Nämnden har inget reglemente; reglementet ska antas av fullmäktige i varje "
                "samverkande part."
            ),
            fix=N_("Låt fullmäktige i varje samverkande part anta ett reglemente."),
            path="$.standing_rules",
        )
        return
    yield from fullmaktige_adoptions(
        ctx,
        standing_rules,
        list(enumerate(committee.parties)),
        _ADOPTIONS,
        parties_path="$.parties",
        one="party",
    )
