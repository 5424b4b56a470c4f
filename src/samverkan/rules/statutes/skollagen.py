"""Skollagen (2010:800) 23 kap.: samverkan between huvudmän on teaching tasks (23:21–24)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.competence import TaskArea
from samverkan.i18n import N_, T_, Localised
from samverkan.law import Citation
from samverkan.law.dates import SKOLL_23_2020
from samverkan.model import (
    ContractualCooperation,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

_SCHOOL_SECTIONS = {"22": "23 kap. 22 §", "23": "23 kap. 23 §"}


_SCHOOL_ALLOWED = {
    "22": T_("förskola, fritidshem, kommunal vuxenutbildning och pedagogisk omsorg"),
    "23": T_("kommunal vuxenutbildning"),
}


def _cites_school_samverkan(citation: Citation) -> bool:
    if (citation.sfs, citation.chapter) != ("2010:800", 23):
        return False
    first = int(citation.section.split()[0])
    last = int(citation.through.split()[0]) if citation.through else first
    return first <= 24 and last >= 21


def _transfer_section(area: TaskArea, section: str) -> bool:
    return any(
        (t.citation.sfs, t.citation.chapter, t.citation.section) == ("2010:800", 23, section)
        for t in area.transfers
    )


@rule(
    "SKOL-23-21-samverkan-transfer",
    applies_to=ContractualCooperation,
    cites=("SkolL 23:21", "SkolL 23:22", "SkolL 23:23", "SkolL 23:24"),
    valid_from=SKOLL_23_2020,
)
def school_samverkan(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """School "samverkan" moves huvudmannaskap, and only for the school forms listed.

    Under SkolL 23:21 a municipality may agree with another municipality, a region or the
    state that the other takes over the responsibility for a school task, and with it the
    huvudmannaskap; the agreement must be reported to Skolinspektionen. Another municipality
    may take over only förskola, fritidshem, kommunal vuxenutbildning and pedagogisk omsorg
    (23:22), a region only kommunal vuxenutbildning (23:23), and the state only förskola
    in connection with sameskola (23:24). When the agreement cites these sections, each task
    must be of a form the receiving level may take over (read from the task areas' statutory
    transfers), and the handing-over party must be a municipality. The rule also says, as
    information, that huvudmannaskap moves, unlike avtalssamverkan under KL 9:37, and that
    the agreement must be reported.

    Does not check: transfers to the state (23:24; reported as not checked), pedagogisk
    omsorg (not in the catalogue), the reporting to Skolinspektionen itself, or the wording
    of chapter 23 before lag (2020:605): the current lists are applied to every date from the
    act's entry into force.
    """
    if not any(_cites_school_samverkan(c) for c in cooperation.legal_basis):
        return
    performing = cooperation.performing
    yield ctx.finding(
        N_(
            "Samverkan enligt 23 kap. 21 § skollagen innebär att {performing} tar över ansvaret "
            "och huvudmannaskapet, till skillnad från avtalssamverkan enligt kommunallagen; "
            "avtalet ska anmälas till Skolinspektionen."
        ),
        path="$.legal_basis",
        severity=Severity.INFO,
        performing=performing,
    )
    for index, party in enumerate(cooperation.commissioning):
        if isinstance(party, Region):
            yield ctx.finding(
                N_(
                    "{party} kan inte lämna över ansvar genom samverkan enligt skollagen; "
                    "bara en kommun kan sluta ett sådant avtal."
                ),
                path=f"$.commissioning[{index}]",
                party=party,
            )
    if isinstance(performing, Municipality):
        section = "22"
    elif isinstance(performing, Region):
        section = "23"
    else:
        yield ctx.not_judged(
            N_(
                "Samverkan med {performing} enligt skollagen har inte prövats; bara samverkan "
                "med en kommun eller en region (23 kap. 22–23 §§) kontrolleras."
            ),
            path="$.performing",
            performing=performing,
        )
        return
    for index, task in enumerate(cooperation.tasks):
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        if area is None or _transfer_section(area, section):
            continue
        yield ctx.finding(
            N_(
                "{area_name} ({area}) kan inte lämnas över till {performing} genom samverkan "
                "enligt {section} skollagen; bara {allowed} får lämnas över så."
            ),
            path=f"$.tasks[{index}]",
            area_name=Localised(area.name_sv, area.name_en),
            area=area.id,
            performing=performing,
            section=_SCHOOL_SECTIONS[section],
            allowed=_SCHOOL_ALLOWED[section],
        )
