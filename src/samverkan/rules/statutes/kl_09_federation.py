"""Kommunallagen (2017:725) 3 kap. 8 § and 9 kap. 1–18 §§: the local federation
(*kommunalförbund*): members, formation, assembly, representation, term, förbundsordning and exit.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_, T_, Translatable
from samverkan.law import Citation, parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    AssemblyForm,
    Body,
    Charter,
    CharterItem,
    ItemStatus,
    LocalFederation,
    Participant,
    is_party,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Category, Finding, Severity
from samverkan.rules.organ_totals import judge_organ_total
from samverkan.rules.participants import Membership, organ_term, regions_term
from samverkan.rules.recorded import Recorded, adoption_of, instrument_record
from samverkan.rules.registry import rule
from samverkan.rules.representation import Gap, OrganRepresentation, misappointed

#: The longest term of a förbund's assembly, in years (KL 9:4).
MAX_TERM_YEARS = 4


#: The longest notice period for leaving a förbund, in months (KL 9:18: three years).
MAX_EXIT_NOTICE_MONTHS = 36


@rule(
    "KL-3-8-members",
    applies_to=LocalFederation,
    cites=("KL 3:8",),
    valid_from=KL_2017,
)
def members_are_municipalities_and_regions(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Only municipalities and regions may form a kommunalförbund, and at least two of them.

    Municipalities and regions may form a kommunalförbund and hand over the running of
    municipal matters to it (KL 3:8); municipalities and regions may be members together. A
    company, a state agency, a private body or another förbund cannot be a member. The same
    member listed twice is reported too.

    Does not check: whether each member's fullmäktige has adopted the förbundsordning (see
    KL-9-1-forbund-formation), nor whether the matters handed over are within every member's
    competence (see the competence rules).
    """
    membership = Membership.of(federation.members)
    for index, participant in membership.not_parties:
        yield ctx.finding(
            N_(
                "{member} kan inte vara medlem i ett kommunalförbund: bara kommuner och "
                "{regions} kan bilda kommunalförbund."
            ),
            path=f"$.members[{index}]",
            member=participant,
            regions=regions_term(ctx),
            facts={"kind": type(participant).__name__},
        )
    for index, participant in membership.repeated:
        yield ctx.finding(
            N_("{member} står mer än en gång bland förbundsmedlemmarna."),
            path=f"$.members[{index}]",
            member=participant,
        )
    if membership.distinct < 2:
        yield ctx.finding(
            N_("Ett kommunalförbund behöver minst två medlemmar; {count} anges."),
            path="$.members",
            count=membership.distinct,
        )


def _adoption_date(charter: Charter, member: Participant) -> date | None:
    """The date of ``member``'s fullmäktige adoption of ``charter``, if recorded."""
    return next(
        (
            a.on
            for a in charter.adoptions
            if a.party == member and a.body is Body.FULLMAKTIGE and a.adopted
        ),
        None,
    )


def _earliest_formation(federation: LocalFederation, charter: Charter) -> date | None:
    """The first day the förbund can exist: the last member's adoption, or a later date the
    charter sets. ``None`` when neither is known."""
    candidates: list[date] = []
    members = [m for m in federation.members if is_party(m)]
    dates = [_adoption_date(charter, m) for m in members]
    known = [d for d in dates if d is not None]
    if members and len(known) == len(members):
        candidates.append(max(known))
    if charter.formation_date is not None:
        candidates.append(charter.formation_date)
    return max(candidates) if candidates else None


@rule(
    "KL-9-1-forbund-formation",
    applies_to=LocalFederation,
    cites=("KL 9:1",),
    valid_from=KL_2017,
)
def formed_by_adopting_the_charter(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbund is formed when the members' fullmäktige have adopted the förbundsordning.

    A kommunalförbund comes into being when the fullmäktige of every member has adopted its
    förbundsordning; the förbundsordning may set a later date of formation (KL 9:1). A förbund
    recorded as having no förbundsordning, or with a member recorded as not having adopted it
    through its fullmäktige, has therefore not been formed. An adoption the document does not
    record is reported as not recorded. When ``formed_on`` is recorded it may not precede the
    last member's adoption (where every adoption date is known) or the formation date the
    förbundsordning sets, provided the recorded förbundsordning is the version in force at
    formation: one that took effect after ``formed_on`` is a later amendment, whose adoptions
    say nothing about the formation.

    Does not check: that every member adopted the same version of the förbundsordning, the
    formation against a version the document does not record, nor adoptions by bodies that are
    not members (a non-member's adoption is ignored; non-members are reported by
    KL-3-8-members, and are not asked for an adoption).
    """
    charter = federation.charter
    if instrument_record(charter) is Recorded.UNRECORDED:
        yield ctx.not_recorded(
            N_("Förbundsordningen anges inte; förbundets bildande har inte prövats."),
            path="$.charter",
        )
        return
    assert charter is not None
    if not charter.exists:
        yield ctx.finding(
            N_(
                "Förbundsordning saknas; ett kommunalförbund bildas när medlemmarnas fullmäktige "
                "antar förbundsordningen."
            ),
            path="$.charter",
        )
        return
    for index, member in enumerate(federation.members):
        if not is_party(member):
            continue
        record = adoption_of(charter, member)
        path = f"$.members[{index}]"
        if record.status is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_(
                    "Det anges inte om fullmäktige i {member} har antagit förbundsordningen; det "
                    "har inte prövats."
                ),
                path=path,
                member=member,
            )
        elif record.status is Recorded.ABSENT and record.other_bodies:
            yield ctx.finding(
                N_(
                    "Förbundsordningen har antagits av {body} i {member}; den ska antas av "
                    "medlemmens fullmäktige."
                ),
                path=path,
                member=member,
                body=organ_term(record.other_bodies[0], member, ctx),
            )
        elif record.status is Recorded.ABSENT:
            yield ctx.finding(
                N_("Fullmäktige i {member} har inte antagit förbundsordningen."),
                path=path,
                member=member,
            )
    if federation.formed_on is None:
        return
    later_version = charter.effective is not None and charter.effective > federation.formed_on
    earliest = _earliest_formation(federation, charter)
    if earliest is not None and federation.formed_on < earliest:
        if later_version:
            yield ctx.not_recorded(
                N_(
                    "Förbundsordningen i dokumentet gäller från {effective}, efter bildandet "
                    "{formed_on}; den förbundsordning som antogs vid bildandet anges inte, så "
                    "bildandet har inte prövats mot den."
                ),
                path="$.charter.effective",
                effective=charter.effective,
                formed_on=federation.formed_on,
            )
            return
        yield ctx.finding(
            N_(
                "Förbundet anges bildat {formed_on}, men det kan bildas tidigast {earliest} "
                "(sista medlemmens antagande eller förbundsordningens bildandedag)."
            ),
            path="$.formed_on",
            formed_on=federation.formed_on,
            earliest=earliest,
            facts={"formed_on": federation.formed_on, "earliest": earliest},
        )


@rule(
    "KL-9-3-assembly-type",
    applies_to=LocalFederation,
    cites=("KL 9:3 1 st.", "KL 9:5"),
    valid_from=KL_2017,
    severity=Severity.WARNING,
)
def assembly_and_board(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A förbundsdirektion is also the styrelse; a förbundsfullmäktige appoints a styrelse.

    The decision-making assembly of a förbund is either a förbundsfullmäktige or a
    förbundsdirektion (KL 9:3 1 st.). The assembly appoints a förbundsstyrelse, but where the
    förbund has a direktion, the direktion is itself the styrelse (KL 9:5). Separate board
    seats listed for a direktion-förbund are therefore probably a modelling mistake (warning);
    for a fullmäktige-förbund without recorded board seats the rule notes that the styrelse
    was not checked (information).

    Does not check: the composition of the förbundsstyrelse, the other organs the assembly
    appoints, nor that the assembly's members sit in their member's fullmäktige (KL 9:7).
    """
    if federation.assembly is AssemblyForm.DIREKTION:
        if federation.board_seats:
            yield ctx.finding(
                N_(
                    "Förbundet har förbundsdirektion, som också är förbundsstyrelse; "
                    "{count} separata styrelseplatser anges ändå."
                ),
                path="$.board_seats",
                citations=(parse_citation("KL 9:5", on=ctx.as_of),),
                count=len(federation.board_seats),
            )
    elif not federation.board_seats:
        yield ctx.not_recorded(
            N_(
                "Förbundsfullmäktige ska tillsätta en förbundsstyrelse; inga styrelseplatser "
                "anges, så styrelsen har inte prövats."
            ),
            path="$.board_seats",
            citations=(parse_citation("KL 9:5", on=ctx.as_of),),
        )


#: The assembly in the definite form, as the messages name it.
_THE_ASSEMBLY = {
    AssemblyForm.DIREKTION: T_("förbundsdirektionen"),
    AssemblyForm.FULLMAKTIGE: T_("förbundsfullmäktige"),
}
#: KL 9:3 3 st.: what one member's representation lacks, in the assembly's words.
_REPRESENTATION_GAPS = {
    Gap.UNRECORDED: N_(
        "Platserna för {member} i {assembly} anges inte; medlemmens representation har inte "
        "prövats."
    ),
    Gap.NO_SEAT: N_(
        "{member} har ingen plats i {assembly}; varje medlem ska ha minst en ledamot och en "
        "ersättare."
    ),
    Gap.LACKS_MEMBER: N_(
        "{member} saknar ledamot i {assembly} (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.LACKS_SUBSTITUTE: N_(
        "{member} saknar ersättare i {assembly} (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.UNBALANCED: N_(
        "{member} har inte lika många ersättare som ledamöter i {assembly} (ledamöter: "
        "{members}, ersättare: {substitutes}); lagen kräver lika många i församlingen som "
        "helhet, inte för varje medlem."
    ),
}
#: A per-member imbalance is a warning: KL 9:3 3 st. asks for equal numbers of the assembly.
_GAP_SEVERITY = {Gap.UNRECORDED: Severity.INFO, Gap.UNBALANCED: Severity.WARNING}


@rule(
    "KL-9-3-representation",
    applies_to=LocalFederation,
    cites=("KL 9:3 2 st.", "KL 9:3 3 st."),
    valid_from=KL_2017,
)
def every_member_represented(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Each member has at least one ledamot and one ersättare, and as many ersättare as ledamöter.

    The ledamöter and ersättare of the assembly are elected by the members' fullmäktige (KL 9:3
    2 st.). Every member is represented by at least one ledamot and one ersättare, and the
    number of ersättare equals the number of ledamöter (KL 9:3 3 st.). A member without a
    ledamot or an ersättare is an error; the equal number is required of the assembly as a
    whole, so a total imbalance is an error and one member's imbalance a warning. Seats held
    by a non-member or elected by another body than fullmäktige are reported under 2 st.

    Does not check: who is elected or whether they sit in their member's fullmäktige (KL 9:7),
    whether the numbers match those the förbundsordning sets (KL 9:6 p. 3), proportional
    elections (KL 9:8), and seats whose term has not started. A member with no seat listed has
    unrecorded seats unless the federation declares its seats complete; the total is then not
    judged. When no seats are listed the rule says so once. Seats recorded only as a total
    for the assembly (``seat_totals``) leave each member's representation not recorded; the
    total is judged for what it decides alone (fewer ledamöter or ersättare than members,
    unequal numbers).
    """
    third = parse_citation("KL 9:3 3 st.", on=ctx.as_of)
    if not federation.seats and federation.seat_totals is not None:
        yield from judge_organ_total(
            ctx,
            federation.seat_totals,
            len(federation.members),
            path="$.seat_totals",
            organ=_THE_ASSEMBLY[federation.assembly],
            citations=(third,),
        )
        return
    if not federation.seats and not federation.seats_complete:
        yield ctx.not_recorded(
            N_(
                "Platserna i förbundets beslutande församling anges inte; representationen har "
                "inte prövats."
            ),
            path="$.seats",
            citations=(third,),
        )
        return
    assembly = _THE_ASSEMBLY[federation.assembly]
    organ = OrganRepresentation.of(federation.seats, federation.members, federation.seats_complete)
    for item in organ.parties:
        for gap in item.gaps:
            yield ctx.finding(
                _REPRESENTATION_GAPS[gap],
                path=f"$.members[{item.index}]",
                severity=_GAP_SEVERITY.get(gap),
                category=Category.NOT_RECORDED if gap is Gap.UNRECORDED else None,
                citations=(third,),
                member=item.party,
                assembly=assembly,
                facts=item.found.counts(),
                members=item.found.members,
                substitutes=item.found.substitutes,
            )
    if organ.total_unbalanced:
        yield ctx.finding(
            N_(
                "I {assembly} finns inte lika många ersättare som ledamöter (ledamöter: "
                "{members}, ersättare: {substitutes}); antalen ska vara lika."
            ),
            path="$.seats",
            citations=(third,),
            assembly=assembly,
            facts=organ.total.counts(),
            members=organ.total.members,
            substitutes=organ.total.substitutes,
        )
    second = (parse_citation("KL 9:3 2 st.", on=ctx.as_of),)
    for wrong in misappointed(federation.seats, federation.members):
        if wrong.not_a_party:
            yield ctx.finding(
                N_("Platsen tillsätts av {party}, som inte är medlem i förbundet."),
                path=f"$.seats[{wrong.index}].party",
                citations=second,
                party=wrong.seat.party,
            )
        else:
            yield ctx.finding(
                N_(
                    "Platsen tillsätts av {body} i {party}; ledamöter och ersättare i den "
                    "beslutande församlingen väljs av medlemmens fullmäktige."
                ),
                path=f"$.seats[{wrong.index}].appointed_by",
                citations=second,
                party=wrong.seat.party,
                body=organ_term(wrong.seat.appointed_by, wrong.seat.party, ctx),
            )


@rule(
    "KL-9-4-term",
    applies_to=LocalFederation,
    cites=("KL 9:4",),
    valid_from=KL_2017,
)
def term_at_most_four_years(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """The assembly's term is four years, unless the förbundsordning sets a shorter one.

    The ledamöter and ersättare of the assembly are elected for four years; the förbundsordning
    may set a shorter term (KL 9:4). A recorded term longer than four years is reported; the
    act sets no shortest term. No recorded term means the act's four years apply.

    Does not check: when the term starts (by default 1 January after the general election),
    nor the terms of the förbundsstyrelse, nämnder or revisorer.
    """
    if federation.charter is None or federation.charter.term_years is None:
        return
    years = federation.charter.term_years
    if years > MAX_TERM_YEARS:
        yield ctx.finding(
            N_(
                "Förbundsordningen anger en mandattid på {years} år; mandattiden är fyra år om "
                "förbundsordningen inte anger en kortare."
            ),
            path="$.charter.term_years",
            years=years,
        )


#: The 18 items of KL 9:6, paraphrased in Swedish.
CHARTER_ITEM_LABELS: dict[CharterItem, Translatable] = {
    CharterItem.NAME_SEAT_MEMBERS_PURPOSE: T_("namn, säte, medlemmar och ändamål"),
    CharterItem.ORGANISATION: T_(
        "organisation, organens uppgifter och inbördes förhållande, interimistiska organ och "
        "om förbundsstyrelsen får vara ställföreträdare för förbundsfullmäktige"
    ),
    CharterItem.ASSEMBLY_COMPOSITION: T_(
        "antal ledamöter och ersättare i den beslutande församlingen, medlemmarnas "
        "representation och en kortare mandattid än fyra år"
    ),
    CharterItem.AUDITORS: T_("antal revisorer och deras mandattid"),
    CharterItem.DIREKTION_AUDITOR_APPOINTMENT: T_(
        "hur revisorerna utses i ett förbund med förbundsdirektion"
    ),
    CharterItem.RIGHT_TO_RAISE_MATTERS: T_(
        "medlemmarnas rätt att väcka ärenden i den beslutande församlingen"
    ),
    CharterItem.QUALIFIED_MAJORITY: T_("krav på kvalificerad majoritet och i vilka ärenden"),
    CharterItem.MEMBER_REPRESENTATIVES_IN_ASSEMBLY: T_(
        "medlemmarnas förtroendevalda som får delta i församlingens överläggningar"
    ),
    CharterItem.ATTENDANCE_IN_BOARD_AND_COMMITTEES: T_(
        "medlemmarnas förtroendevaldas närvarorätt i styrelse och nämnder"
    ),
    CharterItem.NOTICE_BOARD_WEBSITE: T_("webbplatsen för förbundets anslagstavla"),
    CharterItem.SHARES_AND_COST_DIVISION: T_(
        "medlemmarnas andel i tillgångar och skulder och fördelningen av kostnader"
    ),
    CharterItem.STEERING_AND_INSIGHT: T_(
        "medlemmarnas styrning av och insyn i ekonomi och verksamhet"
    ),
    CharterItem.BUDGET_PROCESS: T_("riktlinjer för budgetprocessen"),
    CharterItem.PUBLIC_QUESTIONS_ON_ANNUAL_REPORT: T_(
        "allmänhetens möjlighet att ställa frågor om årsredovisningen"
    ),
    CharterItem.EXIT_PROCEDURE: T_("förfarandet när en medlem träder ut"),
    CharterItem.LIQUIDATION_AND_DISSOLUTION: T_(
        "likvidation och upplösning och fördelningen av kvarvarande tillgångar"
    ),
    CharterItem.DISPUTES: T_("hur tvister mellan förbundet och medlemmarna löses"),
    CharterItem.FINANCIAL_BENEFITS: T_(
        "ekonomiska förmåner för ledamöter och ersättare i den beslutande församlingen"
    ),
}


#: Item 18 for a direktion-förbund, which also covers the revisorer.
_BENEFITS_DIREKTION = T_(
    "ekonomiska förmåner för ledamöter och ersättare i den beslutande församlingen och för "
    "revisorerna"
)


_STATED = (ItemStatus.PRESENT, ItemStatus.FREE_TEXT)


def _item_stated(federation: LocalFederation, charter: Charter, item: CharterItem) -> bool:
    provision = charter.provision(item)
    if provision is not None and provision.status in _STATED:
        return True
    # Item 1 may be stated through structured fields: the name and members are the
    # federation's own; the säte and ändamål must be recorded on the charter.
    return (
        item is CharterItem.NAME_SEAT_MEMBERS_PURPOSE
        and provision is None
        and bool(charter.seat and charter.purpose and federation.members)
    )


@rule(
    "KL-9-6-forbundsordning-18",
    applies_to=LocalFederation,
    cites=("KL 9:6",),
    valid_from=KL_2017,
)
def charter_states_eighteen_items(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbundsordning states each of the 18 items of KL 9:6.

    The förbundsordning must state, among other things, the förbund's name, seat, members and
    purpose, its organisation, the assembly's composition, the revisorer, the members' shares
    of assets, liabilities and costs, their steering and insight, the budget process, the exit
    procedure, liquidation and dissolution, disputes and the members' financial benefits (KL
    9:6 p. 1–18). Each item must be stated, as structured facts or as free text; an item
    missing from the charter or marked absent is reported with its number. Item 5 (how the
    revisorer are appointed) applies only to a direktion-förbund, and item 18's revisor part
    likewise. Item 1 also counts as stated when the charter records its säte and ändamål (the
    name and members are the federation's own). An item recorded as absent is an error; an
    item the charter does not list is absent only where the charter declares its content
    complete (``provisions_recorded``), and is otherwise reported, with the others, in one
    note that they were not judged.

    Does not check: whether what an item says is lawful or sufficient (for example that the
    shares of item 11 add up, or that the exit procedure respects KL 9:18, which has a rule of
    its own), nor whether the structured term and notice fields agree with the text.
    """
    charter = federation.charter
    if charter is None or not charter.exists:
        return
    direktion = federation.assembly is AssemblyForm.DIREKTION
    unrecorded: list[int] = []
    for item in CharterItem:
        if item is CharterItem.DIREKTION_AUDITOR_APPOINTMENT and not direktion:
            continue
        if _item_stated(federation, charter, item):
            continue
        if charter.provision(item) is None and not charter.provisions_recorded:
            unrecorded.append(int(item))
            continue
        label = CHARTER_ITEM_LABELS[item]
        if item is CharterItem.FINANCIAL_BENEFITS and direktion:
            label = _BENEFITS_DIREKTION
        yield ctx.finding(
            N_("Förbundsordningen anger inte punkt {item} ({label})."),
            path="$.charter.provisions",
            citations=(_point(item, ctx),),
            item=int(item),
            label=label,
            facts={"item": item.name},
        )
    if unrecorded and not charter.provisions:
        yield ctx.not_recorded(
            N_(
                "Förbundsordningens innehåll anges inte; de 18 punkterna i 9 kap. 6 § "
                "kommunallagen har inte prövats."
            ),
            path="$.charter.provisions",
        )
    elif unrecorded:
        yield ctx.not_recorded(
            N_(
                "Förbundsordningen anges inte för punkterna {items} i 9 kap. 6 § kommunallagen; "
                "de har inte prövats. Ange dem med sin status, eller ange att förbundsordningens "
                "innehåll är fullständigt angivet."
            ),
            path="$.charter.provisions",
            items=_number_ranges(unrecorded),
            facts={"items": unrecorded},
        )


def _number_ranges(numbers: list[int]) -> str:
    """``[2, 3, 4, 6]`` as ``"2–4, 6"``."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def _point(item: CharterItem, ctx: RuleContext) -> Citation:
    return parse_citation(f"KL 9:6 {int(item)} p.", on=ctx.as_of)


@rule(
    "KL-9-18-exit",
    applies_to=LocalFederation,
    cites=("KL 9:18",),
    valid_from=KL_2017,
)
def exit_notice_at_most_three_years(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A member may leave the förbund at a notice of at most three years.

    Every member has the right to leave the förbund. The notice period is three years unless
    the förbundsordning sets a shorter one (KL 9:18); a longer recorded notice is reported.
    When the charter records no notice period the act's three years apply and nothing is
    reported.

    Does not check: the exit procedure itself (KL 9:6 p. 15), liquidation and dissolution
    (p. 16, not otherwise regulated in KL), nor the division of assets on exit.
    """
    charter = federation.charter
    if charter is None or charter.exit_notice_months is None:
        return
    months = charter.exit_notice_months
    if months > MAX_EXIT_NOTICE_MONTHS:
        yield ctx.finding(
            N_(
                "Förbundsordningen anger {months} månaders uppsägningstid för utträde; "
                "uppsägningstiden får vara högst tre år (36 månader)."
            ),
            path="$.charter.exit_notice_months",
            months=months,
        )
