"""Limits on delegating social-services decisions outside the nämnd: socialtjänstlagen
(2001:453) 10 kap. 4–5 §§, LVU 6 § and LVM 13 §. The usual subject is a socialjour run under
avtalssamverkan (KL 9:37 2 st.), where the decisions go to the other party's employees."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law import Verification, parse_citation
from samverkan.law.dates import LVU_1990, SOL_2001_LAST_DAY, SOL_2002, SOL_2025
from samverkan.model import (
    ContractualCooperation,
    DelegateKind,
    Delegation,
    JointCommittee,
    MatterCategory,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import delegates_any
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

SOL = MatterCategory.SOL_NOT_TO_EMPLOYEES
LVU = MatterCategory.LVU_IMMEDIATE_CUSTODY
LVM = MatterCategory.LVM_IMMEDIATE_CUSTODY

#: The delegates that are not a ledamot or a group of ledamöter of the nämnd.
_OUTSIDE_THE_NAMND = frozenset({DelegateKind.EMPLOYEE, DelegateKind.AUTOMATED})
#: The delegates that are not a single ledamot (ordförande or another ledamot).
_NOT_A_MEMBER = frozenset({DelegateKind.EMPLOYEE, DelegateKind.AUTOMATED, DelegateKind.UTSKOTT})


def _delegations(
    subject: ContractualCooperation | JointCommittee, category: MatterCategory
) -> Iterator[tuple[int, Delegation]]:
    for index, delegation in enumerate(subject.delegations):
        if category in delegation.categories:
            yield index, delegation


@rule(
    "SOL-10-5-delegation",
    applies_to=(ContractualCooperation, JointCommittee),
    applies_when=delegates_any(frozenset({SOL})),
    cites=("SoL 10:4", "SoL 10:5"),
    valid_from=SOL_2002,
    valid_to=SOL_2001_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def sol_decisions_not_to_employees(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Some socialnämnd decisions may not be delegated to an employee (SoL 2001:453 10:4–5).

    Socialtjänstlagen (2001:453) lets the socialnämnd give a särskild avdelning of ledamöter
    or ersättare the power to decide certain matters, and bars giving an employee the power
    to decide a list of matters (10 kap. 4–5 §§; recalled, not read in the text). A
    delegation marked with that category that goes to an employee (of any party, so also
    the other party's socialjour under KL 9:37 2 st.) or to an automated function is a
    warning.

    Does not check: which matters the list covers (the document marks them); dates from
    2025-07-01, when socialtjänstlagen (2025:400) replaced the act and its equivalent sections
    were not read (see LVU-6-immediate-custody, which reports them as not judged); delegations
    not marked with the category.
    """
    for index, delegation in _delegations(subject, SOL):
        if delegation.delegate in _OUTSIDE_THE_NAMND:
            yield ctx.finding(
                N_(
                    "Ärendet ”{matter}” delegeras till {delegate}; enligt socialtjänstlagen får "
                    "beslut i sådana ärenden inte delegeras till en anställd, bara till "
                    "nämnden eller en särskild avdelning av ledamöter eller ersättare."
                ),
                path=f"$.delegations[{index}]",
                matter=delegation.matter,
                delegate=Translatable(delegation.delegate.value),
            )


@rule(
    "LVU-6-immediate-custody",
    applies_to=(ContractualCooperation, JointCommittee),
    applies_when=delegates_any(frozenset({SOL, LVU, LVM})),
    cites=("LVU 6 § 2 st.", "LVM 13 §"),
    valid_from=LVU_1990,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def immediate_custody_by_a_member(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """An urgent omedelbart omhändertagande is decided by the ordförande or a ledamot.

    When the socialnämnd's decision on omedelbart omhändertagande cannot wait, the nämnd's
    ordförande or another ledamot the nämnd has appointed may decide it (LVU 6 § 2 st., read
    as quoted by JO in dnr 956-2008; the LVM counterpart, 13 §, is recalled). A delegation
    of such a decision marked with the LVU or LVM category that goes to an employee (for
    example the other party's socialjour), an utskott or an automated function is a warning:
    the text names persons, and whether the current wording still does was not checked in the
    consolidated text. From 2025-07-01 a delegation marked with the socialtjänstlag category
    is reported as not judged, since the sections of socialtjänstlagen (2025:400) that replace
    10 kap. 4–5 §§ were not read.

    Does not check: whether the decision could in fact wait for the nämnd; the conditions for
    custody themselves; decisions under other sections of LVU or LVM.
    """
    citations = {
        LVU: (parse_citation("LVU 6 § 2 st.", on=ctx.as_of),),
        LVM: (parse_citation("LVM 13 §", on=ctx.as_of),),
    }
    for category in (LVU, LVM):
        for index, delegation in _delegations(subject, category):
            if delegation.delegate in _NOT_A_MEMBER:
                yield ctx.finding(
                    N_(
                        "Beslutet om omedelbart omhändertagande i ärendet ”{matter}” delegeras "
                        "till {delegate}; när nämndens beslut inte kan avvaktas får det fattas "
                        "av ordföranden eller en annan ledamot som nämnden har förordnat."
                    ),
                    path=f"$.delegations[{index}]",
                    citations=citations[category],
                    matter=delegation.matter,
                    delegate=Translatable(delegation.delegate.value),
                )
    if ctx.as_of >= SOL_2025:
        for index, delegation in _delegations(subject, SOL):
            yield ctx.not_judged(
                N_(
                    "Ärendet ”{matter}” är markerat som ett socialtjänstärende som inte får "
                    "delegeras till anställda; begränsningarna i socialtjänstlagen (2025:400) "
                    "har inte prövats."
                ),
                path=f"$.delegations[{index}]",
                citations=(),
                matter=delegation.matter,
            )
