"""Kommunallagen (2017:725) 9 kap. 7 § and 7 kap. 3 §: who may be elected to a kommunalförbund.

The seats of the förbund's beslutande församling go only to ledamöter and ersättare in the
electing member's fullmäktige (9:7 1 st.); the direktör of a member is not eligible to a
förtroendeuppdrag in a förbund the member belongs to, and the förbund's own direktör not to
one in the förbund (7:3 1 st., applied to the förbund through 9:2 1 st.).
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import parse_citation
from samverkan.law.dates import KL_2017
from samverkan.model import LocalFederation, Position, Seat
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


def _organs(federation: LocalFederation) -> Iterator[tuple[str, int, Seat]]:
    for index, seat in enumerate(federation.seats):
        yield "seats", index, seat
    for index, seat in enumerate(federation.board_seats):
        yield "board_seats", index, seat


@rule(
    "KL-9-7-eligibility",
    applies_to=LocalFederation,
    cites=("KL 9:7 1 st.", "KL 7:3 1 st.", "KL 9:2 1 st."),
    valid_from=KL_2017,
)
def eligible_to_the_federation(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Only fullmäktige's ledamöter and ersättare sit in the assembly; no direktör sits at all.

    A member may elect to ledamot or ersättare in the förbund's beslutande församling only
    someone who is ledamot or ersättare in the member's own fullmäktige (KL 9:7 1 st.). The
    direktör of a kommun or region is not eligible to a förtroendeuppdrag in a kommunalförbund
    the kommun or region is a member of (KL 7:3 1 st.); through KL 9:2 1 st. the same
    provision makes the förbund's own direktör ineligible in the förbund. A seat of the
    assembly recorded as held by someone outside the member's fullmäktige is an error, and
    any seat of the assembly or the förbundsstyrelse recorded as held by a direktör is an
    error. Seats whose holder's position is not recorded are reported once as not judged;
    when no seats are listed at all, KL-9-3-representation says so and this rule is silent.

    Does not check: that ledamöter and ersättare of the förbundsstyrelse, other nämnder and
    the revisorer have the right to vote in a member's fullmäktige election (KL 9:7 2 st.);
    the other grounds of ineligibility (for example KL 7:3 2 st. for förvaltningschefer, 4 kap.
    5 § for revisorer); whether the person still holds the recorded position; joint
    committees, where whether a seat is a förtroendeuppdrag "i kommunen" for a party that is
    not the host is an open question.
    """
    first = parse_citation("KL 9:7 1 st.", on=ctx.as_of)
    director = (
        parse_citation("KL 7:3 1 st.", on=ctx.as_of),
        parse_citation("KL 9:2 1 st.", on=ctx.as_of),
    )
    unrecorded = 0
    seats = 0
    for organ, index, seat in _organs(federation):
        seats += 1
        path = f"$.{organ}[{index}].position"
        if seat.position is None:
            unrecorded += 1
        elif seat.position is Position.PARTY_DIRECTOR:
            yield ctx.finding(
                N_(
                    "Platsen innehas av direktören i {party}; direktören är inte valbar till "
                    "förtroendeuppdrag i ett kommunalförbund som {party} är medlem i."
                ),
                fix=N_("Välj en annan person till platsen."),
                path=path,
                citations=director[:1],
                party=seat.party,
            )
        elif seat.position is Position.FEDERATION_DIRECTOR:
            yield ctx.finding(
                N_(
                    "Platsen innehas av förbundets direktör, som inte är valbar till "
                    "förtroendeuppdrag i förbundet."
                ),
                fix=N_("Välj en annan person till platsen."),
                path=path,
                citations=director,
            )
        elif seat.position is Position.OUTSIDE_FULLMAKTIGE and organ == "seats":
            yield ctx.finding(
                N_(
                    "Platsen i den beslutande församlingen innehas av någon som varken är "
                    "ledamot eller ersättare i fullmäktige i {party}; en förbundsmedlem får "
                    "bara välja den som är ledamot eller ersättare i medlemmens fullmäktige."
                ),
                fix=N_("Välj en ledamot eller ersättare i fullmäktige i {party} till platsen."),
                path=path,
                citations=(first,),
                party=seat.party,
            )
    if unrecorded:
        yield ctx.not_recorded(
            N_(
                "För {count} av förbundets platser anges inte vem som innehar platsen i "
                "förhållande till fullmäktige och direktören; deras valbarhet har inte prövats."
            ),
            path="$.seats",
            facts={"unrecorded": unrecorded, "seats": seats},
            count=unrecorded,
        )
