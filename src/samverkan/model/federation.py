"""The local federation (*kommunalförbund*, KL 3:8 and 9 kap. 1–18 §§).

A separate public-law legal person formed by municipalities and/or regions. Its decision-making
assembly is either a *förbundsfullmäktige* (which appoints a separate förbundsstyrelse) or a
*förbundsdirektion* (which is also the styrelse), KL 9:3 and 9:5. Its founding instrument, the
*förbundsordning*, must state 18 things (KL 9:6).
"""

from __future__ import annotations

import enum
from datetime import date

from attrs.validators import ge, optional

from samverkan._frozen import frozen
from samverkan.model.common import (
    Instrument,
    Participant,
    Period,
    Task,
    described,
    participants,
)
from samverkan.model.history import History
from samverkan.model.provenance import Source, organisation_number
from samverkan.model.school import PrimaryCooperationScope
from samverkan.model.seats import OrganSeats, Seat

__all__ = [
    "AssemblyElection",
    "AssemblyForm",
    "AuditorElection",
    "BudgetMeeting",
    "Charter",
    "CharterItem",
    "CharterProvision",
    "FederationAudit",
    "FederationPurpose",
    "ItemStatus",
    "LocalFederation",
]


class AssemblyForm(enum.Enum):
    """The two forms of decision-making assembly (KL 9:3 1 st.)."""

    FULLMAKTIGE = "förbundsfullmäktige"
    DIREKTION = "förbundsdirektion"


class CharterItem(enum.IntEnum):
    """The 18 items a förbundsordning must state (KL 9:6 p. 1–18), numbered as in the act."""

    NAME_SEAT_MEMBERS_PURPOSE = 1
    ORGANISATION = 2
    ASSEMBLY_COMPOSITION = 3
    AUDITORS = 4
    DIREKTION_AUDITOR_APPOINTMENT = 5
    RIGHT_TO_RAISE_MATTERS = 6
    QUALIFIED_MAJORITY = 7
    MEMBER_REPRESENTATIVES_IN_ASSEMBLY = 8
    ATTENDANCE_IN_BOARD_AND_COMMITTEES = 9
    NOTICE_BOARD_WEBSITE = 10
    SHARES_AND_COST_DIVISION = 11
    STEERING_AND_INSIGHT = 12
    BUDGET_PROCESS = 13
    PUBLIC_QUESTIONS_ON_ANNUAL_REPORT = 14
    EXIT_PROCEDURE = 15
    LIQUIDATION_AND_DISSOLUTION = 16
    DISPUTES = 17
    FINANCIAL_BENEFITS = 18


class ItemStatus(enum.Enum):
    """How a förbundsordning deals with one of the 18 items."""

    #: Stated, with the structured facts samverkan knows how to read.
    PRESENT = "present"
    #: Stated only as free text.
    FREE_TEXT = "free text"
    #: Not stated.
    ABSENT = "absent"


@frozen
class CharterProvision:
    """What the förbundsordning says on one item of KL 9:6."""

    item: CharterItem = described("The item of KL 9:6 (1–18) the provision deals with.")
    status: ItemStatus = described(
        "Whether the item is stated in structured form, as text, or not.",
        default=ItemStatus.FREE_TEXT,
    )
    text: str = described(
        "The provision's wording.",
        default="",
    )


class FederationPurpose(enum.Enum):
    """A statutory purpose that brings special rules (KL 9:2 3 st.)."""

    GENERAL = "allmän"
    #: Regional kollektivtrafikmyndighet, lag (2010:1065) 2 kap. 2 §.
    PUBLIC_TRANSPORT_AUTHORITY = "regional kollektivtrafikmyndighet"
    #: Samverkansorgan for regional development, lag (2002:34) 2 § (until 2018-12-31).
    SAMVERKANSORGAN = "samverkansorgan"


@frozen
class Charter(Instrument):
    """*Förbundsordning* (KL 9:1, 9:6).

    ``term_years`` is the assembly's term where shorter than four years (KL 9:4);
    ``exit_notice_months`` the notice period for leaving (KL 9:18; the act's default is three
    years). ``seat`` is the federation's *säte*. ``provisions_recorded`` says that
    ``provisions`` records the charter's whole content, so that an item not listed is absent;
    otherwise an item not listed is unrecorded and not judged.
    """

    provisions: tuple[CharterProvision, ...] = described(
        "What the charter says on each of the 18 items of KL 9:6.",
        default=(),
    )
    provisions_recorded: bool = described(
        "True when the provisions record the charter's whole content, so that an item not "
        "listed is absent; otherwise an item not listed is unrecorded and not judged.",
        default=False,
    )
    seat: str | None = described(
        "The federation's seat (säte).",
        default=None,
    )
    purpose: str | None = described(
        "The federation's purpose (ändamål) as the charter states it.",
        default=None,
    )
    term_years: int | None = described(
        "The assembly's term in years, where shorter than four.",
        default=None,
        validator=optional(ge(1)),
    )
    exit_notice_months: int | None = described(
        "The notice period for leaving (uppsägningstid), months.",
        default=None,
    )
    formation_date: date | None = described(
        "The day the federation is formed, as the charter states.",
        default=None,
    )

    def provision(self, item: CharterItem) -> CharterProvision | None:
        """The provision on ``item``, if the charter has one."""
        return next((p for p in self.provisions if p.item is item), None)


@frozen
class AssemblyElection:
    """A member's election of its ledamöter and ersättare to the assembly (KL 9:3 2 st., 9:8)."""

    party: Participant = described("The member whose fullmäktige holds the election.")
    proportional_demanded: bool | None = described(
        "Whether a proportional election was demanded under the conditions of lag (2022:629) "
        "om proportionella val i kommuner och regioner; unrecorded when left out.",
        default=None,
    )
    held_proportionally: bool | None = described(
        "Whether the election was held proportionally; unrecorded when left out.",
        default=None,
    )


@frozen
class BudgetMeeting:
    """How a förbund with förbundsdirektion holds the meeting that adopts its budget (KL 9:10)."""

    public: bool | None = described(
        "Whether the meeting is open to the public; unrecorded when left out.", default=None
    )
    notice_days: int | None = described(
        "How many days before the meeting it is announced on the förbund's anslagstavla; "
        "unrecorded when left out.",
        default=None,
        validator=optional(ge(0)),
    )


class AuditorElection(enum.Enum):
    """The organ that elects a förbund's revisorer (KL 9:12 2 st.)."""

    #: The förbund's own beslutande församling (förbundsfullmäktige or förbundsdirektion).
    ASSEMBLY = "den beslutande församlingen"
    #: The members' fullmäktige.
    MEMBERS = "förbundsmedlemmarnas fullmäktige"
    #: Another organ.
    OTHER = "annat organ"


@frozen
class FederationAudit:
    """How a förbundsordning or proposal arranges the förbund's audit and discharge.

    Mirrors :class:`~samverkan.model.AuditArrangement` of a joint committee; leave it out when
    the proposal simply follows the law (KL 9:12–15).
    """

    auditors_elected_by: AuditorElection | None = described(
        "The organ that elects the förbund's revisorer (KL 9:12 2 st.); unrecorded when left out.",
        default=None,
    )
    reported_to: tuple[Participant, ...] = described(
        "The members whose fullmäktige receive the revisionsberättelse (KL 9:13).", default=()
    )
    discharging_parties: tuple[Participant, ...] = described(
        "The members whose fullmäktige decide on ansvarsfrihet and anmärkning (KL 9:13).",
        default=(),
    )
    assembly_discharges: bool | None = described(
        "Whether the förbund's own beslutande församling decides on its ansvarsfrihet; "
        "unrecorded when left out.",
        default=None,
    )


@frozen
class LocalFederation:
    """*Kommunalförbund* (KL 3:8; 9 kap. 1–18 §§).

    ``seats_complete`` says that ``seats`` lists every seat of the assembly, so that a member
    with no seat listed has none; otherwise its seats are unrecorded.
    """

    name: str = described("The federation's name (kommunalförbund).")
    members: tuple[Participant, ...] = described(
        "The member municipalities and regions (förbundsmedlemmar).",
        validator=participants,
    )
    assembly: AssemblyForm = described(
        "The form of the decision-making assembly: förbundsfullmäktige or förbundsdirektion."
    )
    seats: tuple[Seat, ...] = described(
        "The seats in the decision-making assembly.",
        default=(),
    )
    board_seats: tuple[Seat, ...] = described(
        "The seats in the förbundsstyrelse, where the assembly is a förbundsfullmäktige.",
        default=(),
    )
    seats_complete: bool = described(
        "True when the seats list every seat of the assembly, so that a member with none "
        "listed has none; otherwise its seats are unrecorded.",
        default=False,
    )
    charter: Charter | None = described(
        "The founding charter (förbundsordning).",
        default=None,
    )
    tasks: tuple[Task, ...] = described(
        "The tasks the members hand to the federation.",
        default=(),
    )
    purpose: FederationPurpose = described(
        "A statutory purpose that brings special rules.",
        default=FederationPurpose.GENERAL,
    )
    formed_on: date | None = described(
        "The day the federation was formed (bildades).",
        default=None,
    )
    owned_companies: tuple[str, ...] = described(
        "The names of companies the federation owns.",
        default=(),
    )
    short_name: str | None = described(
        "A short name or abbreviation.",
        default=None,
    )
    history: History | None = described(
        "What changed over time: members, charter versions, assembly form, terms; check "
        "resolves the federation as it stood on the date checked.",
        default=None,
    )
    elections: tuple[AssemblyElection, ...] = described(
        "The members' elections to the assembly, where proportional election is at issue (KL 9:8).",
        default=(),
    )
    budget_meeting: BudgetMeeting | None = described(
        "How the direktion's budget meeting is held (KL 9:10), where the document states it.",
        default=None,
    )
    audit: FederationAudit | None = described(
        "How the förbund's audit and discharge are arranged (KL 9:12–15), where the "
        "förbundsordning or proposal states it; left out when it follows the law.",
        default=None,
    )
    arranges_referendum: bool | None = described(
        "Whether the document has the förbund arrange a folkomröstning (KL 9:16); left out when "
        "it says nothing.",
        default=None,
    )
    uses_member_election_board: bool | None = described(
        "Whether the document has the förbund use a member kommun's valnämnd (KL 9:16); left "
        "out when it says nothing.",
        default=None,
    )
    overseen_by: tuple[Participant, ...] = described(
        "The members whose styrelse the förbundsordning or proposal gives uppsikt over the "
        "förbund (KL 6:1 2 st.); left out when it follows the law.",
        default=(),
    )
    limits_member_liability: bool | None = described(
        "Whether the förbundsordning or proposal limits or excludes the members' duty to make "
        "good a shortfall when the förbund cannot pay a debt (KL 9:11); left out when it says "
        "nothing.",
        default=None,
    )
    primary_school_cooperation: bool | None = described(
        "Whether the members present the förbund as their primärt samverkansavtal on "
        "gymnasieskola and komvux, cooperation 'på annan liknande grund' (SkolL 2:2 a); left "
        "out when it is not one.",
        default=None,
    )
    primary_school_scope: frozenset[PrimaryCooperationScope] | None = described(
        "What the primärt samverkansavtal covers of planering, dimensionering and erbjudande "
        "av utbildning (SkolL 2:2 b), where the document states it; unrecorded when left out.",
        default=None,
    )
    orgnr: str | None = described(
        "The förbund's organisation number (organisationsnummer), if known.",
        default=None,
        validator=organisation_number,
    )
    seat_totals: OrganSeats | None = described(
        "The assembly's seats counted as a whole, where the split per member is unknown.",
        default=None,
    )
    board_totals: OrganSeats | None = described(
        "The förbundsstyrelse's seats counted as a whole, where the split per member is unknown.",
        default=None,
    )
    regional_development: Period | None = described(
        "The period the förbund was the county's samverkansorgan with the regional development "
        "duty (lag 2002:34; lag 2010:630 before 2019), where it was one.",
        default=None,
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )
