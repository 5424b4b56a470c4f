"""The rule registry: every rule samverkan checks, with its citations and dates.

A legal rule is a function decorated with :func:`rule`. The decorator records a stable id
(``KL-9-24-representation``), the provisions it rests on, the dates between which it applies,
its severity and how well its legal basis is verified. A consistency rule, decorated with
:func:`consistency_rule`, checks the parties' own arithmetic or agreement and cites no statute.
The function's docstring paraphrases the provision and must say what the rule does not check,
in a section that starts with ``Does not check:``.

The registry enforces the severity policy (:doc:`/reference/severity`): a legal rule cites at
least one provision, every act it cites is in force throughout the rule's dates, and a rule
resting on a recalled fact cannot report an error; a consistency rule cites no provision,
carries no verification label and reports at most a warning.
"""

from __future__ import annotations

import enum
import inspect
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, TypeVar

from samverkan._frozen import frozen
from samverkan.errors import UnknownRuleError, UnknownStatuteError
from samverkan.law import CATALOGUE, Citation, Verification, parse_citation
from samverkan.rules.finding import Finding, Severity

__all__ = [
    "DIGEST_DATE",
    "REGISTRY",
    "Rule",
    "RuleKind",
    "RulePlan",
    "RuleRegistry",
    "consistency_rule",
    "rule",
]

#: The date of the newest statute text the rules were checked against.
DIGEST_DATE = date(2026, 2, 22)

_RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[0-9A-Za-z]+)+\Z")
#: The first day a consistency rule applies: the parties' arithmetic has no start date.
ALWAYS = date(1, 1, 1)
BLIND_SPOTS_HEADING = "Does not check:"

CheckFunction = Callable[[Any, Any], Iterable[Finding]]
_F = TypeVar("_F", bound=CheckFunction)


class RuleKind(enum.Enum):
    """Whether a rule applies a statute or checks the parties' own consistency."""

    #: Applies one or more provisions of a statute.
    LAW = "law"
    #: Checks the parties' own arithmetic or agreement; cites no statute.
    CONSISTENCY = "consistency"


@frozen(eq=False)
class Rule:
    """A registered rule.

    ``applies_to`` are the model classes the rule inspects; ``applies_when``, where given,
    narrows them to the subjects the provision governs (a lag 2003:192 committee, a
    kollektivtrafikmyndighet). ``valid_to`` is the last day the rule applies, or ``None``. A
    consistency rule has no citations and no verification.
    """

    id: str
    applies_to: tuple[type, ...]
    citations: tuple[Citation, ...]
    valid_from: date
    valid_to: date | None
    severity: Severity
    verification: Verification | None
    verified_on: date
    check: CheckFunction
    kind: RuleKind = RuleKind.LAW
    applies_when: Callable[[Any], bool] | None = None

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

    def governs(self, subject: object) -> bool:
        """Whether the provision governs this particular ``subject`` (see ``applies_when``)."""
        return self.applies_when is None or self.applies_when(subject)


class RuleRegistry:
    """An ordered collection of rules, looked up by id or by subject and date.

    ``load``, where given, is called once, at the first use of the registry, to register its
    rules (:data:`REGISTRY` imports samverkan's rule modules then, not when
    :mod:`samverkan.rules` is imported). Rules added before that come after the loaded ones.
    """

    def __init__(self, load: Callable[[], object] | None = None) -> None:
        self._rules: dict[str, Rule] = {}
        self._by_type: dict[type, list[Rule]] = {}  # _for_class's answers; emptied by add
        self._plans: dict[tuple[type, date], RulePlan] = {}  # plan's answers; emptied by add
        self._load = load
        self._ready = load is None
        self._loading = False
        self._lock = threading.RLock()

    def _loaded(self) -> dict[str, Rule]:
        """The rules, loading them first if that has not been done (once, in one thread)."""
        if not self._ready:
            with self._lock:
                if not self._ready and not self._loading and self._load is not None:
                    self._loading = True
                    early, self._rules = self._rules, {}
                    try:
                        self._load()
                    finally:
                        self._loading = False
                        self._ready = True
                        for item in early.values():
                            self._insert(item)
        return self._rules

    def add(self, item: Rule) -> None:
        """Register a rule, enforcing the severity policy (see the module docstring)."""
        if not _RULE_ID.match(item.id):
            raise ValueError(f"rule id {item.id!r} is not of the form KL-9-24-representation")
        if not item.blind_spots:
            raise ValueError(f"rule {item.id} has no '{BLIND_SPOTS_HEADING}' section")
        if item.kind is RuleKind.CONSISTENCY:
            _check_consistency_policy(item)
        else:
            _check_legal_policy(item)
        self._insert(item)

    def _insert(self, item: Rule) -> None:
        """Add a rule whose policy was checked; an id may be registered only once."""
        if item.id in self._rules:
            raise ValueError(f"rule {item.id} is already registered")
        self._rules[item.id] = item
        self._by_type.clear()
        self._plans.clear()

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._loaded().values())

    def __len__(self) -> int:
        return len(self._loaded())

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._loaded()

    def get(self, rule_id: str) -> Rule:
        """The rule with id ``rule_id``."""
        try:
            return self._loaded()[rule_id]
        except KeyError:
            raise UnknownRuleError(rule_id, list(self._rules)) from None

    def for_subject(self, subject: object) -> list[Rule]:
        """The rules that inspect objects like ``subject``, in registration order."""
        return list(self._for_class(type(subject)))

    def _for_class(self, cls: type) -> list[Rule]:
        """The rules that inspect objects of class ``cls``, whatever their dates (kept)."""
        found = self._by_type.get(cls)
        if found is None:
            found = [r for r in self._loaded().values() if issubclass(cls, r.applies_to)]
            self._by_type[cls] = found
        return found

    def plan(self, cls: type, on: date) -> RulePlan:
        """The rules for subjects of class ``cls`` split into those in force on ``on`` and the
        ids of those not in force, in registration order (computed once per class and date)."""
        key = (cls, on)
        found = self._plans.get(key)
        if found is None:
            candidates = self._for_class(cls)
            found = RulePlan(
                bool(candidates),
                tuple(r for r in candidates if r.in_force_on(on)),
                tuple(r.id for r in candidates if not r.in_force_on(on)),
            )
            if len(self._plans) >= _PLANS_KEPT:
                self._plans.clear()
            self._plans[key] = found
        return found


#: How many (class, date) plans a registry keeps before it starts afresh.
_PLANS_KEPT = 4096


@frozen(eq=False)
class RulePlan:
    """The rules for one class of subject on one date (see :meth:`RuleRegistry.plan`).

    ``known`` says whether any rule inspects the class at all, whatever its dates.
    """

    known: bool
    in_force: tuple[Rule, ...]
    not_in_force: tuple[str, ...]


def _check_legal_policy(item: Rule) -> None:
    if not item.citations:
        raise ValueError(f"rule {item.id} cites no provision")
    if item.verification is None:
        raise ValueError(f"rule {item.id} has no verification label")
    if not item.verification.is_verified and item.severity is Severity.ERROR:
        raise ValueError(f"rule {item.id} rests on a recalled fact and cannot be an error")
    for citation in item.citations:
        _check_in_force_throughout(item, citation)


def _check_in_force_throughout(item: Rule, citation: Citation) -> None:
    """Every act a rule cites must be in force on the rule's first and last day."""
    try:
        act = CATALOGUE.get(citation.sfs)
    except UnknownStatuteError:
        return
    days = [item.valid_from] + ([item.valid_to] if item.valid_to is not None else [])
    if act.repealed_on is not None and item.valid_to is None:
        days.append(act.repealed_on)
    for day in days:
        if not act.in_force_on(day):
            raise ValueError(
                f"rule {item.id} cites {citation.short()}, which is not in force on "
                f"{day.isoformat()}"
            )


def _check_consistency_policy(item: Rule) -> None:
    if item.citations:
        raise ValueError(f"consistency rule {item.id} may not cite a statute")
    if item.verification is not None:
        raise ValueError(f"consistency rule {item.id} carries no verification label")
    if item.severity is Severity.ERROR:
        raise ValueError(f"consistency rule {item.id} cannot report an error")


def _register_own_rules() -> None:
    from samverkan.rules.discovery import register_all

    register_all()


#: The registry of samverkan's own rules, which imports the rule modules at its first use.
REGISTRY = RuleRegistry(_register_own_rules)


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
    applies_when: Callable[[Any], bool] | None = None,
    registry: RuleRegistry = REGISTRY,
) -> Callable[[_F], _F]:
    """Register the decorated check function as a rule.

    ``cites`` are citations as text (``"KL 9:24"``), read with the act in force on
    ``valid_from``. ``applies_when`` narrows the subjects the rule governs; a subject outside
    it is reported as one the rule does not apply to, not as judged.
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
                RuleKind.LAW,
                applies_when,
            )
        )
        return function

    return decorate


def consistency_rule(
    rule_id: str,
    *,
    applies_to: type | tuple[type, ...],
    severity: Severity = Severity.WARNING,
    registry: RuleRegistry = REGISTRY,
) -> Callable[[_F], _F]:
    """Register the decorated check function as a consistency rule.

    A consistency rule checks the parties' own arithmetic or agreement on any date; it cites no
    statute and reports at most a warning.
    """

    def decorate(function: _F) -> _F:
        kinds = applies_to if isinstance(applies_to, tuple) else (applies_to,)
        registry.add(
            Rule(
                rule_id,
                kinds,
                (),
                ALWAYS,
                None,
                severity,
                None,
                DIGEST_DATE,
                function,
                RuleKind.CONSISTENCY,
            )
        )
        return function

    return decorate
