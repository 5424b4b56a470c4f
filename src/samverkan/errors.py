"""The exceptions samverkan raises for programming errors and unusable input.

Legal problems are never raised: they are :class:`~samverkan.rules.Finding` objects collected
in a report. What is raised here means the question itself could not be answered: a
municipality code that does not exist, a citation that cannot be read, a statute name that
names nothing on the date asked.

Every exception derives from :class:`SamverkanError`, so an application can catch them all
with one ``except`` clause.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "CitationSyntaxError",
    "SamverkanError",
    "UnknownPartyError",
    "UnknownStatuteError",
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
