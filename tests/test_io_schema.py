"""JSON Schema for every document kind: valid, complete, described, and true to the converter."""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal

import attrs
import jsonschema
import pytest

from samverkan.io import KINDS, SCHEMA_KINDS, Document, dumps, kind_of, schema_for
from samverkan.io.schema import class_schema
from samverkan.model import Period
from samverkan.model.common import DESCRIPTION
from samverkan.parties import Municipality, Region
from test_io_documents import contracted_rescue, real_systems


def validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema_for(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def properties(schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property of every object schema, anywhere in ``schema``."""
    if isinstance(schema, dict):
        for name, value in schema.get("properties", {}).items():
            yield name, value
        for value in schema.values():
            yield from properties(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from properties(value)


def model_classes() -> set[type]:
    """Every attrs class reachable from the document kinds, parties and citations excepted."""
    found: set[type] = set()

    def walk(t: Any) -> None:
        if typing.get_origin(t) is not None:
            for arg in typing.get_args(t):
                walk(arg)
        elif (
            isinstance(t, type)
            and attrs.has(t)
            and t.__module__.startswith("samverkan.model")
            and t not in found
        ):
            found.add(t)
            for hint in typing.get_type_hints(t).values():
                walk(hint)

    for cls in KINDS.values():
        walk(cls)
    return found


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_schemas_are_valid_draft_2020_12(kind: str) -> None:
    schema = schema_for(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["kind"]["const"] == kind
    assert schema["required"] == ["schema_version", "kind", "content"]
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_every_property_is_described(kind: str) -> None:
    for name, schema in properties(schema_for(kind)):
        assert isinstance(schema.get("description"), str), name
        assert schema["description"].strip(), name
        assert schema["description"] != f"{name}", name


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_every_class_and_enum_is_described(kind: str) -> None:
    for name, definition in schema_for(kind)["$defs"].items():
        assert definition["description"].strip(), name


def test_descriptions_cover_every_field_of_every_model() -> None:
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in (*model_classes(), Document)
        for field in attrs.fields(cls)
        if field.init and not field.metadata.get(DESCRIPTION, "").strip()
    ]
    assert missing == []
    assert len(model_classes()) >= 40


@pytest.mark.parametrize("model", real_systems(), ids=[kind_of(m) for m in real_systems()])
def test_real_systems_validate(model: object) -> None:
    validator(kind_of(model)).validate(json.loads(dumps(model)))


def test_exact_json_numbers_validate_as_amounts() -> None:
    data = json.loads(dumps(contracted_rescue(Decimal("368000.004"))))
    data["content"]["compensation"]["amount"] = 368000.004
    validator("contractual_cooperation").validate(data)


def deepest(error: jsonschema.ValidationError) -> list[Any]:
    """The path of the deepest failure: inside a oneOf, the alternative that came closest."""
    paths = [deepest(inner) for inner in error.context or ()]
    return max(paths, key=len) if paths else list(error.absolute_path)


def errors(kind: str, data: Any) -> list[str]:
    return sorted(
        "/".join(str(p) for p in deepest(error)) for error in validator(kind).iter_errors(data)
    )


def test_malformed_documents_fail_validation() -> None:
    good = json.loads(dumps(contracted_rescue(Decimal("100.50"))))
    assert errors("contractual_cooperation", good) == []

    def broken(path: list[Any], value: Any) -> dict[str, Any]:
        data = json.loads(json.dumps(good))
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        return data

    kind = "contractual_cooperation"
    assert errors(kind, broken(["content", "hots"], "23")) == ["content"]
    assert errors(kind, broken(["content", "performing"], "2a80")) == ["content/performing"]
    assert errors(kind, broken(["content", "performing"], {"name": "X", "kind": "privat"})) == [
        "content/performing"
    ]
    assert errors(kind, broken(["content", "compensation", "amount"], "-5")) == [
        "content/compensation/amount"
    ]
    assert errors(kind, broken(["content", "compensation", "amount"], "1,5")) == [
        "content/compensation/amount"
    ]
    assert errors(kind, broken(["content", "compensation", "amount"], True)) == [
        "content/compensation/amount"
    ]
    assert errors(kind, broken(["content", "concluded_on"], "2019-09-02T10:00")) == [
        "content/concluded_on"
    ]
    assert errors(kind, broken(["content", "tasks", 0, "extent"], "halvt")) == [
        "content/tasks/0/extent"
    ]
    assert errors(kind, broken(["schema_version"], "2.0")) == ["schema_version"]
    assert errors(kind, broken(["kind"], "joint_committee")) == ["kind"]
    assert errors("joint_committee", good) != []


def test_schema_of_a_bundle_lists_every_kind() -> None:
    schema = schema_for("bundle")
    items = schema["$defs"]["Bundle"]["properties"]["items"]["items"]["oneOf"]
    tags = [
        schema["$defs"][ref["$ref"].split("/")[-1]]["properties"]["type"]["const"] for ref in items
    ]
    assert tags == [k for k in KINDS if k != "bundle"]


def test_schema_details() -> None:
    schema = schema_for("contractual_cooperation")
    defs = schema["$defs"]
    assert defs["MunicipalityCode"]["pattern"] == "^[0-9]{4}$"
    assert defs["RegionCode"]["pattern"] == "^[0-9]{2}$"
    amount = defs["Compensation"]["properties"]["amount"]
    assert amount["type"] == ["string", "number"]
    assert amount["pattern"] == r"^[0-9]+(\.[0-9]+)?$"
    assert amount["minimum"] == 0
    assert defs["Period"]["properties"]["start"]["format"] == "date"
    assert defs["Delegation"]["properties"]["categories"]["uniqueItems"] is True
    assert defs["Extent"]["enum"] == ["helt", "delvis"]
    organisation = defs["Organisation.tagged"]
    assert organisation["properties"]["type"]["const"] == "organisation"
    assert organisation["required"] == ["type", "name", "kind"]
    assert defs["Compensation"]["properties"]["per_year"]["default"] is True
    assert defs["ContractualCooperation"]["properties"]["delegations"]["default"] == []


def test_schema_for_returns_a_fresh_copy() -> None:
    first = schema_for("fund_pot")
    first["title"] = "changed"
    assert schema_for("fund_pot")["title"] == "samverkan fund_pot document"


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="did you mean 'fund_pot'"):
        schema_for("fund-pot")
    with pytest.raises(ValueError, match="the kinds are joint_committee"):
        schema_for("nämnd")


class Mood(enum.Enum):
    """How a meeting went."""

    GOOD = "bra"


@attrs.frozen
class Minutes:
    """An application's own class.

    ``held`` is the period of the meeting; ``mood`` how it went. ``scale`` is a Literal.
    ``anything`` may hold any value, ``parties`` lists parties and ``amount`` is money.
    ``notes`` are free text.
    """

    held: Period
    mood: Mood
    scale: Literal[1, 2]
    anything: Any = None
    parties: tuple[Municipality | Region, ...] = ()
    amount: Decimal | None = None
    notes: list[str] = attrs.field(factory=list)
    count: int = attrs.field(default=0, init=False)


@attrs.frozen
class Undescribed:
    """A class whose field no one has described."""

    secret: str


@attrs.frozen
class Unschematic:
    """A class with a field of a type that has no schema (``when``)."""

    when: complex


def test_class_schema_of_an_applications_class() -> None:
    schema = class_schema(Minutes)
    jsonschema.Draft202012Validator.check_schema(schema)
    props = schema["properties"]
    assert props["held"]["description"] == "held is the period of the meeting."
    assert props["mood"]["description"] == "mood how it went."
    assert props["scale"]["enum"] == [1, 2]
    assert props["anything"] == {
        "description": "anything may hold any value, parties lists parties and amount is money.",
        "default": None,
    }
    assert props["parties"]["items"]["oneOf"] == [
        {"$ref": "#/$defs/MunicipalityCode"},
        {"$ref": "#/$defs/RegionCode"},
    ]
    assert props["amount"]["oneOf"][0]["pattern"] == r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
    assert "default" not in props["notes"]
    assert "count" not in props
    assert schema["$defs"]["Mood"] == {"enum": ["bra"], "description": "How a meeting went."}
    jsonschema.validate({"held": {"start": "2020-01-01"}, "mood": "bra", "scale": 2}, schema)
    with pytest.raises(LookupError, match=r"no description for Undescribed\.secret"):
        class_schema(Undescribed)
    with pytest.raises(TypeError, match="no JSON Schema for the type <class 'complex'>"):
        class_schema(Unschematic)
