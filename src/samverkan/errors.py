"""The exceptions samverkan raises for programming errors and unusable input.

Legal problems are never raised: they are :class:`~samverkan.rules.Finding` objects collected
in a report. What is raised here means the question itself could not be answered: a
municipality code that does not exist, a citation that cannot be read, a statute name that
names nothing on the date asked.

Every exception derives from :class:`SamverkanError`, so an application can catch them all
with one ``except`` clause.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

__all__ = [
    "CitationSyntaxError",
    "DocumentError",
    "SamverkanError",
    "UnknownPartyError",
    "UnknownRuleError",
    "UnknownStatuteError",
    "UnsupportedLocaleError",
    "UnsupportedSubjectError",
]


class SamverkanError(Exception):
    """Base class of every exception samverkan raises on purpose."""


class UnknownPartyError(SamverkanError, LookupError):
    """No municipality or region matches what was asked.

    ``query`` is what was asked for and ``suggestions`` the closest known names or codes,
    best first (possibly empty).
    """

    def __init__(self, what: str, query: str, suggestions: Sequence[str] = ()) -> None:
        self.what = what
        self.query = query
        self.suggestions = tuple(suggestions)
        message = f"no {what} matches {query!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


class UnknownStatuteError(SamverkanError, LookupError):
    """A statute name or SFS number that the catalogue does not know on the date asked."""

    def __init__(self, query: str, detail: str = "") -> None:
        self.query = query
        message = f"no statute in the catalogue matches {query!r}"
        if detail:
            message += f": {detail}"
        super().__init__(message)


class CitationSyntaxError(SamverkanError, ValueError):
    """A citation text that cannot be parsed.

    ``position`` is the zero-based index in ``text`` where reading stopped, and ``expected``
    says what would have been understood there.
    """

    def __init__(self, text: str, position: int, expected: str) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        pointer = " " * position + "^"
        super().__init__(
            f"cannot read citation at position {position}: expected {expected}\n"
            f"  {text}\n  {pointer}"
        )


class UnsupportedSubjectError(SamverkanError, TypeError):
    """``check`` was given an object for which no rule exists."""

    def __init__(self, subject: object) -> None:
        self.subject_type = type(subject).__name__
        super().__init__(f"no rules apply to objects of type {self.subject_type}")


class UnsupportedLocaleError(SamverkanError, ValueError):
    """A locale for which samverkan has no messages."""

    def __init__(self, locale: str, known: Sequence[str]) -> None:
        self.locale = locale
        super().__init__(f"no messages for locale {locale!r}; available: {', '.join(known)}")


class UnknownRuleError(SamverkanError, LookupError):
    """No rule has the id asked for."""

    def __init__(self, rule_id: str, known: Sequence[str]) -> None:
        self.rule_id = rule_id
        self.suggestions = tuple(difflib.get_close_matches(rule_id, list(known), n=3))
        message = f"no rule has the id {rule_id!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(message)


class DocumentError(SamverkanError, ValueError):
    """A document that cannot be read: malformed, of the wrong shape, or of a newer version.

    ``problems`` holds every problem found, each a ``(path, message)`` pair with the path in
    ``$.members[2].party`` notation; ``source`` names the file or stream when known.
    """

    def __init__(self, problems: Sequence[tuple[str, str]], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        where = f"{source}: " if source else ""
        lines = [f"{where}{len(self.problems)} problem(s) in the document:"]
        lines += [f"  {path}: {message}" for path, message in self.problems]
        super().__init__("\n".join(lines))
