"""Kommunallagen (1991:900) 3 kap. 3 a–3 c §§: the joint committee (*gemensam nämnd*) from
1997-08-01 until Kommunallag (2017:725) replaced the act on 2018-01-01.

Sources: 3 kap. 3 a § was read in the printed SFS 1997:550 and SFS 2006:632 (lagboken.se, from
Regeringskansliets rättsdatabaser); the dates and the content of the reform in prop.
1996/97:105 (lagen.nu). The wording of 3 kap. 3 b–3 c §§ was not found (the stored copies of
SFS 1997:550 and of the consolidated act break off before them); the representation, agreement
and reglemente rules rest on recall and warn.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import (
    KL_1991_JOINT_COMMITTEE,
    KL_1991_LAST_DAY,
)
from samverkan.model import JointCommittee
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.grouping import Wording
from samverkan.rules.kl_1991_common import representation_1991
from samverkan.rules.membership_findings import (
    REPEATED_PARTY,
    MembershipWording,
    membership_findings,
)
from samverkan.rules.recorded import Recorded, adoption_of, instrument_record
from samverkan.rules.registry import rule

#: 3 kap. 3 a § of the 1991 act in the committee's words.
_PARTIES = MembershipWording(
    not_party=Wording(
        N_(
            "{participant} kunde inte vara part i en gemensam nämnd: bara kommuner och "
            "{regions} kunde samverka i den formen."
        ),
        N_(
            "{participants} kunde inte vara parter i en gemensam nämnd: bara kommuner och "
            "{regions} kunde samverka i den formen."
        ),
        N_("Ta bort {participant} ur parterna."),
        N_("Ta bort {participants} ur parterna."),
    ),
    repeated=REPEATED_PARTY,
    too_few=N_("En gemensam nämnd behövde minst två samverkande parter; {count} anges."),
    too_few_fix=N_("Ange minst två kommuner eller {regions} som parter."),
    kind_facts=False,
)


@rule(
    "KL1991-3-3a-parties",
    applies_to=JointCommittee,
    cites=("3 kap. 3 a § kommunallagen (1991:900)",),
    valid_from=KL_1991_JOINT_COMMITTEE,
    valid_to=KL_1991_LAST_DAY,
    verification=Verification.VERIFIED_SFS,
)
def kl_1991_joint_committee_parties(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Only kommuner and landsting could share a joint committee, and at least two of them.

    "Kommuner och landsting får genom en gemensam nämnd fullgöra uppgifter enligt 3 §" (KL
    1991:900 3 kap. 3 a § 1 st., SFS 1997:550, in force 1997-08-01). A kommunalförbund, a
    company or a state agency could not be a party; a party listed twice is reported too.

    Does not check: whether each party's fullmäktige decided to take part, which tasks a
    joint committee could not take over (3 a § 2 st.: the styrelse's tasks under the civil
    defence and, from 2006-09-01, the extraordinary-events acts), nor the narrower circles of
    lag (2003:192).
    """
    yield from membership_findings(ctx, committee.parties, _PARTIES, path="$.parties")


@rule(
    "KL1991-3-3a-host",
    applies_to=JointCommittee,
    cites=("3 kap. 3 a § kommunallagen (1991:900)",),
    valid_from=KL_1991_JOINT_COMMITTEE,
    valid_to=KL_1991_LAST_DAY,
    verification=Verification.VERIFIED_SFS,
)
def kl_1991_joint_committee_host(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee was set up in one of the cooperating parties, in its organisation.

    "En gemensam nämnd tillsätts i någon av de samverkande kommunerna eller landstingen och
    ingår i denna kommuns eller detta landstings organisation" (KL 1991:900 3 kap. 3 a §
    3 st., read in SFS 2006:632; prop. 1996/97:105 describes the same rule from 1997-08-01).
    The host must therefore be one of the parties.

    Does not check: whether the host's fullmäktige decided to host the committee.
    """
    if committee.host not in committee.parties:
        yield ctx.finding(
            N_("Värdparten {host} är inte en av nämndens samverkande parter."),
            fix=N_("Välj en av de samverkande parterna som värdpart."),
            path="$.host",
            host=committee.host,
        )


@rule(
    "KL1991-3-3b-representation",
    applies_to=JointCommittee,
    cites=("3 kap. 3 b § kommunallagen (1991:900)",),
    valid_from=KL_1991_JOINT_COMMITTEE,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def kl_1991_joint_committee_representation(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Each party was to be represented by at least one ledamot and one ersättare (recalled).

    The 1991 act, as amended by SFS 1997:550, had each cooperating party's fullmäktige elect
    the committee's ledamöter and ersättare, each party with at least one of each. The wording
    of 3 kap. 3 b–3 c §§ was not found in a source, so a gap is a warning.

    Does not check: whether as many ersättare as ledamöter were required, who was elected,
    the audit of the committee, nor who decided on discharge (the agreement and reglemente:
    see KL1991-3-3c-agreement and KL1991-3-3c-reglemente).
    """
    yield from representation_1991(
        committee.seats, committee.parties, committee.seats_complete, ctx, "$.parties"
    )


@rule(
    "KL1991-3-3c-agreement",
    applies_to=JointCommittee,
    cites=("3 kap. 3 c § kommunallagen (1991:900)",),
    valid_from=KL_1991_JOINT_COMMITTEE,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def kl_1991_joint_committee_agreement(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """The parties agreed on the committee's tasks (överenskommelse); recalled, a warning.

    As recalled, the 1991 act as amended by SFS 1997:550 had the cooperating parties agree
    (*överenskommelse*) on the tasks of a joint committee before it was set up, as KL 9:22
    does today. The wording of 3 kap. 3 c § was not found in a source (the stored copies of
    SFS 1997:550 and of the consolidated act break off before it), so a committee recorded
    without an agreement, or with a task its agreement does not list, is a warning.

    Does not check: which organ of each party entered into the agreement, its other content,
    nor tasks the agreement lists that the committee does not carry.
    """
    agreement = committee.agreement
    if instrument_record(agreement) is Recorded.UNRECORDED or agreement is None:
        yield ctx.not_recorded(
            N_("Överenskommelsen mellan parterna anges inte; den har inte prövats."),
            path="$.agreement",
        )
        return
    if not agreement.exists:
        yield ctx.finding(
            N_(
                "Det finns ingen överenskommelse mellan parterna; enligt 1991 års lag (återgiven "
                "ur minnet) skulle parterna komma överens om nämndens uppgifter."
            ),
            path="$.agreement",
        )
        return
    if not agreement.tasks:
        return
    for index, task in enumerate(committee.tasks):
        if task.area not in agreement.tasks:
            yield ctx.finding(
                N_("Uppgiften {area} anges inte i överenskommelsen mellan parterna."),
                path=f"$.tasks[{index}]",
                area=task.area,
            )


@rule(
    "KL1991-3-3c-reglemente",
    applies_to=JointCommittee,
    cites=("3 kap. 3 c § kommunallagen (1991:900)",),
    valid_from=KL_1991_JOINT_COMMITTEE,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def kl_1991_joint_committee_reglemente(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """A reglemente for the committee, adopted by every party; recalled, a warning.

    As recalled, the 1991 act required a reglemente for a joint committee, adopted by the
    fullmäktige of each cooperating party, as KL 9:33 does today. The wording was not read,
    so a committee recorded without a reglemente, or a party recorded as not having adopted
    it, is a warning; an adoption the document does not record is "not recorded".

    Does not check: which organ of a party adopted it, whether the parties adopted the same
    text, nor its content.
    """
    standing_rules = committee.standing_rules
    if instrument_record(standing_rules) is Recorded.UNRECORDED or standing_rules is None:
        yield ctx.not_recorded(
            N_("Nämndens reglemente anges inte; det har inte prövats."),
            path="$.standing_rules",
        )
        return
    if not standing_rules.exists:
        yield ctx.finding(N_("Nämnden har inget reglemente."), path="$.standing_rules")
        return
    for index, party in enumerate(committee.parties):
        status = adoption_of(standing_rules, party).status
        if status is Recorded.ABSENT:
            yield ctx.finding(
                N_("Reglementet har inte antagits av {party}."),
                path=f"$.parties[{index}]",
                party=party,
            )
        elif status is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_("Om {party} har antagit reglementet anges inte."),
                path=f"$.parties[{index}]",
                party=party,
            )
