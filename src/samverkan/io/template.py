"""Starting documents for people who write one by hand (``samverkan new KIND``).

Everything comes from the kinds (:data:`~samverkan.model.kinds.DOCUMENT_KINDS`) and the fields
of their models (:mod:`samverkan.io.fields`): every required field with a placeholder of its
type that lets the document load, and, in TOML, every optional field commented out with its
meaning, its type, its default and its allowed values. JSON cannot carry comments, so the JSON
starting document holds the required fields only, with a ``"$schema"`` key that lets an
editor offer the rest. The meanings are in the language of the comments
(:mod:`samverkan.io.field_texts`); one the catalogue cannot yet give in Swedish is
written in English, and the header says so.

>>> text = starting_toml("local_federation", "en")
>>> print(text.split("[content]")[1].split("# True when")[0].strip())
# The federation's name (kommunalförbund).
# REQUIRED: replace the placeholder. Type: text.
name = "REPLACE"
# The member municipalities and regions (förbundsmedlemmar).
# REQUIRED: replace the placeholder. Type: list of municipality codes (four digits) and region
# codes (two digits); another organisation as a table with type = "organisation".
members = ["2326", "2380"]
# The form of the decision-making assembly: förbundsfullmäktige or förbundsdirektion.
# REQUIRED: replace the placeholder. Type: one of the allowed values.
# Allowed values: "förbundsfullmäktige", "förbundsdirektion"
assembly = "förbundsfullmäktige"
"""

from __future__ import annotations

import enum
import textwrap
from datetime import date
from decimal import Decimal
from typing import Any

from samverkan.i18n import N_, translate
from samverkan.io.documents import KINDS, SCHEMA_KEY, SCHEMA_VERSION
from samverkan.io.fastdump import json_text
from samverkan.io.field_texts import translated
from samverkan.io.fields import (
    FieldInfo,
    Shape,
    fields_of,
    is_party_type,
    strip_optional,
    type_label,
)
from samverkan.io.hooks import TAG_FIELD
from samverkan.io.schema import schema_id
from samverkan.io.shapes import is_collection, union_members
from samverkan.law import Citation
from samverkan.model.kinds import DOCUMENT_KINDS, type_tag

__all__ = [
    "PLACEHOLDER_CODES",
    "PLACEHOLDER_DATE",
    "placeholder",
    "required_data",
    "starting_data",
    "starting_json",
    "starting_toml",
]

#: The party codes a starting document puts where parties are required: Berg and Östersund.
PLACEHOLDER_CODES = ("2326", "2380")
#: The date a starting document puts where a date is required.
PLACEHOLDER_DATE = "2025-01-01"
_PLACEHOLDER_CITATION = "KL 9:37"
_PLACEHOLDER_TEXT = N_("ERSÄTT")
_WIDTH = 96

_HEADER = N_(
    "{term} ({kind}{citation}): ett startdokument skrivet av samverkan new. Fält märkta "
    "OBLIGATORISKT har platshållare som låter dokumentet läsas: byt ut dem ({text}, "
    "koderna {codes}, datumet {date}) mot de verkliga uppgifterna. Valfria fält står "
    'bortkommenterade: ta bort "# " framför raden för att använda dem. Kontrollera '
    "dokumentet med: samverkan check FIL"
)
_SOME_ENGLISH = N_(
    "Beskrivningen av några fält finns ännu inte på svenska och står på engelska: {names}."
)
_REQUIRED = N_("OBLIGATORISKT: byt ut platshållaren. Typ: {type}.")
_OPTIONAL = N_("Valfritt. Typ: {type}.")
_OPTIONAL_DEFAULT = N_("Valfritt. Typ: {type}. Standard: {default}.")
_ALLOWED = N_("Tillåtna värden: {values}")
_MORE = N_("Fler valfria fält: {names} (se fältreferensen i dokumentationen).")


def placeholder(hint: Any, lang: str) -> Any:
    """A value of the type ``hint``, as a document writes it, that the reader accepts."""
    inner = strip_optional(hint)
    if is_collection(inner):
        item = inner.__args__[0]
        if is_party_type(item):
            return list(PLACEHOLDER_CODES)
        return [placeholder(item, lang)]
    if is_party_type(inner):
        return PLACEHOLDER_CODES[-1]
    members = union_members(inner)
    if members is not None:  # tagged tables: the first kind
        first = members[0][0]
        return {TAG_FIELD: type_tag(first), **required_data(first, lang)}
    if inner is Citation:
        return _PLACEHOLDER_CITATION
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return next(iter(inner)).value
    if isinstance(inner, type) and hasattr(inner, "__attrs_attrs__"):
        return required_data(inner, lang)
    simple: dict[Any, Any] = {
        str: translate(_PLACEHOLDER_TEXT, lang),
        bool: False,
        int: 1,
        Decimal: "0",
        date: PLACEHOLDER_DATE,
    }
    return simple[inner]


def required_data(cls: type, lang: str) -> dict[str, Any]:
    """The required fields of ``cls``, each with its placeholder."""
    return {f.name: placeholder(f.hint, lang) for f in fields_of(cls) if f.required}


def starting_data(kind: str, lang: str) -> dict[str, Any]:
    """The data of the starting document of ``kind``: ``$schema``, the envelope and the
    required fields of the content."""
    return {
        SCHEMA_KEY: schema_id(kind),
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "content": required_data(KINDS[kind], lang),
    }


def starting_json(kind: str, lang: str) -> str:
    """The JSON starting document of ``kind``: required fields only (JSON has no comments)."""
    return json_text(starting_data(kind, lang))


# -- TOML ------------------------------------------------------------------------------------


def _toml(value: Any) -> str:
    """``value`` (text, a number, a boolean or a list of them) as an inline TOML value."""
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    import tomli_w  # at the first TOML written, not with samverkan

    return tomli_w.dumps({"x": value})[len("x = ") :].rstrip("\n")


class _Writer:
    """Collects the lines of a commented TOML starting document."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lines: list[str] = []
        #: The fields described in English for want of a translation.
        self.untranslated: list[str] = []

    def comment(self, text: str, prefix: str = "") -> None:
        for line in textwrap.wrap(text, _WIDTH - len(prefix) - 2, break_on_hyphens=False):
            self.lines.append(f"{prefix}# {line}")

    def describe(self, info: FieldInfo, prefix: str) -> None:
        text = translated(info.description, self.lang)
        if text is None:
            self.untranslated.append(info.name)
        self.comment(text or info.description, prefix)
        words = type_label(info.hint, self.lang)
        if info.required:
            status = translate(_REQUIRED, self.lang).format(type=words)
        elif info.default not in (None, [], {}) and info.shape is Shape.VALUE:
            default = _toml(info.default)
            status = translate(_OPTIONAL_DEFAULT, self.lang).format(type=words, default=default)
        else:
            status = translate(_OPTIONAL, self.lang).format(type=words)
        self.comment(status, prefix)
        if info.allowed:
            values = ", ".join(_toml(value) for value in info.allowed)
            line = translate(_ALLOWED, self.lang).format(values=values)
            if len(prefix) + len(line) + 2 <= _WIDTH:
                self.lines.append(f"{prefix}# {line}")
            else:  # one value a line, so that no value is broken
                self.lines.append(
                    f"{prefix}# " + translate(_ALLOWED, self.lang).format(values="").rstrip()
                )
                self.lines += [f"{prefix}#   {_toml(value)}" for value in info.allowed]

    def example(self, info: FieldInfo) -> Any:
        if info.default not in (None, [], {}):
            return info.default
        return placeholder(info.hint, self.lang)

    def table(self, cls: type, path: str, live: bool, full: bool) -> None:
        """The fields of ``cls`` at ``path``: live (uncommented) or commented out; ``full``
        describes the optional fields too, else only names them."""
        prefix = "" if live else "# "
        infos = fields_of(cls)
        values = [i for i in infos if i.shape is Shape.VALUE]
        for info in values:
            if info.required or full:
                self.describe(info, prefix)
                shown = placeholder(info.hint, self.lang) if info.required else self.example(info)
                mark = prefix if info.required else "# " + prefix
                self.lines.append(f"{mark}{info.name} = {_toml(shown)}")
        if not full:
            optional = [i.name for i in infos if not i.required]
            if optional:
                self.comment(translate(_MORE, self.lang).format(names=", ".join(optional)), prefix)
        for info in infos:
            if info.shape is Shape.VALUE or not (info.required or full):
                continue
            nested_live = live and info.required
            self.lines.append("")
            self.describe(info, prefix)
            self.nested(info, f"{path}.{info.name}", nested_live, full and nested_live)

    def nested(self, info: FieldInfo, path: str, live: bool, full: bool) -> None:
        prefix = "" if live else "# "
        header = f"[{path}]" if info.shape is Shape.TABLE else f"[[{path}]]"
        self.lines.append(prefix + header)
        if len(info.classes) > 1:
            self.lines.append(f"{prefix}{TAG_FIELD} = {_toml(type_tag(info.classes[0]))}")
        self.table(info.classes[0], path, live, full)


def starting_toml(kind: str, lang: str) -> str:
    """The commented TOML starting document of ``kind``, its comments in ``lang``."""
    row = next(row for row in DOCUMENT_KINDS if row.tag == kind)
    writer = _Writer(lang)
    writer.lines.append(f"#:schema {schema_id(kind)}")
    writer.lines.append("#")
    citation = f", {row.citation}" if row.citation else ""
    header = translate(_HEADER, lang).format(
        term=row.term,
        kind=kind,
        citation=citation,
        text=_toml(translate(_PLACEHOLDER_TEXT, lang)),
        codes=", ".join(PLACEHOLDER_CODES),
        date=PLACEHOLDER_DATE,
    )
    writer.comment(header)
    start = len(writer.lines)
    writer.lines += ["", f"schema_version = {_toml(SCHEMA_VERSION)}", f"kind = {_toml(kind)}"]
    writer.lines += ["", "[content]"]
    writer.table(row.cls, "content", live=True, full=True)
    if writer.untranslated:
        names = ", ".join(dict.fromkeys(writer.untranslated))
        notice = _Writer(lang)
        notice.comment(translate(_SOME_ENGLISH, lang).format(names=names))
        writer.lines[start:start] = notice.lines
    return "\n".join(writer.lines) + "\n"
