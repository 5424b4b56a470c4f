"""Kommunallagen (2017:725) 9 kap. 37 § 1 st.: in contractual cooperation (*avtalssamverkan*),
the performing party's competence for the task it performs.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.competence import holds_competence
from samverkan.i18n import N_, T_, Localised
from samverkan.law import Verification
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
)
from samverkan.model import (
    PARTY_TYPES,
    ContractualCooperation,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import (
    judged_on,
)
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KL-9-37-performer-competence",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 1 st.",),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def performer_competence(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """The performing party should itself hold competence for the kind of task it performs.

    It is recalled, but not verified against the preparatory works (prop. 2017/18:151), that
    the performing party under KL 9:37 must itself have competence for that kind of task, so
    that, for example, a region cannot perform rescue services for a municipality. The rule
    warns when the performing municipality or region holds no competence in a task's area on
    the date the agreement was concluded (or started, or the date of the check when neither
    is recorded).

    It stays silent where the area's own act contemplates the other level performing the task
    under KL 9:37 (socialtjänstlagen (2025:400) 4:3 names "en annan kommun eller en region"),
    and says "not judged" on a date before the catalogue encodes the area's holders.

    Does not check: whether the reading is right (it is a warning for that reason), tasks of
    unknown areas (see KL-2-1-localisation), or performing participants that are not
    municipalities or regions (see KL-9-37-avtalssamverkan).
    """
    performing = cooperation.performing
    if not isinstance(performing, PARTY_TYPES):
        return
    on = judged_on(cooperation) or ctx.as_of
    for index, task in enumerate(cooperation.tasks):
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        if area is None or holds_competence(performing, area, on):
            continue
        other_level = area.performance_by_other_level
        if other_level is not None and other_level.act_in_force_on(on):
            continue  # the area's own act contemplates another level performing it
        if not area.encoded_on(on):
            yield ctx.not_judged(
                N_(
                    "Katalogen anger inte vem som hade befogenhet inom {area_name} ({area}) den "
                    "{on}; utförarens befogenhet har inte prövats."
                ),
                path=f"$.tasks[{index}]",
                area_name=Localised(area.name_sv, area.name_en),
                area=area.id,
                on=on,
            )
            continue
        yield ctx.finding(
            N_(
                "{performing} har själv ingen befogenhet inom {area_name} ({area}); det är "
                "oklart om en part får utföra en sådan uppgift åt en annan genom "
                "avtalssamverkan. Området innehas av: {holders}."
            ),
            path=f"$.tasks[{index}]",
            performing=performing,
            area_name=Localised(area.name_sv, area.name_en),
            area=area.id,
            holders=", ".join(h.summary(on) for h in area.holdings_on(on)) or T_("ingen"),
            facts={"judged_on": on.isoformat()},
        )
