"""Rules for contractual cooperation (*avtalssamverkan*, KL 9 kap. 37–38 §§) and the special
acts that limit delegation or replace it (PBL 12:6, LSO 3:16, SkolL 23:21–24, LOU 3:10–18)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.competence import TaskArea, competence_of
from samverkan.i18n import N_, T_, Listing, Localised, Translatable
from samverkan.law import Citation, Verification, parse_citation
from samverkan.law.dates import AVTALSSAMVERKAN
from samverkan.model import (
    ContractualCooperation,
    DelegateKind,
    Delegation,
    JointCommittee,
    MatterCategory,
    Organisation,
    OrganisationKind,
    is_party,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import region_term, regions_term
from samverkan.rules.registry import rule

__all__ = ["judged_on", "relies_on_kl_9_37"]

#: Skollag (2010:800) entered into force.
SKOLL_START = date(2010, 8, 1)
#: LSO 3:15–16 b in their current form (SFS 2020:882); the date is recalled, not verified.
LSO_2020_882 = date(2022, 1, 1)

#: The five categories of KL 6:38 1 st. that may never be delegated.
NON_DELEGABLE = frozenset(
    {
        MatterCategory.GOALS_AND_QUALITY,
        MatterCategory.SUBMISSION_TO_FULLMAKTIGE,
        MatterCategory.MAJOR_AUTHORITY,
        MatterCategory.CITIZEN_PROPOSAL,
        MatterCategory.NON_DELEGABLE_BY_LAW,
    }
)
#: The four categories of PBL 12:6 (point 2, vitesföreläggande, has exceptions).
PBL_CATEGORIES = (
    MatterCategory.PBL_PRINCIPLE,
    MatterCategory.PBL_FINE,
    MatterCategory.PBL_AT_EXPENSE,
    MatterCategory.PBL_SANCTION,
)


def _sorted(categories: frozenset[MatterCategory]) -> list[MatterCategory]:
    order = list(MatterCategory)
    return sorted(categories, key=order.index)


def _names(categories: frozenset[MatterCategory]) -> Listing:
    return Listing(Translatable(c.value) for c in _sorted(categories))


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


def _joined(items: list[str]) -> str:
    return ", ".join(dict.fromkeys(items))


@rule(
    "KL-9-37-avtalssamverkan",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 1 st.",),
    valid_from=AVTALSSAMVERKAN,
)
def avtalssamverkan_parties(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """A municipality or region has another municipality or region perform a task of its own.

    A municipality or region may agree that one of its tasks, in whole or in part, is carried
    out by another municipality or region (KL 9:37 1 st.). Both sides must therefore be
    municipalities or regions, the performing party must be another party than the
    commissioning ones, and the agreement must concern at least one task. A task's
    ``for_parties`` must name commissioning parties. Where the parties rely only on a special
    act (for example lag 2009:47 3 kap. 3 §, under which a municipal company performs), that
    act governs (KL 9:37 3 st.) and the party requirements are not applied.

    Does not check: whether a kommunalförbund could be a party through KL 9:2 (an open
    question the act does not answer; it is reported as not a party), which organ decided to
    enter the agreement (the act is silent), and whether the agreement was concluded before
    2018-07-01 (see KL-2-1-localisation).
    """
    if not cooperation.tasks:
        yield ctx.finding(
            N_("Avtalet anger ingen uppgift som den utförande parten ska utföra."),
            path="$.tasks",
        )
    for index, task in enumerate(cooperation.tasks):
        for position, named in enumerate(task.for_parties):
            if named not in cooperation.commissioning:
                yield ctx.finding(
                    N_("Uppgiften utförs åt {party}, som inte är beställande part i avtalet."),
                    path=f"$.tasks[{index}].for_parties[{position}]",
                    party=named,
                )
    if not relies_on_kl_9_37(cooperation):
        return
    regions = regions_term(ctx)
    region = region_term(ctx)
    if not cooperation.commissioning:
        yield ctx.finding(
            N_("Avtalet anger ingen beställande part."),
            path="$.commissioning",
        )
    for index, participant in enumerate(cooperation.commissioning):
        if not is_party(participant):
            yield ctx.finding(
                N_(
                    "{participant} kan inte vara beställande part i avtalssamverkan: bara "
                    "kommuner och {regions} kan ingå sådana avtal."
                ),
                path=f"$.commissioning[{index}]",
                participant=participant,
                regions=regions,
                facts={"kind": type(participant).__name__},
            )
    performing = cooperation.performing
    if not is_party(performing):
        yield ctx.finding(
            N_(
                "{participant} kan inte vara utförande part i avtalssamverkan: uppgiften ska "
                "utföras av en annan kommun eller {region}."
            ),
            path="$.performing",
            participant=performing,
            region=region,
            facts={"kind": type(performing).__name__},
        )
    if cooperation.commissioning == (performing,):
        yield ctx.finding(
            N_(
                "{party} är både beställande och utförande part; avtalssamverkan kräver att "
                "uppgiften utförs av en annan kommun eller {region}."
            ),
            path="$.performing",
            party=performing,
            region=region,
        )
    elif performing in cooperation.commissioning:
        yield ctx.finding(
            N_("{party} står både som utförande och som beställande part."),
            path="$.performing",
            party=performing,
        )


@rule(
    "KL-9-37-responsibility-retained",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 1 st.",),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.INFO,
    verification=Verification.VERIFIED_SEC,
)
def responsibility_retained(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """Only the performance moves: the commissioning party keeps the responsibility.

    The act speaks of a task being carried out (*utföras*) by another party (KL 9:37 1 st.);
    the responsibility for the task stays with the commissioning municipality or region, as
    the ESO report 2021:5 and SKR put it. Where a task belongs to an area that law requires a
    nämnd for, the commissioning party's own nämnd remains responsible. The rule says so once,
    as information, when the agreement rests on KL 9:37 and covers such an area.

    Does not check: how the commissioning nämnd follows up the performance, or the styrelse's
    oversight under KL 6:1 (see KL-9-38-annual-report for the yearly report).
    """
    if not relies_on_kl_9_37(cooperation):
        return
    found = (ctx.context.competence.find(task.area) for task in cooperation.tasks)
    areas = [area for area in found if area is not None]  # unknown: KL-2-1-localisation
    statutory = [area for area in areas if area.statutory_committee is not None]
    if not statutory:
        return
    yield ctx.finding(
        N_(
            "Vid avtalssamverkan flyttas bara utförandet: ansvaret för {areas} ligger kvar hos "
            "{commissioning}, vars nämnd enligt {committees} fortfarande är ansvarig."
        ),
        path="$.tasks",
        areas=Localised(
            _joined([area.name_sv for area in statutory]),
            _joined([area.name_en for area in statutory]),
        ),
        commissioning=_joined([str(p) for p in cooperation.commissioning]),
        committees=_joined(
            [a.statutory_committee.short() for a in statutory if a.statutory_committee]
        ),
        facts={"areas": [area.id for area in statutory]},
    )


@rule(
    "KL-9-37-external-delegation",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 2 st.", "KL 6:38 1 st.", "KL 7:4–8"),
    valid_from=AVTALSSAMVERKAN,
)
def external_delegation(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Decisions may be delegated to an employee of the performing party, never 6:38 matters.

    Within avtalssamverkan the parties may agree that an employee of the other municipality or
    region decides on the commissioning party's behalf in a matter or a group of matters,
    within the limits of KL 6:38; KL 7:4–8 (jäv, förvaltningschef, reporting back) then apply
    (KL 9:37 2 st.). A delegation recorded in the agreement must therefore go to an employee
    whose employer is the performing party, and may not cover the five categories of KL 6:38
    1 st. Onward delegation by such an employee (*vidaredelegering*, KL 7:6) is reported as a
    warning: only a secondary source (Föreningen Miljö och Hälsa) says it is not possible, and
    the preparatory works have not been checked.

    Does not check: whether the employee actually works for the performing party (the
    recorded employer is taken as given; a delegation without one is reported once as not
    checked), the reporting back of decisions (KL 7:8), jäv, and the extra limits of special
    acts (see PBL-12-6-delegation-limits and LSO-3-16-delegation).
    """
    performing = cooperation.performing
    for index, delegation in enumerate(cooperation.delegations):
        path = f"$.delegations[{index}]"
        if delegation.delegate is not DelegateKind.EMPLOYEE:
            yield ctx.finding(
                N_(
                    "Delegationen i ärendet {matter} går till {delegate}; inom avtalssamverkan "
                    "får beslutanderätt bara lämnas till en anställd hos den andra parten."
                ),
                path=f"{path}.delegate",
                matter=delegation.matter,
                delegate=Translatable(delegation.delegate.value),
            )
        elif delegation.employer is None:
            yield ctx.finding(
                N_(
                    "Det anges inte vem som är arbetsgivare för den som får delegation i ärendet "
                    "{matter}; det har inte prövats att det är en anställd hos {performing}."
                ),
                path=f"{path}.employer",
                severity=Severity.INFO,
                matter=delegation.matter,
                performing=performing,
            )
        elif delegation.employer != performing:
            yield ctx.finding(
                N_(
                    "Delegationen i ärendet {matter} går till en anställd hos {employer}; inom "
                    "avtalssamverkan får beslutanderätt bara lämnas till en anställd hos den "
                    "utförande parten {performing}."
                ),
                path=f"{path}.employer",
                matter=delegation.matter,
                employer=delegation.employer,
                performing=performing,
            )
        barred = delegation.categories & NON_DELEGABLE
        if barred:
            yield ctx.finding(
                N_(
                    "Ärendet {matter} får inte delegeras, eftersom det gäller {categories} "
                    "(6 kap. 38 § första stycket kommunallagen)."
                ),
                path=f"{path}.categories",
                matter=delegation.matter,
                categories=_names(barred),
                facts={"categories": [c.name for c in _sorted(barred)]},
            )
        if delegation.sub_delegation:
            yield ctx.finding(
                N_(
                    "Vidaredelegering i ärendet {matter} är sannolikt inte möjlig när en anställd "
                    "hos den andra parten har fått delegation inom avtalssamverkan."
                ),
                path=f"{path}.sub_delegation",
                severity=Severity.WARNING,
                citations=(
                    parse_citation("KL 9:37 2 st.", on=AVTALSSAMVERKAN),
                    parse_citation("KL 7:6", on=AVTALSSAMVERKAN),
                ),
                matter=delegation.matter,
                facts={"verification": Verification.VERIFIED_SEC.value, "source": "FMH"},
            )


@rule(
    "PBL-12-6-delegation-limits",
    applies_to=(ContractualCooperation, JointCommittee),
    cites=("PBL 12:6",),
    valid_from=AVTALSSAMVERKAN,
)
def pbl_delegation_limits(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Building matters of principle, fines and sanction charges are not delegable (PBL 12:6).

    Beyond KL 6:38, a delegation under KL 6:37, 7:5, 9:30 or 9:37 2 st. may not cover
    building matters of principle or greater importance, vitesförelägganden, förelägganden
    with a warning of action at the addressee's expense, or byggsanktionsavgift (PBL 12:6,
    in this form from lag 2018:578). A delegation marked with any of these categories, by a
    joint committee or within avtalssamverkan, is reported. Point 2 (vitesföreläggande) has
    exceptions the model cannot tell apart, so a delegation marked only with that category is
    a warning, the others errors.

    Does not check: which exceptions to point 2 the matter falls under, and delegations whose
    categories are not recorded.
    """
    for index, delegation in enumerate(subject.delegations):
        found = delegation.categories & frozenset(PBL_CATEGORIES)
        if not found:
            continue
        only_fine = found == {MatterCategory.PBL_FINE}
        yield ctx.finding(
            N_(
                "Ärendet {matter} får inte delegeras enligt 12 kap. 6 § plan- och bygglagen, "
                "eftersom det gäller {categories}."
            )
            if not only_fine
            else N_(
                "Ärendet {matter} gäller vitesföreläggande, som enligt 12 kap. 6 § plan- och "
                "bygglagen bara får delegeras i vissa undantagsfall; kontrollera att ärendet "
                "omfattas av ett undantag."
            ),
            path=f"$.delegations[{index}].categories",
            severity=Severity.WARNING if only_fine else None,
            matter=delegation.matter,
            categories=_names(found),
            facts={"categories": [c.name for c in _sorted(found)]},
        )


def _employed_by_municipality_or_federation(delegation: Delegation) -> bool | None:
    """``True``/``False`` for LSO 3:16, ``None`` when the employer is not recorded."""
    if delegation.delegate is not DelegateKind.EMPLOYEE:
        return False
    employer = delegation.employer
    if employer is None:
        return None
    if isinstance(employer, Municipality):
        return True
    return isinstance(employer, Organisation) and employer.kind is OrganisationKind.KOMMUNALFORBUND


@rule(
    "LSO-3-16-delegation",
    applies_to=(ContractualCooperation, JointCommittee),
    cites=("LSO 3:16",),
    valid_from=LSO_2020_882,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def lso_delegation(
    subject: ContractualCooperation | JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Rescue command decisions go only to employees of a municipality or kommunalförbund.

    Every municipality has a räddningschef; decisions of the räddningschef or a räddningsledare
    may be delegated only to a person employed in a municipality or a kommunalförbund (LSO
    3:16). A delegation marked as such a decision that goes to a region's employee, to an
    employee of another kind of organisation, or to someone who is not an employee at all, is
    reported. The provision's text is verified, but the date the current form took effect
    (SFS 2020:882, recalled as 2022-01-01) is not, so the rule only warns.

    Does not check: delegations whose employer is not recorded, the räddningschef's own
    appointment, and the joint command system of LSO 3:16 b.
    """
    for index, delegation in enumerate(subject.delegations):
        if MatterCategory.RESCUE_COMMAND not in delegation.categories:
            continue
        if _employed_by_municipality_or_federation(delegation) is not False:
            continue
        receiver = (
            str(delegation.employer)
            if delegation.delegate is DelegateKind.EMPLOYEE
            else Translatable(delegation.delegate.value)
        )
        yield ctx.finding(
            N_(
                "Räddningschefens eller räddningsledarens beslut i ärendet {matter} delegeras "
                "till {receiver}; enligt 3 kap. 16 § lagen om skydd mot olyckor får sådan "
                "delegation bara ges till den som är anställd i en kommun eller ett "
                "kommunalförbund."
            ),
            path=f"$.delegations[{index}]",
            matter=delegation.matter,
            receiver=receiver,
        )


def _annual_report_start(cooperation: ContractualCooperation) -> date | None:
    period = cooperation.period
    start = period.start if period is not None else cooperation.concluded_on
    return None if start is None else max(start, AVTALSSAMVERKAN)


def _due_years(cooperation: ContractualCooperation, as_of: date) -> list[int]:
    start = _annual_report_start(cooperation)
    if start is None:
        return []
    end = cooperation.period.end if cooperation.period is not None else None
    first = start.year if start == date(start.year, 1, 1) else start.year + 1
    years = []
    for year in range(first, as_of.year):
        if end is not None and end < date(year, 12, 31):
            break
        years.append(year)
    return years


@rule(
    "KL-9-38-annual-report",
    applies_to=ContractualCooperation,
    cites=("KL 9:38",),
    valid_from=AVTALSSAMVERKAN,
)
def annual_report(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Each party's styrelse reports its avtalssamverkan to fullmäktige every year.

    The kommunstyrelse or regionstyrelse shall report yearly to fullmäktige on the party's
    avtalssamverkan (KL 9:38, from 2018-07-01). For every commissioning and performing
    municipality or region and every full calendar year of the agreement's period (from its
    start, or from when it was concluded, and not before 2018-07-01) that ended before the
    date of the check, a report for that year should be recorded. When no report at all is
    recorded, the rule says once that reporting was not checked; when some are recorded, a
    missing party-year is an error.

    Does not check: when in the following year the report is due (KL 9:38 sets no date, so a
    year counts as soon as it has ended), part years, the report's content, or whether the
    styrelse or fullmäktige handled it. Participants that are not municipalities or regions
    have no styrelse in this sense and are skipped.
    """
    years = _due_years(cooperation, ctx.as_of)
    if not years:
        return
    if not cooperation.annual_reports:
        yield ctx.finding(
            N_(
                "Inga årliga redovisningar till fullmäktige anges för åren {first}–{last}; "
                "redovisningen har inte prövats."
            ),
            path="$.annual_reports",
            severity=Severity.INFO,
            first=str(years[0]),
            last=str(years[-1]),
        )
        return
    parties = list(dict.fromkeys((*cooperation.commissioning, cooperation.performing)))
    recorded = {(report.party, report.year) for report in cooperation.annual_reports}
    for party in parties:
        if not is_party(party):
            continue
        for year in years:
            if (party, year) not in recorded:
                yield ctx.finding(
                    N_(
                        "Styrelsen i {party} har inte redovisat avtalssamverkan för {year} "
                        "till fullmäktige."
                    ),
                    path="$.annual_reports",
                    party=party,
                    year=str(year),
                    facts={"year": year},
                )


_SCHOOL_SECTIONS = {"22": "23 kap. 22 §", "23": "23 kap. 23 §"}
_SCHOOL_ALLOWED = {
    "22": T_("förskola, fritidshem, kommunal vuxenutbildning och pedagogisk omsorg"),
    "23": T_("kommunal vuxenutbildning"),
}


def _cites_school_samverkan(citation: Citation) -> bool:
    if (citation.sfs, citation.chapter) != ("2010:800", 23):
        return False
    first = int(citation.section.split()[0])
    last = int(citation.through.split()[0]) if citation.through else first
    return first <= 24 and last >= 21


def _transfer_section(area: TaskArea, section: str) -> bool:
    return any(
        (t.citation.sfs, t.citation.chapter, t.citation.section) == ("2010:800", 23, section)
        for t in area.transfers
    )


@rule(
    "SKOL-23-21-samverkan-transfer",
    applies_to=ContractualCooperation,
    cites=("SkolL 23:21", "SkolL 23:22", "SkolL 23:23", "SkolL 23:24"),
    valid_from=SKOLL_START,
)
def school_samverkan(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """School "samverkan" moves huvudmannaskap, and only for the school forms listed.

    Under SkolL 23:21 a municipality may agree with another municipality, a region or the
    state that the other takes over the responsibility for a school task, and with it the
    huvudmannaskap; the agreement must be reported to Skolinspektionen. Another municipality
    may take over only förskola, fritidshem, kommunal vuxenutbildning and pedagogisk omsorg
    (23:22), a region only kommunal vuxenutbildning (23:23), and the state only förskola
    in connection with sameskola (23:24). When the agreement cites these sections, each task
    must be of a form the receiving level may take over (read from the task areas' statutory
    transfers), and the handing-over party must be a municipality. The rule also says, as
    information, that huvudmannaskap moves, unlike avtalssamverkan under KL 9:37, and that
    the agreement must be reported.

    Does not check: transfers to the state (23:24; reported as not checked), pedagogisk
    omsorg (not in the catalogue), the reporting to Skolinspektionen itself, or the wording
    of chapter 23 before lag (2020:605): the current lists are applied to every date from the
    act's entry into force.
    """
    if not any(_cites_school_samverkan(c) for c in cooperation.legal_basis):
        return
    performing = cooperation.performing
    yield ctx.finding(
        N_(
            "Samverkan enligt 23 kap. 21 § skollagen innebär att {performing} tar över ansvaret "
            "och huvudmannaskapet, till skillnad från avtalssamverkan enligt kommunallagen; "
            "avtalet ska anmälas till Skolinspektionen."
        ),
        path="$.legal_basis",
        severity=Severity.INFO,
        performing=performing,
    )
    for index, party in enumerate(cooperation.commissioning):
        if isinstance(party, Region):
            yield ctx.finding(
                N_(
                    "{party} kan inte lämna över ansvar genom samverkan enligt skollagen; "
                    "bara en kommun kan sluta ett sådant avtal."
                ),
                path=f"$.commissioning[{index}]",
                party=party,
            )
    if isinstance(performing, Municipality):
        section = "22"
    elif isinstance(performing, Region):
        section = "23"
    else:
        yield ctx.finding(
            N_(
                "Samverkan med {performing} enligt skollagen har inte prövats; bara samverkan "
                "med en kommun eller en region (23 kap. 22–23 §§) kontrolleras."
            ),
            path="$.performing",
            severity=Severity.INFO,
            performing=performing,
        )
        return
    for index, task in enumerate(cooperation.tasks):
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        if area is None or _transfer_section(area, section):
            continue
        yield ctx.finding(
            N_(
                "{area_name} ({area}) kan inte lämnas över till {performing} genom samverkan "
                "enligt {section} skollagen; bara {allowed} får lämnas över så."
            ),
            path=f"$.tasks[{index}]",
            area_name=Localised(area.name_sv, area.name_en),
            area=area.id,
            performing=performing,
            section=_SCHOOL_SECTIONS[section],
            allowed=_SCHOOL_ALLOWED[section],
        )


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
        if not task.area.startswith("internal."):
            continue
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        yield ctx.finding(
            N_(
                "{area_name} är en administrativ stödtjänst; enligt Upphandlingsmyndigheten kan "
                "sådana tjänster sannolikt inte köpas med stöd av undantaget i 3 kap. 17 § LOU."
            ),
            path=f"$.tasks[{index}]",
            area_name=Localised(area.name_sv, area.name_en) if area is not None else task.area,
            facts={"source": "Upphandlingsmyndigheten", "verification": "verified-sec"},
        )
        return


@rule(
    "KL-9-37-performer-competence",
    applies_to=ContractualCooperation,
    cites=("KL 9:37 1 st.",),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def performer_competence(
    cooperation: ContractualCooperation, ctx: RuleContext
) -> Iterator[Finding]:
    """The performing party should itself hold competence for the kind of task it performs.

    It is recalled, but not verified against the preparatory works (prop. 2017/18:151), that
    the performing party under KL 9:37 must itself have competence for that kind of task, so
    that, for example, a region cannot perform rescue services for a municipality. The rule
    warns when the performing municipality or region holds no competence in a task's area on
    the date the agreement was concluded (or started, or the date of the check when neither
    is recorded).

    Does not check: whether the reading is right (it is a warning for that reason), tasks of
    unknown areas (see KL-2-1-localisation), or performing participants that are not
    municipalities or regions (see KL-9-37-avtalssamverkan).
    """
    performing = cooperation.performing
    if not isinstance(performing, Municipality | Region):
        return
    on = judged_on(cooperation) or ctx.as_of
    for index, task in enumerate(cooperation.tasks):
        area = ctx.context.competence.find(task.area)  # unknown: KL-2-1-localisation
        if area is None or competence_of(performing, area, on) is not None:
            continue
        yield ctx.finding(
            N_(
                "{performing} har själv ingen befogenhet inom {area_name} ({area}); det är "
                "oklart om en part får utföra en sådan uppgift åt en annan genom "
                "avtalssamverkan. Området innehas av: {holders}."
            ),
            path=f"$.tasks[{index}]",
            performing=performing,
            area_name=Localised(area.name_sv, area.name_en),
            area=area.id,
            holders=", ".join(h.summary() for h in area.holdings_on(on)) or T_("ingen"),
            facts={"judged_on": on.isoformat()},
        )
