"""Lag (2002:34) om samverkansorgan i länen: a kommunalförbund of every municipality in the
county as the regional development body, until the act was repealed on 2019-01-01.

Source: 2 § as worded by SFS 2010:632, read in the printed SFS (lagboken.se, from
Regeringskansliets rättsdatabaser); the act's entry into force and the earlier wording were
not read, so the rule rests on recall for its dates and warns.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import SAMVERKANSORGAN_LAST_DAY, SAMVERKANSORGAN_START
from samverkan.model import FederationPurpose, LocalFederation
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


def _is_samverkansorgan(federation: LocalFederation) -> bool:
    """A förbund recorded as the samverkansorgan, by its purpose or by the period it held the
    regional development duty (a *regionförbund*)."""
    return (
        federation.purpose is FederationPurpose.SAMVERKANSORGAN
        or federation.regional_development is not None
    )


@rule(
    "SAMORG-2002-34-2-members",
    applies_to=LocalFederation,
    cites=("2002:34 2 §",),
    valid_from=SAMVERKANSORGAN_START,
    valid_to=SAMVERKANSORGAN_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
    applies_when=_is_samverkansorgan,
)
def samverkansorgan_members(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A samverkansorgan was a förbund of every municipality in the county, and the landsting.

    "Ett kommunalförbund som har samtliga kommuner i länet som medlemmar och där även
    landstingen kan ingå som medlem kan utgöra ett samverkansorgan" (lag 2002:34 2 §, SFS
    2010:632). A municipality of the county that is not a member, a member from another
    county, or a member that is neither a municipality nor a landsting is a warning: the
    wording before SFS 2010:632 and the act's dates were not read.

    Does not check: the notification to the government and the day it set (4 §), the tasks of
    3 §, nor whether the federation's charter gave it those tasks.
    """
    counties = sorted(
        {
            m.county_code if isinstance(m, Municipality) else m.code
            for m in federation.members
            if isinstance(m, Municipality | Region)
        }
    )
    for index, member in enumerate(federation.members):
        if not isinstance(member, Municipality | Region):
            yield ctx.finding(
                N_("{member} kunde inte vara medlem i ett samverkansorgan."),
                path=f"$.members[{index}]",
                member=member,
            )
    if len(counties) != 1:
        yield ctx.finding(
            N_("Ett samverkansorgan omfattade ett län; medlemmarna hör till {count} län."),
            path="$.members",
            count=len(counties),
        )
        return
    missing = [
        m for m in ctx.context.parties.municipalities(counties[0]) if m not in federation.members
    ]
    if missing:
        yield ctx.finding(
            N_("Alla kommuner i länet var inte medlemmar; saknas: {missing}."),
            path="$.members",
            missing=", ".join(str(m) for m in missing),
        )
