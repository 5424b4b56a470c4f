"""How the parties are represented in an organ: their ledamöter and ersättare, and who elects
them.

Facts only, shared by the representation rules of KL 9:3 (förbund), KL 9:24 (joint
committee), KTL 2:5 (kollektivtrafikmyndighet) and the seat rules of collaboration
structures; each rule states its own condition and message. Seats are counted once per organ,
so a rule over many parties stays linear.
"""

from __future__ import annotations

import enum
import functools
from collections import Counter
from collections.abc import Iterable, Iterator

from samverkan._frozen import frozen
from samverkan.model import Body, OrganSeats, Participant, Role, Seat

__all__ = [
    "Appointment",
    "Gap",
    "OrganRepresentation",
    "PartyRepresentation",
    "Representation",
    "Tally",
    "TotalGap",
    "misappointed",
    "total_gaps",
]


@frozen
class Representation:
    """How one party is represented in an organ: its number of ledamöter and ersättare.

    >>> from samverkan.parties import registry
    >>> berg = registry().municipality("2326")
    >>> r = Representation.of((Seat(berg), Seat(berg), Seat(berg, Role.SUBSTITUTE)), berg)
    >>> r.members, r.substitutes, r.lacks_member, r.lacks_substitute, r.unbalanced
    (2, 1, False, False, True)
    """

    members: int
    substitutes: int

    @classmethod
    def of(cls, seats: tuple[Seat, ...], party: Participant) -> Representation:
        """Count ``party``'s ledamöter and ersättare among ``seats``."""
        return Tally.count(seats).of(party)

    @property
    def lacks_member(self) -> bool:
        """No ledamot."""
        return self.members == 0

    @property
    def lacks_substitute(self) -> bool:
        """No ersättare."""
        return self.substitutes == 0

    @property
    def has_none(self) -> bool:
        """Neither a ledamot nor an ersättare: no seat at all."""
        return self.members == 0 and self.substitutes == 0

    @property
    def unbalanced(self) -> bool:
        """Both kinds present, but not as many ersättare as ledamöter."""
        return bool(self.members and self.substitutes) and self.members != self.substitutes

    def counts(self) -> dict[str, int]:
        """``{"members": ..., "substitutes": ...}``, for message parameters and facts."""
        return {"members": self.members, "substitutes": self.substitutes}


@frozen
class Tally:
    """The seats of one organ counted once: members and substitutes per party.

    >>> from samverkan.parties import registry
    >>> ost, berg = registry().municipality("2380"), registry().municipality("2326")
    >>> tally = Tally.count((Seat(ost), Seat(ost, Role.SUBSTITUTE), Seat(berg)))
    >>> tally.of(berg).counts(), tally.total.counts()
    ({'members': 1, 'substitutes': 0}, {'members': 2, 'substitutes': 1})
    """

    members: Counter[Participant]
    substitutes: Counter[Participant]

    @classmethod
    def count(cls, seats: Iterable[Seat]) -> Tally:
        """Count ``seats`` by party and role."""
        member = Role.MEMBER
        listed = tuple(seats)  # read twice; a tuple of seats is not copied
        members = Counter([seat.party for seat in listed if seat.role is member])
        substitutes = Counter([seat.party for seat in listed if seat.role is not member])
        return cls(members, substitutes)

    def of(self, party: Participant) -> Representation:
        """``party``'s ledamöter and ersättare."""
        return _representation(self.members.get(party, 0), self.substitutes.get(party, 0))

    @property
    def total(self) -> Representation:
        """Every seat's ledamöter and ersättare together, whoever holds them."""
        return Representation(self.members.total(), self.substitutes.total())


class Gap(enum.Enum):
    """What is missing in one party's representation, as KL 9:3 3 st. and 9:24 ask it."""

    #: No seat of the party is listed, and the seats are not declared complete.
    UNRECORDED = "unrecorded"
    #: No seat at all in a list declared complete.
    NO_SEAT = "no seat"
    #: No ledamot.
    LACKS_MEMBER = "lacks member"
    #: No ersättare.
    LACKS_SUBSTITUTE = "lacks substitute"
    #: Both, but not as many ersättare as ledamöter.
    UNBALANCED = "unbalanced"


@frozen
class PartyRepresentation:
    """One party's place among the parties (``index``), its seats and what is missing."""

    index: int
    party: Participant
    found: Representation
    gaps: tuple[Gap, ...]


@frozen
class OrganRepresentation:
    """The representation of every party in one organ, counted once.

    ``total_known`` is ``False`` when some party's seats are unrecorded, so that the organ's
    total cannot be judged.

    >>> from samverkan.parties import registry
    >>> ost, berg = registry().municipality("2380"), registry().municipality("2326")
    >>> organ = OrganRepresentation.of((Seat(ost), Seat(ost, Role.SUBSTITUTE)), (ost, berg))
    >>> [p.gaps for p in organ.parties], organ.total_known
    ([(), (<Gap.UNRECORDED: 'unrecorded'>,)], False)
    """

    parties: tuple[PartyRepresentation, ...]
    total: Representation
    total_known: bool

    @classmethod
    def of(
        cls, seats: tuple[Seat, ...], parties: tuple[Participant, ...], complete: bool = False
    ) -> OrganRepresentation:
        """The representation of ``parties`` among ``seats``; ``complete`` when the seats are
        declared to be every seat of the organ."""
        tally = Tally.count(seats)
        found = [
            PartyRepresentation(index, party, counts, _gaps(counts, complete))
            for index, party in enumerate(parties)
            for counts in (tally.of(party),)
        ]
        known = not any(Gap.UNRECORDED in item.gaps for item in found)
        total = Representation(
            sum(item.found.members for item in found),
            sum(item.found.substitutes for item in found),
        )
        return cls(tuple(found), total, known)

    @property
    def total_unbalanced(self) -> bool:
        """Every party's seats are known, each has a ledamot and an ersättare, and yet the
        organ has not as many ersättare as ledamöter (a party lacking one is reported as that)."""
        lacking = (Gap.NO_SEAT, Gap.LACKS_MEMBER, Gap.LACKS_SUBSTITUTE)
        if not self.total_known or any(g in lacking for p in self.parties for g in p.gaps):
            return False
        return self.total.members != self.total.substitutes


# An organ's counts are small numbers that recur from party to party and organ to organ:
# their representation and its gaps are made once per value.


@functools.lru_cache(maxsize=1024)
def _representation(members: int, substitutes: int) -> Representation:
    return Representation(members, substitutes)


@functools.lru_cache(maxsize=1024)
def _gaps(counts: Representation, complete: bool) -> tuple[Gap, ...]:
    """What ``counts`` lack, as KL 9:3 3 st. and 9:24 ask it; ``complete`` when the organ's
    seats are declared to be all of them (else no seat at all is unrecorded, not absent)."""
    if counts.has_none:
        return (Gap.NO_SEAT if complete else Gap.UNRECORDED,)
    flags = (
        (counts.lacks_member, Gap.LACKS_MEMBER),
        (counts.lacks_substitute, Gap.LACKS_SUBSTITUTE),
        (counts.unbalanced, Gap.UNBALANCED),
    )
    return tuple(gap for applies, gap in flags if applies)


@frozen
class Appointment:
    """A seat whose holder or electing organ the law does not allow: ``index`` in the seats,
    and whether the party is not one of the parties (else: not elected by fullmäktige)."""

    index: int
    seat: Seat
    not_a_party: bool


def misappointed(
    seats: tuple[Seat, ...], parties: tuple[Participant, ...]
) -> Iterator[Appointment]:
    """Each seat held by someone not among ``parties``, or elected by another organ than
    that party's fullmäktige."""
    allowed = set(parties)
    for index, seat in enumerate(seats):
        if seat.party not in allowed:
            yield Appointment(index, seat, not_a_party=True)
        elif seat.appointed_by is not Body.FULLMAKTIGE:
            yield Appointment(index, seat, not_a_party=False)


class TotalGap(enum.Enum):
    """What an organ's seats counted as a whole (:class:`~samverkan.model.OrganSeats`) show
    is missing, without knowing which party holds which seat."""

    #: Fewer ledamöter than parties: at least one party has no ledamot.
    FEWER_MEMBERS_THAN_PARTIES = "fewer members than parties"
    #: Fewer ersättare than parties: at least one party has no ersättare.
    FEWER_SUBSTITUTES_THAN_PARTIES = "fewer substitutes than parties"
    #: Not as many ersättare as ledamöter in the organ.
    UNEQUAL = "unequal"


def total_gaps(total: OrganSeats, parties: int) -> tuple[TotalGap, ...]:
    """What ``total`` shows is missing in an organ of ``parties`` parties, each of which is
    to have at least one ledamot and one ersättare, with as many ersättare as ledamöter.

    >>> [gap.name for gap in total_gaps(OrganSeats(members=3, substitutes=2), 3)]
    ['FEWER_SUBSTITUTES_THAN_PARTIES', 'UNEQUAL']
    >>> total_gaps(OrganSeats(members=4), 3)
    ()
    """
    gaps = []
    if total.members is not None and total.members < parties:
        gaps.append(TotalGap.FEWER_MEMBERS_THAN_PARTIES)
    if total.substitutes is not None and total.substitutes < parties:
        gaps.append(TotalGap.FEWER_SUBSTITUTES_THAN_PARTIES)
    if None not in (total.members, total.substitutes) and total.members != total.substitutes:
        gaps.append(TotalGap.UNEQUAL)
    return tuple(gaps)
