"""Run the merger analysis on scenario files and print the report.

    .venv/bin/python examples/merger_analysis.py [SCENARIO.toml ...]

Without arguments it runs the three options of Region Jämtland Härjedalen's memo
RS/559/2019 (``jamtland/merger-*.toml``): for each, the merged committee, its host, the tasks
kept and left over, the committees discontinued, what the law says about the result, the
decisions each party's fullmäktige must take, and whether every body asked can answer the
consultation by its deadline (29 October 2019).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from samverkan.i18n import format_value
from samverkan.io.scenario import consult, load_scenario, run_scenario

HERE = Path(__file__).resolve().parent
DEFAULT = (
    HERE / "jamtland" / "merger-all-three.toml",
    HERE / "jamtland" / "merger-procurement-committees.toml",
    HERE / "jamtland" / "merger-pure-procurement.toml",
)


def _label(committee_name: str, short_name: str | None) -> str:
    return short_name or committee_name


def report(path: Path) -> None:
    """Print the analysis of the scenario in ``path``."""
    scenario = load_scenario(path)
    result = run_scenario(scenario)
    merged = result.merged
    print(f"== {path.name}: {merged.name}")
    if scenario.description:
        print(f"   {scenario.description}")
    print(f"Värd: {merged.host}")
    if len(result.host_options) > 1:
        print(f"Möjliga värdar: {len(result.host_options)} (alla parter, KL 9:20)")
    print(f"Parter: {len(merged.parties)}")
    for task in merged.tasks:
        scope = f" (för {len(task.for_parties)} parter)" if task.for_parties else ""
        print(f"Uppgift: {task.area}{scope}")
    for task in result.left_over:
        print(f"Blir över: {task.area}")
    for old in result.discontinued:
        print(f"Avvecklas: {_label(old.name, old.short_name)}")
    print(f"Rättsenlig: {'ja' if result.lawful else 'nej'}")
    for finding in result.all_findings:
        print(f"  {finding.severity.value} {finding.rule_id}: {finding.message()}")
    per_party = Counter(str(d.party) for d in result.decisions)
    print(f"Beslut i fullmäktige: {len(result.decisions)}")
    for party, count in per_party.items():
        print(f"  {party}: {count}")
    for decision in result.decisions:
        if decision.party == merged.host:
            citations = ", ".join(c.short() for c in decision.citations)
            print(f"  {merged.host.name}: {decision.decision} [{citations}]")
    if result.earliest_effective is not None:
        print(f"Tidigast i kraft: {format_value(result.earliest_effective)}")
    outcomes = consult(scenario)
    if scenario.consultation is not None:
        late = [o.calendar.body for o in outcomes if not o.in_time]
        deadline = format_value(scenario.consultation.deadline)
        print(
            f"Remiss till {len(outcomes)} organ, svar senast {deadline}: "
            + ("alla hinner svara" if not late else f"hinner inte: {', '.join(late)}")
        )
        for outcome in outcomes:
            last = outcome.last_in_time
            print(f"  {outcome.calendar.body}: sista möte i tid {format_value(last)}")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [Path(a) for a in args] or list(DEFAULT)
    for index, path in enumerate(paths):
        if index:
            print()
        report(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
