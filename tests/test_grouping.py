"""Grouped findings: a rule that finds one fault in several parties says it once, naming them.

A fault in one party alone is reported as before, at the party's path; in several, at the
path of the list, with the parties' paths in the facts. Both output formats carry the grouped
finding and its fix hint.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import attrs

from samverkan.cli import main
from samverkan.io import dumps
from samverkan.model import (
    Adoption,
    Body,
    Instrument,
    JointCommittee,
    Office,
    Organisation,
    OrganisationKind,
    Role,
    Seat,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import Category, Severity, check

REG = registry()
OST, BERG, KROKOM = REG.municipality("2380"), REG.municipality("2326"), REG.municipality("2309")
ON = date(2019, 9, 2)


def _committee(**changes: object) -> JointCommittee:
    parties = (OST, BERG, KROKOM)
    adopted = Instrument(
        adoptions=tuple(Adoption(p) for p in parties), tasks=("internal.procurement",)
    )
    seats = tuple(
        seat
        for party in parties
        for seat in (
            Seat(party, office=Office.CHAIR if party == OST else None),
            Seat(party, Role.SUBSTITUTE),
        )
    )
    committee = JointCommittee(
        "Gemensam nämnd för upphandlingssamverkan",
        parties=parties,
        host=OST,
        tasks=(Task("internal.procurement"),),
        agreement=adopted,
        standing_rules=adopted,
        seats=seats,
    )
    return attrs.evolve(committee, **changes)


def _only_ost_adopted() -> Instrument:
    return Instrument(
        adoptions=(Adoption(OST),), tasks=("internal.procurement",), adoptions_complete=True
    )


def test_one_party_is_reported_at_its_own_path() -> None:
    rules = Instrument(
        adoptions=(Adoption(OST), Adoption(BERG)),
        tasks=("internal.procurement",),
        adoptions_complete=True,
    )
    (finding,) = check(_committee(standing_rules=rules), as_of=ON).by_rule("KL-9-33-reglemente")
    assert finding.path == "$.parties[2]"
    assert finding.message() == "Reglementet har inte antagits av fullmäktige i Krokom (2309)."
    assert "paths" not in finding.facts


def test_several_parties_are_named_in_one_finding() -> None:
    committee = _committee(standing_rules=_only_ost_adopted())
    (finding,) = check(committee, as_of=ON).by_rule("KL-9-33-reglemente")
    assert finding.path == "$.parties"
    assert finding.facts["paths"] == ["$.parties[1]", "$.parties[2]"]
    assert finding.message() == (
        "Reglementet har inte antagits av fullmäktige i Berg (2326), Krokom (2309)."
    )
    assert finding.message("en") == (
        "The standing rules (reglemente) have not been adopted by the full councils "
        "(fullmäktige) of Berg (2326), Krokom (2309)."
    )
    assert finding.fix() == "Låt fullmäktige i Berg (2326), Krokom (2309) anta reglementet."


def test_a_finding_of_its_own_keeps_its_place_among_the_groups() -> None:
    rules = Instrument(
        adoptions=(Adoption(OST, Body.STYRELSE), Adoption(KROKOM, adopted=False)),
        tasks=("internal.procurement",),
    )
    found = check(_committee(standing_rules=rules), as_of=ON).by_rule("KL-9-33-reglemente")
    assert [(f.path, f.severity, f.category) for f in found] == [
        ("$.parties[0]", Severity.ERROR, Category.LAW),
        ("$.parties[2]", Severity.ERROR, Category.LAW),
        ("$.parties[1]", Severity.INFO, Category.NOT_RECORDED),
    ]


def test_parties_left_out_and_strangers_are_each_named_once() -> None:
    stranger = Organisation("Jämtkraft AB", OrganisationKind.AKTIEBOLAG)
    committee = _committee(information_to=(OST, stranger, REG.municipality("2480")))
    missing, strangers = check(committee, as_of=ON).by_rule("KL-9-27-information")
    assert missing.path == "$.parties"
    assert missing.params["parties"].items == (BERG, KROKOM)
    assert strangers.path == "$.information_to"
    assert strangers.facts["paths"] == ["$.information_to[1]", "$.information_to[2]"]
    assert strangers.fix() == (
        "Ta bort Jämtkraft AB (aktiebolag), Umeå (2480) ur listan; bara nämndens parter ska "
        "stå där."
    )


def test_parties_without_seats_and_participants_that_may_not_take_part_are_grouped() -> None:
    company = Organisation("Jämtkraft AB", OrganisationKind.AKTIEBOLAG)
    agency = Organisation("Länsstyrelsen", OrganisationKind.STATLIG_MYNDIGHET)
    committee = _committee(
        parties=(OST, BERG, KROKOM, company, agency),
        seats=(Seat(OST, office=Office.CHAIR), Seat(OST, Role.SUBSTITUTE)),
        seats_complete=True,
    )
    report = check(committee, as_of=ON)
    no_seat = [f for f in report.by_rule("KL-9-24-representation") if f.path == "$.parties"]
    assert [f.facts["paths"] for f in no_seat] == [
        ["$.parties[1]", "$.parties[2]", "$.parties[3]", "$.parties[4]"]
    ]
    (strangers,) = report.by_rule("KL-9-19-parties")
    assert strangers.facts == {
        "kinds": ["Organisation", "Organisation"],
        "paths": ["$.parties[3]", "$.parties[4]"],
    }
    assert strangers.message("en").startswith(
        "Jämtkraft AB (aktiebolag), Länsstyrelsen (statlig myndighet) cannot be parties"
    )


def _run(tmp_path: Path, *options: str) -> str:
    path = tmp_path / "nämnd.json"
    path.write_text(dumps(_committee(standing_rules=_only_ost_adopted())), encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path), "--as-of", ON.isoformat(), *options], out) == 1
    return out.getvalue()


def test_the_text_report_shows_the_grouped_finding_and_its_fix(tmp_path: Path) -> None:
    lines = _run(tmp_path).splitlines()
    at = lines.index(
        "  fel: Reglementet har inte antagits av fullmäktige i Berg (2326), Krokom (2309)."
    )
    assert lines[at + 1 : at + 5] == [
        "    Åtgärd: Låt fullmäktige i Berg (2326), Krokom (2309) anta reglementet.",
        "    Regel: KL-9-33-reglemente",
        "    Lagrum: 9 kap. 33 § kommunallagen (2017:725)",
        "    Sökväg: $.content.parties",
    ]
    english = _run(tmp_path, "--lang", "en")
    assert (
        "    Fix: Have the fullmäktige of Berg (2326), Krokom (2309) adopt the standing rules."
        in (english)
    )


def test_the_json_report_carries_the_grouped_finding(tmp_path: Path) -> None:
    report = json.loads(_run(tmp_path, "--format", "json"))
    (finding,) = [
        f for f in report["documents"][0]["findings"] if f["rule"] == "KL-9-33-reglemente"
    ]
    assert finding["path"] == "$.content.parties"
    assert finding["facts"]["paths"] == ["$.parties[1]", "$.parties[2]"]
    assert finding["parameters"] == {"parties": "Berg (2326), Krokom (2309)"}
    assert finding["fix"] == "Låt fullmäktige i Berg (2326), Krokom (2309) anta reglementet."


def test_the_1991_act_names_parties_without_seats_together_and_leaves_balance_aside() -> None:
    committee = _committee(
        seats=(
            Seat(OST, office=Office.CHAIR),
            Seat(OST),
            Seat(OST, Role.SUBSTITUTE),
        ),
        seats_complete=True,
    )
    found = check(committee, as_of=date(2010, 1, 1)).by_rule("KL1991-3-3b-representation")
    (no_seat,) = found
    assert no_seat.path == "$.parties"
    assert no_seat.facts["paths"] == ["$.parties[1]", "$.parties[2]"]
    assert no_seat.message() == (
        "Berg (2326), Krokom (2309) har ingen plats; varje part ska ha minst en ledamot och en "
        "ersättare."
    )
