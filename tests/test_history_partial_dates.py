"""Changes known only to the year or month: a party joining, a task added."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan.analysis.timeline import timeline
from samverkan.model import (
    History,
    JointCommittee,
    PartialDate,
    Spell,
    Task,
    TaskSpell,
    state_on,
)
from samverkan.model.history import ChangeKind, Existence, change_dates, existence
from samverkan.parties import registry
from samverkan.rules import Outcome, check
from seeds import history_example

REG = registry()
REGION, ARE, OST = REG.region("23"), REG.municipality("2321"), REG.municipality("2380")


def widened() -> JointCommittee:
    """The region and Åre from 2016-12-01; Östersund joins some day in 2017, when the
    committee also takes on shared services."""
    it, shared = Task("internal.it"), Task("internal.shared-services")
    return JointCommittee(
        "Gemensam nämnd",
        parties=(REGION, ARE, OST),
        host=REGION,
        tasks=(it, shared),
        history=History(
            formed=PartialDate(2016, 12, 1),
            members=(Spell(REGION), Spell(ARE), Spell(OST, joined_in=PartialDate(2017))),
            tasks=(TaskSpell(it), TaskSpell(shared, added_in=PartialDate(2017))),
        ),
    )


def test_a_party_joining_in_a_year_is_a_party_only_after_the_year() -> None:
    committee = widened()
    assert [p.code for p in state_on(committee, date(2017, 12, 31)).parties] == ["23", "2321"]
    assert [p.code for p in state_on(committee, date(2018, 1, 1)).parties] == [
        "23",
        "2321",
        "2380",
    ]
    tasks = [t.area for t in state_on(committee, date(2018, 1, 1)).tasks]
    assert tasks == ["internal.it", "internal.shared-services"]


def test_within_the_year_of_an_undated_change_the_body_is_not_judged() -> None:
    committee = widened()
    assert existence(committee, date(2016, 12, 15)) is Existence.EXISTS
    assert existence(committee, date(2017, 6, 1)) is Existence.CHANGING
    assert existence(committee, date(2018, 1, 1)) is Existence.EXISTS
    report = check(committee, as_of=date(2017, 6, 1))
    assert report.outcome is Outcome.NOT_JUDGED
    [finding] = report.findings
    assert finding.facts == {"existence": "changing"}
    assert "(Östersund (2380), 2017; internal.shared-services, 2017)" in finding.message()


def test_the_change_points_mark_both_ends_of_the_span() -> None:
    kinds = [(c.day, c.kind) for c in change_dates(widened())]
    assert (date(2017, 1, 1), ChangeKind.JOINS_DURING) in kinds
    assert (date(2018, 1, 1), ChangeKind.JOINED_BY) in kinds
    assert (date(2017, 1, 1), ChangeKind.TASK_ADDED_DURING) in kinds
    assert (date(2018, 1, 1), ChangeKind.TASK_ADDED_BY) in kinds


def test_the_timeline_names_the_undated_year_as_not_judged() -> None:
    periods = timeline(widened(), date(2016, 12, 1), date(2018, 6, 30)).periods
    in_2017 = [p for p in periods if p.start == date(2017, 1, 1)]
    assert [p.outcome for p in in_2017] == [Outcome.NOT_JUDGED]
    after = [p for p in periods if p.start == date(2018, 1, 1)]
    assert len(after) == 1
    assert after[0].outcome is not Outcome.NOT_JUDGED


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Spell(OST, joined=date(2017, 1, 1), joined_in=PartialDate(2017)), "joined"),
        (
            lambda: TaskSpell(
                Task("internal.it"), added=date(2017, 1, 1), added_in=PartialDate(2017)
            ),
            "added",
        ),
    ],
)
def test_a_day_and_a_span_together_are_refused(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_undated_changes_survive_a_round_trip_through_a_document() -> None:
    from samverkan.io import dumps, loads

    committee = widened()
    assert loads(dumps(committee)).content == committee
    assert '"joined_in": {' in dumps(committee)


def test_gns_grew_from_the_it_committee_of_2016_to_nine_parties_in_2018() -> None:
    """GNS as public sources give it: the region and Åre from 2016-12-01, five kommuner in
    2017 (the day not given), Bräcke and Härjedalen from 2018-07-01."""
    committee = history_example("jamtland/history/gns.json")
    assert len(state_on(committee, date(2016, 12, 1)).parties) == 2
    assert len(state_on(committee, date(2018, 3, 1)).parties) == 7
    assert len(state_on(committee, date(2018, 7, 1)).parties) == 9
    periods = timeline(committee, date(2016, 12, 1), date(2019, 12, 31)).periods
    assert [(p.start, p.outcome) for p in periods] == [
        (date(2016, 12, 1), Outcome.NO_ERRORS),
        (date(2017, 1, 1), Outcome.NOT_JUDGED),
        (date(2018, 1, 1), Outcome.NO_ERRORS),
    ]
    assert periods[0].laws == ("kommunallagen (1991:900)",)


def test_a_document_giving_a_day_and_a_span_is_refused_in_the_readers_language() -> None:
    import json

    from samverkan.errors import DocumentError
    from samverkan.io import dumps, loads
    from samverkan.io.messages import localise

    data = json.loads(dumps(widened()))
    data["content"]["history"]["members"][2]["joined"] = "2017-03-01"
    with pytest.raises(DocumentError) as raised:
        loads(json.dumps(data))
    [(path, message)] = raised.value.problems
    assert path == "$.content.history.members[2]"
    assert message == "give joined or joined_in, not both"
    assert localise(message, "sv") == "ange joined eller joined_in, inte båda"
