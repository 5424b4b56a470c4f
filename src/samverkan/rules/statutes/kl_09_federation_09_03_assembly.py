"""Kommunallagen (2017:725) 9 kap. 3–5 §§: the local federation's assembly
(*förbundsfullmäktige* or *förbundsdirektion*), its board, the members' representation and
the term of office.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_
from samverkan.law import parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    AssemblyForm,
    LocalFederation,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.organ_totals import judge_organ_total
from samverkan.rules.registry import rule
from samverkan.rules.representation import Gap
from samverkan.rules.representation_findings import (
    RepresentationWording,
    representation_findings,
)

#: The longest term of a förbund's assembly, in years (KL 9:4).
MAX_TERM_YEARS = 4


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
#: KL 9:3 2–3 st. in the assembly's words.
_REPRESENTATION = RepresentationWording(
    none_listed=N_(
        "Platserna i förbundets beslutande församling anges inte; representationen har "
        "inte prövats."
    ),
    gaps={
        Gap.UNRECORDED: N_(
            "Platserna för {member} i {assembly} anges inte; medlemmens representation har "
            "inte prövats."
        ),
        Gap.NO_SEAT: N_(
            "{member} har ingen plats i {assembly}; varje medlem ska ha minst en ledamot och en "
            "ersättare."
        ),
        Gap.LACKS_MEMBER: N_(
            "{member} saknar ledamot i {assembly} (ledamöter: {members}, ersättare: {substitutes})."
        ),
        Gap.LACKS_SUBSTITUTE: N_(
            "{member} saknar ersättare i {assembly} (ledamöter: {members}, ersättare: "
            "{substitutes})."
        ),
        Gap.UNBALANCED: N_(
            "{member} har inte lika många ersättare som ledamöter i {assembly} (ledamöter: "
            "{members}, ersättare: {substitutes}); lagen kräver lika många i församlingen som "
            "helhet, inte för varje medlem."
        ),
    },
    grouped_gaps={
        Gap.UNRECORDED: N_(
            "Platserna för {parties} i {assembly} anges inte; medlemmarnas representation har "
            "inte prövats."
        ),
        Gap.NO_SEAT: N_(
            "{parties} har ingen plats i {assembly}; varje medlem ska ha minst en ledamot och en "
            "ersättare."
        ),
    },
    gap_fixes={
        Gap.NO_SEAT: N_("Låt fullmäktige i {member} välja minst en ledamot och en ersättare."),
        Gap.LACKS_MEMBER: N_("Låt fullmäktige i {member} välja minst en ledamot."),
        Gap.LACKS_SUBSTITUTE: N_("Låt fullmäktige i {member} välja minst en ersättare."),
    },
    grouped_fixes={
        Gap.NO_SEAT: N_(
            "Låt fullmäktige i var och en av {parties} välja minst en ledamot och en ersättare."
        ),
    },
    total=N_(
        "I {assembly} finns inte lika många ersättare som ledamöter (ledamöter: "
        "{members}, ersättare: {substitutes}); antalen ska vara lika."
    ),
    not_a_party=(
        N_("Platsen tillsätts av {party}, som inte är medlem i förbundet."),
        N_("Låt platsen tillsättas av en förbundsmedlem."),
    ),
    other_body=(
        N_(
            "Platsen tillsätts av {body} i {party}; ledamöter och ersättare i den "
            "beslutande församlingen väljs av medlemmens fullmäktige."
        ),
        N_("Låt fullmäktige i {party} välja till platsen."),
    ),
    one="member",
)


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
    if not federation.seats and federation.seat_totals is not None:
        yield from judge_organ_total(
            ctx,
            federation.seat_totals,
            len(federation.members),
            path="$.seat_totals",
            organ=_THE_ASSEMBLY[federation.assembly],
            citations=(parse_citation("KL 9:3 3 st.", on=ctx.as_of),),
        )
        return
    yield from representation_findings(
        ctx,
        federation.seats,
        federation.members,
        federation.seats_complete,
        _REPRESENTATION,
        parties_path="$.members",
        gap_citations=(parse_citation("KL 9:3 3 st.", on=ctx.as_of),),
        seat_citations=(parse_citation("KL 9:3 2 st.", on=ctx.as_of),),
        assembly=_THE_ASSEMBLY[federation.assembly],
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
            fix=N_("Ange en mandattid på högst fyra år."),
            path="$.charter.term_years",
            years=years,
        )
