"""What the rules of kommunallagen (1991:900) share: whether a federation may still have been
governed by kommunalförbundslagen (1985:894), the note saying so, and the parties'
representation in the 1991 act's words.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_
from samverkan.law.dates import (
    KFL_1985_TRANSITION_END,
    KL_1991_FEDERATION,
)
from samverkan.model import LocalFederation, Participant, Seat
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.representation import Gap, OrganRepresentation

__all__ = ["may_keep_1985_rules", "representation_findings", "transition_note"]


def may_keep_1985_rules(federation: LocalFederation, on: date) -> bool:
    """Whether a federation may still have been governed by kommunalförbundslagen (1985:894)
    on ``on``: formed before 1998 (or formation not recorded) and ``on`` not after 2002-12-31
    (the transitional provisions of SFS 1997:550, prop. 1996/97:105)."""
    if on > KFL_1985_TRANSITION_END:
        return False
    return federation.formed_on is None or federation.formed_on < KL_1991_FEDERATION


def transition_note(federation: LocalFederation, ctx: RuleContext) -> Finding:
    return ctx.not_judged(
        N_(
            "Förbundet kan den {on} ha lytt under kommunalförbundslagen (1985:894): ett förbund "
            "som bildats före 1998 fick behålla de äldre reglerna till och med 2002-12-31, och "
            "bildandet anges före 1998 eller inte alls. Regeln har inte prövats."
        ),
        path="$.formed_on",
        on=ctx.as_of,
    )


#: Representation gaps in the words of the 1991 act's rules.
_GAPS = {
    Gap.NO_SEAT: N_(
        "{party} har ingen plats; varje part ska ha minst en ledamot och en ersättare."
    ),
    Gap.LACKS_MEMBER: N_(
        "{party} saknar ledamot (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.LACKS_SUBSTITUTE: N_(
        "{party} saknar ersättare (ledamöter: {members}, ersättare: {substitutes})."
    ),
}


def representation_findings(
    seats: tuple[Seat, ...],
    parties: tuple[Participant, ...],
    complete: bool,
    ctx: RuleContext,
) -> Iterator[Finding]:
    if not seats and not complete:
        yield ctx.not_recorded(
            N_("Platserna anges inte; representationen har inte prövats."), path="$.seats"
        )
        return
    organ = OrganRepresentation.of(seats, parties, complete)
    for item in organ.parties:
        for gap in item.gaps:
            if gap is Gap.UNRECORDED:
                yield ctx.not_recorded(
                    N_(
                        "Platserna för {party} anges inte; partens representation har inte prövats."
                    ),
                    path=f"$.parties[{item.index}]",
                    party=item.party,
                )
            elif gap in _GAPS:
                yield ctx.finding(
                    _GAPS[gap],
                    path=f"$.parties[{item.index}]",
                    party=item.party,
                    members=item.found.members,
                    substitutes=item.found.substitutes,
                )
