"""Rules for contractual cooperation (avtalssamverkan, KL 9:37–38) and the special acts that
limit or replace it (PBL 12:6, LSO 3:16, SkolL 23:21–24, LOU 3:10–18)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from samverkan.competence import CATALOGUE, TaskAreaCatalogue
from samverkan.law import Citation, Verification, parse_citation
from samverkan.model import (
    Adoption,
    AnnualReport,
    Body,
    Compensation,
    ContractualCooperation,
    DelegateKind,
    Delegation,
    JointCommittee,
    MatterCategory,
    Organisation,
    OrganisationKind,
    Period,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import REGISTRY, Context, Severity, check
from seeds import KSON, OSTERSUND, REGION_JH, jamtland_committees

TODAY = date(2026, 11, 22)
REG = registry()
BERG = REG.municipality("2326")
ARE = REG.municipality("2321")
BUS_AB = Organisation("Stadsbussarna AB", OrganisationKind.AKTIEBOLAG)
SKOLVERKET = Organisation("Sameskolstyrelsen", OrganisationKind.STATLIG_MYNDIGHET)
M = MatterCategory

PARTIES = "KL-9-37-avtalssamverkan"
RETAINED = "KL-9-37-responsibility-retained"
DELEGATION = "KL-9-37-external-delegation"
PBL = "PBL-12-6-delegation-limits"
LSO = "LSO-3-16-delegation"
ANNUAL = "KL-9-38-annual-report"
SCHOOL = "SKOL-23-21-samverkan-transfer"
LOU = "LOU-3-17-horizontal"
PERFORMER = "KL-9-37-performer-competence"


def _cooperation(**changes: object) -> ContractualCooperation:
    fields: dict[str, object] = {
        "name": "Avtal om löneadministration",
        "commissioning": (BERG,),
        "performing": OSTERSUND,
        "tasks": (Task("internal.payroll"),),
        "concluded_on": date(2019, 1, 1),
    }
    fields.update(changes)
    return ContractualCooperation(**fields)  # type: ignore[arg-type]


def _committee(*delegations: Delegation) -> JointCommittee:
    return JointCommittee("Gemensam nämnd", (OSTERSUND, BERG), OSTERSUND, delegations=delegations)


def _employee(employer: object, *categories: MatterCategory, **kw: object) -> Delegation:
    return Delegation(
        "Beslut",
        DelegateKind.EMPLOYEE,
        employer,  # type: ignore[arg-type]
        frozenset(categories),
        **kw,  # type: ignore[arg-type]
    )


# -- the whole picture -------------------------------------------------------------------------


def test_realistic_procurement_cooperation_is_clean_apart_from_information() -> None:
    cooperation = ContractualCooperation(
        "Avtal om upphandlingstjänster",
        commissioning=(BERG,),
        performing=REGION_JH,
        tasks=(Task("internal.procurement", "Upphandling av ramavtal för Bergs kommun."),),
        concluded_on=date(2020, 1, 15),
        period=Period(date(2020, 2, 1)),
        compensation=Compensation(Decimal("450000")),
        delegations=(
            Delegation(
                "Tilldelningsbeslut i upphandlingar",
                DelegateKind.EMPLOYEE,
                REGION_JH,
                frozenset({M.PROCUREMENT}),
            ),
        ),
        adoptions=(
            Adoption(BERG, Body.FULLMAKTIGE, date(2019, 12, 16)),
            Adoption(REGION_JH, Body.FULLMAKTIGE, date(2019, 12, 11)),
        ),
    )
    report = check(cooperation, as_of=TODAY)
    assert report.errors == ()
    assert report.warnings == ()
    assert {f.rule_id for f in report.infos} == {LOU, ANNUAL}
    assert {PARTIES, DELEGATION, "KL-2-1-localisation", PERFORMER} <= set(report.applied)


def test_municipality_commissioning_a_region_for_social_services_only_warns() -> None:
    cooperation = _cooperation(performing=REGION_JH, tasks=(Task("sol.social-services"),))
    report = check(cooperation, as_of=TODAY)
    assert report.errors == ()
    (warning,) = report.warnings
    assert warning.rule_id == PERFORMER
    assert warning.path == "$.tasks[0]"
    assert warning.message().startswith(
        "Region Jämtland Härjedalen (23) har själv ingen befogenhet inom Socialtjänst "
        "(sol.social-services)"
    )
    # Judged on the day the agreement was concluded (2019), under SoL (2001:453).
    assert warning.message().endswith("Området innehas av: kommun ska (SoL (2001:453) 2:1).")


def test_rule_metadata() -> None:
    # LSO 3:16 4 st. is verified in the consolidated text, in force from 2021-01-01.
    assert REGISTRY.get(LSO).verification is Verification.VERIFIED_RK
    assert REGISTRY.get(LSO).severity is Severity.ERROR
    assert REGISTRY.get(LSO).valid_from == date(2021, 1, 1)
    assert [c.short() for c in REGISTRY.get(LSO).citations] == ["LSO 3:16 4 st."]
    assert REGISTRY.get(RETAINED).verification is Verification.VERIFIED_SEC
    assert REGISTRY.get(PERFORMER).verification is Verification.RECALLED
    assert REGISTRY.get(LOU).severity is Severity.INFO
    assert REGISTRY.get(PARTIES).valid_from == date(2018, 7, 1)
    assert [c.short() for c in REGISTRY.get(DELEGATION).citations] == [
        "KL 9:37 2 st.",
        "KL 6:38 1 st.",
        "KL 7:4–8",
    ]


def test_avtalssamverkan_rules_do_not_apply_before_2018_07_01() -> None:
    report = check(_cooperation(concluded_on=date(2018, 3, 1)), as_of=date(2018, 6, 30))
    assert PARTIES in report.not_in_force
    assert DELEGATION in report.not_in_force
    assert "KL-2-1-localisation" in report.applied
    assert len(report.by_rule("KL-2-1-localisation")) == 1


# -- KL-9-37-avtalssamverkan -------------------------------------------------------------------


def test_parties_silent_for_two_municipalities() -> None:
    assert check(_cooperation(), as_of=TODAY).by_rule(PARTIES) == ()


def test_participants_that_are_not_municipalities_or_regions() -> None:
    report = check(_cooperation(commissioning=(BERG, KSON), performing=BUS_AB), as_of=TODAY)
    commissioning, performing = report.by_rule(PARTIES)
    assert commissioning.path == "$.commissioning[1]"
    assert commissioning.message() == (
        "Kommunalförbundet Sjukvård och omsorg i Norrtälje (kommunalförbund) kan inte vara "
        "beställande part i avtalssamverkan: bara kommuner och regioner kan ingå sådana avtal."
    )
    assert performing.path == "$.performing"
    assert "Stadsbussarna AB (aktiebolag) kan inte vara utförande part" in performing.message()


def test_landsting_wording_before_2020() -> None:
    report = check(_cooperation(commissioning=(KSON,)), as_of=date(2019, 6, 1))
    (finding,) = report.by_rule(PARTIES)
    assert finding.message().endswith("bara kommuner och landsting kan ingå sådana avtal.")


def test_performing_party_cannot_commission_itself() -> None:
    (alone,) = check(_cooperation(commissioning=(OSTERSUND,)), as_of=TODAY).by_rule(PARTIES)
    assert alone.path == "$.performing"
    assert "både beställande och utförande part; avtalssamverkan kräver" in alone.message()
    (among,) = check(_cooperation(commissioning=(BERG, OSTERSUND)), as_of=TODAY).by_rule(PARTIES)
    assert among.message() == "Östersund (2380) står både som utförande och som beställande part."


def test_no_tasks_no_commissioning_and_stray_for_parties() -> None:
    empty = check(_cooperation(commissioning=(), tasks=()), as_of=TODAY).by_rule(PARTIES)
    assert [f.path for f in empty] == ["$.tasks", "$.commissioning"]
    stray = _cooperation(tasks=(Task("internal.payroll", for_parties=(ARE,)),))
    (finding,) = check(stray, as_of=TODAY).by_rule(PARTIES)
    assert finding.path == "$.tasks[0].for_parties[0]"
    assert finding.message() == (
        "Uppgiften utförs åt Åre (2321), som inte är beställande part i avtalet."
    )


def test_special_basis_alone_is_not_held_to_the_kl_party_requirements() -> None:
    cooperation = _cooperation(
        commissioning=(REGION_JH,),
        performing=BUS_AB,
        tasks=(Task("ktl.regional-public-transport"),),
        legal_basis=(parse_citation("2009:47 3:3"),),
    )
    report = check(cooperation, as_of=TODAY)
    assert report.by_rule(PARTIES) == ()
    assert report.by_rule("KL-2-1-localisation") == ()
    with_kl = _cooperation(
        performing=BUS_AB, legal_basis=(parse_citation("KL 9:37"), parse_citation("2009:47 3:3"))
    )
    assert len(check(with_kl, as_of=TODAY).by_rule(PARTIES)) == 1


# -- KL-9-37-responsibility-retained -----------------------------------------------------------


def test_responsibility_retained_once_for_statutory_committee_areas() -> None:
    cooperation = _cooperation(
        tasks=(Task("sol.social-services"), Task("lss.support-and-service"), Task("internal.it"))
    )
    (finding,) = check(cooperation, as_of=TODAY).by_rule(RETAINED)
    assert (finding.severity, finding.path) == (Severity.INFO, "$.tasks")
    assert finding.message() == (
        "Vid avtalssamverkan flyttas bara utförandet: ansvaret för Socialtjänst, Insatser "
        "enligt LSS 9 § 2–10 ligger kvar hos Berg (2326), vars nämnd enligt SoL 4:2, LSS 22 § "
        "fortfarande är ansvarig."
    )


def test_responsibility_retained_silent_without_statutory_committee_or_kl_basis() -> None:
    assert check(_cooperation(), as_of=TODAY).by_rule(RETAINED) == ()
    school = _cooperation(
        tasks=(Task("school.preschool"),), legal_basis=(parse_citation("SkolL 23:22"),)
    )
    assert check(school, as_of=TODAY).by_rule(RETAINED) == ()


def test_responsibility_retained_names_the_committee_of_the_date_and_catalogue() -> None:
    """The provision follows the date checked and the catalogue given, in any order."""
    cooperation = _cooperation(tasks=(Task("sol.social-services"),))
    social = CATALOGUE.get("sol.social-services")
    own = attrs.evolve(
        social, statutory_committee=Citation("2017:725", 6, "2"), former_statutory_committees=()
    )
    mine = TaskAreaCatalogue([*(a for a in CATALOGUE if a.id != own.id), own])
    runs = [
        (date(2019, 1, 1), None, "SoL (2001:453) 2:4"),
        (TODAY, None, "SoL 4:2"),
        (TODAY, mine, "KL 6:2"),
        (TODAY, None, "SoL 4:2"),
        (date(2019, 1, 1), None, "SoL (2001:453) 2:4"),
    ]
    for on, catalogue, committee in runs:
        context = Context(on) if catalogue is None else Context(on, competence=catalogue)
        (finding,) = check(cooperation, context=context).by_rule(RETAINED)
        assert finding.params["committees"] == committee


# -- KL-9-37-external-delegation ---------------------------------------------------------------


def test_delegation_to_an_employee_of_the_performing_party_is_silent() -> None:
    cooperation = _cooperation(delegations=(_employee(OSTERSUND, M.PROCUREMENT, M.AUTHORITY),))
    assert check(cooperation, as_of=TODAY).by_rule(DELEGATION) == ()


def test_delegation_to_a_member_or_another_employer() -> None:
    cooperation = _cooperation(
        delegations=(
            Delegation("Avskrivning", DelegateKind.MEMBER),
            _employee(BERG),
        )
    )
    member, employer = check(cooperation, as_of=TODAY).by_rule(DELEGATION)
    assert (member.severity, member.path) == (Severity.ERROR, "$.delegations[0].delegate")
    assert "går till ledamot eller ersättare" in member.message()
    assert employer.path == "$.delegations[1].employer"
    assert employer.message() == (
        "Delegationen i ärendet ”Beslut” går till en anställd hos Berg (2326); inom "
        "avtalssamverkan får beslutanderätt bara lämnas till en anställd hos den utförande "
        "parten Östersund (2380)."
    )


def test_delegation_of_6_38_matters_and_unknown_employer() -> None:
    cooperation = _cooperation(
        delegations=(_employee(None, M.GOALS_AND_QUALITY, M.MAJOR_AUTHORITY, M.PROCUREMENT),)
    )
    barred, unknown = sorted(
        check(cooperation, as_of=TODAY).by_rule(DELEGATION), key=lambda f: f.path
    )
    assert (barred.severity, barred.path) == (Severity.ERROR, "$.delegations[0].categories")
    assert barred.facts["categories"] == ["GOALS_AND_QUALITY", "MAJOR_AUTHORITY"]
    assert "mål, inriktning, omfattning eller kvalitet" in barred.message()
    assert (unknown.severity, unknown.path) == (Severity.INFO, "$.delegations[0].employer")


def test_sub_delegation_is_a_warning_on_a_secondary_source() -> None:
    cooperation = _cooperation(delegations=(_employee(OSTERSUND, sub_delegation=True),))
    (finding,) = check(cooperation, as_of=TODAY).by_rule(DELEGATION)
    assert (finding.severity, finding.path) == (Severity.WARNING, "$.delegations[0].sub_delegation")
    assert [c.short() for c in finding.citations] == ["KL 9:37 2 st.", "KL 7:6"]
    assert finding.facts["verification"] == "verified-sec"
    assert "Vidaredelegering i ärendet ”Beslut” är sannolikt inte möjlig" in finding.message()


# -- PBL-12-6-delegation-limits ----------------------------------------------------------------


def test_pbl_limits_in_a_cooperation_and_a_joint_committee() -> None:
    cooperation = _cooperation(delegations=(_employee(OSTERSUND, M.PBL_SANCTION),))
    (finding,) = check(cooperation, as_of=TODAY).by_rule(PBL)
    assert (finding.severity, finding.path) == (Severity.ERROR, "$.delegations[0].categories")
    assert finding.message() == (
        "Ärendet ”Beslut” får inte delegeras enligt 12 kap. 6 § plan- och bygglagen, eftersom "
        "det gäller PBL: byggsanktionsavgift."
    )
    committee = _committee(_employee(BERG, M.AUTHORITY), _employee(BERG, M.PBL_PRINCIPLE))
    (finding,) = check(committee, as_of=TODAY).by_rule(PBL)
    assert finding.path == "$.delegations[1].categories"
    assert finding.severity is Severity.ERROR


def test_pbl_fine_alone_is_a_warning_because_of_its_exceptions() -> None:
    (finding,) = check(_committee(_employee(BERG, M.PBL_FINE)), as_of=TODAY).by_rule(PBL)
    assert finding.severity is Severity.WARNING
    assert "vissa undantagsfall" in finding.message()
    both = _committee(_employee(BERG, M.PBL_FINE, M.PBL_AT_EXPENSE))
    (finding,) = check(both, as_of=TODAY).by_rule(PBL)
    assert finding.severity is Severity.ERROR


def test_pbl_silent_without_pbl_matters_and_before_2018_07_01() -> None:
    assert check(_committee(_employee(BERG, M.AUTHORITY)), as_of=TODAY).by_rule(PBL) == ()
    early = check(_committee(_employee(BERG, M.PBL_SANCTION)), as_of=date(2018, 3, 1))
    assert PBL in early.not_in_force


# -- LSO-3-16-delegation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delegation", "receiver"),
    [
        (_employee(REGION_JH, M.RESCUE_COMMAND), "Region Jämtland Härjedalen (23)"),
        (_employee(BUS_AB, M.RESCUE_COMMAND), "Stadsbussarna AB (aktiebolag)"),
        (
            Delegation("Beslut", DelegateKind.UTSKOTT, categories=frozenset({M.RESCUE_COMMAND})),
            "utskott",
        ),
    ],
)
def test_rescue_command_delegated_outside_municipalities(
    delegation: Delegation, receiver: str
) -> None:
    for subject in (_committee(delegation), _cooperation(delegations=(delegation,))):
        (finding,) = check(subject, as_of=TODAY).by_rule(LSO)
        assert (finding.severity, finding.path) == (Severity.ERROR, "$.delegations[0]")
        assert finding.params["receiver"] == receiver
        assert "anställd i en kommun eller ett kommunalförbund" in finding.message()


def test_rescue_command_to_municipality_or_federation_employees_is_silent() -> None:
    committee = _committee(
        _employee(BERG, M.RESCUE_COMMAND),
        _employee(KSON, M.RESCUE_COMMAND),
        _employee(None, M.RESCUE_COMMAND),
        _employee(REGION_JH, M.AUTHORITY),
    )
    assert check(committee, as_of=TODAY).by_rule(LSO) == ()
    early = check(_committee(_employee(REGION_JH, M.RESCUE_COMMAND)), as_of=date(2020, 12, 31))
    assert LSO in early.not_in_force


# -- KL-9-38-annual-report ---------------------------------------------------------------------


def _reports(*years: int, skip: tuple[object, int] | None = None) -> tuple[AnnualReport, ...]:
    return tuple(
        AnnualReport(party, year)  # type: ignore[arg-type]
        for party in (BERG, OSTERSUND)
        for year in years
        if (party, year) != skip
    )


def test_no_annual_reports_recorded_is_information() -> None:
    cooperation = _cooperation(period=Period(date(2019, 1, 1)))
    (finding,) = check(cooperation, as_of=TODAY).by_rule(ANNUAL)
    assert (finding.severity, finding.path) == (Severity.INFO, "$.annual_reports")
    assert finding.message() == (
        "Inga årliga redovisningar till fullmäktige anges för åren 2019–2024; redovisningen "
        "har inte prövats."
    )


def test_missing_party_year_is_a_warning() -> None:
    """KL 9:38: one report a year on all of a party's avtalssamverkan, not one per agreement."""
    years = range(2019, 2026)
    cooperation = _cooperation(
        period=Period(date(2019, 1, 1)), annual_reports=_reports(*years, skip=(OSTERSUND, 2021))
    )
    (finding,) = check(cooperation, as_of=TODAY).by_rule(ANNUAL)
    assert (finding.severity, finding.path) == (Severity.WARNING, "$.annual_reports")
    assert finding.message() == (
        "Kommunstyrelsen i Östersund (2380) har inte redovisat avtalssamverkan för 2021 till "
        "fullmäktige."
    )
    complete = _cooperation(period=Period(date(2019, 1, 1)), annual_reports=_reports(*years))
    assert check(complete, as_of=TODAY).by_rule(ANNUAL) == ()


def test_a_party_with_no_report_listed_is_unrecorded_unless_the_list_is_complete() -> None:
    berg_only = tuple(r for r in _reports(2019, 2020) if r.party == BERG)
    cooperation = _cooperation(
        period=Period(date(2019, 1, 1), date(2020, 12, 31)), annual_reports=berg_only
    )
    (finding,) = check(cooperation, as_of=TODAY).by_rule(ANNUAL)
    assert (finding.severity, finding.category.name) == (Severity.INFO, "NOT_RECORDED")
    assert finding.message() == (
        "Inga årliga redovisningar anges för Östersund (2380); redovisningen har inte prövats "
        "för den parten."
    )
    complete = attrs.evolve(cooperation, annual_reports_complete=True)
    missing = [
        (str(f.params["party"]), f.facts["year"])
        for f in check(complete, as_of=TODAY).by_rule(ANNUAL)
    ]
    assert missing == [("Östersund (2380)", 2019), ("Östersund (2380)", 2020)]


def test_a_years_report_is_not_missing_before_the_following_year_has_ended() -> None:
    """KL 9:38: the report on 2024 is given during 2025, so it is missing only from 2026."""
    cooperation = _cooperation(
        period=Period(date(2023, 1, 1)),
        annual_reports=_reports(2023, 2024, skip=(OSTERSUND, 2024)),
    )
    assert check(cooperation, as_of=date(2025, 12, 31)).by_rule(ANNUAL) == ()
    (finding,) = check(cooperation, as_of=date(2026, 1, 1)).by_rule(ANNUAL)
    assert "2024" in finding.message()


def test_only_full_years_of_the_period_after_2018_07_01_count() -> None:
    ended = _cooperation(
        period=Period(date(2019, 3, 1), date(2021, 6, 30)), annual_reports=_reports(2020)
    )
    assert check(ended, as_of=TODAY).by_rule(ANNUAL) == ()
    old = _cooperation(
        concluded_on=date(2017, 1, 1),
        legal_basis=(parse_citation("2009:47 3:2"),),
        annual_reports=_reports(2020),
    )
    missing = [f.facts["year"] for f in check(old, as_of=date(2021, 5, 1)).by_rule(ANNUAL)]
    assert missing == [2019, 2019]
    assert check(_cooperation(concluded_on=None), as_of=TODAY).by_rule(ANNUAL) == ()
    young = _cooperation(concluded_on=date(2025, 6, 1), annual_reports=_reports(2025))
    assert check(young, as_of=TODAY).by_rule(ANNUAL) == ()


def test_participants_that_are_not_parties_report_nothing() -> None:
    cooperation = _cooperation(
        commissioning=(REGION_JH,),
        performing=BUS_AB,
        period=Period(date(2024, 1, 1)),
        annual_reports=(AnnualReport(REGION_JH, 2024), AnnualReport(REGION_JH, 2025)),
    )
    assert check(cooperation, as_of=TODAY).by_rule(ANNUAL) == ()


# -- SKOL-23-21-samverkan-transfer -------------------------------------------------------------


def _school(
    area: str, performing: object = OSTERSUND, claim: str = "SkolL 23:22", **kw: object
) -> ContractualCooperation:
    return _cooperation(
        performing=performing,
        tasks=(Task(area),),
        legal_basis=(parse_citation(claim),),
        **kw,
    )


def test_school_samverkan_of_a_listed_form_is_information_only() -> None:
    findings = check(_school("school.preschool"), as_of=TODAY).by_rule(SCHOOL)
    (info,) = findings
    assert (info.severity, info.path) == (Severity.INFO, "$.legal_basis")
    assert info.message() == (
        "Samverkan enligt 23 kap. 21 § skollagen innebär att Östersund (2380) tar över ansvaret "
        "och huvudmannaskapet, till skillnad från avtalssamverkan enligt kommunallagen; avtalet "
        "ska anmälas till Skolinspektionen."
    )
    region = _school("school.adult-education", REGION_JH, "SkolL 23:21–24")
    assert [f.severity for f in check(region, as_of=TODAY).by_rule(SCHOOL)] == [Severity.INFO]


def test_school_samverkan_of_a_form_not_listed() -> None:
    report = check(_school("school.compulsory"), as_of=TODAY)
    (error,) = [f for f in report.by_rule(SCHOOL) if f.severity is Severity.ERROR]
    assert error.path == "$.tasks[0]"
    assert error.message() == (
        "Förskoleklass, grundskola och anpassad grundskola (school.compulsory) kan inte lämnas "
        "över till Östersund (2380) genom samverkan enligt 23 kap. 22 § skollagen; bara "
        "förskola, fritidshem, kommunal vuxenutbildning och pedagogisk omsorg får lämnas över så."
    )
    (error,) = check(_school("school.preschool", REGION_JH, "SkolL 23:23"), as_of=TODAY).errors
    assert error.rule_id == SCHOOL
    assert error.message().endswith("bara kommunal vuxenutbildning får lämnas över så.")


def test_school_samverkan_parties() -> None:
    handed_by_region = _school("school.adult-education", commissioning=(REGION_JH,))
    (error,) = [
        f for f in check(handed_by_region, as_of=TODAY).by_rule(SCHOOL) if f.path != "$.legal_basis"
    ]
    assert error.path == "$.commissioning[0]"
    assert "bara en kommun kan sluta ett sådant avtal" in error.message()
    state = check(_school("school.preschool", SKOLVERKET, "SkolL 23:24"), as_of=TODAY)
    assert [(f.severity, f.path) for f in state.by_rule(SCHOOL)] == [
        (Severity.INFO, "$.legal_basis"),
        (Severity.INFO, "$.performing"),
    ]


def test_school_rule_silent_without_a_samverkan_citation() -> None:
    entreprenad = _school("school.compulsory", claim="SkolL 23:3")
    assert check(entreprenad, as_of=TODAY).by_rule(SCHOOL) == ()
    other_chapter = _school("school.compulsory", claim="SkolL 2:2")
    assert check(other_chapter, as_of=TODAY).by_rule(SCHOOL) == ()
    unknown_area = _school("school.unknown")
    assert [f.path for f in check(unknown_area, as_of=TODAY).by_rule(SCHOOL)] == ["$.legal_basis"]


# -- LOU-3-17-horizontal -----------------------------------------------------------------------


def test_procurement_information_when_paid() -> None:
    cooperation = _cooperation(
        tasks=(Task("sol.social-services"), Task("internal.payroll")),
        compensation=Compensation(Decimal("100000")),
    )
    general, support = check(cooperation, as_of=TODAY).by_rule(LOU)
    assert (general.severity, general.path) == (Severity.INFO, "$.compensation")
    assert "undantar inte från lagen om offentlig upphandling" in general.message()
    assert "mindre än 20 procent" in general.message()
    assert (support.severity, support.path) == (Severity.INFO, "$.tasks[1]")
    assert support.message().startswith("Löneadministration är en administrativ stödtjänst")


def test_procurement_silent_without_compensation_and_once_for_support() -> None:
    assert check(_cooperation(), as_of=TODAY).by_rule(LOU) == ()
    paid = _cooperation(
        tasks=(Task("sol.social-services"),), compensation=Compensation(Decimal("1"))
    )
    assert [f.path for f in check(paid, as_of=TODAY).by_rule(LOU)] == ["$.compensation"]
    two = _cooperation(
        tasks=(Task("internal.it"), Task("internal.made-up")),
        compensation=Compensation(Decimal("1")),
    )
    assert [f.path for f in check(two, as_of=TODAY).by_rule(LOU)] == [
        "$.compensation",
        "$.tasks[0]",
    ]


# -- KL-9-37-performer-competence --------------------------------------------------------------


def test_region_performing_rescue_services_warns() -> None:
    cooperation = _cooperation(
        performing=REGION_JH, tasks=(Task("lso.rescue-services"),), concluded_on=None
    )
    (finding,) = check(cooperation, as_of=TODAY).by_rule(PERFORMER)
    assert (finding.severity, finding.path) == (Severity.WARNING, "$.tasks[0]")
    assert finding.facts["judged_on"] == TODAY.isoformat()


def test_performer_competence_silent() -> None:
    assert check(_cooperation(), as_of=TODAY).by_rule(PERFORMER) == ()
    company = _cooperation(performing=BUS_AB, tasks=(Task("lso.rescue-services"),))
    assert check(company, as_of=TODAY).by_rule(PERFORMER) == ()
    unknown = _cooperation(tasks=(Task("lso.rescue"),))
    assert check(unknown, as_of=TODAY).by_rule(PERFORMER) == ()


# -- the seeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("committee", jamtland_committees(), ids=lambda c: c.short_name)
def test_seed_committees_have_no_delegation_findings(committee: JointCommittee) -> None:
    report = check(committee, as_of=TODAY)
    # Without delegations of such matters, PBL 12:6 and LSO 3:16 do not govern the committee.
    assert PBL in report.not_applicable
    assert LSO in report.not_applicable
    assert report.by_rule(PBL) == report.by_rule(LSO) == ()
