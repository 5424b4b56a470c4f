"""Kommunallagen (2017:725) 2 kap. 1–2 §§ and 9 kap. 37 §, lag (2009:47) 1 kap. 2 §, SkolL
23 kap.: whether a party performing a task for another has a basis that lifts the
localisation principle (*lokaliseringsprincipen*).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from samverkan.competence import TaskArea
from samverkan.competence.model import EntreprenadScope
from samverkan.i18n import N_, T_, Localised
from samverkan.law import Citation
from samverkan.law.dates import AVTALSSAMVERKAN, KL_2017, SKOLL_23_2020
from samverkan.model import (
    ContractualCooperation,
    Organisation,
    OrganisationKind,
    Participant,
    Task,
    is_party,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import judged_on
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.localisation import has_localisation_basis, own_measures_exception
from samverkan.rules.participants import regions_term
from samverkan.rules.registry import rule
from samverkan.rules.task_area_lookup import KL_2_1, task_area

KL = "2017:725"
SKOLL = "2010:800"
_KL_9_2_1 = Citation(KL, 9, "2", stycke=1)
_KL_9_37_1 = Citation(KL, 9, "37", stycke=1)
_SKOLL_23_2_2 = Citation(SKOLL, 23, "2", stycke=2)
_SKOLL_23_3 = Citation(SKOLL, 23, "3")


def _is_federation(participant: Participant) -> bool:
    return (
        isinstance(participant, Organisation)
        and participant.kind is OrganisationKind.KOMMUNALFORBUND
    )


def _still_running(cooperation: ContractualCooperation, ctx: RuleContext) -> bool:
    """Whether an agreement is in force on or after 2018-07-01 and on the date checked."""
    if ctx.as_of < AVTALSSAMVERKAN:
        return False
    period = cooperation.period
    return period is None or period.end is None or period.end >= ctx.as_of


@rule(
    "KL-2-1-localisation",
    applies_to=ContractualCooperation,
    cites=("KL 2:1", "KL 9:37 1 st.", "2009:47 1:2", "SkolL 23:2 2 st.", "SkolL 23:3"),
    valid_from=KL_2017,
)
def performed_with_a_basis(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """Performing a task for another party's area or members needs a legal basis.

    The general competence is tied to the party's own area and members (KL 2:1). A party that
    performs a task for another therefore needs a basis that lifts the localisation
    principle: avtalssamverkan under KL 9:37 (from 2018-07-01, SFS 2018:569), lag (2009:47)
    3:2 or 3:3 (the two items of 1:2 that are powers to act for someone else), a statutory
    transfer the parties claim, or school entreprenad under SkolL 23:3 in a case of 23:8–19.
    Legality is judged when the agreement is made: the date used is the day it was
    concluded, or the start of its period when that is not recorded.

    Without a basis:

    - School areas (SkolL 23 kap. as worded by SFS 2020:605, from 2020-08-01): teaching that
      no section of 23:8–19 lets another huvudman perform is an error (23:2 2 st.); teaching
      that may go only to the state (23:15) is an error; tasks that 23:8 or 23:10 let go only
      to "en enskild fysisk eller juridisk person" are a warning. Before 2020-08-01 chapter 23
      had another wording and numbering, which is not encoded: information, not judged.
    - Before 2018-07-01: an error where the law requires the party's own nämnd for the task
      (the area's statutory committee); otherwise a warning, since the localisation principle
      was not absolute for voluntary tasks. An agreement still running on a date checked from
      2018-07-01 gets information that KL 9:37 is now its basis instead.
    - A kommunalförbund as a party is a warning: whether KL 9:37 reaches förbund through
      KL 9:2 1 st. is an open question. Another performer that is not a municipality or
      region (a company) is an error.

    A claimed exception of 2009:47 1:2 that frees only the party's own measures (2:3, 2:4,
    2:10, 4:1, 5 kap.) gets information that it is no basis for performing another's task.
    A task with no area or an unknown one, and agreements whose dates are not recorded, are
    reported once as not judged.

    Does not check: whether a claimed special basis is the one the parties really used (any
    applicable basis is accepted), whether the counterpart under 2009:47 3 kap. 3 § is a
    regional kollektivtrafikmyndighet, whether a distansundervisning performer is approved
    under SkolL 22:9, and whether a task involves myndighetsutövning other than through the
    area's statutory committee. Agreements made before 2018-01-01 are judged under the same
    provisions of KL (2017:725), although KL (1991:900) then applied.
    """
    on = judged_on(cooperation)
    if on is None:
        yield ctx.finding(
            N_(
                "Det anges inte när avtalet ingicks eller började gälla; den rättsliga grunden "
                "för att utföra uppgifterna åt en annan part har inte prövats."
            ),
            path="$.concluded_on",
            severity=Severity.INFO,
        )
        return
    performing = cooperation.performing
    for index, task in enumerate(cooperation.tasks):
        area = task_area(ctx, task, index)
        if isinstance(area, Finding):
            yield area
            continue
        if cooperation.legal_basis:
            yield from _own_measures_claimed(cooperation, ctx, area, index, on)
        for beneficiary in _beneficiaries(cooperation, task, performing):
            if has_localisation_basis(
                performing, beneficiary, area, on, claimed=cooperation.legal_basis
            ):
                continue
            params: dict[str, Any] = {
                "performing": performing,
                "beneficiary": beneficiary,
                "area_name": Localised(area.name_sv, area.name_en),
                "area": area.id,
                "on": on,
                # written only for a finding: most tasks have a basis
                "claimed": ", ".join([c.short() for c in cooperation.legal_basis])
                if cooperation.legal_basis
                else T_("inget särskilt"),
            }
            yield _without_basis(cooperation, ctx, area, index, on, params)


def _beneficiaries(
    cooperation: ContractualCooperation, task: Task, performing: Participant
) -> Iterable[Participant]:
    """The commissioning parties ``task`` is performed for, once each and in order, without
    the performing party (hashed once each: no comparison of parties in Python)."""
    commissioning = cooperation.commissioning
    named = task.for_parties
    parties = dict.fromkeys([p for p in named if p in commissioning] if named else commissioning)
    parties.pop(performing, None)
    return parties


def _own_measures_claimed(
    cooperation: ContractualCooperation,
    ctx: RuleContext,
    area: TaskArea,
    index: int,
    on: date,
) -> Iterator[Finding]:
    own = own_measures_exception(area, on)
    if own is None or not any(
        c.sfs == own.sfs and (c.chapter, c.section) in {(own.chapter, own.section), (1, "2")}
        for c in cooperation.legal_basis
    ):
        return
    yield ctx.finding(
        N_(
            "{claimed} fritar bara partens egna åtgärder från kravet på anknytning (1 kap. 2 § "
            "lagen (2009:47) om vissa kommunala befogenheter); det är inte stöd för att utföra "
            "en annan parts uppgift."
        ),
        path=f"$.tasks[{index}]",
        severity=Severity.INFO,
        citations=(own, Citation("2009:47", 1, "2")),
        claimed=own.short(),
    )


def _without_basis(
    cooperation: ContractualCooperation,
    ctx: RuleContext,
    area: TaskArea,
    index: int,
    on: date,
    params: dict[str, Any],
) -> Finding:
    """The one finding for a task performed for ``beneficiary`` without a basis."""
    path = f"$.tasks[{index}]"
    facts = {"judged_on": on.isoformat(), "area": area.id}
    performing, beneficiary = params["performing"], params["beneficiary"]
    if not (is_party(performing) and is_party(beneficiary)):
        if _is_federation(performing) or _is_federation(beneficiary):
            return ctx.finding(
                N_(
                    "Ett kommunalförbund är part i avtalet om {area_name} ({area}). Om "
                    "avtalssamverkan enligt 9 kap. 37 § kommunallagen är möjlig för ett "
                    "kommunalförbund genom 9 kap. 2 § första stycket är en öppen fråga."
                ),
                path=path,
                severity=Severity.WARNING,
                citations=(_KL_9_37_1, _KL_9_2_1),
                facts=facts,
                **params,
            )
        return ctx.finding(
            N_(
                "{performing} saknar stöd för att utföra {area_name} ({area}) åt "
                "{beneficiary}: avtalssamverkan enligt 9 kap. 37 § kommunallagen gäller "
                "bara mellan kommuner och {regions}, och inget särskilt lagstöd täcker "
                "uppgiften. Åberopat lagstöd: {claimed}."
            ),
            path=path,
            citations=(KL_2_1, _KL_9_37_1),
            regions=regions_term(ctx),
            facts=facts,
            **params,
        )
    if area.school_entreprenad is not None:
        return _school_without_basis(ctx, area, path, on, params, facts)
    if _still_running(cooperation, ctx):
        return ctx.finding(
            N_(
                "Avtalet om {area_name} ({area}) ingicks {on}, innan avtalssamverkan enligt "
                "9 kap. 37 § kommunallagen fanns, och utan särskilt lagstöd. Från den {start} "
                "ger 9 kap. 37 § stöd för att {performing} utför uppgiften åt {beneficiary}; "
                "överväg ett nytt beslut och rapporten enligt 9 kap. 38 §."
            ),
            path=path,
            severity=Severity.INFO,
            citations=(_KL_9_37_1, Citation(KL, 9, "38")),
            start=AVTALSSAMVERKAN,
            facts={**facts, "covered_from": AVTALSSAMVERKAN.isoformat()},
            **params,
        )
    committee = area.statutory_committee_on(on)
    if committee is not None:
        return ctx.finding(
            N_(
                "{performing} saknar stöd för att utföra {area_name} ({area}) åt "
                "{beneficiary}: avtalet ingicks {on}, avtalssamverkan enligt 9 kap. 37 § "
                "kommunallagen finns först från den {start}, och lagen kräver att uppgiften "
                "sköts av partens egen nämnd ({committee}). Åberopat lagstöd: {claimed}."
            ),
            path=path,
            citations=(KL_2_1, committee),
            start=AVTALSSAMVERKAN,
            committee=committee.short(),
            facts=facts,
            **params,
        )
    return ctx.finding(
        N_(
            "{performing} utför {area_name} ({area}) åt {beneficiary} enligt ett avtal som "
            "ingicks {on}, innan avtalssamverkan enligt 9 kap. 37 § kommunallagen fanns (från "
            "den {start}). För frivilliga uppgifter var lokaliseringsprincipen inte absolut; "
            "bedöm om {performing} hade egen anknytning till uppgiften. Åberopat lagstöd: "
            "{claimed}."
        ),
        path=path,
        severity=Severity.WARNING,
        citations=(KL_2_1,),
        start=AVTALSSAMVERKAN,
        facts=facts,
        **params,
    )


def _school_without_basis(
    ctx: RuleContext,
    area: TaskArea,
    path: str,
    on: date,
    params: dict[str, Any],
    facts: dict[str, Any],
) -> Finding:
    school = area.school_entreprenad
    assert school is not None
    if on < SKOLL_23_2020:
        return ctx.finding(
            N_(
                "Avtalet om {area_name} ({area}) ingicks {on}, innan skollagens 23 kap. fick "
                "sin nuvarande lydelse den {start}; den äldre lydelsen är inte inlagd, och "
                "frågan om entreprenad har inte prövats."
            ),
            path=path,
            severity=Severity.INFO,
            citations=(KL_2_1,),
            start=SKOLL_23_2020,
            facts={**facts, "judged": False},
            **params,
        )
    if school.scope is EntreprenadScope.PRIVATE_PERSONS:
        return ctx.finding(
            N_(
                "{performing} utför {area_name} ({area}) åt {beneficiary}. {section} tillåter "
                "entreprenad till en enskild fysisk eller juridisk person; om det omfattar en "
                "annan kommun eller en region avgörs inte av lagtexten (jfr 23 kap. 3 § "
                "skollagen)."
            ),
            path=path,
            severity=Severity.WARNING,
            citations=(school.citation, _SKOLL_23_3),
            section=school.citation.swedish(),
            facts=facts,
            **params,
        )
    if school.scope is EntreprenadScope.STATE_ONLY:
        return ctx.finding(
            N_(
                "{performing} får inte utföra {area_name} ({area}) åt {beneficiary}: enligt "
                "{section} får uppgiften överlämnas på entreprenad bara till staten."
            ),
            path=path,
            citations=(school.citation, _SKOLL_23_2_2),
            section=school.citation.swedish(),
            facts=facts,
            **params,
        )
    if school.scope is EntreprenadScope.NOT_PERMITTED and school.teaching:
        return ctx.finding(
            N_(
                "{performing} får inte utföra {area_name} ({area}) åt {beneficiary} på "
                "entreprenad: undervisningen får överlämnas till en annan huvudman bara i de "
                "fall som 23 kap. 8–19 §§ skollagen anger (23 kap. 2 § andra stycket), och "
                "23 kap. 3 § gäller bara sådana avtal. Åberopat lagstöd: {claimed}."
            ),
            path=path,
            citations=(_SKOLL_23_2_2, _SKOLL_23_3),
            facts=facts,
            **params,
        )
    return ctx.finding(
        N_(
            "{performing} utför {area_name} ({area}) åt {beneficiary}; det är oklart om "
            "skollagens 23 kap. tillåter att en annan kommun utför uppgiften på entreprenad."
        ),
        path=path,
        severity=Severity.WARNING,
        citations=(_SKOLL_23_2_2, _SKOLL_23_3),
        facts=facts,
        **params,
    )
