"""Documents: a model in an envelope, as JSON (canonical) or TOML (for people).

Every document is an object with three fields::

    {"schema_version": "1.1", "kind": "joint_committee", "content": {...}}

``kind`` names the model in ``content`` (:data:`KINDS`); a ``bundle`` holds several models,
each tagged with its kind in the ``"type"`` field: ``{"items": [{"type": "fund_pot", ...}]}``.

>>> from samverkan.model import ContractualCooperation, Task
>>> from samverkan.parties import registry
>>> reg = registry()
>>> cooperation = ContractualCooperation(
...     "Räddningstjänst i Berg", commissioning=(reg.party("2326"),),
...     performing=reg.party("2380"), tasks=(Task("lso.rescue-services"),),
... )
>>> text = dumps(cooperation)
>>> print(text, end="")
{
  "content": {
    "commissioning": [
      "2326"
    ],
    "name": "Räddningstjänst i Berg",
    "performing": "2380",
    "tasks": [
      {
        "area": "lso.rescue-services"
      }
    ]
  },
  "kind": "contractual_cooperation",
  "schema_version": "1.1"
}
>>> loads(text).content == cooperation
True

Anything wrong with a document raises :class:`~samverkan.errors.DocumentError` listing every
problem with its path:

>>> loads('{"schema_version": "1.0", "kind": "contractual_cooperation", '
...       '"content": {"name": "X", "commissioning": ["2399"], "performer": "2380"}}')
Traceback (most recent call last):
...
samverkan.errors.DocumentError: 4 problem(s) in the document:
  $.content.commissioning[0]: unknown municipality or region code '2399'; did you mean ...?
  $.content.performing: required field 'performing' is missing
  $.content.tasks: required field 'tasks' is missing
  $.content.performer: unknown field 'performer'; did you mean 'performing'?
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, AnyStr, BinaryIO, Literal, TypeAlias

import cattrs
import tomli_w
from attrs import frozen

from samverkan.errors import EXCERPT_LENGTH, DocumentError, did_you_mean, excerpt
from samverkan.io.converter import make_converter
from samverkan.io.migrations import migrate
from samverkan.io.problems import (
    PROBLEMS_PER_DOCUMENT,
    describe_value,
    key_path,
    problems_from,
    reading_limits,
)
from samverkan.model.common import described
from samverkan.model.kinds import DOCUMENT_KINDS, Bundle, Subject, type_tag

__all__ = [
    "FORMATS",
    "KINDS",
    "MAX_DOCUMENT_BYTES",
    "READABLE_VERSIONS",
    "SCHEMA_VERSION",
    "TOML_KEY_PARTS",
    "Bundle",
    "Document",
    "Format",
    "Subject",
    "dump",
    "dumps",
    "from_data",
    "kind_of",
    "load",
    "loads",
    "read_limited",
    "to_data",
]

#: The version of the document format this library writes and the newest it reads.
SCHEMA_VERSION = "1.1"
#: Every version this library reads: the earlier ones through :mod:`samverkan.io.migrations`.
READABLE_VERSIONS = tuple(f"1.{minor}" for minor in range(int(SCHEMA_VERSION[2:]) + 1))

Format: TypeAlias = Literal["json", "toml"]
#: The formats, by the suffix of their files.
FORMATS: tuple[Format, ...] = ("json", "toml")

_VERSION_TEXT = re.compile(r"([0-9]+)\.([0-9]+)")
_ENVELOPE = ("schema_version", "kind", "content")


#: The kinds of document and the class of their content (from
#: :data:`~samverkan.model.kinds.DOCUMENT_KINDS`).
KINDS: Mapping[str, type] = MappingProxyType({row.tag: row.cls for row in DOCUMENT_KINDS})


def kind_of(model: object) -> str:
    """The document kind of ``model``.

    >>> kind_of(Bundle())
    'bundle'
    """
    kind = type_tag(type(model))
    if KINDS.get(kind) is not type(model):
        raise TypeError(
            f"a {type(model).__name__} cannot stand alone in a document; "
            f"the kinds are {', '.join(KINDS)}"
        )
    return kind


def _version_problem(value: object) -> str | None:
    found = _VERSION_TEXT.fullmatch(value) if isinstance(value, str) else None
    if not isinstance(value, str) or found is None:
        return f'expected a version such as "{SCHEMA_VERSION}", got {describe_value(value)}'
    version = (_magnitude(found[1]), _magnitude(found[2]))
    current = tuple(_magnitude(part) for part in SCHEMA_VERSION.split("."))
    shown = value if len(value) <= EXCERPT_LENGTH else excerpt(value)
    if version > current:
        return f"schema_version {shown} is newer than this samverkan understands ({SCHEMA_VERSION})"
    if version[0] < current[0]:
        return f"schema_version {shown} is older than any this samverkan reads ({SCHEMA_VERSION})"
    return None


def _magnitude(digits: str) -> tuple[int, str]:
    """A key that orders numbers written in digits by their value, without converting them
    (``int()`` refuses more than 4300 digits)."""
    significant = digits.lstrip("0")
    return len(significant), significant


def _check_kind(_: object, __: object, value: str) -> None:
    if value not in KINDS:
        raise ValueError(f"unknown kind {value!r}; the kinds are {', '.join(KINDS)}")


def _check_version(_: object, __: object, value: str) -> None:
    problem = _version_problem(value)
    if problem:
        raise ValueError(problem)


@frozen
class Document:
    """A model with its kind and schema version; a document read from an earlier version is
    migrated to the current one (see :mod:`samverkan.io.migrations`)."""

    kind: str = described(
        "The kind of model in content.",
        validator=_check_kind,
    )
    content: Any = described("The model itself.")
    schema_version: str = described(
        "The version of the document format.",
        default=SCHEMA_VERSION,
        validator=_check_version,
    )

    def __attrs_post_init__(self) -> None:
        expected = KINDS[self.kind]
        if type(self.content) is not expected:
            raise TypeError(
                f"a {self.kind} document holds a {expected.__name__}, "
                f"not a {type(self.content).__name__}"
            )

    @classmethod
    def of(cls, model: object) -> Document:
        """``model`` in a document of its kind and the current schema version."""
        return cls(kind_of(model), model)


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


# -- reading --------------------------------------------------------------------------------


def decode(data: str | bytes, source: str | None) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if not isinstance(data, bytes | bytearray | memoryview):
        problem = f"expected the text of a document, got {describe_value(data)}"
        raise DocumentError([("$", problem)], source)
    try:
        return bytes(data).removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as error:
        byte = error.object[error.start]
        raise DocumentError(
            [("$", f"not valid UTF-8: the byte 0x{byte:02x} at offset {error.start}")], source
        ) from None


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
                    problems.append((where, f"the key {excerpt(key)} appears more than once"))
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
        super().__init__(f"the number {excerpt(text)} has an exponent too large to read")


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
        message = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise DocumentError([("$", message)], source) from None
    except (ValueError, RecursionError) as error:
        raise DocumentError([("$", f"invalid JSON: {error}")], source) from None
    if hook.found:  # only then is the whole document walked for the paths
        problems = _duplicate_keys(data)
        if len(problems) >= PROBLEMS_PER_DOCUMENT:
            problems.append(("$", _stopped(len(problems))))
        raise DocumentError(problems, source)
    return data


def _stopped(count: int) -> str:
    return f"reading stopped after {count} problems; there may be more"


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
        message = f"invalid TOML: a key at line {line} has more than {TOML_KEY_PARTS} parts"
        raise DocumentError([("$", message)], source)
    try:
        return tomllib.loads(text, parse_float=_decimal)
    except (ValueError, RecursionError) as error:  # TOMLDecodeError is a ValueError
        hint = "; the text looks like JSON: read it as JSON" if text.lstrip()[:1] == "{" else ""
        raise DocumentError([("$", f"invalid TOML: {error}{hint}")], source) from None


def from_data(data: object, source: str | None = None) -> Document:
    """A document from already parsed JSON or TOML data (dicts, lists, strings, numbers).

    Numbers with a fraction should have been parsed as :class:`~decimal.Decimal`.
    """
    if not isinstance(data, Mapping):
        raise DocumentError(
            [
                (
                    "$",
                    "expected an object with schema_version, kind and content, "
                    f"got {describe_value(data)}",
                )
            ],
            source,
        )
    if "schema_version" not in data:
        raise DocumentError(
            [("$.schema_version", "required field 'schema_version' is missing")], source
        )
    version = data["schema_version"]
    version_problem = _version_problem(version)
    if version_problem:
        raise DocumentError([("$.schema_version", version_problem)], source)

    problems: list[tuple[str, str]] = []
    kind = data.get("kind")
    if "kind" not in data:
        problems.append(("$.kind", "required field 'kind' is missing"))
    elif not isinstance(kind, str) or kind not in KINDS:
        hint = did_you_mean(kind, list(KINDS)) if isinstance(kind, str) else ""
        shown = excerpt(kind) if isinstance(kind, str) else describe_value(kind)
        problems.append(
            ("$.kind", f"unknown kind {shown}{hint or '; the kinds are ' + ', '.join(KINDS)}")
        )
    for key in data:
        if key not in _ENVELOPE:
            hint = did_you_mean(key, _ENVELOPE)
            problems.append((key_path("$", key), f"unknown field {excerpt(key)}{hint}"))
    content: Any = None
    if "content" not in data:
        problems.append(("$.content", "required field 'content' is missing"))
    elif isinstance(kind, str) and kind in KINDS:
        with reading_limits() as limits:
            try:
                current = migrate(version, kind, data["content"])
                content = _converter().structure(current, KINDS[kind])
            except Exception as error:
                problems += problems_from(error, "$.content")
        if limits.stopped:
            problems.append(("$.content", _stopped(len(problems))))
    if problems:
        raise DocumentError(problems, source)
    return Document(str(kind), content)


def loads(data: str | bytes, format: Format = "json", source: str | None = None) -> Document:
    """Read a document from text or UTF-8 bytes; a leading byte order mark is ignored.

    ``source`` names where the text came from, in error messages. Raises
    :class:`~samverkan.errors.DocumentError` listing every problem found; in a document with
    more than :data:`~samverkan.io.converter.PROBLEMS_PER_DOCUMENT` of them, the list ends
    there with a last problem that says reading stopped.
    """
    if format not in FORMATS:
        raise DocumentError(
            [("$", f"unknown format {format!r}; expected 'json' or 'toml'")], source
        )
    text = decode(data, source)
    if not text.strip():
        raise DocumentError([("$", "the document is empty")], source)
    parsed = parse_json(text, source) if format == "json" else parse_toml(text, source)
    return from_data(parsed, source)


def _format_of(path: Path) -> Format | None:
    suffix = path.suffix.lower()
    return next((known for known in FORMATS if suffix == f".{known}"), None)


def _unknown_suffix(path: Path) -> str:
    return f"cannot tell the format from the suffix {path.suffix!r}; use .json or .toml"


#: The largest document file :func:`load` reads, in bytes (256 MiB: ten times a county-wide
#: register of every agreement in Sweden). A larger file, or one that keeps growing while it
#: is read, is refused with a :class:`~samverkan.errors.DocumentError`.
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


def _too_large(limit: int) -> str:
    return f"the document is larger than {limit} bytes, the most samverkan reads"


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
            what = "a directory" if stat.S_ISDIR(kind) else "not a regular file"
            raise DocumentError([("$", f"cannot read the file: it is {what}")], str(where))
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def load(path: str | os.PathLike[str], format: Format | None = None) -> Document:
    """Read a document from a file; the format follows the suffix (``.json``, ``.toml``).

    Only a regular file of at most :data:`MAX_DOCUMENT_BYTES` is read.
    """
    where = Path(path)
    if _is_dir(where):
        raise DocumentError([("$", "this is a directory, not a file")], str(where))
    chosen = format or _format_of(where)
    if chosen is None:
        raise DocumentError([("$", _unknown_suffix(where))], str(where))
    return loads(read_file(where), chosen, source=str(where))


def _is_dir(where: Path) -> bool:
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
        raise DocumentError([("$", f"cannot read the file: {reason}")], str(where)) from None


# -- writing --------------------------------------------------------------------------------


def to_data(document: Document | object) -> dict[str, Any]:
    """The JSON-ready data of a document, or of a model wrapped in one."""
    doc = document if isinstance(document, Document) else Document.of(document)
    content = _converter().unstructure(doc.content, unstructure_as=KINDS[doc.kind])
    return {"schema_version": doc.schema_version, "kind": doc.kind, "content": content}


def _toml_ready(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return {k: _toml_ready(value[k], key_path(path, k)) for k in sorted(value)}
    if isinstance(value, list):
        return [_toml_ready(v, f"{path}[{i}]") for i, v in enumerate(value)]
    if value is None:
        raise ValueError(f"TOML cannot hold a null value (at {path}); write JSON instead")
    return value


def dumps(document: Document | object, format: Format = "json") -> str:
    """The text of a document, or of a model wrapped in one.

    JSON is indented by two spaces with sorted keys and a final newline, non-ASCII text kept
    as it is: the same model always gives the same bytes.
    """
    data = to_data(document)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if format == "toml":
        return tomli_w.dumps(_toml_ready(data, "$"))
    raise ValueError(f"unknown format {format!r}; expected 'json' or 'toml'")


def dump(
    document: Document | object, path: str | os.PathLike[str], format: Format | None = None
) -> None:
    """Write a document (or a model wrapped in one) to a file in UTF-8.

    The format follows the suffix (``.json``, ``.toml``) unless ``format`` is given.
    """
    where = Path(path)
    chosen = format or _format_of(where)
    if chosen is None:
        raise ValueError(_unknown_suffix(where))
    where.write_bytes(dumps(document, chosen).encode("utf-8"))
