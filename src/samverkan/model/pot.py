"""A shared fund pot (*gemensam pott*) owned jointly by a region and its municipalities.

Money goes in as contributions (*tillskott*), possibly earmarked (*öronmärkta*, e.g. for
"social välfärd") and with a provenance (*härkomst*, e.g. "primärkommunal"). Money goes out
after an application (*ansökan*), a proposal (*förslag*) by a body without a mandate and a
decision (*beslut*) by the body whose mandate covers the pot, and then a payment
(*utbetalning*). Amounts are exact :class:`~decimal.Decimal` kronor.

>>> from samverkan.model.structure import BodyKind, CooperationBody, Level, Mandate
>>> run = CooperationBody(
...     "RUN", "Regionala utvecklingsnämnden", Level.POLITICAL, BodyKind.DECISION_MAKING,
...     mandate=Mandate(("användning av medel ur den gemensamma potten",)),
... )
>>> pot = Pot(
...     "Gemensam pott", decider=run,
...     contributions=(
...         Contribution("Eget kapital", Decimal("1000"), date(2015, 1, 1)),
...         Contribution("Tillskott", Decimal("400"), date(2018, 12, 31), earmark="social välfärd"),
...     ),
...     decisions=(Decision("RUN/1/2019", "RUN", date(2019, 10, 1), Decimal("300"),
...                         earmark="social välfärd"),),
... )
>>> pot.balance(date(2019, 12, 31)), pot.balance(date(2019, 12, 31), "social välfärd")
(Decimal('1100'), Decimal('100'))
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from samverkan._frozen import frozen
from samverkan.model.common import Participant, described, non_negative
from samverkan.model.provenance import Source
from samverkan.model.structure import CooperationBody
from samverkan.money import exact_difference, exact_sum

__all__ = [
    "Application",
    "Contribution",
    "Decision",
    "Payment",
    "Pot",
    "PotOrigin",
    "Proposal",
]


@frozen
class PotOrigin:
    """How the pot came about: ``description`` of the money first placed in it, the
    ``founders`` who decided so, and the ``year`` (or exact ``on`` date) of that decision.
    """

    description: str = described("The money first placed in the pot.")
    founders: tuple[Participant, ...] = described(
        "The parties who decided to create it.",
        default=(),
    )
    year: int | None = described(
        "The year of that decision.",
        default=None,
    )
    on: date | None = described(
        "The exact day of that decision, if known.",
        default=None,
    )


@frozen
class Contribution:
    """*Tillskott*: money placed in the pot by ``source`` on ``on``.

    ``earmark`` names what the money may be used for (``None``: the general pot);
    ``provenance`` where it comes from (*härkomst*, e.g. "primärkommunal").
    """

    source: str = described("Who or what the money comes from.")
    amount: Decimal = described(
        "The amount in SEK, exact.",
        validator=non_negative,
    )
    on: date = described("The day the money was placed in the pot.")
    earmark: str | None = described(
        "What the money may be used for (öronmärkning); absent: general.",
        default=None,
    )
    provenance: str | None = described(
        "Where the money comes from (härkomst), e.g. 'primärkommunal'.",
        default=None,
    )
    note: str = described(
        "Free-text notes.",
        default="",
    )


@frozen
class Application:
    """*Ansökan* about money from the pot, registered under ``case_number``
    (*diarienummer*, e.g. ``"RUN/189/2019"``).

    ``received`` is the day the application came in where known; ``applicant_decided_on``
    the day the applicant's own organ decided to apply; ``earmark`` the funds it asks to
    draw on.
    """

    applicant: str = described("Who applies (sökande).")
    amount: Decimal = described(
        "The amount applied for in SEK, exact.",
        validator=non_negative,
    )
    purpose: str = described("What the money is for.")
    case_number: str = described("The case number (diarienummer), e.g. 'RUN/189/2019'.")
    received: date | None = described(
        "The day the application came in.",
        default=None,
    )
    applicant_decided_on: date | None = described(
        "The day the applicant's own organ decided to apply.",
        default=None,
    )
    earmark: str | None = described(
        "The earmarked funds it asks to draw on.",
        default=None,
    )


@frozen
class Proposal:
    """*Förslag till beslut*: body ``by`` (an id) proposes granting ``amount`` in a case.

    A proposal grants nothing; only a :class:`Decision` by the mandated body does.
    """

    case_number: str = described("The case number (diarienummer).")
    by: str = described("The id of the proposing body.")
    on: date = described("The day of the proposal.")
    amount: Decimal = described(
        "The amount proposed in SEK, exact.",
        validator=non_negative,
    )


@frozen
class Decision:
    """*Beslut*: body ``by`` (an id) grants ``granted`` kronor in a case (zero: rejected).

    ``earmark`` names the earmarked funds the grant draws on, ``None`` the general pot.
    """

    case_number: str = described("The case number (diarienummer).")
    by: str = described("The id of the deciding body.")
    on: date = described("The day of the decision.")
    granted: Decimal = described(
        "The amount granted in SEK, exact; zero means rejected.",
        validator=non_negative,
    )
    earmark: str | None = described(
        "The earmarked funds the grant draws on; absent: the general pot.",
        default=None,
    )
    reference: str | None = described(
        "How the decision is cited (e.g. a minute paragraph).",
        default=None,
    )


@frozen
class Payment:
    """*Utbetalning* of ``amount`` in a case on ``on``."""

    case_number: str = described("The case number (diarienummer).")
    amount: Decimal = described(
        "The amount paid in SEK, exact (utbetalning).",
        validator=non_negative,
    )
    on: date = described("The day of payment.")


@frozen
class Pot:
    """*Gemensam pott*: a fund the parties placed under one body's decisions.

    ``decider`` is the body that decides on the use of the money (its mandate should cover
    ``matter``); ``proposer`` the body that prepares and proposes, if any. Grants count
    against the balance from the day they are decided, payments only move the money out.
    """

    name: str = described("The pot's name (gemensam pott).")
    decider: CooperationBody = described("The body that decides on the use of the money.")
    proposer: CooperationBody | None = described(
        "The body that prepares and proposes (bereder), if any.",
        default=None,
    )
    matter: str = described(
        "The matter the decider's mandate must cover.",
        default="användning av medel ur den gemensamma potten",
    )
    origin: PotOrigin | None = described(
        "How the pot came about.",
        default=None,
    )
    contributions: tuple[Contribution, ...] = described(
        "Money placed in the pot (tillskott).",
        default=(),
    )
    applications: tuple[Application, ...] = described(
        "Applications for money (ansökningar).",
        default=(),
    )
    proposals: tuple[Proposal, ...] = described(
        "Proposals to grant money (förslag till beslut).",
        default=(),
    )
    decisions: tuple[Decision, ...] = described(
        "Decisions granting money (beslut).",
        default=(),
    )
    payments: tuple[Payment, ...] = described(
        "Payments out of the pot (utbetalningar).",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    def contributed(self, on: date, earmark: str | None = None) -> Decimal:
        """The money contributed up to and including ``on``: to the whole pot, or to one
        ``earmark``.
        """
        return exact_sum(
            c.amount
            for c in self.contributions
            if c.on <= on and (earmark is None or c.earmark == earmark)
        )

    def granted(self, on: date, earmark: str | None = None) -> Decimal:
        """The money granted by decisions up to and including ``on``: from the whole pot, or
        from one ``earmark``'s funds.
        """
        return exact_sum(
            d.granted
            for d in self.decisions
            if d.on <= on and (earmark is None or d.earmark == earmark)
        )

    def balance(self, on: date, earmark: str | None = None) -> Decimal:
        """What remains to be granted at the end of ``on``: of the whole pot, or of one
        ``earmark``'s funds.
        """
        return exact_difference(self.contributed(on, earmark), self.granted(on, earmark))

    def paid(self, on: date) -> Decimal:
        """The money paid out up to and including ``on``."""
        return exact_sum(p.amount for p in self.payments if p.on <= on)

    def earmarks(self) -> tuple[str, ...]:
        """The earmarks of the contributions, in order of first appearance."""
        return tuple(dict.fromkeys(c.earmark for c in self.contributions if c.earmark))

    def application(self, case_number: str) -> Application | None:
        """The application registered under ``case_number``, or ``None``."""
        for item in self.applications:
            if item.case_number == case_number:
                return item
        return None
