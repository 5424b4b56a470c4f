"""Whether a förbund with förbundsfullmäktige records its förbundsstyrelse (*förbundsstyrelse*),
as the older acts' rules ask it: kommunalförbundslagen (1985:894) 1 kap. 4 § and kommunallagen
(1991:900) 3 kap. 25 §.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.model import AssemblyForm, LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding

__all__ = ["missing_board"]


_ABSENT = N_("Förbundet har fullmäktige men ingen förbundsstyrelse anges.")
_UNRECORDED = N_("Förbundsstyrelsens platser anges inte; styrelsen har inte prövats.")


def missing_board(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A finding when a förbund with förbundsfullmäktige lists no styrelse seat: that none is
    recorded where the seats are declared complete (the styrelse may still be recorded
    elsewhere, so the rules using this warn), that the styrelse is not recorded otherwise;
    nothing for a förbund with a förbundsdirektion or with styrelse seats."""
    if federation.assembly is not AssemblyForm.FULLMAKTIGE or federation.board_seats:
        return
    if federation.seats_complete:
        yield ctx.finding(_ABSENT, path="$.board_seats")
    else:
        yield ctx.not_recorded(_UNRECORDED, path="$.board_seats")
