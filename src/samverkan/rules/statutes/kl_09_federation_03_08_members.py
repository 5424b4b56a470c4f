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
from samverkan.rules.grouping import Wording
from samverkan.rules.membership_findings import MembershipWording, membership_findings
from samverkan.rules.registry import rule

#: KL 3:8 in the federation's words.
_MEMBERSHIP = MembershipWording(
    not_party=Wording(
        N_(
            "{member} kan inte vara medlem i ett kommunalförbund: bara kommuner och "
            "{regions} kan bilda kommunalförbund."
        ),
        N_(
            "{participants} kan inte vara medlemmar i ett kommunalförbund: bara kommuner och "
            "{regions} kan bilda kommunalförbund."
        ),
        N_("Ta bort {member} ur förbundsmedlemmarna."),
        N_("Ta bort {participants} ur förbundsmedlemmarna."),
    ),
    repeated=Wording(
        N_("{member} står mer än en gång bland förbundsmedlemmarna."),
        N_("{participants} står mer än en gång bland förbundsmedlemmarna."),
        N_("Ange {member} bara en gång."),
        N_("Ange var och en av {participants} bara en gång."),
    ),
    too_few=N_("Ett kommunalförbund behöver minst två medlemmar; {count} anges."),
    too_few_fix=N_("Ange minst två kommuner eller {regions} som medlemmar."),
    one="member",
)


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
    yield from membership_findings(ctx, federation.members, _MEMBERSHIP, path="$.members")
