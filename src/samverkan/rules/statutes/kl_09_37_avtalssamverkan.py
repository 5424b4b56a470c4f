"""Kommunallagen (2017:725) 9 kap. 37–38 §§: contractual cooperation (*avtalssamverkan*): who
may be a party, the responsibility retained, delegation to the other party's staff, the annual
report, and the performer's competence.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.competence import competence_of
from samverkan.i18n import N_, T_, Localised, Translatable
from samverkan.law import Verification, parse_citation
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
)
from samverkan.model import (
    Body,
    ContractualCooperation,
    DelegateKind,
    is_party,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import (
    NON_DELEGABLE,
    category_listing,
    judged_on,
    relies_on_kl_9_37,
    sorted_categories,
)
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import (
    another_region_term,
    organ_term,
    regions_term,
)
from samverkan.rules.recorded import Recorded, listed
from samverkan.rules.registry import rule


def _joined(items: list[str]) -> str:
    return ", ".join(dict.fromkeys(items))


@rule(
    "KL-9-37-avtalssamverkan",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 1 st.",),
    valid_from=AVTALSSAMVERKAN,
)
def avtalssamverkan_parties(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """A municipality or region has another municipality or region perform a task of its own.

    A municipality or region may agree that one of its tasks, in whole or in part, is carried
    out by another municipality or region (KL 9:37 1 st.). Both sides must therefore be
    municipalities or regions, the performing party must be another party than the
    commissioning ones, and the agreement must concern at least one task. A task's
    ``for_parties`` must name commissioning parties. Where the parties rely only on a special
    act (for example lag 2009:47 3 kap. 3 §, under which a municipal company performs), that
    act governs (KL 9:37 3 st.) and the party requirements are not applied.

    Does not check: whether a kommunalförbund could be a party through KL 9:2 (an open
    question the act does not answer; it is reported as not a party), which organ decided to
    enter the agreement (the act is silent), and whether the agreement was concluded before
    2018-07-01 (see KL-2-1-localisation).
    """
    if not cooperation.tasks:
        yield ctx.finding(
            N_("Avtalet anger ingen uppgift som den utförande parten ska utföra."),
            path="$.tasks",
        )
    for index, task in enumerate(cooperation.tasks):
        for position, named in enumerate(task.for_parties):
            if named not in cooperation.commissioning:
                yield ctx.finding(
                    N_("Uppgiften utförs åt {party}, som inte är beställande part i avtalet."),
                    path=f"$.tasks[{index}].for_parties[{position}]",
                    party=named,
                )
    if not relies_on_kl_9_37(cooperation):
        return
    regions = regions_term(ctx)
    if not cooperation.commissioning:
        yield ctx.finding(
            N_("Avtalet anger ingen beställande part."),
            path="$.commissioning",
        )
    for index, participant in enumerate(cooperation.commissioning):
        if not is_party(participant):
            yield ctx.finding(
                N_(
                    "{participant} kan inte vara beställande part i avtalssamverkan: bara "
                    "kommuner och {regions} kan ingå sådana avtal."
                ),
                path=f"$.commissioning[{index}]",
                participant=participant,
                regions=regions,
                facts={"kind": type(participant).__name__},
            )
    performing = cooperation.performing
    if not is_party(performing):
        yield ctx.finding(
            N_(
                "{participant} kan inte vara utförande part i avtalssamverkan: uppgiften ska "
                "utföras av en annan kommun eller {another_region}."
            ),
            path="$.performing",
            participant=performing,
            another_region=another_region_term(ctx),
            facts={"kind": type(performing).__name__},
        )
    if cooperation.commissioning == (performing,):
        yield ctx.finding(
            N_(
                "{party} är både beställande och utförande part; avtalssamverkan kräver att "
                "uppgiften utförs av en annan kommun eller {another_region}."
            ),
            path="$.performing",
            party=performing,
            another_region=another_region_term(ctx),
        )
    elif performing in cooperation.commissioning:
        yield ctx.finding(
            N_("{party} står både som utförande och som beställande part."),
            path="$.performing",
            party=performing,
        )


@rule(
    "KL-9-37-responsibility-retained",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 1 st.",),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.INFO,
    verification=Verification.VERIFIED_SEC,
)
def responsibility_retained(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """Only the performance moves: the commissioning party keeps the responsibility.

    The act speaks of a task being carried out (*utföras*) by another party (KL 9:37 1 st.);
    the responsibility for the task stays with the commissioning municipality or region, as
    the ESO report 2021:5 and SKR put it. Where a task belongs to an area that law requires a
    nämnd for, the commissioning party's own nämnd remains responsible. The rule says so once,
    as information, when the agreement rests on KL 9:37 and covers such an area.

    Does not check: how the commissioning nämnd follows up the performance, or the styrelse's
    oversight under KL 6:1 (see KL-9-38-annual-report for the yearly report).
    """
    if not relies_on_kl_9_37(cooperation):
        return
    found = (ctx.context.competence.find(task.area) for task in cooperation.tasks)
    areas = [area for area in found if area is not None]  # unknown: KL-2-1-localisation
    committees = {area.id: area.statutory_committee_on(ctx.as_of) for area in areas}
    statutory = [area for area in areas if committees[area.id] is not None]
    if not statutory:
        return
    yield ctx.finding(
        N_(
            "Vid avtalssamverkan flyttas bara utförandet: ansvaret för {areas} ligger kvar hos "
            "{commissioning}, vars nämnd enligt {committees} fortfarande är ansvarig."
        ),
        path="$.tasks",
        areas=Localised(
            _joined([area.name_sv for area in statutory]),
            _joined([area.name_en for area in statutory]),
        ),
        commissioning=_joined([str(p) for p in cooperation.commissioning]),
        committees=_joined([c.short() for a in statutory if (c := committees[a.id])]),
        facts={"areas": [area.id for area in statutory]},
    )


@rule(
    "KL-9-37-external-delegation",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 2 st.", "KL 6:38 1 st.", "KL 7:4–8"),
    valid_from=AVTALSSAMVERKAN,
)
def external_delegation(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Decisions may be delegated to an employee of the performing party, never 6:38 matters.

    Within avtalssamverkan the parties may agree that an employee of the other municipality or
    region decides on the commissioning party's behalf in a matter or a group of matters,
    within the limits of KL 6:38; KL 7:4–8 (jäv, förvaltningschef, reporting back) then apply
    (KL 9:37 2 st.). A delegation recorded in the agreement must therefore go to an employee
    whose employer is the performing party, and may not cover the five categories of KL 6:38
    1 st. Onward delegation by such an employee (*vidaredelegering*, KL 7:6) is reported as a
    warning: only a secondary source (Föreningen Miljö och Hälsa) says it is not possible, and
    the preparatory works have not been checked.

    Does not check: whether the employee actually works for the performing party (the
    recorded employer is taken as given; a delegation without one is reported once as not
    checked), the reporting back of decisions (KL 7:8), jäv, and the extra limits of special
    acts (see PBL-12-6-delegation-limits and LSO-3-16-delegation).
    """
    performing = cooperation.performing
    for index, delegation in enumerate(cooperation.delegations):
        path = f"$.delegations[{index}]"
        if delegation.delegate is not DelegateKind.EMPLOYEE:
            yield ctx.finding(
                N_(
                    "Delegationen i ärendet ”{matter}” går till {delegate}; inom avtalssamverkan "
                    "får beslutanderätt bara lämnas till en anställd hos den andra parten."
                ),
                path=f"{path}.delegate",
                citations=(parse_citation("KL 9:37 2 st.", on=ctx.as_of),),
                matter=delegation.matter,
                delegate=Translatable(delegation.delegate.value),
            )
        elif delegation.employer is None:
            yield ctx.not_recorded(
                N_(
                    "Det anges inte vem som är arbetsgivare för den som får delegation i ärendet "
                    "”{matter}”; det har inte prövats att det är en anställd hos {performing}."
                ),
                path=f"{path}.employer",
                citations=(parse_citation("KL 9:37 2 st.", on=ctx.as_of),),
                matter=delegation.matter,
                performing=performing,
            )
        elif delegation.employer != performing:
            yield ctx.finding(
                N_(
                    "Delegationen i ärendet ”{matter}” går till en anställd hos {employer}; inom "
                    "avtalssamverkan får beslutanderätt bara lämnas till en anställd hos den "
                    "utförande parten {performing}."
                ),
                path=f"{path}.employer",
                citations=(parse_citation("KL 9:37 2 st.", on=ctx.as_of),),
                matter=delegation.matter,
                employer=delegation.employer,
                performing=performing,
            )
        barred = delegation.categories & NON_DELEGABLE
        if barred:
            yield ctx.finding(
                N_(
                    "Ärendet ”{matter}” får inte delegeras, eftersom det gäller {categories} "
                    "(6 kap. 38 § första stycket kommunallagen)."
                ),
                path=f"{path}.categories",
                citations=(parse_citation("KL 6:38 1 st.", on=ctx.as_of),),
                matter=delegation.matter,
                categories=category_listing(barred),
                facts={"categories": [c.name for c in sorted_categories(barred)]},
            )
        if delegation.sub_delegation:
            yield ctx.finding(
                N_(
                    "Vidaredelegering i ärendet ”{matter}” är sannolikt inte möjlig när en "
                    "anställd "
                    "hos den andra parten har fått delegation inom avtalssamverkan."
                ),
                path=f"{path}.sub_delegation",
                severity=Severity.WARNING,
                citations=(
                    parse_citation("KL 9:37 2 st.", on=AVTALSSAMVERKAN),
                    parse_citation("KL 7:6", on=AVTALSSAMVERKAN),
                ),
                matter=delegation.matter,
                facts={"verification": Verification.VERIFIED_SEC.value, "source": "FMH"},
            )


def _annual_report_start(cooperation: ContractualCooperation) -> date | None:
    period = cooperation.period
    start = period.start if period is not None else cooperation.concluded_on
    return None if start is None else max(start, AVTALSSAMVERKAN)


def _due_years(cooperation: ContractualCooperation, as_of: date) -> list[int]:
    start = _annual_report_start(cooperation)
    if start is None:
        return []
    end = cooperation.period.end if cooperation.period is not None else None
    first = start.year if start == date(start.year, 1, 1) else start.year + 1
    years = []
    # A year's report falls due in the following year, so it is missing only once that
    # following year has ended too.
    for year in range(first, as_of.year - 1):
        if end is not None and end < date(year, 12, 31):
            break
        years.append(year)
    return years


@rule(
    "KL-9-38-annual-report",
    applies_to=ContractualCooperation,
    cites=("KL 9:38",),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.WARNING,
)
def annual_report(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Each party's styrelse reports its avtalssamverkan to fullmäktige every year.

    The kommunstyrelse or regionstyrelse shall report yearly to fullmäktige on the party's
    avtalssamverkan under 9:37 or another act (KL 9:38, from 2018-07-01): one report on all of
    the party's agreements, not one per agreement. For every commissioning and performing
    municipality or region and every full calendar year of the agreement's period (from its
    start, or from when it was concluded, and not before 2018-07-01), a report for that year
    is looked for once the following year has ended too. A missing party-year is a warning,
    since the report may have been made on the party's agreements together without this one
    recording it. A party with no report listed has unrecorded reporting, unless the list is
    declared complete.

    Does not check: when in the following year the report is given (KL 9:38 sets no date),
    part years, the report's content, or whether the styrelse or fullmäktige handled it.
    Participants that are not municipalities or regions have no styrelse in this sense and
    are skipped.
    """
    years = _due_years(cooperation, ctx.as_of)
    if not years:
        return
    complete = cooperation.annual_reports_complete
    if not cooperation.annual_reports and not complete:
        yield ctx.not_recorded(
            N_(
                "Inga årliga redovisningar till fullmäktige anges för åren {first}–{last}; "
                "redovisningen har inte prövats."
            ),
            path="$.annual_reports",
            first=str(years[0]),
            last=str(years[-1]),
        )
        return
    parties = list(dict.fromkeys((*cooperation.commissioning, cooperation.performing)))
    recorded = {(report.party, report.year) for report in cooperation.annual_reports}
    reporting = {report.party for report in cooperation.annual_reports}
    for party in parties:
        if not is_party(party):
            continue
        if listed(party in reporting, complete) is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_(
                    "Inga årliga redovisningar anges för {party}; redovisningen har inte "
                    "prövats för den parten."
                ),
                path="$.annual_reports",
                party=party,
            )
            continue
        for year in years:
            if (party, year) not in recorded:
                yield ctx.finding(
                    N_(
                        "{board} i {party} har inte redovisat avtalssamverkan för {year} till "
                        "fullmäktige."
                    ),
                    path="$.annual_reports",
                    party=party,
                    board=organ_term(Body.STYRELSE, party, ctx, capitalised=True),
                    year=str(year),
                    facts={"year": year},
                )


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
    if not isinstance(performing, Municipality | Region):
        return
    on = judged_on(cooperation) or ctx.as_of
    for index, task in enumerate(cooperation.tasks):
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        if area is None or competence_of(performing, area, on) is not None:
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
