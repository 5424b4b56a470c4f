"""Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser 8–9 §§: the
samordningsförbund's förbundsordning, fastställd by every member, and what it must state.

Source: the consolidated text in Regeringskansliets rättsdatabaser, up to SFS 2023:644;
8 § in its original wording, 9 § in the wording of SFS 2019:914.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_, Translatable
from samverkan.law.dates import FINSAM_2004, FINSAM_REGIONS
from samverkan.model import (
    CoordinationAssociation,
    CoordinationCharterItem,
    ItemStatus,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

Item = CoordinationCharterItem

#: The items of 9 § 1–18, paraphrased in Swedish.
ITEM_LABELS: dict[CoordinationCharterItem, Translatable] = {
    Item.NAME_SEAT_MEMBERS_PURPOSE: T_("namn, säte, medlemmar och ändamål"),
    Item.ORGANISATION: T_("förbundets organisation"),
    Item.BOARD_COMPOSITION_AND_TERM: T_(
        "antalet ledamöter och ersättare i styrelsen, medlemmarnas representation och en "
        "kortare mandattid"
    ),
    Item.TASKS_AND_POWERS: T_("förbundets uppgifter enligt 7 § och dess beslutanderätt"),
    Item.RIGHT_TO_RAISE_MATTERS: T_("medlemmarnas rätt att väcka ärenden i styrelsen"),
    Item.QUALIFIED_MAJORITY: T_("kvalificerad majoritet i styrelsen"),
    Item.NOTICE_BOARD: T_("var tillkännagivanden ska anslås"),
    Item.SHARES_AND_COST_DIVISION: T_(
        "medlemmarnas andelar i tillgångar och skulder och fördelningen av kostnaderna"
    ),
    Item.BORROWING_LIMITS: T_("begränsningar av rätten till skuldsättning"),
    Item.STEERING_AND_INSIGHT: T_("medlemmarnas styrning av och insyn i förbundet"),
    Item.BUDGET_PROCESS: T_("budgetprocessen"),
    Item.AUDITORS_TERM: T_("revisorernas mandattid"),
    Item.JOINT_AUDITORS: T_("hur gemensamma revisorer utses"),
    Item.EXIT_PROCEDURE: T_("förfarandet vid utträde"),
    Item.LIQUIDATION_AND_DISSOLUTION: T_("likvidation och upplösning"),
    Item.DISPUTES: T_("tvister mellan förbundet och medlemmarna"),
    Item.FINANCIAL_BENEFITS: T_("ekonomiska förmåner till styrelsen och revisorerna"),
    Item.OTHER_ECONOMIC_MATTERS: T_("övriga ekonomiska förhållanden"),
}


def _stated(association: CoordinationAssociation, item: CoordinationCharterItem) -> bool:
    charter = association.charter
    assert charter is not None
    provision = charter.provision(item)
    if provision is not None:
        return provision.status is not ItemStatus.ABSENT
    if item is Item.NAME_SEAT_MEMBERS_PURPOSE:
        return charter.seat is not None
    return False


@rule(
    "FINSAM-9-forbundsordning-18",
    applies_to=CoordinationAssociation,
    cites=("2003:1210 9 §",),
    valid_from=FINSAM_REGIONS,
)
def charter_states_eighteen_items(
    association: CoordinationAssociation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbundsordning of a samordningsförbund states each of the 18 items of 9 §.

    The förbundsordning must state the förbund's name, seat, members and purpose, its
    organisation, the styrelse's size and the members' representation, its tasks and powers
    under 7 §, the members' shares of assets, liabilities and costs in proportion to their
    contributions under 5 §, their steering and insight, the budget process, the revisorer,
    the exit procedure, liquidation and dissolution, disputes and the financial benefits of
    the styrelse and the revisorer (9 § 1–18). An item recorded as absent is an error; an item
    not listed is absent only where the förbundsordning's content is declared complete, and
    is otherwise reported in one note that it was not judged. Item 1 also counts as stated
    when the förbundsordning records its säte. Item 13 applies to förbund with joint
    revisorer, but is asked of every förbundsordning here only when recorded.

    Does not check: whether what an item says is lawful or sufficient (for example that the
    shares of item 8 follow 5 §, which FINSAM-5-funding judges from the contributions).
    """
    charter = association.charter
    if charter is None or not charter.exists:
        return
    unrecorded: list[int] = []
    for item in CoordinationCharterItem:
        if _stated(association, item):
            continue
        if charter.provision(item) is None and (
            item is Item.JOINT_AUDITORS or not charter.provisions_recorded
        ):
            unrecorded.append(int(item))
            continue
        yield ctx.finding(
            N_("Förbundsordningen anger inte punkt {item} ({label})."),
            path="$.charter.provisions",
            fix=N_("Lägg till punkt {item} ({label}) i förbundsordningen."),
            item=int(item),
            label=ITEM_LABELS[item],
            facts={"item": item.name},
        )
    if unrecorded and not charter.provisions_recorded:
        yield ctx.not_recorded(
            N_(
                "Förbundsordningen anges inte för punkterna {items} i 9 § lagen om finansiell "
                "samordning av rehabiliteringsinsatser; de har inte prövats."
            ),
            path="$.charter.provisions",
            items=", ".join(str(n) for n in unrecorded),
            facts={"items": unrecorded},
        )


@rule(
    "FINSAM-8-forbundsordning-adopted",
    applies_to=CoordinationAssociation,
    cites=("2003:1210 8 §",),
    valid_from=FINSAM_2004,
)
def charter_adopted_by_every_member(
    association: CoordinationAssociation, ctx: RuleContext
) -> Iterator[Finding]:
    """Every member of a samordningsförbund has fastställt its förbundsordning.

    A samordningsförbund has a förbundsordning, fastställd by its members; the förbund is
    formed when the members have fastställt it, or at the later time it states (8 §). A
    member recorded as not having adopted it is an error; a member whose decision is not
    recorded is reported as not judged, unless the adoptions are declared complete. A missing
    förbundsordning, recorded as such, is an error.

    Does not check: which organ of a kommun or region took the decision (the act says only
    "medlemmarna"), and the day the förbund was formed.
    """
    charter = association.charter
    if charter is None:
        yield ctx.not_recorded(
            N_("Förbundsordningen anges inte; den har inte prövats."), path="$.charter"
        )
        return
    if not charter.exists:
        yield ctx.finding(
            N_("Förbundet har ingen förbundsordning; medlemmarna ska fastställa en."),
            path="$.charter.exists",
            fix=N_("Låt medlemmarna fastställa en förbundsordning med de 18 punkterna i 9 §."),
        )
        return
    unrecorded = []
    for index, member in enumerate(association.members):
        mine = [a for a in charter.adoptions if a.party == member]
        if any(a.adopted for a in mine):
            continue
        if mine or charter.adoptions_complete:
            yield ctx.finding(
                N_("{member} har inte fastställt förbundsordningen."),
                path=f"$.members[{index}]",
                fix=N_("Låt {member} fastställa förbundsordningen."),
                member=member,
            )
        else:
            unrecorded.append(member)
    if unrecorded:
        yield ctx.not_recorded(
            N_(
                "Det anges inte om {members} har fastställt förbundsordningen; det har inte "
                "prövats."
            ),
            path="$.charter.adoptions",
            members=", ".join(str(m) for m in unrecorded),
        )
