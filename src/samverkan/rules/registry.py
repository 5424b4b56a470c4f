"""The rule registry: every legal rule samverkan checks, with its citations and dates.

A rule is a function decorated with :func:`rule`. The decorator records a stable id (as in the
project's rule table, e.g. ``KL-9-24-representation``), the provisions it rests on, the dates
between which it applies, its severity and how well its legal basis is verified. The
function's docstring paraphrases the provision and must say what the rule does not check, in a
section that starts with ``Does not check:``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, TypeVar

from attrs import frozen

from samverkan.errors import UnknownRuleError
from samverkan.law import Citation, Verification, parse_citation
from samverkan.rules.finding import Finding, Severity

__all__ = ["DIGEST_DATE", "REGISTRY", "Rule", "RuleRegistry", "rule"]

#: The date of the newest statute text the rules were checked against.
DIGEST_DATE = date(2026, 2, 22)

_RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[0-9A-Za-z]+)+\Z")
BLIND_SPOTS_HEADING = "Does not check:"

CheckFunction = Callable[[Any, Any], Iterable[Finding]]
_F = TypeVar("_F", bound=CheckFunction)


@frozen(eq=False)
class Rule:
    """A registered rule.

    ``applies_to`` are the model classes the rule inspects. ``valid_to`` is the last day the
    rule applies, or ``None``.
    """

    id: str
    applies_to: tuple[type, ...]
    citations: tuple[Citation, ...]
    valid_from: date
    valid_to: date | None
    severity: Severity
    verification: Verification
    verified_on: date
    check: CheckFunction

    @property
    def doc(self) -> str:
        """The rule's docstring, dedented."""
        return inspect.getdoc(self.check) or ""

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.split("\n", 1)[0]

    @property
    def description(self) -> str:
        """The docstring up to the blind-spots section."""
        return self.doc.split(BLIND_SPOTS_HEADING, 1)[0].strip()

    @property
    def blind_spots(self) -> str:
        """What the rule deliberately does not check."""
        parts = self.doc.split(BLIND_SPOTS_HEADING, 1)
        return parts[1].strip() if len(parts) == 2 else ""

    def in_force_on(self, on: date) -> bool:
        """Whether the rule applies on ``on``."""
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def applies_to_subject(self, subject: object) -> bool:
        """Whether the rule inspects objects like ``subject``."""
        return isinstance(subject, self.applies_to)


class RuleRegistry:
    """An ordered collection of rules, looked up by id or by subject and date."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def add(self, item: Rule) -> None:
        """Register a rule; ids are unique, and a recalled fact cannot make an error."""
        if item.id in self._rules:
            raise ValueError(f"rule {item.id} is already registered")
        if not _RULE_ID.match(item.id):
            raise ValueError(f"rule id {item.id!r} is not of the form KL-9-24-representation")
        if not item.citations:
            raise ValueError(f"rule {item.id} cites no provision")
        if item.verification is Verification.RECALLED and item.severity is Severity.ERROR:
            raise ValueError(f"rule {item.id} rests on a recalled fact and cannot be an error")
        if not item.blind_spots:
            raise ValueError(f"rule {item.id} has no '{BLIND_SPOTS_HEADING}' section")
        self._rules[item.id] = item

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def get(self, rule_id: str) -> Rule:
        """The rule with id ``rule_id``."""
        try:
            return self._rules[rule_id]
        except KeyError:
            raise UnknownRuleError(rule_id, list(self._rules)) from None

    def for_subject(self, subject: object) -> list[Rule]:
        """The rules that inspect objects like ``subject``, in registration order."""
        return [r for r in self._rules.values() if r.applies_to_subject(subject)]


#: The registry of samverkan's own rules.
REGISTRY = RuleRegistry()


def rule(
    rule_id: str,
    *,
    applies_to: type | tuple[type, ...],
    cites: Iterable[str],
    valid_from: date,
    valid_to: date | None = None,
    severity: Severity = Severity.ERROR,
    verification: Verification = Verification.VERIFIED_RK,
    verified_on: date = DIGEST_DATE,
    registry: RuleRegistry = REGISTRY,
) -> Callable[[_F], _F]:
    """Register the decorated check function as a rule.

    ``cites`` are citations as text (``"KL 9:24"``), read with the act in force on
    ``valid_from``.
    """

    def decorate(function: _F) -> _F:
        kinds = applies_to if isinstance(applies_to, tuple) else (applies_to,)
        citations = tuple(parse_citation(text, on=valid_from) for text in cites)
        registry.add(
            Rule(
                rule_id,
                kinds,
                citations,
                valid_from,
                valid_to,
                severity,
                verification,
                verified_on,
                function,
            )
        )
        return function

    return decorate
