"""Kommunallagen (2017:725) 6 kap. 7 § 2 st.: a nämnd may not supervise its own activity."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee, LocalFederation, Task
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


def _self_supervision(
    tasks: tuple[Task, ...], ctx: RuleContext
) -> Iterator[tuple[int, str, str, bool]]:
    """(index of the supervising task, its area, the supervised area, link verified)."""
    carried = {task.area for task in tasks}
    for index, task in enumerate(tasks):
        area = ctx.context.competence.find(task.area)
        if area is None:
            continue
        for link in area.supervises:
            if link.area in carried:
                yield index, task.area, link.area, link.verification.is_verified


@rule(
    "KL-6-7-self-supervision",
    applies_to=(JointCommittee, LocalFederation),
    cites=("KL 6:7 2 st.",),
    valid_from=KL_2017,
)
def no_supervision_of_own_activity(
    subject: JointCommittee | LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A nämnd may not exercise statutory supervision over activity it runs itself.

    A nämnd may not exercise supervision prescribed by law or other författning over such
    activity as the nämnd itself runs (KL 6:7 2 st.); a joint committee is a nämnd (KL 9:23),
    and a förbund's nämnder are bound through KL 9:2. A joint committee given both a
    supervisory area and an area that supervision covers (the catalogue's ``supervises``:
    miljö- och hälsoskyddstillsyn over the kommunal avfallshantering, MB 26:3 3 st.) is an
    error; where the catalogue's link is recalled (supervision over VA installations) it is a
    warning. A förbund carrying both is a warning: the förbundsordning may place them with
    different nämnder, which the model does not record. Where the state has transferred
    supervision to the kommun, such an organisation also obliges the state to revoke the
    transfer (MB 26:4).

    Does not check: areas the catalogue does not link; supervision under acts whose
    supervisory area is not catalogued; avtalssamverkan, where the performing party is not
    the beneficiary's nämnd; whether a förbund's tasks sit with one organ.
    """
    federation = isinstance(subject, LocalFederation)
    for index, area, supervised, verified in _self_supervision(subject.tasks, ctx):
        severity = Severity.WARNING if federation or not verified else None
        if federation:
            message = N_(
                "Förbundet har både tillsynen enligt {area} och verksamheten {supervised}; samma "
                "nämnd i förbundet får inte utöva tillsyn över verksamhet som den själv "
                "bedriver."
            )
        else:
            message = N_(
                "Nämnden har både tillsynen enligt {area} och verksamheten {supervised}; en "
                "nämnd får inte utöva föreskriven tillsyn över verksamhet som den själv "
                "bedriver."
            )
        yield ctx.finding(
            message,
            path=f"$.tasks[{index}]",
            severity=severity,
            facts={"supervised": supervised, "link_verified": verified},
            area=area,
            supervised=supervised,
        )
