"""Cooperation agreements between a region and its county's municipalities
(*överenskommelse om samverkan*, *samverkansavtal*).

Such an agreement runs for a period, may be extended (*förlängd*), gives the region
assignments (*uppdrag*) grouped by area (*område*), each with a budget where the agreement
states one, and is revised (*reviderad*) by adding and removing assignments. The region
reports yearly how the agreement has been fulfilled, usually in a *verksamhetsberättelse*.

>>> from dateutil.relativedelta import relativedelta
>>> from samverkan.parties import registry
>>> agreement = CooperationAgreement(
...     "Överenskommelse om regional samverkan",
...     region=registry().region("23"),
...     period=Period(date(2019, 1, 1), date(2021, 12, 31)),
...     assignments=(Assignment("FoU Jämt", "Social välfärd och folkhälsa"),),
... )
>>> agreement.extended(relativedelta(years=1)).end
datetime.date(2022, 12, 31)
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Collection, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from attrs import frozen
from dateutil.relativedelta import relativedelta

from samverkan.model.common import (
    Adoption,
    Participant,
    Period,
    described,
    non_negative,
    participant,
    participants,
)
from samverkan.model.provenance import Source
from samverkan.money import EXACT, exact_difference, exact_sum

__all__ = [
    "AgreementRegister",
    "AgreementReport",
    "AgreementUse",
    "Assignment",
    "CareGroup",
    "CooperationAgreement",
    "Extension",
    "ReportingDuty",
    "RevisedAssignments",
    "Revision",
    "apply_revision",
    "total_budget",
]


class CareGroup(enum.Enum):
    """The groups HSL 16 kap. 3 § 1–3 requires a region–kommun överenskommelse on."""

    #: Personer med psykisk funktionsnedsättning (p. 1).
    PSYCHIATRIC_DISABILITY = "personer med psykisk funktionsnedsättning"
    #: Personer som missbrukar alkohol, narkotika, andra beroendeframkallande medel,
    #: läkemedel, dopningsmedel eller spel om pengar (p. 2).
    SUBSTANCE_OR_GAMBLING = "personer med missbruk eller spel om pengar"
    #: Barn och unga som vårdas utanför det egna hemmet eller är placerade i ett skyddat
    #: boende (p. 3).
    CHILDREN_IN_CARE = "barn och unga som vårdas utanför det egna hemmet"


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
class Extension:
    """*Förlängning*: the agreement now runs ``until`` (inclusive).

    ``decided_on`` is the day of the decision where known; ``reference`` how the decision is
    cited (e.g. "beslut december 2020").
    """

    until: date = described("The new last day of the agreement, included (förlängning).")
    decided_on: date | None = described(
        "The day of the decision to extend.",
        default=None,
    )
    decided_by: Participant | None = described(
        "The party that decided.",
        default=None,
    )
    reference: str | None = described(
        "How the decision is cited, e.g. 'beslut december 2020'.",
        default=None,
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


@frozen
class ReportingDuty:
    """The duty to report how the agreement is fulfilled (*årlig redovisning*).

    A report for a year is expected ``months_after_year_end`` months after that year ends
    (default: within the following year).
    """

    form: str = described(
        "The form of the yearly report, e.g. 'verksamhetsberättelse'.",
        default="verksamhetsberättelse",
    )
    to: str = described(
        "Whom the report goes to.",
        default="",
    )
    months_after_year_end: int = described(
        "Months after a year ends when its report is due.",
        default=12,
    )

    def due(self, year: int) -> date:
        """The last day on which the report for ``year`` is on time.

        >>> ReportingDuty(months_after_year_end=2).due(2020)
        datetime.date(2021, 2, 28)
        """
        return date(year, 12, 31) + relativedelta(months=self.months_after_year_end, day=31)


@frozen
class AgreementReport:
    """A report made under the agreement: the ``form`` for ``year``, presented on
    ``presented_on`` to the forums in ``presented_to``.
    """

    year: int = described("The year reported on.")
    presented_on: date | None = described(
        "The day the report was presented.",
        default=None,
    )
    form: str = described(
        "The form of the report, e.g. 'verksamhetsberättelse'.",
        default="verksamhetsberättelse",
    )
    presented_to: tuple[str, ...] = described(
        "The forums it was presented to.",
        default=(),
    )


@frozen
class AgreementUse:
    """An act that relies on the agreement (a payment, a report, work on an assignment)."""

    on: date = described("The day of the act.")
    what: str = described("The act that relies on the agreement.")


@frozen
class CooperationAgreement:
    """*Överenskommelse / samverkansavtal* between a ``region`` and the ``municipalities``.

    ``responsible`` names the region's organ answering for the agreement. The agreement runs
    for ``period``, extended by the latest of ``extensions``.
    """

    title: str = described("The agreement's title (överenskommelse, samverkansavtal).")
    region: Participant = described(
        "The region that is party to the agreement.", validator=participant
    )
    period: Period = described("The period the agreement runs (avtalsperiod).")
    municipalities: tuple[Participant, ...] = described(
        "The municipalities that are parties.",
        default=(),
        validator=participants,
    )
    responsible: str | None = described(
        "The region's organ answering for the agreement.",
        default=None,
    )
    adoptions: tuple[Adoption, ...] = described(
        "The parties' decisions to adopt it.",
        default=(),
    )
    extensions: tuple[Extension, ...] = described(
        "Extensions of the agreement (förlängningar).",
        default=(),
    )
    assignments: tuple[Assignment, ...] = described(
        "The assignments (uppdrag) it gives the region.",
        default=(),
    )
    revisions: tuple[Revision, ...] = described(
        "Revisions (revideringar) of the assignments.",
        default=(),
    )
    reporting: ReportingDuty | None = described(
        "The duty to report how it is fulfilled.",
        default=None,
    )
    reports: tuple[AgreementReport, ...] = described(
        "The reports made under it.",
        default=(),
    )
    uses: tuple[AgreementUse, ...] = described(
        "Acts that rely on the agreement.",
        default=(),
    )
    care_groups: frozenset[CareGroup] | None = described(
        "For the överenskommelse a region must conclude with a kommun under HSL 16:3: the groups "
        "it covers; left out when the agreement is not one.",
        default=None,
    )
    discharge_guidelines_by: tuple[Participant, ...] = described(
        "For the joint guidelines on samverkan vid utskrivning från sluten vård (lag 2017:612 "
        "4 kap. 4 §): the parties that drew them up; left out when the agreement holds none.",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    @property
    def end(self) -> date | None:
        """The last day of the agreement, extensions included (``None``: open-ended)."""
        if self.period.end is None:
            return None
        return max([self.period.end, *(e.until for e in self.extensions)])

    @property
    def effective_period(self) -> Period:
        """The period the agreement runs, extensions included."""
        return Period(self.period.start, self.end)

    def in_force_on(self, day: date) -> bool:
        """Whether the agreement applies on ``day``."""
        return self.effective_period.contains(day)

    def extended(self, delta: relativedelta, **kwargs: Any) -> CooperationAgreement:
        """The agreement with one more extension, ``delta`` beyond its current end."""
        if self.end is None:
            raise ValueError("an open-ended agreement cannot be extended")
        extension = Extension(self.end + delta, **kwargs)
        return attrs.evolve(self, extensions=(*self.extensions, extension))

    def assignments_on(self, day: date) -> tuple[Assignment, ...]:
        """The assignments in force on ``day``: revisions effective by then applied in order."""
        current = RevisedAssignments(self.assignments)
        for revision in sorted(self.revisions, key=lambda r: r.effective or date.max):
            if revision.effective is None or revision.effective > day:
                continue
            current.apply(revision)
        return tuple(current)

    def all_assignment_names(self) -> tuple[str, ...]:
        """The names of every assignment the agreement has held or holds, revisions included
        once they take effect.
        """
        names = [a.name for a in self.assignments]
        for revision in self.revisions:
            if revision.effective is not None:
                names.extend(a.name for a in revision.adds)
        return tuple(dict.fromkeys(names))

    def by_area(self, day: date | None = None) -> dict[str, tuple[Assignment, ...]]:
        """The assignments (in force on ``day``, default: as first agreed) grouped by area."""
        items = self.assignments if day is None else self.assignments_on(day)
        groups: dict[str, list[Assignment]] = {}
        for item in items:
            groups.setdefault(item.area, []).append(item)
        return {area: tuple(group) for area, group in groups.items()}

    @functools.cached_property
    def _reports_by_year(self) -> dict[int, AgreementReport]:
        """The first report for each year (made once, when first asked)."""
        by_year: dict[int, AgreementReport] = {}
        for report in self.reports:
            by_year.setdefault(report.year, report)
        return by_year

    def report_for(self, year: int) -> AgreementReport | None:
        """The report for ``year``, or ``None``."""
        return self._reports_by_year.get(year)


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


@frozen
class AgreementRegister:
    """A register of cooperation agreements (*avtalsregister*), checked as a whole for
    agreements that give the same assignment over the same time.
    """

    agreements: tuple[CooperationAgreement, ...] = described(
        "The agreements in the register (avtalsregister).",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    def covering(self, assignment: str, day: date) -> tuple[CooperationAgreement, ...]:
        """The agreements that hold ``assignment`` on ``day``."""
        return tuple(
            a
            for a in self.agreements
            if a.in_force_on(day) and any(x.name == assignment for x in a.assignments_on(day))
        )
