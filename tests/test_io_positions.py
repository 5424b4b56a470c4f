"""Lines and columns of paths in JSON and TOML text, and of findings in checked files."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from samverkan.cli import main
from samverkan.cli_check import (
    CheckedDocument,
    UnreadableDocument,
    check_document,
    check_named,
    read,
)
from samverkan.cli_output import check_json, check_text
from samverkan.cli_select import github
from samverkan.errors import InputError
from samverkan.io import Bundle, Document, dumps
from samverkan.io.messages import localise
from samverkan.io.positions import Positions, json_offsets
from samverkan.io.toml_positions import toml_offsets
from samverkan.rules import Located
from seeds import gns

AS_OF = date(2019, 9, 2)

NESTED_JSON = """{
  "a": [
    [1, 2],
    [3, {"b": [true, null, "x\\"y"]}]
  ],
  "c d": {"e": -1.5e3}
}"""


def test_json_values_have_their_line_and_column() -> None:
    positions = Positions(NESTED_JSON, "json")
    assert positions.of("$") == (1, 1)
    assert positions.of("$.a") == (2, 8)
    assert positions.of("$.a[0][1]") == (3, 9)
    assert positions.of("$.a[1][1].b[2]") == (4, 28)
    assert positions.of("$['c d'].e") == (6, 16)


def test_a_path_not_in_the_text_gets_the_nearest_enclosing_value() -> None:
    positions = Positions(NESTED_JSON, "json")
    assert positions.of("$.a[1][1].b[7].f") == positions.of("$.a[1][1].b")
    assert positions.of("$.missing") == (1, 1)


def test_the_scanner_keeps_what_it_found_before_text_it_does_not_expect() -> None:
    assert json_offsets('{"a": 1, "b": @}') == {"$": 0, "$.a": 6, "$.b": 14}
    assert json_offsets('{"a": 1 "b": 2}') == {"$": 0, "$.a": 6}
    assert json_offsets('{"a" 1}') == {"$": 0}
    assert Positions("", "json").of("$.a") == (1, 1)  # the top, at least
    assert Positions("{}", "json").of("no path") is None


TOML = """schema_version = "1.1"  # the version
kind = "bundle"

[content]
name = '''Several
[lines] of text'''

[[content.items]]
type = "joint_committee"
charter.notice = 12
"quoted key" = 1
seats = [
  {party = "2326", role = 'ledamot'},  # a comment
  { party = "2380", term = { start = 2019-01-01 } },
]
formed = 1979-05-27 07:32:00

[[content.items.members]]
party = "2326"

[[content.items.members]]
party = "2380"

[[content.items]]
type = "fund_pot"

[content.items.charter]
title = "Förbundsordning"
"""


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("$.kind", (2, 1)),
        ("$.content", (4, 1)),
        ("$.content.name", (5, 1)),
        ("$.content.items[0]", (8, 1)),
        ("$.content.items[0].charter.notice", (10, 1)),
        ("$.content.items[0]['quoted key']", (11, 1)),
        ("$.content.items[0].seats[1]", (14, 3)),
        ("$.content.items[0].seats[1].party", (14, 5)),
        ("$.content.items[0].seats[1].term.start", (14, 30)),
        ("$.content.items[0].formed", (16, 1)),
        ("$.content.items[0].members[1].party", (22, 1)),
        ("$.content.items[1].type", (25, 1)),
        ("$.content.items[1].charter.title", (28, 1)),
        # not in the text: the nearest enclosing key or table
        ("$.content.items[0].seats[0].substitutes", (13, 3)),
        ("$.content.items[1].members", (24, 1)),
    ],
)
def test_toml_keys_tables_and_arrays_of_tables(path: str, where: tuple[int, int]) -> None:
    assert Positions(TOML, "toml").of(path) == where


def test_the_toml_locator_stops_where_it_is_lost() -> None:
    offsets = toml_offsets("a = 1\nb = [1 2]\nc = 2\n")
    assert "$.a" in offsets
    assert "$.c" not in offsets
    assert "$.b" in offsets  # the key was read; its value was not
    assert toml_offsets("[a\nb = 1") == {"$": 0, "$.a": 0}
    assert "$.x.b" not in toml_offsets("x = {a = 1 b = 2}")


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_findings_of_a_bundle_have_the_lines_of_their_items(tmp_path: Path) -> None:
    homeless = gns()
    text = dumps(Bundle((homeless, homeless)))
    file = _file(tmp_path, "bundle.json", text)
    checked = check_named(file, None, AS_OF)
    assert isinstance(checked, CheckedDocument)
    findings = [f for f in checked.findings if f.path.endswith(".seats")]
    assert [f.path for f in findings] == ["$.content.items[0].seats", "$.content.items[1].seats"]
    first, second = (checked.position(f) for f in findings)
    assert first is not None
    assert second is not None
    assert first[0] < second[0]  # the second item stands further down
    assert text.splitlines()[first[0] - 1].strip() == "{"  # the item, which has no seats
    kind, name = checked.subject(findings[1]) or ("", "")
    assert kind == "joint_committee"
    assert name.startswith("GNS: ")


def test_findings_of_a_toml_file(tmp_path: Path) -> None:
    file = _file(tmp_path, "gns.toml", dumps(gns(), "toml"))
    checked = check_named(file, None, AS_OF)
    assert isinstance(checked, CheckedDocument)
    (seats,) = [f for f in checked.findings if f.path == "$.content.seats"]
    assert checked.position(seats) == (4, 1)  # the [content] table: seats are not written


def test_a_finding_without_a_position() -> None:
    """A document made in a program has no text: no line, no column, and no ``Plats``."""
    checked = check_document("gns.json", Document.of(gns()), AS_OF)
    (finding,) = checked.findings
    assert checked.position(finding) is None
    data = json.loads(check_json([checked], AS_OF, True, "sv"))
    reported = data["documents"][0]["findings"][0]
    assert (reported["line"], reported["column"]) == (None, None)
    assert reported["subject"]["file"] == "gns.json"
    assert "Plats" not in check_text([checked], AS_OF, "sv")
    assert ",line=" not in github([checked], "sv")


def test_a_finding_without_its_document_has_no_subject() -> None:
    checked = check_document("gns.json", Document.of(gns()), AS_OF)
    plain = CheckedDocument(checked.file, checked.report)
    assert plain.subject(checked.findings[0]) is None
    data = json.loads(check_json([plain], AS_OF, True, "sv"))
    assert data["documents"][0]["findings"][0]["subject"] is None


def test_a_bundle_finding_outside_the_items_names_the_bundle() -> None:
    checked = check_document("b.json", Document.of(Bundle((gns(),))), AS_OF)
    assert isinstance(checked, CheckedDocument)
    outside = Located(checked.findings[0].finding, "$.content")
    assert checked.subject(outside) == ("bundle", "Bundle")


def test_text_output_names_file_line_and_column(tmp_path: Path) -> None:
    file = _file(tmp_path, "gns.toml", dumps(gns(), "toml"))
    out = io.StringIO()
    assert main(["check", file, "--as-of", "2019-09-02", "--lang", "en"], out=out) == 0
    assert f"    Location: {file}:4:1" in out.getvalue().splitlines()


def test_reading_a_directory_names_it_in_both_languages(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        read(str(tmp_path), None)
    assert str(refused.value).startswith(f"{tmp_path}: is a directory")
    assert localise(refused.value.args[0], "sv").startswith(f"{tmp_path}: är en katalog")


def test_problems_of_a_toml_file_have_their_lines(tmp_path: Path) -> None:
    text = dumps(gns(), "toml").replace('host = "23"', 'host = "2399"')
    file = _file(tmp_path, "wrong.toml", text)
    failure = check_named(file, None, AS_OF)
    assert isinstance(failure, UnreadableDocument)
    line = text.splitlines().index('host = "2399"') + 1
    assert [(path, where) for path, _, where in failure.problems()] == [
        ("$.content.host", (line, 1))
    ]


def test_a_syntax_error_gives_its_own_line(tmp_path: Path) -> None:
    file = _file(tmp_path, "broken.toml", 'kind = "x"\nname = \n')
    failure = check_named(file, None, AS_OF)
    assert isinstance(failure, UnreadableDocument)
    ((path, _, where),) = failure.problems()
    assert (path, where) == ("$", (2, 8))


def test_only_the_paths_asked_for_are_walked() -> None:
    every = json_offsets(NESTED_JSON)
    asked = json_offsets(NESTED_JSON, ["$.a[1][1].b[2]", "$['c d'].x"])
    assert asked == {
        path: every[path]
        for path in ("$", "$.a", "$.a[1]", "$.a[1][1]", "$.a[1][1].b", "$.a[1][1].b[2]", "$['c d']")
    }
    huge = '{"n": ' + "1" * 5000 + ', "m": 2}'  # a number longer than Python reads is skipped
    assert json_offsets(huge, ["$.m"]) == {"$": 0, "$.m": 5013}
    assert json_offsets('{"a": @, "b": 1}', ["$.b"]) == {"$": 0}


def test_positions_are_looked_up_once() -> None:
    positions = Positions(TOML, "toml")
    assert not positions.knows("$.kind")
    positions.locate(["$.kind", "$.content"])
    assert positions.knows("$.kind")
    positions.locate(["$.kind"])
    assert positions.of("$.content") == (4, 1)
    assert positions.of("$.content.name") == (5, 1)  # a second look-up reuses the locator's map


def test_an_array_without_a_trailing_comma() -> None:
    assert toml_offsets("x = [1, {a = 2}]\ny = 3\n")["$.x[1].a"] == 9
    assert toml_offsets("x = [1, {a = 2}]\ny = 3\n")["$.y"] == 17
