"""An activity a single kommun or region runs on its own (*egen verksamhet*), without any
form of cooperation: tourism promotion outside its own territory, a service used by another
municipality's residents.

No other party takes part, so KL 9 kap. does not apply; what the law asks is that the
activity lies within the party's competence and is linked to its own area or its own
members (*lokaliseringsprincipen*, KL 2:1), unless a special act frees it (lag (2009:47)).

>>> from samverkan.model import Task
>>> from samverkan.parties import registry
>>> reg = registry()
>>> activity = OwnActivity(
...     "Turistbyrå i fjällen", party=reg.municipality("2380"),
...     tasks=(Task("kombef.tourism"),), located_in=(reg.municipality("2321"),),
... )
>>> [m.name for m in activity.outside_own_territory()]
['Åre']
"""

from __future__ import annotations

from samverkan._frozen import frozen
from samverkan.law import Citation
from samverkan.model.common import (
    Participant,
    Period,
    Task,
    described,
    participant,
    participants,
)
from samverkan.model.provenance import Source
from samverkan.parties import Municipality, Region

__all__ = ["OwnActivity"]


@frozen
class OwnActivity:
    """*Egen verksamhet*: one kommun or region running an activity alone (KL 2:1).

    ``located_in`` are the municipalities or regions whose territory the activity is carried
    on in (empty: the party's own); ``serves_residents_of`` those whose residents it serves
    (empty: the party's own).
    """

    name: str = described("The activity's name.")
    party: Participant = described(
        "The kommun or region that runs the activity.", validator=participant
    )
    tasks: tuple[Task, ...] = described("The tasks the activity carries out.")
    located_in: tuple[Participant, ...] = described(
        "The municipalities or regions whose territory it is carried on in; empty means the "
        "party's own.",
        default=(),
        validator=participants,
    )
    serves_residents_of: tuple[Participant, ...] = described(
        "The municipalities or regions whose residents it serves; empty means the party's own.",
        default=(),
        validator=participants,
    )
    legal_basis: tuple[Citation, ...] = described(
        "The provisions the party relies on (for example '2009:47 2:1'); empty means the "
        "general competence of KL 2:1.",
        default=(),
    )
    period: Period | None = described("The period the activity runs.", default=None)
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    def outside_own_territory(self) -> tuple[Participant, ...]:
        """The places named that are not the party itself (nor, for a region, a municipality
        of its county)."""
        return tuple(p for p in self.located_in if not _within(p, self.party))

    def others_served(self) -> tuple[Participant, ...]:
        """The parties whose residents it serves that are not the party's own."""
        return tuple(p for p in self.serves_residents_of if not _within(p, self.party))


def _within(place: Participant, party: Participant) -> bool:
    """Whether ``place`` is ``party`` or lies within it (a municipality of a region's county)."""
    if place == party:
        return True
    return (
        isinstance(party, Region)
        and isinstance(place, Municipality)
        and place.county_code == party.code
    )
