"""Every example in ``examples/`` is loaded, checked and compared with its snapshot.

The table of examples, with the date each is checked as of, is data in
``examples/index.toml`` (read by ``examples/make_examples.py`` into ``EXAMPLES``);
``examples/README.md`` repeats it for readers (a test keeps the
two in step). Snapshots live in ``tests/snapshots/``, one per example, named after its path
(``jamtland/gns.json`` -> ``jamtland__gns.json``). Set ``SAMVERKAN_UPDATE_SNAPSHOTS=1`` to
rewrite them after an intended change, and review the diff.
"""

from __future__ import annotations

import difflib
import importlib.util
import io
import json
import os
import runpy
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from samverkan.analysis import MergerReport
from samverkan.io import Bundle, Document, dumps, load, schema_for
from samverkan.io.scenario import (
    CommitteeFile,
    MergerScenario,
    consult,
    dumps_scenario,
    load_scenario,
    run_scenario,
)
from samverkan.model import ContractualCooperation, JointlyOwnedCompany, Pot
from samverkan.rules import Category, Finding, Severity, check

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = ROOT / "examples"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("SAMVERKAN_UPDATE_SNAPSHOTS") == "1"


def _make_examples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_examples", EXAMPLES_DIR / "make_examples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_examples"] = module
    spec.loader.exec_module(module)
    return module


make_examples = _make_examples()
EXAMPLES = make_examples.EXAMPLES
BY_PATH = {example.path: example for example in EXAMPLES}
DOCUMENTS = [e for e in EXAMPLES if not e.is_scenario]
SCENARIOS = [e for e in EXAMPLES if e.is_scenario]


def _ids(example: Any) -> str:
    return str(example.path)


# -- what checking an example gives ---------------------------------------------------------


def snapshot_name(path: str) -> str:
    """``jamtland/gns.json`` -> ``jamtland__gns.json``; a TOML scenario's snapshot is JSON."""
    return str(Path(path).with_suffix("")).replace("/", "__") + ".json"


def finding_record(finding: Finding, prefix: str) -> dict[str, Any]:
    """A finding as the snapshot keeps it; the path points into the example's file."""
    record = {
        "rule": finding.rule_id,
        "severity": finding.severity.value,
        "path": prefix + finding.path[1:],
        "message": finding.message("sv"),
        "citations": [c.short() for c in finding.citations],
    }
    fix = finding.fix("sv")
    return record if fix is None else {**record, "fix": fix}


def document_findings(path: str, as_of: date) -> list[tuple[str, Finding]]:
    """Every finding of a document example, with the path prefix of the model it is about."""
    content = load(EXAMPLES_DIR / path).content
    if isinstance(content, Bundle):
        return [
            (f"$.content.items[{index}]", finding)
            for index, item in enumerate(content.items)
            for finding in check(item, as_of=as_of)
        ]
    return [("$.content", finding) for finding in check(content, as_of=as_of)]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def merger_record(scenario: MergerScenario, report: MergerReport) -> dict[str, Any]:
    """The merger analysis of a scenario, as the snapshot keeps it."""
    merged = report.merged
    return {
        "name": merged.name,
        "host": str(merged.host),
        "host_options": [str(p) for p in report.host_options],
        "parties": [str(p) for p in merged.parties],
        "tasks": [
            {"area": t.area, "for_parties": [str(p) for p in t.for_parties]} for t in merged.tasks
        ],
        "left_over": [t.area for t in report.left_over],
        "discontinued": [c.short_name or c.name for c in report.discontinued],
        "lawful": report.lawful,
        "decisions": [
            {
                "party": str(d.party),
                "body": d.body.value,
                "decision": d.decision,
                "citations": [c.short() for c in d.citations],
            }
            for d in report.decisions
        ],
        "decisions_complete_on": _iso(report.decisions_complete_on),
        "earliest_effective": _iso(report.earliest_effective),
        "parties_without_meeting": [str(p) for p in report.parties_without_meeting],
        "consultation": [
            {
                "body": o.calendar.body,
                "in_time": o.in_time,
                "last_in_time": _iso(o.last_in_time),
                "next_after_deadline": _iso(o.next_after_deadline),
            }
            for o in consult(scenario)
        ],
    }


def snapshot_data(example: Any) -> dict[str, Any]:
    """What the snapshot of ``example`` holds."""
    data: dict[str, Any] = {"example": example.path, "as_of": example.as_of.isoformat()}
    if example.is_scenario:
        scenario = load_scenario(EXAMPLES_DIR / example.path)
        report = run_scenario(scenario)
        data["kind"] = "merger_scenario"
        data["findings"] = [finding_record(f, "$.merged") for f in report.all_findings]
        data["merger"] = merger_record(scenario, report)
    else:
        data["kind"] = load(EXAMPLES_DIR / example.path).kind
        data["findings"] = [
            finding_record(f, prefix)
            for prefix, f in document_findings(example.path, example.as_of)
        ]
    return data


def snapshot_text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def snapshot_mismatch(name: str, expected: str, actual: str) -> str | None:
    """A readable diff between the stored snapshot and what the example gives now."""
    if expected == actual:
        return None
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"tests/snapshots/{name} (stored)",
        tofile=f"tests/snapshots/{name} (now)",
    )
    return (
        f"The findings of the example differ from its snapshot:\n{''.join(diff)}\n"
        "If the change is intended, rerun with SAMVERKAN_UPDATE_SNAPSHOTS=1 and review the diff."
    )


def error_rules(example: Any) -> list[str]:
    """The rule ids of the error findings of ``example``, one per finding."""
    if example.is_scenario:
        report = run_scenario(load_scenario(EXAMPLES_DIR / example.path))
        findings = list(report.all_findings)
    else:
        findings = [f for _, f in document_findings(example.path, example.as_of)]
    return [f.rule_id for f in findings if f.severity is Severity.ERROR]


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


@pytest.mark.parametrize("example", DOCUMENTS, ids=_ids)
def test_document_loads_to_the_builders_model(example: Any) -> None:
    path = EXAMPLES_DIR / example.path
    document = load(path)
    assert document.content == example.build()
    assert dumps(document) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("example", SCENARIOS, ids=_ids)
def test_scenario_loads_to_the_builders_model(example: Any) -> None:
    path = EXAMPLES_DIR / example.path
    scenario = load_scenario(path)
    assert scenario == example.build()
    assert scenario.as_of == example.as_of
    assert dumps_scenario(scenario) == path.read_text(encoding="utf-8")


def test_the_generator_writes_the_committed_files(tmp_path: Path) -> None:
    written = make_examples.write_all(tmp_path)
    assert len(written) == len(EXAMPLES)
    for example in EXAMPLES:
        assert (tmp_path / example.path).read_bytes() == (EXAMPLES_DIR / example.path).read_bytes()
        assert make_examples.render(example) == (tmp_path / example.path).read_text("utf-8")


def test_the_generator_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert make_examples.main([str(tmp_path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [str(tmp_path / e.path) for e in EXAMPLES]


@pytest.mark.parametrize("example", DOCUMENTS, ids=_ids)
def test_document_satisfies_its_json_schema(example: Any) -> None:
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


@pytest.mark.parametrize("example", EXAMPLES, ids=_ids)
def test_findings_match_the_snapshot(example: Any) -> None:
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


@pytest.mark.parametrize("example", DOCUMENTS, ids=_ids)
def test_the_command_line_reports_what_the_snapshot_holds(example: Any) -> None:
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
    assert document["ok"] is not bool(example.errors)


# -- what each example must show ------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=_ids)
def test_errors_are_exactly_the_intended_ones(example: Any) -> None:
    found = error_rules(example)
    assert set(found) == set(example.errors)
    if example.kind == "real":
        assert found == []
    else:
        assert found or example.inconsistencies


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.path)
def test_inconsistencies_are_the_intended_ones(example: Any) -> None:
    if example.is_scenario:
        return
    findings = [f for _, f in document_findings(example.path, example.as_of)]
    tripped = {f.rule_id for f in findings if f.category is Category.CONSISTENCY}
    assert tripped == set(example.inconsistencies)


def test_real_systems_report_only_what_the_seeds_leave_open() -> None:
    infos = {
        path: sorted({r["rule"] for r in snapshot_data(BY_PATH[path])["findings"]})
        for path in ("jamtland/gns.json", "norrtalje/kson.json", "jamtland/fund-pot.json")
    }
    assert infos == {
        "jamtland/gns.json": ["KL-9-24-representation"],
        "norrtalje/kson.json": [
            "KL-10-3-wholly-owned",
            "KL-9-6-forbundsordning-18",
            "KL-9-7-eligibility",
        ],
        "jamtland/fund-pot.json": [],
    }
    agreement = snapshot_data(BY_PATH["jamtland/cooperation-agreement.json"])["findings"]
    assert [(f["rule"], f["severity"]) for f in agreement] == [
        ("AGR-annual-report", "warning"),
        ("AGR-revision-budget", "info"),
    ]


def _errors(path: str) -> list[Finding]:
    example = BY_PATH[path]
    return [f for _, f in document_findings(path, example.as_of) if f.severity is Severity.ERROR]


def test_missing_substitute_names_the_party() -> None:
    (error,) = _errors("flawed/gnu-missing-substitute.json")
    assert error.rule_id == "KL-9-24-representation"
    assert error.path == "$.parties[4]"
    assert error.message() == "Berg (2326) saknar ersättare i nämnden (ledamöter: 1, ersättare: 0)."


def test_contractual_cooperation_before_july_2018_has_no_basis() -> None:
    (error,) = _errors("flawed/avtalssamverkan-2018-03-01.json")
    assert error.rule_id == "KL-2-1-localisation"
    assert "avtalet ingicks 1 mars 2018" in error.message()
    assert "först från den 1 juli 2018" in error.message()
    cooperation = load(EXAMPLES_DIR / "flawed/avtalssamverkan-2018-03-01.json").content
    assert isinstance(cooperation, ContractualCooperation)
    # Still running later: from 2018-07-01 KL 9:37 covers it, which is information (D5).
    later = check(cooperation, as_of=date(2019, 1, 1))
    assert later.errors == ()
    assert [f.severity for f in later.by_rule("KL-2-1-localisation")] == [Severity.INFO]


def test_pot_grant_beyond_the_earmarks_remainder() -> None:
    example = BY_PATH["flawed/pot-grant-beyond-earmark.json"]
    findings = document_findings(example.path, example.as_of)
    (error,) = [f for _, f in findings if f.category is Category.CONSISTENCY]
    assert (error.rule_id, error.severity) == ("POT-earmark", Severity.WARNING)
    assert error.path == "$.decisions[1].earmark"
    assert error.message() == (
        "Beslutet i ärende RUN/999/2019 beviljar 600\xa0000 kr ur social välfärd, där bara "
        "535\xa0791 kr återstår den 20 nov. 2019."
    )
    pot = load(EXAMPLES_DIR / "flawed/pot-grant-beyond-earmark.json").content
    assert isinstance(pot, Pot)
    assert pot.balance(date(2019, 12, 31)) > 0  # the pot as a whole could pay


def test_charter_missing_exit_and_dissolution() -> None:
    errors = _errors("flawed/federation-charter-missing-items.json")
    assert [c.short() for f in errors for c in f.citations] == ["KL 9:6 15 p.", "KL 9:6 16 p."]


def test_transport_authority_with_a_municipality_of_another_county() -> None:
    (error,) = _errors("flawed/rkm-wrong-county.json")
    assert error.rule_id == "KTL-2-2-rkm-form"
    assert error.path == "$.members[9]"
    assert error.message().startswith("Sundsvall (2281) hör till Västernorrlands län")


def test_jamtland_equivalent_lists_every_fullmaktige_decision() -> None:
    findings = document_findings("norrtalje/jamtland-equivalent.json", date(2018, 3, 1))
    committee = [f for prefix, f in findings if prefix == "$.content.items[0]"]
    company = [f for prefix, f in findings if prefix == "$.content.items[1]"]
    reglemente = [f for f in committee if f.rule_id == "KL-9-33-reglemente"]
    (grouped,) = reglemente
    assert grouped.message().startswith(
        "Reglementet har inte antagits av fullmäktige i Region Jämtland Härjedalen (23), "
    )
    assert grouped.facts["paths"] == [f"$.parties[{i}]" for i in range(9)]
    assert not [f for f in committee if f.rule_id == "GN-VO-2003-192"]
    owners = [f for f in company if f.rule_id == "KL-10-4-part-owned" and f.severity.rank == 0]
    assert [f.path for f in owners] == [f"$.holdings[{i}].decision" for i in range(9)]
    assert any(f.rule_id == "LOU-3-13-joint-control" for f in company)
    bundle = load(EXAMPLES_DIR / "norrtalje/jamtland-equivalent.json").content
    assert isinstance(bundle.items[1], JointlyOwnedCompany)
    assert sum(h.percent for h in bundle.items[1].holdings) == 100


def test_merger_scenarios_are_lawful_and_differ_as_the_memo_says() -> None:
    reports = {e.path: run_scenario(load_scenario(EXAMPLES_DIR / e.path)) for e in SCENARIOS}
    assert all(r.lawful for r in reports.values())
    all_three = reports["jamtland/merger-all-three.toml"]
    assert [c.short_name for c in all_three.discontinued] == ["GNU (regionen)", "GNU (kommunerna)"]
    pure = reports["jamtland/merger-pure-procurement.toml"]
    assert {t.area for t in pure.merged.tasks} == {"internal.procurement"}
    assert [t.area for t in pure.left_over] == [
        "hsl.assistive-devices",
        "internal.shared-services",
        "internal.it",
    ]
    assert len(reports["jamtland/merger-procurement-committees.toml"].host_options) == 9


# -- the README ------------------------------------------------------------------------------


def _readme_table() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in (EXAMPLES_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `") and line.endswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_readme_lists_every_example_with_its_date() -> None:
    rows = _readme_table()
    assert set(rows) == set(BY_PATH)
    for path, cells in rows.items():
        example = BY_PATH[path]
        assert cells[0] == example.kind, path
        assert cells[1] == example.as_of.isoformat(), path
    readme = (EXAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    assert "SAMVERKAN_UPDATE_SNAPSHOTS=1" in readme
    for script in ("build_and_check", "edit_document", "merger_analysis", "pot_ledger"):
        assert f"examples/{script}.py" in readme
    assert "examples/app_converter.py" in readme
    assert "examples/make_examples.py" in readme


# -- the scripts -----------------------------------------------------------------------------


def run_script(
    name: str,
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    path = EXAMPLES_DIR / name
    monkeypatch.setattr(sys, "argv", [str(path), *args])
    with pytest.raises(SystemExit) as stop:
        runpy.run_path(str(path), run_name="__main__")
    code = stop.value.code
    return (code if isinstance(code, int) else 1), capsys.readouterr().out


def test_build_and_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_script("build_and_check.py", [], monkeypatch, capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "== Förslaget: 2 fel (per 2024-01-01)"
    assert "Åre (2321) saknar ersättare i nämnden (ledamöter: 1, ersättare: 0). [KL 9:24]" in out
    assert out.count("KL-9-33-reglemente") == 1
    assert "fullmäktige i Krokom (2309), Åre (2321), Östersund (2380). [KL 9:33]" in out
    assert lines[-1] == "== Efter besluten: inga fel (per 2024-01-01)"
    status, out = run_script("build_and_check.py", ["en"], monkeypatch, capsys)
    assert "Åre (2321) has no substitute in the committee" in out


def test_edit_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "gnu-with-seats.json"
    status, out = run_script("edit_document.py", [str(target)], monkeypatch, capsys)
    assert status == 0
    assert out.splitlines() == [
        "Läst: gnu-municipalities.json (joint_committee, 0 platser)",
        "  före:  info KL-9-24-representation $.seats: Nämndens platser anges inte; "
        "representationen har inte prövats.",
        f"Sparad: {target} (14 platser)",
        "  efter: inga fynd",
        "Läst tillbaka: samma modell",
    ]
    saved = load(target)
    assert isinstance(saved, Document)
    assert len(saved.content.seats) == 14
    assert saved.content.seats[-2].office.value == "ordförande"  # Östersund, the host


def test_merger_analysis(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_script("merger_analysis.py", [], monkeypatch, capsys)
    assert status == 0
    headers = [line for line in out.splitlines() if line.startswith("== ")]
    assert headers == [
        "== merger-all-three.toml: Gemensam nämnd för upphandling och samverkan",
        "== merger-procurement-committees.toml: Gemensam nämnd för upphandling",
        "== merger-pure-procurement.toml: Gemensam upphandlingsnämnd",
    ]
    assert out.count("Rättsenlig: ja") == 3
    assert "Möjliga värdar: 9 (alla parter, KL 9:20)" in out
    assert "Blir över: internal.it" in out
    assert "Avvecklas: GNS" in out
    assert "Värd: Östersund (2380)" in out
    assert out.count("Remiss till 12 organ, svar senast 29 okt. 2019: alla hinner svara") == 3
    assert "  Kommunstyrelsen i Bräcke: sista möte i tid 28 okt. 2019" in out
    assert "Region Jämtland Härjedalen: Anta nämndens reglemente. [KL 9:33]" in out


def test_pot_ledger(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_script("pot_ledger.py", [], monkeypatch, capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Den gemensamma potten: huvudbok"
    assert lines[1].split() == ["Datum", "Belopp", "Saldo", "social", "välfärd"]
    row = lines[5]
    assert row.startswith("2018-12-31      903\xa0791 kr   6\xa0605\xa0000 kr")
    assert row.endswith(" 903\xa0791 kr")
    assert lines[6] == "  Tillskott: Förvaltningsområdet regional utveckling (social välfärd)"
    assert lines[-1] == "Om RUN/189/2019 beviljas återstår 535\xa0791 kr av social välfärd."
    flawed = str(EXAMPLES_DIR / "flawed/pot-grant-beyond-earmark.json")
    status, out = run_script("pot_ledger.py", [flawed, "en"], monkeypatch, capsys)
    assert "-SEK\xa064,209" in out
    assert "Om RUN/189/2019" not in out  # decided, so no projection
    other = str(EXAMPLES_DIR / "jamtland/gns.json")
    status, out = run_script("pot_ledger.py", [other], monkeypatch, capsys)
    assert status == 2
    assert out == ""


def test_app_converter(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_script("app_converter.py", [], monkeypatch, capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "opened: 2019-08-23, budget: 150000.50"
    assert lines[2] == "round trip: equal"
    assert lines[3:] == [
        "problem: $.committee.parties: required field 'parties' is missing",
        "problem: $.committee.host: unknown municipality or region code '2399'; did you mean "
        "'2309' (Krokom), '2039' (Älvdalen), '2583' (Haparanda)?",
        "problem: $.committee.partys: unknown field 'partys'; did you mean 'parties'?",
    ]


def test_every_builder_is_in_the_index() -> None:
    assert set(make_examples.BUILDERS) == set(BY_PATH)
