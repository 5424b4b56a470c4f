"""The analysis commands: ``merger`` (and ``check`` given a scenario)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import attrs
import pytest

from samverkan.cli import main
from samverkan.cli_merger import analyse, merger_text, read_scenario, task_name
from samverkan.errors import InputError
from samverkan.io import dump
from samverkan.model import JointCommittee, Task
from seeds import JAMTLAND, OSTERSUND, REGION_JH, gns, gnu_region

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "jamtland"
ALL_THREE = str(EXAMPLES / "merger-all-three.toml")
PURE = str(EXAMPLES / "merger-pure-procurement.toml")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def committees(tmp_path: Path) -> Path:
    dump(gnu_region(), tmp_path / "gnu-region.json")
    dump(gns(), tmp_path / "gns.json")
    return tmp_path


def _scenario(folder: Path, **fields: object) -> str:
    data = {
        "name": "Gemensam nämnd",
        "as_of": "2019-09-02",
        "committees": ["gnu-region.json", "gns.json"],
        **fields,
    }
    path = folder / "scenario.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


# -- merger ----------------------------------------------------------------------------------


def _calendars_without_ostersund() -> list[dict[str, object]]:
    """Every party's fullmäktige meets on 2020-04-20 but Östersund's, which has no date."""
    return [
        {"body": f"Fullmäktige {p.name}", "dates": ["2020-04-20"], "party": p.code}
        for p in (REGION_JH, *JAMTLAND)
        if p != OSTERSUND
    ]


#: Östersund's fullmäktige meeting, later than the others'.
OSTERSUND_LATE = {"body": "KF Östersund", "dates": ["2020-04-27"], "party": "2380"}


def test_merger_text_of_the_memos_first_option() -> None:
    status, text = run("merger", ALL_THREE)
    assert status == 0
    lines = text.splitlines()
    assert lines[0] == "Sammanslagning: Gemensam nämnd för upphandling och samverkan"
    assert lines[1] == "Bedömning per 2 sep. 2019"
    assert "Parter (9)" in lines
    assert "  Upphandling för den egna verksamheten (internal.procurement)" in lines
    assert "Värd: Region Jämtland Härjedalen (23)" in lines
    assert "Avvecklas: GNU (regionen), GNU (kommunerna)" in lines
    assert "Den sammanslagna nämnden är rättsenlig." in lines
    assert "Beslut i fullmäktige (43)" in lines
    # Every party's decisions, not only the host's, each with its provisions.
    assert "  Östersund (2380)" in lines
    assert "    - Anta nämndens reglemente. [KL 9:33]" in lines
    assert text.count("Anta nämndens reglemente.") == 9
    assert "Tidigast i kraft: kan inte beräknas" in text
    assert "  Kommunstyrelsen i Bräcke      hinner, sista möte i tid 28 okt. 2019" in lines
    assert lines[-1] == "Alla hinner svara."


def test_merger_text_with_left_over_tasks_and_host_options() -> None:
    status, text = run("merger", PURE)
    assert status == 0
    assert "Möjliga värdar: Region Jämtland Härjedalen (23), Ragunda (2303)" in text
    assert "Blir över (behöver en annan hemvist)" in text
    assert "  IT och digitalisering för den egna verksamheten (internal.it)" in text
    assert "Besluta att Gemensam upphandlingsnämnd ska vara gemensam" in text


def test_merger_in_english() -> None:
    status, text = run("merger", ALL_THREE, "--lang", "en")
    assert status == 0
    assert text.startswith("Merger: Gemensam nämnd för upphandling och samverkan\n")
    assert "Assessed as of Sep 2, 2019" in text
    assert "Procurement for own use (internal.procurement)" in text
    assert "The merged committee is lawful." in text
    assert "Everyone can answer in time." in text


def test_merger_json() -> None:
    status, text = run("merger", ALL_THREE, "--format", "json")
    assert status == 0
    data = json.loads(text)
    assert data["file"] == ALL_THREE
    assert data["as_of"] == "2019-09-02"
    assert data["lawful"] is True
    assert data["host"] == {"code": "23", "name": "Region Jämtland Härjedalen"}
    assert len(data["parties"]) == 9
    assert data["tasks"][0]["name"] == "Upphandling för den egna verksamheten"
    assert data["discontinued"] == ["GNU (regionen)", "GNU (kommunerna)"]
    assert data["left_over"] == []
    assert len(data["decisions"]) == 43
    assert {d["party"] for d in data["decisions"]} == {p["code"] for p in data["parties"]}
    first = data["decisions"][0]
    assert first["citations"][0]["chapter"] == 9
    assert data["findings"][0]["rule"] == "KL-9-24-representation"
    assert data["earliest_effective"] is None
    consultation = data["consultation"]
    assert consultation["deadline"] == "2019-10-29"
    assert consultation["all_in_time"] is True
    assert consultation["bodies"][0] == {
        "body": "Regionstyrelsen",
        "party": "23",
        "in_time": True,
        "last_in_time": "2019-09-25",
        "next_after_deadline": None,
    }


def test_merger_as_of_replaces_the_scenarios_date() -> None:
    status, text = run("merger", ALL_THREE, "--as-of", "2020-01-01", "--format", "json")
    assert status == 0
    assert json.loads(text)["as_of"] == "2020-01-01"


def test_merger_effective_date_and_late_bodies(committees: Path) -> None:
    calendars = _calendars_without_ostersund()
    consultation = {
        "sent_on": "2019-09-02",
        "deadline": "2019-10-29",
        "calendars": [
            {"body": "KS Östersund", "dates": ["2019-11-05"], "party": "2380"},
            {"body": "GNS", "dates": ["2019-08-01"]},
            {"body": "RS", "dates": ["2019-09-24"]},
        ],
    }
    path = _scenario(
        committees,
        ready_on="2020-03-01",
        fullmaktige_calendars=calendars,
        consultation=consultation,
    )
    status, text = run("merger", path)
    assert status == 0
    assert "Tidigast i kraft: kan inte beräknas" in text
    assert "Inget möte i fullmäktige efter 1 mars 2020 för: Östersund (2380)" in text
    assert "hinner inte, nästa möte 5 nov. 2019" in text
    assert "GNS           hinner inte, inget senare möte" in text
    assert "Hinner inte svara: KS Östersund, GNS" in text

    calendars.append(OSTERSUND_LATE)
    path = _scenario(committees, ready_on="2020-03-01", fullmaktige_calendars=calendars)
    status, text = run("merger", path)
    assert "Tidigast i kraft: 1 jan. 2021 (besluten klara 27 apr. 2020)" in text
    assert "Scenariot har ingen remiss." in text
    status, text = run("merger", path, "--format", "json")
    data = json.loads(text)
    assert data["earliest_effective"] == "2021-01-01"
    assert data["decisions_complete_on"] == "2020-04-27"
    assert data["consultation"] is None


def test_merger_with_errors_exits_1(tmp_path: Path) -> None:
    rescue = JointCommittee(
        "Räddningsnämnd", (REGION_JH, OSTERSUND), OSTERSUND, tasks=(Task("lso.rescue-services"),)
    )
    dump(rescue, tmp_path / "rescue.json")
    dump(gnu_region(), tmp_path / "gnu-region.json")
    path = _scenario(tmp_path, committees=["rescue.json", "gnu-region.json"])
    status, text = run("merger", path)
    assert status == 1
    assert "Den sammanslagna nämnden har fel." in text
    assert "fel KL-2-1-competence" in text
    status, text = run("merger", path, "--format", "json")
    assert status == 1
    assert json.loads(text)["lawful"] is False


def test_merger_bad_input_exits_2(
    committees: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("merger", str(tmp_path / "missing.toml"))[0] == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("name = ", encoding="utf-8")
    assert run("merger", str(bad)) == (2, "")
    capsys.readouterr()
    assert run("merger", _scenario(committees, extend="Okänd")) == (2, "")
    assert "$.extend: ingen nämnd heter 'Okänd'" in capsys.readouterr().err
    assert run("merger", _scenario(committees, extend="Okänd"), "--lang", "en") == (2, "")
    assert "$.extend: no committee is named 'Okänd'" in capsys.readouterr().err
    assert run("merger", "-") == (2, "")
    assert "not standard input" in capsys.readouterr().err


def test_merger_text_without_findings() -> None:
    scenario = read_scenario(ALL_THREE)
    report = attrs.evolve(analyse(scenario), competence_findings=(), other_findings=())
    text = merger_text(scenario, report, (), "en")
    assert "The merged committee is lawful.\n  No findings.\n" in text


def test_task_name_of_an_unknown_area() -> None:
    assert task_name("no.such-area", "sv") == "no.such-area"


def test_a_scenario_the_analysis_refuses_is_unusable_input(committees: Path) -> None:
    scenario = attrs.evolve(read_scenario(_scenario(committees)), extend="Okänd")
    with pytest.raises(InputError, match="no committee of the scenario is named 'Okänd'"):
        analyse(scenario)


# -- check given a scenario ------------------------------------------------------------------


def test_check_names_the_command_that_reads_a_scenario(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = run("check", ALL_THREE)
    assert status == 2
    err = capsys.readouterr().err
    assert "en scenariofil för en sammanslagning, inte ett dokument" in err
    assert f"samverkan merger {ALL_THREE}" in err
    assert "schema_version" not in err
    status, _ = run("check", "--lang", "en", ALL_THREE)
    assert status == 2
    assert "a merger scenario, not a document" in capsys.readouterr().err


def test_check_of_other_unreadable_files_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLES / "gns.json", tmp_path / "gns.json")
    plain = tmp_path / "plain.json"
    plain.write_text('{"name": "x"}', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("name = ", encoding="utf-8")
    other = tmp_path / "notes.txt"
    other.write_text("committees", encoding="utf-8")
    for path in (plain, broken, other, tmp_path / "gone.json"):
        assert run("check", str(path))[0] == 2
        assert "scenario" not in capsys.readouterr().err


# -- calendar --------------------------------------------------------------------------------


def test_calendar_of_the_memos_option() -> None:
    status, text = run("calendar", ALL_THREE)
    assert status == 0
    lines = text.splitlines()
    assert lines[0] == "Beslutskalender: Gemensam nämnd för upphandling och samverkan"
    assert lines[1] == "Scenariot anger inte när förslaget kan gå till fullmäktige (ready_on)."
    assert "Beslut i fullmäktige" not in text
    assert lines[-1] == "Alla hinner svara."
    status, text = run("calendar", ALL_THREE, "--lang", "en")
    assert text.startswith("Decision calendar: Gemensam nämnd för upphandling och samverkan\n")


def test_calendar_with_fullmaktige_dates(committees: Path) -> None:
    calendars = _calendars_without_ostersund()
    consultation = {
        "sent_on": "2019-09-02",
        "deadline": "2019-10-29",
        "calendars": [{"body": "KS Östersund", "dates": ["2019-11-05"], "party": "2380"}],
    }
    path = _scenario(
        committees,
        ready_on="2020-03-01",
        fullmaktige_calendars=calendars,
        consultation=consultation,
    )
    status, text = run("calendar", path)
    assert status == 1
    assert "Förslaget kan gå till fullmäktige 1 mars 2020" in text
    assert "  Region Jämtland Härjedalen (23)  första möte 20 apr. 2020" in text
    assert "  Östersund (2380)                 inget möte i kalendern" in text
    assert "Inget möte i fullmäktige efter 1 mars 2020 för: Östersund (2380)" in text
    assert "Hinner inte svara: KS Östersund" in text

    calendars.append(OSTERSUND_LATE)
    path = _scenario(committees, ready_on="2020-03-01", fullmaktige_calendars=calendars)
    status, text = run("calendar", path)
    assert status == 0
    assert "Tidigast i kraft: 1 jan. 2021 (besluten klara 27 apr. 2020)" in text
    status, text = run("calendar", path, "--format", "json")
    assert status == 0
    data = json.loads(text)
    assert data["ready_on"] == "2020-03-01"
    assert data["effective_from"] == "year"
    assert data["fullmaktige"][0] == {"party": "23", "first_meeting": "2020-04-20"}
    assert data["earliest_effective"] == "2021-01-01"
    assert data["consultation"] is None


def test_calendar_bad_input_exits_2(tmp_path: Path) -> None:
    assert run("calendar", str(tmp_path / "missing.toml")) == (2, "")
    assert run("calendar", "-") == (2, "")


# -- compare ---------------------------------------------------------------------------------

STRUCTURE = EXAMPLES / "structure-2019.json"


@pytest.fixture
def after(tmp_path: Path) -> str:
    """The 2019 structure with SVOM meeting six times a year, Fredagsgruppen gone and a new
    body added."""
    data = json.loads(STRUCTURE.read_text(encoding="utf-8"))
    bodies = data["content"]["bodies"]
    for body in bodies:
        if body["id"] == "SVOM":
            body["meetings"] = {"per_year": 6}
    new = {**next(b for b in bodies if b["id"] == "Barnarenan"), "id": "NY", "name": "Ny grupp"}
    bodies[:] = [b for b in bodies if b["id"] != "Fredagsgruppen"] + [new]
    path = tmp_path / "after.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_compare_text(after: str) -> None:
    status, text = run(
        "compare", str(STRUCTURE), after, "--year", "2019", "--cost-per-seat-meeting", "1500"
    )
    assert status == 0
    lines = text.splitlines()
    assert lines[0] == f"Jämförelse för 2019: {STRUCTURE} → {after}"
    assert lines[1] == "Tillkommer: Ny grupp (NY)"
    assert lines[2] == "Försvinner: Fredagsgruppen (Fredagsgruppen)"
    assert lines[4].split() == ["Mått", "Före", "Efter", "Ändring"]
    assert lines[5].split() == ["Organ", "6", "6", "0"]
    assert lines[7].split() == ["Möten", "per", "år", "5", "11", "+6"]
    assert lines[8].split()[:3] == ["Platsmöten", "per", "år"]
    assert lines[9].startswith("Kostnad per år")
    status, text = run("compare", str(STRUCTURE), str(STRUCTURE), "--year", "2019", "--lang", "en")
    assert "Added: none" in text
    assert "Cost" not in text


def test_compare_json(after: str) -> None:
    status, text = run(
        "compare",
        str(STRUCTURE),
        after,
        "--year",
        "2019",
        "--cost-per-seat-meeting",
        "1500",
        "--format",
        "json",
    )
    assert status == 0
    data = json.loads(text)
    assert data["added"] == ["NY"]
    assert data["removed"] == ["Fredagsgruppen"]
    assert data["year"] == 2019
    assert data["cost_per_seat_meeting"] == "1500"
    totals = data["totals"]
    assert totals["meetings_per_year"] == {"before": 5, "after": 11}
    seat_meetings = totals["seat_meetings_per_year"]["after"]
    assert seat_meetings > 0
    assert totals["cost"] == {"before": "0", "after": str(seat_meetings * 1500)}
    svom = next(b for b in data["bodies_after"] if b["id"] == "SVOM")
    assert svom["seat_meetings_per_year"] == svom["members"] * 6 == seat_meetings
    status, text = run("compare", str(STRUCTURE), after, "--format", "json")
    assert "cost" not in json.loads(text)["totals"]


def test_compare_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("compare", str(STRUCTURE), str(tmp_path / "gone.json")) == (2, "")
    assert run("compare", str(STRUCTURE), str(EXAMPLES / "gns.json")) == (2, "")
    assert "not a collaboration structure" in capsys.readouterr().err
    for amount in ("abc", "-1", "NaN"):
        with pytest.raises(SystemExit) as exit_:
            run("compare", str(STRUCTURE), str(STRUCTURE), "--cost-per-seat-meeting", amount)
        assert exit_.value.code == 2
        assert "not an amount in kronor" in capsys.readouterr().err
