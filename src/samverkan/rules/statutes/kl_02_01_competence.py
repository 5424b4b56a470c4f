"""Kommunallagen (2017:725) 2 kap. 1–2 §§ and 3 kap. 8 §, lag (2003:192) 1 §: whether the
parties of a joint committee or local federation may handle the tasks they share (*kommunal
befogenhet*).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from samverkan.competence import TaskArea, holds_competence
from samverkan.i18n import N_, T_, Localised
from samverkan.law import Citation, Verification
from samverkan.law.dates import KL_2017
from samverkan.model import (
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    Participant,
    Task,
    is_party,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule
from samverkan.rules.task_area_lookup import KL_2_1, task_area

KL = "2017:725"
_KL_2_2 = Citation(KL, 2, "2")
_KL_9_19 = Citation(KL, 9, "19")
_GN_VO_1 = Citation("2003:192", None, "1")


def _not_encoded(ctx: RuleContext, area: TaskArea, index: int, on: date) -> Finding:
    """Information that the catalogue does not say who held the area on ``on``."""
    start = area.coverage_start
    return ctx.finding(
        N_(
            "Katalogen anger inte vem som hade {area_name} ({area}) den {on}; uppgifterna "
            "börjar den {start}, och befogenheten har inte prövats."
        ),
        path=f"$.tasks[{index}]",
        severity=Severity.INFO,
        citations=(KL_2_1,),
        area_name=Localised(area.name_sv, area.name_en),
        area=area.id,
        on=on,
        start=start,
        facts={"area": area.id, "on": on.isoformat(), "judged": False},
    )


def _holders(area: TaskArea, on: date) -> str:
    return ", ".join(h.summary(on) for h in area.holdings_on(on))


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


def _form_citations(subject: JointCommittee | LocalFederation) -> tuple[Citation, ...]:
    """The provisions that decide whose competence a task needs in this form."""
    if isinstance(subject, LocalFederation):
        return (KL_2_1,)
    if subject.basis is JointCommitteeBasis.CARE_AND_WELFARE:
        return (_GN_VO_1, KL_2_1)
    return (KL_2_1, _KL_2_2, _KL_9_19)


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
    recalled, it is a warning. A finding cites the provisions of its form (KL 2:1–2 and 9:19
    for a KL joint committee; lag (2003:192) 1 § and KL 2:1 for a care and welfare
    committee; KL 2:1 for a federation) and those that give the area to its holders.

    A task with no area, or an area the catalogue does not know, is accepted as unclassified:
    one information finding says it was not judged. So does a task on a date before the
    catalogue encodes the area's holders (for example HSL areas before 2017-04-01): that is
    "not encoded", not "held by none". A task said to be for someone who is not a party is an
    error.

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
    of_parties = set(parties)
    for index, task in enumerate(subject.tasks):
        yield from _stray_for_parties(ctx, task, index, parties)
        area = task_area(ctx, task, index)
        if isinstance(area, Finding):
            yield area
            continue
        if not area.encoded_on(on):
            yield _not_encoded(ctx, area, index, on)
            continue
        holders = task.for_parties if per_task and task.for_parties else parties
        lacking = [
            party
            for party in dict.fromkeys(holders)
            if party in of_parties and is_party(party) and not holds_competence(party, area, on)
        ]
        if not lacking:
            continue
        in_force = area.holdings_on(on)
        only_recalled = all(h.verification is Verification.RECALLED for h in in_force)
        citations = tuple(
            dict.fromkeys((*_form_citations(subject), *(h.citation for h in in_force)))
        )
        for party in lacking:
            params: dict[str, Any] = {
                "party": party,
                "area_name": Localised(area.name_sv, area.name_en),
                "area": area.id,
                "form": form,
                "holders": _holders(area, on) or T_("ingen"),
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
                    citations=citations,
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
                    citations=citations,
                    facts=facts,
                    **params,
                )
