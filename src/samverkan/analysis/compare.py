"""Comparing two collaboration structures: what a reorganisation adds, removes and costs.

The administrative overhead the seed documents worry about, as numbers: bodies added and
removed, seats, meetings per year, and seat-meetings per year (the number of places that have
to be filled at meetings in a year, counting ordinary members only, since substitutes attend
only in their absence).
"""

from __future__ import annotations

from datetime import date

from samverkan._frozen import frozen
from samverkan.model import CollaborationStructure, CooperationBody, Period, Role

__all__ = ["BodyFigures", "StructureComparison", "compare_structures"]


@frozen
class BodyFigures:
    """Seats and meetings of one body in one year."""

    id: str
    name: str
    members: int
    substitutes: int
    meetings_per_year: int

    @property
    def seat_meetings(self) -> int:
        """Member places to fill at the year's meetings."""
        return self.members * self.meetings_per_year


@frozen
class StructureComparison:
    """Figures for a structure before and after a change."""

    before: tuple[BodyFigures, ...]
    after: tuple[BodyFigures, ...]

    @property
    def added(self) -> tuple[str, ...]:
        """Ids of bodies only in the new structure."""
        old = {b.id for b in self.before}
        return tuple(b.id for b in self.after if b.id not in old)

    @property
    def removed(self) -> tuple[str, ...]:
        """Ids of bodies only in the old structure."""
        new = {b.id for b in self.after}
        return tuple(b.id for b in self.before if b.id not in new)

    @property
    def kept(self) -> tuple[str, ...]:
        """Ids of bodies in both."""
        new = {b.id for b in self.after}
        return tuple(b.id for b in self.before if b.id in new)

    def totals(self) -> dict[str, tuple[int, int]]:
        """Before and after, for bodies, seats, meetings per year and seat-meetings per year."""

        def total(figures: tuple[BodyFigures, ...]) -> dict[str, int]:
            return {
                "bodies": len(figures),
                "seats": sum(f.members + f.substitutes for f in figures),
                "meetings_per_year": sum(f.meetings_per_year for f in figures),
                "seat_meetings_per_year": sum(f.seat_meetings for f in figures),
            }

        old, new = total(self.before), total(self.after)
        return {key: (old[key], new[key]) for key in old}


def _figures(body: CooperationBody, year: int) -> BodyFigures:
    members = sum(1 for s in body.seats if s.role is Role.MEMBER)
    substitutes = sum(1 for s in body.seats if s.role is Role.SUBSTITUTE)
    meetings = 0
    if body.meetings is not None:
        if body.meetings.per_year is not None:
            meetings = body.meetings.per_year
        else:
            whole_year = Period(date(year, 1, 1), date(year, 12, 31))
            meetings = len(body.meetings.occurrences(whole_year))
    return BodyFigures(body.id, body.name, members, substitutes, meetings)


def compare_structures(
    before: CollaborationStructure, after: CollaborationStructure, *, year: int
) -> StructureComparison:
    """Compare two structures, counting dated meetings in calendar ``year``.

    Bodies are matched by id. A schedule stated as a number of meetings per year counts as
    that number.
    """
    return StructureComparison(
        tuple(_figures(b, year) for b in before.bodies),
        tuple(_figures(b, year) for b in after.bodies),
    )
