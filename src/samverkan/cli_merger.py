"""``samverkan merger SCENARIO``: the merger analysis of a scenario file, as text or JSON.

The command reads a merger scenario (:func:`~samverkan.io.scenario.load_scenario`), runs
:func:`~samverkan.io.scenario.run_scenario` and :func:`~samverkan.io.scenario.consult`, and
presents what they compute: the parties and tasks of the merged committee, the host options,
the findings, every decision each party's fullmäktige must take with its provisions, the
tasks left over, the earliest effective date and the consultation table. It exits 0 when the
merged committee would be lawful, 1 when it has an error, 2 when the input cannot be used.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import attrs

from samverkan.analysis import DeadlineOutcome, MergerReport
from samverkan.analysis.overview import task_name
from samverkan.cli_output import NO_FINDINGS
from samverkan.errors import InputError, printable
from samverkan.i18n import N_, format_value, translate
from samverkan.io.reports import citation_data, dumps, finding_data, json_value
from samverkan.io.scenario import MergerScenario, consult, load_scenario, run_scenario
from samverkan.model import Participant, Task
from samverkan.rules.finding import SEVERITY_LABELS

__all__ = [
    "SCENARIO_NOT_DOCUMENT",
    "add_merger",
    "analyse",
    "consultation_data",
    "consultation_text",
    "effective_text",
    "is_scenario",
    "read_scenario",
    "run_merger",
]

MERGER = N_("Sammanslagning: {name}")
AS_OF = N_("Bedömning per {date}")
PARTIES = N_("Parter ({count})")
TASKS = N_("Uppgifter")
FOR_PARTIES = N_("för {parties}")
HOST = N_("Värd: {host}")
HOST_OPTIONS = N_("Möjliga värdar: {hosts}")
DISCONTINUED = N_("Avvecklas: {committees}")
LEFT_OVER = N_("Blir över (behöver en annan hemvist)")
NOTHING_LEFT_OVER = N_("Inga uppgifter blir över.")
LAWFUL = N_("Den sammanslagna nämnden är rättsenlig.")
UNLAWFUL = N_("Den sammanslagna nämnden har fel.")
DECISIONS = N_("Beslut i fullmäktige ({count})")
EFFECTIVE = N_("Tidigast i kraft: {date} (besluten klara {complete})")
NO_EFFECTIVE = N_("Tidigast i kraft: kan inte beräknas (ange ready_on och fullmäktiges datum)")
NO_MEETING = N_("Inget möte i fullmäktige efter {date} för: {parties}")
CONSULTATION = N_("Remiss {sent}, svar senast {deadline}")
NO_CONSULTATION = N_("Scenariot har ingen remiss.")
IN_TIME = N_("hinner, sista möte i tid {date}")
LATE = N_("hinner inte, nästa möte {date}")
LATE_NO_MEETING = N_("hinner inte, inget senare möte")
ALL_IN_TIME = N_("Alla hinner svara.")
SOME_LATE = N_("Hinner inte svara: {bodies}")


def _t(message: str, locale: str, **params: object) -> str:
    text = translate(message, locale)
    if not params:
        return text
    return text.format(**{k: format_value(v, locale) for k, v in params.items()})


def read_scenario(path: str, as_of: date | None = None) -> MergerScenario:
    """The scenario in ``path``, its ``as_of`` replaced by ``as_of`` when given."""
    if path == "-":
        raise InputError("a scenario is read from a file, not standard input: its committees")
    scenario = load_scenario(path)
    return attrs.evolve(scenario, as_of=as_of) if as_of is not None else scenario


def analyse(scenario: MergerScenario) -> MergerReport:
    """:func:`~samverkan.io.scenario.run_scenario`, its refusal as unusable input."""
    try:
        return run_scenario(scenario)
    except ValueError as problem:
        raise InputError(str(problem)) from None


def _task_text(task: Task, locale: str) -> str:
    text = f"{task_name(task.area, locale)} ({task.area})"
    if task.for_parties:
        parties = ", ".join(str(p) for p in task.for_parties)
        text += f", {_t(FOR_PARTIES, locale, parties=parties)}"
    return printable(text)


def _task_data(task: Task, locale: str) -> dict[str, Any]:
    return {
        "area": task.area,
        "name": task_name(task.area, locale),
        "description": task.description,
        "for_parties": [json_value(p) for p in task.for_parties],
    }


def _party_data(party: Participant) -> dict[str, Any]:
    return {"code": json_value(party), "name": getattr(party, "name", str(party))}


# -- consultation ----------------------------------------------------------------------------


def consultation_text(
    scenario: MergerScenario, outcomes: tuple[DeadlineOutcome, ...], locale: str
) -> str:
    """The consultation table: who can answer by the deadline, when, or the next chance."""
    round_ = scenario.consultation
    if round_ is None:
        return _t(NO_CONSULTATION, locale) + "\n"
    lines = [_t(CONSULTATION, locale, sent=round_.sent_on, deadline=round_.deadline)]
    width = max((len(o.calendar.body) for o in outcomes), default=0)
    for outcome in outcomes:
        if outcome.last_in_time is not None:
            state = _t(IN_TIME, locale, date=outcome.last_in_time)
        elif outcome.next_after_deadline is not None:
            state = _t(LATE, locale, date=outcome.next_after_deadline)
        else:
            state = _t(LATE_NO_MEETING, locale)
        lines.append(printable(f"  {outcome.calendar.body:<{width}}  {state}"))
    late = [o.calendar.body for o in outcomes if not o.in_time]
    lines.append(_t(SOME_LATE, locale, bodies=", ".join(late)) if late else _t(ALL_IN_TIME, locale))
    return "\n".join(printable(line) for line in lines) + "\n"


def consultation_data(
    scenario: MergerScenario, outcomes: tuple[DeadlineOutcome, ...]
) -> dict[str, Any] | None:
    """The consultation table as JSON data, ``None`` without a consultation."""
    round_ = scenario.consultation
    if round_ is None:
        return None
    return {
        "sent_on": round_.sent_on.isoformat(),
        "deadline": round_.deadline.isoformat(),
        "preparation_days": round_.preparation_days,
        "all_in_time": all(o.in_time for o in outcomes),
        "bodies": [
            {
                "body": o.calendar.body,
                "party": json_value(o.calendar.party),
                "in_time": o.in_time,
                "last_in_time": json_value(o.last_in_time),
                "next_after_deadline": json_value(o.next_after_deadline),
            }
            for o in outcomes
        ],
    }


def effective_text(report: MergerReport, scenario: MergerScenario, locale: str) -> str:
    """The earliest effective date, or why it cannot be computed."""
    lines: list[str] = []
    if report.earliest_effective is not None and report.decisions_complete_on is not None:
        lines.append(
            _t(
                EFFECTIVE,
                locale,
                date=report.earliest_effective,
                complete=report.decisions_complete_on,
            )
        )
    else:
        lines.append(_t(NO_EFFECTIVE, locale))
    if report.parties_without_meeting and scenario.ready_on is not None:
        parties = ", ".join(str(p) for p in report.parties_without_meeting)
        lines.append(_t(NO_MEETING, locale, date=scenario.ready_on, parties=parties))
    return "\n".join(printable(line) for line in lines) + "\n"


# -- merger ----------------------------------------------------------------------------------


def merger_text(
    scenario: MergerScenario,
    report: MergerReport,
    outcomes: tuple[DeadlineOutcome, ...],
    locale: str,
) -> str:
    """The merger analysis as text for people."""
    merged = report.merged
    lines = [
        _t(MERGER, locale, name=merged.name),
        _t(AS_OF, locale, date=scenario.as_of),
        "",
        _t(PARTIES, locale, count=len(merged.parties)),
    ]
    lines += [f"  {party}" for party in merged.parties]
    lines += ["", _t(TASKS, locale)]
    lines += [f"  {_task_text(task, locale)}" for task in merged.tasks]
    lines += ["", _t(HOST, locale, host=merged.host)]
    if len(report.host_options) > 1:
        hosts = ", ".join(str(p) for p in report.host_options)
        lines.append(_t(HOST_OPTIONS, locale, hosts=hosts))
    # A merger discontinues at least one committee: all but the one widened, if any.
    names = ", ".join(c.short_name or c.name for c in report.discontinued)
    lines.append(_t(DISCONTINUED, locale, committees=names))
    lines.append("")
    if report.left_over:
        lines.append(_t(LEFT_OVER, locale))
        lines += [f"  {_task_text(task, locale)}" for task in report.left_over]
    else:
        lines.append(_t(NOTHING_LEFT_OVER, locale))
    lines += ["", _t(LAWFUL if report.lawful else UNLAWFUL, locale)]
    for finding in report.all_findings:
        severity = translate(SEVERITY_LABELS[finding.severity], locale)
        citations = ", ".join(c.short() for c in finding.citations)
        lines.append(f"  {severity} {finding.rule_id}: {finding.message(locale)} [{citations}]")
    if not report.all_findings:
        lines.append(f"  {_t(NO_FINDINGS, locale)}")
    lines += ["", _t(DECISIONS, locale, count=len(report.decisions))]
    current: Participant | None = None
    for decision in report.decisions:
        if decision.party != current:
            current = decision.party
            lines.append(f"  {current}")
        citations = ", ".join(c.short() for c in decision.citations)
        lines.append(f"    - {decision.decision} [{citations}]")
    text = "\n".join(printable(line) for line in lines) + "\n\n"
    text += effective_text(report, scenario, locale) + "\n"
    return text + consultation_text(scenario, outcomes, locale)


def merger_data(
    file: str,
    scenario: MergerScenario,
    report: MergerReport,
    outcomes: tuple[DeadlineOutcome, ...],
    locale: str,
) -> dict[str, Any]:
    """The merger analysis as JSON data."""
    merged = report.merged
    return {
        "file": file,
        "name": merged.name,
        "as_of": scenario.as_of.isoformat(),
        "parties": [_party_data(p) for p in merged.parties],
        "tasks": [_task_data(t, locale) for t in merged.tasks],
        "host": _party_data(merged.host),
        "host_options": [_party_data(p) for p in report.host_options],
        "discontinued": [c.short_name or c.name for c in report.discontinued],
        "left_over": [_task_data(t, locale) for t in report.left_over],
        "lawful": report.lawful,
        "findings": [finding_data(f, locale) for f in report.all_findings],
        "decisions": [
            {
                "party": json_value(d.party),
                "body": json_value(d.body),
                "decision": d.decision,
                "citations": [citation_data(c) for c in d.citations],
            }
            for d in report.decisions
        ],
        "decisions_complete_on": json_value(report.decisions_complete_on),
        "earliest_effective": json_value(report.earliest_effective),
        "parties_without_meeting": [json_value(p) for p in report.parties_without_meeting],
        "consultation": consultation_data(scenario, outcomes),
    }


def run_merger(args: argparse.Namespace, out: TextIO) -> int:
    """Print the merger analysis; exit 1 when the merged committee has an error."""
    scenario = read_scenario(args.scenario, args.as_of)
    report = analyse(scenario)
    outcomes = consult(scenario)
    if args.format == "json":
        out.write(dumps(merger_data(args.scenario, scenario, report, outcomes, args.lang)))
    else:
        out.write(merger_text(scenario, report, outcomes, args.lang))
    return 0 if report.lawful else 1


def add_merger(
    add: Callable[..., argparse.ArgumentParser],
    iso_date: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    add_format: Callable[..., None],
) -> None:
    """Register the ``merger`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add("merger", run_merger, "analyse a merger of joint committees from a scenario file")
    sub.add_argument("scenario", metavar="SCENARIO", help="a merger scenario, .toml or .json")
    sub.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the date to judge the merged committee on (default: the scenario's as_of)",
    )
    add_lang(sub)
    add_format(sub, ("text", "json"))


def is_scenario(name: str) -> bool:
    """Whether the file ``name`` reads as a merger scenario rather than a document: an object
    with ``name`` and ``committees`` and no ``schema_version``."""
    path = Path(name)
    try:
        if path.suffix.lower() == ".toml":
            data: object = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        elif path.suffix.lower() == ".json":
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        else:
            return False
    except (OSError, ValueError):
        return False
    return (
        isinstance(data, dict)
        and "committees" in data
        and "name" in data
        and "schema_version" not in data
    )


SCENARIO_NOT_DOCUMENT = N_(
    "{file}: en scenariofil för en sammanslagning, inte ett dokument; "
    "läs den med samverkan merger {file}"
)
