"""Contractual cooperation (*avtalssamverkan*, KL 9 kap. 37–38 §§, from 2018-07-01).

A municipality or region agrees that another municipality or region performs one of its tasks
in whole or in part. Responsibility stays with the commissioning party; only performance moves.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from samverkan._frozen import frozen
from samverkan.law import Citation
from samverkan.model.common import (
    Adoption,
    Participant,
    Period,
    Task,
    described,
    non_negative,
    participant,
    participants,
)
from samverkan.model.delegation import Delegation
from samverkan.model.provenance import Source
from samverkan.model.school import PrimaryCooperationScope

__all__ = ["AnnualReport", "Compensation", "ContractualCooperation"]


@frozen
class Compensation:
    """What the commissioning parties pay, in SEK (exact)."""

    amount: Decimal = described(
        "The amount in SEK, exact (ersättning).",
        validator=non_negative,
    )
    per_year: bool = described(
        "Whether the amount is per year (true) or once (false).",
        default=True,
    )
    basis: str = described(
        "How the amount is calculated, in words.",
        default="",
    )


@frozen
class AnnualReport:
    """A styrelse's yearly report to fullmäktige on its avtalssamverkan (KL 9:38)."""

    party: Participant = described("The party whose styrelse reports.")
    year: int = described("The year reported on.")
    reported_on: date | None = described(
        "The day the report reached fullmäktige.",
        default=None,
    )


@frozen
class ContractualCooperation:
    """*Avtalssamverkan* (KL 9:37–38).

    ``legal_basis`` lists the provisions the parties rely on; empty means the general basis in
    KL 9:37. A special act can be named instead (for example 2009:47 3 kap. 2 § for
    sjuktransporter, or SkolL 23:3 for entreprenad in schools).
    ``annual_reports_complete`` says that ``annual_reports`` lists every report made, so that
    a year not listed was not reported; otherwise an unlisted year is unrecorded.
    """

    name: str = described("The name of the agreement (avtalssamverkan).")
    commissioning: tuple[Participant, ...] = described(
        "The parties whose tasks are performed (the commissioning parties).",
        validator=participants,
    )
    performing: Participant = described(
        "The party that performs the tasks (utförare).", validator=participant
    )
    tasks: tuple[Task, ...] = described("The tasks performed, in whole or in part.")
    concluded_on: date | None = described(
        "The day the agreement was concluded.",
        default=None,
    )
    period: Period | None = described(
        "The period the agreement runs (avtalstid).",
        default=None,
    )
    compensation: Compensation | None = described(
        "What the commissioning parties pay (ersättning).",
        default=None,
    )
    delegations: tuple[Delegation, ...] = described(
        "Delegations to the performing party's employees (KL 9:37 2 st.).",
        default=(),
    )
    legal_basis: tuple[Citation, ...] = described(
        "The provisions relied on; empty means the general basis in KL 9:37.",
        default=(),
    )
    adoptions: tuple[Adoption, ...] = described(
        "The parties' decisions to enter the agreement.",
        default=(),
    )
    annual_reports: tuple[AnnualReport, ...] = described(
        "The styrelse's yearly reports to fullmäktige (KL 9:38).",
        default=(),
    )
    annual_reports_complete: bool = described(
        "True when the annual reports list every report made, so that a year not listed was "
        "not reported; otherwise it is unrecorded.",
        default=False,
    )
    primary_school_cooperation: bool | None = described(
        "Whether the parties present the agreement as their primärt samverkansavtal on "
        "gymnasieskola and komvux (SkolL 2:2 a); left out when it is not one.",
        default=None,
    )
    primary_school_scope: frozenset[PrimaryCooperationScope] | None = described(
        "What the primärt samverkansavtal covers of planering, dimensionering and erbjudande "
        "av utbildning (SkolL 2:2 b), where the document states it; unrecorded when left out.",
        default=None,
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )
