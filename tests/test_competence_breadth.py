"""Issue 12 §2: the further task areas, each with its holder, duty, citation and first day."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan.competence import CATALOGUE, Duty, competence_of
from samverkan.law import Citation, Verification
from samverkan.parties import registry

REG = registry()


@pytest.mark.parametrize(
    ("area_id", "holders", "first_day", "authority"),
    [
        (
            "livs.food-control",
            {("municipality", Duty.SHALL, "LivsmL 11 §")},
            date(2006, 7, 1),
            True,
        ),
        (
            "alk.alcohol-licensing",
            {("municipality", Duty.SHALL, "AlkL 8:1")},
            date(2011, 1, 1),
            True,
        ),
        (
            "tobak.tobacco-licensing",
            {("municipality", Duty.SHALL, "LTLP 5:1")},
            date(2019, 7, 1),
            True,
        ),
        (
            "lbe.flammable-explosive-goods",
            {("municipality", Duty.SHALL, "LBE 18 §")},
            date(2010, 8, 1),
            True,
        ),
        (
            "kultur.culture",
            {("municipality", Duty.MAY, "KL 2:1"), ("region", Duty.MAY, "KL 2:1")},
            date(2018, 1, 1),
            False,
        ),
        (
            "bost.housing-supply",
            {("municipality", Duty.SHALL, "2013:866 1 §")},
            date(2014, 1, 1),
            False,
        ),
        (
            "bost.housing-adaptation",
            {("municipality", Duty.SHALL, "2018:222 5 §")},
            date(2018, 7, 1),
            True,
        ),
        (
            "skol.school-transport",
            {("municipality", Duty.SHALL, "SkolL 10:32")},
            date(2010, 8, 1),
            True,
        ),
        (
            "skol.student-health-medical",
            {("municipality", Duty.SHALL, "SkolL 2:25")},
            date(2010, 8, 1),
            False,
        ),
        (
            "arkiv.archives",
            {("municipality", Duty.SHALL, "ArkL 8 §"), ("region", Duty.SHALL, "ArkL 8 §")},
            date(1991, 7, 1),
            False,
        ),
        (
            "lantm.cadastral-authority",
            {("municipality", Duty.MAY, "1995:1393 1 §")},
            date(1996, 1, 1),
            True,
        ),
        (
            "leh.crisis-preparedness",
            {("municipality", Duty.SHALL, "2006:544 2:7"), ("region", Duty.SHALL, "2006:544 2:1")},
            date(2006, 6, 30),
            False,
        ),
        (
            "hsl.primary-care",
            {("region", Duty.SHALL, "HSL 8:1"), ("municipality", Duty.SHALL, "HSL 12:1")},
            date(2017, 4, 1),
            False,
        ),
    ],
)
def test_breadth_areas_have_holders_and_dates(
    area_id: str, holders: set[tuple[str, Duty, str]], first_day: date, authority: bool
) -> None:
    area = CATALOGUE.get(area_id)
    assert {(h.holder, h.duty, h.citation.short()) for h in area.holdings} == holders
    assert area.coverage_start == first_day
    assert not area.encoded_on(date.fromordinal(first_day.toordinal() - 1))
    assert area.public_authority is authority


def test_only_read_holders_are_labelled_verified() -> None:
    verified = {
        (area.id, h.citation.short())
        for area in CATALOGUE
        if area.id.split(".")[0] in {"livs", "alk", "tobak", "lbe", "kultur", "bost", "arkiv"}
        for h in area.holdings
        if h.verification.is_verified
    }
    assert verified == {("kultur.culture", "KL 2:1")}
    assert CATALOGUE.get("leh.crisis-preparedness").holdings[0].verification is (
        Verification.VERIFIED_RD
    )


def test_medical_student_health_may_move_to_the_region() -> None:
    (transfer,) = CATALOGUE.get("skol.student-health-medical").transfers
    assert transfer.citation == Citation("2010:800", 23, "25")
    assert (transfer.from_holder, transfer.to_holder) == ("municipality", "region")
    assert transfer.valid_from == date(2020, 8, 1)


def test_culture_is_held_by_both_levels_and_named_by_date() -> None:
    area = CATALOGUE.get("kultur.culture")
    region = REG.region("23")
    holding = competence_of(region, area, date(2019, 6, 1))
    assert holding is not None
    assert holding.summary(date(2019, 6, 1)) == "landsting får (KL 2:1)"


def test_environmental_supervision_links_waste_and_water() -> None:
    area = CATALOGUE.get("mb.environmental-health-supervision")
    assert area.public_authority
    assert [(s.area, s.verification.is_verified) for s in area.supervises] == [
        ("mb.waste", True),
        ("lav.water-services", False),
    ]


def test_primary_care_rests_on_read_provisions_and_is_care_and_welfare() -> None:
    area = CATALOGUE.get("hsl.primary-care")
    assert area.care_and_welfare
    assert all(h.verification is Verification.VERIFIED_RK for h in area.holdings)
    kommun = competence_of(REG.municipality("2313"), area, date(2020, 1, 1))
    assert kommun is not None
    assert kommun.citation == Citation("2017:30", 12, "1")
