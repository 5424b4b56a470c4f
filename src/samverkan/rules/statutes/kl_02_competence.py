"""Competence rules: whether the parties may handle the tasks they share or perform for each
other (KL 2:1–2, 3:8, 9:37; lag 2003:192; lag 2009:47 1:2; SkolL 23:3)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from samverkan.competence import TaskArea, UnknownTaskAreaError, competence_of
from samverkan.i18n import N_, T_, Localised
from samverkan.law import Verification
from samverkan.law.dates import AVTALSSAMVERKAN
from samverkan.model import (
    ContractualCooperation,
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    Participant,
    Task,
    is_party,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import judged_on
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.localisation import find_localisation_basis
from samverkan.rules.participants import regions_term
from samverkan.rules.registry import rule

#: Kommunallag (2017:725) entered into force.
KL_2017 = date(2018, 1, 1)


def _lookup(ctx: RuleContext, task: Task, index: int) -> TaskArea | Finding:
    """The task's area, or an error finding at ``$.tasks[i].area`` when the id is unknown."""
    try:
        return ctx.context.competence.get(task.area)
    except UnknownTaskAreaError as problem:
        path = f"$.tasks[{index}].area"
        facts = {"suggestions": list(problem.suggestions)}
        if problem.suggestions:
            return ctx.finding(
                N_("Verksamhetsområdet {area} finns inte i katalogen; menade du {suggestions}?"),
                path=path,
                severity=Severity.ERROR,
                area=task.area,
                suggestions=", ".join(problem.suggestions),
                facts=facts,
            )
        return ctx.finding(
            N_("Verksamhetsområdet {area} finns inte i katalogen."),
            path=path,
            severity=Severity.ERROR,
            area=task.area,
            facts=facts,
        )


def _stray_for_parties(
    ctx: RuleContext, task: Task, index: int, parties: tuple[Participant, ...]
) -> Iterator[Finding]:
    for position, named in enumerate(task.for_parties):
        if named not in parties:
            yield ctx.finding(
                N_("Uppgiften anges gälla för {party}, som inte är part i samverkan."),
                path=f"$.tasks[{index}].for_parties[{position}]",
                party=named,
            )


@rule(
    "KL-2-1-competence",
    applies_to=(JointCommittee, LocalFederation),
    cites=("KL 2:1", "KL 2:2", "KL 3:8", "2003:192 1 §"),
    valid_from=KL_2017,
)
def tasks_within_competence(
    subject: JointCommittee | LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Every task of a joint committee or federation must lie within the parties' competence.

    A municipality or region may only handle matters within its competence under KL 2:1 and
    the special acts, and not matters only another municipality or region is to handle
    (KL 2:2). A joint committee under KL 9:19 handles the same tasks for every party, so each
    task's area must be within the competence of every party on the date of the check; this
    is the "same competence" reading the Jämtland committees rest on. A joint committee under
    lag (2003:192) lets a region and municipalities within it carry out their respective
    tasks jointly (1 §), and a member of a kommunalförbund hands over its own matters (KL
    3:8): there a task needs only the competence of the parties it is carried out for
    (``for_parties``; none named means every party). A party that holds no competence for a
    task is an error, naming party and task; where every holding of the area is only
    recalled, it is a warning. An unknown task area, and a task said to be for someone who is
    not a party, are errors.

    Does not check: whether the committee or federation existed on the date, the conditions
    of a holding's note (for example the HSL 8:6 carve-out), the narrower circles of lag
    (2003:192) and FB 19:16 (rules of their own), and participants that are not municipalities
    or regions (see the party rules).
    """
    if isinstance(subject, JointCommittee):
        parties = subject.parties
        per_task = subject.basis is JointCommitteeBasis.CARE_AND_WELFARE
        form = T_("den gemensamma nämnden")
    else:
        parties = subject.members
        per_task = True
        form = T_("kommunalförbundet")
    on = ctx.as_of
    for index, task in enumerate(subject.tasks):
        yield from _stray_for_parties(ctx, task, index, parties)
        area = _lookup(ctx, task, index)
        if isinstance(area, Finding):
            yield area
            continue
        holders = task.for_parties if per_task and task.for_parties else parties
        only_recalled = all(h.verification is Verification.RECALLED for h in area.holdings)
        held = ", ".join(h.summary() for h in area.holdings_on(on)) or T_("ingen")
        for party in dict.fromkeys(holders):
            if party not in parties or not isinstance(party, Municipality | Region):
                continue
            if competence_of(party, area, on) is not None:
                continue
            params: dict[str, Any] = {
                "party": party,
                "area_name": Localised(area.name_sv, area.name_en),
                "area": area.id,
                "form": form,
                "holders": held,
            }
            facts = {"party": party.code, "area": area.id, "on": on.isoformat()}
            if only_recalled:
                yield ctx.finding(
                    N_(
                        "{party} har sannolikt inte befogenhet för {area_name} ({area}), så "
                        "uppgiften kan inte skötas i {form} för dess räkning. Området innehas "
                        "av: {holders}. Uppgifterna om befogenheten är inte verifierade."
                    ),
                    path=f"$.tasks[{index}]",
                    severity=Severity.WARNING,
                    facts=facts,
                    **params,
                )
            else:
                yield ctx.finding(
                    N_(
                        "{party} har inte befogenhet för {area_name} ({area}), så uppgiften kan "
                        "inte skötas i {form} för dess räkning. Området innehas av: {holders}."
                    ),
                    path=f"$.tasks[{index}]",
                    facts=facts,
                    **params,
                )


@rule(
    "KL-2-1-localisation",
    applies_to=ContractualCooperation,
    cites=("KL 2:1", "KL 9:37 1 st.", "2009:47 1:2", "SkolL 23:3"),
    valid_from=KL_2017,
)
def performed_with_a_basis(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """Performing a task for another party's area or members needs a legal basis.

    The general competence is tied to the party's own area and members (KL 2:1). A party that
    performs a task for another therefore needs a basis that lifts the localisation
    principle: avtalssamverkan under KL 9:37 (only from 2018-07-01, when SFS 2018:569 took
    effect), an exception in lag (2009:47) 1 kap. 2 § that the task area carries, a statutory
    transfer the parties claim, or entreprenad under SkolL 23:3 for school tasks. Legality is
    judged when the agreement is made: the date used is the day it was concluded, or the
    start of its period when that is not recorded. A task with no basis for one of the
    commissioning parties it is performed for is an error; so is an unknown task area.

    Does not check: whether a claimed special basis is the one the parties really used (any
    applicable basis is accepted), whether the counterpart under 2009:47 3 kap. 3 § is a
    regional kollektivtrafikmyndighet, whether a kommunalförbund may be a party, and
    agreements whose dates are not recorded (reported once as not checked). Agreements made
    before 2018-01-01 are judged under the same provisions, although KL (1991:900) then
    applied.
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
    claimed = ", ".join(c.short() for c in cooperation.legal_basis) or T_("inget särskilt")
    for index, task in enumerate(cooperation.tasks):
        area = _lookup(ctx, task, index)
        if isinstance(area, Finding):
            yield area
            continue
        beneficiaries = [
            p
            for p in dict.fromkeys(task.for_parties or cooperation.commissioning)
            if p in cooperation.commissioning and p != performing
        ]
        for beneficiary in beneficiaries:
            basis = find_localisation_basis(
                performing,
                beneficiary,
                area,
                on,
                claimed=cooperation.legal_basis,
            )
            if basis is not None:
                continue
            params: dict[str, Any] = {
                "performing": performing,
                "beneficiary": beneficiary,
                "area_name": Localised(area.name_sv, area.name_en),
                "area": area.id,
                "on": on,
                "claimed": claimed,
            }
            facts = {"judged_on": on.isoformat(), "area": area.id}
            if not (is_party(performing) and is_party(beneficiary)):
                yield ctx.finding(
                    N_(
                        "{performing} saknar stöd för att utföra {area_name} ({area}) åt "
                        "{beneficiary}: avtalssamverkan enligt 9 kap. 37 § kommunallagen gäller "
                        "bara mellan kommuner och {regions}, och inget särskilt lagstöd täcker "
                        "uppgiften. Åberopat lagstöd: {claimed}."
                    ),
                    path=f"$.tasks[{index}]",
                    regions=regions_term(ctx),
                    facts=facts,
                    **params,
                )
            else:
                yield ctx.finding(
                    N_(
                        "{performing} saknar stöd för att utföra {area_name} ({area}) åt "
                        "{beneficiary}: avtalet ingicks {on}, men avtalssamverkan enligt "
                        "9 kap. 37 § kommunallagen finns först från den {start}, och inget "
                        "särskilt lagstöd täcker uppgiften. Åberopat lagstöd: {claimed}."
                    ),
                    path=f"$.tasks[{index}]",
                    start=AVTALSSAMVERKAN,
                    facts=facts,
                    **params,
                )
