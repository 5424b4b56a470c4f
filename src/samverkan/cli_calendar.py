"""``samverkan calendar SCENARIO``: a merger scenario's decision calendar and consultation.

The command reads a merger scenario like ``merger`` does and prints only the dates: for each
party, its fullmäktige's first meeting on or after ``ready_on``; when every decision can be
taken and the earliest date the merger can take effect; and the consultation table (who can
answer by the deadline, the last meeting in time, the next chance). It exits 0 when every
body asked can answer in time and every party's fullmäktige meets after ``ready_on``, 1 when
one cannot, and 2 when the scenario cannot be used.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from samverkan.cli_merger import (
    analyse,
    consultation_data,
    consultation_text,
    effective_text,
    read_scenario,
)
from samverkan.errors import printable
from samverkan.i18n import N_, format_value, translate
from samverkan.io.reports import dumps, json_value
from samverkan.io.scenario import MergerScenario, consult
from samverkan.model import Participant

__all__ = ["add_calendar", "run_calendar"]

CALENDAR = N_("Beslutskalender: {name}")
READY_ON = N_("Förslaget kan gå till fullmäktige {date}")
NO_READY_ON = N_("Scenariot anger inte när förslaget kan gå till fullmäktige (ready_on).")
FIRST_MEETING = N_("första möte {date}")
NO_CALENDAR = N_("inget möte i kalendern")


def _meetings(
    scenario: MergerScenario, parties: tuple[Participant, ...]
) -> list[tuple[Participant, date | None]]:
    by_party = {c.party: c for c in scenario.fullmaktige_calendars if c.party is not None}
    ready_on = scenario.ready_on
    rows: list[tuple[Participant, date | None]] = []
    for party in parties:
        calendar = by_party.get(party)
        meeting = calendar.first_meeting_from(ready_on) if calendar and ready_on else None
        rows.append((party, meeting))
    return rows


def run_calendar(args: argparse.Namespace, out: TextIO) -> int:
    """Print the decision calendar and the consultation table of a scenario."""
    locale = args.lang
    scenario = read_scenario(args.scenario)
    report = analyse(scenario)
    outcomes = consult(scenario)
    rows = _meetings(scenario, report.merged.parties)
    late = any(not o.in_time for o in outcomes)
    missing = scenario.ready_on is not None and bool(report.parties_without_meeting)
    if args.format == "json":
        data: dict[str, Any] = {
            "file": args.scenario,
            "name": scenario.name,
            "ready_on": json_value(scenario.ready_on),
            "effective_from": json_value(scenario.effective_from),
            "fullmaktige": [
                {"party": json_value(party), "first_meeting": json_value(meeting)}
                for party, meeting in rows
            ],
            "decisions_complete_on": json_value(report.decisions_complete_on),
            "earliest_effective": json_value(report.earliest_effective),
            "parties_without_meeting": [json_value(p) for p in report.parties_without_meeting],
            "consultation": consultation_data(scenario, outcomes),
        }
        out.write(dumps(data))
    else:
        lines = [translate(CALENDAR, locale).format(name=scenario.name)]
        if scenario.ready_on is None:
            lines.append(translate(NO_READY_ON, locale))
        else:
            when = format_value(scenario.ready_on, locale)
            lines.append(translate(READY_ON, locale).format(date=when))
            width = max(len(str(party)) for party, _ in rows)
            for party, meeting in rows:
                if meeting is None:
                    state = translate(NO_CALENDAR, locale)
                else:
                    state = translate(FIRST_MEETING, locale).format(
                        date=format_value(meeting, locale)
                    )
                lines.append(f"  {party!s:<{width}}  {state}")
        text = "\n".join(printable(line) for line in lines) + "\n"
        text += effective_text(report, scenario, locale) + "\n"
        out.write(text + consultation_text(scenario, outcomes, locale))
    return 1 if late or missing else 0


def add_calendar(
    add: Callable[..., argparse.ArgumentParser],
    add_lang: Callable[[argparse.ArgumentParser], None],
    add_format: Callable[..., None],
) -> None:
    """Register the ``calendar`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add(
        "calendar",
        run_calendar,
        "a merger scenario's decision calendar and consultation table",
    )
    sub.add_argument("scenario", metavar="SCENARIO", help="a merger scenario, .toml or .json")
    add_lang(sub)
    add_format(sub, ("text", "json"))
