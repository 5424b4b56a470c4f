"""The converter's hooks for shapes: unions of attrs classes (tagged with ``"type"``),
collections (tuples as lists, frozensets as sorted lists) and samverkan's attrs classes.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Mapping, MutableSequence, MutableSet, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from samverkan.i18n import N_
from samverkan.io.hooks import (
    TAG_FIELD,
    a_code,
    code_words,
    expected,
    resolve_party,
    show_value,
)
from samverkan.io.messages import ReadingMessage, hint_for
from samverkan.io.problems import Invalid, out_of_problems
from samverkan.model.common import PARTY_TYPES
from samverkan.model.kinds import type_tag
from samverkan.parties import Municipality, Region

# -- unions, collections and attrs classes --------------------------------------------------


def union_members(t: Any) -> tuple[list[type], bool] | None:
    """The classes of a union of two or more attrs classes, and whether ``None`` is allowed."""
    if get_origin(t) not in (Union, types.UnionType):
        return None
    args = get_args(t)
    members = [a for a in args if a is not type(None)]
    if len(members) < 2 or not all(isinstance(m, type) and attrs.has(m) for m in members):
        return None
    return members, len(members) < len(args)


def _problem_at(field: str, message: ReadingMessage, cl: Any) -> ClassValidationError:
    problem = Invalid(message)
    problem.__notes__ = [AttributeValidationNote(f"@ attribute {field}", field, str)]
    return ClassValidationError(f"While structuring {cl!r}", [problem], cl)


def _union_hooks(
    converter: cattrs.Converter, t: Any
) -> tuple[Callable[[Any, Any], Any], Callable[[Any], Any]]:
    found = union_members(t)
    assert found is not None
    members, optional = found
    parties = tuple(m for m in members if m in PARTY_TYPES)
    objects = {type_tag(m): m for m in members if m not in PARTY_TYPES}
    choices: list[str] = []
    if parties:
        choices.append(a_code(code_words(Municipality in parties, Region in parties)[0]))
    if objects:
        choices.append(ReadingMessage(N_("ett objekt med fältet {field}"), field=repr(TAG_FIELD)))
    wanted = choices[0]
    if len(choices) > 1:
        wanted = ReadingMessage(N_("{one} eller {other}"), one=choices[0], other=choices[1])

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, str) and parties:
            return resolve_party(value, parties)
        if isinstance(value, Mapping) and objects:
            tags = ", ".join(repr(tag) for tag in objects)
            if TAG_FIELD not in value:
                missing = ReadingMessage(
                    N_("det obligatoriska fältet {field} saknas; väntade {tags}"),
                    field=repr(TAG_FIELD),
                    tags=tags,
                )
                raise _problem_at(TAG_FIELD, missing, t)
            tag = value[TAG_FIELD]
            if not isinstance(tag, str) or tag not in objects:
                hint = hint_for(tag, list(objects)) if isinstance(tag, str) else ""
                hint = hint or ReadingMessage(N_("; väntade {tags}"), tags=tags)
                unknown = ReadingMessage(
                    N_("okänd typ {value}{hint}"), value=show_value(tag), hint=hint
                )
                raise _problem_at(TAG_FIELD, unknown, t)
            rest = {k: v for k, v in value.items() if k != TAG_FIELD}
            return converter.structure(rest, objects[tag])
        raise expected(wanted, value)

    def unstructure(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, Municipality | Region):
            return value.code
        cls = type(value) if type(value) in members else _first_base(value, members)
        data = converter.unstructure(value, unstructure_as=cls)
        return {TAG_FIELD: type_tag(cls), **data}

    return structure, unstructure


def _first_base(value: object, members: list[type]) -> type:
    return next(m for m in members if isinstance(value, m))


SET_ORIGINS = (frozenset, set, AbstractSet, MutableSet)
_SEQUENCE_ORIGINS = (tuple, list, Sequence, MutableSequence)


def is_collection(t: Any) -> bool:
    origin = get_origin(t)
    args = get_args(t)
    if origin is tuple:
        return len(args) == 2 and args[1] is Ellipsis
    return origin in SET_ORIGINS + _SEQUENCE_ORIGINS and len(args) == 1


def _sort_key(item: Any) -> tuple[int, Any]:
    if isinstance(item, int) and not isinstance(item, bool):
        return (0, item)
    return (1, json.dumps(item, sort_keys=True, ensure_ascii=False))


def _collection_hooks(
    converter: cattrs.Converter, t: Any
) -> tuple[Callable[[Any, Any], Any], Callable[[Any], Any]]:
    origin = get_origin(t)
    item_type = get_args(t)[0]
    unique = origin in SET_ORIGINS
    build: Callable[[list[Any]], Any]
    if origin in (list, MutableSequence):
        build = list
    elif origin in (set, MutableSet):
        build = set
    elif unique:
        build = frozenset
    else:
        build = tuple

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise expected(ReadingMessage(N_("en lista")), value)
        items: list[Any] = []
        seen: set[Any] = set()  # the items of a set, which are hashable
        errors: list[Exception] = []
        for index, raw in enumerate(value):
            try:
                item = converter.structure(raw, item_type)
                if unique:
                    if item in seen:
                        raise Invalid(ReadingMessage(N_("samma post finns redan i listan")))
                    seen.add(item)
            except Exception as error:
                note = IterableValidationNote(f"@ index {index}", index, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
                if out_of_problems():
                    break
            else:
                items.append(item)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return build(items)

    def unstructure(value: Any) -> list[Any]:
        items = [converter.unstructure(v, unstructure_as=item_type) for v in value]
        return sorted(items, key=_sort_key) if unique else items

    return structure, unstructure


def _is_samverkan_class(cl: type) -> bool:
    return cl.__module__.split(".")[0] == "samverkan"


def _attrs_structure(converter: cattrs.Converter, cl: type) -> Callable[[Any, Any], Any]:
    own = _is_samverkan_class(cl)
    generated: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cl,
        converter,
        _cattrs_forbid_extra_keys=True if own else "from_converter",
        _cattrs_detailed_validation=True if own else "from_converter",
    )

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):  # dict: the fast test
            raise expected(ReadingMessage(N_("ett objekt")), value)
        return generated(value, cl)

    return structure


def _attrs_unstructure(converter: cattrs.Converter, cl: type) -> Callable[[Any], Any]:
    omit = True if _is_samverkan_class(cl) else converter.omit_if_default
    return make_dict_unstructure_fn(cl, converter, _cattrs_omit_if_default=omit)


def configure_shapes(converter: cattrs.Converter) -> None:
    """Register the hooks for unions, collections and attrs classes on ``converter``."""
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and attrs.has(t), lambda t: _attrs_structure(converter, t)
    )
    converter.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and attrs.has(t),
        lambda t: _attrs_unstructure(converter, t),
    )
    converter.register_structure_hook_factory(
        is_collection, lambda t: _collection_hooks(converter, t)[0]
    )
    converter.register_unstructure_hook_factory(
        is_collection, lambda t: _collection_hooks(converter, t)[1]
    )
    converter.register_structure_hook_factory(
        lambda t: union_members(t) is not None, lambda t: _union_hooks(converter, t)[0]
    )
    converter.register_unstructure_hook_factory(
        lambda t: union_members(t) is not None, lambda t: _union_hooks(converter, t)[1]
    )
