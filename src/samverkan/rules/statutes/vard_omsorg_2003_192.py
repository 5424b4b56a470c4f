"""Lag (2003:192) om gemensam nämnd inom vård- och omsorgsområdet: the care and welfare
committee of a region and one or more municipalities.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_
from samverkan.law import parse_citation
from samverkan.law.dates import CARE_AND_WELFARE_ACT
from samverkan.model import (
    JointCommittee,
    JointCommitteeBasis,
    Task,
    is_party,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import (
    region_term,
    regions_term,
    the_region_term,
)
from samverkan.rules.registry import rule

_GN_VO_1 = parse_citation("2003:192 1 §", on=CARE_AND_WELFARE_ACT)


_GN_VO_2 = parse_citation("2003:192 2 §", on=CARE_AND_WELFARE_ACT)


@rule(
    "GN-VO-2003-192",
    applies_to=JointCommittee,
    cites=("2003:192 1 §", "2003:192 2 §", "2003:192 3 §"),
    valid_from=CARE_AND_WELFARE_ACT,
    applies_when=lambda committee: committee.basis is JointCommitteeBasis.CARE_AND_WELFARE,
)
def care_and_welfare_committee(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Lag (2003:192): one region, municipalities within it, and tasks from both sides.

    A region and one or more municipalities within the region may share a joint committee for
    their tasks in health care, social services and support for persons with disabilities
    (lag 2003:192 1 §); the form may be used only if tasks of both the region and the
    municipalities fall within the committee's remit (2 §); otherwise the KL rules on joint
    committees apply (3 §). Applies only to committees whose basis is this act: it reports a
    party count other than one region and at least one municipality, a municipality outside
    the region's county and a remit without tasks of both sides. A task in an area the
    catalogue does not mark as care and welfare is a warning: the act's field is wide (HSL,
    SoL, LSS, tandvård, LPT, LRV, smittskydd, LVM, LVU, lag 2017:372 and the tasks of the
    nämnder under those acts), and the catalogue's mark may not cover every task in it. A
    task's side is the level holding its area in the catalogue on the date of the check,
    narrowed to the kinds of the parties it is carried out for.

    Does not check: task areas the catalogue does not know (KL-2-1-competence reports them
    once) or has no holdings for on the date (HSL 2017:30 areas before 2017-04-01), which end
    in a note that the sides could not be told; county limits on holdings. Gotland, which has
    no region, cannot use the form and is reported through the region count.
    """
    yield from _care_and_welfare_parties(committee, ctx)
    yield from _care_and_welfare_tasks(committee, ctx)


def _care_and_welfare_parties(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    regions = [p for p in committee.parties if isinstance(p, Region)]
    region = regions[0] if len(regions) == 1 else None
    if region is None:
        yield ctx.finding(
            N_(
                "En nämnd enligt lag (2003:192) ska ha precis en part på regional nivå; bland "
                "parterna finns {count} {regions}."
            ),
            path="$.parties",
            citations=(_GN_VO_1,),
            facts={"regions": [str(r) for r in regions]},
            count=len(regions),
            regions=regions_term(ctx),
        )
    municipalities = 0
    for index, participant in enumerate(committee.parties):
        path = f"$.parties[{index}]"
        if isinstance(participant, Municipality):
            municipalities += 1
            if region is not None and participant.county_code != region.code:
                yield ctx.finding(
                    N_(
                        "{party} ligger inte i det län som {region} omfattar; bara kommuner "
                        "inom det kan ingå i en nämnd enligt lag (2003:192)."
                    ),
                    path=path,
                    citations=(_GN_VO_1,),
                    facts={"county": participant.county_code, "region_county": region.code},
                    party=participant,
                    region=region,
                )
        elif not isinstance(participant, Region):
            yield ctx.finding(
                N_(
                    "{participant} är varken kommun eller {regional} och kan inte vara part i en "
                    "nämnd enligt lag (2003:192)."
                ),
                fix=N_("Ta bort {participant} ur parterna."),
                path=path,
                citations=(_GN_VO_1,),
                participant=participant,
                regional=region_term(ctx),
            )
    if municipalities == 0:
        yield ctx.finding(
            N_("En nämnd enligt lag (2003:192) ska ha minst en kommun bland parterna."),
            fix=N_("Lägg till minst en kommun i länet bland parterna."),
            path="$.parties",
            citations=(_GN_VO_1,),
        )


def _task_sides(ctx: RuleContext, task: Task) -> set[str] | None:
    """The levels whose task ``task`` is, or ``None`` when the catalogue cannot tell."""
    area = ctx.context.competence.find(task.area)  # unknown: KL-9-21-tasks
    if area is None:
        return None
    holdings = area.holdings_on(ctx.as_of)
    if not holdings:
        return None
    sides: set[str] = {h.holder for h in holdings}
    kinds = {p.kind for p in task.for_parties if is_party(p)}
    return sides & kinds if kinds else sides


def _care_and_welfare_tasks(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    if not committee.tasks:
        yield ctx.not_recorded(
            N_("Nämndens uppgifter anges inte; 2 § lagen (2003:192) har inte prövats."),
            path="$.tasks",
            citations=(_GN_VO_2,),
        )
        return
    sides: set[str] = set()
    undetermined: list[str] = []
    for index, task in enumerate(committee.tasks):
        area = ctx.context.competence.find(task.area)
        if area is None:  # an unclassified task: KL-2-1-competence says so, once
            undetermined.append(task.area)
            continue
        if not area.care_and_welfare:
            yield ctx.finding(
                N_(
                    "{area} hör inte till de områden som lag (2003:192) 1 § räknar upp; en "
                    "sådan nämnd har uppgifter inom hälso- och sjukvård, socialtjänst och "
                    "närliggande områden, och uppgiften bör prövas mot lagen."
                ),
                path=f"$.tasks[{index}]",
                severity=Severity.WARNING,
                citations=(_GN_VO_1,),
                area=task.area,
            )
            continue
        found = _task_sides(ctx, task)
        if found is None:
            undetermined.append(task.area)
        else:
            sides |= found
    missing = [side for side in ("region", "municipality") if side not in sides]
    if not missing:
        return
    if undetermined:
        yield ctx.not_judged(
            N_(
                "Det går inte att avgöra om både {regional} och kommunerna har uppgifter i "
                "nämnden: katalogen saknar uppgifter om {areas} den {on}."
            ),
            path="$.tasks",
            citations=(_GN_VO_2,),
            facts={"undetermined": undetermined, "sides": sorted(sides)},
            regional=the_region_term(ctx),
            areas=", ".join(undetermined),
            on=ctx.as_of,
        )
        return
    for side in missing:
        yield ctx.finding(
            N_(
                "Ingen av nämndens uppgifter hör till {side}s ansvar; enligt 2 § lagen "
                "(2003:192) ska både {regional} och kommunerna ha uppgifter i nämnden."
            ),
            fix=N_("Ge nämnden minst en uppgift som hör till {side}s ansvar."),
            path="$.tasks",
            citations=(_GN_VO_2,),
            facts={"missing_side": side, "sides": sorted(sides)},
            side=the_region_term(ctx) if side == "region" else T_("kommunerna"),
            regional=the_region_term(ctx),
        )
