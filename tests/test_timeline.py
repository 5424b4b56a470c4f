"""Histories resolved on a date, and the timeline of lawfulness with its CLI."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import attrs
import pytest

from samverkan.analysis.timeline import (
    Cause,
    change_points,
    default_start,
    timeline,
)
from samverkan.analysis.timeline_output import timeline_data, timeline_text
from samverkan.cli import main
from samverkan.io import Bundle, dumps
from samverkan.model import (
    Adoption,
    AssemblyForm,
    History,
    HostSpell,
    Instrument,
    InstrumentKind,
    InstrumentVersion,
    JointCommittee,
    PartialDate,
    Role,
    Seat,
    Spell,
    Task,
    TaskSpell,
    Term,
    state_on,
)
from samverkan.model.history import AssemblyChange, ChangeKind, Existence, change_dates, existence
from samverkan.parties import registry
from samverkan.rules import Outcome, check
from seeds import gnu_region, history_example, norrtalje_federation

REG = registry()
OST, BERG, KROK = REG.municipality("2380"), REG.municipality("2326"), REG.municipality("2309")


def gnu_region_history() -> JointCommittee:
    """GNU (regionen) with its history: ``examples/jamtland/history/gnu-region.json``."""
    committee = history_example("jamtland/history/gnu-region.json")
    assert isinstance(committee, JointCommittee)
    return committee


def _seats(*parties: object) -> tuple[Seat, ...]:
    return tuple(s for p in parties for s in (Seat(p), Seat(p, Role.SUBSTITUTE)))  # type: ignore[arg-type]


def growing() -> JointCommittee:
    """A committee of Östersund and Berg from 2003-03-01; Krokom joins 2008-01-01 but gets
    no seat until the term of 2011; the agreement is replaced on 2008-01-01."""
    first = Instrument(title="Avtal 2003", adoptions=(Adoption(OST), Adoption(BERG)))
    second = Instrument(title="Avtal 2008", adoptions=(Adoption(OST), Adoption(BERG)))
    return JointCommittee(
        "Gemensam nämnd för IT",
        parties=(OST, BERG, KROK),
        host=OST,
        history=History(
            formed=PartialDate(2003, 3, 1),
            members=(
                Spell(OST),
                Spell(BERG),
                Spell(KROK, joined=date(2008, 1, 1), joined_by="KF 2007-11-20 § 12"),
            ),
            instruments=(
                InstrumentVersion(InstrumentKind.AGREEMENT, date(2003, 3, 1), first),
                InstrumentVersion(
                    InstrumentKind.AGREEMENT, date(2008, 1, 1), second, (Task("internal.it"),)
                ),
            ),
            hosts=(HostSpell(OST, date(2003, 3, 1)),),
            terms=(
                Term(date(2003, 3, 1), _seats(OST, BERG), complete=True),
                Term(date(2011, 1, 1), _seats(OST, BERG, KROK), complete=True),
            ),
            tasks=(TaskSpell(Task("internal.procurement"), removed=date(2012, 12, 31)),),
            ended=date(2020, 12, 31),
            successor="Gemensam nämnd för digitalisering",
        ),
    )


# -- history ----------------------------------------------------------------------------------


def test_a_body_without_history_is_unchanged() -> None:
    committee = gnu_region()
    assert state_on(committee, date(2005, 1, 1)) is committee
    assert existence(committee, date(1900, 1, 1)) is Existence.EXISTS
    assert change_dates(committee) == []


def test_state_on_resolves_members_instruments_terms_and_tasks() -> None:
    committee = growing()
    early = state_on(committee, date(2005, 1, 1))
    assert early.parties == (OST, BERG)
    assert early.agreement is not None
    assert early.agreement.title == "Avtal 2003"
    assert [t.area for t in early.tasks] == ["internal.procurement"]
    later = state_on(committee, date(2013, 1, 1))
    assert later.parties == (OST, BERG, KROK)
    assert later.agreement is not None
    assert later.agreement.title == "Avtal 2008"
    assert [t.area for t in later.tasks] == ["internal.it"]
    assert len(later.seats) == 6


def test_partial_dates_and_existence() -> None:
    assert str(PartialDate(2002)) == "2002"
    assert str(PartialDate(2002, 2)) == "2002-02"
    assert str(PartialDate(2002, 2, 3)) == "2002-02-03"
    assert PartialDate(2002, 2).latest == date(2002, 2, 28)
    assert PartialDate(2002, 12).latest == date(2002, 12, 31)
    committee = growing()
    assert existence(committee, date(2003, 2, 28)) is Existence.NOT_YET
    assert existence(committee, date(2003, 3, 1)) is Existence.EXISTS
    assert existence(committee, date(2021, 1, 1)) is Existence.ENDED
    year_only = gnu_region_history()
    assert existence(year_only, date(2002, 6, 1)) is Existence.UNCERTAIN


def test_check_judges_the_state_on_the_date() -> None:
    committee = growing()
    # Krokom is a party from 2008 but has no seat until the 2011 term.
    lacking = check(committee, as_of=date(2009, 1, 1))
    assert [f.rule_id for f in lacking.by_rule("KL1991-3-3b-representation")] == [
        "KL1991-3-3b-representation"
    ]
    assert not check(committee, as_of=date(2005, 1, 1)).by_rule("KL1991-3-3b-representation")
    before = check(committee, as_of=date(2003, 1, 1))
    assert before.outcome is Outcome.NOT_JUDGED
    assert "hade samverkan inte bildats" in before.findings[0].message()
    after = check(committee, as_of=date(2021, 6, 1))
    assert "upphörde" in after.findings[0].message()
    assert "Gemensam nämnd för digitalisering" in after.findings[0].message()
    uncertain = check(gnu_region_history(), as_of=date(2002, 6, 1))
    assert uncertain.outcome is Outcome.NOT_JUDGED


def test_change_dates_name_every_recorded_change() -> None:
    kinds = [c.kind for c in change_dates(growing())]
    for kind in (
        ChangeKind.FORMED,
        ChangeKind.JOINS,
        ChangeKind.INSTRUMENT,
        ChangeKind.HOST,
        ChangeKind.TERM,
        ChangeKind.TASK_REMOVED,
        ChangeKind.ENDED,
    ):
        assert kind in kinds
    left = attrs.evolve(
        growing(),
        history=History(
            formed=PartialDate(2002),
            members=(Spell(OST), Spell(BERG, left=date(2009, 6, 30), left_by="KF § 3")),
            tasks=(TaskSpell(Task("internal.it"), added=date(2005, 1, 1)),),
        ),
    )
    kinds = [c.kind for c in change_dates(left)]
    assert ChangeKind.LEAVES in kinds
    assert ChangeKind.FORMED_BY in kinds
    assert ChangeKind.TASK_ADDED in kinds


def test_assembly_form_changes_with_the_history() -> None:
    federation = attrs.evolve(
        norrtalje_federation(),
        history=History(assembly_forms=(AssemblyChange(date(2010, 1, 1), "förbundsfullmäktige"),)),
    )
    assert state_on(federation, date(2009, 1, 1)).assembly is AssemblyForm.DIREKTION
    assert state_on(federation, date(2011, 1, 1)).assembly is AssemblyForm.FULLMAKTIGE
    assert [c.kind for c in change_dates(federation)] == [ChangeKind.ASSEMBLY]


# -- timeline ---------------------------------------------------------------------------------


def test_timeline_of_a_committee_with_history() -> None:
    line = timeline(growing(), end=date(2022, 12, 31))
    periods = [(p.start.isoformat(), p.outcome.value) for p in line.periods]
    assert periods[0] == ("2003-03-01", "no-errors")
    assert ("2008-01-01", "no-errors") in periods
    assert periods[-1] == ("2021-01-01", "not-judged")
    warned = next(p for p in line.periods if p.start == date(2008, 1, 1))
    assert warned.warnings == ("KL1991-3-3b-representation",)
    assert warned.laws == ("kommunallagen (1991:900)",)
    assert any(c.cause is Cause.DOCUMENT for c in warned.causes)
    assert line.periods[0].end is not None


def test_every_period_from_1986_is_judged_or_says_under_which_law_it_is_not() -> None:
    committee = attrs.evolve(gnu_region(), established_year=None)
    line = timeline(committee, date(1986, 1, 1), date(2024, 1, 1))
    assert line.periods[0].start == date(1986, 1, 1)
    for period in line.periods:
        if period.outcome is Outcome.NOT_JUDGED:
            assert period.not_judged, period
            assert (
                "kommunallagen (1977:179)" in period.not_judged[0]
                or "1991:900" in (period.not_judged[0])
            )
    first = line.periods[0].not_judged[0]
    assert "kommunallagen (1977:179)" in first
    assert [p.start for p in line.periods][:3] == [
        date(1986, 1, 1),
        date(1992, 1, 1),
        date(1997, 8, 1),
    ]


def test_the_jamtland_timelines_name_every_period() -> None:
    line = timeline(gnu_region_history(), end=date(2025, 12, 31))
    assert [(p.start.year, p.outcome) for p in line.periods] == [
        (2002, Outcome.NOT_JUDGED),
        (2003, Outcome.NO_ERRORS),
        (2018, Outcome.NO_ERRORS),
    ]
    assert line.periods[1].laws == ("kommunallagen (1991:900)",)
    assert "kommunallagen (2017:725)" in line.periods[2].laws
    text = timeline_text([line])
    assert "2003-01-01 – 2017-12-31: inga fel i det som prövades" in text
    assert "kommunallagen (2017:725) träder i kraft [KL 2:1" in text
    english = timeline_text([line], "en")
    assert "no errors in what was checked" in english


def test_timeline_of_a_federation_through_the_1998_transition() -> None:
    federation = attrs.evolve(norrtalje_federation(), formed_on=date(1995, 1, 1))
    line = timeline(federation, end=date(2005, 1, 1))
    starts = [p.start for p in line.periods]
    assert starts[:3] == [date(1995, 1, 1), date(1998, 1, 1), date(2003, 1, 1)]
    assert line.periods[0].laws == ("kommunalförbundslagen (1985:894)",)
    assert line.periods[1].outcome is Outcome.NOT_JUDGED
    assert line.periods[2].laws == ("kommunallagen (1991:900)",)


def test_change_points_and_defaults() -> None:
    points = change_points(growing())
    assert any(p.cause is Cause.ACT_IN_FORCE and p.day == date(2018, 1, 1) for p in points)
    assert any(p.cause is Cause.RULE_BEGINS for p in points)
    assert any(p.cause is Cause.HOLDING for p in points)
    assert any(p.cause is Cause.LEGAL_DATE_PASSED for p in points)
    assert default_start(growing()) == date(2003, 3, 1)
    assert default_start(attrs.evolve(gnu_region(), established_year=None)) == date(1986, 1, 1)
    assert default_start(attrs.evolve(norrtalje_federation(), formed_on=date(2001, 2, 3))) == (
        date(2001, 2, 3)
    )
    with pytest.raises(ValueError, match="ends"):
        timeline(growing(), date(2010, 1, 1), date(2009, 1, 1))


def test_timeline_data_is_json_ready() -> None:
    data = timeline_data(timeline(growing(), end=date(2022, 1, 1)), "en")
    text = json.dumps(data)
    assert data["periods"][0]["start"] == "2003-03-01"
    assert data["periods"][-1]["end"] is None
    assert data["changes"]
    assert "joins" in text


# -- the command ------------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out)
    return status, out.getvalue()


def test_timeline_command_text_and_json(tmp_path: Path) -> None:
    path = tmp_path / "gnu.json"
    path.write_text(dumps(gnu_region_history()), encoding="utf-8")
    status, text = _run("timeline", str(path), "--to", "2025-12-31")
    assert status == 0
    assert text.startswith("Tidslinje för Gemensam nämnd")
    status, data = _run(
        "timeline", str(path), "--from", "2010-01-01", "--to", "2025-12-31", "--format", "json"
    )
    parsed = json.loads(data)
    assert parsed["timelines"][0]["start"] == "2010-01-01"
    assert [p["outcome"] for p in parsed["timelines"][0]["periods"]] == ["no-errors"] * 2


def test_timeline_command_exits_1_on_errors_and_reads_bundles(tmp_path: Path) -> None:
    wrong = attrs.evolve(gnu_region(), host=REG.municipality("0180"))
    path = tmp_path / "bundle.json"
    path.write_text(dumps(Bundle((wrong, norrtalje_federation()))), encoding="utf-8")
    status, text = _run("timeline", str(path), "--from", "2016-01-01", "--to", "2019-01-01")
    assert status == 1
    assert "fel: KL1991-3-3a-host" in text
    assert text.count("Tidslinje för") == 2
