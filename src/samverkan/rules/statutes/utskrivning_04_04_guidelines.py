"""Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård 4 kap. 4 §: the
region and the kommun draw up joint guidelines together."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import DISCHARGE_ACT_2018
from samverkan.model import CooperationAgreement
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "SAMUT-4-4-joint-guidelines",
    applies_to=CooperationAgreement,
    applies_when=lambda agreement: bool(agreement.discharge_guidelines_by),
    cites=("2017:612 4:4",),
    valid_from=DISCHARGE_ACT_2018,
    severity=Severity.WARNING,
)
def guidelines_drawn_up_together(
    agreement: CooperationAgreement, ctx: RuleContext
) -> Iterator[Finding]:
    """The region and each kommun draw up the guidelines on utskrivning together.

    Region and kommun shall, in samråd, draw up joint guidelines for their cooperation under
    lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård (4 kap. 4 §;
    "landsting" until SFS 2019:979). The wording is taken from the project's digest of the
    consolidated text and was not re-read here, so the rule warns. For an agreement that
    records who drew up its guidelines, the region or a kommun of the agreement left out is a
    warning.

    Does not check: the guidelines' content; the agreements on the kommun's payment liability
    (4:5, 5 kap.); whether each kommun in the county has such guidelines with the region.
    """
    drafters = agreement.discharge_guidelines_by
    expected = (agreement.region, *agreement.municipalities)
    for party in expected:
        if party not in drafters:
            yield ctx.finding(
                N_(
                    "{party} anges inte bland dem som har utarbetat riktlinjerna för samverkan "
                    "vid utskrivning; region och kommun ska utarbeta dem gemensamt i samråd."
                ),
                path="$.discharge_guidelines_by",
                party=party,
            )
