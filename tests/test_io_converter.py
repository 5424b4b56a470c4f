"""The converter's encodings and hooks, on samverkan's classes and on an application's own."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import pytest
from cattrs.errors import BaseValidationError, ClassValidationError

from samverkan.io import TAG_FIELD, configure_converter, make_converter, problems_from, type_tag
from samverkan.io.converter import describe_value
from samverkan.law import Citation, parse_citation
from samverkan.model import (
    Charter,
    Compensation,
    Instrument,
    JointCommittee,
    Organisation,
    OrganisationKind,
    Participant,
    Period,
    Role,
)
from samverkan.model.federation import CharterItem
from samverkan.model.pot import Pot
from samverkan.model.structure import CollaborationStructure, CooperationBody
from samverkan.parties import Municipality, Party, Region, registry

REG = registry()
BERG = REG.municipality("2326")
JH = REG.region("23")


class Colour(enum.Enum):
    RED = "röd"
    BLUE = "blå"


class Shade(enum.StrEnum):
    DARK = "mörk"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@attrs.frozen
class Register:
    """An application's own class that embeds samverkan's types."""

    municipality: Municipality
    region: Region | None = None
    party: Party | None = None
    who: Participant | None = None
    colours: frozenset[Colour] = frozenset()
    levels: list[Level] = attrs.field(factory=list)
    tags: set[str] = attrs.field(factory=set)
    days: Sequence[date] = ()
    instrument: Instrument | Period | None = None
    note: str = ""


def structure_problems(converter: cattrs.Converter, data: Any, cl: Any) -> list[tuple[str, str]]:
    with pytest.raises((ValueError, BaseValidationError)) as error:
        converter.structure(data, cl)
    return problems_from(error.value)


def test_make_converter_gives_a_new_converter_each_time() -> None:
    first, second = make_converter(), make_converter()
    assert first is not second
    assert first is not cattrs.global_converter
    assert first.forbid_extra_keys
    assert first.detailed_validation
    assert first.omit_if_default


def test_type_tags() -> None:
    assert type_tag(JointCommittee) == "joint_committee"
    assert type_tag(CollaborationStructure) == "collaboration_structure"
    assert type_tag(CooperationBody) == "cooperation_body"
    assert type_tag(Pot) == "fund_pot"
    assert TAG_FIELD == "type"


def test_parties_by_code() -> None:
    converter = make_converter()
    assert converter.unstructure(BERG, Municipality) == "2326"
    assert converter.unstructure(JH) == "23"
    assert converter.structure("2326", Municipality) is BERG
    assert converter.structure("23", Region) is JH
    assert converter.structure("23", Party) is JH  # type: ignore[arg-type]
    assert converter.structure("2326", Participant) is BERG  # type: ignore[arg-type]
    assert converter.structure(None, Participant | None) is None  # type: ignore[arg-type]
    assert converter.unstructure(None, Participant | None) is None


def test_party_codes_of_the_wrong_kind() -> None:
    converter = make_converter()
    assert structure_problems(converter, "23", Municipality) == [
        ("$", "expected a municipality code (four digits), got '23'")
    ]
    assert structure_problems(converter, "Jämtland", Region) == [
        (
            "$",
            "expected a region code (two digits), got 'Jämtland'; parties are written by code: "
            "did you mean '23' (Region Jämtland Härjedalen)?",
        )
    ]
    assert structure_problems(converter, "Region Jämtland Härjedalen", Municipality) == [
        ("$", "expected a municipality code (four digits), got 'Region Jämtland Härjedalen'")
    ]
    assert structure_problems(converter, "Region Jämtland Härjedalen", Region) == [
        (
            "$",
            "expected a region code (two digits), got 'Region Jämtland Härjedalen'; parties "
            "are written by code: did you mean '23' (Region Jämtland Härjedalen)?",
        )
    ]
    assert structure_problems(converter, 2326, Municipality) == [
        ("$", "expected a municipality code (four digits), got the number 2326")
    ]
    assert structure_problems(converter, "9999", Municipality) == [
        ("$", "unknown municipality code '9999'; did you mean '1499' (Falköping)?")
    ]
    assert structure_problems(converter, "Organisation", Party) == [
        ("$", "expected a municipality or region code (four digits or two), got 'Organisation'")
    ]
    assert structure_problems(converter, {"type": "organisation"}, Party) == [
        ("$", "expected a municipality or region code, got an object")
    ]


def test_organisations_are_tagged_in_unions() -> None:
    converter = make_converter()
    kson = Organisation("KSON", OrganisationKind.KOMMUNALFORBUND)
    data = converter.unstructure(kson, Participant)
    assert data == {"type": "organisation", "name": "KSON", "kind": "kommunalförbund"}
    assert converter.structure(data, Participant) == kson  # type: ignore[arg-type]
    # outside a union an organisation carries no tag, and a tag is an unknown field
    assert converter.unstructure(kson) == {"name": "KSON", "kind": "kommunalförbund"}
    assert structure_problems(converter, data, Organisation) == [
        ("$.type", "unknown field 'type' (not a field of Organisation)")
    ]


def test_union_of_a_subclass_uses_its_base_tag() -> None:
    converter = make_converter()
    charter = Charter(title="Förbundsordning", seat="Norrtälje")
    data = converter.unstructure(charter, Instrument | Period)
    assert data == {"type": "instrument", "title": "Förbundsordning"}


def test_decimals() -> None:
    converter = make_converter()
    assert converter.unstructure(Decimal("368000.004")) == "368000.004"
    assert converter.unstructure(Decimal("-0.00")) == "0.00"
    assert converter.unstructure(Decimal("2.5E+3")) == "2500"
    assert converter.structure("368000.004", Decimal) == Decimal("368000.004")
    assert converter.structure("-12", Decimal) == Decimal(-12)
    assert converter.structure(7, Decimal) == Decimal(7)
    assert converter.structure(Decimal("1E+3"), Decimal) == Decimal(1000)
    for bad, words in [
        (1.5, 'got the binary floating-point number 1.5; write it as text, "1.5"'),
        (False, "got false"),
        ("1e3", "got the text '1e3'"),
        (" 1", "got the text ' 1'"),
        ("١٢", "got the text '١٢'"),
        (Decimal("NaN"), "expected a finite amount, got NaN"),
        (Decimal("-Infinity"), "got -Infinity"),
        (None, "got null"),
    ]:
        [(path, message)] = structure_problems(converter, bad, Decimal)
        assert path == "$"
        assert words in message, message


def test_float_amount_in_a_model() -> None:
    converter = make_converter()
    assert structure_problems(converter, {"amount": 1.25}, Compensation) == [
        (
            "$.amount",
            "expected an exact decimal amount, got the binary floating-point number 1.25; "
            'write it as text, "1.25"',
        )
    ]


def test_dates() -> None:
    converter = make_converter()
    assert converter.unstructure(date(2019, 9, 2)) == "2019-09-02"
    assert converter.structure("2019-09-02", date) == date(2019, 9, 2)
    assert converter.structure(date(2019, 9, 2), date) == date(2019, 9, 2)
    for bad, words in [
        ("20190902", "expected a date written YYYY-MM-DD, got the text '20190902'"),
        ("2019-09-02 10:00", "expected a date without a time (YYYY-MM-DD)"),
        (datetime(2019, 9, 2, 10), "got the date and time 2019-09-02T10:00:00"),
        (time(10), "got the time 10:00:00"),
        (20190902, "got the number 20190902"),
        ("2019-9-2", "got the text '2019-9-2'"),
    ]:
        [(_, message)] = structure_problems(converter, bad, date)
        assert words in message, message


def test_citations() -> None:
    converter = make_converter()
    citation = parse_citation("9 kap. 37 § andra stycket kommunallagen (2017:725)")
    assert converter.unstructure(citation) == "KL 9:37 2 st."
    assert converter.structure("KL 9:37 2 st.", Citation) == citation
    assert converter.unstructure(parse_citation("3 kap. 20 § kommunallagen (1991:900)")) == (
        "KL (1991:900) 3:20"
    )
    [(_, message)] = structure_problems(converter, "KL 9", Citation)
    assert message.startswith("cannot read the citation 'KL 9': cannot read citation")


def test_enums() -> None:
    converter = make_converter()
    assert converter.unstructure(Role.SUBSTITUTE) == "ersättare"
    assert converter.structure("ersättare", Role) is Role.SUBSTITUTE
    assert converter.structure(7, CharterItem) is CharterItem.QUALIFIED_MAJORITY
    assert converter.unstructure(CharterItem.QUALIFIED_MAJORITY) == 7
    [(_, message)] = structure_problems(converter, True, CharterItem)
    assert message.startswith("unknown value true for CharterItem; expected one of 1, 2, 3")
    assert converter.structure("mörk", Shade) is Shade.DARK
    assert structure_problems(converter, "ljus", Shade) == [
        ("$", "unknown value 'ljus' for Shade; expected one of 'mörk'")
    ]
    [(_, message)] = structure_problems(converter, "7", CharterItem)
    assert message.startswith("unknown value '7' for CharterItem")


def test_strict_primitives() -> None:
    converter = make_converter()
    assert structure_problems(converter, 5, str) == [("$", "expected text, got the number 5")]
    assert structure_problems(converter, "5", int) == [
        ("$", "expected a whole number, got the text '5'")
    ]
    assert structure_problems(converter, True, int) == [("$", "expected a whole number, got true")]
    assert structure_problems(converter, "yes", bool) == [
        ("$", "expected true or false, got the text 'yes'")
    ]
    assert structure_problems(converter, {"a": 1}, tuple[str, ...]) == [
        ("$", "expected a list, got an object")
    ]


def test_an_applications_own_converter() -> None:
    converter = cattrs.Converter()  # default settings: keep defaults, allow extra keys
    configure_converter(converter)
    register = Register(
        BERG,
        region=JH,
        party=JH,
        who=Organisation("Bolaget", OrganisationKind.AKTIEBOLAG),
        colours=frozenset({Colour.RED, Colour.BLUE}),
        levels=[Level.HIGH, Level.LOW],
        tags={"b", "a"},
        days=(date(2020, 1, 1),),
        instrument=Period(date(2020, 1, 1)),
    )
    data = converter.unstructure(register)
    assert data == {
        "municipality": "2326",
        "region": "23",
        "party": "23",
        "who": {"type": "organisation", "name": "Bolaget", "kind": "aktiebolag"},
        "colours": ["blå", "röd"],
        "levels": [2, 1],
        "tags": ["a", "b"],
        "days": ["2020-01-01"],
        "instrument": {"type": "period", "start": "2020-01-01"},  # samverkan omits defaults
        "note": "",  # the application's class keeps the converter's setting
    }
    back = converter.structure({**data, "extra": 1}, Register)  # extra keys allowed here
    assert back == register
    assert isinstance(back.levels, list)
    assert isinstance(back.tags, set)
    assert back.days == (date(2020, 1, 1),)


def test_samverkan_classes_stay_strict_on_a_lenient_converter() -> None:
    converter = cattrs.Converter()
    configure_converter(converter)
    with pytest.raises(ClassValidationError) as error:
        converter.structure({"start": "2020-01-01", "ende": "2020-02-01"}, Period)
    assert problems_from(error.value) == [("$.ende", "unknown field 'ende'; did you mean 'end'?")]
    assert converter.unstructure(Period(date(2020, 1, 1))) == {"start": "2020-01-01"}


def test_problems_from_plain_exceptions() -> None:
    assert problems_from(RuntimeError("boom"), "$.x") == [
        ("$.x", "cannot be read (RuntimeError: boom)")
    ]
    assert problems_from(ValueError(), "$") == [("$", "cannot be read (ValueError: )")]
    converter = make_converter()
    problems = structure_problems(
        converter, {"name": "X", "kind": "privat", "1st": 1}, Organisation
    )
    assert problems == [("$['1st']", "unknown field '1st' (not a field of Organisation)")]


def test_describe_value() -> None:
    assert describe_value(None) == "null"
    assert describe_value(False) == "false"
    assert describe_value(Decimal("Infinity")) == "Infinity"
    assert describe_value(Decimal("2.50")) == "the number 2.50"
    assert describe_value(date(2020, 1, 1)) == "the date 2020-01-01"
    assert describe_value((1,)) == "a list"
    assert describe_value(object()) == "a value of type object"
