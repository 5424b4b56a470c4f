"""Redraw the pictures of the examples in the documentation (docs/_static/diagrams/).

Each entry of diagrams.toml is drawn with ``samverkan diagram`` into NAME.dot, and Graphviz's
``dot`` draws NAME.svg from it; the SVG starts with a comment holding the SHA-256 of the DOT it
was drawn from, which tests/test_diagram_docs.py compares. Run from the repository root:

    .venv/bin/python scripts/update_diagrams.py
"""

from __future__ import annotations

import hashlib
import io
import sys
import tomllib
from pathlib import Path

from samverkan.cli import main
from samverkan.diagram import render

FOLDER = Path("docs/_static/diagrams")


def source_comment(dot: str) -> str:
    """The comment that ties an SVG to the DOT it was drawn from."""
    return f"<!-- samverkan diagram; DOT SHA-256 {hashlib.sha256(dot.encode()).hexdigest()} -->"


def svg_of(dot: str) -> str:
    """The SVG Graphviz draws from ``dot``, with :func:`source_comment` after the XML header."""
    svg = render(dot, "svg").decode("utf-8")
    header, rest = svg.split("\n", 1)
    return f"{header}\n{source_comment(dot)}\n{rest}"


def dot_of(entry: dict[str, str]) -> str:
    """The DOT text ``samverkan diagram`` writes for an entry of diagrams.toml."""
    out = io.StringIO()
    argv = ["diagram", entry["file"], "--as-of", entry["as_of"], *entry.get("args", [])]
    status = main(argv, out)
    if status != 0:
        raise SystemExit(f"samverkan {' '.join(argv)} exited {status}")
    return out.getvalue()


def main_update() -> int:
    entries = tomllib.loads((FOLDER / "diagrams.toml").read_text(encoding="utf-8"))["diagram"]
    for entry in entries:
        dot = dot_of(entry)
        (FOLDER / f"{entry['name']}.dot").write_text(dot, encoding="utf-8")
        (FOLDER / f"{entry['name']}.svg").write_text(svg_of(dot), encoding="utf-8")
        print(f"{FOLDER}/{entry['name']}.svg", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main_update())
