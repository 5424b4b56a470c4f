from __future__ import annotations

from datetime import date

import pytest

from samverkan.analysis import (
    EffectiveFrom,
    MeetingCalendar,
    can_decide_by,
    merge_committees,
)
from samverkan.io.scenario import Consultation
from samverkan.model import Body, JointCommittee, Task
from seeds import (
    ARE,
    JAMTLAND,
    OSTERSUND,
    REGION_JH,
    gns,
    gnu_municipalities,
    gnu_region,
    load_scenario_example,
)

REQUEST = date(2019, 9, 2)
DEADLINE = date(2019, 10, 29)


def _d(month: int, day: int) -> date:
    return date(2019, month, day)


def _consultation() -> Consultation:
    """RSR's request of 2 September 2019 with the autumn-2019 meetings of the bodies asked
    (memo RS/559/2019, seed 001), as ``examples/jamtland/merger-all-three.toml`` records it."""
    consultation = load_scenario_example("jamtland/merger-all-three.toml").consultation
    assert consultation is not None
    assert (consultation.sent_on, consultation.deadline) == (REQUEST, DEADLINE)
    return consultation


def _board_calendars() -> list[MeetingCalendar]:
    """The boards of the nine parties."""
    return [c for c in _consultation().calendars if c.party is not None]


def _committee_calendars() -> list[MeetingCalendar]:
    """The three joint committees."""
    return [c for c in _consultation().calendars if c.party is None]


def test_reply_deadline_of_the_memo() -> None:
    calendars = _board_calendars() + _committee_calendars()
    outcomes = {
        o.calendar.body: o for o in can_decide_by(calendars, DEADLINE, available_from=REQUEST)
    }
    assert all(o.in_time for o in outcomes.values())
    assert outcomes["Kommunstyrelsen i Bräcke"].last_in_time == _d(10, 28)
    assert outcomes["Kommunstyrelsen i Östersund"].last_in_time == _d(10, 8)
    assert outcomes["Kommunstyrelsen i Östersund"].next_after_deadline == _d(11, 5)
    assert outcomes["GNU (regionen)"].last_in_time == _d(9, 16)


def test_preparation_time_can_make_a_body_miss_the_deadline() -> None:
    calendars = _committee_calendars()
    outcomes = {
        o.calendar.body: o
        for o in can_decide_by(calendars, DEADLINE, available_from=REQUEST, preparation_days=21)
    }
    assert not outcomes["GNU (regionen)"].in_time
    assert outcomes["GNU (regionen)"].next_after_deadline == _d(11, 11)
    assert outcomes["GNS"].last_in_time == _d(10, 11)
    assert outcomes["GNU (kommunerna)"].in_time


def test_calendar_from_recurrence_rule() -> None:
    calendar = MeetingCalendar.from_rrule(
        "Regionens samverkansråd", "FREQ=MONTHLY;BYMONTHDAY=2;COUNT=4", date(2019, 9, 2)
    )
    assert calendar.dates == (_d(9, 2), _d(10, 2), _d(11, 2), _d(12, 2))
    assert calendar.first_meeting_between(_d(9, 3), _d(12, 31)) == _d(10, 2)
    assert calendar.first_meeting_between(_d(12, 3), _d(12, 31)) is None
    assert calendar.last_meeting_between(_d(12, 3), _d(12, 31)) is None


def test_calendar_sorts_and_deduplicates() -> None:
    assert MeetingCalendar("X", (_d(10, 1), _d(9, 1), _d(10, 1))).dates == (_d(9, 1), _d(10, 1))


def _fullmaktige(ready: date, missing: set[str] = frozenset()) -> list[MeetingCalendar]:
    parties = [REGION_JH, *JAMTLAND]
    return [
        MeetingCalendar(f"Fullmäktige {p.name}", (date(2020, 4, 20), date(2020, 6, 15)), p)
        for p in parties
        if p.code not in missing
    ]


def test_merging_all_three_by_extending_gns() -> None:
    report = merge_committees(
        [gnu_region(), gnu_municipalities(), gns()],
        name="Gemensam nämnd för samverkan",
        as_of=REQUEST,
        extend=gns(),
        ready_on=date(2020, 3, 1),
        fullmaktige_calendars=_fullmaktige(date(2020, 3, 1)),
    )
    assert report.host_options == (REGION_JH,)
    assert report.merged.host == REGION_JH
    assert set(report.merged.parties) == {REGION_JH, *JAMTLAND}
    assert {t.area for t in report.merged.tasks} == {
        "internal.procurement",
        "hsl.assistive-devices",
        "internal.shared-services",
        "internal.it",
    }
    assert [c.short_name for c in report.discontinued] == ["GNU (regionen)", "GNU (kommunerna)"]
    assert report.competence_findings == ()
    assert report.lawful
    assert report.decisions_complete_on == date(2020, 4, 20)
    assert report.earliest_effective == date(2021, 1, 1)
    assert report.parties_without_meeting == ()
    ostersund = [d.decision for d in report.decisions if d.party == OSTERSUND]
    assert "Anta nämndens reglemente." in ostersund
    assert any("avveckla Gemensam nämnd för upphandlingssamverkan" in d for d in ostersund)
    are = [d.decision for d in report.decisions if d.party == ARE]
    assert not any("upphandlingssamverkan" in d for d in are)
    assert all(d.body is Body.FULLMAKTIGE for d in report.decisions)
    assert not any("ska vara gemensam" in d.decision for d in report.decisions)


def test_procurement_tasks_of_the_municipal_committee_stay_with_its_parties() -> None:
    report = merge_committees(
        [gnu_region(), gnu_municipalities()], name="Upphandlingsnämnd", as_of=REQUEST
    )
    scoped = [t for t in report.merged.tasks if t.for_parties]
    assert len(scoped) == 1
    assert ARE not in scoped[0].for_parties
    assert len(report.host_options) == 9
    joining = [d for d in report.decisions if "ska vara gemensam" in d.decision]
    assert len(joining) == 9


def test_pure_procurement_committee_leaves_tasks_over() -> None:
    report = merge_committees(
        [gnu_region(), gnu_municipalities(), gns()],
        name="Gemensam upphandlingsnämnd",
        as_of=REQUEST,
        keep_areas={"internal.procurement"},
        host=OSTERSUND,
    )
    assert report.merged.host == OSTERSUND
    assert {t.area for t in report.merged.tasks} == {"internal.procurement"}
    assert {t.area for t in report.left_over} == {
        "hsl.assistive-devices",
        "internal.shared-services",
        "internal.it",
    }


def test_missing_calendar_leaves_no_effective_date() -> None:
    report = merge_committees(
        [gnu_region(), gns()],
        name="X",
        as_of=REQUEST,
        ready_on=date(2020, 3, 1),
        fullmaktige_calendars=_fullmaktige(date(2020, 3, 1), missing={"2326"}),
        effective_from=EffectiveFrom.NEXT_MONTH,
    )
    assert [p.code for p in report.parties_without_meeting] == ["2326"]
    assert report.earliest_effective is None
    assert report.decisions_complete_on is None


def test_next_month_granularity() -> None:
    report = merge_committees(
        [gnu_region(), gns()],
        name="X",
        as_of=REQUEST,
        ready_on=date(2020, 5, 1),
        fullmaktige_calendars=_fullmaktige(date(2020, 5, 1)),
        effective_from=EffectiveFrom.NEXT_MONTH,
    )
    assert report.earliest_effective == date(2020, 7, 1)


def test_merger_reports_competence_problems() -> None:
    rescue = JointCommittee(
        "Räddningsnämnd", (REGION_JH, OSTERSUND), OSTERSUND, tasks=(Task("lso.rescue-services"),)
    )
    report = merge_committees([rescue, gnu_region()], name="X", as_of=REQUEST)
    assert report.competence_findings
    assert not report.lawful


def test_merger_needs_two_committees_and_a_member_to_extend() -> None:
    with pytest.raises(ValueError, match="at least two"):
        merge_committees([gns()], name="X", as_of=REQUEST)
    with pytest.raises(ValueError, match="must be one of"):
        merge_committees(
            [gnu_region(), gns()], name="X", as_of=REQUEST, extend=gnu_municipalities()
        )


def test_comparing_structures_counts_bodies_seats_and_meetings() -> None:
    import attrs

    from samverkan.analysis import compare_structures
    from samverkan.model import MeetingSchedule, Seat
    from seeds import jamtland_structure

    before = jamtland_structure()
    svom = before.body("SVOM")
    arena = before.body("Barnarenan")
    merged_arena = attrs.evolve(
        svom,
        id="VOB",
        name="Vård, omsorg och barn",
        meetings=MeetingSchedule(per_year=6),
        seats=(*svom.seats, Seat(REGION_JH)),
    )
    after = attrs.evolve(
        before,
        bodies=(*tuple(b for b in before.bodies if b not in (svom, arena)), merged_arena),
    )
    comparison = compare_structures(before, after, year=2019)
    assert comparison.added == ("VOB",)
    assert set(comparison.removed) == {"SVOM", "Barnarenan"}
    assert "RSR" in comparison.kept
    totals = comparison.totals()
    assert totals["bodies"] == (len(before.bodies), len(before.bodies) - 1)
    assert totals["seats"][1] == totals["seats"][0] + 1
    rsr_meetings_2019 = 5
    assert totals["meetings_per_year"] == (rsr_meetings_2019, rsr_meetings_2019 + 6)
    figures = {f.id: f for f in comparison.after}
    assert figures["VOB"].seat_meetings == figures["VOB"].members * 6
