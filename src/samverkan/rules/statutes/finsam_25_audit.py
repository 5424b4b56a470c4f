"""Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser 25 §: the revisorer of
a samordningsförbund.

Source: the consolidated text in Regeringskansliets rättsdatabaser, up to SFS 2023:644;
25 § in the wording of SFS 2019:914.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import FINSAM_REGIONS
from samverkan.model import (
    CoordinationAssociation,
    CoordinationAuditor,
    Participant,
    StateMember,
    state_member,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


def _audits_for(auditor: CoordinationAuditor) -> tuple[Participant, ...]:
    return auditor.for_members or (auditor.appointed_by,)


@rule(
    "FINSAM-25-audit",
    applies_to=CoordinationAssociation,
    cites=("2003:1210 25 §",),
    valid_from=FINSAM_REGIONS,
)
def a_revisor_for_every_member(
    association: CoordinationAssociation, ctx: RuleContext
) -> Iterator[Finding]:
    """A revisor audits the samordningsförbund for every member's account; Försäkringskassan
    appoints one for both state agencies, fullmäktige those of kommuner and regions.

    The förbund's accounts, annual report and the styrelse's administration are audited by a
    revisor for each member's account; for Försäkringskassan and Arbetsförmedlingen,
    Försäkringskassan appoints a joint revisor; the revisorer for a kommun or region are
    appointed by its fullmäktige, and kommuner and regions may agree on joint revisorer
    (25 § 1 st.). A member no revisor audits for is an error where the revisorer are declared
    complete, and otherwise reported as not recorded; a revisor for a state agency appointed
    by anyone but Försäkringskassan, or a revisor for a kommun or region appointed by a state
    agency, is an error.

    Does not check: the term of the revisorer (9 § 12 p.), who pays them (25 § 3 st.), the
    revisor of a newly formed förbund (25 § 2 st.), and the report and discharge (26 §).
    """
    audit = association.audit
    if audit is None:
        yield ctx.not_recorded(
            N_("Förbundets revisorer anges inte; revisionen har inte prövats."), path="$.audit"
        )
        return
    covered: set[Participant] = set()
    for index, auditor in enumerate(audit.auditors):
        for member in _audits_for(auditor):
            covered.add(member)
            problem = _wrong_appointer(auditor.appointed_by, member)
            if problem:
                yield ctx.finding(
                    problem,
                    path=f"$.audit.auditors[{index}].appointed_by",
                    fix=_right_appointer(member),
                    appointer=auditor.appointed_by,
                    member=member,
                )
    missing = [(i, m) for i, m in enumerate(association.members) if m not in covered]
    if audit.complete:
        for index, member in missing:
            yield ctx.finding(
                N_("Ingen revisor granskar förbundet för {member}s räkning."),
                path=f"$.members[{index}]",
                fix=N_("Låt en revisor granska förbundet för {member}s räkning."),
                member=member,
            )
    elif missing:
        yield ctx.not_recorded(
            N_("Revisorer för {members} anges inte; det har inte prövats."),
            path="$.audit.auditors",
            members=", ".join(str(m) for _, m in missing),
        )


def _wrong_appointer(appointer: Participant, member: Participant) -> str | None:
    """The message for a revisor for ``member`` appointed by ``appointer`` against 25 §."""
    if state_member(member) is not None:
        if state_member(appointer) is not StateMember.FORSAKRINGSKASSAN:
            return N_(
                "Revisorn för {member} utses av {appointer}; revisorn för Försäkringskassan "
                "och Arbetsförmedlingen utses av Försäkringskassan."
            )
        return None
    if isinstance(member, Municipality | Region) and not isinstance(
        appointer, Municipality | Region
    ):
        return N_(
            "Revisorn för {member} utses av {appointer}; revisorer för kommuner och regioner "
            "utses av deras fullmäktige."
        )
    return None


def _right_appointer(member: Participant) -> str:
    """What makes the appointment of a revisor for ``member`` lawful under 25 § 1 st."""
    if state_member(member) is not None:
        return N_("Låt Försäkringskassan utse revisorn för {member}.")
    return N_("Låt fullmäktige i {member} utse revisorn.")
