"""What supports a collaboration structure: administrative support such as coordinators and
how its costs are shared (*kostnadsfördelning*), and the reviews (*uppföljning*, *översyn*)
the parties agree on.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from samverkan._frozen import frozen
from samverkan.model.common import Participant, described, non_negative
from samverkan.money import exact_sum

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

__all__ = ["AdministrativeSupport", "CostShare", "FollowUp"]


@frozen
class CostShare:
    """One line of a cost-sharing key (*kostnadsfördelning*): ``percent`` of the costs, borne
    by ``payers`` (``label`` names them as the agreement does, e.g. "kommunerna").

    ``percent`` is an exact :class:`~decimal.Decimal` (``Decimal("50")`` for 50 %).
    """

    payers: tuple[Participant, ...] = described("The parties bearing this share.")
    percent: Decimal = described(
        "The share of the costs in per cent, exact.",
        validator=non_negative,
    )
    label: str = described(
        "How the agreement names the payers, e.g. 'kommunerna'.",
        default="",
    )


@frozen
class AdministrativeSupport:
    """*Administrativt stöd*, such as a *koordinatorsfunktion*.

    ``fte`` is the number of full-time equivalents (*årsarbetare*, exact), ``employer`` the
    principal that employs the staff (*organisatorisk placering*), ``supports`` the ids of the
    bodies served (empty: the whole structure) and ``cost_key`` how the costs are shared.
    """

    name: str = described("The support function's name (e.g. koordinatorsfunktion).")
    fte: Decimal | None = described(
        "Full-time equivalents (årsarbetare), exact.",
        default=None,
        validator=non_negative,
    )
    employer: Participant | None = described(
        "The principal that employs the staff (organisatorisk placering).",
        default=None,
    )
    supports: tuple[str, ...] = described(
        "The ids of the bodies served; empty: all of them.",
        default=(),
    )
    cost_key: tuple[CostShare, ...] = described(
        "How the costs are shared (kostnadsfördelning).",
        default=(),
    )

    @property
    def cost_key_total(self) -> Decimal:
        """The sum of the cost key's percentages."""
        return exact_sum(share.percent for share in self.cost_key)


@frozen
class FollowUp:
    """*Uppföljning* or *översyn*: a review of the structure, ordered or agreed.

    ``proposed_by`` and ``ordered_by`` are body ids; ``assigned_to`` names who carries it out.
    """

    what: str = described("What is to be reviewed (uppföljning, översyn).")
    due: date | None = described(
        "The day the review is due.",
        default=None,
    )
    proposed_by: str | None = described(
        "The id of the body that proposed it.",
        default=None,
    )
    ordered_by: str | None = described(
        "The id of the body that ordered it.",
        default=None,
    )
    ordered_on: date | None = described(
        "The day it was ordered.",
        default=None,
    )
    assigned_to: tuple[str, ...] = described(
        "Who carries it out.",
        default=(),
    )
    done_on: date | None = described(
        "The day it was done.",
        default=None,
    )
    note: str = described(
        "Free-text notes.",
        default="",
    )

    @classmethod
    def within(cls, what: str, start: date, delta: relativedelta, **kwargs: Any) -> FollowUp:
        """A follow-up due ``delta`` after ``start`` ("uppföljning inom tre år").

        >>> from dateutil.relativedelta import relativedelta
        >>> FollowUp.within("Uppföljning", date(2020, 9, 1), relativedelta(years=3)).due
        datetime.date(2023, 9, 1)
        """
        return cls(what, start + delta, **kwargs)

    def overdue(self, on: date) -> bool:
        """Whether the follow-up is due before ``on`` and not done."""
        return self.due is not None and self.done_on is None and self.due < on
