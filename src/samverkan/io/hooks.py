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

from samverkan.errors import SamverkanError, UnknownPartyError
from samverkan.i18n import N_
from samverkan.io.messages import ReadingMessage, hint_for, joined, quoted
from samverkan.io.model_messages import model_reason
from samverkan.io.problems import Invalid, describe_value, may_hint
from samverkan.law import Citation, parse_citation
from samverkan.parties import Municipality, Region, registry

#: The field that names the class of an object in a union of attrs classes.
TAG_FIELD = "type"

#: Decimal amounts are written as this text: digits, an optional point and more digits.
DECIMAL_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"

DECIMAL_TEXT = re.compile(DECIMAL_PATTERN.removeprefix("^").removesuffix("$"))
DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_TEXT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]")
_CODE_TEXT = re.compile(r"[0-9]{2}|[0-9]{4}")


# -- primitives -----------------------------------------------------------------------------


def expected(what: str, value: Any) -> Invalid:
    """The problem ``expected <what>, got <value described>``; ``what`` is catalogued."""
    got = describe_value(value)
    return Invalid(ReadingMessage(N_("väntade {expected}, fick {got}"), expected=what, got=got))


def expected_text(what: str, text: str) -> Invalid:
    """Like :func:`expected`, for text shown as it was written."""
    got = quoted(text)
    return Invalid(ReadingMessage(N_("väntade {expected}, fick {got}"), expected=what, got=got))


def _structure_str(value: Any, cl: type) -> Any:
    if issubclass(cl, enum.Enum):
        return _structure_enum(value, cl)
    if not isinstance(value, str):
        raise expected(ReadingMessage(N_("text")), value)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate, such as JSON's "\ud800"
            raise Invalid(
                ReadingMessage(
                    N_(
                        "väntade text, fick ett ensamt surrogattecken ({char}) på position "
                        "{position}, som inget UTF-8-dokument kan innehålla"
                    ),
                    char=f"U+{ord(value[error.start]):04X}",
                    position=str(error.start),
                )
            ) from None
    return value


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise expected(ReadingMessage(N_("true eller false")), value)
    return value


def _structure_int(value: Any, cl: type) -> Any:
    if issubclass(cl, enum.Enum):
        return _structure_enum(value, cl)
    if isinstance(value, bool) or not isinstance(value, int):
        raise expected(ReadingMessage(N_("ett heltal")), value)
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
            ReadingMessage(
                N_("väntade ett belopp med högst {limit} siffror, fick ett med {size} siffror"),
                limit=str(AMOUNT_DIGITS),
                size=str(size),
            )
        )
    return amount


def structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise expected(ReadingMessage(N_("ett ändligt belopp")), value)
        return _sized(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _sized(Decimal(value))
    if isinstance(value, str) and DECIMAL_TEXT.fullmatch(value):
        return _sized(Decimal(value))
    if isinstance(value, float):
        raise Invalid(
            ReadingMessage(
                N_(
                    "väntade ett exakt decimalbelopp, fick det binära flyttalet {value}; "
                    'skriv det som text, "{text}"'
                ),
                value=repr(value),
                text=str(value),
            )
        )
    raise expected(ReadingMessage(N_('ett exakt decimalbelopp som "368000.50"')), value)


def _unstructure_decimal(value: Decimal) -> str:
    if value.is_zero() and value.is_signed():
        value = value.copy_abs()
    return format(value, "f")


def _structure_date(value: Any, _: type) -> date:
    if isinstance(value, datetime):
        raise expected(ReadingMessage(N_("ett datum utan klockslag")), value)
    if isinstance(value, date):  # a TOML date
        return value
    if isinstance(value, str):
        if DATE_TEXT.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                day = ReadingMessage(N_("ingen sådan dag: {value}"), value=quoted(value))
                raise Invalid(day) from None
        if _DATETIME_TEXT.match(value):
            raise expected_text(ReadingMessage(N_("ett datum utan klockslag (ÅÅÅÅ-MM-DD)")), value)
    raise expected(ReadingMessage(N_("ett datum skrivet ÅÅÅÅ-MM-DD")), value)


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
    hint = hint_for(value, [str(v) for v in values]) if isinstance(value, str) else ""
    hint = hint or ReadingMessage(N_("; väntade ett av {choices}"), choices=shown)
    raise Invalid(
        ReadingMessage(
            N_("okänt värde {value} för {type}{hint}"),
            value=show_value(value),
            type=cl.__name__,
            hint=hint,
        )
    )


def show_value(value: Any) -> str:
    return quoted(value) if isinstance(value, str) else describe_value(value)


def _unstructure_enum(value: enum.Enum) -> Any:
    return value.value


# -- law and parties ------------------------------------------------------------------------


def structure_citation(value: Any, _: type) -> Citation:
    if not isinstance(value, str):
        raise expected(ReadingMessage(N_("en hänvisning som 'KL 9:37 2 st.'")), value)
    try:
        return parse_citation(value)
    except SamverkanError as error:
        reason = str(error).splitlines()[0]
        raise Invalid(
            ReadingMessage(
                N_("kan inte läsa hänvisningen {citation}: {reason}"),
                citation=quoted(value),
                reason=model_reason(reason),
            )
        ) from None


def _unstructure_citation(value: Citation) -> str:
    text = value.short()
    try:
        if parse_citation(text) == value:
            return text
    except SamverkanError:  # pragma: no cover - every catalogued short form reads back
        pass
    return value.swedish()  # pragma: no cover


@functools.cache
def code_words(municipality: bool, region: bool) -> tuple[ReadingMessage, ReadingMessage]:
    """The name of a party's code and its shape, when municipalities, regions or both are
    meant: ``("municipality code", "four digits")``. Made at first use, not on import, as
    a message is rendered in English when it is made."""
    if municipality and region:
        return (
            ReadingMessage(N_("kommun- eller regionkod")),
            ReadingMessage(N_("fyra siffror eller två")),
        )
    if municipality:
        return ReadingMessage(N_("kommunkod")), ReadingMessage(N_("fyra siffror"))
    return ReadingMessage(N_("regionkod")), ReadingMessage(N_("två siffror"))


def a_code(code: str, shape: str = "") -> ReadingMessage:
    """``a municipality code (four digits)``; without ``shape``, ``a municipality code``."""
    if not shape:
        return ReadingMessage(N_("en {code}"), code=code)
    return ReadingMessage(N_("en {code} ({shape})"), code=code, shape=shape)


def _unknown_code(code: str, value: str, hint: str = "") -> Invalid:
    return Invalid(
        ReadingMessage(N_("okänd {code} {value}{hint}"), code=code, value=repr(value), hint=hint)
    )


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
    what, shape = code_words(municipality, region)
    if not isinstance(value, str):
        raise expected(a_code(what, shape), value)
    fits = (municipality and len(value) == 4) or (region and len(value) == 2)
    if not (_CODE_TEXT.fullmatch(value) and fits):
        hint = ""
        try:
            found = registry().lookup(value) if may_hint() else None
        except UnknownPartyError:
            pass
        else:
            if found is not None and isinstance(found, kinds):
                hint = ReadingMessage(
                    N_("; parter skrivs med kod: menade du {name}?"), name=_named_code(found.code)
                )
        raise Invalid(
            ReadingMessage(
                N_("väntade {expected}, fick {got}{hint}"),
                expected=a_code(what, shape),
                got=quoted(value),
                hint=hint,
            )
        )
    if not may_hint():
        raise _unknown_code(what, value)
    find = registry().region if len(value) == 2 else registry().municipality
    try:
        return find(value)  # known codes were returned above: this explains the unknown ones
    except UnknownPartyError as error:
        suggestions = joined([_named_code(s) for s in error.suggestions])
        hint = ReadingMessage(N_("; menade du {name}?"), name=suggestions) if suggestions else ""
        raise _unknown_code(what, value, hint) from None


def _named_code(code: str) -> str:
    if not _CODE_TEXT.fullmatch(code):
        return model_reason(code)  # already an explanation, such as Gotland's
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
