"""JSON Schema (draft 2020-12) for every document kind, generated from the attrs models.

The generator walks each class's fields (:func:`attrs.fields`, :func:`typing.get_type_hints`)
with the same encodings as the converter: parties are code strings, other objects in a union
carry a ``"type"`` tag, amounts are decimal strings (or exact numbers), dates ISO text. Every
property has a description, written on the field with
:func:`~samverkan.model.common.described`, or else from the sentence of the class docstring that
names the field.

>>> schema = schema_for("joint_committee")
>>> schema["properties"]["kind"]
{'const': 'joint_committee', 'description': 'The kind of model in content.'}
>>> committee = schema["$defs"]["JointCommittee"]
>>> committee["required"]
['name', 'parties', 'host']
>>> committee["properties"]["host"]["description"]
'The party in whose organisation the committee sits (värdkommun or värdregion).'
>>> schema["$defs"]["MunicipalityCode"]["pattern"]
'^[0-9]{4}$'
"""

from __future__ import annotations

import copy
import enum
import functools
import re
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from samverkan.errors import did_you_mean
from samverkan.io.converter import make_converter
from samverkan.io.documents import KINDS, READABLE_VERSIONS, SCHEMA_KEY, SCHEMA_VERSION, Document
from samverkan.io.hooks import DECIMAL_PATTERN, TAG_FIELD
from samverkan.io.shapes import SET_ORIGINS, is_collection, union_members
from samverkan.law import Citation
from samverkan.model.common import DESCRIPTION, non_negative
from samverkan.model.kinds import type_tag
from samverkan.parties import Municipality, Region

__all__ = [
    "SCHEMA_BASE_URL",
    "SCHEMA_KINDS",
    "class_schema",
    "class_summary",
    "field_description",
    "schema_for",
    "schema_id",
]

#: The kinds for which :func:`schema_for` gives a schema.
SCHEMA_KINDS: tuple[str, ...] = tuple(KINDS)

#: Where the documentation publishes the schemas, one folder per schema version.
SCHEMA_BASE_URL = "https://samverkan.readthedocs.io/en/latest/schemas"

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_NON_NEGATIVE_PATTERN = r"^[0-9]+(\.[0-9]+)?$"

_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]+\.)?([^`]+)`")
_MARKUP = re.compile(r"``([^`]+)``|\*([^*]+)\*")


def _plain(text: str) -> str:
    """Docstring text without reStructuredText markup, on one line."""
    text = _ROLE.sub(r"\1", " ".join(text.split()))
    return _MARKUP.sub(lambda m: m.group(1) or m.group(2), text)


def class_summary(cls: type) -> str:
    """The first paragraph of the docstring of ``cls``, on one line without markup."""
    doc = cls.__doc__ or ""
    return _plain(doc.strip().split("\n\n")[0])


def _from_docstring(cls: type, name: str) -> str | None:
    text = " ".join((cls.__doc__ or "").split())
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if f"``{name}``" in sentence:
            return _plain(sentence).rstrip(";.") + "."
    return None


def field_description(cls: type, name: str) -> str:
    """What the field ``name`` of ``cls`` means: the text written on it with ``described``, or
    else the sentence of the class docstring that names it."""
    fields = attrs.fields_dict(cls) if attrs.has(cls) else {}
    if name in fields and DESCRIPTION in fields[name].metadata:
        return str(fields[name].metadata[DESCRIPTION])
    from_doc = _from_docstring(cls, name)
    if from_doc is None:
        raise LookupError(
            f"no description for {cls.__name__}.{name}: write it on the field with described()"
        )
    return from_doc


class _Builder:
    """Collects the ``$defs`` while turning types into schemas."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.converter = make_converter()

    def ref(self, name: str, build: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name: classes may refer to themselves
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def of_type(self, t: Any, non_negative: bool = False) -> dict[str, Any]:
        members = union_members(t)
        if members is not None:
            return self.of_union(*members)
        origin = get_origin(t)
        if origin in (Union, types.UnionType):  # X | None
            options = [self.of_type(a, non_negative) for a in get_args(t) if a is not type(None)]
            return {"oneOf": [*options, {"type": "null"}]}
        if origin is Literal:
            return {"enum": list(get_args(t))}
        if is_collection(t):
            item = self.of_type(get_args(t)[0], non_negative)
            schema: dict[str, Any] = {"type": "array", "items": item}
            if origin in SET_ORIGINS:
                schema["uniqueItems"] = True
            return schema
        return self.of_simple(t, non_negative)

    def of_simple(self, t: Any, non_negative: bool) -> dict[str, Any]:
        if t is Any or t is object:
            return {}
        if t is Municipality:
            return self.ref("MunicipalityCode", _municipality_code)
        if t is Region:
            return self.ref("RegionCode", _region_code)
        if t is Citation:
            return self.ref("Citation", _citation)
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return self.ref(t.__name__, lambda: _enum(t))
        if isinstance(t, type) and attrs.has(t):
            return self.ref(t.__name__, lambda: self.of_class(t))
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is str:
            return {"type": "string"}
        if t is Decimal:
            if non_negative:
                return {
                    "type": ["string", "number"],
                    "pattern": _NON_NEGATIVE_PATTERN,
                    "minimum": 0,
                }
            return {"type": ["string", "number"], "pattern": DECIMAL_PATTERN}
        if t is date:
            return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        raise TypeError(f"no JSON Schema for the type {t!r}")

    def of_union(self, members: list[type], optional: bool) -> dict[str, Any]:
        options = []
        for member in members:
            if member in (Municipality, Region):
                options.append(self.of_simple(member, False))
            else:
                tagged = functools.partial(self.tagged, member)
                options.append(self.ref(f"{member.__name__}.tagged", tagged))
        if optional:
            options.append({"type": "null"})
        return {"oneOf": options}

    def tagged(self, cls: type) -> dict[str, Any]:
        plain = self.defs.get(cls.__name__) or self.of_class(cls)
        schema = copy.deepcopy(plain)
        tag = {"const": type_tag(cls), "description": "The tag naming this kind of object."}
        schema["properties"] = {TAG_FIELD: tag, **schema["properties"]}
        schema["required"] = [TAG_FIELD, *schema["required"]]
        return schema

    def of_class(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            hint = hints[field.name]
            schema = dict(self.of_type(hint, non_negative=field.validator is non_negative))
            schema["description"] = field_description(cls, field.name)
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                schema["default"] = self.converter.unstructure(field.default, unstructure_as=hint)
            properties[field.name] = schema
        return {
            "type": "object",
            "description": class_summary(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def _municipality_code() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": "^[0-9]{4}$",
        "description": "A municipality (kommun) by its four-digit SCB code, e.g. '2326'.",
    }


def _region_code() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": "^[0-9]{2}$",
        "description": "A region by the two-digit code of its county (länskod), e.g. '23'.",
    }


def _citation() -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "description": (
            "A citation of a provision, in short or standard Swedish form, e.g. "
            "'KL 9:37 2 st.' or '9 kap. 37 § andra stycket kommunallagen (2017:725)'."
        ),
        "examples": ["KL 9:37 2 st.", "SkolL 23:3"],
    }


def _enum(cls: type[enum.Enum]) -> dict[str, Any]:
    return {"enum": [m.value for m in cls], "description": class_summary(cls)}


def class_schema(cls: type, title: str | None = None) -> dict[str, Any]:
    """The JSON Schema of an attrs class as the converter writes it (without an envelope)."""
    builder = _Builder()
    root = builder.of_class(cls)
    return {"$schema": _DRAFT, "title": title or cls.__name__, **root, "$defs": builder.defs}


@functools.cache
def _schema(kind: str) -> dict[str, Any]:
    builder = _Builder()
    content = builder.of_type(KINDS[kind])
    properties = {
        SCHEMA_KEY: {"type": "string", "description": field_description(Document, "schema_uri")},
        "schema_version": {
            "enum": list(READABLE_VERSIONS),
            "description": field_description(Document, "schema_version"),
        },
        "kind": {"const": kind, "description": field_description(Document, "kind")},
        "content": {**content, "description": field_description(Document, "content")},
    }
    return {
        "$schema": _DRAFT,
        "$id": schema_id(kind),
        "title": f"samverkan {kind} document",
        "description": f"A samverkan document (schema version {SCHEMA_VERSION}) holding a {kind}.",
        "type": "object",
        "properties": properties,
        "required": ["schema_version", "kind", "content"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_id(kind: str) -> str:
    """The ``$id`` of the schema of ``kind``: the address the documentation publishes it at.

    >>> schema_id("fund_pot")
    'https://samverkan.readthedocs.io/en/latest/schemas/1.2/fund_pot.schema.json'
    """
    return f"{SCHEMA_BASE_URL}/{SCHEMA_VERSION}/{kind}.schema.json"


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of documents of ``kind`` (one of :data:`SCHEMA_KINDS`).

    Returns a new dict on every call, free to change.
    """
    if kind not in KINDS:
        hint = did_you_mean(kind, SCHEMA_KINDS) or f"; the kinds are {', '.join(SCHEMA_KINDS)}"
        raise ValueError(f"unknown kind {kind!r}{hint}")
    return copy.deepcopy(_schema(kind))
