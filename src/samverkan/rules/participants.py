"""Who may take part in a form of cooperation, and what the regional level is called.

:func:`membership_findings` is the party check shared by the förbund (KL 3:8) and the joint
committee (KL 9:19); each rule keeps its own messages and passes them in. The ``*_term``
functions give the regional level's name as on the date checked, for every rule whose
messages name it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from samverkan.i18n import T_, TC_, Translatable
from samverkan.model import Participant, is_party
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding

__all__ = [
    "membership_findings",
    "region_term",
    "regions_term",
    "the_region_term",
    "the_region_term_capitalised",
]


def regions_term(ctx: RuleContext) -> Translatable:
    """ "regioner", or "landsting" before 2020-01-01: the plural, as on the date checked."""
    if ctx.regional_word == "region":
        return TC_("plural", "regioner")
    return TC_("plural", "landsting")


def region_term(ctx: RuleContext) -> Translatable:
    """ "region", or "landsting" before 2020-01-01."""
    return T_("region") if ctx.regional_word == "region" else T_("landsting")


def the_region_term(ctx: RuleContext) -> Translatable:
    """ "regionen", or "landstinget" before 2020-01-01."""
    return T_("regionen") if ctx.regional_word == "region" else T_("landstinget")


def the_region_term_capitalised(ctx: RuleContext) -> Translatable:
    """ "Regionen", or "Landstinget" before 2020-01-01, to begin a sentence."""
    return T_("Regionen") if ctx.regional_word == "region" else T_("Landstinget")


def membership_findings(
    ctx: RuleContext,
    participants: tuple[Participant, ...],
    *,
    field: str,
    placeholder: str,
    not_a_party: str,
    listed_twice: str,
    too_few: str,
) -> Iterator[Finding]:
    """Only municipalities and regions take part, each listed once, and at least two of them.

    ``participants`` is the subject's ``field``. ``not_a_party`` (with ``regions`` and the
    participant's kind as a fact) and ``listed_twice`` are reported at ``$.field[i]``, the
    participant given as the message parameter ``placeholder``; ``too_few`` (with ``count``,
    the number of distinct participants) at ``$.field``.
    """
    for index, participant in enumerate(participants):
        named: dict[str, Any] = {placeholder: participant}
        if not is_party(participant):
            yield ctx.finding(
                not_a_party,
                path=f"$.{field}[{index}]",
                **named,
                regions=regions_term(ctx),
                facts={"kind": type(participant).__name__},
            )
        elif participants.index(participant) != index:
            yield ctx.finding(listed_twice, path=f"$.{field}[{index}]", **named)
    if len(set(participants)) < 2:
        yield ctx.finding(too_few, path=f"$.{field}", count=len(set(participants)))
