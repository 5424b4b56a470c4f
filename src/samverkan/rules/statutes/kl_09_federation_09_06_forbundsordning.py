"""Kommunallagen (2017:725) 9 kap. 6 §: the 18 items a local federation's charter
(*förbundsordning*) states.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_, Listing, Translatable
from samverkan.law import Citation, parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    AssemblyForm,
    Charter,
    CharterItem,
    CharterProvision,
    ItemStatus,
    LocalFederation,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

#: The 18 items of KL 9:6, paraphrased in Swedish.
CHARTER_ITEM_LABELS: dict[CharterItem, Translatable] = {
    CharterItem.NAME_SEAT_MEMBERS_PURPOSE: T_("namn, säte, medlemmar och ändamål"),
    CharterItem.ORGANISATION: T_(
        "organisation, organens uppgifter och inbördes förhållande, interimistiska organ och "
        "om förbundsstyrelsen får vara ställföreträdare för förbundsfullmäktige"
    ),
    CharterItem.ASSEMBLY_COMPOSITION: T_(
        "antal ledamöter och ersättare i den beslutande församlingen, medlemmarnas "
        "representation och en kortare mandattid än fyra år"
    ),
    CharterItem.AUDITORS: T_("antal revisorer och deras mandattid"),
    CharterItem.DIREKTION_AUDITOR_APPOINTMENT: T_(
        "hur revisorerna utses i ett förbund med förbundsdirektion"
    ),
    CharterItem.RIGHT_TO_RAISE_MATTERS: T_(
        "medlemmarnas rätt att väcka ärenden i den beslutande församlingen"
    ),
    CharterItem.QUALIFIED_MAJORITY: T_("krav på kvalificerad majoritet och i vilka ärenden"),
    CharterItem.MEMBER_REPRESENTATIVES_IN_ASSEMBLY: T_(
        "medlemmarnas förtroendevalda som får delta i församlingens överläggningar"
    ),
    CharterItem.ATTENDANCE_IN_BOARD_AND_COMMITTEES: T_(
        "medlemmarnas förtroendevaldas närvarorätt i styrelse och nämnder"
    ),
    CharterItem.NOTICE_BOARD_WEBSITE: T_("webbplatsen för förbundets anslagstavla"),
    CharterItem.SHARES_AND_COST_DIVISION: T_(
        "medlemmarnas andel i tillgångar och skulder och fördelningen av kostnader"
    ),
    CharterItem.STEERING_AND_INSIGHT: T_(
        "medlemmarnas styrning av och insyn i ekonomi och verksamhet"
    ),
    CharterItem.BUDGET_PROCESS: T_("riktlinjer för budgetprocessen"),
    CharterItem.PUBLIC_QUESTIONS_ON_ANNUAL_REPORT: T_(
        "allmänhetens möjlighet att ställa frågor om årsredovisningen"
    ),
    CharterItem.EXIT_PROCEDURE: T_("förfarandet när en medlem träder ut"),
    CharterItem.LIQUIDATION_AND_DISSOLUTION: T_(
        "likvidation och upplösning och fördelningen av kvarvarande tillgångar"
    ),
    CharterItem.DISPUTES: T_("hur tvister mellan förbundet och medlemmarna löses"),
    CharterItem.FINANCIAL_BENEFITS: T_(
        "ekonomiska förmåner för ledamöter och ersättare i den beslutande församlingen"
    ),
}


#: Item 18 for a direktion-förbund, which also covers the revisorer.
_BENEFITS_DIREKTION = T_(
    "ekonomiska förmåner för ledamöter och ersättare i den beslutande församlingen och för "
    "revisorerna"
)


_STATED = (ItemStatus.PRESENT, ItemStatus.FREE_TEXT)


def _item_stated(
    federation: LocalFederation,
    charter: Charter,
    item: CharterItem,
    provision: CharterProvision | None,
) -> bool:
    """Whether ``item`` is stated, given the charter's ``provision`` on it (or ``None``)."""
    if provision is not None and provision.status in _STATED:
        return True
    # Item 1 may be stated through structured fields: the name and members are the
    # federation's own; the säte and ändamål must be recorded on the charter.
    return (
        item is CharterItem.NAME_SEAT_MEMBERS_PURPOSE
        and provision is None
        and bool(charter.seat and charter.purpose and federation.members)
    )


@rule(
    "KL-9-6-forbundsordning-18",
    applies_to=LocalFederation,
    cites=("KL 9:6",),
    valid_from=KL_2017,
)
def charter_states_eighteen_items(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbundsordning states each of the 18 items of KL 9:6.

    The förbundsordning must state, among other things, the förbund's name, seat, members and
    purpose, its organisation, the assembly's composition, the revisorer, the members' shares
    of assets, liabilities and costs, their steering and insight, the budget process, the exit
    procedure, liquidation and dissolution, disputes and the members' financial benefits (KL
    9:6 p. 1–18). Each item must be stated, as structured facts or as free text; an item
    missing from the charter or marked absent is reported with its number. Item 5 (how the
    revisorer are appointed) applies only to a direktion-förbund, and item 18's revisor part
    likewise. Item 1 also counts as stated when the charter records its säte and ändamål (the
    name and members are the federation's own). An item recorded as absent is an error; an
    item the charter does not list is absent only where the charter declares its content
    complete (``provisions_recorded``), and is otherwise reported, with the others, in one
    note that they were not judged.

    Does not check: whether what an item says is lawful or sufficient (for example that the
    shares of item 11 add up, or that the exit procedure respects KL 9:18, which has a rule of
    its own), nor whether the structured term and notice fields agree with the text.
    """
    charter = federation.charter
    if charter is None or not charter.exists:
        return
    direktion = federation.assembly is AssemblyForm.DIREKTION
    unrecorded: list[int] = []
    absent: list[CharterItem] = []
    provisions: dict[CharterItem, CharterProvision] = {}
    for provision in charter.provisions:  # the first on an item, as Charter.provision gives
        provisions.setdefault(provision.item, provision)
    for item in CharterItem:
        if item is CharterItem.DIREKTION_AUDITOR_APPOINTMENT and not direktion:
            continue
        on_item = provisions.get(item)
        if _item_stated(federation, charter, item, on_item):
            continue
        if on_item is None and not charter.provisions_recorded:
            unrecorded.append(int(item))
        else:
            absent.append(item)
    yield from _absent_items(absent, direktion, ctx)
    if unrecorded and not charter.provisions:
        yield ctx.not_recorded(
            N_(
                "Förbundsordningens innehåll anges inte; de 18 punkterna i 9 kap. 6 § "
                "kommunallagen har inte prövats."
            ),
            path="$.charter.provisions",
        )
    elif unrecorded:
        yield ctx.not_recorded(
            N_(
                "Förbundsordningen anges inte för punkterna {items} i 9 kap. 6 § kommunallagen; "
                "de har inte prövats. Ange dem med sin status, eller ange att förbundsordningens "
                "innehåll är fullständigt angivet."
            ),
            path="$.charter.provisions",
            items=_number_ranges(unrecorded),
            facts={"items": unrecorded},
        )


def _label(item: CharterItem, direktion: bool) -> Translatable:
    if item is CharterItem.FINANCIAL_BENEFITS and direktion:
        return _BENEFITS_DIREKTION
    return CHARTER_ITEM_LABELS[item]


def _absent_items(
    absent: list[CharterItem], direktion: bool, ctx: RuleContext
) -> Iterator[Finding]:
    """One finding for an item the förbundsordning lacks, or one naming every lacking item."""
    if len(absent) == 1:
        (item,) = absent
        yield ctx.finding(
            N_("Förbundsordningen anger inte punkt {item} ({label})."),
            fix=N_("Ange punkt {item} i förbundsordningen."),
            path="$.charter.provisions",
            citations=(_point(item, ctx),),
            item=int(item),
            label=_label(item, direktion),
            facts={"item": item.name},
        )
    elif absent:
        yield ctx.finding(
            N_(
                "Förbundsordningen anger inte punkterna {items} i 9 kap. 6 § kommunallagen: "
                "{labels}."
            ),
            fix=N_("Ange punkterna {items} i förbundsordningen."),
            path="$.charter.provisions",
            citations=tuple(_point(item, ctx) for item in absent),
            items=_number_ranges([int(item) for item in absent]),
            labels=Listing((_label(item, direktion) for item in absent), "; "),
            facts={"items": [item.name for item in absent]},
        )


def _number_ranges(numbers: list[int]) -> str:
    """``[2, 3, 4, 6]`` as ``"2–4, 6"``."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def _point(item: CharterItem, ctx: RuleContext) -> Citation:
    return parse_citation(f"KL 9:6 {int(item)} p.", on=ctx.as_of)
