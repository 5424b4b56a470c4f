"""Lag (2016:1145) om offentlig upphandling 3 kap.: the in-house and horizontal cooperation
exemptions, for jointly owned companies and contractual cooperation.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Localised
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
    LOU_2017,
)
from samverkan.model import (
    ContractualCooperation,
    JointlyOwnedCompany,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import is_public_owner
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "LOU-3-17-horizontal",
    applies_to=ContractualCooperation,
    cites=("LOU 3:17–18", "LOU 3:10"),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.INFO,
)
def procurement(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Avtalssamverkan against payment may need procurement, unless LOU 3:10 or 3:17 applies.

    KL 9:37 lifts the localisation principle, not procurement law: an agreement under which
    one authority pays another is a public contract unless it is awarded to an authority with
    a statutory exclusive right (LOU 3:10) or is a cooperation between contracting
    authorities (LOU 3:17): it serves common objectives for public services the parties must
    provide, is governed only by considerations of public interest, and the parties perform
    less than 20 % of the activities concerned on the open market, measured over three years
    (3:18). These are assessments for the user, never a verdict, so the rule only informs.
    Upphandlingsmyndigheten, relying on the government bill, says that purely administrative
    support services may not qualify; the rule mentions that for the internal service areas.

    Does not check: any of the conditions, the in-house exemptions (LOU 3:11–16, which need
    control over the performer), thresholds, or later case law (C-796/18, recalled only).
    """
    if cooperation.compensation is None:
        return
    yield ctx.finding(
        N_(
            "Avtalssamverkan enligt 9 kap. 37 § kommunallagen undantar inte från lagen om "
            "offentlig upphandling: ett avtal mot ersättning är ett offentligt kontrakt om inte "
            "ensamrätt (3 kap. 10 § LOU) eller samarbete mellan upphandlande myndigheter "
            "(3 kap. 17 § LOU) föreligger. Bedöm om samarbetet syftar till gemensamma mål för "
            "offentliga tjänster som parterna ska tillhandahålla, styrs enbart av "
            "allmänintresset och om parterna utför mindre än 20 procent av verksamheten på den "
            "öppna marknaden."
        ),
        path="$.compensation",
    )
    for index, task in enumerate(cooperation.tasks):
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        if area is None or not area.internal_service:
            continue
        yield ctx.finding(
            N_(
                "{area_name} är en administrativ stödtjänst; enligt Upphandlingsmyndigheten kan "
                "sådana tjänster sannolikt inte köpas med stöd av undantaget i 3 kap. 17 § LOU."
            ),
            path=f"$.tasks[{index}]",
            area_name=Localised(area.name_sv, area.name_en),
            facts={"source": "Upphandlingsmyndigheten", "verification": "verified-sec"},
        )
        return


@rule(
    "LOU-3-13-joint-control",
    applies_to=JointlyOwnedCompany,
    cites=("LOU 3:11", "LOU 3:12", "LOU 3:13"),
    valid_from=LOU_2017,
    severity=Severity.INFO,
)
def joint_control_to_assess(company: JointlyOwnedCompany, ctx: RuleContext) -> Iterator[Finding]:
    """Several public owners: whether they may buy from the company unprocured is to assess.

    Procurement law does not apply to a contract with a legal person the contracting
    authorities control jointly (*intern upphandling*, LOU 3:11): its decision-making bodies
    consist of representatives of all of them, together they have decisive influence over its
    strategic goals and important decisions, and it pursues no interests contrary to theirs
    (LOU 3:13); it performs more than 80 % of its activity for them, and there is no direct
    private ownership (LOU 3:12–13). The rule reminds the user of these conditions whenever at
    least two municipalities, regions or förbund own the company; it is information, never a
    verdict.

    Does not check: any of the conditions (board composition, influence, the activity share
    measured under LOU 3:16, ownership beyond the listed holdings), horizontal cooperation
    (LOU 3:17), nor the other procurement regimes (LUF, LUK).
    """
    public = [h.owner for h in company.holdings if is_public_owner(h.owner)]
    if len(public) >= 2:
        yield ctx.finding(
            N_(
                "{company} ägs av {count} offentliga ägare. Ägarnas köp från bolaget är "
                "undantagna från upphandling bara om de gemensamt kontrollerar bolaget, "
                "bolaget bedriver mer än 80 % av sin verksamhet för dem och inget privat "
                "kapital ingår; detta behöver bedömas."
            ),
            path="$.holdings",
            company=company.name,
            count=len(public),
            facts={"owners": [str(o) for o in public]},
        )
