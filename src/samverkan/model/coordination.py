"""The samordningsförbund of lag (2003:1210) om finansiell samordning av
rehabiliteringsinsatser (*Finsam*).

A legal person formed for financial coordination of rehabilitation: its members are
Försäkringskassan, Arbetsförmedlingen, one or more regions and one or more kommuner (3–4 §§).
Försäkringskassan contributes half of the means, the regions a quarter and the kommuner a
quarter (5 §). Its förbundsordning states eighteen things (9 §); its styrelse holds at least
one ledamot and one ersättare of every member (10 §); a revisor audits it for every member's
account, one revisor appointed by Försäkringskassan for both state agencies (25 §).

Försäkringskassan and Arbetsförmedlingen are :class:`~samverkan.model.Organisation` parties of
kind *statlig myndighet*; :func:`state_member` recognises them by organisation number, or by
name where the number is left out.

>>> state_member(FORSAKRINGSKASSAN).name, state_member(ARBETSFORMEDLINGEN).name
('FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN')
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from attrs.validators import ge, optional

from samverkan._frozen import frozen
from samverkan.model.common import (
    Instrument,
    Organisation,
    OrganisationKind,
    Participant,
    described,
    non_negative,
    participant,
    participants,
)
from samverkan.model.federation import ItemStatus
from samverkan.model.provenance import Source, organisation_number
from samverkan.model.seats import OrganSeats, Seat

__all__ = [
    "ARBETSFORMEDLINGEN",
    "FORSAKRINGSKASSAN",
    "CoordinationAssociation",
    "CoordinationAudit",
    "CoordinationAuditor",
    "CoordinationCharter",
    "CoordinationCharterItem",
    "CoordinationCharterProvision",
    "FundingShare",
    "StateMember",
    "state_member",
]


class StateMember(enum.Enum):
    """The two state agencies that are members of every samordningsförbund (3 §)."""

    FORSAKRINGSKASSAN = "Försäkringskassan"
    ARBETSFORMEDLINGEN = "Arbetsförmedlingen"


#: Försäkringskassan as a party (organisation number recalled, not read in a source; it passes
#: the check digit).
FORSAKRINGSKASSAN = Organisation(
    "Försäkringskassan", OrganisationKind.STATLIG_MYNDIGHET, "202100-5521"
)
#: Arbetsförmedlingen as a party (organisation number recalled, not read in a source; it passes
#: the check digit).
ARBETSFORMEDLINGEN = Organisation(
    "Arbetsförmedlingen", OrganisationKind.STATLIG_MYNDIGHET, "202100-2114"
)
_BY_ORGNR = {
    "2021005521": StateMember.FORSAKRINGSKASSAN,
    "2021002114": StateMember.ARBETSFORMEDLINGEN,
}


def state_member(party: Participant) -> StateMember | None:
    """Which of the two state agencies ``party`` is, or ``None``.

    An organisation number decides where one is given; otherwise the name, compared without
    regard to case and spacing.
    """
    if not isinstance(party, Organisation) or party.kind is not OrganisationKind.STATLIG_MYNDIGHET:
        return None
    if party.orgnr:
        return _BY_ORGNR.get(party.orgnr.replace("-", "").strip())
    name = " ".join(party.name.split()).casefold()
    return next((m for m in StateMember if m.value.casefold() == name), None)


class CoordinationCharterItem(enum.IntEnum):
    """The 18 items a samordningsförbund's förbundsordning must state (9 § 1–18)."""

    NAME_SEAT_MEMBERS_PURPOSE = 1
    ORGANISATION = 2
    BOARD_COMPOSITION_AND_TERM = 3
    TASKS_AND_POWERS = 4
    RIGHT_TO_RAISE_MATTERS = 5
    QUALIFIED_MAJORITY = 6
    NOTICE_BOARD = 7
    SHARES_AND_COST_DIVISION = 8
    BORROWING_LIMITS = 9
    STEERING_AND_INSIGHT = 10
    BUDGET_PROCESS = 11
    AUDITORS_TERM = 12
    JOINT_AUDITORS = 13
    EXIT_PROCEDURE = 14
    LIQUIDATION_AND_DISSOLUTION = 15
    DISPUTES = 16
    FINANCIAL_BENEFITS = 17
    OTHER_ECONOMIC_MATTERS = 18


@frozen
class CoordinationCharterProvision:
    """What the förbundsordning says on one item of 9 §."""

    item: CoordinationCharterItem = described("The item of 9 § (1–18) the provision deals with.")
    status: ItemStatus = described(
        "Whether the item is stated in structured form, as text, or not.",
        default=ItemStatus.FREE_TEXT,
    )
    text: str = described("The provision's wording.", default="")


@frozen
class CoordinationCharter(Instrument):
    """*Förbundsordning* of a samordningsförbund (8–9 §§), fastställd by its members.

    ``provisions_recorded`` says that ``provisions`` records the whole content, so that an
    item not listed is absent; otherwise an item not listed is unrecorded and not judged.
    """

    provisions: tuple[CoordinationCharterProvision, ...] = described(
        "What the förbundsordning says on each of the 18 items of 9 §.", default=()
    )
    provisions_recorded: bool = described(
        "True when the provisions record the whole content, so that an item not listed is "
        "absent; otherwise an item not listed is unrecorded and not judged.",
        default=False,
    )
    seat: str | None = described("The förbund's seat (säte).", default=None)
    term_years: int | None = described(
        "The styrelse's term in years, where shorter than four (13 §).",
        default=None,
        validator=optional(ge(1)),
    )
    exit_notice_months: int | None = described(
        "The notice period for leaving (uppsägningstid), months (27 §).",
        default=None,
        validator=optional(ge(0)),
    )

    def provision(self, item: CoordinationCharterItem) -> CoordinationCharterProvision | None:
        """The provision on ``item``, if the förbundsordning has one."""
        return next((p for p in self.provisions if p.item is item), None)


@frozen
class FundingShare:
    """One member's contribution to the means of the financial coordination (5 §).

    ``percent`` is the share as the förbundsordning or budget states it; ``amount`` the
    contribution in SEK for ``year``. Either may be left out; both are exact.
    """

    member: Participant = described("The member that contributes.", validator=participant)
    percent: Decimal | None = described(
        "Its share of the means in per cent, exact.", default=None, validator=non_negative
    )
    amount: Decimal | None = described(
        "Its contribution in SEK, exact.", default=None, validator=non_negative
    )
    year: int | None = described("The year the amount is for.", default=None)


@frozen
class CoordinationAuditor:
    """A revisor of the samordningsförbund: who appoints it and for which members' account
    it audits (25 §)."""

    appointed_by: Participant = described(
        "The member that appoints the revisor (its fullmäktige, or Försäkringskassan).",
        validator=participant,
    )
    for_members: tuple[Participant, ...] = described(
        "The members for whose account the revisor audits; empty means only the appointing member.",
        default=(),
        validator=participants,
    )


@frozen
class CoordinationAudit:
    """The revisorer of a samordningsförbund (25 §).

    ``complete`` says that ``auditors`` lists every revisor, so that a member no revisor
    audits for has none; otherwise its revisor is unrecorded.
    """

    auditors: tuple[CoordinationAuditor, ...] = described("The revisorer.", default=())
    complete: bool = described(
        "True when the auditors list every revisor; otherwise a member without one listed is "
        "unrecorded.",
        default=False,
    )


@frozen
class CoordinationAssociation:
    """*Samordningsförbund* (lag (2003:1210) om finansiell samordning av
    rehabiliteringsinsatser 3–4 §§).

    ``board_seats_complete`` says that ``board_seats`` lists every seat of the styrelse, so
    that a member with none listed has none; ``board_totals`` records the styrelse's size
    where the seats are not known party by party.
    """

    name: str = described("The förbund's name (samordningsförbund).")
    members: tuple[Participant, ...] = described(
        "The members (samverkande parter): Försäkringskassan, Arbetsförmedlingen, regions and "
        "kommuner.",
        validator=participants,
    )
    orgnr: str | None = described(
        "The förbund's organisation number (organisationsnummer), if known.",
        default=None,
        validator=organisation_number,
    )
    charter: CoordinationCharter | None = described("The förbundsordning (8–9 §§).", default=None)
    funding: tuple[FundingShare, ...] = described(
        "The members' contributions to the means (5 §).", default=()
    )
    board_seats: tuple[Seat, ...] = described(
        "The seats in the styrelse (10 and 12 §§).", default=()
    )
    board_seats_complete: bool = described(
        "True when the board seats list every seat, so that a member with none listed has "
        "none; otherwise its seats are unrecorded.",
        default=False,
    )
    board_totals: OrganSeats | None = described(
        "The styrelse's seats counted as a whole, where the split per member is unknown.",
        default=None,
    )
    audit: CoordinationAudit | None = described(
        "The förbund's revisorer (25 §), where the document states them.", default=None
    )
    formed_on: date | None = described("The day the förbund was formed (8 §).", default=None)
    short_name: str | None = described("A short name or abbreviation.", default=None)
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )
