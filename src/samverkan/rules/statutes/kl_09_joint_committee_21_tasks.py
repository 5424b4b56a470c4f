"""Kommunallagen (2017:725) 9 kap. 21–22 §§: the tasks a joint committee (*gemensam nämnd*)
may fulfil and the parties' agreement (*överenskommelse*) setting them out.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Localised
from samverkan.law import parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.recorded import Recorded, instrument_record
from samverkan.rules.registry import rule

_KL_9_21_2 = parse_citation("KL 9:21 2 st.", on=KL_2017)


@rule(
    "KL-9-21-tasks",
    applies_to=JointCommittee,
    cites=("KL 9:21",),
    valid_from=KL_2017,
)
def tasks_a_joint_committee_may_fulfil(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Any nämnd task may be made joint, statutory ones too, but not the board's höjd beredskap.

    Municipalities and regions may fulfil through a joint committee the tasks for which
    fullmäktige sets up nämnder, and also tasks that law requires a nämnd for in every kommun
    or region, such as the byggnadsnämnd or socialnämnd (KL 9:21). The exception is the tasks
    the kommunstyrelse or regionstyrelse has at höjd beredskap under lag (2006:544), which may
    not be given to a joint committee (9:21 2 st.). A task whose area the catalogue marks as
    barred is an error; a statutory committee fulfilled jointly is noted as information, citing
    the provision that requires the nämnd on the date checked. A task area the catalogue does
    not know is unclassified and left to KL-2-1-competence, which reports it once.

    Does not check: whether a task is a nämnd task at all (rather than one reserved to
    fullmäktige under KL 5:1), nor peacetime preparedness work under lag (2006:544) that is
    not the styrelse's own task; it relies on the catalogue's ``statutory_committee`` and
    ``joint_committee_barred`` marks, so an area an application adds without them is treated
    as an ordinary nämnd task. Competence of each party is a separate rule.
    """
    for index, task in enumerate(committee.tasks):
        area = ctx.context.competence.find(task.area)
        if area is None:  # an unclassified task: KL-2-1-competence says so, once
            continue
        if area.joint_committee_barred is not None:
            yield ctx.finding(
                N_(
                    "{name} ({area}) hör till styrelsens uppgifter vid höjd beredskap och får "
                    "inte fullgöras av en gemensam nämnd."
                ),
                fix=N_("Låt styrelsen behålla uppgiften; ta bort den ur nämndens uppgifter."),
                path=f"$.tasks[{index}]",
                citations=(area.joint_committee_barred,),
                facts={"barred_by": area.joint_committee_barred.short()},
                name=Localised(area.name_sv, area.name_en),
                area=area.id,
            )
        elif (statutory := area.statutory_committee_on(ctx.as_of)) is not None:
            yield ctx.finding(
                N_(
                    "Lag kräver en nämnd för {name} ({statute}); den gemensamma nämnden "
                    "fullgör den uppgiften för parterna, vilket 9 kap. 21 § andra stycket "
                    "kommunallagen tillåter."
                ),
                path=f"$.tasks[{index}]",
                severity=Severity.INFO,
                citations=(_KL_9_21_2, statutory),
                facts={"statutory_committee": statutory.short()},
                name=Localised(area.name_sv, area.name_en),
                statute=statutory.swedish(),
            )


@rule(
    "KL-9-22-agreement-tasks",
    applies_to=JointCommittee,
    cites=("KL 9:22",),
    valid_from=KL_2017,
)
def agreement_sets_out_tasks(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee's tasks are set out in an agreement (*överenskommelse*) between the parties.

    Before a joint committee is set up, the cooperating parties agree on the tasks it is to
    fulfil (KL 9:22). A committee recorded as having no agreement is an error, and so is a
    committee task whose area the agreement does not set out; an agreement the document does
    not record is reported as not recorded. The tasks are the only content the provision
    requires: cost sharing, term and exit are commonly written into the agreement but are not
    statutory content (the statutory cost rules are KL 9:25–26), so their absence is not
    reported.

    Does not check: which organ of each party entered into the agreement or whether every
    party signed it, whether the wording of a task is precise enough, nor tasks the agreement
    lists that the committee does not carry. When the agreement is recorded without its tasks,
    the rule says once that the tasks were not checked.
    """
    agreement = committee.agreement
    if instrument_record(agreement) is Recorded.UNRECORDED:
        yield ctx.not_recorded(
            N_(
                "Överenskommelsen mellan parterna anges inte; 9 kap. 22 § kommunallagen har inte "
                "prövats."
            ),
            path="$.agreement",
        )
        return
    assert agreement is not None
    if not agreement.exists:
        yield ctx.finding(
            N_(
                "Det finns ingen överenskommelse mellan parterna; nämndens uppgifter ska anges "
                "i en överenskommelse."
            ),
            fix=N_("Låt parterna komma överens om nämndens uppgifter i en överenskommelse."),
            path="$.agreement",
        )
        return
    if not agreement.tasks:
        yield ctx.not_recorded(
            N_(
                "Överenskommelsens uppgifter anges inte; 9 kap. 22 § kommunallagen har inte "
                "prövats."
            ),
            path="$.agreement.tasks",
        )
        return
    for index, task in enumerate(committee.tasks):
        if task.area not in agreement.tasks:
            yield ctx.finding(
                N_("Uppgiften {area} anges inte i överenskommelsen mellan parterna."),
                fix=N_("Ange uppgiften {area} i överenskommelsen."),
                path=f"$.tasks[{index}]",
                facts={"agreement_tasks": list(agreement.tasks)},
                area=task.area,
            )
