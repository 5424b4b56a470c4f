"""The report of a bundle: every item checked, each finding placed in the bundle.

:func:`~samverkan.rules.check` checks a :class:`~samverkan.model.kinds.Bundle` item by item
and returns a :class:`BundleReport`: a finding's path is relative to its item, so
``$.parties[1]`` of the third item becomes ``$.items[2].parties[1]``, and the finding carries
the name of the item it concerns. The outcome is over every item.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan._frozen import frozen
from samverkan.rules.finding import Finding, Outcome, Report, Severity

__all__ = ["BundleReport", "Located", "item_name", "located"]


@frozen
class Located:
    """A finding with its path in the whole document or bundle, and the name of the item it
    concerns when the subject is a bundle."""

    finding: Finding
    path: str
    item: str | None = None


def located(report: Report, prefix: str = "$", item: str | None = None) -> list[Located]:
    """The findings of ``report`` with their paths under ``prefix`` (``$.items[2]``)."""
    return [Located(f, prefix + f.path.removeprefix("$"), item) for f in report]


def item_name(item: object) -> str:
    """How a report names an item of a bundle: its short name and name, or its class."""
    short = getattr(item, "short_name", None)
    name = getattr(item, "name", None)
    if short and name:
        return f"{short}: {name}"
    return str(short or name or type(item).__name__)


@frozen
class BundleReport:
    """The findings of several subjects checked together, most serious first, and the report
    of each."""

    as_of: date
    findings: tuple[Located, ...]
    reports: tuple[Report, ...] = ()

    def under(self, prefix: str) -> BundleReport:
        """The same report with every path placed under ``prefix`` (``$.content``)."""
        moved = (Located(f.finding, prefix + f.path.removeprefix("$"), f.item) for f in self)
        return BundleReport(self.as_of, tuple(moved), self.reports)

    def __iter__(self) -> Iterator[Located]:
        return iter(self.findings)

    @property
    def ok(self) -> bool:
        """``True`` when no finding is an error."""
        return not any(f.finding.severity is Severity.ERROR for f in self.findings)

    @property
    def outcome(self) -> Outcome:
        """Errors in any subject; else not judged when no subject was judged; else no errors."""
        if not self.ok:
            return Outcome.ERRORS
        if all(report.outcome is Outcome.NOT_JUDGED for report in self.reports):
            return Outcome.NOT_JUDGED
        return Outcome.NO_ERRORS

    def count(self, attribute: str) -> int:
        """The number of rule ids in ``attribute`` (``judged``, ``not_judged`` or
        ``not_in_force``) over every subject's report."""
        return sum(len(getattr(report, attribute)) for report in self.reports)

    def rules(self, attribute: str) -> list[str]:
        """The rule ids in ``attribute`` over every subject's report, each once."""
        found = (rule for report in self.reports for rule in getattr(report, attribute))
        return list(dict.fromkeys(found))
