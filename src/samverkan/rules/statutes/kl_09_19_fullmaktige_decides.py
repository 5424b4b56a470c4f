"""Kommunallagen (2017:725) 9 kap. 19 §: fullmäktige decides that a nämnd is joint."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import organ_term
from samverkan.rules.recorded import Recorded, adoption_of
from samverkan.rules.registry import rule


@rule(
    "KL-9-19-fullmaktige-decides",
    applies_to=JointCommittee,
    cites=("KL 9:19",),
    valid_from=KL_2017,
    severity=Severity.WARNING,
)
def fullmaktige_decides_the_joint_committee(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """The decision that a nämnd is joint with another party is fullmäktige's.

    Fullmäktige may decide that a nämnd shall be joint with another kommun or region (KL
    9:19); forming it is a question of the nämnd organisation that fullmäktige decides (KL
    5:1 p. 3, from the digest of the read text). A party recorded as having adopted the
    agreement (KL 9:22) only by another organ, such as its styrelse, is a warning: the
    agreement itself may be signed by the styrelse once fullmäktige has decided, and that
    decision may be recorded elsewhere (the reglemente, KL 9:33, is checked by
    KL-9-33-reglemente).

    Does not check: parties whose adoption of the agreement is not recorded, or is recorded as
    fullmäktige's; the content of fullmäktige's decision; a förbund, whose förbundsordning is
    adopted by fullmäktige under KL 9:1 (KL-9-1-forbund-formation).
    """
    agreement = committee.agreement
    if agreement is None:
        return
    for index, party in enumerate(committee.parties):
        record = adoption_of(agreement, party)
        if record.status is Recorded.ABSENT and record.other_bodies:
            yield ctx.finding(
                N_(
                    "Överenskommelsen om den gemensamma nämnden har antagits av {body} i "
                    "{party}; beslutet att en nämnd ska vara gemensam fattas av fullmäktige. "
                    "Kontrollera att fullmäktige i {party} har fattat det."
                ),
                path=f"$.parties[{index}]",
                facts={"adopted_by": [b.value for b in record.other_bodies]},
                party=party,
                body=organ_term(record.other_bodies[0], party, ctx),
            )
