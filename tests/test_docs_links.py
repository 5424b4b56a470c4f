"""The built documentation, English and Swedish, has no broken internal link.

Builds the docs once (as CI does: ``sphinx-build -W --keep-going -b html``, which also builds
the Swedish site into ``sv/``) and follows every relative ``href`` and ``src`` of every page to
its file and anchor. Skipped when Sphinx and the theme are not installed (the ``docs`` extra).
"""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")
pytest.importorskip("furo")

DOCS = Path(__file__).resolve().parents[1] / "docs"


class _Page(HTMLParser):
    """The link targets and the anchors of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.fields: list[str] = []
        self._in_field_name = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name] or "")
        for name in ("id", "name"):
            if values.get(name) and (name == "id" or tag == "a"):
                self.anchors.add(values[name] or "")
        if tag == "dt" and "field-" in (values.get("class") or ""):
            self._in_field_name = True
            self.fields.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "dt":
            self._in_field_name = False

    def handle_data(self, data: str) -> None:
        if self._in_field_name:
            self.fields[-1] += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "html"
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html"]
    result = subprocess.run(
        [*command, str(DOCS), str(out)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[Path, _Page]:
    return {path: _parse(path) for path in sorted(site.rglob("*.html"))}


def _is_internal(link: str) -> bool:
    parts = urlsplit(link)
    return not (parts.scheme or parts.netloc or link.startswith("//"))


def test_both_languages_are_built(site: Path) -> None:
    english = (site / "start.html").read_text(encoding="utf-8")
    swedish = (site / "sv" / "start.html").read_text(encoding="utf-8")
    assert "What samverkan is" in english
    assert "Vad samverkan är" in swedish
    assert 'lang="sv"' in swedish


def test_every_page_links_to_itself_in_the_other_language(
    site: Path, pages: dict[Path, _Page]
) -> None:
    for path in (site / "domain" / "forms.html", site / "sv" / "domain" / "forms.html"):
        other = (
            site / "sv" / path.relative_to(site)
            if path.parent.parent == site
            else site / path.relative_to(site / "sv")
        )
        targets = {(path.parent / unquote(link)).resolve() for link in pages[path].links}
        assert other.resolve() in targets, path


def test_every_internal_link_resolves(site: Path, pages: dict[Path, _Page]) -> None:
    broken = []
    for path, page in pages.items():
        for link in page.links:
            if not _is_internal(link):
                continue
            parts = urlsplit(link)
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(site)}: {link} (no such file)")
                continue
            anchor = unquote(parts.fragment)
            if anchor and target.suffix == ".html":
                anchors = pages[target].anchors if target in pages else _parse(target).anchors
                if anchor not in anchors:
                    broken.append(f"{path.relative_to(site)}: {link} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_attribute_comments_are_not_read_as_types(site: Path, pages: dict[Path, _Page]) -> None:
    """An attribute comment such as ``#: KL 6:38 1 st. 1: goals`` is shown as written, not split
    at its colon into a "Type" field."""
    mangled = [
        path.relative_to(site)
        for path, page in pages.items()
        if path.parent.name == "reference" and "Type" in (f.strip() for f in page.fields)
    ]
    assert not mangled
