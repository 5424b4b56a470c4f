"""Findings, reports and rules as JSON data."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from samverkan.i18n import Translatable
from samverkan.io.reports import json_value, report_data
from samverkan.model import Bundle
from samverkan.parties import registry
from samverkan.rules import check
from test_rules_engine import _committee


class Colour(enum.Enum):
    RED = "red"


def test_json_value_writes_every_kind_of_fact() -> None:
    ost = registry().municipality("2380")
    facts = {
        "none": None,
        "amount": Decimal("1.50"),
        "on": date(2020, 1, 2),
        "party": ost,
        "colour": Colour.RED,
        "list": (1, "a"),
        "set": frozenset({"b", "a"}),
        "word": Translatable("fullmäktige"),
    }
    assert json_value(facts, "sv") == {
        "none": None,
        "amount": "1.50",
        "on": "2020-01-02",
        "party": "2380",
        "colour": "red",
        "list": [1, "a"],
        "set": ["a", "b"],
        "word": "fullmäktige",
    }


def test_report_data_of_one_subject_and_of_a_bundle() -> None:
    one = report_data(check(_committee(), as_of=date(2019, 1, 1)))
    assert one["outcome"] == "no-errors"
    assert one["as_of"] == "2019-01-01"
    bundle = report_data(check(Bundle((_committee(),)), as_of=date(2019, 1, 1)))
    assert bundle["coverage"] == one["coverage"]
    assert [f["path"] for f in bundle["findings"]] == [
        "$.items[0]" + f["path"][1:] for f in one["findings"]
    ]
