"""Problems in a document in plain words: values named for messages, the limits on how many
problems and hints one document gets, and cattrs errors turned into ``(path, message)`` pairs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from decimal import Decimal

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from samverkan.errors import (
    EXCERPT_LENGTH,
    InvalidFieldError,
    did_you_mean,
    excerpt,
)


class Invalid(ValueError):
    """A value that cannot be read as the type asked for; the message is for people."""


def describe_value(value: object) -> str:
    """Name a JSON or TOML value in plain words, for messages.

    >>> describe_value(True), describe_value([1]), describe_value(Decimal("NaN"))
    ('true', 'a list', 'NaN')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal) and not value.is_finite():
        if value.is_nan():
            return "NaN"
        return "-Infinity" if value.is_signed() else "Infinity"
    if isinstance(value, int | float | Decimal):
        return f"the number {_number_excerpt(value)}"
    if isinstance(value, str):
        return f"the text {excerpt(value)}"
    if isinstance(value, datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, time):
        return f"the time {value.isoformat()}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a value of type {type(value).__name__}"


def _number_excerpt(value: float | Decimal) -> str:
    """A number as written, its first digits only when it is long."""
    text = str(value) if abs(value) < 10**EXCERPT_LENGTH else ""  # str() of a huge int is slow
    if text and len(text) <= EXCERPT_LENGTH:
        return text
    return f"{format(Decimal(value), '.20e')} (a number too long to repeat in full)"


PARTY_HINTS_PER_DOCUMENT = 100
#: After about this many problems in the lists of one document, reading stops: a hostile
#: document of millions of bad items then costs no more time and memory than one of a
#: thousand, and its error still says where the problems begin.
PROBLEMS_PER_DOCUMENT = 1000


@attrs.define
class ReadingLimits:
    """What is left of one document's budgets while it is read (see :func:`reading_limits`)."""

    hints: int = PARTY_HINTS_PER_DOCUMENT
    problems: int = PROBLEMS_PER_DOCUMENT
    stopped: bool = False


_limits: ContextVar[ReadingLimits | None] = ContextVar("samverkan_limits", default=None)


@contextmanager
def reading_limits() -> Iterator[ReadingLimits]:
    """Within the block, structuring keeps to one document's budgets (:class:`ReadingLimits`).

    Outside such a block a converter has no limits: it reports every problem with every hint.
    """
    current = ReadingLimits()
    token = _limits.set(current)
    try:
        yield current
    finally:
        _limits.reset(token)


def may_hint() -> bool:
    limits = _limits.get()
    if limits is None:
        return True
    limits.hints -= 1
    return limits.hints >= 0


def out_of_problems() -> bool:
    """Count one more problem; whether reading must stop."""
    limits = _limits.get()
    if limits is None:
        return False
    limits.problems -= 1
    limits.stopped = limits.problems <= 0
    return limits.stopped


# -- errors ---------------------------------------------------------------------------------


def key_path(path: str, key: object) -> str:
    if isinstance(key, str) and len(key) > EXCERPT_LENGTH:  # a path names, it need not repeat
        return f"{path}[{key[:EXCERPT_LENGTH] + '…'!r}]"
    if isinstance(key, str) and key.isidentifier():
        return f"{path}.{key}"
    return f"{path}[{key!r}]"


def _field_names(cl: type) -> list[str]:
    if isinstance(cl, type) and attrs.has(cl):
        return [a.name for a in attrs.fields(cl) if a.init]
    return []  # pragma: no cover - cattrs raises this error for attrs classes only


def problems_from(error: BaseException, path: str = "$") -> list[tuple[str, str]]:
    """Every problem in a structuring error, as ``(path, message)`` pairs in plain words.

    ``error`` is what a converter from :func:`make_converter` raised; ``path`` is the path
    of the value that was structured (``"$.content"`` for a document's content). The paths
    follow cattrs' notation: ``$.content.seats[2].party``.
    """
    if isinstance(error, IterableValidationError):
        with_notes, without = error.group_exceptions()
        problems: list[tuple[str, str]] = []
        for inner, item_note in with_notes:
            problems += problems_from(inner, f"{path}[{item_note.index!r}]")
        for inner in without:  # pragma: no cover - samverkan's hooks always note the index
            problems += problems_from(inner, path)
        return problems
    if isinstance(error, ClassValidationError):
        attribute_notes, rest = error.group_exceptions()
        problems = []
        for inner, field_note in attribute_notes:
            where = key_path(path, field_note.name)
            if isinstance(inner, KeyError) and inner.args == (field_note.name,):
                problems.append((where, f"required field {field_note.name!r} is missing"))
            else:
                problems += problems_from(inner, where)
        for inner in rest:
            problems += problems_from(inner, path)
        return problems
    if isinstance(error, ForbiddenExtraKeysError):
        names = _field_names(error.cl)
        unknown = f" (not a field of {getattr(error.cl, '__name__', error.cl)})"
        problems = []
        for key in sorted(error.extra_fields):
            hint = did_you_mean(key, names) or unknown
            problems.append((key_path(path, key), f"unknown field {excerpt(key)}{hint}"))
            if out_of_problems():
                break
        return problems
    if isinstance(error, InvalidFieldError):
        return [(key_path(path, error.field), str(error.args[0]))]
    if isinstance(error, ValueError | TypeError) and error.args:
        return [(path, str(error.args[0]))]
    return [(path, f"cannot be read ({type(error).__name__}: {error})")]
