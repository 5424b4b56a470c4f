from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from samverkan.analysis import EffectiveFrom, MeetingCalendar
from samverkan.errors import DocumentError
from samverkan.io import Bundle, dump, to_data
from samverkan.io.scenario import (
    CommitteeFile,
    Consultation,
    MergerScenario,
    consult,
    dump_scenario,
    dumps_scenario,
    load_scenario,
    loads_scenario,
    run_scenario,
    scenario_from_data,
    scenario_to_data,
)
from seeds import ARE, JAMTLAND, OSTERSUND, REGION_JH, gns, gnu_municipalities, gnu_region

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "jamtland"
AS_OF = date(2019, 9, 2)


@pytest.fixture
def committee_files(tmp_path: Path) -> Path:
    """The three committees as documents in a temporary directory."""
    dump(gnu_region(), tmp_path / "gnu-region.json")
    dump(gnu_municipalities(), tmp_path / "gnu-municipalities.json")
    dump(gns(), tmp_path / "gns.json")
    dump(Bundle((gns(),)), tmp_path / "bundle.json")
    return tmp_path


def problems(error: pytest.ExceptionInfo[DocumentError]) -> list[tuple[str, str]]:
    return list(error.value.problems)


def read(text: str, base: Path, format: Any = "toml") -> MergerScenario:
    return loads_scenario(text, format, base=base, source="scenario")


# -- reading --------------------------------------------------------------------------------


def test_loading_the_memos_pure_procurement_option() -> None:
    scenario = load_scenario(EXAMPLES / "merger-pure-procurement.toml")
    assert scenario.name == "Gemensam upphandlingsnämnd"
    assert scenario.as_of == AS_OF
    assert scenario.host == OSTERSUND
    assert scenario.keep_areas == ("internal.procurement",)
    assert scenario.effective_from is EffectiveFrom.NEXT_YEAR
    assert [c.path for c in scenario.committees if isinstance(c, CommitteeFile)] == [
        "gnu-region.json",
        "gnu-municipalities.json",
        "gns.json",
    ]
    assert scenario.joint_committees == (gnu_region(), gnu_municipalities(), gns())
    assert scenario.consultation is not None
    assert scenario.consultation.deadline == date(2019, 10, 29)
    assert len(scenario.consultation.calendars) == 12


def test_running_the_pure_procurement_option() -> None:
    report = run_scenario(load_scenario(EXAMPLES / "merger-pure-procurement.toml"))
    assert report.merged.host == OSTERSUND
    assert {t.area for t in report.merged.tasks} == {"internal.procurement"}
    assert {t.area for t in report.left_over} == {
        "hsl.assistive-devices",
        "internal.shared-services",
        "internal.it",
    }
    assert [c.short_name for c in report.discontinued] == [
        "GNU (regionen)",
        "GNU (kommunerna)",
        "GNS",
    ]
    assert report.lawful


def test_extending_a_committee_by_its_short_name() -> None:
    scenario = load_scenario(EXAMPLES / "merger-all-three.toml")
    assert scenario.extend == "GNS"
    assert scenario.committee_named("GNS") == gns()
    assert scenario.committee_named(gns().name) == gns()
    assert scenario.committee_named("GNX") is None
    report = run_scenario(scenario)
    assert report.host_options == (REGION_JH,)
    assert [c.short_name for c in report.discontinued] == ["GNU (regionen)", "GNU (kommunerna)"]
    are = [d.decision for d in report.decisions if d.party == ARE]
    assert not any("upphandlingssamverkan" in d for d in are)


def test_consulting_the_boards_by_the_reply_deadline() -> None:
    scenario = load_scenario(EXAMPLES / "merger-procurement-committees.toml")
    outcomes = {o.calendar.body: o for o in consult(scenario)}
    assert all(o.in_time for o in outcomes.values())
    assert outcomes["Kommunstyrelsen i Bräcke"].last_in_time == date(2019, 10, 28)
    assert outcomes["Kommunstyrelsen i Östersund"].next_after_deadline == date(2019, 11, 5)
    assert outcomes["Regionstyrelsen"].calendar.party == REGION_JH
    assert outcomes["GNS"].calendar.party is None


def test_preparation_time_makes_a_board_late(committee_files: Path) -> None:
    text = """
name = "X"
as_of = 2019-09-02
committees = ["gnu-region.json", "gns.json"]

[consultation]
sent_on = 2019-09-02
deadline = 2019-10-29
preparation_days = 30
calendars = [{ body = "GNU (regionen)", dates = [2019-09-16, 2019-11-11] }]
"""
    (outcome,) = consult(read(text, committee_files))
    assert not outcome.in_time
    assert outcome.next_after_deadline == date(2019, 11, 11)


def test_no_consultation_gives_no_outcomes(committee_files: Path) -> None:
    scenario = read(
        'name = "X"\nas_of = 2019-09-02\ncommittees = ["gnu-region.json", "gns.json"]',
        committee_files,
    )
    assert scenario.consultation is None
    assert consult(scenario) == ()


def test_fullmaktige_calendars_give_the_date_of_effect(committee_files: Path) -> None:
    calendars = [
        {"body": f"Fullmäktige {p.name}", "dates": ["2020-04-20", "2020-06-15"], "party": p.code}
        for p in (REGION_JH, *JAMTLAND)
    ]
    data = {
        "name": "Gemensam nämnd",
        "as_of": "2019-09-02",
        "committees": ["gnu-region.json", "gns.json"],
        "ready_on": "2020-03-01",
        "effective_from": "month",
        "fullmaktige_calendars": calendars,
    }
    scenario = read(json.dumps(data), committee_files, "json")
    assert scenario.fullmaktige_calendars[0] == MeetingCalendar(
        "Fullmäktige Region Jämtland Härjedalen", (date(2020, 4, 20), date(2020, 6, 15)), REGION_JH
    )
    report = run_scenario(scenario)
    assert report.decisions_complete_on == date(2020, 4, 20)
    assert report.earliest_effective == date(2020, 5, 1)


def test_inline_committee_documents() -> None:
    data = {
        "name": "Upphandlingsnämnd",
        "as_of": "2019-09-02",
        "committees": [to_data(gnu_region()), to_data(gnu_municipalities())],
    }
    scenario = scenario_from_data(data)
    assert scenario.committees == (gnu_region(), gnu_municipalities())
    report = run_scenario(scenario)
    assert len(report.host_options) == 9
    assert report.merged.host == REGION_JH


def test_run_refuses_an_unknown_committee_to_extend() -> None:
    scenario = MergerScenario(
        name="X", as_of=AS_OF, committees=(gnu_region(), gns()), extend="GNU (kommunerna)"
    )
    with pytest.raises(
        ValueError, match="no committee of the scenario is named 'GNU \\(kommunerna\\)'"
    ):
        run_scenario(scenario)


def test_a_consultation_out_of_shape_in_a_file() -> None:
    data = {
        "name": "X",
        "as_of": "2019-09-02",
        "committees": [to_data(gns()), to_data(gnu_region())],
        "consultation": {"sent_on": "2019-10-02", "deadline": "2019-09-01"},
    }
    with pytest.raises(DocumentError) as error:
        scenario_from_data(data)
    assert problems(error) == [
        (
            "$.consultation",
            "the deadline (2019-09-01) cannot fall before the request (2019-10-02)",
        )
    ]


def test_consultation_shape_is_checked() -> None:
    with pytest.raises(ValueError, match="cannot fall before"):
        Consultation(date(2019, 10, 29), date(2019, 9, 2))
    with pytest.raises(ValueError, match="must not be negative"):
        Consultation(date(2019, 9, 2), date(2019, 10, 29), preparation_days=-1)


# -- malformed scenarios --------------------------------------------------------------------


def test_a_malformed_scenario_reports_every_problem(committee_files: Path) -> None:
    text = """
nam = "Upphandlingsnämnd"
as_of = "2019-09-31"
effective_from = "yearly"
committees = ["gnu-region.json", "missing.json", "bundle.json", 7]
"""
    with pytest.raises(DocumentError) as error:
        read(text, committee_files)
    found = problems(error)
    assert found[0][0] == "$.committees[1]"
    assert found[0][1].startswith("in missing.json: $: cannot read the file")
    assert found[1:] == [
        ("$.committees[2]", "bundle.json is a bundle document; expected a joint_committee"),
        (
            "$.committees[3]",
            "expected the path of a joint_committee document or an inline document, "
            "got the number 7",
        ),
        ("$.name", "required field 'name' is missing"),
        ("$.as_of", "no such day: '2019-09-31'"),
        (
            "$.effective_from",
            "unknown value 'yearly' for EffectiveFrom; did you mean 'year'?",
        ),
        ("$.nam", "unknown field 'nam'; did you mean 'name'?"),
    ]
    assert str(error.value).startswith("scenario: 7 problem(s) in the document:")


def test_problems_inside_an_inline_document_keep_their_paths() -> None:
    broken = to_data(gns())
    broken["content"]["host"] = "2399"
    del broken["content"]["parties"]
    other = {"schema_version": "1.0", "kind": "bundle", "content": {"items": []}}
    data = {"name": "X", "as_of": "2019-09-02", "committees": [broken, other]}
    with pytest.raises(DocumentError) as error:
        scenario_from_data(data)
    found = problems(error)
    assert ("$.committees[0].content.parties", "required field 'parties' is missing") in found
    assert any(p == "$.committees[0].content.host" and "2399" in m for p, m in found)
    assert found[-1] == (
        "$.committees[1]",
        "the inline document is a bundle document; expected a joint_committee",
    )


def test_a_document_with_problems_is_named(committee_files: Path) -> None:
    (committee_files / "bad.json").write_text(
        '{"schema_version": "1.0", "kind": "joint_committee"}'
    )
    with pytest.raises(DocumentError) as error:
        read(
            'name = "X"\nas_of = 2019-09-02\ncommittees = ["bad.json", "gns.json"]', committee_files
        )
    assert problems(error) == [
        ("$.committees[0]", "in bad.json: $.content: required field 'content' is missing")
    ]


@pytest.mark.parametrize(
    ("committees", "expected"),
    [
        (None, ("$.committees", "required field 'committees' is missing")),
        (
            "gns.json",
            (
                "$.committees",
                "expected a list of document paths or inline documents, got the text 'gns.json'",
            ),
        ),
        (
            ["gns.json"],
            ("$.committees", "a merger needs at least two joint committees; 1 given"),
        ),
    ],
)
def test_the_committees_field(
    committee_files: Path, committees: Any, expected: tuple[str, str]
) -> None:
    data: dict[str, Any] = {"name": "X", "as_of": "2019-09-02"}
    if committees is not None:
        data["committees"] = committees
    with pytest.raises(DocumentError) as error:
        scenario_from_data(data, base=committee_files)
    assert problems(error) == [expected]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"extend": "GNS2"},
            [("$.extend", "no committee is named 'GNS2'; did you mean 'GNS'?")],
        ),
        (
            {"extend": "Nämnden för allt"},
            [
                (
                    "$.extend",
                    "no committee is named 'Nämnden för allt'; the committees are "
                    "'GNU (regionen)', 'GNS'",
                )
            ],
        ),
        (
            {"host": "2326"},
            [],
        ),
        (
            {"host": "0188"},
            [("$.host", "Norrtälje (0188) is not a party of any of the committees merged")],
        ),
        (
            {"host": "2380", "extend": "GNS"},
            [
                (
                    "$.host",
                    "the widened committee keeps its host, Region Jämtland Härjedalen (23); "
                    "leave out 'host' or do not extend",
                )
            ],
        ),
        (
            {"host": "23", "extend": "GNS"},
            [],
        ),
        (
            {"keep_areas": ["internal.procurment", "school.compulsory"]},
            [
                (
                    "$.keep_areas[0]",
                    "no committee merged has a task in 'internal.procurment'; did you mean "
                    "'internal.procurement'?",
                ),
                (
                    "$.keep_areas[1]",
                    "no committee merged has a task in 'school.compulsory'; their areas are "
                    "internal.procurement, hsl.assistive-devices, internal.shared-services, "
                    "internal.it",
                ),
            ],
        ),
    ],
)
def test_choices_must_fit_the_committees(
    committee_files: Path, fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    data = {"name": "X", "as_of": "2019-09-02", "committees": ["gnu-region.json", "gns.json"]}
    data.update(fields)
    if not expected:
        scenario = scenario_from_data(data, base=committee_files)
        assert run_scenario(scenario).merged.host.code == fields["host"]
        return
    with pytest.raises(DocumentError) as error:
        scenario_from_data(data, base=committee_files)
    assert problems(error) == expected


def test_unreadable_or_unrecognised_files(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as error:
        load_scenario(tmp_path / "scenario.yaml")
    assert problems(error) == [
        ("$", "cannot tell the format from the suffix '.yaml'; use .toml or .json")
    ]
    with pytest.raises(DocumentError) as error:
        load_scenario(tmp_path / "absent.toml")
    assert problems(error)[0][1].startswith("cannot read the file")
    assert error.value.source == str(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("text", "format", "expected"),
    [
        ("  \n", "toml", "the scenario is empty"),
        ("name = ", "toml", "invalid TOML"),
        ("[1, 2]", "json", "expected an object with the scenario's fields, got a list"),
        ("{", "json", "invalid JSON"),
    ],
)
def test_text_that_is_no_scenario(text: str, format: Any, expected: str) -> None:
    with pytest.raises(DocumentError) as error:
        loads_scenario(text, format)
    assert problems(error)[0][1].startswith(expected)


# -- writing --------------------------------------------------------------------------------


def test_round_trip_keeps_paths_and_bytes(tmp_path: Path) -> None:
    for name in ("merger-all-three.toml", "merger-pure-procurement.toml"):
        original = EXAMPLES / name
        scenario = load_scenario(original)
        assert dumps_scenario(scenario) == original.read_text(encoding="utf-8")
        as_json = tmp_path / name.replace(".toml", ".json")
        for committee in ("gnu-region.json", "gnu-municipalities.json", "gns.json"):
            (tmp_path / committee).write_bytes((EXAMPLES / committee).read_bytes())
        dump_scenario(scenario, as_json)
        data = json.loads(as_json.read_text(encoding="utf-8"))
        assert data["as_of"] == "2019-09-02"
        assert data["committees"][0] == "gnu-region.json"
        assert list(data)[:3] == ["name", "description", "as_of"]
        assert load_scenario(as_json) == scenario


def test_inline_committees_are_written_as_documents(tmp_path: Path) -> None:
    scenario = MergerScenario(
        name="X",
        as_of=AS_OF,
        committees=(CommitteeFile("gns.json", gns()), gnu_region()),
        host=REGION_JH,
    )
    data = scenario_to_data(scenario)
    assert data["committees"][0] == "gns.json"
    assert data["committees"][1]["kind"] == "joint_committee"
    assert data["host"] == "23"
    toml = scenario_to_data(scenario, "toml")
    assert toml["as_of"] == AS_OF
    dump(gns(), tmp_path / "gns.json")
    dump_scenario(scenario, tmp_path / "x.scenario", format="toml")
    assert load_scenario_toml(tmp_path / "x.scenario") == scenario


def load_scenario_toml(path: Path) -> MergerScenario:
    return loads_scenario(path.read_bytes(), "toml", base=path.parent, source=str(path))


def test_writing_refuses_unknown_formats(tmp_path: Path) -> None:
    scenario = MergerScenario(name="X", as_of=AS_OF, committees=(gns(), gnu_region()))
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        dumps_scenario(scenario, "yaml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot tell the format"):
        dump_scenario(scenario, tmp_path / "x.yaml")
