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

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from attrs import field, frozen
from dateutil.relativedelta import relativedelta

from samverkan.model.common import Adoption, Participant, Period, non_negative
from samverkan.money import EXACT

__all__ = [
    "AgreementRegister",
    "AgreementReport",
    "AgreementUse",
    "Assignment",
    "CooperationAgreement",
    "Extension",
    "ReportingDuty",
    "Revision",
    "apply_revision",
    "total_budget",
]


@frozen
class Assignment:
    """*Uppdrag*: one task the agreement gives the region, within an ``area``.

    ``budget`` is the yearly amount in SEK where the agreement states one; ``None`` means the
    document gives no figure (it is never guessed).
    """

    name: str
    area: str
    description: str = ""
    budget: Decimal | None = field(default=None, validator=non_negative)


@frozen
class Extension:
    """*Förlängning*: the agreement now runs ``until`` (inclusive).

    ``decided_on`` is the day of the decision where known; ``reference`` how the decision is
    cited (e.g. "beslut december 2020").
    """

    until: date
    decided_on: date | None = None
    decided_by: Participant | None = None
    reference: str | None = None


@frozen
class Revision:
    """*Revidering*: assignments removed (by name) and added.

    ``claims_budget_unchanged`` records whether the revision says that the total budget stays
    the same (``None``: it says nothing). ``effective`` is the day the revised agreement
    applies from; ``None`` while it is only proposed.
    """

    proposed_on: date
    removes: tuple[str, ...] = ()
    adds: tuple[Assignment, ...] = ()
    claims_budget_unchanged: bool | None = None
    effective: date | None = None
    reference: str | None = None


@frozen
class ReportingDuty:
    """The duty to report how the agreement is fulfilled (*årlig redovisning*).

    A report for a year is expected ``months_after_year_end`` months after that year ends
    (default: within the following year).
    """

    form: str = "verksamhetsberättelse"
    to: str = ""
    months_after_year_end: int = 12

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

    year: int
    presented_on: date | None = None
    form: str = "verksamhetsberättelse"
    presented_to: tuple[str, ...] = ()


@frozen
class AgreementUse:
    """An act that relies on the agreement (a payment, a report, work on an assignment)."""

    on: date
    what: str


@frozen
class CooperationAgreement:
    """*Överenskommelse / samverkansavtal* between a ``region`` and the ``municipalities``.

    ``responsible`` names the region's organ answering for the agreement. The agreement runs
    for ``period``, extended by the latest of ``extensions``.
    """

    title: str
    region: Participant
    period: Period
    municipalities: tuple[Participant, ...] = ()
    responsible: str | None = None
    adoptions: tuple[Adoption, ...] = ()
    extensions: tuple[Extension, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    revisions: tuple[Revision, ...] = ()
    reporting: ReportingDuty | None = None
    reports: tuple[AgreementReport, ...] = ()
    uses: tuple[AgreementUse, ...] = ()

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
        current = list(self.assignments)
        for revision in sorted(self.revisions, key=lambda r: r.effective or date.max):
            if revision.effective is None or revision.effective > day:
                continue
            current = apply_revision(current, revision)
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

    def report_for(self, year: int) -> AgreementReport | None:
        """The report for ``year``, or ``None``."""
        for report in self.reports:
            if report.year == year:
                return report
        return None


def apply_revision(assignments: Iterable[Assignment], revision: Revision) -> list[Assignment]:
    """``assignments`` after ``revision``: the removed names dropped, the added appended."""
    kept = [a for a in assignments if a.name not in revision.removes]
    return kept + list(revision.adds)


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

    agreements: tuple[CooperationAgreement, ...] = ()

    def covering(self, assignment: str, day: date) -> tuple[CooperationAgreement, ...]:
        """The agreements that hold ``assignment`` on ``day``."""
        return tuple(
            a
            for a in self.agreements
            if a.in_force_on(day) and any(x.name == assignment for x in a.assignments_on(day))
        )
