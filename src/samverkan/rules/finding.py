"""Findings and reports: what a check says about a subject.

A :class:`Finding` is one legal observation: which rule, how serious, which provisions, where
in the subject (``$.parties[2]``), a message with parameters, and the facts behind it. A
:class:`Report` collects every finding of one check.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date
from typing import Any

from attrs import field, frozen

from samverkan.i18n import DEFAULT_LOCALE, render
from samverkan.law import Citation

__all__ = ["Finding", "Report", "Severity"]


class Severity(enum.Enum):
    """How serious a finding is."""

    #: The subject conflicts with the law.
    ERROR = "error"
    #: Probably a problem, or a rule resting on a fact not verified against a source.
    WARNING = "warning"
    #: Something for the user to assess; not a verdict.
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information."""
        return list(Severity).index(self)


@frozen(hash=False)
class Finding:
    """One observation by one rule about one element of the subject."""

    rule_id: str
    severity: Severity
    citations: tuple[Citation, ...]
    path: str
    message_id: str
    params: dict[str, Any] = field(factory=dict)
    facts: dict[str, Any] = field(factory=dict)

    def message(self, locale: str = DEFAULT_LOCALE) -> str:
        """The message in ``locale`` with its parameters filled in."""
        return render(self.message_id, self.params, locale)


@frozen(hash=False)
class Report:
    """Every finding of one check of one subject on one date.

    ``applied`` lists the ids of the rules that ran; ``not_in_force`` those that exist for this
    kind of subject but did not apply on ``as_of``.
    """

    subject_kind: str
    as_of: date
    findings: tuple[Finding, ...]
    applied: tuple[str, ...] = ()
    not_in_force: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity info."""
        return self._of(Severity.INFO)

    @property
    def ok(self) -> bool:
        """``True`` when there is no error (warnings and information allowed)."""
        return not self.errors

    def by_rule(self, rule_id: str) -> tuple[Finding, ...]:
        """The findings of one rule."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)
