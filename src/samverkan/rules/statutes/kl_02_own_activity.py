"""Kommunallagen (2017:725) 2 kap. 1 §: an activity a kommun or region runs on its own
(*egen verksamhet*): within its competence, and linked to its own area or its members.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.competence import holds_competence
from samverkan.i18n import N_, Localised
from samverkan.law import Citation, Verification, parse_citation
from samverkan.law.dates import KL_2017
from samverkan.model import OwnActivity, Participant, is_party
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.localisation import own_measures_exception
from samverkan.rules.registry import rule


@rule(
    "KL-2-1-own-activity",
    applies_to=OwnActivity,
    cites=("KL 2:1",),
    valid_from=KL_2017,
)
def own_activity_within_competence(activity: OwnActivity, ctx: RuleContext) -> Iterator[Finding]:
    """A kommun or region acting alone stays within its competence and its own area.

    A kommun or region may itself take care of matters of general interest linked to its
    area or its members (KL 2:1), and the tasks special acts give it. Each task's area must be
    within the party's competence on the date checked: a party that holds none is an error
    (a warning where the catalogue's holdings of the area are all recalled). An activity
    carried on in another municipality's territory, or for another's residents, needs a
    link to the party's own area or members: the rule warns, naming the places, unless the
    area carries an exception of lag (2009:47) that frees the party's own measures from that
    requirement, which it names as information.

    Does not check: whether a link (anknytning) in fact exists, which turns on facts the
    document does not hold; the party's decisions; and an activity run through a company or
    a cooperation form (see those kinds). A task whose area the catalogue does not know or
    does not encode on the date is reported as not judged.
    """
    party = activity.party
    if not is_party(party):
        yield ctx.not_judged(
            N_("{party} är varken kommun eller region; befogenheten har inte prövats."),
            path="$.party",
            party=party,
        )
        return
    on = ctx.as_of
    kl_2_1 = parse_citation("KL 2:1", on=on)
    elsewhere = (*activity.outside_own_territory(), *activity.others_served())
    for index, task in enumerate(activity.tasks):
        path = f"$.tasks[{index}]"
        area = ctx.context.competence.find(task.area)
        if area is None or not area.encoded_on(on):
            yield ctx.not_judged(
                N_(
                    "Verksamhetsområdet {area} finns inte i katalogen för den {on}; "
                    "befogenheten har inte prövats."
                ),
                path=f"{path}.area",
                area=task.area,
                on=on,
            )
            continue
        name = Localised(area.name_sv, area.name_en)
        if not holds_competence(party, area, on):
            held = area.holdings_on(on)
            recalled = all(h.verification is Verification.RECALLED for h in held)
            citations = tuple(dict.fromkeys((kl_2_1, *(h.citation for h in held))))
            yield ctx.finding(
                N_("{party} har inte befogenhet för {area_name} ({area})."),
                path=path,
                severity=Severity.WARNING if recalled else None,
                citations=citations,
                party=party,
                area_name=name,
                area=area.id,
                facts={"area": area.id, "recalled": recalled},
            )
            continue
        if elsewhere:
            yield from _localisation(
                ctx, path, name, area.id, own_measures_exception(area, on), elsewhere, kl_2_1
            )


def _localisation(
    ctx: RuleContext,
    path: str,
    name: Localised,
    area: str,
    exception: Citation | None,
    elsewhere: tuple[Participant, ...],
    kl_2_1: Citation,
) -> Iterator[Finding]:
    places = ", ".join(str(p) for p in dict.fromkeys(elsewhere))
    if exception is not None:
        yield ctx.finding(
            N_(
                "{area_name} bedrivs i eller för {places}; {exception} undantar partens egna "
                "åtgärder från kravet på anknytning till det egna området."
            ),
            path=path,
            severity=Severity.INFO,
            citations=(exception,),
            area_name=name,
            places=places,
            exception=exception.short(),
            facts={"area": area},
        )
        return
    yield ctx.finding(
        N_(
            "{area_name} bedrivs i eller för {places}, utanför partens eget område; "
            "verksamheten måste ha anknytning till partens område eller dess medlemmar, vilket "
            "inte har prövats."
        ),
        path=path,
        severity=Severity.WARNING,
        citations=(kl_2_1,),
        area_name=name,
        places=places,
        facts={"area": area},
    )
