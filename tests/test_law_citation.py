from __future__ import annotations

import pytest

from samverkan.law import Citation


def test_standard_swedish_form_with_stycke_and_punkt() -> None:
    c = Citation("2017:725", 6, "38", stycke=1, punkt=3)
    assert c.swedish() == "6 kap. 38 § första stycket 3 kommunallagen (2017:725)"
    assert c.short() == "KL 6:38 1 st. 3 p."
    assert str(c) == c.swedish()


def test_code_is_cited_without_sfs_number() -> None:
    assert Citation("1949:381", 19, "16").swedish() == "19 kap. 16 § föräldrabalken"


def test_act_without_chapters() -> None:
    c = Citation("1993:387", None, "2")
    assert c.swedish() == "2 § lagen (1993:387) om stöd och service till vissa funktionshindrade"
    assert c.short() == "LSS 2 §"
    assert c.lagen_nu_url == "https://lagen.nu/1993:387#P2"


def test_repealed_act_with_shared_abbreviation_keeps_its_number_in_short_form() -> None:
    assert Citation("1991:900", 3, "20").short() == "KL (1991:900) 3:20"
    assert Citation("2001:453", 2, "5").short() == "SoL (2001:453) 2:5"
    assert Citation("2025:400", 4, "3").short() == "SoL 4:3"


def test_links() -> None:
    c = Citation("2017:725", 9, "37", stycke=2)
    assert c.lagen_nu_url == "https://lagen.nu/2017:725#K9P37S2"
    assert c.riksdagen_url.endswith("/svensk-forfattningssamling/sfs-2017-725")
    assert Citation("2017:725", 6, "38", stycke=1, punkt=3).lagen_nu_url.endswith("#K6P38S1N3")
    assert Citation("2010:800", 2, "2 a").lagen_nu_url.endswith("#K2P2a")


def test_run_of_sections() -> None:
    c = Citation("2017:725", 9, "19", through="36")
    assert c.swedish() == "9 kap. 19–36 §§ kommunallagen (2017:725)"
    assert c.short() == "KL 9:19–36"


def test_unknown_sfs_is_rendered_generically() -> None:
    c = Citation("2099:1", 1, "1")
    assert c.swedish() == "1 kap. 1 § författningen (2099:1)"
    assert c.short() == "2099:1 1:1"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sfs": "17:725"}, "SFS"),
        ({"section": "2a"}, "section"),
        ({"section": "0"}, "section"),
        ({"stycke": 11}, "between"),
        ({"punkt": 0}, "positive"),
        ({"through": "3"}, "forward"),
    ],
)
def test_invalid_citations_are_refused(kwargs: dict[str, object], message: str) -> None:
    base: dict[str, object] = {"sfs": "2017:725", "chapter": 9, "section": "24"}
    base.update(kwargs)
    with pytest.raises(ValueError, match=message):
        Citation(**base)  # type: ignore[arg-type]


def test_run_cannot_name_a_stycke() -> None:
    with pytest.raises(ValueError, match="run of sections"):
        Citation("2017:725", 9, "19", through="36", stycke=1)


def test_sort_key_orders_by_act_then_provision() -> None:
    cites = [
        Citation("2017:725", 9, "24"),
        Citation("2009:47", 1, "2"),
        Citation("2017:725", 9, "2 a"),
        Citation("2017:725", 9, "2"),
    ]
    ordered = sorted(cites, key=Citation.sort_key)
    assert [c.short() for c in ordered] == ["2009:47 1:2", "KL 9:2", "KL 9:2 a", "KL 9:24"]
