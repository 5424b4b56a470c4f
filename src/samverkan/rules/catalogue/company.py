"""Rules for companies owned by municipalities, regions and förbund (KL 10 kap.), and the
procurement questions joint ownership raises (LOU 3 kap. 11–13 §§)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from samverkan.i18n import N_, T_, Translatable
from samverkan.law import Citation, parse_citation
from samverkan.model import (
    Body,
    JointlyOwnedCompany,
    Organisation,
    OrganisationKind,
    OwnerCondition,
    Participant,
    is_party,
)
from samverkan.money import EXACT, exact_sum
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

#: Kommunallag (2017:725) entered into force.
KL_2017 = date(2018, 1, 1)
#: Lag (2016:1145) om offentlig upphandling entered into force.
LOU_2017 = date(2017, 1, 1)

#: The six conditions of KL 10:3, paraphrased in Swedish.
CONDITION_LABELS: dict[OwnerCondition, Translatable] = {
    OwnerCondition.PURPOSE_SET: T_("fullmäktige fastställer det kommunala ändamålet"),
    OwnerCondition.PURPOSE_IN_ARTICLES: T_(
        "ändamålet och de kommunala befogenheterna anges i bolagsordningen"
    ),
    OwnerCondition.APPOINTS_BOARD: T_("fullmäktige utser samtliga styrelseledamöter"),
    OwnerCondition.FULLMAKTIGE_CONSULTED: T_(
        "fullmäktige får ta ställning innan principiellt viktiga beslut fattas"
    ),
    OwnerCondition.LAY_AUDITOR: T_("fullmäktige utser minst en lekmannarevisor"),
    OwnerCondition.PUBLIC_INSIGHT: T_(
        "allmänheten får insyn i verksamhet som bolaget lämnar över till någon annan"
    ),
}

#: Owners that are not public bodies and so rule out in-house procurement.
_PRIVATE_KINDS = (OrganisationKind.PRIVAT, OrganisationKind.AKTIEBOLAG)


def _is_forbund(owner: Participant) -> bool:
    return isinstance(owner, Organisation) and owner.kind is OrganisationKind.KOMMUNALFORBUND


def _is_public_owner(owner: Participant) -> bool:
    """A municipality, a region or a kommunalförbund (to which KL 10 kap. applies by 9:2)."""
    return is_party(owner) or _is_forbund(owner)


def _percent(value: Decimal) -> str:
    """A share in per cent as plain text (a Decimal parameter would render as kronor)."""
    return format(value.normalize(EXACT), "f")


def _point(condition: OwnerCondition, ctx: RuleContext) -> Citation:
    return parse_citation(f"KL 10:3 {condition.value} p.", on=ctx.as_of)


@rule(
    "KL-10-1-handover",
    applies_to=JointlyOwnedCompany,
    cites=("KL 10:1",),
    valid_from=KL_2017,
)
def authority_needs_support_in_law(
    company: JointlyOwnedCompany, ctx: RuleContext
) -> Iterator[Finding]:
    """Exercise of public authority may be handed to a company only with support in law.

    Fullmäktige decides to hand over the running of a municipal matter to a legal person; the
    exercise of public authority (*myndighetsutövning*) may be handed over only where a statute
    allows it (KL 10:1). A company recorded as exercising public authority without a
    statutory basis is reported.

    Does not check: whether the cited basis in fact allows the handover, whether the matter is
    one a statute requires a nämnd to run, nor the owners' handover decisions (see
    KL-10-4-part-owned).
    """
    if company.exercises_authority and company.authority_basis is None:
        yield ctx.finding(
            N_(
                "{company} anges utöva myndighetsutövning, men inget lagstöd anges; "
                "myndighetsutövning får lämnas över till ett bolag bara med stöd i lag."
            ),
            path="$.authority_basis",
            company=company.name,
        )


@rule(
    "KL-10-3-wholly-owned",
    applies_to=JointlyOwnedCompany,
    cites=("KL 10:3", "KL 9:2"),
    valid_from=KL_2017,
)
def wholly_owned_conditions(company: JointlyOwnedCompany, ctx: RuleContext) -> Iterator[Finding]:
    """A wholly owned company: the owner's fullmäktige secures the six conditions of KL 10:3.

    Before handing over a municipal matter to a company the municipality or region owns
    wholly, its fullmäktige sets the municipal purpose, makes sure the purpose and the
    competence limits are in the articles, appoints every board member, makes sure it may take
    a position before decisions of principle or of greater importance, appoints at least one
    lay auditor and secures public insight into activities the company contracts out (KL 10:3
    p. 1–6). The same applies to a company wholly owned by a kommunalförbund, since KL's rules
    on municipalities apply to förbund (KL 9:2). Each condition not secured is reported with
    its point, as is a company without a recorded purpose. When the document does not record
    the secured conditions the rule says so once as information.

    Does not check: whether the articles actually say what the conditions require, companies
    held indirectly through a municipal parent company (the holder then is a company, which
    this rule does not treat as public), stiftelser and föreningar (KL 10:6), nor the lay
    auditor's election (KL 10:5).
    """
    if len(company.holdings) != 1:
        return
    holding = company.holdings[0]
    if holding.percent != Decimal(100) or not _is_public_owner(holding.owner):
        return
    if company.purpose is None or not company.purpose.strip():
        yield ctx.finding(
            N_("{company} saknar angivet kommunalt ändamål; fullmäktige ska fastställa det."),
            path="$.purpose",
            citations=(_point(OwnerCondition.PURPOSE_SET, ctx),),
            company=company.name,
        )
    if holding.secured is None:
        yield ctx.finding(
            N_(
                "Vilka villkor i 10 kap. 3 § kommunallagen som {owner} har säkerställt för "
                "{company} anges inte; villkoren har inte prövats."
            ),
            path="$.holdings[0].secured",
            severity=Severity.INFO,
            owner=holding.owner,
            company=company.name,
        )
        return
    for condition in OwnerCondition:
        if condition in holding.secured:
            continue
        yield ctx.finding(
            N_("{owner} har inte säkerställt punkt {point}: {label}."),
            path="$.holdings[0].secured",
            citations=(_point(condition, ctx),),
            owner=holding.owner,
            point=condition.value,
            label=CONDITION_LABELS[condition],
            facts={"condition": condition.name},
        )


@rule(
    "KL-10-4-part-owned",
    applies_to=JointlyOwnedCompany,
    cites=("KL 10:4",),
    valid_from=KL_2017,
)
def part_owned_conditions(company: JointlyOwnedCompany, ctx: RuleContext) -> Iterator[Finding]:
    """A jointly owned company: each public owner decides and secures the 10:3 conditions.

    Before handing over a municipal matter to a company it owns together with others, each
    municipality's or region's fullmäktige makes sure the company is bound by the conditions
    of KL 10:3 to an extent reasonable for its share (KL 10:4); a förbund does so through its
    assembly (KL 9:2). Each public owner without a recorded decision by fullmäktige (or, for a
    förbund, its assembly) is reported. Conditions not secured are a warning, since what is
    reasonable for a given share is a judgement; unrecorded conditions give information. The
    shares must add up to 100 %. A private owner is noted, since private ownership excludes
    the in-house exemption from procurement (LOU 3:12–13).

    Does not check: what extent is reasonable for each share, the duty to work for public
    access to documents where OSL 2:3 does not apply, the company's articles and shareholder
    agreement, nor whether an owner that is a company is itself publicly owned.
    """
    total = exact_sum(h.percent for h in company.holdings)
    if total != Decimal(100):
        yield ctx.finding(
            N_("Ägarandelarna i {company} summerar till {total} %, inte 100 %."),
            path="$.holdings",
            company=company.name,
            total=_percent(total),
            facts={"total": str(total)},
        )
    if len(company.holdings) < 2:
        return
    procurement = (
        parse_citation("LOU 3:12", on=ctx.as_of),
        parse_citation("LOU 3:13", on=ctx.as_of),
    )
    for index, holding in enumerate(company.holdings):
        owner = holding.owner
        path = f"$.holdings[{index}]"
        if not _is_public_owner(owner):
            if isinstance(owner, Organisation) and owner.kind in _PRIVATE_KINDS:
                yield ctx.finding(
                    N_(
                        "{owner} äger {percent} % av {company}; är ägaren privat utesluter det "
                        "privata ägandet undantaget för interna kontrakt i lagen om offentlig "
                        "upphandling."
                    ),
                    path=path,
                    severity=Severity.INFO,
                    citations=procurement,
                    owner=owner,
                    percent=_percent(holding.percent),
                    company=company.name,
                )
            continue
        body = Body.FORBUND_ASSEMBLY if _is_forbund(owner) else Body.FULLMAKTIGE
        decision = holding.decision
        if decision is None or decision.party != owner or decision.body is not body:
            yield ctx.finding(
                N_(
                    "Beslut av {body} i {owner} om att binda {company} vid villkoren i 10 kap. "
                    "3 § kommunallagen anges inte."
                ),
                path=f"{path}.decision",
                owner=owner,
                body=Translatable(body.value),
                company=company.name,
                facts={"decided_by": None if decision is None else decision.body.value},
            )
        if holding.secured is None:
            yield ctx.finding(
                N_(
                    "Vilka villkor i 10 kap. 3 § kommunallagen som {owner} har säkerställt "
                    "anges inte; villkoren har inte prövats."
                ),
                path=f"{path}.secured",
                severity=Severity.INFO,
                owner=owner,
            )
            continue
        missing = [c for c in OwnerCondition if c not in holding.secured]
        if missing:
            yield ctx.finding(
                N_(
                    "{owner} ({percent} %) har inte säkerställt punkt {points} i 10 kap. 3 § "
                    "kommunallagen; pröva om det är rimligt med hänsyn till ägarandelen."
                ),
                path=f"{path}.secured",
                severity=Severity.WARNING,
                owner=owner,
                percent=_percent(holding.percent),
                points=", ".join(str(c.value) for c in missing),
                facts={"missing": [c.name for c in missing]},
            )


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
    public = [h.owner for h in company.holdings if _is_public_owner(h.owner)]
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
