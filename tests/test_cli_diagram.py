"""``samverkan diagram``: documents, bundles and merger scenarios; DOT, SVG, PNG and PDF; the
caption, ``--as-of``, ``--stage`` and ``--direction``; without Graphviz."""

from __future__ import annotations

import io
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from samverkan.cli import main
from samverkan.diagram import Caption, to_dot
from samverkan.io import dumps
from samverkan.model import ContractualCooperation, Task
from samverkan.parties import registry
from seeds import gns, jamtland_pot, norrtalje_federation, vasterbotten_structure

EXAMPLES = Path(__file__).parent.parent / "examples"
MERGER = str(EXAMPLES / "jamtland" / "merger-all-three.toml")
COMMITTEES = str(EXAMPLES / "jamtland" / "joint-committees-2019.json")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def write(tmp_path: Path, name: str, model: object) -> str:
    path = tmp_path / name
    path.write_text(dumps(model), encoding="utf-8")
    return str(path)


def fake_dot(tmp_path: Path, output: str) -> str:
    """A stand-in for Graphviz's ``dot`` that reads its input and writes ``output``."""
    script = tmp_path / "dot"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nsys.stdin.read()\n"
        f"sys.stdout.write({output!r} + sys.argv[1])\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


def test_diagram_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "kson.json", norrtalje_federation())
    status, text = run("diagram", path, "--as-of", "2024-02-06")
    assert status == 0
    assert text == to_dot(norrtalje_federation(), caption=Caption(path, date(2024, 2, 6)))
    target = tmp_path / "kson.dot"
    assert run("diagram", path, "-o", str(target), "--lang", "en", "--as-of", "2024-02-06") == (
        0,
        "",
    )
    expected = to_dot(norrtalje_federation(), "en", caption=Caption(path, date(2024, 2, 6)))
    assert target.read_text(encoding="utf-8") == expected


def test_the_caption_names_stdin_and_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(dumps(vasterbotten_structure())))
    status, text = run("diagram", "-")
    assert status == 0
    assert "subgraph cluster_political" in text
    assert "\\nUnderlag: <stdin>\\nPer " in text
    assert text == to_dot(vasterbotten_structure(), caption=Caption("<stdin>", date.today()))


def test_a_bundle_from_the_examples() -> None:
    status, text = run("diagram", COMMITTEES, "--as-of", "2019-09-02", "--direction", "TB")
    assert status == 0
    assert 'label="GNU (regionen), GNU (kommunerna), GNS\\nUnderlag:' in text
    assert f"{COMMITTEES}\\nPer 2 sep. 2019" in text
    assert 'rankdir="TB"' in text


def test_a_merger_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run("diagram", MERGER)
    assert status == 0
    assert "cluster_before" in text
    assert "cluster_after" in text
    assert "Per 2 sep. 2019" in text  # the scenario's own date
    status, text = run("diagram", MERGER, "--stage", "after", "--as-of", "2020-01-01")
    assert status == 0
    assert "cluster_before" not in text
    assert "Per 1 jan. 2020" in text


def test_stage_is_only_for_a_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "gns.json", gns())
    assert run("diagram", path, "--stage", "before") == (2, "")
    assert "--stage is for a merger scenario" in capsys.readouterr().err


def test_a_scenario_the_analysis_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = Path(MERGER).read_text(encoding="utf-8").replace('extend = "GNS"', 'extend = "X"')
    folder = EXAMPLES / "jamtland"
    path = tmp_path / "merger.toml"
    path.write_text(
        scenario.replace('"gnu-region.json"', f'"{folder}/gnu-region.json"')
        .replace('"gnu-municipalities.json"', f'"{folder}/gnu-municipalities.json"')
        .replace('"gns.json"', f'"{folder}/gns.json"'),
        encoding="utf-8",
    )
    status, _ = run("diagram", str(path))
    assert status == 2
    assert "samverkan:" in capsys.readouterr().err


def test_kinds_that_are_not_drawn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "pot.json", jamtland_pot())
    assert run("diagram", path) == (2, "")
    assert capsys.readouterr().err == (
        "samverkan: cannot draw a fund_pot document; diagrams exist for bundle, "
        "collaboration_structure, contractual_cooperation, joint_committee, "
        "jointly_owned_company, local_federation\n"
    )


def test_contractual_cooperation_is_drawn(tmp_path: Path) -> None:
    reg = registry()
    cooperation = ContractualCooperation(
        "Avtal",
        commissioning=(reg.municipality("2326"),),
        performing=reg.municipality("2380"),
        tasks=(Task("internal.it"),),
    )
    status, text = run("diagram", write(tmp_path, "avtal.json", cooperation))
    assert status == 0
    assert '"agreement" [label="Avtal\\navtalssamverkan,\\nKL 9:37 1 st.' in text


@pytest.mark.parametrize("picture", ["svg", "png", "pdf"])
def test_pictures_without_graphviz(
    picture: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot on the PATH
    path = write(tmp_path, "gns.json", gns())
    assert run("diagram", path, "--format", picture, "-o", str(tmp_path / "x")) == (2, "")
    assert capsys.readouterr().err == (
        "samverkan: Graphviz 'dot' is not installed; use --format dot\n"
    )
    assert not (tmp_path / "x").exists()


def test_svg_to_stdout_and_pictures_to_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: fake_dot(tmp_path, "<svg/>"))
    path = write(tmp_path, "gns.json", gns())
    assert run("diagram", path, "--format", "svg") == (0, "<svg/>-Tsvg")
    for picture in ("svg", "png", "pdf"):
        target = tmp_path / f"gns.{picture}"
        assert run("diagram", path, "--format", picture, "-o", str(target)) == (0, "")
        assert target.read_bytes() == f"<svg/>-T{picture}".encode()


def test_a_binary_picture_to_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: fake_dot(tmp_path, "PNG"))
    path = write(tmp_path, "gns.json", gns())
    assert main(["diagram", path, "--format", "png"]) == 0
    assert capsysbinary.readouterr().out == b"PNG-Tpng"
    assert run("diagram", path, "--format", "png") == (0, "PNG-Tpng")  # a text stream


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "gns.json", gns())
    target = tmp_path / "missing" / "gns.dot"
    assert run("diagram", path, "-o", str(target)) == (2, "")
    error = capsys.readouterr().err
    assert error.startswith("samverkan: [Errno 2] No such file or directory")
    assert "gns.dot" in error


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["diagram", "--help"])
    assert caught.value.code == 0
    text = capsys.readouterr().out
    for option in ("--format {dot,svg,png,pdf}", "--stage", "--direction", "--as-of", "exit"):
        assert option in text
