"""Findings and reports: what a check says about a subject.

A :class:`Finding` is one observation: which rule, how serious, of which :class:`Category`,
which provisions decide it, where in the subject (``$.parties[2]``), a message with
parameters, the facts behind it and, for an error the law resolves one way, a fix hint (what
would make it lawful) rendered with the same parameters. A :class:`Report` collects every
finding of one check, says what was judged (its coverage) and gives one of three
:class:`Outcome` values.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date
from typing import Any

from attrs import field

from samverkan._frozen import frozen
from samverkan.i18n import DEFAULT_LOCALE, N_, render
from samverkan.law import Citation

__all__ = [
    "CATEGORY_LABELS",
    "FIX_LABEL",
    "GAP_CATEGORIES",
    "OUTCOME_LABELS",
    "SEVERITY_LABELS",
    "SEVERITY_RANKS",
    "Category",
    "Finding",
    "Outcome",
    "Report",
    "Severity",
]


class Severity(enum.Enum):
    """How serious a finding is (see :doc:`/reference/severity`)."""

    #: The subject conflicts with a provision in force whose text has been verified.
    ERROR = "error"
    #: An open question in the law, a rule resting on a fact not verified against the text,
    #: or the parties' own arrangements disagreeing with themselves.
    WARNING = "warning"
    #: Something for the user to assess, or something not judged; not a verdict.
    INFO = "info"

    #: Members are compared by identity, so they are hashed by identity too, in C: the engine
    #: looks a severity up for every finding it orders.
    __hash__ = object.__hash__

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information."""
        return SEVERITY_RANKS[self]


#: Each severity's :attr:`Severity.rank`.
SEVERITY_RANKS = {severity: rank for rank, severity in enumerate(Severity)}


#: How people read each severity (Swedish msgids, translated when shown).
SEVERITY_LABELS = {
    Severity.ERROR: N_("fel"),
    Severity.WARNING: N_("varning"),
    Severity.INFO: N_("information"),
}


class Category(enum.Enum):
    """What kind of observation a finding is."""

    #: A judgement under the provisions the finding cites.
    LAW = "law"
    #: The parties' own arithmetic or instrument disagrees with itself; no statute is cited.
    CONSISTENCY = "consistency"
    #: A fact the rule needs is not recorded in the document, so it was not judged.
    NOT_RECORDED = "not-recorded"
    #: The subject, or part of it, lies outside what samverkan encodes (a date, a task area).
    NOT_JUDGED = "not-judged"

    #: Hashed by identity, as :class:`Severity`: the engine tests every finding's category.
    __hash__ = object.__hash__

    @property
    def is_gap(self) -> bool:
        """``True`` for the categories that say something was not judged."""
        return self in GAP_CATEGORIES


#: The categories of a finding that says something was not judged.
GAP_CATEGORIES = frozenset({Category.NOT_RECORDED, Category.NOT_JUDGED})


#: How people read each category.
CATEGORY_LABELS = {
    Category.LAW: N_("rättslig bedömning"),
    Category.CONSISTENCY: N_("inre överensstämmelse"),
    Category.NOT_RECORDED: N_("uppgift saknas i dokumentet"),
    Category.NOT_JUDGED: N_("inte prövat"),
}


#: The label before a finding's fix hint in the text report.
FIX_LABEL = N_("Åtgärd")


class Outcome(enum.Enum):
    """The verdict of one check."""

    #: At least one finding of severity error.
    ERRORS = "errors"
    #: No error in what was judged (warnings and information allowed).
    NO_ERRORS = "no-errors"
    #: Nothing was judged: no rule in force applies to this kind of subject on the date, or
    #: every rule that ran lacked the facts it needs.
    NOT_JUDGED = "not-judged"


#: The outcome line of a report, for people.
OUTCOME_LABELS = {
    Outcome.ERRORS: N_("Utfall: fel funna."),
    Outcome.NO_ERRORS: N_("Utfall: inga fel i det som prövades."),
    Outcome.NOT_JUDGED: N_("Utfall: inte prövat."),
}


@frozen(hash=False, slots=False)  # built per finding: a dict-based __init__ is twice as fast
class Finding:
    """One observation by one rule about one element of the subject."""

    #: Not hashable: it holds dicts (as a slotted class it would not be either).
    __hash__ = None  # type: ignore[assignment]

    rule_id: str
    severity: Severity
    citations: tuple[Citation, ...]
    path: str
    message_id: str
    params: dict[str, Any] = field(factory=dict)
    facts: dict[str, Any] = field(factory=dict)
    category: Category = Category.LAW
    #: The catalogued hint saying what would make the subject lawful, or ``None`` where the
    #: law gives no single answer; rendered with the message's parameters.
    fix_id: str | None = None

    def message(self, locale: str = DEFAULT_LOCALE) -> str:
        """The message in ``locale`` with its parameters filled in."""
        return render(self.message_id, self.params, locale)

    def fix(self, locale: str = DEFAULT_LOCALE) -> str | None:
        """The fix hint in ``locale`` with the message's parameters filled in, or ``None``."""
        return None if self.fix_id is None else render(self.fix_id, self.params, locale)


@frozen(hash=False)
class Report:
    """Every finding of one check of one subject on one date, and what was judged.

    ``applied`` lists the ids of the rules that ran; ``not_in_force`` those that exist for this
    kind of subject but did not apply on ``as_of``; ``judged`` the legal rules that ran and
    judged something, ``not_judged`` those that ran and judged nothing (every finding said a
    fact was not recorded, or that the date or area is not encoded), ``not_applicable`` those in
    force whose provision does not govern this subject (a lag 2003:192 rule on a committee
    formed under KL). ``subject_kind`` names
    the kind of subject by the tag its documents use (``joint_committee``; see
    :func:`~samverkan.model.kinds.type_tag`).
    """

    subject_kind: str
    as_of: date
    findings: tuple[Finding, ...]
    applied: tuple[str, ...] = ()
    not_in_force: tuple[str, ...] = ()
    judged: tuple[str, ...] = ()
    not_judged: tuple[str, ...] = ()
    not_applicable: tuple[str, ...] = ()

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
    def gaps(self) -> tuple[Finding, ...]:
        """The findings that say a fact was not recorded or a part was not judged."""
        return tuple(f for f in self.findings if f.category.is_gap)

    @property
    def outcome(self) -> Outcome:
        """Errors found, no errors in what was judged, or not judged at all."""
        if self.errors:
            return Outcome.ERRORS
        return Outcome.NO_ERRORS if self.judged else Outcome.NOT_JUDGED

    @property
    def ok(self) -> bool:
        """``True`` when something was judged and no error was found.

        A subject that was not judged is never ``ok``; see :attr:`outcome`.
        """
        return self.outcome is Outcome.NO_ERRORS

    def by_rule(self, rule_id: str) -> tuple[Finding, ...]:
        """The findings of one rule."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)
