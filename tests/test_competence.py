from __future__ import annotations

from datetime import date, timedelta

import pytest

from samverkan.competence import (
    CATALOGUE,
    HOLDERS,
    Duty,
    Holding,
    TaskArea,
    TaskAreaCatalogue,
    Transfer,
    UnknownTaskAreaError,
    competence_of,
    competences_of,
    holds_competence,
)
from samverkan.competence.areas import BUNDLED_AREAS
from samverkan.competence.model import EntreprenadScope
from samverkan.errors import SamverkanError
from samverkan.law import CATALOGUE as STATUTES
from samverkan.law import Citation, Verification
from samverkan.parties import registry

REG = registry()
OSTERSUND = REG.municipality("2380")
STOCKHOLM_CITY = REG.municipality("0180")
GOTLAND = REG.municipality("0980")
JAMTLAND = REG.region("23")
SKANE = REG.region("12")
STOCKHOLM = REG.region("01")

TODAY = date(2026, 1, 1)

REQUIRED_IDS = {
    "hsl.regional-care",
    "hsl.municipal-care",
    "hsl.home-care",
    "hsl.assistive-devices",
    "hsl.patient-transport",
    "sol.social-services",
    "lss.personal-support",
    "lss.support-and-service",
    "school.preschool",
    "school.compulsory",
    "school.leisure-time",
    "school.upper-secondary",
    "school.adult-education",
    "ktl.regional-public-transport",
    "rua.regional-development",
    "pbl.regional-planning",
    "lso.rescue-services",
    "pbl.building-committee",
    "mb.environmental-health-supervision",
    "fb.guardianship",
    "internal.procurement",
    "internal.it",
    "internal.payroll",
    "internal.shared-services",
    "kl.business-promotion",
    "kombef.tourism",
    "kombef.eu-cofinancing",
    "leh.heightened-alert",
}


def _citations(area: TaskArea) -> list[Citation]:
    found = [h.citation for h in area.holdings]
    found += [t.citation for t in area.transfers]
    found += list(area.localisation_exceptions)
    found += [c for c in (area.statutory_committee, area.joint_committee_barred) if c]
    return found


def _holding(
    holder: str = "municipality",
    duty: Duty = Duty.SHALL,
    valid_from: date | None = date(2020, 1, 1),
    valid_to: date | None = None,
    counties: frozenset[str] | None = None,
) -> Holding:
    return Holding(
        holder,  # type: ignore[arg-type]
        duty,
        Citation("2017:725", 2, "1"),
        valid_from,
        valid_to,
        Verification.VERIFIED_RK,
        counties=counties,
    )


def _area(area_id: str = "local.parks", *holdings: Holding) -> TaskArea:
    return TaskArea(
        id=area_id,
        name_sv="Parker",
        name_en="Parks",
        holdings=holdings or (_holding(),),
        description="Parks, under the general competence (KL 2:1).",
    )


# -- the bundled catalogue -------------------------------------------------------------------


def test_bundled_catalogue_has_every_required_area() -> None:
    ids = [area.id for area in CATALOGUE]
    assert set(ids) >= REQUIRED_IDS
    assert len(ids) == len(set(ids)) == len(BUNDLED_AREAS) == len(CATALOGUE)
    assert ids == sorted(ids)


@pytest.mark.parametrize("area", BUNDLED_AREAS, ids=lambda a: a.id)
def test_every_bundled_area_is_complete(area: TaskArea) -> None:
    assert area.holdings
    assert area.name_sv.strip()
    assert area.name_en.strip()
    assert area.description.strip()
    assert area.id.islower()
    for citation in _citations(area):
        assert citation.sfs in STATUTES, citation.short()


@pytest.mark.parametrize("area", BUNDLED_AREAS, ids=lambda a: a.id)
def test_holdings_lie_within_the_cited_act(area: TaskArea) -> None:
    for holding in area.holdings:
        act = holding.citation.statute
        if holding.valid_from is not None and act.in_force is not None:
            assert holding.valid_from >= act.in_force, holding.summary()
        if act.repealed_on is not None:
            assert holding.valid_to is not None
            assert holding.valid_to < act.repealed_on
        assert holding.holder in HOLDERS


def test_recalled_facts_are_labelled_recalled() -> None:
    planning = CATALOGUE.get("pbl.regional-planning").holdings[0]
    assert planning.verification is Verification.RECALLED
    assert all(
        h.verification is Verification.RECALLED for h in CATALOGUE.get("internal.payroll").holdings
    )
    procurement = CATALOGUE.get("internal.procurement")
    assert {h.verification for h in procurement.holdings} == {
        Verification.VERIFIED_SEC,
        Verification.RECALLED,  # the KL (1991:900) predecessor holdings
    }
    assert "RS/559/2019" in procurement.holdings[-1].note


def test_tourism_is_a_kommun_power_under_2009_47_4_1() -> None:
    """2009:47 4:1 names kommuner only (E3); regions have only KL 2:1."""
    tourism = CATALOGUE.get("kombef.tourism")
    kommun = competence_of(OSTERSUND, tourism, TODAY)
    region = competence_of(JAMTLAND, tourism, TODAY)
    assert kommun is not None
    assert (kommun.citation, kommun.verification) == (
        Citation("2009:47", 4, "1"),
        Verification.VERIFIED_RK,
    )
    assert region is not None
    assert (region.citation, region.verification) == (
        Citation("2017:725", 2, "1"),
        Verification.RECALLED,
    )
    eu = CATALOGUE.get("kombef.eu-cofinancing")
    assert {h.verification for h in eu.holdings} == {Verification.VERIFIED_RK}


# -- competence_of ---------------------------------------------------------------------------


def test_social_services_switch_acts_on_2025_07_01() -> None:
    area = CATALOGUE.get("sol.social-services")
    before = competence_of(OSTERSUND, area, date(2025, 6, 30))
    after = competence_of(OSTERSUND, area, date(2025, 7, 1))
    assert before is not None
    assert before.citation.sfs == "2001:453"
    assert before.citation.short() == "SoL (2001:453) 2:1"
    assert after is not None
    assert after.citation.sfs == "2025:400"
    assert after.verification is Verification.VERIFIED_RD
    earlier = competence_of(OSTERSUND, area, date(2001, 12, 31))
    assert earlier is not None
    assert earlier.citation.sfs == "1980:620"
    assert competence_of(OSTERSUND, area, date(1981, 12, 31)) is None
    assert competence_of(JAMTLAND, area, TODAY) is None
    assert area.statutory_committee == Citation("2025:400", 4, "2")


def test_regions_have_no_rescue_services_and_municipalities_no_regional_care() -> None:
    rescue = CATALOGUE.get("lso.rescue-services")
    care = CATALOGUE.get("hsl.regional-care")
    assert competence_of(JAMTLAND, rescue, TODAY) is None
    assert competence_of(OSTERSUND, care, TODAY) is None
    found = competence_of(OSTERSUND, rescue, TODAY)
    assert found is not None
    assert found.citation == Citation("2003:778", 3, "7")
    assert len(competences_of(OSTERSUND, rescue, TODAY)) == 2


@pytest.mark.parametrize("on", [date(2016, 1, 1), date(2019, 6, 1), TODAY])
def test_holds_competence_answers_as_competence_of(on: date) -> None:
    parties = (OSTERSUND, STOCKHOLM_CITY, GOTLAND, JAMTLAND, SKANE, STOCKHOLM)
    answers = {
        (party.code, area.id): holds_competence(party, area, on)
        for area in CATALOGUE
        for party in parties
    }
    assert answers == {
        (party.code, area.id): competence_of(party, area, on) is not None
        for area in CATALOGUE
        for party in parties
    }
    assert any(answers.values())
    assert not all(answers.values())


def test_gotland_holds_regional_and_municipal_tasks() -> None:
    assert GOTLAND.carries_regional_responsibilities
    care = competence_of(GOTLAND, CATALOGUE.get("hsl.regional-care"), TODAY)
    assert care is not None
    assert care.citation == Citation("2017:30", 8, "1")
    assert competence_of(GOTLAND, CATALOGUE.get("lso.rescue-services"), TODAY) is not None
    assert competence_of(GOTLAND, CATALOGUE.get("rua.regional-development"), TODAY) is not None
    assert competence_of(GOTLAND, CATALOGUE.get("lss.personal-support"), TODAY) is not None


def test_regional_planning_only_in_three_counties() -> None:
    area = CATALOGUE.get("pbl.regional-planning")
    assert competence_of(SKANE, area, TODAY) is not None
    assert competence_of(STOCKHOLM, area, TODAY) is not None
    assert competence_of(JAMTLAND, area, TODAY) is None
    assert competence_of(GOTLAND, area, TODAY) is None
    assert competence_of(REG.municipality("1280"), area, TODAY) is None


def test_no_competence_before_valid_from() -> None:
    area = CATALOGUE.get("pbl.regional-planning")
    assert competence_of(SKANE, area, date(2018, 12, 31)) is None
    home = CATALOGUE.get("hsl.home-care")
    assert competence_of(JAMTLAND, home, date(2017, 3, 31)) is None
    assert competence_of(JAMTLAND, home, date(2017, 4, 1)) is not None


def test_shall_is_preferred_to_may() -> None:
    area = CATALOGUE.get("hsl.home-care")
    region = competence_of(JAMTLAND, area, TODAY)
    kommun = competence_of(OSTERSUND, area, TODAY)
    assert region is not None
    assert region.duty is Duty.SHALL
    assert kommun is not None
    assert kommun.duty is Duty.MAY
    assert kommun.summary() == "kommun får (HSL 12:2)"
    both = competences_of(GOTLAND, area, TODAY)
    assert [h.duty for h in both] == [Duty.SHALL, Duty.MAY]
    assert competence_of(GOTLAND, area, TODAY) == both[0]


def test_shall_comes_first_even_when_listed_last() -> None:
    area = _area("local.mixed", _holding(duty=Duty.MAY), _holding(duty=Duty.SHALL))
    assert [h.duty for h in competences_of(OSTERSUND, area, TODAY)] == [Duty.SHALL, Duty.MAY]


def test_public_transport_in_stockholm_is_the_regions() -> None:
    area = CATALOGUE.get("ktl.regional-public-transport")
    assert competence_of(STOCKHOLM, area, TODAY) is not None
    assert competence_of(STOCKHOLM_CITY, area, TODAY) is None
    assert competence_of(OSTERSUND, area, TODAY) is not None
    assert competence_of(GOTLAND, area, TODAY) is not None
    kommun = next(h for h in area.holdings if h.holder == "municipality")
    assert kommun.counties == frozenset(c.code for c in REG.counties()) - {"01"}


def test_internal_services_are_the_same_competence_for_both_levels() -> None:
    for area_id in (
        "internal.procurement",
        "internal.it",
        "internal.payroll",
        "internal.shared-services",
    ):
        area = CATALOGUE.get(area_id)
        kommun = competence_of(OSTERSUND, area, TODAY)
        region = competence_of(JAMTLAND, area, TODAY)
        assert kommun is not None
        assert region is not None
        assert kommun.citation == region.citation == Citation("2017:725", 2, "1")
        assert kommun.duty is region.duty is Duty.MAY
        assert area.internal_service


def test_internal_services_were_held_under_kl_1991() -> None:
    """E16: KL (1991:900) 2:1 and 2:8 gave the same competence before 2018 (recalled)."""
    for area_id in ("internal.payroll", "kl.business-promotion"):
        area = CATALOGUE.get(area_id)
        held = competence_of(OSTERSUND, area, date(2016, 6, 1))
        assert held is not None
        assert held.citation.sfs == "1991:900"
        assert held.verification is Verification.RECALLED
        assert area.encoded_on(date(1992, 1, 1))
        assert not area.encoded_on(date(1991, 12, 31))


# -- transfers, committees and exceptions ----------------------------------------------------


def test_home_care_transfer_moves_the_duty_to_the_kommun() -> None:
    (transfer,) = CATALOGUE.get("hsl.home-care").transfers
    assert (transfer.from_holder, transfer.to_holder) == ("region", "municipality")
    assert transfer.moves_responsibility
    assert transfer.citation == Citation("2017:30", 14, "1")
    assert transfer.summary() == "region → kommun (HSL 14:1)"


def test_lss_transfers_go_both_ways() -> None:
    for area_id in ("lss.personal-support", "lss.support-and-service"):
        transfers = CATALOGUE.get(area_id).transfers
        directions = {(t.from_holder, t.to_holder) for t in transfers}
        assert directions == {("region", "municipality"), ("municipality", "region")}
        assert all(t.citation == Citation("1993:387", None, "17", stycke=2) for t in transfers)


def test_school_samverkan_transfers() -> None:
    adult = CATALOGUE.get("school.adult-education")
    assert {t.citation.section for t in adult.transfers} == {"22", "23"}
    assert all(t.moves_responsibility for t in adult.transfers)
    assert CATALOGUE.get("school.compulsory").transfers == ()
    assert CATALOGUE.get("school.upper-secondary").transfers == ()
    region = competence_of(JAMTLAND, adult, TODAY)
    assert region is not None
    assert region.duty is Duty.MAY
    for area in CATALOGUE:
        if area.id.startswith("school."):
            assert Citation("2010:800", 23, "3") not in area.localisation_exceptions
            assert area.school_entreprenad is not None


def test_school_entreprenad_follows_skoll_23_8_to_19() -> None:
    """SkolL 23:2 2 st.: entreprenad only as chapter 23 allows (E1)."""
    expected = {
        "school.compulsory": (EntreprenadScope.NOT_PERMITTED, "2"),
        "school.upper-secondary": (EntreprenadScope.NOT_PERMITTED, "2"),
        "school.preschool": (EntreprenadScope.NOT_PERMITTED, "2"),
        "school.adult-education": (EntreprenadScope.PRIVATE_PERSONS, "8"),
        "school.support-services": (EntreprenadScope.PRIVATE_PERSONS, "10"),
        "school.assessment": (EntreprenadScope.PERMITTED, "9"),
        "school.low-attendance": (EntreprenadScope.PERMITTED, "11"),
        "school.holiday-school": (EntreprenadScope.PERMITTED, "12"),
        "school.mother-tongue": (EntreprenadScope.PERMITTED, "14"),
        "school.sign-language-sami": (EntreprenadScope.STATE_ONLY, "15"),
        "school.remote-teaching": (EntreprenadScope.PERMITTED, "16"),
        "school.distance-teaching": (EntreprenadScope.PERMITTED, "17"),
    }
    for area_id, (scope, section) in expected.items():
        rule = CATALOGUE.get(area_id).school_entreprenad
        assert rule is not None
        assert (rule.scope, rule.citation.chapter, rule.citation.section) == (scope, 23, section)
    assert not CATALOGUE.get("school.support-services").school_entreprenad.teaching  # type: ignore[union-attr]
    assert "23:2–3" not in CATALOGUE.get("school.compulsory").description


def test_transfers_on_a_date() -> None:
    adult = CATALOGUE.get("school.adult-education")
    assert adult.transfers_on(date(2020, 7, 31)) == ()  # SFS 2020:605 from 2020-08-01 (E2)
    assert len(adult.transfers_on(date(2020, 8, 1))) == 2
    home = CATALOGUE.get("hsl.home-care")
    assert home.transfers_on(date(2017, 3, 31)) == ()
    assert len(home.transfers_on(date(2017, 4, 1))) == 1


def test_committees_and_joint_committee_bar() -> None:
    assert CATALOGUE.get("pbl.building-committee").statutory_committee == Citation(
        "2010:900", 12, "1"
    )
    alert = CATALOGUE.get("leh.heightened-alert")
    assert alert.joint_committee_barred == Citation("2017:725", 9, "21", stycke=2)
    assert {h.holder for h in alert.holdings} == {"municipality", "region"}
    barred = [area.id for area in CATALOGUE if area.joint_committee_barred is not None]
    assert barred == ["leh.heightened-alert"]


def test_localisation_exceptions_from_2009_47() -> None:
    tourism = CATALOGUE.get("kombef.tourism")
    assert Citation("2009:47", 1, "2") in tourism.localisation_exceptions
    assert Citation("2009:47", 4, "1") in tourism.localisation_exceptions
    transport = CATALOGUE.get("hsl.patient-transport")
    assert Citation("2009:47", 3, "2") in transport.localisation_exceptions
    kommun = competence_of(OSTERSUND, transport, TODAY)
    assert kommun is not None
    assert kommun.summary() == "kommun får (2009:47 3:2)"


# -- user catalogues -------------------------------------------------------------------------


def test_user_catalogue_extends_the_bundled_one() -> None:
    mine = TaskAreaCatalogue(CATALOGUE)
    parks = _area()
    mine.add(parks)
    assert mine.get("local.parks") is parks
    assert "local.parks" in mine
    assert "local.parks" not in CATALOGUE
    assert len(mine) == len(CATALOGUE) + 1
    assert competence_of(OSTERSUND, parks, TODAY) is not None
    assert competence_of(JAMTLAND, parks, TODAY) is None


def test_duplicate_ids_are_refused() -> None:
    mine = TaskAreaCatalogue(CATALOGUE)
    with pytest.raises(ValueError, match="already in the catalogue"):
        mine.add(_area("hsl.home-care"))
    with pytest.raises(ValueError, match="already"):
        TaskAreaCatalogue([_area(), _area()])


def test_unknown_id_raises_with_suggestions() -> None:
    with pytest.raises(UnknownTaskAreaError) as caught:
        CATALOGUE.get("hsl.homecare")
    assert caught.value.query == "hsl.homecare"
    assert caught.value.suggestions[0] == "hsl.home-care"
    assert "did you mean 'hsl.home-care'" in str(caught.value)
    assert isinstance(caught.value, SamverkanError)
    assert isinstance(caught.value, LookupError)


def test_unknown_id_without_close_match() -> None:
    with pytest.raises(UnknownTaskAreaError) as caught:
        CATALOGUE.get("zzzzzz")
    assert caught.value.suggestions == ()
    assert "did you mean" not in str(caught.value)
    assert 42 not in CATALOGUE


# -- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "HSL.care", "hsl..care", "hsl.care.", "1hsl", "hsl care"])
def test_bad_ids_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="task area id"):
        _area(bad)


def test_area_needs_names_and_holdings() -> None:
    with pytest.raises(ValueError, match="non-empty name"):
        TaskArea(id="x.y", name_sv=" ", name_en="Y", holdings=(_holding(),))
    with pytest.raises(ValueError, match="at least one holding"):
        TaskArea(id="x.y", name_sv="Y", name_en="Y", holdings=())


def test_holding_validation() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        _holding(valid_from=date(2020, 1, 1), valid_to=date(2019, 12, 31))
    with pytest.raises(ValueError, match="two-digit county"):
        _holding(counties=frozenset({"1"}))
    with pytest.raises(ValueError, match="at least one county"):
        _holding(counties=frozenset())
    with pytest.raises(ValueError, match="must be in"):
        _holding(holder="state")
    with pytest.raises(ValueError, match="must be in"):
        Transfer(
            "municipality",
            "state",  # type: ignore[arg-type]
            Citation("2017:30", 14, "1"),
            None,
            moves_responsibility=True,
            verification=Verification.VERIFIED_RK,
        )


def test_holding_period_is_inclusive_and_open_ended() -> None:
    bounded = _holding(valid_from=date(2020, 1, 1), valid_to=date(2020, 12, 31))
    assert not bounded.valid_on(date(2019, 12, 31))
    assert bounded.valid_on(date(2020, 1, 1))
    assert bounded.valid_on(date(2020, 12, 31))
    assert not bounded.valid_on(date(2021, 1, 1))
    assert _holding(valid_from=None).valid_on(date(1900, 1, 1))


def test_covers_respects_level_and_counties() -> None:
    region = _holding(holder="region", counties=frozenset({"23"}))
    assert region.covers(JAMTLAND)
    assert not region.covers(SKANE)
    assert not region.covers(OSTERSUND)
    assert not _holding(holder="region").covers(OSTERSUND)
    assert _holding(holder="region").covers(GOTLAND)
    assert _holding(holder="municipality").covers(GOTLAND)
    assert not _holding(holder="municipality").covers(JAMTLAND)


def test_duty_words() -> None:
    assert Duty.SHALL.value == "ska"
    assert Duty.MAY.value == "får"
    assert _holding(holder="region", duty=Duty.SHALL).summary() == "region ska (KL 2:1)"


@pytest.mark.parametrize(
    ("area_id", "old_act", "last_old_day", "new_act"),
    [
        ("pbl.building-committee", "1987:10", date(2011, 5, 1), "2010:900"),
        ("school.compulsory", "1985:1100", date(2010, 7, 31), "2010:800"),
    ],
)
def test_building_and_compulsory_school_are_held_under_the_earlier_acts(
    area_id: str, old_act: str, last_old_day: date, new_act: str
) -> None:
    area = CATALOGUE.get(area_id)
    earlier = competence_of(OSTERSUND, area, date(2005, 6, 1))
    assert earlier is not None
    assert earlier.citation.sfs == old_act
    assert earlier.verification is Verification.RECALLED
    assert competence_of(OSTERSUND, area, last_old_day) == earlier
    later = competence_of(OSTERSUND, area, last_old_day + timedelta(days=1))
    assert later is not None
    assert later.citation.sfs == new_act
    assert competence_of(JAMTLAND, area, date(2005, 6, 1)) is None
