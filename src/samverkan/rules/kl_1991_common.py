"""What the rules of kommunallagen (1991:900) share: whether a federation may still have been
governed by kommunalförbundslagen (1985:894), the note saying so, and the parties'
representation in the 1991 act's words.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from attrs import evolve

from samverkan.i18n import N_
from samverkan.law.dates import (
    KFL_1985_TRANSITION_END,
    KL_1991_FEDERATION,
)
from samverkan.model import LocalFederation, Participant, Seat
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.representation import Gap
from samverkan.rules.representation_findings import (
    RepresentationWording,
    representation_findings,
)

__all__ = ["may_keep_1985_rules", "representation_1991", "transition_note"]


def may_keep_1985_rules(federation: LocalFederation, on: date) -> bool:
    """Whether a federation may still have been governed by kommunalförbundslagen (1985:894)
    on ``on``: formed before 1998 (or formation not recorded) and ``on`` not after 2002-12-31
    (the transitional provisions of SFS 1997:550, prop. 1996/97:105)."""
    if on > KFL_1985_TRANSITION_END:
        return False
    return federation.formed_on is None or federation.formed_on < KL_1991_FEDERATION


def transition_note(federation: LocalFederation, ctx: RuleContext) -> Finding:
    """The note that the federation may still have been governed by the 1985 act on the date,
    so that the rule was not judged."""
    return ctx.not_judged(
        N_(
            "Förbundet kan den {on} ha lytt under kommunalförbundslagen (1985:894): ett förbund "
            "som bildats före 1998 fick behålla de äldre reglerna till och med 2002-12-31, och "
            "bildandet anges före 1998 eller inte alls. Regeln har inte prövats."
        ),
        path="$.formed_on",
        on=ctx.as_of,
    )


#: Representation in the words of the 1991 act's rules.
_REPRESENTATION = RepresentationWording(
    none_listed=N_("Platserna anges inte; representationen har inte prövats."),
    gaps={
        Gap.UNRECORDED: N_(
            "Platserna för {party} anges inte; partens representation har inte prövats."
        ),
        Gap.NO_SEAT: N_(
            "{party} har ingen plats; varje part ska ha minst en ledamot och en ersättare."
        ),
        Gap.LACKS_MEMBER: N_(
            "{party} saknar ledamot (ledamöter: {members}, ersättare: {substitutes})."
        ),
        Gap.LACKS_SUBSTITUTE: N_(
            "{party} saknar ersättare (ledamöter: {members}, ersättare: {substitutes})."
        ),
    },
    grouped_gaps={
        Gap.UNRECORDED: N_(
            "Platserna för {parties} anges inte; parternas representation har inte prövats."
        ),
        Gap.NO_SEAT: N_(
            "{parties} har ingen plats; varje part ska ha minst en ledamot och en ersättare."
        ),
    },
)


#: The federation's assembly, whose ersättare were as many as its ledamöter (3 kap. 23 §).
_EQUAL_REPRESENTATION = evolve(
    _REPRESENTATION,
    total=N_(
        "Den beslutande församlingen har inte lika många ersättare som ledamöter (ledamöter: "
        "{members}, ersättare: {substitutes}); antalet ersättare skulle vara lika många som "
        "antalet ledamöter."
    ),
)


def representation_1991(
    seats: tuple[Seat, ...],
    parties: tuple[Participant, ...],
    complete: bool,
    ctx: RuleContext,
    parties_path: str,
    *,
    equal_numbers: bool = False,
) -> Iterator[Finding]:
    """Each party's ledamot and ersättare under the 1991 act (3 kap. 3 b §, 23 §): the gaps,
    and with ``equal_numbers`` (the federation's assembly, 3 kap. 23 §) the organ's total
    imbalance; the joint committee's rule, resting on recall, leaves the total alone."""
    wording = _EQUAL_REPRESENTATION if equal_numbers else _REPRESENTATION
    return representation_findings(
        ctx, seats, parties, complete, wording, parties_path=parties_path
    )
