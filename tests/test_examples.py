"""Every example in ``examples/`` loads, is in normal form, and matches its snapshot.

The example files are the source of the seed systems the tests use (``tests/seeds.py`` only
reads them). The table of examples is data in ``examples/index.toml``; the snapshots and how
to rewrite them are described in :mod:`example_snapshots`.
"""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

import jsonschema
import pytest

from example_snapshots import (
    BY_PATH,
    DOCUMENTS,
    EXAMPLES,
    EXAMPLES_DIR,
    SCENARIOS,
    SNAPSHOTS,
    UPDATE,
    ids,
    snapshot_data,
    snapshot_mismatch,
    snapshot_name,
    snapshot_text,
)
from samverkan.io import dumps, load, schema_for
from samverkan.io.scenario import CommitteeFile, dumps_scenario, load_scenario
from seeds import Example

NORMALISE = "not in the form samverkan writes; run: python examples/normalise.py --write"


# -- the files ------------------------------------------------------------------------------


def test_the_table_covers_every_file_and_the_planned_names() -> None:
    on_disk = {
        str(p.relative_to(EXAMPLES_DIR))
        for p in EXAMPLES_DIR.rglob("*")
        if p.suffix in (".json", ".toml") and p.name != "index.toml"
    }
    assert on_disk == set(BY_PATH)
    planned = {
        "jamtland/gnu-region.json",
        "jamtland/gnu-municipalities.json",
        "jamtland/gns.json",
        "jamtland/joint-committees-2019.json",
        "jamtland/merger-all-three.toml",
        "jamtland/merger-procurement-committees.toml",
        "jamtland/merger-pure-procurement.toml",
        "jamtland/fund-pot.json",
        "jamtland/structure-2019.json",
        "jamtland/cooperation-agreement.json",
        "vasterbotten/structure-2020.json",
        "norrtalje/kson.json",
        "norrtalje/jamtland-equivalent.json",
        "flawed/gnu-missing-substitute.json",
        "flawed/avtalssamverkan-2018-03-01.json",
        "flawed/pot-grant-beyond-earmark.json",
    }
    assert planned <= set(BY_PATH)
    assert len([e for e in EXAMPLES if e.kind == "flawed"]) >= 3
    assert {e.kind for e in EXAMPLES} == {"real", "proposal", "flawed"}


@pytest.mark.parametrize("example", DOCUMENTS, ids=ids)
def test_document_is_written_as_samverkan_writes_it(example: Example) -> None:
    path = EXAMPLES_DIR / example.path
    document = load(path)
    assert dumps(document) == path.read_text(encoding="utf-8"), NORMALISE


@pytest.mark.parametrize("example", SCENARIOS, ids=ids)
def test_scenario_is_written_as_samverkan_writes_it(example: Example) -> None:
    path = EXAMPLES_DIR / example.path
    scenario = load_scenario(path)
    assert scenario.as_of == example.as_of
    assert dumps_scenario(scenario) == path.read_text(encoding="utf-8"), NORMALISE


@pytest.mark.parametrize("example", DOCUMENTS, ids=ids)
def test_document_satisfies_its_json_schema(example: Example) -> None:
    data = json.loads((EXAMPLES_DIR / example.path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema_for(data["kind"]), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert [e.message for e in validator.iter_errors(data)] == []


def test_scenario_committees_are_read_from_the_documents_beside_them() -> None:
    scenario = load_scenario(EXAMPLES_DIR / "jamtland/merger-all-three.toml")
    paths = [c.path for c in scenario.committees if isinstance(c, CommitteeFile)]
    assert paths == ["gnu-region.json", "gnu-municipalities.json", "gns.json"]
    committees = [load(EXAMPLES_DIR / "jamtland" / p).content for p in paths]
    assert list(scenario.joint_committees) == committees
    bundle = load(EXAMPLES_DIR / "jamtland/joint-committees-2019.json").content
    assert list(bundle.items) == committees


# -- snapshots ------------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_findings_match_the_snapshot(example: Example) -> None:
    name = snapshot_name(example.path)
    target = SNAPSHOTS / name
    actual = snapshot_text(snapshot_data(example))
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        target.write_text(actual, encoding="utf-8")
    assert target.exists(), f"no snapshot {name}; run with SAMVERKAN_UPDATE_SNAPSHOTS=1"
    problem = snapshot_mismatch(name, target.read_text(encoding="utf-8"), actual)
    if problem:
        pytest.fail(problem, pytrace=False)


def test_every_snapshot_belongs_to_an_example() -> None:
    names = [snapshot_name(e.path) for e in EXAMPLES]
    assert len(set(names)) == len(names)
    assert sorted(p.name for p in SNAPSHOTS.glob("*.json")) == sorted(names)


def test_a_changed_finding_shows_as_a_diff() -> None:
    before = snapshot_text({"findings": [{"rule": "KL-9-24-representation", "severity": "info"}]})
    after = before.replace('"info"', '"error"')
    message = snapshot_mismatch("x.json", before, after)
    assert message is not None
    assert '-      "severity": "info"' in message
    assert '+      "severity": "error"' in message
    assert "SAMVERKAN_UPDATE_SNAPSHOTS=1" in message
    assert snapshot_mismatch("x.json", before, before) is None


def test_snapshot_paths_point_into_the_file() -> None:
    data = snapshot_data(BY_PATH["norrtalje/kson.json"])
    assert [f["path"] for f in data["findings"]] == [
        "$.content.items[0].seats",
        "$.content.items[0].charter.provisions",
        "$.content.items[1].holdings[0].secured",
    ]
    assert data["findings"][1]["citations"] == ["KL 9:6"]


def _cli_check(path: str, as_of: date) -> dict[str, Any] | None:
    """``samverkan check PATH --as-of DATE --format json``, or ``None`` while the command
    line has no ``check`` command."""
    from samverkan.cli import main

    out = io.StringIO()
    try:
        main(["check", "--as-of", as_of.isoformat(), "--format", "json", path], out=out)
    except SystemExit:  # argparse: no such command yet
        return None
    result: dict[str, Any] = json.loads(out.getvalue())
    return result


@pytest.mark.parametrize("example", DOCUMENTS, ids=ids)
def test_the_command_line_reports_what_the_snapshot_holds(example: Example) -> None:
    result = _cli_check(str(EXAMPLES_DIR / example.path), example.as_of)
    if result is None:
        pytest.skip("the command line has no check command")
    (document,) = result["documents"]
    reported = [
        {key: f[key] for key in ("rule", "severity", "path", "message")}
        for f in document["findings"]
    ]
    stored = json.loads((SNAPSHOTS / snapshot_name(example.path)).read_text(encoding="utf-8"))
    expected = [
        {key: f[key] for key in ("rule", "severity", "path", "message")} for f in stored["findings"]
    ]
    assert sorted(reported, key=json.dumps) == sorted(expected, key=json.dumps)
    judged = document["outcome"] != "not-judged"
    assert document["ok"] is (judged and not example.errors)
