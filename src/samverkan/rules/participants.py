"""Who may take part in a form of cooperation, and what the regional level is called.

:class:`Membership` gives the facts the party rules of the förbund (KL 3:8) and the joint
committee (KL 9:19) judge; each rule states its own condition and message. The ``*_term``
functions give the regional level's name as on the date checked, for every rule whose
messages name it.
"""

from __future__ import annotations

from samverkan._frozen import frozen
from samverkan.i18n import T_, TC_, Translatable
from samverkan.model import Body, Participant, is_party
from samverkan.parties import Region
from samverkan.rules.context import RuleContext

__all__ = [
    "Membership",
    "another_region_term",
    "organ_term",
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


@frozen
class Membership:
    """Who takes part: the participants that are not municipalities or regions, those listed
    more than once (by index), and the number of distinct participants."""

    not_parties: tuple[tuple[int, Participant], ...]
    repeated: tuple[tuple[int, Participant], ...]
    distinct: int

    @classmethod
    def of(cls, participants: tuple[Participant, ...]) -> Membership:
        """The facts of ``participants``, in one pass."""
        seen: set[Participant] = set()
        not_parties: list[tuple[int, Participant]] = []
        repeated: list[tuple[int, Participant]] = []
        for index, participant in enumerate(participants):
            if not is_party(participant):
                not_parties.append((index, participant))
            elif participant in seen:
                repeated.append((index, participant))
            seen.add(participant)
        return cls(tuple(not_parties), tuple(repeated), len(seen))


def another_region_term(ctx: RuleContext) -> Translatable:
    """ "en annan region", or "ett annat landsting" before 2020-01-01."""
    if ctx.regional_word == "region":
        return T_("en annan region")
    return T_("ett annat landsting")


def organ_term(
    body: Body, party: Participant, ctx: RuleContext, *, capitalised: bool = False
) -> Translatable:
    """The organ of ``party`` in the definite form a lawyer writes, as named on the date:
    "kommunfullmäktige", "regionstyrelsen" ("landstingsstyrelsen" before 2020), "en nämnd";
    ``capitalised`` to begin a sentence with the styrelse.
    """
    regional = isinstance(party, Region)
    if capitalised and body is Body.STYRELSE:
        if regional and ctx.regional_word == "landsting":
            return T_("Landstingsstyrelsen")
        return T_("Regionstyrelsen") if regional else T_("Kommunstyrelsen")
    landsting = regional and ctx.regional_word == "landsting"
    if body is Body.FULLMAKTIGE:
        if landsting:
            return T_("landstingsfullmäktige")
        return T_("regionfullmäktige") if regional else T_("kommunfullmäktige")
    if body is Body.STYRELSE:
        if landsting:
            return T_("landstingsstyrelsen")
        return T_("regionstyrelsen") if regional else T_("kommunstyrelsen")
    if body is Body.NAMND:
        return T_("en nämnd")
    return T_("förbundets beslutande församling")
