"""The JSON output of ``samverkan check``: a versioned contract, checked against its schema."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from samverkan.cli import main
from samverkan.cli_check import UnreadableDocument
from samverkan.cli_output import check_json
from samverkan.errors import DocumentError
from samverkan.io import Bundle, dumps
from samverkan.io.report_schema import FORMAT_VERSION, check_report_schema
from samverkan.io.reports import dumps as json_text
from seeds import gns

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "reference" / "check-report.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(
    check_report_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(check_report_schema())


def test_the_committed_schema_is_up_to_date() -> None:
    """``SAMVERKAN_WRITE_SCHEMA=1`` writes it again after a deliberate change."""
    text = json_text(check_report_schema())
    if os.environ.get("SAMVERKAN_WRITE_SCHEMA"):
        SCHEMA_FILE.write_text(text, encoding="utf-8")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == text


def check(*argv: str) -> tuple[int, dict[str, Any]]:
    out = io.StringIO()
    status = main(["check", *argv, "--as-of", "2019-09-02", "--format", "json"], out=out)
    return status, json.loads(out.getvalue())


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    homeless = gns()
    written = {
        "gns.json": dumps(homeless),
        "gns.toml": dumps(homeless, "toml"),
        "bundle.json": dumps(Bundle((homeless, homeless))),
        "broken.json": '{"kind": ',
        "wrong.toml": dumps(homeless, "toml").replace('host = "23"', 'host = "2399"'),
    }
    for name, text in written.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in written] + [str(tmp_path / "missing.json")]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_output_follows_the_schema(files: list[str], lang: str) -> None:
    status, report = check(*files, "--lang", lang)
    assert status == 2
    VALIDATOR.validate(report)
    assert report["format_version"] == FORMAT_VERSION
    assert [d["file"] for d in report["documents"]] == files[:3]
    assert [u["file"] for u in report["unreadable"]] == files[3:]


def test_every_finding_names_its_subject_and_place(files: list[str]) -> None:
    _, report = check(*files[:3])
    for document in report["documents"]:
        for finding in document["findings"]:
            assert finding["subject"]["file"] == document["file"]
            assert finding["subject"]["kind"] == "joint_committee"
            assert finding["line"] >= 1
            assert finding["column"] >= 1
    bundle = report["documents"][2]
    assert {f["path"] for f in bundle["findings"]} >= {
        "$.content.items[0].seats",
        "$.content.items[1].seats",
    }


def test_a_file_that_cannot_be_read_lists_its_problems(files: list[str]) -> None:
    _, report = check(*files[3:], "--lang", "en")
    broken, wrong, missing = report["unreadable"]
    assert broken["problems"] == [
        {
            "path": "$",
            "message": "invalid JSON at line 1, column 10: Expecting value",
            "message_id": "ogiltig JSON på rad {line}, kolumn {column}: {reason}",
            "parameters": {"line": "1", "column": "10", "reason": "Expecting value"},
            "line": 1,
            "column": 10,
        }
    ]
    (problem,) = wrong["problems"]
    assert problem["path"] == "$.content.host"
    assert problem["message"].startswith("unknown municipality or region code '2399'")
    assert problem["message_id"] == "okänd {code} {value}{hint}"
    assert problem["line"] is not None
    assert (missing["problems"][0]["line"], missing["problems"][0]["column"]) == (None, None)
    assert report["ok"] is False


def test_a_problem_that_is_not_catalogued_has_no_message_id() -> None:
    """A text no catalogue holds (a model's own check added later) is kept as it is."""
    failure = UnreadableDocument("x.json", DocumentError([("$.content", "a new check")]))
    report = json.loads(check_json([], date(2019, 9, 2), False, "sv", [failure]))
    VALIDATOR.validate(report)
    assert report["unreadable"][0]["problems"] == [
        {
            "path": "$.content",
            "message": "a new check",
            "message_id": None,
            "parameters": {},
            "line": None,
            "column": None,
        }
    ]


def test_a_model_check_reads_in_swedish(tmp_path: Path) -> None:
    seats = '"seats": [{"party": "2326", "substitutes_for": "x"}],'
    text = dumps(gns()).replace('"host": "23",', f'"host": "23", {seats}', 1)
    (tmp_path / "seat.json").write_text(text, encoding="utf-8")
    _, report = check(str(tmp_path / "seat.json"))
    VALIDATOR.validate(report)
    (problem,) = report["unreadable"][0]["problems"]
    assert problem["message"] == "bara en ersättarplats kan ange den plats den ersätter"
    assert problem["line"] is not None


def test_a_report_without_unreadable_files(files: list[str]) -> None:
    status, report = check(files[0])
    assert status == 0
    assert report["unreadable"] == []
    VALIDATOR.validate(report)
