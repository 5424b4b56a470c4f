"""Kommunallagen (2017:725) 3 kap. 9 § and 9 kap. 19–20 och 24 §§: the parties of a joint
committee (*gemensam nämnd*), the host party (*värdkommun*, *värdregion*) and every party's
representation.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording
from samverkan.rules.membership_findings import (
    REPEATED_PARTY,
    MembershipWording,
    membership_findings,
)
from samverkan.rules.organ_totals import judge_organ_total
from samverkan.rules.registry import rule
from samverkan.rules.representation import Gap
from samverkan.rules.representation_findings import (
    RepresentationWording,
    representation_findings,
)

#: KL 3:9 and 9:19 in the committee's words.
_PARTIES = MembershipWording(
    not_party=Wording(
        N_(
            "{participant} kan inte vara part i en gemensam nämnd: bara kommuner och "
            "{regions} kan samverka i den formen."
        ),
        N_(
            "{participants} kan inte vara parter i en gemensam nämnd: bara kommuner och "
            "{regions} kan samverka i den formen."
        ),
        N_("Ta bort {participant} ur parterna."),
        N_("Ta bort {participants} ur parterna."),
    ),
    repeated=REPEATED_PARTY,
    too_few=N_("En gemensam nämnd behöver minst två samverkande parter; {count} anges."),
    too_few_fix=N_("Ange minst två kommuner eller {regions} som parter."),
)


@rule(
    "KL-9-19-parties",
    applies_to=JointCommittee,
    cites=("KL 3:9", "KL 9:19"),
    valid_from=KL_2017,
)
def parties_are_municipalities_and_regions(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Only municipalities and regions may share a joint committee, and at least two of them.

    A fullmäktige may decide that a nämnd is to be joint with another municipality or region
    (KL 3:9, 9:19); any mix of the two levels is allowed. A kommunalförbund, a company or a
    state agency cannot be a party. The same party listed twice is reported too.

    Does not check: whether each party's fullmäktige has decided to take part (see the
    adoption rules), nor the narrower circles of lag (2003:192) and FB 19:16, which have rules
    of their own.
    """
    yield from membership_findings(ctx, committee.parties, _PARTIES, path="$.parties")


@rule(
    "KL-9-20-host",
    applies_to=JointCommittee,
    cites=("KL 9:20",),
    valid_from=KL_2017,
)
def host_is_a_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee sits in one of the cooperating parties and belongs to its organisation.

    A joint committee is not a legal person: it is set up in one of the cooperating
    municipalities or regions (in practice the *värdkommun* or *värdregion*) and forms part of
    that party's organisation (KL 9:20). The host must therefore be one of the parties.

    Does not check: whether the host's fullmäktige has decided to host the committee, nor where
    the committee's staff are employed.
    """
    if committee.host not in committee.parties:
        yield ctx.finding(
            N_("Värdparten {host} är inte en av nämndens samverkande parter."),
            fix=N_("Välj en av de samverkande parterna som värdpart."),
            path="$.host",
            host=committee.host,
        )


#: KL 9:24 in the committee's words.
_REPRESENTATION = RepresentationWording(
    none_listed=N_("Nämndens platser anges inte; representationen har inte prövats."),
    gaps={
        Gap.UNRECORDED: N_(
            "Platserna för {party} anges inte; partens representation har inte prövats."
        ),
        Gap.NO_SEAT: N_(
            "{party} har ingen plats i nämnden; varje part ska ha minst en ledamot och en "
            "ersättare."
        ),
        Gap.LACKS_MEMBER: N_(
            "{party} saknar ledamot i nämnden (ledamöter: {members}, ersättare: {substitutes})."
        ),
        Gap.LACKS_SUBSTITUTE: N_(
            "{party} saknar ersättare i nämnden (ledamöter: {members}, ersättare: {substitutes})."
        ),
        Gap.UNBALANCED: N_(
            "{party} har inte lika många ersättare som ledamöter (ledamöter: {members}, "
            "ersättare: {substitutes}); lagen kräver lika många i nämnden som helhet, inte för "
            "varje part."
        ),
    },
    grouped_gaps={
        Gap.UNRECORDED: N_(
            "Platserna för {parties} anges inte; parternas representation har inte prövats."
        ),
        Gap.NO_SEAT: N_(
            "{parties} har ingen plats i nämnden; varje part ska ha minst en ledamot och en "
            "ersättare."
        ),
    },
    gap_fixes={
        Gap.NO_SEAT: N_("Låt fullmäktige i {party} välja minst en ledamot och en ersättare."),
        Gap.LACKS_MEMBER: N_("Låt fullmäktige i {party} välja minst en ledamot."),
        Gap.LACKS_SUBSTITUTE: N_("Låt fullmäktige i {party} välja minst en ersättare."),
    },
    grouped_fixes={
        Gap.NO_SEAT: N_(
            "Låt fullmäktige i var och en av {parties} välja minst en ledamot och en ersättare."
        ),
    },
    total=N_(
        "Nämnden har inte lika många ersättare som ledamöter (ledamöter: {members}, "
        "ersättare: {substitutes}); antalen ska vara lika."
    ),
    not_a_party=(
        N_("Platsen tillsätts av {party}, som inte är part i nämnden."),
        N_("Låt platsen tillsättas av en av nämndens parter."),
    ),
    other_body=(
        N_("Platsen tillsätts av {body} i {party}; ledamöter och ersättare väljs av fullmäktige."),
        N_("Låt fullmäktige i {party} välja till platsen."),
    ),
)


@rule(
    "KL-9-24-representation",
    applies_to=JointCommittee,
    cites=("KL 9:24",),
    valid_from=KL_2017,
)
def every_party_represented(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Each party elects at least one ledamot and one ersättare, and as many ersättare as ledamöter.

    The members and substitutes of a joint committee are elected by the fullmäktige of each
    cooperating party; every party is represented by at least one ledamot and one ersättare,
    and the number of ersättare equals the number of ledamöter (KL 9:24). A party without a
    ledamot or without an ersättare is an error. The equal number is required of the
    committee as a whole, so a total imbalance is an error; the provision does not tie it to
    each party, so one party's imbalance is a warning.

    Does not check: who is elected or whether they are eligible, who elects the chair (KL 9
    kap. is silent; see KL 6:21 via 9:23), and seats whose term has not started. A party with
    no seat listed has unrecorded seats unless the committee declares its seats complete; the
    total is then not judged. When the committee lists no seats at all, the rule says so once.
    Seats recorded only as a total for the committee (``seat_totals``) leave each party's
    representation not recorded; the total is judged for what it decides alone.
    """
    if not committee.seats and committee.seat_totals is not None:
        yield from judge_organ_total(
            ctx,
            committee.seat_totals,
            len(committee.parties),
            path="$.seat_totals",
            organ=T_("nämnden"),
        )
        return
    yield from representation_findings(
        ctx,
        committee.seats,
        committee.parties,
        committee.seats_complete,
        _REPRESENTATION,
        parties_path="$.parties",
    )
