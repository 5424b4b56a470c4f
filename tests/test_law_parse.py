from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan.errors import CitationSyntaxError, SamverkanError
from samverkan.law import CATALOGUE, ORDINALS, Citation, parse_citation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9 kap. 37 § andra stycket kommunallagen (2017:725)",
            Citation("2017:725", 9, "37", stycke=2),
        ),
        ("9 kap. 24 § KL", Citation("2017:725", 9, "24")),
        ("KL 9:24", Citation("2017:725", 9, "24")),
        ("2 kap. 2 a § skollagen", Citation("2010:800", 2, "2 a")),
        ("19 kap. 16 § föräldrabalken", Citation("1949:381", 19, "16")),
        (
            "1 kap. 2 § lagen (2009:47) om vissa kommunala befogenheter",
            Citation("2009:47", 1, "2"),
        ),
        (
            "6 kap. 38 § första stycket 3 kommunallagen",
            Citation("2017:725", 6, "38", stycke=1, punkt=3),
        ),
        ("6 kap. 38 § 1 st. p. 3 KL", Citation("2017:725", 6, "38", stycke=1, punkt=3)),
        ("6 kap. 38 § 1 st. punkt 3 KL", Citation("2017:725", 6, "38", stycke=1, punkt=3)),
        ("5 kap. 1 § 3 p. KL", Citation("2017:725", 5, "1", punkt=3)),
        (
            "9 kap. 37 § första stycket andra meningen KL",
            Citation("2017:725", 9, "37", stycke=1, mening=2),
        ),
        ("9 kap 24 § kommunallagen", Citation("2017:725", 9, "24")),
        ("9 kap. 19-36 §§ KL", Citation("2017:725", 9, "19", through="36")),
        ("KL 9:19–36", Citation("2017:725", 9, "19", through="36")),
        ("LSS 9 § 1 p.", Citation("1993:387", None, "9", punkt=1)),
        ("2 § LSS", Citation("1993:387", None, "2")),
        ("SoL (2001:453) 2:5", Citation("2001:453", 2, "5")),
        ("2009:47 1:2", Citation("2009:47", 1, "2")),
        ("9 kap. 24 § Kommunallagen (2017:725)", Citation("2017:725", 9, "24")),
        ("3 kap. 3 § lag (2010:1065)", Citation("2010:1065", 3, "3")),
        ("4 kap. 1 § befogenhetslagen", Citation("2009:47", 4, "1")),
    ],
)
def test_forms_people_write(text: str, expected: Citation) -> None:
    assert parse_citation(text) == expected


def test_names_resolve_by_date() -> None:
    assert parse_citation("3 kap. 20 § kommunallagen", on=date(2015, 6, 1)).sfs == "1991:900"
    assert parse_citation("9 kap. 20 § kommunallagen", on=date(2019, 1, 1)).sfs == "2017:725"
    assert parse_citation("KL 3:20", on=date(2017, 12, 31)).sfs == "1991:900"
    assert parse_citation("2 kap. 5 § SoL", on=date(2025, 6, 30)).sfs == "2001:453"
    assert parse_citation("4 kap. 3 § SoL", on=date(2025, 7, 1)).sfs == "2025:400"


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("9 kap. § KL", 7, "section"),
        ("KL 9", 4, "'§'"),
        ("9 kap. 24 § nonsenslagen", 12, "known statute name"),
        ("9 kap. 24 § lagen (2009:47) om skolor", 12, "fits SFS 2009:47"),
        ("KL 9:24 extra", 8, "end of the citation"),
        ("", 0, "abbreviation"),
        ("9 kap. 24 §", 11, "name of a statute"),
        ("3 kap. 20 § kommunallagen", 12, "none in force on 1985-06-01"),
    ],
)
def test_errors_name_the_position(text: str, position: int, expected: str) -> None:
    on = date(1985, 6, 1) if "kommunallagen" in text else None
    with pytest.raises(CitationSyntaxError) as caught:
        parse_citation(text, on=on)
    assert caught.value.position == position
    assert expected in caught.value.expected
    assert isinstance(caught.value, SamverkanError)
    assert "^" in str(caught.value)


def test_invalid_provision_is_a_syntax_error() -> None:
    with pytest.raises(CitationSyntaxError, match="forward"):
        parse_citation("KL 9:36–19")


def test_unknown_sfs_is_kept() -> None:
    assert parse_citation("1 kap. 1 § lagen (2099:1) om något nytt").sfs == "2099:1"


_sections = st.builds(
    lambda n, letter: f"{n} {letter}" if letter else str(n),
    st.integers(1, 60),
    st.sampled_from(["", "", "", "a", "b"]),
)


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    sfs = draw(st.sampled_from([s.sfs for s in CATALOGUE] + ["2099:17"]))
    chapter = draw(st.none() | st.integers(1, 30))
    section = draw(_sections)
    if draw(st.booleans()):
        number = int(section.split()[0])
        return Citation(sfs, chapter, str(number), through=str(number + draw(st.integers(1, 9))))
    return Citation(
        sfs,
        chapter,
        section,
        stycke=draw(st.none() | st.integers(1, len(ORDINALS))),
        punkt=draw(st.none() | st.integers(1, 20)),
        mening=draw(st.none() | st.integers(1, len(ORDINALS))),
    )


@given(citations())
def test_swedish_form_round_trips(citation: Citation) -> None:
    assert parse_citation(citation.swedish()) == citation


@given(citations())
def test_short_form_round_trips(citation: Citation) -> None:
    assert parse_citation(citation.short()) == citation
