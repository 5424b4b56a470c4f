"""The pictures of the examples in the documentation are fresh and fit an A4 page.

``docs/_static/diagrams/`` holds, for each entry of ``diagrams.toml``, the DOT that
``samverkan diagram`` writes and the SVG Graphviz drew from it, so that the documentation shows
them without Graphviz. The DOT written now must be the DOT committed; the SVG must name the
committed DOT's SHA-256 and, where Graphviz is installed, hold what Graphviz draws from it (the
same nodes, edges and texts: coordinates depend on Graphviz's version and the fonts installed).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parent.parent
FOLDER = ROOT / "docs" / "_static" / "diagrams"
ENTRIES = tomllib.loads((FOLDER / "diagrams.toml").read_text(encoding="utf-8"))["diagram"]
NAMES = [entry["name"] for entry in ENTRIES]
#: A4 in points.
A4_POINTS = (595, 842)


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_diagrams", ROOT / "scripts" / "update_diagrams.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPDATE = update_script()


def committed(name: str, suffix: str) -> str:
    return (FOLDER / f"{name}{suffix}").read_text(encoding="utf-8")


def drawing(svg: str) -> list[str]:
    """The titles (node and edge ids) and texts of an SVG, in order."""
    return re.findall(r"<title>(.*?)</title>|<text[^>]*>(.*?)</text>", svg)


@pytest.mark.parametrize("entry", ENTRIES, ids=NAMES)
def test_the_committed_dot_is_what_samverkan_writes(
    entry: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    assert UPDATE.dot_of(entry) == committed(entry["name"], ".dot"), (
        "run scripts/update_diagrams.sh"
    )


@pytest.mark.parametrize("name", NAMES)
def test_the_svg_was_drawn_from_the_committed_dot(name: str) -> None:
    svg = committed(name, ".svg")
    assert svg.splitlines()[1] == UPDATE.source_comment(committed(name, ".dot"))


@pytest.mark.parametrize("name", NAMES)
def test_the_svg_fits_a4_with_no_text_below_8_points(name: str) -> None:
    svg = committed(name, ".svg")
    size = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    assert size is not None
    width, height = float(size.group(1)), float(size.group(2))
    assert width <= A4_POINTS[0]
    assert height <= A4_POINTS[1]
    scale = re.search(r'transform="scale\(([\d.]+) ', svg)
    assert scale is not None
    fonts = [float(size) for size in re.findall(r'font-size="([\d.]+)"', svg)]
    assert fonts
    assert min(fonts) * float(scale.group(1)) >= 8


def test_every_picture_is_shown_in_the_documentation() -> None:
    pages = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").rglob("*.md"))
    for name in NAMES:
        assert f"_static/diagrams/{name}.svg" in pages


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed")
@pytest.mark.parametrize("name", NAMES)
def test_the_svg_is_what_graphviz_draws(name: str) -> None:
    dot = shutil.which("dot")
    assert dot is not None
    done = subprocess.run(
        [dot, "-Tsvg"], input=committed(name, ".dot"), capture_output=True, text=True, check=True
    )
    assert drawing(done.stdout) == drawing(committed(name, ".svg"))
