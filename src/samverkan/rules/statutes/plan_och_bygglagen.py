"""Plan- och bygglagen (2010:900) 12 kap. 6 §: matters that may not be delegated to an employee
of another municipality or a joint committee's staff.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
)
from samverkan.model import (
    ContractualCooperation,
    JointCommittee,
    MatterCategory,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import (
    PBL_CATEGORIES,
    category_listing,
    delegates_any,
    sorted_categories,
)
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "PBL-12-6-delegation-limits",
    applies_to=(ContractualCooperation, JointCommittee),
    applies_when=delegates_any(frozenset(PBL_CATEGORIES)),
    cites=("PBL 12:6",),
    valid_from=AVTALSSAMVERKAN,
)
def pbl_delegation_limits(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Building matters of principle, fines and sanction charges are not delegable (PBL 12:6).

    Beyond KL 6:38, a delegation under KL 6:37, 7:5, 9:30 or 9:37 2 st. may not cover
    building matters of principle or greater importance, vitesförelägganden, förelägganden
    with a warning of action at the addressee's expense, or byggsanktionsavgift (PBL 12:6,
    in this form from lag 2018:578). A delegation marked with any of these categories, by a
    joint committee or within avtalssamverkan, is reported. Point 2 (vitesföreläggande) has
    exceptions the model cannot tell apart, so a delegation marked only with that category is
    a warning, the others errors.

    Does not check: which exceptions to point 2 the matter falls under, and delegations whose
    categories are not recorded.
    """
    for index, delegation in enumerate(subject.delegations):
        found = delegation.categories & frozenset(PBL_CATEGORIES)
        if not found:
            continue
        only_fine = found == {MatterCategory.PBL_FINE}
        yield ctx.finding(
            N_(
                "Ärendet ”{matter}” får inte delegeras enligt 12 kap. 6 § plan- och bygglagen, "
                "eftersom det gäller {categories}."
            )
            if not only_fine
            else N_(
                "Ärendet ”{matter}” gäller vitesföreläggande, som enligt 12 kap. 6 § plan- och "
                "bygglagen bara får delegeras i vissa undantagsfall; kontrollera att ärendet "
                "omfattas av ett undantag."
            ),
            path=f"$.delegations[{index}].categories",
            severity=Severity.WARNING if only_fine else None,
            fix=None if only_fine else N_("Låt nämnden själv besluta i ärendet."),
            matter=delegation.matter,
            categories=category_listing(found),
            facts={"categories": [c.name for c in sorted_categories(found)]},
        )
