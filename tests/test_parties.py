from __future__ import annotations

import csv
from pathlib import Path

import pytest
from stdnum.se import orgnr as stdnum_orgnr

from samverkan.errors import SamverkanError, UnknownPartyError
from samverkan.parties import (
    County,
    Municipality,
    Region,
    Registry,
    fold_name,
    registry,
)

JAMTLAND = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"]
VASTERBOTTEN = [
    "Bjurholm",
    "Dorotea",
    "Lycksele",
    "Malå",
    "Nordmaling",
    "Norsjö",
    "Robertsfors",
    "Skellefteå",
    "Sorsele",
    "Storuman",
    "Umeå",
    "Vilhelmina",
    "Vindeln",
    "Vännäs",
    "Åsele",
]


def test_counts() -> None:
    reg = registry()
    assert len(reg.municipalities()) == 290
    assert len(reg.counties()) == 21
    assert len(reg.regions()) == 20


def test_every_municipality_code_starts_with_its_county_code() -> None:
    for municipality in registry().municipalities():
        assert municipality.code.startswith(municipality.county_code)
        assert len(municipality.code) == 4


def test_every_organisation_number_passes_the_checksum_and_prefix() -> None:
    reg = registry()
    for municipality in reg.municipalities():
        assert municipality.orgnr is not None
        assert stdnum_orgnr.is_valid(municipality.orgnr)
        assert municipality.orgnr.startswith("212000-")
    present = [r for r in reg.regions() if r.orgnr]
    assert len(present) == 17
    for region in present:
        assert region.orgnr is not None
        assert stdnum_orgnr.is_valid(region.orgnr)
        assert region.orgnr.startswith("232100-")


def test_missing_region_numbers_stay_empty() -> None:
    reg = registry()
    assert {r.code for r in reg.regions() if r.orgnr is None} == {"04", "19", "23"}


def test_leading_zeros_are_kept() -> None:
    assert registry().municipality("0114").name == "Upplands Väsby"
    assert registry().county("01").name == "Stockholms län"


def test_jamtland_parties_of_the_seeds_resolve() -> None:
    reg = registry()
    assert sorted(m.name for m in reg.municipalities("23")) == sorted(JAMTLAND)
    assert reg.find("Region Jämtland Härjedalen").code == "23"
    assert reg.lookup("Bergs kommun").code == "2326"
    assert reg.lookup("Östersunds kommun").code == "2380"
    assert reg.lookup("Härjedalens kommun").code == "2361"
    assert reg.lookup("Åre kommun").code == "2321"
    parties = reg.parties("23")
    assert parties[0] == reg.region("23")
    assert len(parties) == 9


def test_vasterbotten_parties_of_the_seeds_resolve() -> None:
    reg = registry()
    assert sorted(m.name for m in reg.municipalities("24")) == sorted(VASTERBOTTEN)
    assert reg.find("Region Västerbotten").orgnr == "232100-0222"
    assert len(reg.parties("24")) == 16
    assert reg.lookup("Umeå").code == "2480"
    assert reg.lookup("Skellefteå").code == "2482"
    assert reg.lookup("Lycksele kommun").code == "2481"


def test_norrtalje_and_region_stockholm() -> None:
    reg = registry()
    assert reg.lookup("Norrtälje").code == "0188"
    assert reg.region("01").name == "Region Stockholm"


def test_gotland_holds_the_regional_responsibility() -> None:
    reg = registry()
    gotland = reg.regional_responsibility_holder("09")
    assert isinstance(gotland, Municipality)
    assert gotland.code == "0980"
    assert gotland.carries_regional_responsibilities
    assert reg.region_of_county("09") is None
    assert not reg.county("09").has_region_body
    assert reg.lookup("Region Gotland") is gotland
    with pytest.raises(UnknownPartyError, match="0980"):
        reg.region("09")
    assert reg.regional_responsibility_holder("23") == reg.region("23")
    assert reg.parties("09") == [gotland]


def test_forgiving_lookup() -> None:
    reg = registry()
    assert reg.lookup("Ostersund").name == "Östersund"
    assert reg.lookup("  östersund ").name == "Östersund"
    assert reg.lookup("MALUNG-SALEN").name == "Malung-Sälen"
    assert reg.lookup("Malung–Sälen").name == "Malung-Sälen"
    assert reg.lookup("Göteborgs stad").name == "Göteborg"
    assert reg.lookup("region jamtland harjedalen").code == "23"


def test_exact_lookup_is_exact() -> None:
    with pytest.raises(UnknownPartyError):
        registry().find("ostersund")


def test_unknown_name_gives_suggestions() -> None:
    with pytest.raises(UnknownPartyError) as caught:
        registry().lookup("Östersundd")
    assert caught.value.query == "Östersundd"
    assert caught.value.suggestions[0] == "Östersund"
    assert "did you mean" in str(caught.value)
    assert isinstance(caught.value, SamverkanError)


def test_nothing_close_gives_no_suggestions() -> None:
    with pytest.raises(UnknownPartyError) as caught:
        registry().lookup("xyzzy qwerty")
    assert caught.value.suggestions == ()
    assert "did you mean" not in str(caught.value)


def test_unknown_code() -> None:
    with pytest.raises(UnknownPartyError, match="2309") as caught:
        registry().municipality("2399")
    assert caught.value.what == "municipality"
    with pytest.raises(UnknownPartyError):
        registry().county("99")
    with pytest.raises(UnknownPartyError):
        registry().municipalities("99")


def test_party_by_code() -> None:
    reg = registry()
    assert reg.party("23").kind == "region"
    assert reg.party("2326").kind == "municipality"


def test_by_orgnr() -> None:
    reg = registry()
    assert reg.by_orgnr("212000-2502").name == "Berg"
    assert reg.by_orgnr("2120002502").name == "Berg"
    assert reg.by_orgnr("232100-0222").name == "Region Västerbotten"
    assert reg.by_orgnr("212000-0803").code == "0980"
    with pytest.raises(UnknownPartyError):
        reg.by_orgnr("212000-2503")
    with pytest.raises(UnknownPartyError):
        reg.by_orgnr("nonsense")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Municipality("114", "X", "01"), "four-digit"),
        (lambda: Municipality("0114", "X", "02"), "county code"),
        (lambda: Municipality("0114", "X", "01", "212000-0018"), "invalid organisation number"),
        (lambda: Municipality("0114", "X", "01", "232100-0016"), "212000"),
        (lambda: Region("1", "X"), "two-digit"),
        (lambda: Region("01", "X", "212000-0019"), "232100"),
        (lambda: County("01", "X", "AB"), "ISO"),
    ],
)
def test_invalid_parties_are_refused(build: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_str_forms() -> None:
    reg = registry()
    assert str(reg.municipality("2326")) == "Berg (2326)"
    assert str(reg.region("23")) == "Region Jämtland Härjedalen (23)"
    assert reg.region("23").county_code == "23"


def test_custom_registry() -> None:
    county = County("01", "Provlän", "SE-AB")
    custom = Registry([county], [Municipality("0101", "Provby", "01")], [])
    assert custom.municipality("0101").name == "Provby"
    assert custom.parties("01") == [custom.municipality("0101")]


def test_fold_name() -> None:
    assert fold_name("Åre") == "are"
    assert fold_name("Malung–Sälen") == "malung-salen"


def test_bundled_data_match_the_shipped_files() -> None:
    data = Path(__file__).parents[1] / "src" / "samverkan" / "parties" / "data"
    with (data / "kommuner.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["kommunkod"] for r in rows] == [m.code for m in registry().municipalities()]
    assert (data / "PROVENANCE.md").read_text(encoding="utf-8").startswith("# Reference data")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("23", "23"),
        ("3", "03"),
        ("SE-Z", "23"),
        ("se-c", "03"),
        ("Jämtlands län", "23"),
        (" jamtland ", "23"),
        ("VÄSTRA GÖTALAND", "14"),
        ("Vasternorrlands lan", "22"),
        ("Västmanland", "19"),
    ],
)
def test_a_county_is_named_by_code_iso_code_or_name(name: str, code: str) -> None:
    assert registry().county_named(name).code == code


def test_a_county_nobody_names_is_refused_with_the_closest_codes() -> None:
    with pytest.raises(UnknownPartyError):
        registry().county_named("Atlantis")
