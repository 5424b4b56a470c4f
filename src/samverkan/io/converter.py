"""The cattrs converter: how samverkan's models become JSON-ready data and back.

:func:`make_converter` returns a new converter with every samverkan hook;
:func:`configure_converter` registers the same hooks on an application's own converter.
cattrs' global converter is never used.

The encodings, chosen so that a document is exact and readable:

* a municipality or region is its SCB code (``"2326"``, ``"23"``), resolved through
  :func:`samverkan.parties.registry`; an :class:`~samverkan.model.Organisation` where a
  participant is expected is an object tagged ``{"type": "organisation", ...}``;
* every union of attrs classes carries the tag field ``"type"`` (:data:`TAG_FIELD`), the snake
  case class name (:func:`type_tag`);
* a :class:`~decimal.Decimal` is a string with its exact digits (``"368000.004"``); on input an
  exactly parsed JSON number is accepted too, a float, a bool, NaN or an infinity never;
* a date is ISO text (``"2019-09-02"``); a date and time is refused;
* a :class:`~samverkan.law.Citation` is its short form (``"KL 9:37 2 st."``);
* an enum member is its value; a tuple is a list; a frozenset is a sorted list;
* attrs objects omit fields that hold their default, and unknown fields are refused.

>>> from decimal import Decimal
>>> from samverkan.model import Compensation, Organisation, OrganisationKind, Task
>>> from samverkan.parties import registry
>>> converter = make_converter()
>>> converter.unstructure(Compensation(Decimal("368000.004")))
{'amount': '368000.004'}
>>> task = Task("sol.social-services", for_parties=(registry().party("2326"),))
>>> converter.unstructure(task)
{'area': 'sol.social-services', 'for_parties': ['2326']}
>>> converter.structure({"area": "sol.social-services", "for_parties": ["23"]}, Task).for_parties
(Region(code='23', name='Region Jämtland Härjedalen', orgnr=None, kind='region'),)

Structuring errors become plain-worded problems with their paths:

>>> try:
...     converter.structure({"amount": "12,5", "per_yer": False}, Compensation)
... except Exception as error:
...     for path, message in problems_from(error):
...         print(path, message)
$.amount expected an exact decimal amount such as "368000.50", got the text '12,5'
$.per_yer unknown field 'per_yer'; did you mean 'per_year'?
"""

from __future__ import annotations

import enum
import functools
import json
import re
import sys
import types
from collections.abc import Callable, Iterator, Mapping, MutableSequence, MutableSet, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from samverkan.errors import (
    EXCERPT_LENGTH,
    SamverkanError,
    UnknownPartyError,
    did_you_mean,
    excerpt,
)
from samverkan.law import Citation, parse_citation
from samverkan.model.kinds import type_tag
from samverkan.parties import Municipality, Region, registry

__all__ = [
    "DECIMAL_PATTERN",
    "TAG_FIELD",
    "configure_converter",
    "describe_value",
    "make_converter",
    "problems_from",
    "type_tag",
]

#: The field that names the class of an object in a union of attrs classes.
TAG_FIELD = "type"

#: Decimal amounts are written as this text: digits, an optional point and more digits.
DECIMAL_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"

_DECIMAL_TEXT = re.compile(DECIMAL_PATTERN.removeprefix("^").removesuffix("$"))
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_TEXT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]")
_CODE_TEXT = re.compile(r"[0-9]{2}|[0-9]{4}")

_PARTY_TYPES: tuple[type, ...] = (Municipality, Region)


class _Invalid(ValueError):
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


# -- primitives -----------------------------------------------------------------------------


def _structure_str(value: Any, cl: type) -> Any:
    if issubclass(cl, enum.Enum):
        return _structure_enum(value, cl)
    if not isinstance(value, str):
        raise _Invalid(f"expected text, got {describe_value(value)}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate, such as JSON's "\ud800"
            raise _Invalid(
                f"expected text, got a lone surrogate (U+{ord(value[error.start]):04X}) at "
                f"position {error.start}, which no UTF-8 document can hold"
            ) from None
    return value


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"expected true or false, got {describe_value(value)}")
    return value


def _structure_int(value: Any, cl: type) -> Any:
    if issubclass(cl, enum.Enum):
        return _structure_enum(value, cl)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"expected a whole number, got {describe_value(value)}")
    return value


#: The most digits an amount may have, written out without an exponent: the limit Python
#: sets by default on reading whole numbers from text. A longer amount ("1e999999999") would
#: be kept exactly, but could take a terabyte to write and would overflow arithmetic.
AMOUNT_DIGITS = sys.int_info.default_max_str_digits


def _sized(amount: Decimal) -> Decimal:
    _, digits, exponent = amount.as_tuple()
    shift = int(exponent)  # "368000.004": six digits, then three after the point
    size = len(digits) + shift if shift >= 0 else max(len(digits), -shift)
    if size > AMOUNT_DIGITS:
        raise _Invalid(
            f"expected an amount of at most {AMOUNT_DIGITS} digits, got one of {size} digits"
        )
    return amount


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _Invalid(f"expected a finite amount, got {describe_value(value)}")
        return _sized(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _sized(Decimal(value))
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        return _sized(Decimal(value))
    if isinstance(value, float):
        raise _Invalid(
            f"expected an exact decimal amount, got the binary floating-point number {value!r}; "
            f'write it as text, "{value}"'
        )
    raise _Invalid(
        f'expected an exact decimal amount such as "368000.50", got {describe_value(value)}'
    )


def _unstructure_decimal(value: Decimal) -> str:
    if value.is_zero() and value.is_signed():
        value = value.copy_abs()
    return format(value, "f")


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, datetime):
        raise _Invalid(f"expected a date without a time, got {describe_value(value)}")
    if isinstance(value, date):  # a TOML date
        return value
    if isinstance(value, str):
        if _DATE_TEXT.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise _Invalid(f"no such day: {excerpt(value)}") from None
        if _DATETIME_TEXT.match(value):
            raise _Invalid(f"expected a date without a time (YYYY-MM-DD), got {excerpt(value)}")
    raise _Invalid(f"expected a date written YYYY-MM-DD, got {describe_value(value)}")


def _unstructure_date(value: date) -> str:
    return value.isoformat()


@functools.cache
def _enum_members(cl: type[enum.Enum]) -> dict[tuple[type, Any], enum.Enum]:
    """The members of ``cl`` by the type and the value of their values (the first of aliases)."""
    members: dict[tuple[type, Any], enum.Enum] = {}
    for member in cl:
        members.setdefault((type(member.value), member.value), member)
    return members


def _structure_enum(value: Any, cl: type[enum.Enum]) -> enum.Enum:
    try:
        return _enum_members(cl)[type(value), value]
    except (KeyError, TypeError):  # TypeError: an unhashable value, such as a list
        pass
    values = [m.value for m in cl]
    shown = ", ".join(repr(v) for v in values)
    hint = did_you_mean(value, [str(v) for v in values]) if isinstance(value, str) else ""
    return_hint = hint or f"; expected one of {shown}"
    raise _Invalid(f"unknown value {_show(value)} for {cl.__name__}{return_hint}")


def _show(value: Any) -> str:
    return excerpt(value) if isinstance(value, str) else describe_value(value)


def _unstructure_enum(value: enum.Enum) -> Any:
    return value.value


# -- law and parties ------------------------------------------------------------------------


def _structure_citation(value: Any, _: type) -> Citation:
    if not isinstance(value, str):
        raise _Invalid(f"expected a citation such as 'KL 9:37 2 st.', got {describe_value(value)}")
    try:
        return parse_citation(value)
    except SamverkanError as error:
        reason = str(error).splitlines()[0]
        raise _Invalid(f"cannot read the citation {excerpt(value)}: {reason}") from None


def _unstructure_citation(value: Citation) -> str:
    text = value.short()
    try:
        if parse_citation(text) == value:
            return text
    except SamverkanError:  # pragma: no cover - every catalogued short form reads back
        pass
    return value.swedish()  # pragma: no cover


_CODE_WORDS = {
    (True, True): ("municipality or region", "four digits or two"),
    (True, False): ("municipality", "four digits"),
    (False, True): ("region", "two digits"),
}


@functools.cache
def _parties_by_code() -> dict[str, Municipality | Region]:
    """Every municipality and region of the bundled registry, by code."""
    reg = registry()
    parties: list[Municipality | Region] = [*reg.municipalities(), *reg.regions()]
    return {party.code: party for party in parties}


#: How many unknown parties in one document get a "did you mean" search of the registry.
#: A search costs up to a millisecond, so a hostile document naming a million unknown
#: parties would take a quarter of an hour; beyond this many, the problems are listed bare.
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


def _may_hint() -> bool:
    limits = _limits.get()
    if limits is None:
        return True
    limits.hints -= 1
    return limits.hints >= 0


def _out_of_problems() -> bool:
    """Count one more problem; whether reading must stop."""
    limits = _limits.get()
    if limits is None:
        return False
    limits.problems -= 1
    limits.stopped = limits.problems <= 0
    return limits.stopped


def _resolve_party(value: Any, kinds: tuple[type, ...]) -> Municipality | Region:
    """A municipality or region of ``kinds`` from its code."""
    if isinstance(value, str):
        party = _parties_by_code().get(value)
        if party is not None and isinstance(party, kinds):
            return party  # the common case; anything else is explained below
    municipality, region = Municipality in kinds, Region in kinds
    what, shape = _CODE_WORDS[municipality, region]
    if not isinstance(value, str):
        raise _Invalid(f"expected a {what} code ({shape}), got {describe_value(value)}")
    fits = (municipality and len(value) == 4) or (region and len(value) == 2)
    if not (_CODE_TEXT.fullmatch(value) and fits):
        hint = ""
        try:
            found = registry().lookup(value) if _may_hint() else None
        except UnknownPartyError:
            pass
        else:
            if found is not None and isinstance(found, kinds):
                hint = f"; parties are written by code: did you mean {_named_code(found.code)}?"
        raise _Invalid(f"expected a {what} code ({shape}), got {excerpt(value)}{hint}")
    if not _may_hint():
        raise _Invalid(f"unknown {what} code {value!r}")
    find = registry().region if len(value) == 2 else registry().municipality
    try:
        return find(value)  # known codes were returned above: this explains the unknown ones
    except UnknownPartyError as error:
        suggestions = ", ".join(_named_code(s) for s in error.suggestions)
        hint = f"; did you mean {suggestions}?" if suggestions else ""
        raise _Invalid(f"unknown {what} code {value!r}{hint}") from None


def _named_code(code: str) -> str:
    if not _CODE_TEXT.fullmatch(code):
        return code  # already an explanation, such as Gotland's
    return f"{code!r} ({registry().party(code).name})"


def _party_code(party: Municipality | Region) -> str:
    return party.code


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


def _problem_at(field: str, message: str, cl: Any) -> ClassValidationError:
    problem = _Invalid(message)
    problem.__notes__ = [AttributeValidationNote(f"@ attribute {field}", field, str)]
    return ClassValidationError(f"While structuring {cl!r}", [problem], cl)


def _union_hooks(
    converter: cattrs.Converter, t: Any
) -> tuple[Callable[[Any, Any], Any], Callable[[Any], Any]]:
    found = union_members(t)
    assert found is not None
    members, optional = found
    parties = tuple(m for m in members if m in _PARTY_TYPES)
    objects = {type_tag(m): m for m in members if m not in _PARTY_TYPES}
    expected = []
    if parties:
        what = _CODE_WORDS[Municipality in parties, Region in parties][0]
        expected.append(f"a {what} code")
    if objects:
        expected.append(f"an object with a {TAG_FIELD!r} field")
    wanted = ", or ".join(expected)

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, str) and parties:
            return _resolve_party(value, parties)
        if isinstance(value, Mapping) and objects:
            tags = ", ".join(repr(tag) for tag in objects)
            if TAG_FIELD not in value:
                raise _problem_at(
                    TAG_FIELD, f"required field {TAG_FIELD!r} is missing; expected {tags}", t
                )
            tag = value[TAG_FIELD]
            if not isinstance(tag, str) or tag not in objects:
                hint = did_you_mean(tag, list(objects)) if isinstance(tag, str) else ""
                raise _problem_at(
                    TAG_FIELD, f"unknown type {_show(tag)}{hint or f'; expected {tags}'}", t
                )
            rest = {k: v for k, v in value.items() if k != TAG_FIELD}
            return converter.structure(rest, objects[tag])
        raise _Invalid(f"expected {wanted}, got {describe_value(value)}")

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
            raise _Invalid(f"expected a list, got {describe_value(value)}")
        items: list[Any] = []
        seen: set[Any] = set()  # the items of a set, which are hashable
        errors: list[Exception] = []
        for index, raw in enumerate(value):
            try:
                item = converter.structure(raw, item_type)
                if unique:
                    if item in seen:
                        raise _Invalid("the same item is already in the list")
                    seen.add(item)
            except Exception as error:
                note = IterableValidationNote(f"@ index {index}", index, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
                if _out_of_problems():
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
            raise _Invalid(f"expected an object, got {describe_value(value)}")
        return generated(value, cl)

    return structure


def _attrs_unstructure(converter: cattrs.Converter, cl: type) -> Callable[[Any], Any]:
    omit = True if _is_samverkan_class(cl) else converter.omit_if_default
    return make_dict_unstructure_fn(cl, converter, _cattrs_omit_if_default=omit)


def configure_converter(converter: cattrs.Converter) -> None:
    """Register samverkan's hooks on ``converter``.

    samverkan's own classes always omit defaults, refuse unknown fields and report every
    problem, whatever the converter's settings; other attrs classes follow the settings.
    For every class: strings, numbers, booleans, dates and decimals are read strictly (no
    coercion), lists must be lists, an object must be an object, and every union of attrs
    classes is told apart by the ``"type"`` tag.

    >>> converter = cattrs.Converter()
    >>> configure_converter(converter)
    >>> converter.structure("2326", Municipality).name
    'Berg'
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(date, _unstructure_date)
    converter.register_structure_hook(Citation, _structure_citation)
    converter.register_unstructure_hook(Citation, _unstructure_citation)
    converter.register_structure_hook(
        Municipality, lambda value, _: _resolve_party(value, (Municipality,))
    )
    converter.register_structure_hook(Region, lambda value, _: _resolve_party(value, (Region,)))
    converter.register_unstructure_hook(Municipality, _party_code)
    converter.register_unstructure_hook(Region, _party_code)
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _unstructure_enum
    )
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


def make_converter() -> cattrs.Converter:
    """A new converter with all of samverkan's hooks (never cattrs' global one)."""
    converter = cattrs.Converter(
        forbid_extra_keys=True, detailed_validation=True, omit_if_default=True
    )
    configure_converter(converter)
    return converter


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
            if _out_of_problems():
                break
        return problems
    if isinstance(error, ValueError | TypeError) and error.args:
        return [(path, str(error.args[0]))]
    return [(path, f"cannot be read ({type(error).__name__}: {error})")]
