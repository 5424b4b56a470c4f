"""Documents: a model in an envelope, as JSON (canonical) or TOML (for people).

Every document is an object with three fields::

    {"schema_version": "1.2", "kind": "joint_committee", "content": {...}}

``kind`` names the model in ``content`` (:data:`KINDS`); a ``bundle`` holds several models,
each tagged with its kind in the ``"type"`` field: ``{"items": [{"type": "fund_pot", ...}]}``.
A document may also carry a ``"$schema"`` key, by which editors attach a JSON Schema; it is
kept in :attr:`Document.schema_uri` and written back.

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
  "schema_version": "1.2"
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
import os
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, TypeAlias

import cattrs

from samverkan._frozen import frozen
from samverkan.errors import EXCERPT_LENGTH, DocumentError
from samverkan.i18n import N_
from samverkan.io import fastload
from samverkan.io.converter import make_converter
from samverkan.io.fastdump import json_text
from samverkan.io.formats import (
    MAX_DOCUMENT_BYTES,
    TOML_KEY_PARTS,
    decode,
    is_dir,
    parse_json,
    parse_toml,
    read_file,
    read_limited,
    stopped,
)
from samverkan.io.messages import ReadingMessage, hint_for, quoted
from samverkan.io.migrations import migrate
from samverkan.io.problems import (
    describe_value,
    key_path,
    missing_field,
    problems_from,
    reading_limits,
    unknown_field,
)
from samverkan.model.common import described
from samverkan.model.kinds import DOCUMENT_KINDS, Bundle, Subject, type_tag

__all__ = [
    "FORMATS",
    "KINDS",
    "MAX_DOCUMENT_BYTES",
    "READABLE_VERSIONS",
    "SCHEMA_KEY",
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
SCHEMA_VERSION = "1.2"
#: Every version this library reads: the earlier ones through :mod:`samverkan.io.migrations`.
READABLE_VERSIONS = tuple(f"1.{minor}" for minor in range(int(SCHEMA_VERSION[2:]) + 1))

Format: TypeAlias = Literal["json", "toml"]
#: The formats, by the suffix of their files.
FORMATS: tuple[Format, ...] = ("json", "toml")

_VERSION_TEXT = re.compile(r"([0-9]+)\.([0-9]+)")
_ENVELOPE = ("schema_version", "kind", "content")
#: The key by which editors attach a JSON Schema to a document; kept, not interpreted.
SCHEMA_KEY = "$schema"
_KEYS = (SCHEMA_KEY, *_ENVELOPE)


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
        return ReadingMessage(
            N_('väntade en version som "{version}", fick {got}'),
            version=SCHEMA_VERSION,
            got=describe_value(value),
        )
    version = (_magnitude(found[1]), _magnitude(found[2]))
    current = tuple(_magnitude(part) for part in SCHEMA_VERSION.split("."))
    shown = value if len(value) <= EXCERPT_LENGTH else quoted(value)
    if version > current:
        return ReadingMessage(
            N_("schema_version {shown} är nyare än vad denna samverkan förstår ({version})"),
            shown=shown,
            version=SCHEMA_VERSION,
        )
    if version[0] < current[0]:
        return ReadingMessage(
            N_("schema_version {shown} är äldre än någon som denna samverkan läser ({version})"),
            shown=shown,
            version=SCHEMA_VERSION,
        )
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
    schema_uri: str | None = described(
        "The address of a JSON Schema for editors ('$schema'): a URL or a path. samverkan "
        "keeps it as written and writes it back; it does not change how the document is read.",
        default=None,
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


def from_data(data: object, source: str | None = None) -> Document:
    """A document from already parsed JSON or TOML data (dicts, lists, strings, numbers).

    Numbers with a fraction should have been parsed as :class:`~decimal.Decimal`.
    """
    if not isinstance(data, Mapping):
        raise DocumentError(
            [
                (
                    "$",
                    ReadingMessage(
                        N_("väntade ett objekt med schema_version, kind och content, fick {got}"),
                        got=describe_value(data),
                    ),
                )
            ],
            source,
        )
    if "schema_version" not in data:
        raise DocumentError([("$.schema_version", missing_field("schema_version"))], source)
    version = data["schema_version"]
    version_problem = _version_problem(version)
    if version_problem:
        raise DocumentError([("$.schema_version", version_problem)], source)

    problems: list[tuple[str, str]] = []
    kind = data.get("kind")
    if "kind" not in data:
        problems.append(("$.kind", missing_field("kind")))
    elif not isinstance(kind, str) or kind not in KINDS:
        hint = hint_for(kind, list(KINDS)) if isinstance(kind, str) else ""
        hint = hint or ReadingMessage(N_("; slagen är {kinds}"), kinds=", ".join(KINDS))
        shown = quoted(kind) if isinstance(kind, str) else describe_value(kind)
        unknown = ReadingMessage(N_("okänt slag {kind}{hint}"), kind=shown, hint=hint)
        problems.append(("$.kind", unknown))
    for key in data:
        if key not in _KEYS:
            hint = hint_for(key, _KEYS)
            problems.append((key_path("$", key), unknown_field(key, hint)))
    schema_uri = data.get(SCHEMA_KEY)
    if schema_uri is not None and not isinstance(schema_uri, str):
        found = describe_value(schema_uri)
        expected = ReadingMessage(
            N_("ett schemas adress som text väntades, fick {found}"), found=found
        )
        problems.append((key_path("$", SCHEMA_KEY), expected))
    content: Any = None
    if "content" not in data:
        problems.append(("$.content", missing_field("content")))
    elif isinstance(kind, str) and kind in KINDS:
        with reading_limits() as limits:
            try:
                current = migrate(version, kind, data["content"])
                content = fastload.structure(current, KINDS[kind], _converter())
            except Exception as error:
                problems += problems_from(error, "$.content")
        if limits.stopped:
            problems.append(("$.content", stopped(len(problems))))
    if problems:
        raise DocumentError(problems, source)
    return Document(str(kind), content, schema_uri=schema_uri)


@fastload.paused_gc
def loads(data: str | bytes, format: Format = "json", source: str | None = None) -> Document:
    """Read a document from text or UTF-8 bytes; a leading byte order mark is ignored.

    ``source`` names where the text came from, in error messages. Raises
    :class:`~samverkan.errors.DocumentError` listing every problem found; in a document with
    more than :data:`~samverkan.io.converter.PROBLEMS_PER_DOCUMENT` of them, the list ends
    there with a last problem that says reading stopped.
    """
    if format not in FORMATS:
        unknown = ReadingMessage(
            N_("okänt format {format}; väntade 'json' eller 'toml'"), format=repr(format)
        )
        raise DocumentError([("$", unknown)], source)
    text = decode(data, source)
    if not text.strip():
        raise DocumentError([("$", ReadingMessage(N_("dokumentet är tomt")))], source)
    fast = format == "json" and fastload.read_json(text, KINDS, SCHEMA_VERSION)
    if fast:
        kind, content, schema_uri = fast
        return Document(kind, content, schema_uri=schema_uri)
    parsed = parse_json(text, source) if format == "json" else parse_toml(text, source)
    return from_data(parsed, source)


def load(path: str | os.PathLike[str], format: Format | None = None) -> Document:
    """Read a document from a file; the format follows the suffix (``.json``, ``.toml``).

    Only a regular file of at most :data:`MAX_DOCUMENT_BYTES` is read.
    """
    where = Path(path)
    if is_dir(where):
        directory = ReadingMessage(N_("detta är en katalog, inte en fil"))
        raise DocumentError([("$", directory)], str(where))
    chosen = format or _format_of(where)
    if chosen is None:
        raise DocumentError([("$", _unknown_suffix(where))], str(where))
    return loads(read_file(where), chosen, source=str(where))


def _format_of(path: Path) -> Format | None:
    suffix = path.suffix.lower()
    return next((known for known in FORMATS if suffix == f".{known}"), None)


def _unknown_suffix(path: Path) -> str:
    return ReadingMessage(
        N_("formatet framgår inte av ändelsen {suffix}; använd .json eller .toml"),
        suffix=repr(path.suffix),
    )


#: The largest document file :func:`load` reads, in bytes (256 MiB: ten times a county-wide
#: register of every agreement in Sweden). A larger file, or one that keeps growing while it
#: is read, is refused with a :class:`~samverkan.errors.DocumentError`.
# -- writing --------------------------------------------------------------------------------


def to_data(document: Document | object) -> dict[str, Any]:
    """The JSON-ready data of a document, or of a model wrapped in one."""
    doc = document if isinstance(document, Document) else Document.of(document)
    content = _converter().unstructure(doc.content, unstructure_as=KINDS[doc.kind])
    editor = {} if doc.schema_uri is None else {SCHEMA_KEY: doc.schema_uri}
    return {**editor, "schema_version": doc.schema_version, "kind": doc.kind, "content": content}


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
        return json_text(data)
    if format == "toml":
        import tomli_w  # at the first TOML written, not with samverkan

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
