"""A task's area in the competence catalogue, or the information finding that it is missing or
not catalogued (KL 2:1: the competence of a task was then not judged).
"""

from __future__ import annotations

from samverkan.competence import TaskArea, UnknownTaskAreaError
from samverkan.i18n import N_
from samverkan.law import Citation
from samverkan.model import (
    Task,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity

__all__ = ["KL_2_1", "task_area"]

#: Kommunallagen 2 kap. 1 §, which every competence finding cites.
KL_2_1 = Citation("2017:725", 2, "1")


def task_area(ctx: RuleContext, task: Task, index: int) -> TaskArea | Finding:
    """The task's area, or one information finding when it is missing or not catalogued.

    An area the catalogue does not know is not a conflict with the law: the task is accepted
    as unclassified and reported once as not judged.
    """
    found = ctx.context.competence.find(task.area)
    if found is not None:
        return found
    path = f"$.tasks[{index}].area"
    if not task.area.strip():
        return ctx.finding(
            N_("Uppgiften anges utan verksamhetsområde; befogenheten har inte prövats."),
            path=path,
            severity=Severity.INFO,
            citations=(KL_2_1,),
        )
    try:
        return ctx.context.competence.get(task.area)
    except UnknownTaskAreaError as problem:
        facts = {"suggestions": list(problem.suggestions), "judged": False}
        if problem.suggestions:
            return ctx.finding(
                N_(
                    "Verksamhetsområdet {area} finns inte i katalogen (menade du "
                    "{suggestions}?); befogenheten har inte prövats."
                ),
                path=path,
                severity=Severity.INFO,
                citations=(KL_2_1,),
                area=task.area,
                suggestions=", ".join(problem.suggestions),
                facts=facts,
            )
        return ctx.finding(
            N_("Verksamhetsområdet {area} finns inte i katalogen; befogenheten har inte prövats."),
            path=path,
            severity=Severity.INFO,
            citations=(KL_2_1,),
            area=task.area,
            facts=facts,
        )
