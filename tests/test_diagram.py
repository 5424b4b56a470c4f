"""Graphviz diagrams: the seed structures, a joint committee and Norrtälje's federation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from samverkan import diagram
from samverkan.diagram import DiagramError, GraphvizNotFoundError, quote, to_dot, to_svg
from samverkan.diagram.graph import LINE_WIDTH
from samverkan.model import Office, Role, Seat
from samverkan.model.structure import BodyKind, CollaborationStructure, CooperationBody, Level
from samverkan.parties import registry
from seeds import (
    KSON,
    NORRTALJE,
    REGION_STOCKHOLM,
    gns,
    jamtland_pot,
    jamtland_structure,
    norrtalje_federation,
    vasterbotten_structure,
)

DOT = shutil.which("dot")
needs_dot = pytest.mark.skipif(DOT is None, reason="Graphviz 'dot' is not installed")


def cluster(text: str, name: str) -> str:
    """The statements of ``subgraph name``."""
    found = re.search(rf"  subgraph {name} {{\n(.*?)\n  }}\n", text, re.S)
    assert found is not None, f"no {name} in\n{text}"
    return found.group(1)


def node_ids(statements: str) -> list[str]:
    return re.findall(r'^\s+"([^"]+)" \[label=', statements, re.M)


def edges(text: str) -> list[tuple[str, str, str]]:
    """``(source, target, attributes)`` of every edge."""
    return re.findall(r'^  "([^"]+)" -> "([^"]+)"(.*);$', text, re.M)


def test_vasterbotten_bodies_grouped_by_level() -> None:
    text = to_dot(vasterbotten_structure())
    assert text.startswith("digraph samverkan {\n")
    assert text.endswith("}\n")
    assert node_ids(cluster(text, "cluster_political")) == ["body:SVO", "body:LS"]
    assert node_ids(cluster(text, "cluster_official")) == [
        "body:LSG",
        "body:BBU",
        "body:SPS",
        "body:BVA",
        "body:HMR",
    ]
    assert 'label="Politisk nivå";' in cluster(text, "cluster_political")
    assert 'label="Tjänstepersonsnivå";' in cluster(text, "cluster_official")


def test_vasterbotten_reporting_lines_and_preparatory_groups() -> None:
    found = edges(to_dot(vasterbotten_structure()))
    assert found == [
        ("body:SVO", "principals", ""),
        ("body:LSG", "principals", ""),
        ("body:BBU", "body:LSG", ' [style="dashed"]'),
        ("body:SPS", "body:LSG", ' [style="dashed"]'),
        ("body:BVA", "body:LSG", ' [style="dashed"]'),
        ("body:HMR", "body:LSG", ' [style="dashed"]'),
        ("body:LS", "principals", ""),
    ]


def test_vasterbotten_seats_of_the_samrad() -> None:
    text = to_dot(vasterbotten_structure())
    samrad = next(line for line in text.splitlines() if line.startswith('    "body:SVO"'))
    label = samrad.split('label="', 1)[1]
    lines = label.split("\\n")
    assert lines[:6] == [
        "Samråd vård och omsorg (SVO)",
        "samverkansråd",
        "Områden: vård och omsorg,",
        "hjälpmedel",
        "3 + 3: Region Västerbotten",
        "2 + 0: Umeå, Skellefteå",
    ]
    assert lines[6].startswith("1 + 0: Nordmaling, Bjurholm")
    # 13 municipalities with one seat, wrapped over lines of moderate width
    ones = " ".join(lines[6:]).split('"', 1)[0].removeprefix("1 + 0: ")
    assert len(ones.split(", ")) == 13
    assert all(len(line) <= LINE_WIDTH for line in lines[6:-1])
    assert "Platser: ledamöter + ersättare" in text
    principals = next(line for line in text.splitlines() if line.startswith('  "principals"'))
    assert "Huvudmännen (16)" in principals
    assert 'shape="ellipse"' in principals


def test_jamtland_structure() -> None:
    text = to_dot(jamtland_structure())
    assert node_ids(cluster(text, "cluster_political")) == [
        "body:RSR",
        "body:RUN",
        "body:SVOM",
        "body:Barnarenan",
    ]
    assert node_ids(cluster(text, "cluster_official")) == [
        "body:Fredagsgruppen",
        "body:SamReKo HSI",
    ]
    assert (
        '"body:RUN" [label="Regionala utvecklingsnämnden\\n(RUN)\\nbeslutande organ\\n'
        'Region Jämtland Härjedalen (23)", style="bold"];'
    ) in text
    assert edges(text) == [
        ("body:RSR", "body:RUN", ""),
        ("body:RSR", "principals", ""),
        ("body:SVOM", "body:RSR", ""),
        ("body:Barnarenan", "body:RSR", ""),
        ("body:Fredagsgruppen", "body:SVOM", ' [style="dashed"]'),
        ("body:SamReKo HSI", "body:SVOM", ' [style="dashed"]'),
        ("body:SamReKo HSI", "body:Barnarenan", ' [style="dashed"]'),
    ]
    assert "Huvudmännen (9)" in text


def test_labels_follow_the_locale() -> None:
    text = to_dot(jamtland_structure(), "en")
    assert 'label="Political level";' in text
    assert 'label="Level of officials (tjänstepersonsnivå)";' in text
    assert "\\nadvisory council (samverkansråd)" in text
    assert "The principals (9)" in text
    assert "Seats: members + substitutes" in text


def test_output_is_deterministic() -> None:
    assert to_dot(vasterbotten_structure()) == to_dot(vasterbotten_structure())
    assert to_dot(norrtalje_federation(), "en") == to_dot(norrtalje_federation(), "en")


def test_joint_committee_with_host_parties_and_tasks() -> None:
    committee = gns()
    text = to_dot(committee)
    assert (
        '"committee" [label="GNS\\ngemensam nämnd, KL 9:19\\n– Intern service och stöd\\n'
        '– IT och digitalisering för\\nden egna verksamheten", style="bold"];'
    ) in text
    assert '"party:23" [label="Region Jämtland Härjedalen (23)", shape="ellipse"];' in text
    assert [e[:2] for e in edges(text)] == [
        (f"party:{p.code}", "committee") for p in committee.parties
    ]
    host, *others = edges(text)
    assert host[2] == ' [label="värd", style="bold"]'
    assert all(attributes == "" for *_, attributes in others)  # no seats recorded
    assert "Platser" not in text


def test_joint_committee_seat_counts_and_chair() -> None:
    committee = gns()
    region, ostersund = committee.parties[0], registry().municipality("2380")
    seats = (
        Seat(region, office=Office.CHAIR),
        Seat(region, Role.SUBSTITUTE),
        Seat(ostersund),
        Seat(ostersund, Role.SUBSTITUTE),
        Seat(ostersund, Role.SUBSTITUTE),
    )
    text = to_dot(attrs.evolve(committee, seats=seats, short_name=None), "en")
    assert '"committee" [label="Gemensam nämnd för samverkan' in text
    assert "\\nchair: Region Jämtland\\nHärjedalen" in text
    labels = {source: attributes for source, _, attributes in edges(text)}
    assert labels["party:23"] == ' [label="host, 1 + 1", style="bold"]'
    assert labels["party:2380"] == ' [label="1 + 2"]'
    assert labels["party:2326"] == ' [label="0 + 0"]'
    assert "Seats: members + substitutes" in text


def test_host_outside_the_parties_is_still_drawn() -> None:
    stockholm = registry().municipality("0180")
    text = to_dot(attrs.evolve(gns(), host=stockholm))
    assert '"party:0180" [label="Stockholm (0180)", shape="ellipse"];' in text
    assert ("party:0180", "committee", ' [label="värd", style="bold"]') in edges(text)


def test_norrtalje_federation() -> None:
    text = to_dot(norrtalje_federation())
    assert 'compound="true"' in text
    inside = cluster(text, "cluster_federation")
    assert 'label="KSON – kommunalförbund, KL 9:1";' in inside
    assert (
        '"assembly" [label="Förbundsdirektion\\nordförande: Region Stockholm\\n'
        "vice ordförande: Norrtälje\\n– Regional hälso- och\\nsjukvård\\n"
    ) in inside
    assert edges(text) == [
        (f"party:{REGION_STOCKHOLM.code}", "assembly", ' [label="6 + 6"]'),
        (f"party:{NORRTALJE.code}", "assembly", ' [label="6 + 6"]'),
        ("assembly", "company:TioHundra AB", ' [label="äger", ltail="cluster_federation"]'),
    ]
    assert '"company:TioHundra AB" [label="TioHundra AB", shape="component"' in text


def test_federation_with_a_board_and_no_short_name() -> None:
    federation = attrs.evolve(
        norrtalje_federation(),
        short_name=None,
        owned_companies=(),
        seats=(),
        board_seats=(Seat(NORRTALJE, office=Office.CHAIR),),
    )
    text = to_dot(federation, "en")
    assert 'label="Local federation (kommunalförbund), KL 9:1";' in text
    assert '"board" [label="Federation board (förbundsstyrelse)\\nchair: Norrtälje"];' in text
    assert ("assembly", "board", ' [label="appoints"]') in edges(text)
    assert ("party:0188", "assembly", "") in edges(text)
    assert "compound" not in text
    assert "Seats: members" not in text


def test_lines_to_some_principals_and_to_unknown_bodies() -> None:
    reg = registry()
    umea, region = reg.lookup("Umeå"), reg.region("24")
    structure = CollaborationStructure(
        'Struktur med "citat" och \\',
        principals=(region, umea),
        bodies=(
            CooperationBody(
                'Råd "A"',
                "Rådet\nför allt",
                Level.POLITICAL,
                BodyKind.NETWORK,
                reports_to=("X", "X"),
                reports_to_principals=(umea,),
            ),
            CooperationBody(
                "K",
                "Koordinering",
                Level.OFFICIAL,
                BodyKind.COORDINATION,
                reports_to=("X",),
                reports_to_principals=(umea, KSON),
            ),
        ),
    )
    text = to_dot(structure)
    assert text.count('"party:2480" [') == 1
    assert '  "body:K" -> "party:2480";' in text
    assert '  "party:Kommunalförbundet Sjukvård och omsorg i Norrtälje" [label=' in text
    assert "principals" not in text
    assert '"party:2480" [label="Umeå (2480)", shape="ellipse"];' in text
    assert text.count('"body:X" [color="red", label="X", style="dashed"];') == 1
    assert '"body:Råd \\"A\\"" [label="Rådet för allt (Råd \\"A\\")\\nnätverk"' in text
    assert 'label="Struktur med \\"citat\\" och \\\\"' in text
    assert text.count('  "body:Råd \\"A\\"" -> "body:X";') == 1  # the line is listed twice
    assert '"body:K" [label="Koordinering (K)\\nsamordningsfunktion", shape="hexagon"' in text
    assert "cluster_official" in text
    only_official = attrs.evolve(structure, bodies=structure.bodies[1:])
    assert "cluster_political" not in to_dot(only_official)


def test_quote_escapes_what_dot_would_read() -> None:
    assert quote("a") == '"a"'
    assert quote('"') == '"\\""'
    assert quote("a\\nb") == '"a\\\\nb"'
    assert quote("a\r\nb\rc\nd") == '"a\\nb\\nc\\nd"'


def test_only_structures_committees_and_federations_are_drawn() -> None:
    with pytest.raises(DiagramError, match="cannot draw a Pot"):
        to_dot(jamtland_pot())  # type: ignore[arg-type]


@needs_dot
@pytest.mark.parametrize(
    "model", [vasterbotten_structure(), jamtland_structure(), gns(), norrtalje_federation()]
)
def test_graphviz_reads_the_output(model: diagram.Drawable) -> None:
    assert DOT is not None
    done = subprocess.run(
        [DOT, "-Tcanon"], input=to_dot(model), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert to_svg(to_dot(model)).lstrip().startswith(b"<?xml")


def test_svg_without_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(GraphvizNotFoundError) as caught:
        to_svg(to_dot(gns()))
    assert str(caught.value) == "Graphviz 'dot' is not installed; use --format dot"


def fake_dot(tmp_path: Path, body: str) -> str:
    """A stand-in for ``dot``: a Python script run by this interpreter."""
    script = tmp_path / "dot"
    script.write_text(f"#!{sys.executable}\nimport sys\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_svg_runs_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = fake_dot(
        tmp_path,
        "assert sys.argv[1:] == ['-Tsvg']\n"
        "text = sys.stdin.buffer.read().decode('utf-8')\n"
        "sys.stdout.write('<svg>' + str('Norrtälje' in text) + '</svg>')",
    )
    monkeypatch.setattr(shutil, "which", lambda _name: program)
    assert to_svg(to_dot(norrtalje_federation())) == b"<svg>True</svg>"


def test_svg_reports_a_failing_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = fake_dot(tmp_path, "sys.stderr.write('syntax error in line 1'); sys.exit(1)")
    monkeypatch.setattr(shutil, "which", lambda _name: program)
    with pytest.raises(DiagramError, match="Graphviz 'dot' failed: syntax error in line 1"):
        to_svg("digraph {")
    silent = fake_dot(tmp_path, "sys.exit(3)")
    monkeypatch.setattr(shutil, "which", lambda _name: silent)
    with pytest.raises(DiagramError, match="exit status 3"):
        to_svg("digraph {")
