"""The joint committee (*gemensam nämnd*, KL 9 kap. 19–36 §§).

A nämnd shared by municipalities and/or regions, set up in one party's organisation (the host,
in practice *värdkommun* or *värdregion*) and not a legal person of its own. Two special forms
share the model: the joint committee for care and welfare under lag (2003:192), and the joint
guardianship committee (*gemensam överförmyndarnämnd*) under FB 19:16.
"""

from __future__ import annotations

import enum

from samverkan._frozen import frozen
from samverkan.model.common import (
    Instrument,
    Participant,
    Task,
    described,
    participant,
    participants,
)
from samverkan.model.delegation import Delegation
from samverkan.model.history import History
from samverkan.model.provenance import Source
from samverkan.model.seats import OrganSeats, Seat

__all__ = [
    "AuditArrangement",
    "CommitteeBudget",
    "JointCommittee",
    "JointCommitteeBasis",
    "RemunerationPayer",
]


class JointCommitteeBasis(enum.Enum):
    """The act a joint committee is formed under."""

    #: KL 9 kap. 19 §: any nämnd task (3 kap. 4 §) may be made joint.
    KL = "KL 9:19"
    #: Lag (2003:192): a region and municipalities within it, care and welfare tasks of both.
    CARE_AND_WELFARE = "2003:192"
    #: FB 19:16: a joint överförmyndarnämnd of municipalities.
    GUARDIANSHIP = "FB 19:16"


@frozen
class AuditArrangement:
    """Who audits the committee and who decides on discharge, where a proposal states it.

    By law every party's revisorer audit the committee (KL 9:34) and every party's fullmäktige
    decides on discharge (KL 9:35); leave this out when the proposal simply follows the law.
    """

    auditing_parties: tuple[Participant, ...] = described(
        "The parties whose revisorer audit the committee.",
        default=(),
    )
    discharging_parties: tuple[Participant, ...] = described(
        "The parties whose fullmäktige decide on discharge (ansvarsfrihet).",
        default=(),
    )


class RemunerationPayer(enum.Enum):
    """Who pays the förtroendevalda of a joint committee, as the agreement states (KL 9:25)."""

    #: Each party pays the members it elected.
    ELECTING_PARTY = "den part som har valt dem"
    #: The host pays every member.
    HOST = "värdparten"


@frozen
class CommitteeBudget:
    """How the agreement arranges the committee's budget and the members' pay (KL 9:25–26)."""

    drawn_up_by: Participant | None = described(
        "The party that draws up the committee's budget (KL 9:26); unrecorded when left out.",
        default=None,
    )
    after_consultation: bool | None = described(
        "Whether the budget is drawn up after samråd with the other parties (KL 9:26); "
        "unrecorded when left out.",
        default=None,
    )
    members_paid_by: RemunerationPayer | None = described(
        "Who pays the förtroendevalda in the committee (KL 9:25); unrecorded when left out.",
        default=None,
    )


@frozen
class JointCommittee:
    """*Gemensam nämnd* (KL 9:19–36; lag 2003:192; FB 19:16).

    ``agreement`` is the *överenskommelse* that must set out the tasks (KL 9:22);
    ``standing_rules`` the *reglemente* each party's fullmäktige adopts (KL 9:33).
    ``seats_complete`` says that ``seats`` lists every seat of the committee, so that a party
    with no seat listed has none; otherwise its seats are unrecorded.
    """

    name: str = described("The committee's name (gemensam nämnd).")
    parties: tuple[Participant, ...] = described(
        "The cooperating municipalities and regions.", validator=participants
    )
    host: Participant = described(
        "The party in whose organisation the committee sits (värdkommun or värdregion).",
        validator=participant,
    )
    tasks: tuple[Task, ...] = described(
        "The tasks the parties hand to the committee.",
        default=(),
    )
    basis: JointCommitteeBasis = described(
        "The act the committee is formed under.",
        default=JointCommitteeBasis.KL,
    )
    agreement: Instrument | None = described(
        "The agreement (överenskommelse) setting out the tasks.",
        default=None,
    )
    standing_rules: Instrument | None = described(
        "The standing rules (reglemente) each party adopts.",
        default=None,
    )
    seats: tuple[Seat, ...] = described(
        "The members (ledamöter) and substitutes (ersättare).",
        default=(),
    )
    delegations: tuple[Delegation, ...] = described(
        "The committee's delegations of decision-making.",
        default=(),
    )
    seats_complete: bool = described(
        "True when the seats list every seat, so that a party with none listed has none; "
        "otherwise its seats are unrecorded.",
        default=False,
    )
    established_year: int | None = described(
        "The year the committee was formed.",
        default=None,
    )
    audit: AuditArrangement | None = described(
        "Who audits and who decides on discharge, where stated.",
        default=None,
    )
    short_name: str | None = described(
        "A short name or abbreviation.",
        default=None,
    )
    notes: str = described(
        "Free-text notes.",
        default="",
    )
    history: History | None = described(
        "What changed over time: members, instrument versions, host, terms; check resolves the "
        "committee as it stood on the date checked.",
        default=None,
    )
    minutes_announced_on: tuple[Participant, ...] = described(
        "The parties on whose anslagstavla the reglemente or agreement has the justering of the "
        "committee's minutes announced (KL 9:32); left out when it follows the law.",
        default=(),
    )
    budget: CommitteeBudget | None = described(
        "How the budget and the members' pay are arranged (KL 9:25–26); unrecorded when left out.",
        default=None,
    )
    information_to: tuple[Participant, ...] = described(
        "The parties whose fullmäktige the reglemente or agreement lets request information from "
        "the committee (KL 9:27); left out when it follows the law.",
        default=(),
    )
    interpellations_from: tuple[Participant, ...] = described(
        "The parties whose fullmäktige members the reglemente or agreement lets put "
        "interpellationer and frågor to the committee's chair (KL 9:29); left out when it "
        "follows the law.",
        default=(),
    )
    overseen_by: tuple[Participant, ...] = described(
        "The parties whose styrelse the reglemente or agreement gives uppsikt over the "
        "committee (KL 6:1 1 st.); left out when it follows the law.",
        default=(),
    )
    staff_representatives_from: tuple[Participant, ...] = described(
        "The parties whose employees' representatives (personalföreträdare) the reglemente or "
        "agreement lets attend the committee's meetings (KL 9:28); left out when it follows "
        "the law.",
        default=(),
    )
    seat_totals: OrganSeats | None = described(
        "The committee's seats counted as a whole, where the split per party is unknown.",
        default=None,
    )
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )
