"""Corrections to the competence catalogue and the competence rules (legal review E1–E4, E7,
E8, E10, E13, E16, E18, D10; issue 10 sections 1 and 6).

Each test names the provision it rests on; each failed on the catalogue as it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from samverkan.competence import (
    CATALOGUE,
    Duty,
    Holding,
    TaskArea,
    TaskAreaCatalogue,
    competence_of,
)
from samverkan.competence.model import EntreprenadScope, SchoolEntreprenad
from samverkan.law import Citation, Verification
from samverkan.law.dates import (
    PBL_REGIONAL_PLANNING_HALLAND,
    RUA_ALL_COUNTIES,
    RUA_FOUR_COUNTIES_2017,
    SKOLL_23_2020,
)
from samverkan.law.statutes import statute
from samverkan.model import ContractualCooperation, Task
from samverkan.parties import registry
from samverkan.rules import Context, Severity, check
from samverkan.rules.localisation import BasisKind, find_localisation_basis

REG = registry()
OSTERSUND = REG.municipality("2380")
BERG = REG.municipality("2326")
GOTLAND = REG.municipality("0980")
LOCALISATION = "KL-2-1-localisation"


# -- families as attributes (issue 10 §1) ------------------------------------------------------


def test_families_are_attributes_not_id_prefixes() -> None:
    """Lag (2003:192) 1 §, FB 19 kap. and internal services are attributes of the area."""
    care = {area.id for area in CATALOGUE if area.care_and_welfare}
    assert {a for a in care if not a.startswith(("hsl.", "sol.", "lss."))} == {
        "tandvl.dental-care",
        "lpt.compulsory-psychiatric-care",
        "smittskydd.disease-control",
        "lvm.compulsory-care",
        "lvu.care-of-young-persons",
        "patient.patient-board",
    }
    assert all(area.care_and_welfare for area in CATALOGUE if area.id.startswith("hsl."))
    internal = {area.id for area in CATALOGUE if area.internal_service}
    assert internal == {a.id for a in CATALOGUE if a.id.startswith("internal.")}
    assert [area.id for area in CATALOGUE if area.guardianship] == ["fb.guardianship"]
    own = TaskArea(
        "own.dental-clinic",
        "Egen tandvård",
        "Own dental care",
        CATALOGUE.get("tandvl.dental-care").holdings,
        care_and_welfare=True,
    )
    assert own.care_and_welfare
    assert not own.internal_service
    assert not own.guardianship


# -- lag (2003:192) areas (E18) ----------------------------------------------------------------


def test_dental_care_is_the_regions_under_tandvardslagen_5() -> None:
    """Tandvårdslagen (1985:125) 5 §: every region shall offer good dental care."""
    area = CATALOGUE.get("tandvl.dental-care")
    held = competence_of(REG.region("23"), area, date(2020, 1, 1))
    assert held is not None
    assert (held.citation, held.duty) == (Citation("1985:125", None, "5"), Duty.SHALL)
    assert held.verification is Verification.VERIFIED_SEC
    assert competence_of(GOTLAND, area, date(2020, 1, 1)) is not None
    assert competence_of(OSTERSUND, area, date(2020, 1, 1)) is None
    assert area.encoded_on(date(1986, 1, 1))
    assert not area.encoded_on(date(1985, 12, 31))


def test_patient_boards_are_held_by_both_levels_under_2017_372_1() -> None:
    """Lag (2017:372) 1 §: every region and kommun has patientnämnder; 5 § lets a kommun hand
    the duty to its region."""
    area = CATALOGUE.get("patient.patient-board")
    assert {h.holder for h in area.holdings} == {"region", "municipality"}
    assert all(h.verification is Verification.VERIFIED_SFS for h in area.holdings)
    (transfer,) = area.transfers
    assert (transfer.from_holder, transfer.to_holder) == ("municipality", "region")
    assert transfer.citation == Citation("2017:372", None, "5")


@pytest.mark.parametrize(
    ("area_id", "holder", "sfs"),
    [
        ("lpt.compulsory-psychiatric-care", "region", "1991:1128"),
        ("smittskydd.disease-control", "region", "2004:168"),
        ("lvm.compulsory-care", "municipality", "1988:870"),
        ("lvu.care-of-young-persons", "municipality", "1990:52"),
    ],
)
def test_recalled_2003_192_areas_are_labelled_recalled(area_id: str, holder: str, sfs: str) -> None:
    """LPT, smittskyddslagen, LVM, LVU: holders recalled, so at most warnings."""
    (holding,) = CATALOGUE.get(area_id).holdings
    assert (holding.holder, holding.citation.sfs) == (holder, sfs)
    assert holding.verification is Verification.RECALLED
    assert holding.valid_from == statute(sfs).in_force


# -- regional development and planning (E7, E8) -----------------------------------------------


def test_regional_development_before_2019_only_in_the_listed_counties() -> None:
    """Lag (2010:630) "i vissa län" until 2018-12-31 (prop. 2017/18:206); all from 2019."""
    area = CATALOGUE.get("rua.regional-development")
    västerbotten, jämtland, uppsala = REG.region("24"), REG.region("23"), REG.region("03")
    assert competence_of(västerbotten, area, date(2018, 12, 31)) is None
    assert competence_of(jämtland, area, date(2018, 12, 31)) is not None
    assert competence_of(uppsala, area, RUA_FOUR_COUNTIES_2017) is not None
    assert competence_of(GOTLAND, area, date(2018, 6, 1)) is not None
    held = competence_of(västerbotten, area, RUA_ALL_COUNTIES)
    assert held is not None
    assert held.verification is Verification.VERIFIED_RK
    assert not area.encoded_on(date(2016, 12, 31))


def test_regional_development_act_title_depends_on_the_date() -> None:
    """SFS 2018:1348 dropped "i vissa län" from the title on 2019-01-01."""
    act = statute("2010:630")
    assert act.title_on(date(2018, 12, 31)).endswith("i vissa län")
    assert act.cited_as_on(date(2018, 12, 31)).endswith("i vissa län")
    assert act.title_on(RUA_ALL_COUNTIES) == "Lag (2010:630) om regionalt utvecklingsansvar"
    assert act.cited_as_on(RUA_ALL_COUNTIES) == act.cited_as
    assert "lag (2010:630) om regionalt utvecklingsansvar i vissa län" in act.names


def test_regional_planning_in_halland_only_from_2023() -> None:
    """PBL 7 kap.: Stockholm and Skåne from 2019-01-01, Halland from 2023-01-01
    (prop. 2021/22:184)."""
    area = CATALOGUE.get("pbl.regional-planning")
    halland, skane = REG.region("13"), REG.region("12")
    assert competence_of(halland, area, date(2022, 12, 31)) is None
    held = competence_of(halland, area, PBL_REGIONAL_PLANNING_HALLAND)
    assert held is not None
    assert held.verification is Verification.VERIFIED_PROP
    assert competence_of(skane, area, date(2019, 1, 1)) is not None


# -- dated statutory committee (E10) -----------------------------------------------------------


def test_statutory_committee_of_social_services_follows_the_act_in_force() -> None:
    """SoL (2001:453) 2 kap. 4 § until 2025-06-30, SoL (2025:400) 4 kap. 2 § from 2025-07-01."""
    area = CATALOGUE.get("sol.social-services")
    assert area.statutory_committee_on(date(2019, 1, 1)) == Citation("2001:453", 2, "4")
    assert area.statutory_committee_on(date(2025, 6, 30)) == Citation("2001:453", 2, "4")
    assert area.statutory_committee_on(date(2025, 7, 1)) == Citation("2025:400", 4, "2")
    assert area.statutory_committee_on(date(2001, 1, 1)) is None
    hsl = CATALOGUE.get("hsl.regional-care")
    assert hsl.statutory_committee_on(date(2016, 1, 1)) is None
    unknown_act = TaskArea(
        "own.x",
        "X",
        "X",
        hsl.holdings,
        statutory_committee=Citation("1999:999", 1, "1"),
    )
    assert unknown_act.statutory_committee_on(date(2016, 1, 1)) == Citation("1999:999", 1, "1")


def test_social_services_contemplate_another_level_performing() -> None:
    """D10: SoL (2025:400) 4:3 points to KL 9:37 with "en annan kommun eller en region"."""
    area = CATALOGUE.get("sol.social-services")
    assert area.performance_by_other_level == Citation("2025:400", 4, "3")
    assert CATALOGUE.get("lso.rescue-services").performance_by_other_level is None


# -- holder statements (issue 10 §1, item 9) ---------------------------------------------------


def test_holder_statements_read_as_the_statute_of_their_date() -> None:
    """SFS 2019:835: "landstinget ska" before 2020-01-01, "regionen ska" from then."""
    (guardian,) = CATALOGUE.get("fb.guardianship").holdings
    assert guardian.statement() == (
        "Kommunen ska ha en överförmyndare eller en överförmyndarnämnd "
        "(19 kap. 1 § föräldrabalken)."
    )
    earlier, regional = CATALOGUE.get("hsl.regional-care").holdings
    assert earlier.summary(date(2010, 1, 1)) == "landsting ska (1982:763 3 §)"
    assert regional.statement(date(2019, 12, 31)).startswith(
        "Landstinget ska erbjuda en god hälso- och sjukvård åt dem som är bosatta inom "
        "landstinget (8 kap. 1 §"
    )
    assert regional.statement(date(2020, 1, 1)).startswith("Regionen ska erbjuda")
    assert regional.summary(date(2019, 12, 31)) == "landsting ska (HSL 8:1)"
    plain = Holding(
        "region", Duty.MAY, Citation("2017:725", 2, "1"), None, None, Verification.RECALLED
    )
    assert plain.statement(date(2024, 1, 1)) == (
        "Regionen får ta sig an uppgiften (2 kap. 1 § kommunallagen (2017:725))."
    )
    shall = Holding(
        "municipality", Duty.SHALL, Citation("2017:725", 2, "1"), None, None, Verification.RECALLED
    )
    assert shall.statement().startswith("Kommunen ska ansvara för uppgiften")
    (transfer,) = CATALOGUE.get("hsl.home-care").transfers
    assert transfer.summary(date(2019, 1, 1)) == "landsting → kommun (HSL 14:1)"


# -- school entreprenad (E1, E2) ---------------------------------------------------------------


def _school(
    area: str, concluded_on: date, performing: object = OSTERSUND
) -> ContractualCooperation:
    return ContractualCooperation(
        "Skoluppgifter åt Berg",
        commissioning=(BERG,),
        performing=performing,  # type: ignore[arg-type]
        tasks=(Task(area),),
        concluded_on=concluded_on,
    )


def test_grundskola_teaching_by_another_kommun_is_an_error() -> None:
    """SkolL 23:2 2 st.: entreprenad only under chapter 23; 23:3 only for such agreements."""
    (finding,) = check(_school("school.compulsory", SKOLL_23_2020), as_of=SKOLL_23_2020).by_rule(
        LOCALISATION
    )
    assert finding.severity is Severity.ERROR
    assert [c.short() for c in finding.citations] == ["SkolL 23:2 2 st.", "SkolL 23:3"]


def test_the_cases_of_23_8_to_19_are_a_basis() -> None:
    """SkolL 23:12, 23:14, 23:16 and others let another huvudman teach on entreprenad."""
    for area in ("school.holiday-school", "school.mother-tongue", "school.remote-teaching"):
        assert check(_school(area, SKOLL_23_2020), as_of=SKOLL_23_2020).by_rule(LOCALISATION) == ()
        basis = find_localisation_basis(OSTERSUND, BERG, area, SKOLL_23_2020)
        assert basis is not None
        assert basis.kind is BasisKind.SCHOOL_ENTREPRENAD
        assert "23 kap." in basis.explanation


def test_sign_language_and_sami_only_to_the_state() -> None:
    """SkolL 23:15: only the state may teach teckenspråk or samiska on entreprenad."""
    (finding,) = check(
        _school("school.sign-language-sami", SKOLL_23_2020), as_of=SKOLL_23_2020
    ).by_rule(LOCALISATION)
    assert finding.severity is Severity.ERROR
    assert "bara till staten" in finding.message()


def test_tasks_for_private_persons_are_a_warning() -> None:
    """SkolL 23:8 and 23:10 name "en enskild fysisk eller juridisk person": unclear for a
    kommun, so a warning."""
    for area in ("school.adult-education", "school.support-services"):
        (finding,) = check(_school(area, SKOLL_23_2020), as_of=SKOLL_23_2020).by_rule(LOCALISATION)
        assert finding.severity is Severity.WARNING, area


def test_school_agreements_before_2020_08_01_are_not_judged() -> None:
    """SFS 2020:605 gave 23 kap. its current wording on 2020-08-01; the earlier numbering
    differs, so no finding cites today's sections before then."""
    (finding,) = check(
        _school("school.compulsory", date(2019, 1, 1)), as_of=date(2019, 1, 1)
    ).by_rule(LOCALISATION)
    assert finding.severity is Severity.INFO
    assert [c.short() for c in finding.citations] == ["KL 2:1"]
    assert finding.facts["judged"] is False


def test_a_user_area_with_non_teaching_tasks_not_handed_over_is_a_warning() -> None:
    """An application-added area marked not permitted but not teaching is only unclear."""
    mine = TaskAreaCatalogue(CATALOGUE)
    mine.add(
        TaskArea(
            "own.school-meals",
            "Skolmåltider",
            "School meals",
            CATALOGUE.get("school.compulsory").holdings,
            school_entreprenad=SchoolEntreprenad(
                EntreprenadScope.NOT_PERMITTED, Citation("2010:800", 23, "2", stycke=2), False
            ),
        )
    )
    report = check(
        _school("own.school-meals", SKOLL_23_2020), context=Context(SKOLL_23_2020, competence=mine)
    )
    (finding,) = report.by_rule(LOCALISATION)
    assert finding.severity is Severity.WARNING
    assert "oklart" in finding.message()


# -- further task areas (issue 12 §2) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("area_id", "holders", "first_day"),
    [
        ("kombef.labour-market", {("municipality", Duty.MAY, "2009:47 6:2")}, date(2009, 3, 1)),
        ("lav.water-services", {("municipality", Duty.SHALL, "LAV 6 §")}, date(2007, 1, 1)),
        ("mb.waste", {("municipality", Duty.SHALL, "MB 15:20")}, date(1999, 1, 1)),
        (
            "bibl.libraries",
            {("municipality", Duty.SHALL, "BiblL 6 §"), ("region", Duty.SHALL, "BiblL 11 §")},
            date(2014, 1, 1),
        ),
        (
            "ftj.transport-service",
            {
                ("municipality", Duty.SHALL, "1997:736 3 §"),
                ("municipality", Duty.SHALL, "1997:735 4 §"),
            },
            date(1998, 1, 1),
        ),
        (
            "finsam.financial-coordination",
            {("municipality", Duty.MAY, "Finsam 1 §"), ("region", Duty.MAY, "Finsam 1 §")},
            date(2004, 1, 1),
        ),
    ],
)
def test_further_areas_have_recalled_holders_and_dates(
    area_id: str, holders: set[tuple[str, Duty, str]], first_day: date
) -> None:
    """Issue 12 §2: each area with holder, ska/får, citation and date; all recalled, so the
    competence rules can only warn on them."""
    area = CATALOGUE.get(area_id)
    assert {(h.holder, h.duty, h.citation.short()) for h in area.holdings} == holders
    assert all(h.verification is Verification.RECALLED for h in area.holdings)
    assert area.coverage_start == first_day
    assert not area.encoded_on(date.fromordinal(first_day.toordinal() - 1))


def test_transport_service_may_move_to_the_public_transport_authority() -> None:
    """KTL 2:1 4 st.: kommuner may transfer färdtjänst and riksfärdtjänst to the RKM."""
    (transfer,) = CATALOGUE.get("ftj.transport-service").transfers
    assert transfer.citation == Citation("2010:1065", 2, "1", stycke=4)
    assert transfer.moves_responsibility
