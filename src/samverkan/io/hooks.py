"""The converter's hooks for single values: text, numbers, exact amounts, dates, enums,
citations and parties (by their SCB code).
"""

from __future__ import annotations

import enum
import functools
import re
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import cattrs

from samverkan.errors import (
    SamverkanError,
    UnknownPartyError,
    did_you_mean,
    excerpt,
)
from samverkan.io.problems import Invalid, describe_value, may_hint
from samverkan.law import Citation, parse_citation
from samverkan.parties import Municipality, Region, registry

#: The field that names the class of an object in a union of attrs classes.
TAG_FIELD = "type"

#: Decimal amounts are written as this text: digits, an optional point and more digits.
DECIMAL_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"

_DECIMAL_TEXT = re.compile(DECIMAL_PATTERN.removeprefix("^").removesuffix("$"))
DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_TEXT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]")
_CODE_TEXT = re.compile(r"[0-9]{2}|[0-9]{4}")

PARTY_TYPES: tuple[type, ...] = (Municipality, Region)


# -- primitives -----------------------------------------------------------------------------


def _structure_str(value: Any, cl: type) -> Any:
    if issubclass(cl, enum.Enum):
        return _structure_enum(value, cl)
    if not isinstance(value, str):
        raise Invalid(f"expected text, got {describe_value(value)}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate, such as JSON's "\ud800"
            raise Invalid(
                f"expected text, got a lone surrogate (U+{ord(value[error.start]):04X}) at "
                f"position {error.start}, which no UTF-8 document can hold"
            ) from None
    return value


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"expected true or false, got {describe_value(value)}")
    return value


def _structure_int(value: Any, cl: type) -> Any:
    if issubclass(cl, enum.Enum):
        return _structure_enum(value, cl)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"expected a whole number, got {describe_value(value)}")
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
        raise Invalid(
            f"expected an amount of at most {AMOUNT_DIGITS} digits, got one of {size} digits"
        )
    return amount


def structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise Invalid(f"expected a finite amount, got {describe_value(value)}")
        return _sized(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _sized(Decimal(value))
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value):
        return _sized(Decimal(value))
    if isinstance(value, float):
        raise Invalid(
            f"expected an exact decimal amount, got the binary floating-point number {value!r}; "
            f'write it as text, "{value}"'
        )
    raise Invalid(
        f'expected an exact decimal amount such as "368000.50", got {describe_value(value)}'
    )


def _unstructure_decimal(value: Decimal) -> str:
    if value.is_zero() and value.is_signed():
        value = value.copy_abs()
    return format(value, "f")


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, datetime):
        raise Invalid(f"expected a date without a time, got {describe_value(value)}")
    if isinstance(value, date):  # a TOML date
        return value
    if isinstance(value, str):
        if DATE_TEXT.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise Invalid(f"no such day: {excerpt(value)}") from None
        if _DATETIME_TEXT.match(value):
            raise Invalid(f"expected a date without a time (YYYY-MM-DD), got {excerpt(value)}")
    raise Invalid(f"expected a date written YYYY-MM-DD, got {describe_value(value)}")


def _unstructure_date(value: date) -> str:
    return value.isoformat()


@functools.cache
def enum_members(cl: type[enum.Enum]) -> dict[tuple[type, Any], enum.Enum]:
    """The members of ``cl`` by the type and the value of their values (the first of aliases)."""
    members: dict[tuple[type, Any], enum.Enum] = {}
    for member in cl:
        members.setdefault((type(member.value), member.value), member)
    return members


def _structure_enum(value: Any, cl: type[enum.Enum]) -> enum.Enum:
    try:
        return enum_members(cl)[type(value), value]
    except (KeyError, TypeError):  # TypeError: an unhashable value, such as a list
        pass
    values = [m.value for m in cl]
    shown = ", ".join(repr(v) for v in values)
    hint = did_you_mean(value, [str(v) for v in values]) if isinstance(value, str) else ""
    return_hint = hint or f"; expected one of {shown}"
    raise Invalid(f"unknown value {show_value(value)} for {cl.__name__}{return_hint}")


def show_value(value: Any) -> str:
    return excerpt(value) if isinstance(value, str) else describe_value(value)


def _unstructure_enum(value: enum.Enum) -> Any:
    return value.value


# -- law and parties ------------------------------------------------------------------------


def structure_citation(value: Any, _: type) -> Citation:
    if not isinstance(value, str):
        raise Invalid(f"expected a citation such as 'KL 9:37 2 st.', got {describe_value(value)}")
    try:
        return parse_citation(value)
    except SamverkanError as error:
        reason = str(error).splitlines()[0]
        raise Invalid(f"cannot read the citation {excerpt(value)}: {reason}") from None


def _unstructure_citation(value: Citation) -> str:
    text = value.short()
    try:
        if parse_citation(text) == value:
            return text
    except SamverkanError:  # pragma: no cover - every catalogued short form reads back
        pass
    return value.swedish()  # pragma: no cover


CODE_WORDS = {
    (True, True): ("municipality or region", "four digits or two"),
    (True, False): ("municipality", "four digits"),
    (False, True): ("region", "two digits"),
}


@functools.cache
def parties_by_code() -> dict[str, Municipality | Region]:
    """Every municipality and region of the bundled registry, by code."""
    reg = registry()
    parties: list[Municipality | Region] = [*reg.municipalities(), *reg.regions()]
    return {party.code: party for party in parties}


#: How many unknown parties in one document get a "did you mean" search of the registry.
#: A search costs up to a millisecond, so a hostile document naming a million unknown
#: parties would take a quarter of an hour; beyond this many, the problems are listed bare.


def resolve_party(value: Any, kinds: tuple[type, ...]) -> Municipality | Region:
    """A municipality or region of ``kinds`` from its code."""
    if isinstance(value, str):
        party = parties_by_code().get(value)
        if party is not None and isinstance(party, kinds):
            return party  # the common case; anything else is explained below
    municipality, region = Municipality in kinds, Region in kinds
    what, shape = CODE_WORDS[municipality, region]
    if not isinstance(value, str):
        raise Invalid(f"expected a {what} code ({shape}), got {describe_value(value)}")
    fits = (municipality and len(value) == 4) or (region and len(value) == 2)
    if not (_CODE_TEXT.fullmatch(value) and fits):
        hint = ""
        try:
            found = registry().lookup(value) if may_hint() else None
        except UnknownPartyError:
            pass
        else:
            if found is not None and isinstance(found, kinds):
                hint = f"; parties are written by code: did you mean {_named_code(found.code)}?"
        raise Invalid(f"expected a {what} code ({shape}), got {excerpt(value)}{hint}")
    if not may_hint():
        raise Invalid(f"unknown {what} code {value!r}")
    find = registry().region if len(value) == 2 else registry().municipality
    try:
        return find(value)  # known codes were returned above: this explains the unknown ones
    except UnknownPartyError as error:
        suggestions = ", ".join(_named_code(s) for s in error.suggestions)
        hint = f"; did you mean {suggestions}?" if suggestions else ""
        raise Invalid(f"unknown {what} code {value!r}{hint}") from None


def _named_code(code: str) -> str:
    if not _CODE_TEXT.fullmatch(code):
        return code  # already an explanation, such as Gotland's
    return f"{code!r} ({registry().party(code).name})"


def _party_code(party: Municipality | Region) -> str:
    return party.code


def configure_values(converter: cattrs.Converter) -> None:
    """Register the hooks for single values on ``converter``."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(Decimal, structure_decimal)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(date, _unstructure_date)
    converter.register_structure_hook(Citation, structure_citation)
    converter.register_unstructure_hook(Citation, _unstructure_citation)
    converter.register_structure_hook(
        Municipality, lambda value, _: resolve_party(value, (Municipality,))
    )
    converter.register_structure_hook(Region, lambda value, _: resolve_party(value, (Region,)))
    converter.register_unstructure_hook(Municipality, _party_code)
    converter.register_unstructure_hook(Region, _party_code)
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _unstructure_enum
    )
