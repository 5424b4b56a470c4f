"""The examples kept as plain files (``file_example`` rows of ``examples/index.toml``): each
loads, writes back byte for byte, satisfies its JSON Schema, and checking it as of its date
gives exactly the errors and inconsistencies the row names (none for a real system)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from samverkan.io import dumps, load, schema_for
from samverkan.rules import Category, Severity, check

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
with (EXAMPLES_DIR / "index.toml").open("rb") as _index:
    ROWS: list[dict[str, Any]] = tomllib.load(_index).get("file_example", [])

BY_ROW = pytest.mark.parametrize("row", ROWS, ids=lambda row: row["path"])


def test_there_are_file_examples_of_every_new_kind() -> None:
    kinds = {load(EXAMPLES_DIR / row["path"]).kind for row in ROWS}
    assert {"coordination_association", "own_activity", "jointly_owned_company"} <= kinds
    assert {row["kind"] for row in ROWS} <= {"real", "proposal", "flawed"}


@BY_ROW
def test_a_file_example_reads_and_writes_back(row: dict[str, Any]) -> None:
    path = EXAMPLES_DIR / row["path"]
    document = load(path)
    assert dumps(document) == path.read_text(encoding="utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema_for(data["kind"]))
    assert [e.message for e in validator.iter_errors(data)] == []


@BY_ROW
def test_a_file_example_shows_what_its_row_says(row: dict[str, Any]) -> None:
    report = check(load(EXAMPLES_DIR / row["path"]).content, as_of=row["as_of"])
    errors = {f.rule_id for f in report if f.severity is Severity.ERROR}
    tripped = {f.rule_id for f in report if f.category is Category.CONSISTENCY}
    assert errors == set(row.get("errors", ()))
    assert tripped == set(row.get("inconsistencies", ()))
    if row["kind"] == "real":
        assert errors == set()
    else:
        assert errors or tripped
