"""The fields of the models as someone writing a document by hand meets them: the name, whether
the field is required, what it means, its type in words, the values it allows and how it is
written (a value, a table or a list of tables).

Read by ``samverkan new`` (:mod:`samverkan.io.template`) and by the documentation's field
reference; the meanings are the same texts the JSON Schema carries
(:func:`~samverkan.io.schema.field_description`).

>>> from samverkan.model import LocalFederation
>>> assembly = next(f for f in fields_of(LocalFederation) if f.name == "assembly")
>>> assembly.required, assembly.shape, assembly.allowed
(True, <Shape.VALUE: 'value'>, ('förbundsfullmäktige', 'förbundsdirektion'))
>>> type_label(assembly.hint, "en")
'one of the allowed values'
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Union, get_args, get_origin

import attrs

from samverkan._frozen import frozen
from samverkan.i18n import N_, translate
from samverkan.io.converter import make_converter
from samverkan.io.schema import field_description
from samverkan.io.shapes import is_collection, union_members
from samverkan.law import Citation
from samverkan.model.common import PARTY_TYPES
from samverkan.model.kinds import type_tag

__all__ = [
    "FieldInfo",
    "Shape",
    "fields_of",
    "is_party_type",
    "reachable_classes",
    "strip_optional",
    "type_label",
]


class Shape(enum.Enum):
    """How a field is written in TOML: ``key = value``, a ``[table]`` or ``[[tables]]``."""

    VALUE = "value"
    TABLE = "table"
    TABLES = "tables"


@frozen
class FieldInfo:
    """One field of a model class, as a document writes it."""

    #: The key in the document.
    name: str
    #: The Python type of the field.
    hint: Any
    #: Whether the document must give it.
    required: bool
    #: What it means (the description written on the field).
    description: str
    #: How it is written.
    shape: Shape
    #: The default as the document writes it; ``None`` when absent means none.
    default: Any
    #: The classes a table or a list of tables holds (several: tagged with ``"type"``).
    classes: tuple[type, ...] = ()
    #: The values an enumeration allows, or the tags of a list of tagged tables.
    allowed: tuple[Any, ...] = ()


def strip_optional(hint: Any) -> Any:
    """``X`` for ``X | None``; any other type unchanged."""
    if get_origin(hint) in (Union, types.UnionType):
        args = tuple(a for a in get_args(hint) if a is not type(None))
        if len(args) == 1:
            return args[0]
        return Union[args]  # noqa: UP007 - a union built at run time
    return hint


def is_party_type(t: Any) -> bool:
    """Whether ``t`` is written as a party code: a municipality, a region or a union of them."""
    members = union_members(t)
    if members is not None:
        return any(m in PARTY_TYPES for m in members[0])
    return t in PARTY_TYPES


def _objects(t: Any) -> tuple[type, ...]:
    """The attrs classes written as tables for the type ``t`` (parties and citations are
    written as text)."""
    if is_party_type(t) or t is Citation:
        return ()
    members = union_members(t)
    if members is not None:
        return tuple(members[0])
    return (t,) if isinstance(t, type) and attrs.has(t) else ()


def _item(hint: Any) -> Any:
    return get_args(hint)[0] if is_collection(hint) else hint


def _shape(inner: Any) -> tuple[Shape, tuple[type, ...]]:
    if is_collection(inner):
        objects = _objects(_item(inner))
        return (Shape.TABLES, objects) if objects else (Shape.VALUE, ())
    objects = _objects(inner)
    return (Shape.TABLE, objects) if objects else (Shape.VALUE, ())


def _allowed(inner: Any, objects: tuple[type, ...]) -> tuple[Any, ...]:
    item = _item(inner)
    if isinstance(item, type) and issubclass(item, enum.Enum):
        return tuple(member.value for member in item)
    if len(objects) > 1:
        return tuple(type_tag(cls) for cls in objects)
    return ()


@functools.cache
def _converter() -> Any:
    return make_converter()


def _default(field: attrs.Attribute, hint: Any) -> Any:  # type: ignore[type-arg]
    if field.default is attrs.NOTHING or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        return None
    return _converter().unstructure(field.default, unstructure_as=hint)


@functools.cache
def fields_of(cls: type) -> tuple[FieldInfo, ...]:
    """The fields of the attrs class ``cls`` a document can give, in the class's order."""
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        hint = hints[field.name]
        inner = strip_optional(hint)
        shape, objects = _shape(inner)
        found.append(
            FieldInfo(
                name=field.name,
                hint=hint,
                required=field.default is attrs.NOTHING,
                description=field_description(cls, field.name),
                shape=shape,
                default=_default(field, hint),
                classes=objects,
                allowed=_allowed(inner, objects),
            )
        )
    return tuple(found)


def reachable_classes(cls: type) -> tuple[type, ...]:
    """``cls`` and every class written as a table within it, each once, in the order a reader
    meets them (depth first, field by field)."""
    seen: dict[type, None] = {}

    def visit(current: type) -> None:
        if current in seen:
            return
        seen[current] = None
        for info in fields_of(current):
            for inner in info.classes:
                visit(inner)

    visit(cls)
    return tuple(seen)


_SIMPLE: dict[Any, str] = {
    str: N_("text"),
    bool: N_("true eller false"),
    int: N_("heltal"),
    Decimal: N_('belopp, skrivet som text: "1500.00"'),
    date: N_("datum, ÅÅÅÅ-MM-DD"),
}
_PARTY = N_(
    "kommunkod (fyra siffror) eller regionkod (två siffror); en annan organisation som tabell "
    'med type = "organisation"'
)
_PARTIES = N_(
    "lista av kommunkoder (fyra siffror) och regionkoder (två siffror); en annan organisation "
    'som tabell med type = "organisation"'
)
_ENUMS = N_("lista av tillåtna värden")
_CITATION = N_('hänvisning till en bestämmelse, t.ex. "KL 9:37 2 st."')
_ENUM = N_("ett av de tillåtna värdena")
_LIST = N_("lista av {item}")
_TABLE = N_("tabell {name}")
_TABLES = N_("lista av tabeller {name}")
_TAGGED = N_('tabeller {names}, var och en med sin sort i "type"')
_OR = N_(" eller ")


def type_label(hint: Any, lang: str, name: Callable[[type], str] = lambda cls: cls.__name__) -> str:
    """The type ``hint`` in words, in ``lang``; ``name`` writes the name of a class (the
    documentation makes it a link)."""
    inner = strip_optional(hint)
    shape, objects = _shape(inner)
    if shape is not Shape.VALUE:
        if len(objects) > 1:
            names = translate(_OR, lang).join(name(cls) for cls in objects)
            return translate(_TAGGED, lang).format(names=names)
        message = _TABLE if shape is Shape.TABLE else _TABLES
        return translate(message, lang).format(name=name(objects[0]))
    if is_collection(inner):
        item = _item(inner)
        if is_party_type(item):
            return translate(_PARTIES, lang)
        if isinstance(item, type) and issubclass(item, enum.Enum):
            return translate(_ENUMS, lang)
        return translate(_LIST, lang).format(item=type_label(item, lang, name))
    if is_party_type(inner):
        return translate(_PARTY, lang)
    if inner is Citation:
        return translate(_CITATION, lang)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return translate(_ENUM, lang)
    if inner in _SIMPLE:
        return translate(_SIMPLE[inner], lang)
    raise TypeError(f"no words for the type {hint!r}")
