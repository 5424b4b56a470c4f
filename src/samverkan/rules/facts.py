"""Facts the rules of several statutes compute: the matters KL 6:38 1 st. and 2 st. and PBL 12:6
keep from delegation, and the date an agreement is judged on.

Helpers here compute facts only; the legal condition and the message stay in the rule.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from samverkan.i18n import Listing, Translatable
from samverkan.model import (
    ContractualCooperation,
    MatterCategory,
    Organisation,
    OrganisationKind,
    Participant,
    is_party,
)

#: KL 6:38 1 st. 1–5: matters whose decision-making power may not be delegated at all.
NON_DELEGABLE: frozenset[MatterCategory] = frozenset(
    {
        MatterCategory.GOALS_AND_QUALITY,
        MatterCategory.SUBMISSION_TO_FULLMAKTIGE,
        MatterCategory.MAJOR_AUTHORITY,
        MatterCategory.CITIZEN_PROPOSAL,
        MatterCategory.NON_DELEGABLE_BY_LAW,
    }
)


#: KL 6:38 2 st. 1–4: matters that may not be delegated to an automated decision function.
NOT_AUTOMATABLE: frozenset[MatterCategory] = frozenset(
    {
        MatterCategory.APPEALABLE,
        MatterCategory.NOT_APPEALABLE_BY_LAW,
        MatterCategory.PROCUREMENT,
        MatterCategory.CHOICE_SYSTEM,
    }
)


#: The four categories of PBL 12:6 (point 2, vitesföreläggande, has exceptions).
PBL_CATEGORIES = (
    MatterCategory.PBL_PRINCIPLE,
    MatterCategory.PBL_FINE,
    MatterCategory.PBL_AT_EXPENSE,
    MatterCategory.PBL_SANCTION,
)


def sorted_categories(categories: frozenset[MatterCategory]) -> list[MatterCategory]:
    order = list(MatterCategory)
    return sorted(categories, key=order.index)


def category_listing(categories: frozenset[MatterCategory]) -> Listing:
    return Listing(Translatable(c.value) for c in sorted_categories(categories))


def relies_on_kl_9_37(cooperation: ContractualCooperation) -> bool:
    """Whether the cooperation rests on KL 9:37: no basis named, or KL 9:37 among them."""
    return not cooperation.legal_basis or any(
        (c.sfs, c.chapter, c.section) == ("2017:725", 9, "37") for c in cooperation.legal_basis
    )


def judged_on(cooperation: ContractualCooperation) -> date | None:
    """The date the agreement's legality is judged on: when it was concluded, else its start."""
    if cooperation.concluded_on is not None:
        return cooperation.concluded_on
    return cooperation.period.start if cooperation.period is not None else None


def is_forbund(owner: Participant) -> bool:
    """Whether ``owner`` is a kommunalförbund."""
    return isinstance(owner, Organisation) and owner.kind is OrganisationKind.KOMMUNALFORBUND


def is_public_owner(owner: Participant) -> bool:
    """A municipality, a region or a kommunalförbund (to which KL 10 kap. applies by 9:2)."""
    return is_party(owner) or is_forbund(owner)


def delegates_any(categories: frozenset[MatterCategory]) -> Callable[[Any], bool]:
    """A rule's ``applies_when``: the subject delegates a matter of one of ``categories``."""

    def delegates(subject: Any) -> bool:
        delegations = subject.delegations
        return bool(delegations) and any(d.categories & categories for d in delegations)

    return delegates


def compare_lists(
    parties: tuple[Participant, ...], listed: tuple[Participant, ...]
) -> tuple[list[tuple[int, Participant]], list[tuple[int, Participant]]]:
    """The parties ``listed`` leaves out, and the participants it names that are not parties,
    each with its index."""
    named, own = set(listed), set(parties)
    missing = [(i, p) for i, p in enumerate(parties) if p not in named]
    strangers = [(i, p) for i, p in enumerate(listed) if p not in own]
    return missing, strangers
