from __future__ import annotations

from datetime import date

import pytest

from samverkan.errors import UnknownStatuteError
from samverkan.law import (
    CATALOGUE,
    Statute,
    StatuteCatalogue,
    Verification,
    regional_assembly_term,
    regional_level_term,
    statute,
    statute_named,
)

REQUIRED = [
    "2017:725",
    "1991:900",
    "2009:47",
    "2003:192",
    "1949:381",
    "2017:30",
    "2001:453",
    "2025:400",
    "1993:387",
    "2010:800",
    "2010:1065",
    "2010:630",
    "2003:778",
    "2010:900",
    "1998:808",
    "2017:612",
    "2016:1145",
    "2006:544",
]


@pytest.mark.parametrize("sfs", REQUIRED)
def test_catalogue_covers_every_statute_of_the_digest(sfs: str) -> None:
    item = statute(sfs)
    assert item.sfs == sfs
    assert sfs in item.title or item.is_code
    assert item.lagen_nu_url == f"https://lagen.nu/{sfs}"


@pytest.mark.parametrize(
    ("name", "on", "sfs"),
    [
        ("kommunallagen", date(2015, 6, 1), "1991:900"),
        ("KL", date(2015, 6, 1), "1991:900"),
        ("kommunallagen", date(2019, 1, 1), "2017:725"),
        ("KL", date(2019, 1, 1), "2017:725"),
        ("kommunallagen", date(2017, 12, 31), "1991:900"),
        ("kommunallagen", date(2018, 1, 1), "2017:725"),
        ("socialtjänstlagen", date(2025, 6, 30), "2001:453"),
        ("socialtjänstlagen", date(2025, 7, 1), "2025:400"),
        ("SoL", date(2024, 1, 1), "2001:453"),
        ("Hälso- och sjukvårdslagen", date(2024, 1, 1), "2017:30"),
        ("befogenhetslagen", date(2024, 1, 1), "2009:47"),
    ],
)
def test_names_resolve_by_date(name: str, on: date, sfs: str) -> None:
    assert statute_named(name, on=on).sfs == sfs


def test_name_without_date_is_the_act_in_force_now() -> None:
    assert statute_named("kommunallagen").sfs == "2017:725"
    assert statute_named("socialtjänstlagen").sfs == "2025:400"


def test_name_with_no_act_in_force_on_the_date() -> None:
    with pytest.raises(UnknownStatuteError, match="none in force on 1990-01-01"):
        statute_named("kommunallagen", on=date(1990, 1, 1))


def test_unknown_name_and_number() -> None:
    with pytest.raises(UnknownStatuteError, match="unknown name"):
        statute_named("grundlagen om allt")
    with pytest.raises(UnknownStatuteError, match="SFS"):
        statute("2099:1")


def test_amendments_that_matter() -> None:
    kl = statute("2017:725")
    dates = {a.sfs: a.in_force for a in kl.amendments}
    assert dates["2018:569"] == date(2018, 7, 1)
    assert dates["2019:835"] == date(2020, 1, 1)
    assert dates["2022:638"] == date(2022, 7, 1)
    assert {a.sfs: a.verification for a in kl.amendments}["2023:708"] is Verification.RECALLED


def test_repeal_is_recorded() -> None:
    old = statute("2001:453")
    assert old.repealed_on == date(2025, 7, 1)
    assert old.repealed_by == "2025:400"
    assert not old.in_force_on(date(2025, 7, 1))
    assert old.in_force_on(date(2025, 6, 30))
    assert not statute("2017:725").in_force_on(date(2017, 12, 31))


def test_regional_level_word_by_date() -> None:
    assert regional_level_term(date(2019, 12, 31)) == "landsting"
    assert regional_level_term(date(2020, 1, 1)) == "region"
    assert regional_assembly_term(date(2019, 12, 31)) == "landstingsfullmäktige"
    assert regional_assembly_term(date(2020, 1, 1)) == "regionfullmäktige"


def test_catalogue_can_be_extended_but_not_twice() -> None:
    own = StatuteCatalogue(CATALOGUE)
    extra = Statute("2099:1", "Lag (2099:1) om prov", "lagen (2099:1) om prov", "2099:1")
    own.add(extra)
    assert own.get("2099:1") is extra
    assert len(own) == len(CATALOGUE) + 1
    with pytest.raises(ValueError, match="already"):
        own.add(extra)
    assert "2099:1" in own
    assert "2099:1" not in CATALOGUE


def test_invalid_sfs_number_is_refused() -> None:
    with pytest.raises(ValueError, match="SFS"):
        Statute("725", "x", "x", "x")


def test_verification_labels() -> None:
    assert Verification.VERIFIED_RK.is_verified
    assert not Verification.RECALLED.is_verified


def test_acts_named_by_2003_192_are_catalogued_with_labelled_dates() -> None:
    """Lag (2003:192) 1 § names tandvårdslagen, LPT, LRV, smittskyddslagen, LVM, LVU and lag
    (2017:372); their in-force dates are recalled unless a source was read."""
    expected = {
        "1985:125": (date(1986, 1, 1), Verification.VERIFIED_SEC),
        "1991:1128": (date(1992, 1, 1), Verification.RECALLED),
        "1991:1129": (date(1992, 1, 1), Verification.RECALLED),
        "2004:168": (date(2004, 7, 1), Verification.RECALLED),
        "1988:870": (date(1989, 1, 1), Verification.RECALLED),
        "1990:52": (date(1990, 7, 1), Verification.RECALLED),
        "2017:372": (date(2018, 1, 1), Verification.RECALLED),
    }
    for sfs, (in_force, label) in expected.items():
        act = statute(sfs)
        assert (act.in_force, act.in_force_verification) == (in_force, label), sfs
    assert statute_named("LVU").sfs == "1990:52"


def test_rua_dates_come_from_the_catalogue() -> None:
    """SFS 2018:1348 (2019-01-01) and SFS 2018:1732 are recorded once, as amendments."""
    from samverkan.law.dates import PBL_REGIONAL_PLANNING, RUA_ALL_COUNTIES

    assert (RUA_ALL_COUNTIES.source, RUA_ALL_COUNTIES.isoformat()) == (
        "SFS 2018:1348",
        "2019-01-01",
    )
    assert PBL_REGIONAL_PLANNING.verification is Verification.RECALLED
    assert statute("2010:630").title_on(date(2011, 1, 1)).endswith("i vissa län")
    assert (
        statute_named("lagen (2010:630) om regionalt utvecklingsansvar i vissa län").sfs
        == "2010:630"
    )


def test_what_was_read_against_a_catalogue_is_read_again_after_an_act_is_added() -> None:
    from samverkan.errors import CitationSyntaxError
    from samverkan.law import parse_citation

    own = StatuteCatalogue(CATALOGUE)
    assert own.short_name("2099:2") == "2099:2"  # not catalogued: the number
    with pytest.raises(CitationSyntaxError, match="known statute name"):
        parse_citation("PROVL 3:1", catalogue=own)
    before = parse_citation("2099:2 3:1", catalogue=own)
    assert parse_citation("2099:2 3:1", catalogue=own) is before  # remembered
    own.add(Statute("2099:2", "Provlag (2099:2)", "provlagen (2099:2)", "PROVL"))
    assert own.short_name("2099:2") == "PROVL"
    assert parse_citation("PROVL 3:1", catalogue=own) == before
    assert own.generation == len(CATALOGUE) + 1
