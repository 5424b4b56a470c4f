"""Lag (2010:1065) om kollektivtrafik 2 kap.: the regional public transport authority organised
as a kommunalförbund.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from samverkan.errors import UnknownPartyError
from samverkan.i18n import N_
from samverkan.law.dates import (
    KTL_2012,
)
from samverkan.model import (
    FederationPurpose,
    LocalFederation,
    is_party,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import (
    the_region_term,
    the_region_term_capitalised,
)
from samverkan.rules.registry import rule
from samverkan.rules.representation import (
    OrganRepresentation,
)


def _county_name(ctx: RuleContext, code: str) -> str:
    try:
        return ctx.context.parties.county(code).name
    except UnknownPartyError:
        return code


PUBLIC_TRANSPORT_AUTHORITY = FederationPurpose.PUBLIC_TRANSPORT_AUTHORITY


@rule(
    "KTL-2-2-rkm-form",
    applies_to=LocalFederation,
    cites=("KTL 2:2",),
    valid_from=KTL_2012,
    applies_when=lambda federation: federation.purpose is PUBLIC_TRANSPORT_AUTHORITY,
)
def transport_authority_within_one_county(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A kollektivtrafikmyndighet förbund joins the region and municipalities of one county.

    Every county has a regional public transport authority (*regional
    kollektivtrafikmyndighet*). Where the region and the municipalities of the county share
    responsibility for regional public transport, or the municipalities alone hold it, the
    authority is organised as a kommunalförbund (KTL 2:2). Its members are therefore the
    region and municipalities of one and the same county; a member from another county is
    reported. The county is that of the region member, or else the one most municipality
    members belong to; county names come from the party registry.

    Does not check: the agreed alternative form, a joint committee (KTL 2:2), which is not a
    federation; that where the region alone is responsible the region itself is the authority
    (and on Gotland the municipality), which a federation model cannot show; and whether every
    municipality sharing the responsibility is a member (KTL 2:1).
    """
    members = [m for m in federation.members if is_party(m)]
    if not members:
        return
    regions = [m for m in members if isinstance(m, Region)]
    if regions:
        county = regions[0].county_code
    else:
        county = Counter(m.county_code for m in members).most_common(1)[0][0]
    for index, member in enumerate(federation.members):
        if is_party(member) and member.county_code != county:
            yield ctx.finding(
                N_(
                    "{member} hör till {other}, men kollektivtrafikmyndigheten är ett "
                    "kommunalförbund för {county}; medlemmarna ska vara {region} och "
                    "kommunerna i ett och samma län."
                ),
                path=f"$.members[{index}]",
                member=member,
                other=_county_name(ctx, member.county_code),
                county=_county_name(ctx, county),
                region=the_region_term(ctx),
                facts={"county": county, "member_county": member.county_code},
            )


@rule(
    "KTL-2-5-seats-default",
    applies_to=LocalFederation,
    cites=("KTL 2:5",),
    valid_from=KTL_2012,
    applies_when=lambda federation: federation.purpose is PUBLIC_TRANSPORT_AUTHORITY,
    severity=Severity.INFO,
)
def transport_authority_default_seats(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A kollektivtrafikmyndighet's default split of seats: half region, half municipalities.

    Where the parties cannot agree, the region holds half the seats of the authority's
    assembly and the municipalities together the other half, divided between them by
    population (KTL 2:5). A split other than half and half (counted on ledamöter) is
    information, since the parties may have agreed on it. That each member has at least one
    ledamot and one ersättare is KL 9:3 3 st., checked by KL-9-3-representation.

    Does not check: the division between municipalities by population (made by the
    länsstyrelse), whether a deviation was in fact agreed, nor the chair (KTL 2:4). Without
    every member's seats recorded the split is not judged; KL-9-3-representation notes the
    missing seats.
    """
    organ = OrganRepresentation.of(federation.seats, federation.members, federation.seats_complete)
    if not federation.seats or not organ.total_known:
        return
    region_seats = sum(p.found.members for p in organ.parties if isinstance(p.party, Region))
    municipal_seats = sum(
        p.found.members for p in organ.parties if isinstance(p.party, Municipality)
    )
    kinds = {type(member) for member in federation.members}
    if Region not in kinds or Municipality not in kinds:
        return
    if region_seats != municipal_seats:
        counts = {"region_seats": region_seats, "municipal_seats": municipal_seats}
        yield ctx.finding(
            N_(
                "{region} har {region_seats} ledamöter och kommunerna tillsammans "
                "{municipal_seats}; det avviker från lagens huvudregel om hälften var, vilket "
                "är tillåtet om parterna har kommit överens om det."
            ),
            path="$.seats",
            severity=Severity.INFO,
            region=the_region_term_capitalised(ctx),
            facts=counts,
            region_seats=region_seats,
            municipal_seats=municipal_seats,
        )
