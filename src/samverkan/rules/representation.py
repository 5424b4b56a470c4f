"""How the parties are represented in an organ: their ledamöter and ersättare, and who elects
them.

Shared by the representation rules of KL 9:3 (förbund), KL 9:24 (joint committee), KTL 2:5
(kollektivtrafikmyndighet) and the seat rules of collaboration structures. Each rule keeps
its own messages and passes them in; the counting and the conditions are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import frozen

from samverkan.i18n import Translatable
from samverkan.law import Citation
from samverkan.model import Body, Participant, Role, Seat
from samverkan.model.seats import seat_count
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding

__all__ = ["Representation", "appointment_findings", "representation_findings"]


@frozen
class Representation:
    """How one party is represented in an organ: its number of ledamöter and ersättare.

    Shared counting for the representation rules of KL 9:3 2 st. (förbund), KL 9:24 (joint
    committee) and KTL 2:5 (kollektivtrafikmyndighet), which all ask for at least one ledamot
    and one ersättare per party and, in KL, as many ersättare as ledamöter.

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
        return cls(seat_count(seats, party, Role.MEMBER), seat_count(seats, party, Role.SUBSTITUTE))

    @property
    def lacks_member(self) -> bool:
        """No ledamot."""
        return self.members == 0

    @property
    def lacks_substitute(self) -> bool:
        """No ersättare."""
        return self.substitutes == 0

    @property
    def unbalanced(self) -> bool:
        """Both kinds present, but not as many ersättare as ledamöter."""
        return bool(self.members and self.substitutes) and self.members != self.substitutes

    def counts(self) -> dict[str, int]:
        """``{"members": ..., "substitutes": ...}``, for message parameters and facts."""
        return {"members": self.members, "substitutes": self.substitutes}


def representation_findings(
    ctx: RuleContext,
    found: Representation,
    *,
    path: str,
    lacks_member: str,
    lacks_substitute: str,
    unbalanced: str,
    **params: Any,
) -> Iterator[Finding]:
    """One party's findings under "at least one ledamot and one ersättare, and as many
    ersättare as ledamöter" (KL 9:3 2 st., 9:24).

    Each message, at ``path``, gets ``params`` and then the counts ``members`` and
    ``substitutes``; the counts are also its facts.
    """
    counts = found.counts()
    for applies, message in (
        (found.lacks_member, lacks_member),
        (found.lacks_substitute, lacks_substitute),
        (found.unbalanced, unbalanced),
    ):
        if applies:
            yield ctx.finding(
                message,
                path=path,
                facts=counts,
                **params,
                members=found.members,
                substitutes=found.substitutes,
            )


def appointment_findings(
    ctx: RuleContext,
    seats: tuple[Seat, ...],
    parties: tuple[Participant, ...],
    *,
    not_a_party: str,
    not_fullmaktige: str,
    citations: tuple[Citation, ...] | None = None,
) -> Iterator[Finding]:
    """Each seat is held by one of ``parties`` and elected by that party's fullmäktige.

    ``not_a_party`` (with ``party``) is reported at ``$.seats[i].party``, ``not_fullmaktige``
    (with ``party`` and ``body``) at ``$.seats[i].appointed_by``; ``citations`` replace the
    rule's own when given.
    """
    members = set(parties)  # a set, so that many seats and parties cost linear time
    for index, seat in enumerate(seats):
        if seat.party not in members:
            yield ctx.finding(
                not_a_party,
                path=f"$.seats[{index}].party",
                citations=citations,
                party=seat.party,
            )
        elif seat.appointed_by is not Body.FULLMAKTIGE:
            yield ctx.finding(
                not_fullmaktige,
                path=f"$.seats[{index}].appointed_by",
                citations=citations,
                party=seat.party,
                body=Translatable(seat.appointed_by.value),
            )
