"""What checking an example file gives, as its snapshot in ``tests/snapshots/`` keeps it.

The table of examples, with the date each is checked as of, is data in
``examples/index.toml`` (read by :func:`seeds.read_index`). Snapshots are named after the
example's path (``jamtland/gns.json`` -> ``jamtland__gns.json``); set
``SAMVERKAN_UPDATE_SNAPSHOTS=1`` to rewrite them after an intended change, and review the diff.
"""

from __future__ import annotations

import difflib
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from samverkan.analysis import MergerReport
from samverkan.io import Bundle, load
from samverkan.io.scenario import MergerScenario, consult, load_scenario, run_scenario
from samverkan.rules import Finding, Severity, check
from seeds import EXAMPLES as EXAMPLES_DIR
from seeds import Example, read_index

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("SAMVERKAN_UPDATE_SNAPSHOTS") == "1"

EXAMPLES = read_index()
BY_PATH = {example.path: example for example in EXAMPLES}
DOCUMENTS = [e for e in EXAMPLES if not e.is_scenario]
SCENARIOS = [e for e in EXAMPLES if e.is_scenario]


def ids(example: Example) -> str:
    """The test id of an example: its path."""
    return example.path


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


def snapshot_data(example: Example) -> dict[str, Any]:
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


def error_rules(example: Example) -> list[str]:
    """The rule ids of the error findings of ``example``, one per finding."""
    if example.is_scenario:
        report = run_scenario(load_scenario(EXAMPLES_DIR / example.path))
        findings = list(report.all_findings)
    else:
        findings = [f for _, f in document_findings(example.path, example.as_of)]
    return [f.rule_id for f in findings if f.severity is Severity.ERROR]
