"""Kommunallagen (2017:725) 9 kap. 18 §: a member's exit from a local federation
(*utträde ur kommunalförbund*) at a notice of at most three years.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    LocalFederation,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

#: The longest notice period for leaving a förbund, in months (KL 9:18: three years).
MAX_EXIT_NOTICE_MONTHS = 36


@rule(
    "KL-9-18-exit",
    applies_to=LocalFederation,
    cites=("KL 9:18",),
    valid_from=KL_2017,
)
def exit_notice_at_most_three_years(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A member may leave the förbund at a notice of at most three years.

    Every member has the right to leave the förbund. The notice period is three years unless
    the förbundsordning sets a shorter one (KL 9:18); a longer recorded notice is reported.
    When the charter records no notice period the act's three years apply and nothing is
    reported.

    Does not check: the exit procedure itself (KL 9:6 p. 15), liquidation and dissolution
    (p. 16, not otherwise regulated in KL), nor the division of assets on exit.
    """
    charter = federation.charter
    if charter is None or charter.exit_notice_months is None:
        return
    months = charter.exit_notice_months
    if months > MAX_EXIT_NOTICE_MONTHS:
        yield ctx.finding(
            N_(
                "Förbundsordningen anger {months} månaders uppsägningstid för utträde; "
                "uppsägningstiden får vara högst tre år (36 månader)."
            ),
            fix=N_("Ange en uppsägningstid på högst 36 månader."),
            path="$.charter.exit_notice_months",
            months=months,
        )
