"""``samverkan report``: the overview of a document's bodies in Markdown and HTML."""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

from samverkan.analysis.overview import KIND_TERMS, overviews
from samverkan.cli import main
from samverkan.io import dumps
from samverkan.model import (
    DOCUMENT_KINDS,
    AgreementRegister,
    Bundle,
    ContractualCooperation,
    JointCommitteeBasis,
    Office,
    Role,
    Seat,
    Shareholding,
    Spell,
    Task,
)
from samverkan.model.history import History, HostSpell, PartialDate
from samverkan.parties import registry
from samverkan.report import overview_report
from samverkan.report.markdown import escape
from seeds import (
    KSON,
    gns,
    gnu_municipalities,
    jamtland_agreement,
    jamtland_pot,
    jamtland_structure,
    norrtalje_federation,
    tiohundra,
)

EXAMPLES = Path(__file__).parent.parent / "examples"
COMMITTEES = str(EXAMPLES / "jamtland" / "joint-committees-2019.json")
REG = registry()
BERG, OSTERSUND, ARE = REG.municipality("2326"), REG.municipality("2380"), REG.municipality("2321")
ODD = "Nämnd <A & B> [utkast] | *x*"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def write(tmp_path: Path, name: str, model: object) -> str:
    path = tmp_path / name
    path.write_text(dumps(model), encoding="utf-8")
    return str(path)


def odd_committee() -> object:
    """GNS renamed with markup characters, with seats: Berg has no ersättare (an error)."""
    seats = (
        Seat(OSTERSUND, office=Office.CHAIR),
        Seat(OSTERSUND, Role.SUBSTITUTE),
        Seat(BERG),
    )
    return attrs.evolve(gns(), name=ODD, short_name=None, seats=seats)


class Tags(HTMLParser):
    """The start and end tags of a page, and the addresses it refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[str] = []
        self.addresses: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append(tag)
        self.addresses += [value or "" for name, value in attrs if name in ("href", "src")]
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


# -- Markdown --------------------------------------------------------------------------------


def test_the_three_committees_of_2019() -> None:
    status, text = run("report", COMMITTEES, "--as-of", "2019-09-02")
    assert status == 0
    lines = text.splitlines()
    assert lines[0] == f"# Översikt: {escape(COMMITTEES)}"
    assert "Bedömning per 2 sep. 2019" in lines
    assert "Organ: 3. Fel: 0, varningar: 0, information: 3." in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## GNU (regionen): Gemensam nämnd för samordnad upphandling, lagerhållning och "
        "distribution av sjukvårdsprodukter",
        "## GNU (kommunerna): Gemensam nämnd för upphandlingssamverkan",
        "## GNS: Gemensam nämnd för samverkan inom drift och service, utveckling samt "
        "specialistfunktioner",
    ]
    assert (
        lines.count(
            "- **Slag:** gemensam nämnd, "
            "[9 kap. 19 § kommunallagen (2017:725)](https://lagen.nu/2017:725#K9P19)"
        )
        == 3
    )
    assert "- **Värdorganisation:** Östersund (2380)" in lines
    assert (
        "- **Parter (7):** Ragunda (2303), Bräcke (2305), Krokom (2309), Strömsund (2313), "
        "Berg (2326), Härjedalen (2361), Östersund (2380)" in lines
    )
    assert [line for line in lines if line.startswith("- **Inrättad")] == [
        "- **Inrättad:** 2002",
        "- **Inrättad:** 2007",
        "- **Inrättad:** 2018",
    ]
    assert any(
        line.startswith(
            "- Habilitering, rehabilitering och hjälpmedel (område "
            "hsl.assistive-devices) – Erbjuda hjälpmedel"
        )
        for line in lines
    )
    assert lines.count("Platserna anges inte.") == 3
    finding = next(line for line in lines if line.startswith("- information:"))
    assert "[9 kap. 24 § kommunallagen (2017:725)](https://lagen.nu/2017:725#K9P24)" in finding
    assert "sökväg $.content.items\\[0\\].seats" in finding


def test_seats_history_and_an_error(tmp_path: Path) -> None:
    committee = attrs.evolve(
        odd_committee(),
        history=History(
            formed=PartialDate(2018),
            members=(
                *(Spell(p) for p in gns().parties if p != ARE),
                Spell(ARE, joined=date(2019, 1, 1), joined_by="KF 2018-11-20 § 5"),
            ),
            hosts=(HostSpell(gns().host, date(2018, 1, 1)),),
        ),
    )
    path = write(tmp_path, "odd.json", committee)
    status, text = run("report", path, "--as-of", "2019-09-02")
    assert status == 1
    lines = text.splitlines()
    assert "## Nämnd \\<A \\& B\\> \\[utkast\\] \\| \\*x\\*" in lines
    table = lines[lines.index("| Part | Ledamöter | Ersättare |") :][:4]
    assert table[1:] == [
        "| --- | --- | --- |",
        "| Region Jämtland Härjedalen (23) | 0 | 0 |",
        "| Ragunda (2303) | 0 | 0 |",
    ]
    assert "| Östersund (2380) | 1 | 1 |" in lines
    assert "| Summa | 2 | 1 |" in lines
    assert "### Historik" in lines
    assert "- 2018: samverkan bildas (2018)" in lines
    assert "- 2019-01-01: Åre (2321) träder in (beslut: KF 2018-11-20 § 5)" in lines
    assert "- 2018-01-01: Region Jämtland Härjedalen (23) blir värd" in lines
    assert not any("dagen anges inte" in line for line in lines)
    errors = [line for line in lines if line.startswith("- fel:")]
    assert errors
    assert "Berg (2326)" in errors[0]
    before = run("report", path, "--as-of", "2018-06-01")[1]
    assert "Åre (2321), Berg" not in before  # Åre joined in 2019


def test_markdown_is_commonmark_with_tables(tmp_path: Path) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    path = write(tmp_path, "odd.json", odd_committee())
    text = run("report", path, "--as-of", "2019-09-02")[1]
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(text)
    parser = Tags()
    parser.feed(page)
    assert "table" in parser.seen
    assert parser.seen.count("h2") == 1
    assert ODD in "".join(parser.text)  # the name reads as written, not as markup
    assert all(a.startswith("https://lagen.nu/") for a in parser.addresses)


def test_every_table_row_has_as_many_cells_as_the_header() -> None:
    text = overview_report("x", norrtalje_federation(), date(2024, 2, 6), "sv")[0]
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert len(rows) == 5
    assert {len(re.split(r"(?<!\\)\|", row)) for row in rows} == {5}


def test_escape() -> None:
    assert escape("- punkt") == "\\- punkt"
    assert escape("12. jan") == "12\\. jan"
    assert escape("a\n  b") == "a b"
    assert escape("C:\\temp `x` ~y~ #1 !") == "C:\\\\temp \\`x\\` \\~y\\~ \\#1 \\!"


# -- HTML ------------------------------------------------------------------------------------


def test_html_is_a_complete_page_with_everything_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, "odd<&>.json", odd_committee())
    status, page = run("report", path, "--format", "html", "--as-of", "2019-09-02")
    assert status == 1
    assert page.startswith('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">')
    assert page.endswith("</body>\n</html>\n")
    assert "<style>" in page
    assert "<script" not in page
    assert "<link" not in page
    assert "<h2>Nämnd &lt;A &amp; B&gt; [utkast] | *x*</h2>" in page
    assert "odd&lt;&amp;&gt;.json</title>" in page
    parser = Tags()
    parser.feed(page)
    assert parser.open == []  # every element closed
    assert all(a.startswith("https://lagen.nu/") for a in parser.addresses)
    assert "<th>Part</th><th>Ledamöter</th><th>Ersättare</th>" in page
    assert (
        '<a href="https://lagen.nu/2017:725#K9P24">9 kap. 24 § kommunallagen (2017:725)</a>' in page
    )


def test_english(tmp_path: Path) -> None:
    status, text = run("report", COMMITTEES, "--as-of", "2019-09-02", "--lang", "en")
    assert status == 0
    assert text.startswith(f"# Overview: {escape(COMMITTEES)}\n\nAssessed as of Sep 2, 2019\n")
    assert "- **Kind:** joint committee (gemensam nämnd), [9 kap. 19 §" in text
    assert "- **Host organisation:** Östersund (2380)" in text
    assert "- **Formed:** 2007" in text
    assert "- Procurement for own use (area internal.procurement)" in text
    assert "The seats are not stated." in text
    page = run("report", COMMITTEES, "--as-of", "2019-09-02", "--lang", "en", "--format", "html")[1]
    assert '<html lang="en">' in page
    assert "<dt>Parties (9)</dt>" in page


# -- other kinds -----------------------------------------------------------------------------


def test_a_federation_and_its_company() -> None:
    owned = attrs.evolve(tiohundra(), holdings=(Shareholding(KSON, Decimal("100")),))
    federation = attrs.evolve(
        norrtalje_federation(),
        charter=attrs.evolve(norrtalje_federation().charter, seat="Norrtälje"),
    )
    text = overview_report("kson.json", Bundle((federation, owned)), date(2024, 2, 6), "sv")[0]
    assert "- **Förbundsmedlemmar (2):** Region Stockholm (01), Norrtälje (0188)" in text
    assert "- **Säte (eget rättssubjekt):** Norrtälje" in text
    assert "| Norrtälje (0188) | 6 | 6 |" in text
    assert "- **Slag:** bolag, [10 kap. 1 § kommunallagen (2017:725)]" in text
    assert (
        "- **Ägare (1):** Kommunalförbundet Sjukvård och omsorg i Norrtälje (kommunalförbund) "
        "(100\xa0%)" in text
    )
    without_seat = overview_report("kson.json", norrtalje_federation(), date(2024, 2, 6), "en")[0]
    assert "- **Seat (a legal person of its own):** not stated" in without_seat


def test_contractual_structure_pot_and_agreements() -> None:
    cooperation = ContractualCooperation(
        "Avtal", commissioning=(BERG,), performing=OSTERSUND, tasks=(Task("internal.it"),)
    )
    bundle = Bundle(
        (
            cooperation,
            jamtland_structure(),
            jamtland_pot(),
            jamtland_agreement(),
            AgreementRegister((jamtland_agreement(),)),
        )
    )
    text = overview_report("b.json", bundle, date(2019, 9, 2), "sv")[0]
    assert "- **Beställande parter (1):** Berg (2326)" in text
    assert "- **Utförande part:** Östersund (2380)" in text
    assert "9 kap. 37 § första stycket kommunallagen (2017:725)" in text
    assert "- **Huvudmän (9):** Region Jämtland Härjedalen (23)" in text
    assert "### Organ" in text
    assert "- Regionala utvecklingsnämnden (RUN)" in text
    assert "- **Slag:** gemensam pott" in text
    assert "- **Slag:** avtalsregister" in text
    assert "## Avtalsregister" in text
    assert text.count("Inga uppgifter anges.") == 3  # the pot and the two agreements


def test_no_provision_cited_before_its_act() -> None:
    committee = attrs.evolve(gnu_municipalities(), basis=JointCommitteeBasis.CARE_AND_WELFARE)
    [old] = overviews(committee, date(2002, 1, 1))
    assert old.basis is None
    [new] = overviews(committee, date(2019, 9, 2))
    assert new.basis is not None
    assert new.basis.short() == "2003:192 1 §"
    [kl] = overviews(gnu_municipalities(), date(2010, 1, 1))
    assert kl.basis is None  # KL 9:19 is lag (2017:725); in 2010 KL was lag (1991:900)


def test_a_task_area_the_catalogue_does_not_know() -> None:
    committee = attrs.evolve(gns(), tasks=(Task("lokal.egen-uppgift"),))
    text = overview_report("x", committee, date(2019, 9, 2), "en")[0]
    assert "- lokal.egen-uppgift (area lokal.egen-uppgift)" in text


def test_every_kind_has_a_term() -> None:
    assert set(KIND_TERMS) == {row.tag for row in DOCUMENT_KINDS}


# -- the command line ------------------------------------------------------------------------


def test_output_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "nämnder.html"
    assert run("report", COMMITTEES, "--format", "html", "-o", str(target)) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(dumps(gns())))
    status, text = run("report", "-", "--as-of", "2019-09-02")
    assert status == 0
    assert text.startswith("# Översikt: \\<stdin\\>\n")


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("report", str(tmp_path / "saknas.json")) == (2, "")
    assert "saknas.json" in capsys.readouterr().err


def test_an_unreadable_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "trasig.json"
    path.write_text('{"schema_version": 1, "kind": "joint_committee", "content": {', "utf-8")
    assert run("report", str(path)) == (2, "")
    assert "trasig.json" in capsys.readouterr().err
    assert run("report", str(EXAMPLES / "jamtland" / "merger-all-three.toml")) == (2, "")


def test_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["report", COMMITTEES, "--format", "docx"])
    assert caught.value.code == 2
    assert "invalid choice: 'docx'" in capsys.readouterr().err


def test_an_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("report", COMMITTEES, "-o", str(tmp_path / "saknas" / "x.md")) == (2, "")
    assert "No such file or directory" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("usage: samverkan report")
    assert "--format {md,html}" in text
    assert "1  a body has an error finding" in text
