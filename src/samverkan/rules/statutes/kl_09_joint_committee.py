"""Kommunallagen (2017:725) 9 kap. 19–36 §§: the joint committee (*gemensam nämnd*): its
parties and host, representation, tasks, agreement, reglemente, audit and discharge.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_, Localised
from samverkan.law import parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
    Office,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import compare_lists
from samverkan.rules.finding import Category, Finding, Severity
from samverkan.rules.organ_totals import judge_organ_total
from samverkan.rules.participants import Membership, organ_term, regions_term
from samverkan.rules.recorded import Recorded, adoption_of, instrument_record
from samverkan.rules.registry import rule
from samverkan.rules.representation import Gap, OrganRepresentation, misappointed


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
    membership = Membership.of(committee.parties)
    for index, participant in membership.not_parties:
        yield ctx.finding(
            N_(
                "{participant} kan inte vara part i en gemensam nämnd: bara kommuner och "
                "{regions} kan samverka i den formen."
            ),
            path=f"$.parties[{index}]",
            participant=participant,
            regions=regions_term(ctx),
            facts={"kind": type(participant).__name__},
        )
    for index, participant in membership.repeated:
        yield ctx.finding(
            N_("{participant} står mer än en gång bland parterna."),
            path=f"$.parties[{index}]",
            participant=participant,
        )
    if membership.distinct < 2:
        yield ctx.finding(
            N_("En gemensam nämnd behöver minst två samverkande parter; {count} anges."),
            path="$.parties",
            count=membership.distinct,
        )


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
            path="$.host",
            host=committee.host,
        )


#: KL 9:24: what one party's representation lacks, in the committee's words.
_REPRESENTATION_GAPS = {
    Gap.UNRECORDED: N_(
        "Platserna för {party} anges inte; partens representation har inte prövats."
    ),
    Gap.NO_SEAT: N_(
        "{party} har ingen plats i nämnden; varje part ska ha minst en ledamot och en ersättare."
    ),
    Gap.LACKS_MEMBER: N_(
        "{party} saknar ledamot i nämnden (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.LACKS_SUBSTITUTE: N_(
        "{party} saknar ersättare i nämnden (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.UNBALANCED: N_(
        "{party} har inte lika många ersättare som ledamöter (ledamöter: {members}, ersättare: "
        "{substitutes}); lagen kräver lika många i nämnden som helhet, inte för varje part."
    ),
}
#: A per-party imbalance is a warning: KL 9:24 asks for equal numbers of the whole committee.
_GAP_SEVERITY = {Gap.UNRECORDED: Severity.INFO, Gap.UNBALANCED: Severity.WARNING}


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
    if not committee.seats and not committee.seats_complete:
        yield ctx.not_recorded(
            N_("Nämndens platser anges inte; representationen har inte prövats."),
            path="$.seats",
        )
        return
    organ = OrganRepresentation.of(committee.seats, committee.parties, committee.seats_complete)
    for item in organ.parties:
        for gap in item.gaps:
            yield ctx.finding(
                _REPRESENTATION_GAPS[gap],
                path=f"$.parties[{item.index}]",
                severity=_GAP_SEVERITY.get(gap),
                category=Category.NOT_RECORDED if gap is Gap.UNRECORDED else None,
                party=item.party,
                facts=item.found.counts(),
                members=item.found.members,
                substitutes=item.found.substitutes,
            )
    if organ.total_unbalanced:
        yield ctx.finding(
            N_(
                "Nämnden har inte lika många ersättare som ledamöter (ledamöter: {members}, "
                "ersättare: {substitutes}); antalen ska vara lika."
            ),
            path="$.seats",
            facts=organ.total.counts(),
            members=organ.total.members,
            substitutes=organ.total.substitutes,
        )
    for wrong in misappointed(committee.seats, committee.parties):
        if wrong.not_a_party:
            yield ctx.finding(
                N_("Platsen tillsätts av {party}, som inte är part i nämnden."),
                path=f"$.seats[{wrong.index}].party",
                party=wrong.seat.party,
            )
        else:
            yield ctx.finding(
                N_(
                    "Platsen tillsätts av {body} i {party}; ledamöter och ersättare väljs av "
                    "fullmäktige."
                ),
                path=f"$.seats[{wrong.index}].appointed_by",
                party=wrong.seat.party,
                body=organ_term(wrong.seat.appointed_by, wrong.seat.party, ctx),
            )


_KL_9_21_2 = parse_citation("KL 9:21 2 st.", on=KL_2017)


@rule(
    "KL-9-21-tasks",
    applies_to=JointCommittee,
    cites=("KL 9:21",),
    valid_from=KL_2017,
)
def tasks_a_joint_committee_may_fulfil(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Any nämnd task may be made joint, statutory ones too, but not the board's höjd beredskap.

    Municipalities and regions may fulfil through a joint committee the tasks for which
    fullmäktige sets up nämnder, and also tasks that law requires a nämnd for in every kommun
    or region, such as the byggnadsnämnd or socialnämnd (KL 9:21). The exception is the tasks
    the kommunstyrelse or regionstyrelse has at höjd beredskap under lag (2006:544), which may
    not be given to a joint committee (9:21 2 st.). A task whose area the catalogue marks as
    barred is an error; a statutory committee fulfilled jointly is noted as information, citing
    the provision that requires the nämnd on the date checked. A task area the catalogue does
    not know is unclassified and left to KL-2-1-competence, which reports it once.

    Does not check: whether a task is a nämnd task at all (rather than one reserved to
    fullmäktige under KL 5:1), nor peacetime preparedness work under lag (2006:544) that is
    not the styrelse's own task; it relies on the catalogue's ``statutory_committee`` and
    ``joint_committee_barred`` marks, so an area an application adds without them is treated
    as an ordinary nämnd task. Competence of each party is a separate rule.
    """
    for index, task in enumerate(committee.tasks):
        area = ctx.context.competence.find(task.area)
        if area is None:  # an unclassified task: KL-2-1-competence says so, once
            continue
        if area.joint_committee_barred is not None:
            yield ctx.finding(
                N_(
                    "{name} ({area}) hör till styrelsens uppgifter vid höjd beredskap och får "
                    "inte fullgöras av en gemensam nämnd."
                ),
                path=f"$.tasks[{index}]",
                citations=(area.joint_committee_barred,),
                facts={"barred_by": area.joint_committee_barred.short()},
                name=Localised(area.name_sv, area.name_en),
                area=area.id,
            )
        elif (statutory := area.statutory_committee_on(ctx.as_of)) is not None:
            yield ctx.finding(
                N_(
                    "Lag kräver en nämnd för {name} ({statute}); den gemensamma nämnden "
                    "fullgör den uppgiften för parterna, vilket 9 kap. 21 § andra stycket "
                    "kommunallagen tillåter."
                ),
                path=f"$.tasks[{index}]",
                severity=Severity.INFO,
                citations=(_KL_9_21_2, statutory),
                facts={"statutory_committee": statutory.short()},
                name=Localised(area.name_sv, area.name_en),
                statute=statutory.swedish(),
            )


@rule(
    "KL-9-22-agreement-tasks",
    applies_to=JointCommittee,
    cites=("KL 9:22",),
    valid_from=KL_2017,
)
def agreement_sets_out_tasks(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee's tasks are set out in an agreement (*överenskommelse*) between the parties.

    Before a joint committee is set up, the cooperating parties agree on the tasks it is to
    fulfil (KL 9:22). A committee recorded as having no agreement is an error, and so is a
    committee task whose area the agreement does not set out; an agreement the document does
    not record is reported as not recorded. The tasks are the only content the provision
    requires: cost sharing, term and exit are commonly written into the agreement but are not
    statutory content (the statutory cost rules are KL 9:25–26), so their absence is not
    reported.

    Does not check: which organ of each party entered into the agreement or whether every
    party signed it, whether the wording of a task is precise enough, nor tasks the agreement
    lists that the committee does not carry. When the agreement is recorded without its tasks,
    the rule says once that the tasks were not checked.
    """
    agreement = committee.agreement
    if instrument_record(agreement) is Recorded.UNRECORDED:
        yield ctx.not_recorded(
            N_(
                "Överenskommelsen mellan parterna anges inte; 9 kap. 22 § kommunallagen har inte "
                "prövats."
            ),
            path="$.agreement",
        )
        return
    assert agreement is not None
    if not agreement.exists:
        yield ctx.finding(
            N_(
                "Det finns ingen överenskommelse mellan parterna; nämndens uppgifter ska anges "
                "i en överenskommelse."
            ),
            path="$.agreement",
        )
        return
    if not agreement.tasks:
        yield ctx.not_recorded(
            N_(
                "Överenskommelsens uppgifter anges inte; 9 kap. 22 § kommunallagen har inte "
                "prövats."
            ),
            path="$.agreement.tasks",
        )
        return
    for index, task in enumerate(committee.tasks):
        if task.area not in agreement.tasks:
            yield ctx.finding(
                N_("Uppgiften {area} anges inte i överenskommelsen mellan parterna."),
                path=f"$.tasks[{index}]",
                facts={"agreement_tasks": list(agreement.tasks)},
                area=task.area,
            )


@rule(
    "KL-9-33-reglemente",
    applies_to=JointCommittee,
    cites=("KL 9:33",),
    valid_from=KL_2017,
)
def standing_rules_adopted_by_all(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The reglemente is adopted by the fullmäktige of every cooperating party.

    A joint committee's standing rules (*reglemente*) are adopted by the fullmäktige of each
    of the cooperating municipalities and regions, not only by the host (KL 9:33). A committee
    recorded as having no reglemente is an error, and so is every party recorded as not
    having adopted it through its fullmäktige; an adoption by another organ (the styrelse, a
    nämnd) does not count. An adoption the document does not record is reported as not
    recorded, not as missing (see the recording policy).

    Does not check: whether the parties adopted the same text, the dates of the decisions or
    whether they were taken before the committee started, nor the contents of the reglemente.
    Adoptions by organisations that are not parties are ignored.
    """
    standing_rules = committee.standing_rules
    if instrument_record(standing_rules) is Recorded.UNRECORDED:
        yield ctx.not_recorded(
            N_("Nämndens reglemente anges inte; 9 kap. 33 § kommunallagen har inte prövats."),
            path="$.standing_rules",
        )
        return
    assert standing_rules is not None
    if not standing_rules.exists:
        yield ctx.finding(
            N_(
                "Nämnden har inget reglemente; reglementet ska antas av fullmäktige i varje "
                "samverkande part."
            ),
            path="$.standing_rules",
        )
        return
    for index, party in enumerate(committee.parties):
        record = adoption_of(standing_rules, party)
        path = f"$.parties[{index}]"
        if record.status is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_(
                    "Det anges inte om fullmäktige i {party} har antagit reglementet; det har "
                    "inte prövats."
                ),
                path=path,
                party=party,
            )
        elif record.status is Recorded.ABSENT and record.other_bodies:
            yield ctx.finding(
                N_(
                    "Reglementet har antagits av {body} i {party}, men det ska antas av "
                    "fullmäktige."
                ),
                path=path,
                facts={"adopted_by": [b.value for b in record.other_bodies]},
                party=party,
                body=organ_term(record.other_bodies[0], party, ctx),
            )
        elif record.status is Recorded.ABSENT:
            yield ctx.finding(
                N_("Reglementet har inte antagits av fullmäktige i {party}."),
                path=path,
                party=party,
            )


@rule(
    "KL-9-34-audit",
    applies_to=JointCommittee,
    cites=("KL 9:34",),
    valid_from=KL_2017,
)
def audited_by_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee is audited by the revisorer of every cooperating party.

    A joint committee is examined by the elected auditors (*revisorer*) of each of the
    cooperating parties, not only by the host's (KL 9:34). When a proposal states who audits
    the committee, every party must be among them and no one else may be.

    Does not check: anything when the proposal does not state an audit arrangement (the law
    then applies by itself) or states no auditing parties; how the auditors of the parties
    coordinate their work, nor the audit's standard (KL 12 kap.).
    """
    if committee.audit is None or not committee.audit.auditing_parties:
        return
    missing, strangers = compare_lists(committee.parties, committee.audit.auditing_parties)
    for index, party in missing:
        yield ctx.finding(
            N_(
                "Revisorerna i {party} anges inte bland dem som granskar nämnden; revisorerna i "
                "varje samverkande part ska granska den."
            ),
            path=f"$.parties[{index}]",
            party=party,
        )
    for index, participant in strangers:
        yield ctx.finding(
            N_("{participant} anges bland dem som granskar nämnden men är inte part i den."),
            path=f"$.audit.auditing_parties[{index}]",
            participant=participant,
        )


@rule(
    "KL-9-35-discharge",
    applies_to=JointCommittee,
    cites=("KL 9:35",),
    valid_from=KL_2017,
)
def discharged_by_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Ansvarsfrihet and anmärkning are decided by the fullmäktige of every cooperating party.

    The question of discharge (*ansvarsfrihet*) and formal censure (*anmärkning*) for the
    committee and its members is decided by the fullmäktige of each cooperating party (KL
    9:35). When a proposal states who decides on discharge, every party must be among them
    and no one else may be.

    Does not check: anything when the proposal does not state an audit arrangement (the law
    then applies by itself) or states no discharging parties; whether the parties reach the
    same decision, nor the consequences of a refusal.
    """
    if committee.audit is None or not committee.audit.discharging_parties:
        return
    missing, strangers = compare_lists(committee.parties, committee.audit.discharging_parties)
    for index, party in missing:
        yield ctx.finding(
            N_(
                "Fullmäktige i {party} anges inte bland dem som beslutar om ansvarsfrihet; "
                "fullmäktige i varje samverkande part ska pröva ansvarsfrihet och anmärkning."
            ),
            path=f"$.parties[{index}]",
            party=party,
        )
    for index, participant in strangers:
        yield ctx.finding(
            N_(
                "{participant} anges bland dem som beslutar om ansvarsfrihet men är inte part i "
                "nämnden."
            ),
            path=f"$.audit.discharging_parties[{index}]",
            participant=participant,
        )


@rule(
    "KL-9-chair-unregulated",
    applies_to=JointCommittee,
    cites=("KL 9:23", "KL 6:21"),
    valid_from=KL_2017,
    severity=Severity.INFO,
)
def chair_not_regulated(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Which party's fullmäktige elects the chair is not regulated; the parties should agree it.

    Through KL 9:23 the rules on nämnder apply to a joint committee, and under 6:21
    fullmäktige elects a nämnd's chair and vice-chairs. KL 9 kap. does not say which of the
    cooperating parties' fullmäktige does so. When seats are recorded but none holds the
    chair, the rule notes that the parties should settle it between themselves.

    Does not check: how the parties usually settle the question (recalled practice only), more
    than one chair, the vice-chairs, nor anything when no seats are recorded
    (``KL-9-24-representation`` notes that).
    """
    if committee.seats and not any(s.office is Office.CHAIR for s in committee.seats):
        yield ctx.finding(
            N_(
                "Ingen av nämndens platser har ordförandeposten. Kommunallagen anger inte "
                "vilken parts fullmäktige som väljer ordförande (9 kap. 23 § och 6 kap. 21 §); "
                "parterna bör komma överens om det."
            ),
            path="$.seats",
        )
