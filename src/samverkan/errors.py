"""The exceptions samverkan raises for programming errors and unusable input.

Legal problems are never raised: they are :class:`~samverkan.rules.Finding` objects collected
in a report. What is raised here means the question itself could not be answered: a
municipality code that does not exist, a citation that cannot be read, a statute name that
names nothing on the date asked.

Every exception derives from :class:`SamverkanError`, so an application can catch them all
with one ``except`` clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "EXCERPT_LENGTH",
    "SUGGESTION_CUTOFF",
    "SUGGESTION_LENGTH",
    "CitationSyntaxError",
    "DiagramError",
    "DocumentError",
    "GraphvizNotFoundError",
    "InputError",
    "InvalidFieldError",
    "SamverkanError",
    "UnknownPartyError",
    "UnknownRuleError",
    "UnknownStatuteError",
    "UnknownTaskAreaError",
    "UnsupportedLocaleError",
    "UnsupportedSubjectError",
    "close_matches",
    "did_you_mean",
    "excerpt",
    "printable",
]

#: The most characters of a value a message repeats; a longer value is cut short with "…".
EXCERPT_LENGTH = 60
#: Words longer than this get no "did you mean" suggestions: the search costs memory and time
#: in proportion to the word, and nothing that long is a typing error of a short name.
SUGGESTION_LENGTH = 100


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """``text`` quoted as in a message, cut to ``limit`` characters with an ellipsis.

    >>> excerpt("Berg")
    "'Berg'"
    >>> excerpt("x" * 100, 5)
    "'xxxxx…' (100 characters)"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit] + '…'!r} ({len(text)} characters)"


#: Characters that would act on a terminal instead of showing: C0 and C1 controls (escape
#: sequences, bell, backspace, carriage return), DEL, and the bidirectional overrides and
#: isolates that reorder what follows them. A line break is kept where ``keep`` says so.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile(_CONTROL.pattern[:-1] + "\n]")


def printable(text: str, keep_newlines: bool = False) -> str:
    r"""``text`` with every control character written as an escape (``\x1b``, ``\u202e``),
    so that what a document holds is shown, never acted on by a terminal.

    >>> printable("Berg\x1b[2J\u202e")
    'Berg\\x1b[2J\\u202e'
    """
    pattern = _CONTROL if keep_newlines else _CONTROL_OR_NEWLINE
    return pattern.sub(lambda found: repr(found[0])[1:-1], text)


#: How close a known name must be to what was written to be suggested
#: (:func:`difflib.get_close_matches`), everywhere samverkan suggests one.
SUGGESTION_CUTOFF = 0.5


def close_matches(word: str, choices: Sequence[str], n: int = 3) -> list[str]:
    """The ``choices`` closest to ``word`` (:func:`difflib.get_close_matches` with
    :data:`SUGGESTION_CUTOFF`); none for a word longer than :data:`SUGGESTION_LENGTH`."""
    if len(word) > SUGGESTION_LENGTH:
        return []
    import difflib  # at the first suggestion, not with samverkan

    return difflib.get_close_matches(word, list(choices), n=n, cutoff=SUGGESTION_CUTOFF)


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """``"; did you mean 'x'?"`` with the choice closest to ``word``, or ``""``.

    >>> did_you_mean("joint_comittee", ["joint_committee", "bundle"])
    "; did you mean 'joint_committee'?"
    """
    close = close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _suggesting(message: str, suggestions: Sequence[str]) -> str:
    """``message`` followed by ``; did you mean 'a', 'b'?`` when there are ``suggestions``."""
    if not suggestions:
        return message
    return message + "; did you mean " + ", ".join(repr(s) for s in suggestions) + "?"


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
        super().__init__(_suggesting(f"no {what} matches {excerpt(query)}", self.suggestions))


class UnknownStatuteError(SamverkanError, LookupError):
    """A statute name or SFS number that the catalogue does not know on the date asked."""

    def __init__(self, query: str, detail: str = "") -> None:
        self.query = query
        message = f"no statute in the catalogue matches {excerpt(query)}"
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
        start = 0
        if len(text) > EXCERPT_LENGTH:  # a window around the position, not the whole text
            start = max(0, min(position - EXCERPT_LENGTH // 2, len(text) - EXCERPT_LENGTH))
        before = "…" if start else ""
        after = "…" if start + EXCERPT_LENGTH < len(text) else ""
        shown = before + text[start : start + EXCERPT_LENGTH] + after
        pointer = " " * (len(before) + position - start) + "^"
        super().__init__(
            f"cannot read citation at position {position}: expected {expected}\n"
            f"  {shown}\n  {pointer}"
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
        self.suggestions = tuple(close_matches(rule_id, known))
        message = f"no rule has the id {excerpt(rule_id)}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(message)


class InvalidFieldError(ValueError):
    """A model's field holds a value its validator refuses; ``field`` names the field, so that
    a document reader can point at ``$.path.field`` rather than at the object."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


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


class UnknownTaskAreaError(SamverkanError, LookupError):
    """No task area has the id asked for.

    ``query`` is the id asked for and ``suggestions`` the closest known ids, best first
    (possibly empty).
    """

    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        super().__init__(_suggesting(f"no task area matches {excerpt(query)}", self.suggestions))


class DiagramError(SamverkanError):
    """A diagram could not be made."""


class GraphvizNotFoundError(DiagramError, RuntimeError):
    """SVG was asked for, but Graphviz's ``dot`` program is not on the ``PATH``."""

    def __init__(self) -> None:
        super().__init__("Graphviz 'dot' is not installed; use --format dot")


class InputError(SamverkanError):
    """A command-line argument that names no document file (a directory)."""
