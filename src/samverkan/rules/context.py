"""What a rule sees besides its subject: the date, the registries, and itself."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from attrs import field

from samverkan._frozen import frozen
from samverkan.law import Citation, regional_level_term
from samverkan.parties import Registry, registry
from samverkan.rules.finding import Category, Finding, Severity
from samverkan.rules.registry import RuleKind

if TYPE_CHECKING:
    from samverkan.competence import TaskAreaCatalogue
    from samverkan.rules.registry import Rule

__all__ = ["Context", "RuleContext"]


def _bundled_competence() -> TaskAreaCatalogue:
    from samverkan.competence import CATALOGUE

    return CATALOGUE


@frozen
class Context:
    """The circumstances of one check: the date and the registries to consult.

    Applications pass their own ``competence`` catalogue to check tasks they have added.
    """

    as_of: date
    parties: Registry = field(factory=registry)
    competence: TaskAreaCatalogue = field(factory=_bundled_competence)


@frozen
class RuleContext:
    """A :class:`Context` bound to the rule being run, which makes its findings."""

    rule: Rule
    context: Context
    #: The date the subject is checked as of (the context's, read by most rules).
    as_of: date = field(init=False, eq=False, repr=False)
    #: What every finding of the rule has unless told otherwise, taken from the rule once.
    _rule_id: str = field(init=False, eq=False, repr=False)
    _severity: Severity = field(init=False, eq=False, repr=False)
    _citations: tuple[Citation, ...] = field(init=False, eq=False, repr=False)
    _category: Category = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        is_law = self.rule.kind is RuleKind.LAW
        defaults = {
            "as_of": self.context.as_of,
            "_rule_id": self.rule.id,
            "_severity": self.rule.severity,
            "_citations": self.rule.citations,
            "_category": Category.LAW if is_law else Category.CONSISTENCY,
        }
        for name, value in defaults.items():
            object.__setattr__(self, name, value)

    @property
    def regional_word(self) -> str:
        """ "region", or "landsting" before 2020-01-01 (SFS 2019:835)."""
        return regional_level_term(self.as_of)

    def finding(
        self,
        message: str,
        *,
        path: str,
        severity: Severity | None = None,
        citations: tuple[Citation, ...] | None = None,
        facts: dict[str, Any] | None = None,
        category: Category | None = None,
        fix: str | None = None,
        **params: Any,
    ) -> Finding:
        """A finding of this rule at ``path`` with ``message`` and its parameters.

        ``citations`` are the provisions that decide this finding; by default every provision
        the rule lists. A consistency rule's findings cite nothing. ``fix`` is a catalogued
        hint (``N_``) saying what would make the subject lawful, where the law gives one
        answer; it is rendered with the same parameters as the message.
        """
        return Finding(
            self._rule_id,
            severity or self._severity,
            self._citations if citations is None else citations,
            path,
            message,
            params,  # the call's own keyword dict: no one else holds it
            dict(facts) if facts else {},
            category or self._category,
            fix,
        )

    def not_recorded(
        self,
        message: str,
        *,
        path: str,
        citations: tuple[Citation, ...] | None = None,
        facts: dict[str, Any] | None = None,
        **params: Any,
    ) -> Finding:
        """Information that a fact this rule needs is not recorded, so it was not judged."""
        return self._gap(Category.NOT_RECORDED, message, path, citations, facts, params)

    def not_judged(
        self,
        message: str,
        *,
        path: str,
        citations: tuple[Citation, ...] | None = None,
        facts: dict[str, Any] | None = None,
        **params: Any,
    ) -> Finding:
        """Information that part of the subject lies outside what samverkan encodes."""
        return self._gap(Category.NOT_JUDGED, message, path, citations, facts, params)

    def _gap(
        self,
        category: Category,
        message: str,
        path: str,
        citations: tuple[Citation, ...] | None,
        facts: dict[str, Any] | None,
        params: dict[str, Any],
    ) -> Finding:
        return self.finding(
            message,
            path=path,
            severity=Severity.INFO,
            citations=citations,
            facts=facts,
            category=category,
            **params,
        )
