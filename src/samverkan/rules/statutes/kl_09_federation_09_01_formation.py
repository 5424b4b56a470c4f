"""Kommunallagen (2017:725) 9 kap. 1 §: the local federation (*kommunalförbund*) is formed
when the members' fullmäktige have adopted its förbundsordning.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    Body,
    Charter,
    LocalFederation,
    Participant,
    is_party,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import AdoptionWording, Wording, fullmaktige_adoptions
from samverkan.rules.recorded import Recorded, instrument_record
from samverkan.rules.registry import rule


def _adoption_date(charter: Charter, member: Participant) -> date | None:
    """The date of ``member``'s fullmäktige adoption of ``charter``, if recorded."""
    return next(
        (
            a.on
            for a in charter.adoptions
            if a.party == member and a.body is Body.FULLMAKTIGE and a.adopted
        ),
        None,
    )


def _earliest_formation(federation: LocalFederation, charter: Charter) -> date | None:
    """The first day the förbund can exist: the last member's adoption, or a later date the
    charter sets. ``None`` when neither is known."""
    candidates: list[date] = []
    members = [m for m in federation.members if is_party(m)]
    dates = [_adoption_date(charter, m) for m in members]
    known = [d for d in dates if d is not None]
    if members and len(known) == len(members):
        candidates.append(max(known))
    if charter.formation_date is not None:
        candidates.append(charter.formation_date)
    return max(candidates) if candidates else None


#: KL 9:1: the members' adoptions of the förbundsordning.
_ADOPTIONS = AdoptionWording(
    unrecorded=Wording(
        N_(
            "Det anges inte om fullmäktige i {member} har antagit förbundsordningen; det "
            "har inte prövats."
        ),
        N_(
            "Det anges inte om fullmäktige i {parties} har antagit förbundsordningen; det "
            "har inte prövats."
        ),
    ),
    other_body=N_(
        "Förbundsordningen har antagits av {body} i {member}; den ska antas av "
        "medlemmens fullmäktige."
    ),
    other_body_fix=N_("Låt fullmäktige i {member} anta förbundsordningen."),
    absent=Wording(
        N_("Fullmäktige i {member} har inte antagit förbundsordningen."),
        N_("Fullmäktige i {parties} har inte antagit förbundsordningen."),
        N_("Låt fullmäktige i {member} anta förbundsordningen."),
        N_("Låt fullmäktige i {parties} anta förbundsordningen."),
    ),
)


@rule(
    "KL-9-1-forbund-formation",
    applies_to=LocalFederation,
    cites=("KL 9:1",),
    valid_from=KL_2017,
)
def formed_by_adopting_the_charter(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbund is formed when the members' fullmäktige have adopted the förbundsordning.

    A kommunalförbund comes into being when the fullmäktige of every member has adopted its
    förbundsordning; the förbundsordning may set a later date of formation (KL 9:1). A förbund
    recorded as having no förbundsordning, or with a member recorded as not having adopted it
    through its fullmäktige, has therefore not been formed. An adoption the document does not
    record is reported as not recorded. When ``formed_on`` is recorded it may not precede the
    last member's adoption (where every adoption date is known) or the formation date the
    förbundsordning sets, provided the recorded förbundsordning is the version in force at
    formation: one that took effect after ``formed_on`` is a later amendment, whose adoptions
    say nothing about the formation.

    Does not check: that every member adopted the same version of the förbundsordning, the
    formation against a version the document does not record, nor adoptions by bodies that are
    not members (a non-member's adoption is ignored; non-members are reported by
    KL-3-8-members, and are not asked for an adoption).
    """
    charter = federation.charter
    if instrument_record(charter) is Recorded.UNRECORDED:
        yield ctx.not_recorded(
            N_("Förbundsordningen anges inte; förbundets bildande har inte prövats."),
            path="$.charter",
        )
        return
    assert charter is not None
    if not charter.exists:
        yield ctx.finding(
            N_(
                "Förbundsordning saknas; ett kommunalförbund bildas när medlemmarnas fullmäktige "
                "antar förbundsordningen."
            ),
            fix=N_("Låt medlemmarnas fullmäktige anta en förbundsordning."),
            path="$.charter",
        )
        return
    yield from fullmaktige_adoptions(
        ctx,
        charter,
        [(i, m) for i, m in enumerate(federation.members) if is_party(m)],
        _ADOPTIONS,
        parties_path="$.members",
        one="member",
    )
    if federation.formed_on is None:
        return
    later_version = charter.effective is not None and charter.effective > federation.formed_on
    earliest = _earliest_formation(federation, charter)
    if earliest is not None and federation.formed_on < earliest:
        if later_version:
            yield ctx.not_recorded(
                N_(
                    "Förbundsordningen i dokumentet gäller från {effective}, efter bildandet "
                    "{formed_on}; den förbundsordning som antogs vid bildandet anges inte, så "
                    "bildandet har inte prövats mot den."
                ),
                path="$.charter.effective",
                effective=charter.effective,
                formed_on=federation.formed_on,
            )
            return
        yield ctx.finding(
            N_(
                "Förbundet anges bildat {formed_on}, men det kan bildas tidigast {earliest} "
                "(sista medlemmens antagande eller förbundsordningens bildandedag)."
            ),
            fix=N_("Ange en bildandedag tidigast {earliest}."),
            path="$.formed_on",
            formed_on=federation.formed_on,
            earliest=earliest,
            facts={"formed_on": federation.formed_on, "earliest": earliest},
        )
