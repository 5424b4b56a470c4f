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

from samverkan.errors import EXCERPT_LENGTH, InvalidFieldError
from samverkan.i18n import N_
from samverkan.io.messages import ReadingMessage, hint_for, quoted
from samverkan.io.model_messages import model_reason


class Invalid(ValueError):
    """A value that cannot be read as the type asked for; the message is for people."""


def describe_value(value: object) -> str:
    """Name a JSON or TOML value in plain words, for messages (a
    :class:`~samverkan.io.messages.ReadingMessage` where the words depend on the language).

    >>> describe_value(True), describe_value([1]), describe_value(Decimal("NaN"))
    ('true', 'a list', 'NaN')
    >>> describe_value([1]).localise("sv")
    'en lista'
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
        return ReadingMessage(N_("talet {number}"), number=_number_excerpt(value))
    if isinstance(value, str):
        return ReadingMessage(N_("texten {text}"), text=quoted(value))
    if isinstance(value, datetime):
        return ReadingMessage(N_("datumet och klockslaget {value}"), value=value.isoformat())
    if isinstance(value, date):
        return ReadingMessage(N_("datumet {value}"), value=value.isoformat())
    if isinstance(value, time):
        return ReadingMessage(N_("klockslaget {value}"), value=value.isoformat())
    if isinstance(value, Mapping):
        return ReadingMessage(N_("ett objekt"))
    if isinstance(value, list | tuple):
        return ReadingMessage(N_("en lista"))
    return ReadingMessage(N_("ett värde av typen {type}"), type=type(value).__name__)


def _number_excerpt(value: float | Decimal) -> str:
    """A number as written, its first digits only when it is long."""
    text = str(value) if abs(value) < 10**EXCERPT_LENGTH else ""  # str() of a huge int is slow
    if text and len(text) <= EXCERPT_LENGTH:
        return text
    start = format(Decimal(value), ".20e")
    return ReadingMessage(N_("{start} (ett tal för långt att återge helt)"), start=start)


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
                problems.append((where, missing_field(field_note.name)))
            else:
                problems += problems_from(inner, where)
        for inner in rest:
            problems += problems_from(inner, path)
        return problems
    if isinstance(error, ForbiddenExtraKeysError):
        names = _field_names(error.cl)
        of = str(getattr(error.cl, "__name__", error.cl))
        unknown = ReadingMessage(N_(" (inte ett fält i {owner})"), owner=of)
        problems = []
        for key in sorted(error.extra_fields):
            hint = hint_for(key, names) or unknown
            problems.append((key_path(path, key), unknown_field(key, hint)))
            if out_of_problems():
                break
        return problems
    if isinstance(error, InvalidFieldError):
        return [(key_path(path, error.field), model_reason(str(error.args[0])))]
    if isinstance(error, ValueError | TypeError) and error.args:
        message = error.args[0]
        if isinstance(message, ReadingMessage):
            return [(path, message)]
        return [(path, model_reason(str(message)))]
    what = f"{type(error).__name__}: {error}"
    reason = ReadingMessage(N_("kan inte läsas ({error})"), error=what)
    return [(path, reason)]


def missing_field(name: str) -> ReadingMessage:
    """The message of a required field that is missing."""
    return ReadingMessage(N_("det obligatoriska fältet {field} saknas"), field=repr(name))


def unknown_field(key: str, hint: str) -> ReadingMessage:
    """The message of a field that is not one of the object's, with a hint."""
    return ReadingMessage(N_("okänt fält {key}{hint}"), key=quoted(key), hint=hint)
