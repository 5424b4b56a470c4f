"""Lag (2003:778) om skydd mot olyckor 3 kap.: the räddningschef's uppdrag and its limits."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law.dates import LSO_2004, LSO_2020_882
from samverkan.model import (
    ContractualCooperation,
    DelegateKind,
    Delegation,
    JointCommittee,
    MatterCategory,
    Organisation,
    OrganisationKind,
)
from samverkan.parties import Municipality
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import (
    category_listing,
    delegates_any,
    is_forbund,
    sorted_categories,
)
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

#: LSO 3:13: matters an uppdrag to decide on the municipality's behalf may not include.
LSO_NOT_DELEGABLE = frozenset({MatterCategory.LSO_FINE, MatterCategory.LSO_AT_EXPENSE})


#: The task area of the municipal räddningstjänst (LSO 3 kap.).
RESCUE_AREA = "lso.rescue-services"


def _performs_rescue(cooperation: ContractualCooperation) -> bool:
    """Whether a task of the agreement is räddningstjänst."""
    for task in cooperation.tasks:  # noqa: SIM110 - a loop: no generator to make per call
        if task.area == RESCUE_AREA:
            return True
    return False


def _employed_by_municipality_or_federation(delegation: Delegation) -> bool | None:
    """``True``/``False`` for LSO 3:16, ``None`` when the employer is not recorded."""
    if delegation.delegate is not DelegateKind.EMPLOYEE:
        return False
    employer = delegation.employer
    if employer is None:
        return None
    if isinstance(employer, Municipality):
        return True
    return isinstance(employer, Organisation) and employer.kind is OrganisationKind.KOMMUNALFORBUND


@rule(
    "LSO-3-16-delegation",
    applies_to=(ContractualCooperation, JointCommittee),
    applies_when=delegates_any(frozenset({MatterCategory.RESCUE_COMMAND})),
    cites=("LSO 3:16 4 st.",),
    valid_from=LSO_2020_882,
)
def lso_delegation(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """The räddningschef's uppdrag goes only to employees of a municipality or kommunalförbund.

    Every municipality has a räddningschef, who may give someone qualified as räddningsledare
    the uppdrag to take the decisions of the räddningschef or räddningsledare, and that person
    may pass it on; such an uppdrag may be given only to a person employed in a municipality
    or a kommunalförbund (LSO 3:16 2–4 st., in the wording of SFS 2020:882 from 2021-01-01).
    A delegation marked as such a decision that goes to a region's employee, to an employee of
    another kind of organisation, or to someone who is not an employee at all, is an error.

    Does not check: delegations whose employer is not recorded, whether the receiver is
    qualified as räddningsledare, that the decision to give the uppdrag was documented in
    writing (3:16 4 st.), the räddningschef's own appointment, the joint command system of
    3:16 b, and dates before 2021-01-01, when an earlier wording applied.
    """
    for index, delegation in enumerate(subject.delegations):
        if MatterCategory.RESCUE_COMMAND not in delegation.categories:
            continue
        if _employed_by_municipality_or_federation(delegation) is not False:
            continue
        receiver = (
            str(delegation.employer)
            if delegation.delegate is DelegateKind.EMPLOYEE
            else Translatable(delegation.delegate.value)
        )
        yield ctx.finding(
            N_(
                "Räddningschefens eller räddningsledarens beslut i ärendet ”{matter}” delegeras "
                "till {receiver}; ett sådant uppdrag får bara ges till den som är anställd i en "
                "kommun eller ett kommunalförbund."
            ),
            fix=N_(
                "Ge uppdraget i ärendet ”{matter}” till någon som är anställd i en kommun eller "
                "ett kommunalförbund."
            ),
            path=f"$.delegations[{index}]",
            matter=delegation.matter,
            receiver=receiver,
        )


@rule(
    "LSO-3-13-delegation",
    applies_to=(ContractualCooperation, JointCommittee),
    applies_when=delegates_any(LSO_NOT_DELEGABLE),
    cites=("LSO 3:13",),
    valid_from=LSO_2004,
)
def lso_fines_not_delegated(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """No uppdrag to decide on fines or measures at the defaulter's expense under LSO.

    An uppdrag to decide on a municipality's behalf under the act may not include
    förelägganden or förbud on pain of a fine (vite), nor carrying out a measure at the
    defaulter's expense (LSO 3:13). A delegation marked with either category is an error,
    whoever receives it: the counterpart, for rescue services, of PBL 12:6.

    Does not check: delegations not marked with these categories, decisions under other acts
    taken by the same nämnd, nor the nämnd's own decisions.
    """
    for index, delegation in enumerate(subject.delegations):
        barred = delegation.categories & LSO_NOT_DELEGABLE
        if barred:
            yield ctx.finding(
                N_(
                    "Ärendet ”{matter}” delegeras, men ett uppdrag att besluta på kommunens "
                    "vägnar enligt lagen om skydd mot olyckor får inte omfatta {categories}."
                ),
                fix=N_("Låt nämnden själv besluta i ärendet."),
                path=f"$.delegations[{index}]",
                matter=delegation.matter,
                categories=category_listing(barred),
                facts={"categories": [c.name for c in sorted_categories(barred)]},
            )


@rule(
    "LSO-3-15-staff",
    applies_to=ContractualCooperation,
    applies_when=_performs_rescue,
    cites=("LSO 3:15 1 st.",),
    valid_from=LSO_2020_882,
    severity=Severity.WARNING,
)
def rescue_staff_employed_by_municipalities(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """The staff of a municipality's räddningstjänst work for a municipality or a förbund.

    The personnel in a municipality's organisation for räddningstjänst are to be employed by
    that or another municipality or by a kommunalförbund; the municipality may leave to others
    only initial, limited measures and rescue work that needs special competence (LSO 3:15
    1 st., SFS 2020:882). Räddningstjänst performed under an agreement by a region or another
    kind of organisation is reported as a warning: the text is clear, but whether the task is
    one of the two exceptions cannot be told from the document.

    Does not check: the räddningsvärn and industrial rescue units of 3:15 2–3 st., tasks
    recorded under another area, and dates before 2021-01-01.
    """
    performer = cooperation.performing
    if isinstance(performer, Municipality) or is_forbund(performer):
        return
    for index, task in enumerate(cooperation.tasks):
        if task.area == RESCUE_AREA:
            yield ctx.finding(
                N_(
                    "{performer} utför räddningstjänst åt kommunen; personalen i kommunens "
                    "organisation för räddningstjänst ska vara anställd i en kommun eller ett "
                    "kommunalförbund, utom för inledande begränsade åtgärder och insatser som "
                    "kräver särskild kompetens."
                ),
                path=f"$.tasks[{index}]",
                performer=performer,
            )
