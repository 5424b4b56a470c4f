"""Kommunallagen (2017:725) 9 kap. 37 § 2 st.: in contractual cooperation (*avtalssamverkan*),
delegation of decisions to the other party's staff (*extern delegering*).
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law import Verification, parse_citation
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
)
from samverkan.model import (
    ContractualCooperation,
    DelegateKind,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import (
    NON_DELEGABLE,
    category_listing,
    sorted_categories,
)
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KL-9-37-external-delegation",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 2 st.", "KL 6:38 1 st.", "KL 7:4–8"),
    valid_from=AVTALSSAMVERKAN,
)
def external_delegation(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Decisions may be delegated to an employee of the performing party, never 6:38 matters.

    Within avtalssamverkan the parties may agree that an employee of the other municipality or
    region decides on the commissioning party's behalf in a matter or a group of matters,
    within the limits of KL 6:38; KL 7:4–8 (jäv, förvaltningschef, reporting back) then apply
    (KL 9:37 2 st.). A delegation recorded in the agreement must therefore go to an employee
    whose employer is the performing party, and may not cover the five categories of KL 6:38
    1 st. Onward delegation by such an employee (*vidaredelegering*, KL 7:6) is reported as a
    warning: only a secondary source (Föreningen Miljö och Hälsa) says it is not possible, and
    the preparatory works have not been checked.

    Does not check: whether the employee actually works for the performing party (the
    recorded employer is taken as given; a delegation without one is reported once as not
    checked), the reporting back of decisions (KL 7:8), jäv, and the extra limits of special
    acts (see PBL-12-6-delegation-limits and LSO-3-16-delegation).
    """
    performing = cooperation.performing
    for index, delegation in enumerate(cooperation.delegations):
        path = f"$.delegations[{index}]"
        if delegation.delegate is not DelegateKind.EMPLOYEE:
            yield ctx.finding(
                N_(
                    "Delegationen i ärendet ”{matter}” går till {delegate}; inom avtalssamverkan "
                    "får beslutanderätt bara lämnas till en anställd hos den andra parten."
                ),
                fix=N_("Delegera till en anställd hos den andra parten."),
                path=f"{path}.delegate",
                citations=(parse_citation("KL 9:37 2 st.", on=ctx.as_of),),
                matter=delegation.matter,
                delegate=Translatable(delegation.delegate.value),
            )
        elif delegation.employer is None:
            yield ctx.not_recorded(
                N_(
                    "Det anges inte vem som är arbetsgivare för den som får delegation i ärendet "
                    "”{matter}”; det har inte prövats att det är en anställd hos {performing}."
                ),
                path=f"{path}.employer",
                citations=(parse_citation("KL 9:37 2 st.", on=ctx.as_of),),
                matter=delegation.matter,
                performing=performing,
            )
        elif delegation.employer != performing:
            yield ctx.finding(
                N_(
                    "Delegationen i ärendet ”{matter}” går till en anställd hos {employer}; inom "
                    "avtalssamverkan får beslutanderätt bara lämnas till en anställd hos den "
                    "utförande parten {performing}."
                ),
                fix=N_("Delegera till en anställd hos den andra parten."),
                path=f"{path}.employer",
                citations=(parse_citation("KL 9:37 2 st.", on=ctx.as_of),),
                matter=delegation.matter,
                employer=delegation.employer,
                performing=performing,
            )
        barred = delegation.categories & NON_DELEGABLE
        if barred:
            yield ctx.finding(
                N_(
                    "Ärendet ”{matter}” får inte delegeras, eftersom det gäller {categories} "
                    "(6 kap. 38 § första stycket kommunallagen)."
                ),
                fix=N_("Låt nämnden själv besluta i ärendet."),
                path=f"{path}.categories",
                citations=(parse_citation("KL 6:38 1 st.", on=ctx.as_of),),
                matter=delegation.matter,
                categories=category_listing(barred),
                facts={"categories": [c.name for c in sorted_categories(barred)]},
            )
        if delegation.sub_delegation:
            yield ctx.finding(
                N_(
                    "Vidaredelegering i ärendet ”{matter}” är sannolikt inte möjlig när en "
                    "anställd "
                    "hos den andra parten har fått delegation inom avtalssamverkan."
                ),
                path=f"{path}.sub_delegation",
                severity=Severity.WARNING,
                citations=(
                    parse_citation("KL 9:37 2 st.", on=AVTALSSAMVERKAN),
                    parse_citation("KL 7:6", on=AVTALSSAMVERKAN),
                ),
                matter=delegation.matter,
                facts={"verification": Verification.VERIFIED_SEC.value, "source": "FMH"},
            )
