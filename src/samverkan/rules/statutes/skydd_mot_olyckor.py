"""Lag (2003:778) om skydd mot olyckor 3 kap.: the räddningschef's uppdrag and its limits."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law import Verification
from samverkan.law.dates import (
    LSO_2020_882,
)
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
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


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
    cites=("LSO 3:16",),
    valid_from=LSO_2020_882,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def lso_delegation(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Rescue command decisions go only to employees of a municipality or kommunalförbund.

    Every municipality has a räddningschef; decisions of the räddningschef or a räddningsledare
    may be delegated only to a person employed in a municipality or a kommunalförbund (LSO
    3:16). A delegation marked as such a decision that goes to a region's employee, to an
    employee of another kind of organisation, or to someone who is not an employee at all, is
    reported. The provision's text is verified, but the date the current form took effect
    (SFS 2020:882, recalled as 2022-01-01) is not, so the rule only warns.

    Does not check: delegations whose employer is not recorded, the räddningschef's own
    appointment, and the joint command system of LSO 3:16 b.
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
                "Räddningschefens eller räddningsledarens beslut i ärendet {matter} delegeras "
                "till {receiver}; enligt 3 kap. 16 § lagen om skydd mot olyckor får sådan "
                "delegation bara ges till den som är anställd i en kommun eller ett "
                "kommunalförbund."
            ),
            path=f"$.delegations[{index}]",
            matter=delegation.matter,
            receiver=receiver,
        )
