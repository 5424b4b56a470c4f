"""Kommunallagen (2017:725) 10 kap. 5 §: the lekmannarevisor is one of fullmäktige's
revisorer."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import CompanyForm, JointlyOwnedCompany, OwnerCondition, is_party
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "KL-10-5-lay-auditor",
    applies_to=JointlyOwnedCompany,
    applies_when=lambda company: company.form in (CompanyForm.AKTIEBOLAG, CompanyForm.HANDELSBOLAG),
    cites=("KL 10:5",),
    valid_from=KL_2017,
)
def lay_auditor_among_the_revisorer(
    company: JointlyOwnedCompany, ctx: RuleContext
) -> Iterator[Finding]:
    """The lekmannarevisor in a municipal company is one of the owner's elected revisorer.

    To lekmannarevisor in a wholly or part-owned municipal company fullmäktige appoints one of
    the revisorer elected under KL 12:4 (KL 10:5). For a municipality or region owner recorded
    as appointing a lekmannarevisor from outside its revisorer, the rule reports an error; for
    an owner that secures a lekmannarevisor (KL 10:3 p. 5) without recording who it is, it
    reports that this was not judged.

    Does not check: owners that are kommunalförbund, whose revisorer are elected under KL 9:12
    rather than 12:4, so that how 10:5 applies to them is an open question; a stiftelse or
    förening, which has no lekmannarevisor (a sole founder's stiftelse revisor is checked by
    KL-10-6-foundation-revisor); whether the person is eligible.
    """
    for index, holding in enumerate(company.holdings):
        if not is_party(holding.owner):
            continue
        path = f"$.holdings[{index}].lay_auditor_from_revisorer"
        if holding.lay_auditor_from_revisorer is False:
            yield ctx.finding(
                N_(
                    "{owner} utser en lekmannarevisor i {company} som inte är en av de revisorer "
                    "som fullmäktige har valt; lekmannarevisorn ska vara en av dem."
                ),
                fix=N_("Utse en av de revisorer som fullmäktige har valt."),
                path=path,
                owner=holding.owner,
                company=company.name,
            )
        elif (
            holding.lay_auditor_from_revisorer is None
            and holding.secured is not None
            and OwnerCondition.LAY_AUDITOR in holding.secured
        ):
            yield ctx.not_recorded(
                N_(
                    "Det anges inte om lekmannarevisorn som {owner} utser i {company} är en av "
                    "fullmäktiges revisorer; det har inte prövats."
                ),
                path=path,
                owner=holding.owner,
                company=company.name,
            )
