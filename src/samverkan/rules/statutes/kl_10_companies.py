"""Kommunallagen (2017:725) 10 kap. 1–4 §§: handing a municipal matter to a company, and the
conditions for wholly and partly owned companies.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from samverkan.i18n import N_, T_, Translatable
from samverkan.law import Citation, parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    Body,
    JointlyOwnedCompany,
    Organisation,
    OrganisationKind,
    OwnerCondition,
    Participant,
)
from samverkan.money import EXACT, exact_sum
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import is_forbund, is_public_owner
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import organ_term
from samverkan.rules.registry import rule

#: The six conditions of KL 10:3, paraphrased in Swedish.
CONDITION_LABELS: dict[OwnerCondition, Translatable] = {
    OwnerCondition.PURPOSE_SET: T_("fullmäktige fastställer det kommunala ändamålet"),
    OwnerCondition.PURPOSE_IN_ARTICLES: T_(
        "ändamålet och de kommunala befogenheterna anges i bolagsordningen"
    ),
    OwnerCondition.APPOINTS_BOARD: T_("fullmäktige utser samtliga styrelseledamöter"),
    OwnerCondition.FULLMAKTIGE_CONSULTED: T_(
        "bolagsordningen anger att fullmäktige får ta ställning innan principiellt viktiga "
        "beslut fattas"
    ),
    OwnerCondition.LAY_AUDITOR: T_("fullmäktige utser minst en lekmannarevisor"),
    OwnerCondition.PUBLIC_INSIGHT: T_(
        "allmänheten får insyn i verksamhet som bolaget lämnar över till någon annan"
    ),
}


#: Owners that are not public bodies and so rule out in-house procurement.
_PRIVATE_KINDS = (OrganisationKind.PRIVAT, OrganisationKind.AKTIEBOLAG)


def _percent(value: Decimal) -> str:
    """A share in per cent as plain text (a Decimal parameter would render as kronor)."""
    return format(value.normalize(EXACT), "f")


def _conditions_cited(owner: Participant, ctx: RuleContext) -> tuple[Citation, ...]:
    """KL 10:3, and 9:2 where the owner is a kommunalförbund (to which 10 kap. applies by it)."""
    own = parse_citation("KL 10:3", on=ctx.as_of)
    return (own, parse_citation("KL 9:2", on=ctx.as_of)) if is_forbund(owner) else (own,)


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
    if holding.percent != Decimal(100) or not is_public_owner(holding.owner):
        return
    if company.purpose is None or not company.purpose.strip():
        yield ctx.finding(
            N_("{company} saknar angivet kommunalt ändamål; fullmäktige ska fastställa det."),
            fix=N_("Låt fullmäktige fastställa bolagets kommunala ändamål."),
            path="$.purpose",
            citations=(_point(OwnerCondition.PURPOSE_SET, ctx),),
            company=company.name,
        )
    if holding.secured is None:
        yield ctx.not_recorded(
            N_(
                "Vilka villkor i 10 kap. 3 § kommunallagen som {owner} har säkerställt för "
                "{company} anges inte; villkoren har inte prövats."
            ),
            path="$.holdings[0].secured",
            citations=_conditions_cited(holding.owner, ctx),
            owner=holding.owner,
            company=company.name,
        )
        return
    for condition in OwnerCondition:
        if condition in holding.secured:
            continue
        yield ctx.finding(
            N_("{owner} har inte säkerställt punkt {point}: {label}."),
            fix=N_("Låt {owner} säkerställa punkt {point}."),
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
        if not is_public_owner(owner):
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
        body = Body.FORBUND_ASSEMBLY if is_forbund(owner) else Body.FULLMAKTIGE
        decision = holding.decision
        if decision is None:
            yield ctx.not_recorded(
                N_(
                    "Det anges inte om {body} i {owner} har beslutat att binda {company} vid "
                    "villkoren i 10 kap. 3 § kommunallagen; det har inte prövats."
                ),
                path=f"{path}.decision",
                owner=owner,
                body=organ_term(body, owner, ctx),
                company=company.name,
            )
        elif decision.party != owner or decision.body is not body or not decision.adopted:
            yield ctx.finding(
                N_(
                    "{owner} har inte genom beslut av {body} bundit {company} vid villkoren i "
                    "10 kap. 3 § kommunallagen."
                ),
                fix=N_("Låt {owner} genom beslut av {body} binda bolaget vid villkoren."),
                path=f"{path}.decision",
                owner=owner,
                body=organ_term(body, owner, ctx),
                company=company.name,
                facts={"decided_by": decision.body.value, "adopted": decision.adopted},
            )
        if holding.secured is None:
            yield ctx.not_recorded(
                N_(
                    "Vilka villkor i 10 kap. 3 § kommunallagen som {owner} har säkerställt "
                    "anges inte; villkoren har inte prövats."
                ),
                path=f"{path}.secured",
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
