"""Seats in an organ, who appoints them, and who stands in for whom.

A :class:`Seat` is a place in an organ held as *ledamot* (member) or *ersättare* (substitute),
appointed by one party's fullmäktige. The person is optional, so a structure can be checked
before anyone is elected. An ersättare may name the seat it substitutes for.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import Any

from samverkan._frozen import frozen
from samverkan.model.common import Body, Participant, Period, described

__all__ = [
    "Office",
    "OfficeRotation",
    "OrganSeats",
    "Position",
    "Role",
    "Seat",
    "SubstitutePolicy",
    "seat_count",
    "seats_of",
]


class Role(enum.Enum):
    """Whether a seat is held as ordinary member or as substitute."""

    #: Ledamot: a full member.
    MEMBER = "ledamot"
    #: Ersättare: stands in when a ledamot is absent.
    SUBSTITUTE = "ersättare"


class Office(enum.Enum):
    """A presidium office held in addition to a seat (KL 6:21 for nämnder)."""

    CHAIR = "ordförande"
    VICE_CHAIR = "vice ordförande"
    SECOND_VICE_CHAIR = "andre vice ordförande"


class Position(enum.Enum):
    """Who the person holding a seat is, in the sense of KL 9:7 and 7:3."""

    #: Ledamot in the fullmäktige of the party that elects the seat.
    FULLMAKTIGE_MEMBER = "ledamot i fullmäktige"
    #: Ersättare in the fullmäktige of the party that elects the seat.
    FULLMAKTIGE_SUBSTITUTE = "ersättare i fullmäktige"
    #: Neither ledamot nor ersättare in that fullmäktige (for example a voter only).
    OUTSIDE_FULLMAKTIGE = "varken ledamot eller ersättare i fullmäktige"
    #: The direktör (KL 7:1) of the party that elects the seat.
    PARTY_DIRECTOR = "partens direktör"
    #: The direktör of the kommunalförbund itself.
    FEDERATION_DIRECTOR = "förbundets direktör"


class SubstitutePolicy(enum.Enum):
    """When a substitute attends meetings."""

    #: Only when the ordinary member is absent.
    ONLY_WHEN_ABSENT = "endast vid ordinarie ledamots frånvaro"
    #: Substitutes attend every meeting (with the right to speak, not to vote).
    ALWAYS = "närvarar alltid"


@frozen
class Seat:
    """One place in an organ.

    ``party`` is the party whose organ (``appointed_by``, normally fullmäktige) elects the seat.
    ``id`` lets an ersättare seat name, in ``substitutes_for``, the ledamot seat it stands in for.
    ``position`` records who the person is, where eligibility turns on it (KL 9:7, 7:3);
    ``registered_in`` the kommun where the person is folkbokförd (FB 19:8).
    """

    party: Participant = described("The party whose organ appoints the seat.")
    role: Role = described(
        "Ordinary member (ledamot) or substitute (ersättare).",
        default=Role.MEMBER,
    )
    office: Office | None = described(
        "A presidium office held with the seat (ordförande, vice ordförande).",
        default=None,
    )
    person: str | None = described(
        "The person holding the seat, once elected.",
        default=None,
    )
    term: Period | None = described(
        "The term of office (mandatperiod) of the seat.",
        default=None,
    )
    id: str | None = described(
        "A short id by which a substitute seat can name this seat.",
        default=None,
    )
    substitutes_for: str | None = described(
        "For an ersättare, the id of the ledamot seat it stands in for.",
        default=None,
    )
    appointed_by: Body = described(
        "The organ that elects the seat (normally fullmäktige).",
        default=Body.FULLMAKTIGE,
    )
    position: Position | None = described(
        "Who the person holding the seat is, in the sense of KL 9:7 and 7:3: ledamot or "
        "ersättare in the electing party's fullmäktige, neither, or a direktör; unrecorded "
        "when left out.",
        default=None,
    )
    registered_in: Participant | None = described(
        "The kommun where the person holding the seat is folkbokförd, where eligibility turns "
        "on it (FB 19:8 for an överförmyndarnämnd); unrecorded when left out.",
        default=None,
    )

    def __attrs_post_init__(self) -> None:
        if self.substitutes_for is not None and self.role is not Role.SUBSTITUTE:
            raise ValueError("only an ersättare seat can name the seat it substitutes for")


def _count(_: Any, attribute: Any, value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must not be negative: {value}")


@frozen
class OfficeRotation:
    """A presidium office that rotates among parties (*roterande ordförandeskap*): the
    parties hold it in ``order``, each for ``years`` years from ``starts``.
    """

    office: Office = described("The office that rotates (ordförande, vice ordförande).")
    order: tuple[Participant, ...] = described(
        "The parties in the order they hold the office.", default=()
    )
    years: int | None = described(
        "How many years each party holds it; unrecorded when left out.",
        default=None,
        validator=_count,
    )
    starts: date | None = described(
        "The day the first party in the order takes the office.", default=None
    )

    def holder_on(self, day: date) -> Participant | None:
        """The party holding the office on ``day``, where the rotation says; else ``None``."""
        if not self.order or not self.years or self.starts is None or day < self.starts:
            return None
        turns = (day.year - self.starts.year) - (
            (day.month, day.day) < (self.starts.month, self.starts.day)
        )
        return self.order[(turns // self.years) % len(self.order)]


@frozen
class OrganSeats:
    """The seats of an organ counted as a whole (*antal ledamöter och ersättare*), for when
    the document knows the organ's size but not which party holds which seat.

    A total does not say how the seats are split between the parties, so the representation
    rules judge from it only what a total decides (the equal numbers of ledamöter and
    ersättare, and whether there are enough seats for every party to have one) and report
    each party's own representation as not recorded.
    """

    members: int | None = described(
        "The number of ledamöter in the organ; unrecorded when left out.",
        default=None,
        validator=_count,
    )
    substitutes: int | None = described(
        "The number of ersättare in the organ; unrecorded when left out.",
        default=None,
        validator=_count,
    )
    vacant_members: int = described(
        "How many of the ledamot seats are vacant (vakanta).", default=0, validator=_count
    )
    vacant_substitutes: int = described(
        "How many of the ersättare seats are vacant (vakanta).", default=0, validator=_count
    )
    chair: Participant | None = described(
        "The party whose ledamot holds the chair (ordförande), where fixed.", default=None
    )
    vice_chairs: tuple[Participant, ...] = described(
        "The parties whose ledamöter hold the vice chairs (vice ordförande), where fixed.",
        default=(),
    )
    rotations: tuple[OfficeRotation, ...] = described(
        "Presidium offices that rotate among the parties.", default=()
    )

    def __attrs_post_init__(self) -> None:
        for total, vacant, name in (
            (self.members, self.vacant_members, "ledamöter"),
            (self.substitutes, self.vacant_substitutes, "ersättare"),
        ):
            if total is not None and vacant > total:
                raise ValueError(f"more vacant {name} ({vacant}) than seats ({total})")


def seats_of(seats: tuple[Seat, ...], party: Participant, role: Role) -> list[Seat]:
    """The seats of ``party`` held in ``role``."""
    return [s for s in seats if s.party == party and s.role is role]


#: The seats counted last, and their counts: the rules and the diagrams ask for every party's
#: numbers in the same organ one party at a time, and counting once keeps that linear.
_counted: tuple[tuple[Seat, ...], Mapping[tuple[Participant, Role], int]] | None = None


def seat_count(seats: tuple[Seat, ...], party: Participant, role: Role) -> int:
    """How many of ``seats`` ``party`` holds in ``role``.

    The seats are counted once for all parties and the counts kept until other seats are
    asked about, so asking for each of N parties in turn costs N + len(seats), not their
    product.
    """
    global _counted
    counted = _counted
    if counted is None or counted[0] is not seats:
        counted = (seats, Counter((s.party, s.role) for s in seats))
        _counted = counted
    return counted[1].get((party, role), 0)
