"""Kommunallagen (2017:725) 3 kap. 8 §: who may be a member of a local federation
(*kommunalförbund*): municipalities and regions, at least two of them.
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
from samverkan.rules.participants import Membership, regions_term
from samverkan.rules.registry import rule


@rule(
    "KL-3-8-members",
    applies_to=LocalFederation,
    cites=("KL 3:8",),
    valid_from=KL_2017,
)
def members_are_municipalities_and_regions(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Only municipalities and regions may form a kommunalförbund, and at least two of them.

    Municipalities and regions may form a kommunalförbund and hand over the running of
    municipal matters to it (KL 3:8); municipalities and regions may be members together. A
    company, a state agency, a private body or another förbund cannot be a member. The same
    member listed twice is reported too.

    Does not check: whether each member's fullmäktige has adopted the förbundsordning (see
    KL-9-1-forbund-formation), nor whether the matters handed over are within every member's
    competence (see the competence rules).
    """
    membership = Membership.of(federation.members)
    for index, participant in membership.not_parties:
        yield ctx.finding(
            N_(
                "{member} kan inte vara medlem i ett kommunalförbund: bara kommuner och "
                "{regions} kan bilda kommunalförbund."
            ),
            fix=N_("Ta bort {member} ur förbundsmedlemmarna."),
            path=f"$.members[{index}]",
            member=participant,
            regions=regions_term(ctx),
            facts={"kind": type(participant).__name__},
        )
    for index, participant in membership.repeated:
        yield ctx.finding(
            N_("{member} står mer än en gång bland förbundsmedlemmarna."),
            fix=N_("Ange {member} bara en gång."),
            path=f"$.members[{index}]",
            member=participant,
        )
    if membership.distinct < 2:
        yield ctx.finding(
            N_("Ett kommunalförbund behöver minst två medlemmar; {count} anges."),
            fix=N_("Ange minst två kommuner eller {regions} som medlemmar."),
            path="$.members",
            count=membership.distinct,
        )
