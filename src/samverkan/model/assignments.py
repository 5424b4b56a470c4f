"""The assignments (*uppdrag*) of a cooperation agreement and their revisions
(*revideringar*): what is added and removed, and the total budget as they change.

>>> held = RevisedAssignments([Assignment("A", "x", budget=Decimal(2)), Assignment("B", "x")])
>>> held.budget() is None
True
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import date
from decimal import Decimal

from samverkan._frozen import frozen
from samverkan.model.common import described, non_negative
from samverkan.money import EXACT, exact_difference, exact_sum

__all__ = ["Assignment", "RevisedAssignments", "Revision", "apply_revision", "total_budget"]


@frozen
class Assignment:
    """*Uppdrag*: one task the agreement gives the region, within an ``area``.

    ``budget`` is the yearly amount in SEK where the agreement states one; ``None`` means the
    document gives no figure (it is never guessed).
    """

    name: str = described("The assignment's name (uppdrag).")
    area: str = described("The area (område) the assignment belongs to.")
    description: str = described(
        "The assignment in words.",
        default="",
    )
    budget: Decimal | None = described(
        "The yearly budget in SEK, exact; absent when not stated.",
        default=None,
        validator=non_negative,
    )


@frozen
class Revision:
    """*Revidering*: assignments removed (by name) and added.

    ``claims_budget_unchanged`` records whether the revision says that the total budget stays
    the same (``None``: it says nothing). ``effective`` is the day the revised agreement
    applies from; ``None`` while it is only proposed.
    """

    proposed_on: date = described("The day the revision (revidering) was proposed.")
    removes: tuple[str, ...] = described(
        "The names of the assignments removed.",
        default=(),
    )
    adds: tuple[Assignment, ...] = described(
        "The assignments added.",
        default=(),
    )
    claims_budget_unchanged: bool | None = described(
        "Whether the revision says the total budget is unchanged; absent: it says nothing.",
        default=None,
    )
    effective: date | None = described(
        "The day the revised agreement applies; absent while proposed.",
        default=None,
    )
    reference: str | None = described(
        "How the revision is cited.",
        default=None,
    )


def apply_revision(assignments: Iterable[Assignment], revision: Revision) -> list[Assignment]:
    """``assignments`` after ``revision``: the removed names dropped, the added appended."""
    kept = [a for a in assignments if a.name not in revision.removes]
    return kept + list(revision.adds)


class RevisedAssignments:
    """Assignments as revisions are applied one after another, in the order of
    :func:`apply_revision`; each revision costs time in proportion to its own size, not to
    the number of assignments, and the total budget is kept as they change.

    >>> held = RevisedAssignments([Assignment("A", "x", budget=Decimal(2)), Assignment("B", "x")])
    >>> added = (Assignment("C", "x", budget=Decimal(3)),)
    >>> held.apply(Revision(date(2020, 1, 1), removes=("B",), adds=added))
    >>> [a.name for a in held], held.budget()
    (['A', 'C'], Decimal('5'))
    """

    def __init__(self, assignments: Iterable[Assignment]) -> None:
        self._items: dict[int, Assignment] = {}
        self._by_name: dict[str, list[int]] = {}
        self._total = Decimal(0)
        self._unbudgeted = 0
        self._added = 0  # the key of the next assignment added: keys keep the order
        for assignment in assignments:
            self._add(assignment)

    def __iter__(self) -> Iterator[Assignment]:
        return iter(self._items.values())

    @property
    def names(self) -> Collection[str]:
        """The names of the assignments held."""
        return self._by_name.keys()

    def _add(self, assignment: Assignment) -> None:
        key = self._added
        self._added += 1
        self._items[key] = assignment
        self._by_name.setdefault(assignment.name, []).append(key)
        self._count(assignment, 1)

    def _count(self, assignment: Assignment, sign: int) -> None:
        if assignment.budget is None:
            self._unbudgeted += sign
        elif sign > 0:
            self._total = EXACT.add(self._total, assignment.budget)
        else:
            self._total = EXACT.subtract(self._total, assignment.budget)

    def _removed_by(self, revision: Revision) -> list[Assignment]:
        names = dict.fromkeys(revision.removes)
        return [self._items[key] for name in names for key in self._by_name.get(name, ())]

    def apply(self, revision: Revision) -> None:
        """Apply ``revision``: the assignments it names removed, the ones it adds appended."""
        for name in revision.removes:
            for key in self._by_name.pop(name, ()):
                self._count(self._items.pop(key), -1)
        for assignment in revision.adds:
            self._add(assignment)

    def budget(self) -> Decimal | None:
        """The total budget, or ``None`` when any assignment has no stated budget."""
        return None if self._unbudgeted else self._total

    def budget_after(self, revision: Revision) -> Decimal | None:
        """The total budget :meth:`apply` would leave, without applying ``revision``."""
        removed = self._removed_by(revision)
        missing = sum(a.budget is None for a in revision.adds)
        if self._unbudgeted - sum(a.budget is None for a in removed) + missing:
            return None
        added = exact_sum(a.budget for a in revision.adds if a.budget is not None)
        taken = exact_sum(a.budget for a in removed if a.budget is not None)
        return exact_difference(EXACT.add(self._total, added), taken)


def total_budget(assignments: Iterable[Assignment]) -> Decimal | None:
    """The sum of the budgets, or ``None`` when any assignment has no stated budget."""
    total = Decimal(0)
    for item in assignments:
        if item.budget is None:
            return None
        total = EXACT.add(total, item.budget)
    return total
