"""The README of the examples and the scripts beside the example files."""

from __future__ import annotations

import json
import runpy
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from example_snapshots import BY_PATH, EXAMPLES_DIR
from samverkan.io import Document, load

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
    assert "examples/normalise.py" in readme


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


def test_normalise_finds_every_file_in_normal_form(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_script("normalise.py", [], monkeypatch, capsys)
    assert (status, out) == (0, "")


def _normalise() -> Any:
    return runpy.run_path(str(EXAMPLES_DIR / "normalise.py"))


def test_normalise_lists_then_rewrites_a_file_edited_by_hand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES_DIR, copy, ignore=shutil.ignore_patterns("*.py"))
    edited = copy / "jamtland/gns.json"
    committed = edited.read_text(encoding="utf-8")
    edited.write_text(json.dumps(json.loads(committed), indent=4), encoding="utf-8")
    main = _normalise()["main"]
    assert main([], copy) == 1
    assert capsys.readouterr().out == "not in normal form: jamtland/gns.json\n"
    assert main(["--write"], copy) == 0
    assert capsys.readouterr().out == "rewritten: jamtland/gns.json\n"
    assert edited.read_text(encoding="utf-8") == committed
    assert load(edited).content == load(EXAMPLES_DIR / "jamtland/gns.json").content


def test_normalise_reports_a_file_that_does_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES_DIR, copy, ignore=shutil.ignore_patterns("*.py"))
    (copy / "flawed/rkm-wrong-county.json").write_text('{"kind": "local_federation"}', "utf-8")
    assert _normalise()["main"]([], copy) == 2
    assert "schema_version" in capsys.readouterr().out
