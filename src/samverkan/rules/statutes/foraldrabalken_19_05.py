"""Föräldrabalken 19 kap. 5 §: an överförmyndarnämnd has at least three ledamöter, also when
it is joint (19:16)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import FB_JOINT_OVERFORMYNDARE
from samverkan.model import JointCommittee, JointCommitteeBasis, Role
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

#: The fewest ledamöter an överförmyndarnämnd may have (FB 19:5 2 st.).
MIN_GUARDIANSHIP_MEMBERS = 3


def _guardianship_committee(committee: JointCommittee) -> bool:
    return committee.basis is JointCommitteeBasis.GUARDIANSHIP


@rule(
    "FB-19-5-three-members",
    applies_to=JointCommittee,
    applies_when=_guardianship_committee,
    cites=("FB 19:5 2 st.", "FB 19:16"),
    valid_from=FB_JOINT_OVERFORMYNDARE,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def at_least_three_members(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """A joint överförmyndarnämnd has at least three ledamöter.

    The ledamöter and ersättare of an överförmyndarnämnd are elected by kommunfullmäktige to
    the number fullmäktige decides, but the number of ledamöter may not be below three (FB
    19:5 2 st.). For a joint överförmyndarnämnd (FB 19:16) the rule reports fewer than three
    ledamöter in all as a warning: the wording was read in a secondary reproduction of the
    balk and the legal review's digest, not in the consolidated text, and how FB 19:16 carries
    19:5 over to a joint committee was not read.

    Does not check: committees with fewer than three ledamöter listed whose seats are not
    declared complete (reported as not judged), nor those with no seats listed (which
    KL-9-24-representation reports); the eligibility of the ledamöter (FB 19:8, see
    FB-19-8-residence); staff representatives (KL 7:12 2 st.); a committee formed under KL
    that carries guardianship tasks (see FB-19-16-joint-overformyndare).
    """
    members = sum(1 for seat in committee.seats if seat.role is Role.MEMBER)
    if members >= MIN_GUARDIANSHIP_MEMBERS or not (committee.seats or committee.seats_complete):
        return
    if not committee.seats_complete:
        yield ctx.not_recorded(
            N_(
                "Nämndens platser anges inte fullständigt; att en överförmyndarnämnd har minst "
                "tre ledamöter har inte prövats."
            ),
            path="$.seats",
        )
    else:
        yield ctx.finding(
            N_(
                "Den gemensamma överförmyndarnämnden har {members} ledamöter; en "
                "överförmyndarnämnd ska ha minst tre ledamöter."
            ),
            path="$.seats",
            facts={"members": members},
            members=members,
        )
