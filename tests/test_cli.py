from __future__ import annotations

import io
import subprocess
import sys

import pytest

from samverkan import __version__
from samverkan.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_parties_of_jamtland() -> None:
    status, text = run("parties", "--county", "23")
    assert status == 0
    assert text.splitlines()[0] == "Jämtlands län (23, SE-Z)"
    assert "2326  Berg" in text
    assert "212000-2502" in text
    assert "Region Jämtland Härjedalen" in text
    assert "(organisationsnummer saknas)" in text
    assert len(text.splitlines()) == 10


def test_parties_of_gotland() -> None:
    status, text = run("parties", "--county", "09")
    assert status == 0
    assert "kommun, regionalt ansvar" in text


def test_all_parties() -> None:
    status, text = run("parties")
    assert status == 0
    assert len(text.splitlines()) == 21 + 290 + 20


def test_unknown_county_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("parties", "--county", "99")
    assert status == 2
    assert "no county matches '99'" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "samverkan", "parties", "--county", "23"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Östersund" in done.stdout
