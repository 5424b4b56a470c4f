"""Kommunallagen (2017:725) 9 kap. 37 § 1 st.: contractual cooperation (*avtalssamverkan*): who
may be a party, and the responsibility each party retains.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.competence import TaskArea
from samverkan.i18n import N_, Localised
from samverkan.law import CATALOGUE as STATUTES
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
    relies_on_kl_9_37,
)
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import (
    another_region_term,
    regions_term,
)
from samverkan.rules.registry import rule

#: For the date last checked (and the statute catalogue as it then was), each area's
#: provision requiring a nämnd in force on that date, in its short form (``None``: none), by
#: area id: bounded by the task area catalogue. A check on another date starts a new table.
_committee_table: tuple[object, dict[str, tuple[TaskArea, str | None]]] = (None, {})


def _committee_short(area: TaskArea, on: date) -> str | None:
    """``area.statutory_committee_on(on)`` in its short form, worked out once per area for
    the date checked (an area of another catalogue with the same id is worked out anew)."""
    global _committee_table
    key = (on, STATUTES.generation)  # an act added to the catalogue may change the answer
    known, table = _committee_table
    if known != key:
        table = {}
        _committee_table = (key, table)
    entry = table.get(area.id)
    if entry is None or entry[0] is not area:
        committee = area.statutory_committee_on(on)
        entry = (area, None if committee is None else committee.short())
        table[area.id] = entry
    return entry[1]


def _joined(items: list[str]) -> str:
    """The distinct ``items`` in order, joined by commas (most lists have one item)."""
    return items[0] if len(items) == 1 else ", ".join(dict.fromkeys(items))


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
            fix=N_("Ange i avtalet den uppgift som den utförande parten ska utföra."),
            path="$.tasks",
        )
    for index, task in enumerate(cooperation.tasks):
        for position, named in enumerate(task.for_parties):
            if named not in cooperation.commissioning:
                yield ctx.finding(
                    N_("Uppgiften utförs åt {party}, som inte är beställande part i avtalet."),
                    fix=N_(
                        "Ange {party} som beställande part, eller ta bort uppgiften för {party}."
                    ),
                    path=f"$.tasks[{index}].for_parties[{position}]",
                    party=named,
                )
    if not relies_on_kl_9_37(cooperation):
        return
    if not cooperation.commissioning:
        yield ctx.finding(
            N_("Avtalet anger ingen beställande part."),
            fix=N_("Ange den beställande parten i avtalet."),
            path="$.commissioning",
        )
    for index, participant in enumerate(cooperation.commissioning):
        if not isinstance(participant, PARTY_TYPES):  # is_party, without a call
            yield ctx.finding(
                N_(
                    "{participant} kan inte vara beställande part i avtalssamverkan: bara "
                    "kommuner och {regions} kan ingå sådana avtal."
                ),
                fix=N_("Ta bort {participant} ur de beställande parterna."),
                path=f"$.commissioning[{index}]",
                participant=participant,
                regions=regions_term(ctx),
                facts={"kind": type(participant).__name__},
            )
    performing = cooperation.performing
    if not isinstance(performing, PARTY_TYPES):
        yield ctx.finding(
            N_(
                "{participant} kan inte vara utförande part i avtalssamverkan: uppgiften ska "
                "utföras av en annan kommun eller {another_region}."
            ),
            fix=N_("Låt en annan kommun eller {another_region} utföra uppgiften."),
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
            fix=N_("Låt en annan kommun eller {another_region} utföra uppgiften."),
            path="$.performing",
            party=performing,
            another_region=another_region_term(ctx),
        )
    elif performing in cooperation.commissioning:
        yield ctx.finding(
            N_("{party} står både som utförande och som beställande part."),
            fix=N_("Ange {party} bara en gång, antingen som utförande eller som beställande part."),
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
    catalogue, on = ctx.context.competence, ctx.as_of
    # the statutory areas' Swedish and English names, ids and committee provisions
    names_sv: list[str] = []
    names_en: list[str] = []
    ids: list[str] = []
    committees: list[str] = []
    for task in cooperation.tasks:
        area = catalogue.find(task.area)
        if area is None:  # an unknown area: see KL-2-1-localisation
            continue
        committee = _committee_short(area, on)
        if committee is not None:
            names_sv.append(area.name_sv)
            names_en.append(area.name_en)
            ids.append(area.id)
            committees.append(committee)
    if not ids:
        return
    yield ctx.finding(
        N_(
            "Vid avtalssamverkan flyttas bara utförandet: ansvaret för {areas} ligger kvar hos "
            "{commissioning}, vars nämnd enligt {committees} fortfarande är ansvarig."
        ),
        path="$.tasks",
        areas=Localised(_joined(names_sv), _joined(names_en)),
        commissioning=_joined([str(p) for p in cooperation.commissioning]),
        committees=_joined(committees),
        facts={"areas": ids},
    )
