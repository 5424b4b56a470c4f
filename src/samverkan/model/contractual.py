"""Contractual cooperation (*avtalssamverkan*, KL 9 kap. 37–38 §§, from 2018-07-01).

A municipality or region agrees that another municipality or region performs one of its tasks
in whole or in part. Responsibility stays with the commissioning party; only performance moves.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from attrs import field, frozen

from samverkan.law import Citation
from samverkan.model.common import Adoption, Participant, Period, Task, described, non_negative
from samverkan.model.delegation import Delegation

__all__ = ["AnnualReport", "Compensation", "ContractualCooperation"]


@frozen
class Compensation:
    """What the commissioning parties pay, in SEK (exact)."""

    amount: Decimal = field(validator=non_negative)
    per_year: bool = True
    basis: str = ""


@frozen
class AnnualReport:
    """A styrelse's yearly report to fullmäktige on its avtalssamverkan (KL 9:38)."""

    party: Participant
    year: int
    reported_on: date | None = None


@frozen
class ContractualCooperation:
    """*Avtalssamverkan* (KL 9:37–38).

    ``legal_basis`` lists the provisions the parties rely on; empty means the general basis in
    KL 9:37. A special act can be named instead (for example 2009:47 3 kap. 2 § for
    sjuktransporter, or SkolL 23:3 for entreprenad in schools).
    ``annual_reports_complete`` says that ``annual_reports`` lists every report made, so that
    a year not listed was not reported; otherwise an unlisted year is unrecorded.
    """

    name: str
    commissioning: tuple[Participant, ...]
    performing: Participant
    tasks: tuple[Task, ...]
    concluded_on: date | None = None
    period: Period | None = None
    compensation: Compensation | None = None
    delegations: tuple[Delegation, ...] = ()
    legal_basis: tuple[Citation, ...] = ()
    adoptions: tuple[Adoption, ...] = ()
    annual_reports: tuple[AnnualReport, ...] = ()
    annual_reports_complete: bool = False
    primary_school_cooperation: bool | None = described(
        "Whether the parties present the agreement as their primärt samverkansavtal on "
        "gymnasieskola and komvux (SkolL 2:2 a); left out when it is not one.",
        default=None,
    )
