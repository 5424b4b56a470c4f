"""Kommunallagen (2017:725) 10 kap. 4 § 2 st. and 6 §: public access in part-owned companies,
and the revisor of a stiftelse a kommun or region forms alone."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import parse_citation
from samverkan.law.dates import KL_2017
from samverkan.model import CompanyForm, JointlyOwnedCompany, is_party
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KL-10-4-public-access",
    applies_to=JointlyOwnedCompany,
    applies_when=lambda company: len(company.holdings) >= 2,
    cites=("KL 10:4 2 st.", "KL 10:6 2 st."),
    valid_from=KL_2017,
    severity=Severity.WARNING,
)
def owners_work_for_public_access(
    company: JointlyOwnedCompany, ctx: RuleContext
) -> Iterator[Finding]:
    """Where OSL 2:3 does not reach a part-owned company, each owner works for public access.

    In a part-owned municipal company that is not covered by 2 kap. 3 § offentlighets- och
    sekretesslagen, fullmäktige "ska verka för" the public's right to see the company's
    documents on the principles of 2 kap. tryckfrihetsförordningen and OSL (KL 10:4 2 st.);
    the same applies to a förening the kommun or region controls together with others and to
    a stiftelse it forms together with others (KL 10:6 2 st.). For a company recorded as
    outside OSL 2:3, a municipality or region owner recorded as not having acted for public
    access is a warning: the duty is one of effort, and what effort suffices for a given share
    is a judgement. Where an owner records that it has not acted but the document does not say
    whether OSL 2:3 applies, it is reported as not judged.

    Does not check: whether OSL 2:3 in fact applies (it turns on whether public owners
    together hold a controlling influence, which is not computed here); owners that are
    kommunalförbund; the wording of the articles or shareholder agreement.
    """
    decisive = (parse_citation("KL 10:4 2 st.", on=ctx.as_of),)
    if company.under_osl_2_3:
        return
    for index, holding in enumerate(company.holdings):
        if not is_party(holding.owner):
            continue
        if holding.works_for_public_access is not False:
            continue
        path = f"$.holdings[{index}].works_for_public_access"
        if company.under_osl_2_3 is None:
            yield ctx.not_recorded(
                N_(
                    "{owner} verkar inte för allmänhetens insyn i {company}, men det anges inte "
                    "om offentlighets- och sekretesslagen 2 kap. 3 § gäller bolaget; det har inte "
                    "prövats."
                ),
                path="$.under_osl_2_3",
                citations=decisive,
                owner=holding.owner,
                company=company.name,
            )
        else:
            yield ctx.finding(
                N_(
                    "{owner} verkar enligt förslaget inte för att allmänheten ska få ta del av "
                    "handlingar hos {company}; fullmäktige ska verka för det när "
                    "offentlighets- och sekretesslagen 2 kap. 3 § inte gäller bolaget."
                ),
                path=path,
                owner=holding.owner,
                company=company.name,
            )


@rule(
    "KL-10-6-foundation-revisor",
    applies_to=JointlyOwnedCompany,
    applies_when=lambda company: (
        company.form is CompanyForm.STIFTELSE and len(company.holdings) == 1
    ),
    cites=("KL 10:6 1 st.",),
    valid_from=KL_2017,
)
def foundation_revisor_among_the_revisorer(
    company: JointlyOwnedCompany, ctx: RuleContext
) -> Iterator[Finding]:
    """A stiftelse a kommun or region forms alone has a revisor chosen from its revisorer.

    When a kommun or region alone forms a stiftelse for a municipal matter, fullmäktige
    appoints at least one revisor in it, and appoints as revisor one of the revisorer elected
    under KL 12:4 (KL 10:6 1 st.). For a municipality or region founder recorded as
    appointing a revisor from outside its revisorer, the rule reports an error; where it is
    not recorded, it reports that this was not judged. A stiftelse is modelled as a company
    of form stiftelse with a single holding; ``lay_auditor_from_revisorer`` then records the
    stiftelse's revisor.

    Does not check: the conditions of KL 10:3 p. 1–4 and 6 that also apply to the stiftelse
    (checked by KL-10-3-wholly-owned as far as it reaches); a stiftelse formed with others,
    for which 10:6 2 st. applies 10:4 and not the revisor requirement; a kommunalförbund as
    founder.
    """
    [holding] = company.holdings
    if not is_party(holding.owner):
        return
    path = "$.holdings[0].lay_auditor_from_revisorer"
    if holding.lay_auditor_from_revisorer is None:
        yield ctx.not_recorded(
            N_(
                "Det anges inte om revisorn i {company} är en av de revisorer som fullmäktige i "
                "{owner} har valt; det har inte prövats."
            ),
            path=path,
            owner=holding.owner,
            company=company.name,
        )
    elif not holding.lay_auditor_from_revisorer:
        yield ctx.finding(
            N_(
                "{owner} utser en revisor i {company} som inte är en av de revisorer som "
                "fullmäktige har valt; revisorn i en stiftelse som kommunen eller regionen "
                "ensam bildat ska vara en av dem."
            ),
            fix=N_("Utse en av de revisorer som fullmäktige har valt."),
            path=path,
            owner=holding.owner,
            company=company.name,
        )
