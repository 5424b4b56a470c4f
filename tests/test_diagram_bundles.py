"""Diagrams of bundles, companies, contractual cooperation and mergers; caption, direction, the
A4 layout and the pictures Graphviz draws (PNG, PDF)."""

from __future__ import annotations

import re
import shutil
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from samverkan.diagram import (
    Caption,
    DiagramError,
    GraphvizNotFoundError,
    render,
    scenario_dot,
    to_dot,
)
from samverkan.diagram.graph import A4_SIZE, MIN_FONT_SIZE, wrapped
from samverkan.io.scenario import load_scenario, run_scenario
from samverkan.model import (
    Bundle,
    ContractualCooperation,
    JointlyOwnedCompany,
    Shareholding,
    Spell,
    Task,
)
from samverkan.model.history import History, PartialDate
from samverkan.parties import registry
from seeds import (
    KSON,
    gns,
    gnu_municipalities,
    gnu_region,
    jamtland_pot,
    jamtland_structure,
    norrtalje_federation,
    tiohundra,
)

EXAMPLES = Path(__file__).parent.parent / "examples"
REG = registry()
BERG, OSTERSUND, ARE = REG.municipality("2326"), REG.municipality("2380"), REG.municipality("2321")


def edges(text: str) -> list[tuple[str, str, str]]:
    return re.findall(r'^  "([^"]+)" -> "([^"]+)"(.*);$', text, re.M)


def graph_label(text: str) -> list[str]:
    found = re.search(r'^  graph \[.*?label="(.*?)", labelloc', text, re.M)
    assert found is not None
    return found.group(1).split("\\n")


def test_the_three_committees_share_their_party_nodes() -> None:
    bundle = Bundle((gnu_region(), gnu_municipalities(), gns()))
    text = to_dot(bundle)
    assert graph_label(text) == ["GNU (regionen), GNU (kommunerna), GNS"]
    assert text.count('"party:2380" [label="Östersund (2380)", shape="ellipse"];') == 1
    found = edges(text)
    assert ("party:23", "0_committee", ' [label="värd", style="bold"]') in found
    assert ("party:2380", "1_committee", ' [label="värd", style="bold"]') in found
    assert ("party:2321", "1_committee", "") not in found  # Åre is not in GNU (kommunerna)
    assert len(found) == 9 + 7 + 9
    assert "– Habilitering,\\nrehabilitering och\\nhjälpmedel" in text
    assert 'rankdir="LR"' in text  # nine parties side by side would be too wide


def test_a_federation_owning_a_company_of_the_bundle() -> None:
    owned = attrs.evolve(tiohundra(), holdings=(Shareholding(KSON, Decimal("100")),))
    text = to_dot(Bundle((owned, norrtalje_federation())))
    assert text.index('"company:TioHundra AB" [label="TioHundra AB\\nbolag, KL 10:1"') < text.index(
        "subgraph cluster_1_federation"
    )
    found = edges(text)
    assert (
        "1_assembly",
        "company:TioHundra AB",
        ' [label="äger", ltail="cluster_1_federation"]',
    ) in found
    assert not any(source.startswith("party:Kommunalförbundet") for source, *_ in found)
    assert 'compound="true"' in text


def test_owners_with_their_shares() -> None:
    company = JointlyOwnedCompany(
        "Bolaget AB",
        holdings=(Shareholding(BERG, Decimal("6.25")), Shareholding(OSTERSUND, Decimal("93.75"))),
    )
    assert ("party:2326", "company:Bolaget AB", ' [label="äger 6,25\xa0%"]') in edges(
        to_dot(company)
    )
    assert ("party:2326", "company:Bolaget AB", ' [label="owns 6.25%"]') in edges(
        to_dot(company, "en")
    )


def test_contractual_cooperation() -> None:
    cooperation = ContractualCooperation(
        "Bygglov åt Berg", commissioning=(BERG,), performing=OSTERSUND, tasks=(Task("internal.it"),)
    )
    text = to_dot(cooperation, "en")
    assert (
        '"agreement" [label="Bygglov åt Berg\\ncontractual cooperation\\n(avtalssamverkan),\\n'
        'KL 9:37 1 st.\\n– IT and digital services\\nfor own use", shape="note"];'
    ) in text
    assert edges(text) == [
        ("party:2326", "agreement", ' [label="orders"]'),
        ("party:2380", "agreement", ' [label="performs", style="bold"]'),
    ]


def test_a_bundle_names_what_it_does_not_draw() -> None:
    text = to_dot(Bundle((gns(), jamtland_pot(), jamtland_structure())))
    assert graph_label(text)[-1].startswith("Inte ritat: ")
    assert "(gemensam pott)" in graph_label(text)[-1]
    assert "subgraph cluster_2_structure {" in text
    assert "    subgraph cluster_2_political {" in text
    assert '"2_body:RSR" -> "2_principals";' in text


def test_caption_and_the_state_on_its_date() -> None:
    committee = attrs.evolve(
        gnu_municipalities(),
        parties=(*gnu_municipalities().parties, ARE),
        history=History(
            formed=PartialDate(2007),
            members=(
                *(Spell(p) for p in gnu_municipalities().parties),
                Spell(ARE, joined=date(2020, 1, 1)),
            ),
        ),
    )
    before = to_dot(committee, caption=Caption("gnu.json", date(2019, 9, 2)))
    assert graph_label(before)[-2:] == ["Underlag: gnu.json", "Per 2 sep. 2019"]
    assert "party:2321" not in before
    after = to_dot(committee, "en", caption=Caption("gnu.json", date(2020, 1, 1)))
    assert graph_label(after)[-2:] == ["Source: gnu.json", "As of Jan 1, 2020"]
    assert "party:2321" in after
    bundle = to_dot(Bundle((committee,)), caption=Caption("b.json", date(2019, 9, 2)))
    assert "party:2321" not in bundle


def test_direction_is_chosen_or_given() -> None:
    assert 'rankdir="TB"' in to_dot(norrtalje_federation())
    assert 'rankdir="LR"' in to_dot(gns())
    assert 'rankdir="TB"' in to_dot(gns(), direction="TB")
    assert 'rankdir="LR"' in to_dot(jamtland_structure(), direction="LR")


def test_every_font_is_large_enough_and_the_page_is_a4() -> None:
    for text in (to_dot(gns()), to_dot(jamtland_structure()), to_dot(norrtalje_federation())):
        sizes = [int(size) for size in re.findall(r'fontsize="(\d+)"', text)]
        assert len(sizes) == 3
        assert min(sizes) >= MIN_FONT_SIZE
        assert f'size="{A4_SIZE}"' in text
        assert 'ratio="compress"' in text


def test_long_names_wrap() -> None:
    assert wrapped("", ["Ett mycket långt namn på en gemensam nämnd i länet"], 20) == [
        "Ett mycket långt",
        "namn på en gemensam",
        "nämnd i länet",
    ]
    assert wrapped("", ["Ordutanmellanrumsomärlängreänenrad"], 10) == [
        "Ordutanmellanrumsomärlängreänenrad"
    ]
    assert wrapped("Parter: ", []) == ["Parter:"]


@pytest.mark.parametrize(
    ("name", "extended", "left_over"),
    [
        ("merger-all-three.toml", "before:2", False),
        ("merger-procurement-committees.toml", None, False),
        ("merger-pure-procurement.toml", None, True),
    ],
)
def test_merger_before_and_after(name: str, extended: str | None, left_over: bool) -> None:
    scenario = load_scenario(EXAMPLES / "jamtland" / name)
    text = scenario_dot(scenario, run_scenario(scenario))
    assert "subgraph cluster_before {" in text
    assert "subgraph cluster_after {" in text
    assert 'rankdir="LR"' in text
    widened = [source for source, _, attrs_ in edges(text) if "utvidgas" in attrs_]
    assert widened == ([extended] if extended else [])
    assert ('"left-over" [label="Blir över' in text) is left_over
    assert "Värd: " in text
    assert "– Upphandling för den egna\\nverksamheten" in text


def test_merger_stages() -> None:
    scenario = load_scenario(EXAMPLES / "jamtland" / "merger-pure-procurement.toml")
    report = run_scenario(scenario)
    before = scenario_dot(scenario, report, "en", stage="before")
    assert "cluster_before" in before
    assert "cluster_after" not in before
    assert 'label="Before";' in before
    after = scenario_dot(scenario, report, stage="after", direction="TB")
    assert "cluster_before" not in after
    assert '"left-over"' in after
    assert edges(after) == []
    assert 'rankdir="TB"' in after


def test_other_models_are_refused() -> None:
    with pytest.raises(DiagramError, match="cannot draw a Pot"):
        to_dot(jamtland_pot())  # type: ignore[arg-type]


def fake_dot(tmp_path: Path, body: str) -> str:
    """A stand-in for ``dot``: a Python script run by this interpreter."""
    script = tmp_path / "dot"
    script.write_text(f"#!{sys.executable}\nimport sys\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize("picture", ["svg", "png", "pdf"])
def test_render_asks_dot_for_the_format(
    picture: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = fake_dot(tmp_path, "sys.stdin.read(); sys.stdout.write(sys.argv[1])")
    monkeypatch.setattr(shutil, "which", lambda _name: program)
    assert render("digraph {}", picture) == f"-T{picture}".encode()


def test_render_refuses_an_unknown_format() -> None:
    with pytest.raises(DiagramError, match="unknown picture format 'gif'"):
        render("digraph {}", "gif")


def test_render_without_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(GraphvizNotFoundError, match="not installed"):
        render("digraph {}", "png")


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed")
def test_graphviz_draws_png_and_pdf() -> None:
    dot = to_dot(Bundle((gnu_region(), gnu_municipalities(), gns())))
    assert render(dot, "png").startswith(b"\x89PNG")
    assert render(dot, "pdf").startswith(b"%PDF")
