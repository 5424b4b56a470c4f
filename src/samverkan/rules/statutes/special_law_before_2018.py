"""Cooperation by agreement before avtalssamverkan (2018-07-01): the special-act basis for
agreements on environmental and health supervision (miljöbalken 26 kap. 7 §).

Before SFS 2018:569 there was no general right for one municipality to perform another's
task by agreement. Some special acts gave one: a supervision agreement rested on miljöbalken
26 kap. 7 § (and, for food control, livsmedelslagen 14 §). Source: Föreningen Miljö och
Hälsa's guidance (fmh.se), a secondary source; the provisions' own wording and dates were not
read, so nothing here is an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import AVTALSSAMVERKAN_EVE, KL_2017, MB_1999
from samverkan.model import ContractualCooperation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

#: The task areas an agreement under miljöbalken 26 kap. 7 § could carry.
SUPERVISION_AREAS = frozenset({"mb.environmental-health-supervision"})


@rule(
    "MB-26-7-agreement-before-2018",
    applies_to=ContractualCooperation,
    cites=("MB 26:7",),
    valid_from=MB_1999,
    valid_to=AVTALSSAMVERKAN_EVE,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def supervision_agreement_before_2018(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """Before 2018-07-01 a supervision agreement between municipalities rested on miljöbalken.

    An agreement by which one municipality performs another's environmental and health
    supervision rested on miljöbalken 26 kap. 7 § until KL 9:37 replaced the special rules on
    2018-07-01. For such a task the rule reports the basis (information: judged lawful in its
    period). For any other task before 2018-01-01 it reports that samverkan knows no basis in
    the law then in force (kommunallagen 1991:900 with its localisation principle) and has not
    judged it; from 2018-01-01 KL-2-1-localisation judges those.

    Does not check: the agreement's content, the delegation under 26 kap. 7 § 2 st., food
    control under livsmedelslagen 14 §, other special acts, or the dates on which 26 kap. 7 §
    took its pre-2018 form (not read). From 2018-01-01 to 2018-06-30 KL-2-1-localisation finds
    the same basis through the task area's localisation exceptions.
    """
    for index, task in enumerate(cooperation.tasks):
        if task.area in SUPERVISION_AREAS:
            yield ctx.finding(
                N_(
                    "Avtalet om {area} vilade den {on} på miljöbalken 26 kap. 7 §, som före "
                    "2018-07-01 lät en kommun sköta tillsyn åt en annan."
                ),
                path=f"$.tasks[{index}]",
                severity=Severity.INFO,
                area=task.area,
                on=ctx.as_of,
            )
        elif ctx.as_of < KL_2017:
            yield ctx.not_judged(
                N_(
                    "Före 2018-07-01 fanns ingen allmän avtalssamverkan; samverkan känner inget "
                    "stöd i speciallag för {area} den {on}, då kommunallagen (1991:900) gällde, "
                    "och har inte prövat avtalet."
                ),
                path=f"$.tasks[{index}]",
                area=task.area,
                on=ctx.as_of,
            )
