"""Kommunallagen (1991:900) 3 kap. 3 a–3 c §§ and 20–28 §§: the joint committee from
1997-08-01 and the kommunalförbund from 1998-01-01, until Kommunallag (2017:725) replaced
them on 2018-01-01.

Sources: the joint committee's provision 3 kap. 3 a § was read in the printed SFS 1997:550
and SFS 2006:632 (lagboken.se, from Regeringskansliets rättsdatabaser); the dates and the
content of the reform in prop. 1996/97:105 (lagen.nu). The förbund provisions 3 kap. 20, 23
and 27 §§ were read only as quoted on a federation's own page (Räddningstjänsten Höga Kusten–
Ådalen, hka.se), and so was 24 § (the term); 28 § 12 p. (the cost division) only as cited
in a legal memorandum (docplayer.se). The rules resting on them report at most a warning.
The wording of 3 kap. 3 b–3 c §§ was not found (the stored copies of SFS 1997:550 and of the
consolidated act break off before them); the representation, agreement and reglemente rules
rest on recall and warn.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import (
    KFL_1985_TRANSITION_END,
    KL_1991_FEDERATION,
    KL_1991_JOINT_COMMITTEE,
    KL_1991_LAST_DAY,
)
from samverkan.model import JointCommittee, LocalFederation, Participant, Seat
from samverkan.model.federation import CharterItem, ItemStatus
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import Membership, regions_term
from samverkan.rules.recorded import Recorded, adoption_of, instrument_record
from samverkan.rules.registry import rule
from samverkan.rules.representation import Gap, OrganRepresentation

__all__ = ["may_keep_1985_rules"]


def may_keep_1985_rules(federation: LocalFederation, on: date) -> bool:
    """Whether a federation may still have been governed by kommunalförbundslagen (1985:894)
    on ``on``: formed before 1998 (or formation not recorded) and ``on`` not after 2002-12-31
    (the transitional provisions of SFS 1997:550, prop. 1996/97:105)."""
    if on > KFL_1985_TRANSITION_END:
        return False
    return federation.formed_on is None or federation.formed_on < KL_1991_FEDERATION


def _transition_note(federation: LocalFederation, ctx: RuleContext) -> Finding:
    return ctx.not_judged(
        N_(
            "Förbundet kan den {on} ha lytt under kommunalförbundslagen (1985:894): ett förbund "
            "som bildats före 1998 fick behålla de äldre reglerna till och med 2002-12-31, och "
            "bildandet anges före 1998 eller inte alls. Regeln har inte prövats."
        ),
        path="$.formed_on",
        on=ctx.as_of,
    )


#: Representation gaps in the words of the 1991 act's rules.
_GAPS = {
    Gap.NO_SEAT: N_(
        "{party} har ingen plats; varje part ska ha minst en ledamot och en ersättare."
    ),
    Gap.LACKS_MEMBER: N_(
        "{party} saknar ledamot (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.LACKS_SUBSTITUTE: N_(
        "{party} saknar ersättare (ledamöter: {members}, ersättare: {substitutes})."
    ),
}


def _representation(
    seats: tuple[Seat, ...],
    parties: tuple[Participant, ...],
    complete: bool,
    ctx: RuleContext,
) -> Iterator[Finding]:
    if not seats and not complete:
        yield ctx.not_recorded(
            N_("Platserna anges inte; representationen har inte prövats."), path="$.seats"
        )
        return
    organ = OrganRepresentation.of(seats, parties, complete)
    for item in organ.parties:
        for gap in item.gaps:
            if gap is Gap.UNRECORDED:
                yield ctx.not_recorded(
                    N_(
                        "Platserna för {party} anges inte; partens representation har inte prövats."
                    ),
                    path=f"$.parties[{item.index}]",
                    party=item.party,
                )
            elif gap in _GAPS:
                yield ctx.finding(
                    _GAPS[gap],
                    path=f"$.parties[{item.index}]",
                    party=item.party,
                    members=item.found.members,
                    substitutes=item.found.substitutes,
                )


# -- The joint committee, 3 kap. 3 a–3 c §§ (1997-08-01 – 2017-12-31) -----------------------


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
    membership = Membership.of(committee.parties)
    for index, participant in membership.not_parties:
        yield ctx.finding(
            N_(
                "{participant} kunde inte vara part i en gemensam nämnd: bara kommuner och "
                "{regions} kunde samverka i den formen."
            ),
            path=f"$.parties[{index}]",
            participant=participant,
            regions=regions_term(ctx),
        )
    for index, participant in membership.repeated:
        yield ctx.finding(
            N_("{participant} står mer än en gång bland parterna."),
            path=f"$.parties[{index}]",
            participant=participant,
        )
    if membership.distinct < 2:
        yield ctx.finding(
            N_("En gemensam nämnd behövde minst två samverkande parter; {count} anges."),
            path="$.parties",
            count=membership.distinct,
        )


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
    yield from _representation(committee.seats, committee.parties, committee.seats_complete, ctx)


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


# -- The kommunalförbund, 3 kap. 20–28 §§ (1998-01-01 – 2017-12-31) ---------------------------


@rule(
    "KL1991-3-20-members",
    applies_to=LocalFederation,
    cites=("3 kap. 20 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_members(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Only kommuner and landsting could form a kommunalförbund, and at least two.

    "Kommuner och landsting får bilda kommunalförbund och lämna över vården av kommunala
    angelägenheter till sådana förbund" (KL 1991:900 3 kap. 20 §, as quoted by a federation;
    the statute text itself was not read, so a finding is a warning). A federation formed
    before 1998 could keep kommunalförbundslagen (1985:894) until 2002-12-31; for it the
    rule is not judged in that period.

    Does not check: whether a member's fullmäktige adopted the förbundsordning (see
    KL1991-3-27-charter), nor special acts that compelled a förbund.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield _transition_note(federation, ctx)
        return
    membership = Membership.of(federation.members)
    for index, participant in membership.not_parties:
        yield ctx.finding(
            N_(
                "{participant} kunde inte vara medlem i ett kommunalförbund: bara kommuner "
                "och {regions} kunde bilda förbund."
            ),
            path=f"$.members[{index}]",
            participant=participant,
            regions=regions_term(ctx),
        )
    if membership.distinct < 2:
        yield ctx.finding(
            N_("Ett kommunalförbund behövde minst två medlemmar; {count} anges."),
            path="$.members",
            count=membership.distinct,
        )


@rule(
    "KL1991-3-23-representation",
    applies_to=LocalFederation,
    cites=("3 kap. 23 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_representation(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Each member had at least one ledamot and one ersättare in the assembly.

    The assembly was förbundsfullmäktige or a förbundsdirektion; "Varje förbundsmedlem skall
    vara representerad i den beslutande församlingen med minst en ledamot och en ersättare"
    (KL 1991:900 3 kap. 23 §, as quoted by a federation; a finding is a warning).

    Does not check: the equal number of ersättare and ledamöter the quoted text also asks,
    the term of office (3 kap. 24 §), the förbundsstyrelse (3 kap. 25 §), nor, for a
    federation that could still keep the 1985 act, anything (not judged).
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield _transition_note(federation, ctx)
        return
    yield from _representation(federation.seats, federation.members, federation.seats_complete, ctx)


@rule(
    "KL1991-3-27-charter",
    applies_to=LocalFederation,
    cites=("3 kap. 27 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_charter(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A förbundsordning adopted by every member's fullmäktige.

    "För ett kommunalförbund skall det finnas en förbundsordning med närmare bestämmelser om
    förbundet. Förbundsordningen skall fastställas av förbundsmedlemmarnas fullmäktige" (KL
    1991:900 3 kap. 27 §, as quoted by a federation; a finding is a warning).

    Does not check: the förbundsordning's required content (3 kap. 28 §, whose wording was
    not found; the cost division: see KL1991-3-28-cost-division), exit and liquidation, nor
    the audit of the förbund.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield _transition_note(federation, ctx)
        return
    recorded = instrument_record(federation.charter)
    if recorded is Recorded.UNRECORDED or federation.charter is None:
        yield ctx.not_recorded(
            N_("Förbundsordningen anges inte; den har inte prövats."), path="$.charter"
        )
        return
    if recorded is Recorded.ABSENT:
        yield ctx.finding(N_("Förbundet har ingen förbundsordning."), path="$.charter")
        return
    for index, member in enumerate(federation.members):
        adopted = adoption_of(federation.charter, member).status
        if adopted is Recorded.ABSENT:
            yield ctx.finding(
                N_("Fullmäktige i {member} har inte fastställt förbundsordningen."),
                path=f"$.members[{index}]",
                member=member,
            )
        elif adopted is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_("Om fullmäktige i {member} fastställt förbundsordningen anges inte."),
                path=f"$.members[{index}]",
                member=member,
            )


#: The assembly's longest term under 3 kap. 24 §.
_TERM_YEARS = 4


@rule(
    "KL1991-3-24-term",
    applies_to=LocalFederation,
    cites=("3 kap. 24 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_term(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """The assembly's term was four years unless the förbundsordning set a shorter one.

    "Den beslutande församlingen väljs för fyra år, om inte en kortare mandattid anges i
    förbundsordningen" (KL 1991:900 3 kap. 24 §, as quoted by a federation; a finding is a
    warning). A recorded term longer than four years is reported; no recorded term means
    the act's four years applied.

    Does not check: when the term started (by default 1 January after the general election),
    nor the terms of the styrelse or the revisorer.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield _transition_note(federation, ctx)
        return
    if federation.charter is None or federation.charter.term_years is None:
        return
    years = federation.charter.term_years
    if years > _TERM_YEARS:
        yield ctx.finding(
            N_(
                "Förbundsordningen anger en mandattid på {years} år; den beslutande församlingen "
                "valdes för fyra år om förbundsordningen inte angav en kortare tid."
            ),
            path="$.charter.term_years",
            years=years,
        )


@rule(
    "KL1991-3-28-cost-division",
    applies_to=LocalFederation,
    cites=("3 kap. 28 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_cost_division(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbundsordning stated how the förbund's costs were divided among the members.

    A legal memorandum on a regional kollektivtrafik förbund (docplayer.se) reads the act so:
    "Hur fördelningen av ett kommunalförbunds kostnader mellan medlemmarna ska ske ska då
    framgå av förbundsordningen (3 kap. 28 punkt 12 kommunallagen, KL)". The text of 3 kap.
    28 § was not read, so a förbundsordning recorded without the item is a warning; the item
    is KL 9:6 p. 11 today (shares in assets and debts and the cost division).

    Does not check: the other items of 3 kap. 28 §, whose list was not read, nor whether the
    division is reasonable.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield _transition_note(federation, ctx)
        return
    charter = federation.charter
    if charter is None or instrument_record(charter) is not Recorded.PRESENT:
        return
    provision = charter.provision(CharterItem.SHARES_AND_COST_DIVISION)
    if provision is None and not charter.provisions_recorded:
        yield ctx.not_recorded(
            N_(
                "Det anges inte om förbundsordningen bestämmer hur kostnaderna fördelas mellan "
                "medlemmarna; det har inte prövats."
            ),
            path="$.charter.provisions",
        )
    elif provision is None or provision.status is ItemStatus.ABSENT:
        yield ctx.finding(
            N_("Förbundsordningen anger inte hur kostnaderna fördelas mellan medlemmarna."),
            path="$.charter.provisions",
        )
