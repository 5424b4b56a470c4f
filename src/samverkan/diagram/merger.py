"""A merger of joint committees before and after, as a graph.

*Före* holds the committees as they are, *Efter* the merged committee and, where the merger
keeps only some task areas, the tasks left over that need another home. Each committee shows
its host, its parties and its tasks by their short Swedish names; an edge from each committee
before to the merged one says whether it is widened (*utvidgas*) or discontinued
(*avvecklas*), and a dashed edge leads to the tasks it leaves over.
"""

from __future__ import annotations

from collections.abc import Sequence

from samverkan.analysis import MergerReport
from samverkan.analysis.overview import task_names
from samverkan.diagram.graph import Graph, wrapped
from samverkan.i18n import N_
from samverkan.io.scenario import MergerScenario
from samverkan.model import JointCommittee, Task

__all__ = ["STAGES", "draw_merger"]

#: What a merger diagram shows: the committees before, the merged one after, or both.
STAGES = ("both", "before", "after")

BEFORE = N_("Före")
AFTER = N_("Efter")
HOST = N_("Värd: ")
PARTIES = N_("Parter ({count}): ")
EXTENDED = N_("utvidgas")
DISCONTINUED = N_("avvecklas")
LEFT_OVER = N_("Blir över (behöver en annan hemvist)")


def _committee_lines(graph: Graph, committee: JointCommittee) -> list[str]:
    lines = wrapped("", [committee.short_name or committee.name])
    lines += wrapped(graph.text(HOST), [committee.host.name])
    prefix = graph.text(PARTIES).format(count=len(committee.parties))
    lines += wrapped(prefix, (p.name for p in committee.parties))
    for name in task_names(committee.tasks, graph.locale):
        lines += wrapped("– ", [name])
    return lines


def _tasks(graph: Graph, tasks: Sequence[Task]) -> list[str]:
    lines = [graph.text(LEFT_OVER)]
    for name in task_names(tasks, graph.locale):
        lines += wrapped("– ", [name])
    return lines


def draw_merger(
    graph: Graph, scenario: MergerScenario, report: MergerReport, stage: str = "both"
) -> None:
    """Draw the committees of ``scenario`` before and the merged committee of ``report``
    after, or only one ``stage`` of :data:`STAGES`."""
    committees = scenario.joint_committees
    if stage in ("both", "before"):
        graph.cluster("cluster_before", graph.text(BEFORE))
        for i, committee in enumerate(committees):
            graph.node(f"before:{i}", _committee_lines(graph, committee))
        graph.end_cluster()
    if stage in ("both", "after"):
        graph.cluster("cluster_after", graph.text(AFTER))
        graph.node("after", _committee_lines(graph, report.merged), {"style": "bold"})
        if report.left_over:
            graph.node("left-over", _tasks(graph, report.left_over), {"shape": "note"})
        graph.end_cluster()
    if stage != "both":
        return
    left_over = {task.area for task in report.left_over}
    for i, committee in enumerate(committees):
        widened = committee not in report.discontinued
        label = graph.text(EXTENDED if widened else DISCONTINUED)
        graph.edge(f"before:{i}", "after", label=label, style="bold" if widened else "solid")
        if any(task.area in left_over for task in committee.tasks):
            graph.edge(f"before:{i}", "left-over", style="dashed")
