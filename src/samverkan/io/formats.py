"""From bytes to JSON or TOML data, strictly: decoding, JSON with exact numbers and no
duplicate keys, TOML with bounded keys, and reading a file or stream within a size limit.

Every problem is a :class:`~samverkan.errors.DocumentError` with its path.
"""

from __future__ import annotations

import json
import os
import re
import stat
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, AnyStr, BinaryIO

from samverkan.errors import DocumentError
from samverkan.i18n import N_
from samverkan.io.messages import ReadingMessage, quoted
from samverkan.io.parser_messages import parser_reason
from samverkan.io.problems import (
    PROBLEMS_PER_DOCUMENT,
    describe_value,
    key_path,
)


def decode(data: str | bytes, source: str | None) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if not isinstance(data, bytes | bytearray | memoryview):
        problem = ReadingMessage(
            N_("väntade ett dokuments text, fick {got}"), got=describe_value(data)
        )
        raise DocumentError([("$", problem)], source)
    try:
        return bytes(data).removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as error:
        byte = error.object[error.start]
        problem = ReadingMessage(
            N_("inte giltig UTF-8: byten {byte} på position {offset}"),
            byte=f"0x{byte:02x}",
            offset=str(error.start),
        )
        raise DocumentError([("$", problem)], source) from None


class _JsonObject(dict[str, Any]):
    """A JSON object that was given some of its keys more than once."""

    duplicates: list[str]


def _duplicate_keys(data: Any) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack and len(problems) < PROBLEMS_PER_DOCUMENT:
        path, value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, _JsonObject):
                for key in dict.fromkeys(value.duplicates):
                    where = key_path(path, key)
                    twice = ReadingMessage(
                        N_("nyckeln {key} finns mer än en gång"), key=quoted(key)
                    )
                    problems.append((where, twice))
            stack.extend((key_path(path, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(value))))
    return problems


class _Duplicates:
    """An ``object_pairs_hook`` that notes whether any object had a key more than once.

    Objects are plain dicts; only one with a repeated key becomes a :class:`_JsonObject`.
    """

    def __init__(self) -> None:
        self.found = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        self.found = True
        marked = _JsonObject(obj)
        marked.duplicates = []
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked.duplicates.append(key)
            seen.add(key)
        return marked


class _UnreadableNumber(ValueError):
    """A number whose exponent is beyond what :class:`~decimal.Decimal` can hold."""

    def __init__(self, text: str) -> None:
        super().__init__(
            ReadingMessage(N_("talet {number} har en för stor exponent"), number=quoted(text))
        )


def _decimal(text: str) -> Decimal:
    """A number of the document as an exact decimal (``parse_float`` of JSON and TOML)."""
    try:
        return Decimal(text)
    except ArithmeticError:  # decimal.InvalidOperation: an exponent of 20 digits or more
        raise _UnreadableNumber(text) from None


def parse_json(text: str, source: str | None) -> Any:
    hook = _Duplicates()
    try:
        data = json.loads(
            text,
            parse_float=_decimal,
            parse_constant=Decimal,  # NaN and Infinity are refused where they stand
            object_pairs_hook=hook,
        )
    except json.JSONDecodeError as error:
        message = ReadingMessage(
            N_("ogiltig JSON på rad {line}, kolumn {column}: {reason}"),
            line=str(error.lineno),
            column=str(error.colno),
            reason=parser_reason(error.msg),
        )
        raise DocumentError([("$", message)], source) from None
    except (ValueError, RecursionError) as error:
        invalid = ReadingMessage(N_("ogiltig JSON: {reason}"), reason=_reason(error))
        raise DocumentError([("$", invalid)], source) from None
    if hook.found:  # only then is the whole document walked for the paths
        problems = _duplicate_keys(data)
        if len(problems) >= PROBLEMS_PER_DOCUMENT:
            problems.append(("$", stopped(len(problems))))
        raise DocumentError(problems, source)
    return data


def _reason(error: BaseException) -> str:
    """What a parser said, in the reader's language where it is known."""
    if isinstance(error, RecursionError):
        return ReadingMessage(N_("för djupt nästlad"))
    reason = error.args[0] if error.args else ""
    if isinstance(reason, ReadingMessage):
        return reason
    return parser_reason(str(error))


def stopped(count: int) -> str:
    return ReadingMessage(
        N_("läsningen avbröts efter {count} problem; det kan finnas fler"), count=str(count)
    )


#: The most parts a TOML key may have (``a.b.c`` has three), in a table header or before an
#: ``=``. tomllib builds a table per part, so ``x.a.a.a…= 1`` with 100 000 parts would take
#: gigabytes of memory or tens of seconds; no document of samverkan nests nearly as deep.
TOML_KEY_PARTS = 64

_BARE_KEY = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
#: A key of more than TOML_KEY_PARTS parts where a key may start: at the start of a line
#: (after ``[`` or ``[[`` for a table header), or in an inline table after ``{`` or ``,``.
_DEEP_KEY = re.compile(
    rf"(?:^[ \t]*\[{{0,2}}|[{{,])[ \t]*{_BARE_KEY}"
    rf"(?:[ \t]*\.[ \t]*{_BARE_KEY}){{{TOML_KEY_PARTS}}}",
    re.MULTILINE,
)


def _deep_key(text: str) -> int | None:
    """The line of the first key with more than :data:`TOML_KEY_PARTS` parts, if any.

    A cheap scan before parsing; it may also find such a run of words inside a string, which
    no real document holds.
    """
    found = _DEEP_KEY.search(text)
    return None if found is None else text.count("\n", 0, found.start()) + 1


def parse_toml(text: str, source: str | None) -> Any:
    line = _deep_key(text)
    if line is not None:
        message = ReadingMessage(
            N_("ogiltig TOML: en nyckel på rad {line} har fler än {parts} delar"),
            line=str(line),
            parts=str(TOML_KEY_PARTS),
        )
        raise DocumentError([("$", message)], source)
    import tomllib  # at the first TOML read, not with samverkan

    try:
        return tomllib.loads(text, parse_float=_decimal)
    except (ValueError, RecursionError) as error:  # TOMLDecodeError is a ValueError
        hint = ""
        if text.lstrip()[:1] == "{":
            hint = ReadingMessage(N_("; texten ser ut som JSON: läs den som JSON"))
        invalid = ReadingMessage(
            N_("ogiltig TOML: {reason}{hint}"), reason=_reason(error), hint=hint
        )
        raise DocumentError([("$", invalid)], source) from None


MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


def _too_large(limit: int) -> str:
    return ReadingMessage(
        N_("dokumentet är större än {limit} byte, det mesta samverkan läser"), limit=str(limit)
    )


def read_limited(stream: IO[AnyStr], source: str | None, limit: int = MAX_DOCUMENT_BYTES) -> AnyStr:
    """At most ``limit`` bytes (characters, from a text stream) of ``stream``; a longer stream
    raises :class:`~samverkan.errors.DocumentError`, having kept no more than that."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise DocumentError([("$", _too_large(limit))], source)
    return data


def _open_regular(where: Path) -> BinaryIO:
    """``where`` opened for reading, when it is a regular file (not a directory, FIFO or
    device: a FIFO would block forever and ``/dev/zero`` never ends)."""
    descriptor = os.open(where, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        kind = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(kind):
            what = (
                ReadingMessage(N_("den är en katalog"))
                if stat.S_ISDIR(kind)
                else ReadingMessage(N_("den är inte en vanlig fil"))
            )
            raise DocumentError([("$", cannot_read(what))], str(where))
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def is_dir(where: Path) -> bool:
    try:
        return where.is_dir()
    except OSError:  # a name too long, say: reading it will say what is wrong
        return False


def read_file(where: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_DOCUMENT_BYTES`; anything else, or a
    file that cannot be read, raises :class:`~samverkan.errors.DocumentError`."""
    try:
        with _open_regular(where) as stream:
            return read_limited(stream, str(where))
    except OSError as error:
        reason = error.strerror or str(error)
        raise DocumentError([("$", cannot_read(reason))], str(where)) from None


def cannot_read(reason: str) -> ReadingMessage:
    """The file cannot be read, for ``reason`` (the system's own words for an OS error)."""
    return ReadingMessage(N_("kan inte läsa filen: {reason}"), reason=reason)
