"""How many seats each principal of a collaboration structure holds in a body
(*representation*), and how the numbers are read.

>>> from samverkan.parties import registry
>>> reg = registry()
>>> region, umea = reg.region("24"), reg.lookup("Umeå")
>>> scheme = RepresentationScheme(members=1, overrides=(PartySeats(region, 3, 3),))
>>> scheme.quota_for(umea).members, scheme.quota_for(region).substitutes
(1, 3)
"""

from __future__ import annotations

import enum
from typing import Any

from samverkan._frozen import frozen
from samverkan.model.common import Participant, described
from samverkan.model.seats import SubstitutePolicy

__all__ = ["Bound", "PartySeats", "RepresentationScheme", "count", "optional_count"]


class Bound(enum.Enum):
    """How a seat number in a representation scheme is to be read."""

    EXACTLY = "exakt"
    AT_LEAST = "minst"
    AT_MOST = "högst"

    def admits(self, actual: int, expected: int) -> bool:
        """Whether ``actual`` satisfies ``expected`` read with this bound.

        >>> Bound.AT_LEAST.admits(3, 2), Bound.AT_MOST.admits(3, 2)
        (True, False)
        """
        if self is Bound.AT_LEAST:
            return actual >= expected
        if self is Bound.AT_MOST:
            return actual <= expected
        return actual == expected


def count(_: Any, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative: {value}")


def optional_count(instance: Any, attribute: Any, value: int | None) -> None:
    if value is not None:
        count(instance, attribute, value)


@frozen
class PartySeats:
    """The seats one party is to hold in a body: ``members`` and, where the scheme says,
    ``substitutes`` (``None``: not specified). ``bound`` reads both numbers.
    """

    party: Participant = described("The party the numbers apply to.")
    members: int = described(
        "Its member seats (ledamöter).",
        validator=count,
    )
    substitutes: int | None = described(
        "Its substitute seats (ersättare); absent when not specified.",
        default=None,
        validator=optional_count,
    )
    bound: Bound = described(
        "How the numbers are read: exactly, at least, at most.",
        default=Bound.EXACTLY,
    )


@frozen
class RepresentationScheme:
    """*Representation*: how many seats each principal holds in a body.

    ``members``, ``substitutes`` and ``bound`` apply to every party without an entry in
    ``overrides``. ``every_principal`` marks a county-wide (*länsövergripande*) body in which
    every principal of the structure is to be represented. ``substitute_policy`` says when an
    ersättare attends.

    Västerbotten's Samråd vård och omsorg: one seat per municipality, up to two for Umeå and
    Skellefteå, three plus three substitutes for the region, substitutes only when the ordinary
    member is absent. Norrtälje's consultation group of officials: ``members=2`` with
    ``bound=Bound.AT_LEAST`` (at least two officials from each principal).
    """

    members: int = described(
        "Member seats per principal without an override.",
        default=1,
        validator=count,
    )
    substitutes: int | None = described(
        "Substitute seats per principal without an override; absent when not specified.",
        default=None,
        validator=optional_count,
    )
    bound: Bound = described(
        "How the numbers are read: exactly, at least, at most.",
        default=Bound.EXACTLY,
    )
    overrides: tuple[PartySeats, ...] = described(
        "Principals with other numbers of seats.",
        default=(),
    )
    every_principal: bool = described(
        "Whether every principal is to be represented (länsövergripande).",
        default=True,
    )
    substitute_policy: SubstitutePolicy | None = described(
        "When a substitute (ersättare) attends.",
        default=None,
    )

    def __attrs_post_init__(self) -> None:
        parties = [o.party for o in self.overrides]
        if len(set(parties)) != len(parties):
            raise ValueError("a representation scheme names the same party in two overrides")

    def quota_for(self, party: Participant) -> PartySeats:
        """The seats ``party`` is to hold: its override, or the scheme's default."""
        for override in self.overrides:
            if override.party == party:
                return override
        return PartySeats(party, self.members, self.substitutes, self.bound)
