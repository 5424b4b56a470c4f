"""``samverkan check``: --fail-on, --quiet, --select/--ignore, colour and --format github."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from samverkan.cli import main
from samverkan.io import dumps
from samverkan.model import JointCommittee, Task
from samverkan.parties import registry
from seeds import REGION_JH, gns
from test_rules_joint_committee import _care

BERG = registry().municipality("2326")
AS_OF = "2024-01-01"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, out: io.StringIO | None = None) -> tuple[int, str]:
    out = out if out is not None else io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def write(tmp_path: Path, name: str, model: object) -> str:
    path = tmp_path / name
    path.write_text(dumps(model, "json"), encoding="utf-8")
    return str(path)


def warned() -> JointCommittee:
    """A lag (2003:192) committee with a task outside its field: a warning (and errors of
    competence)."""
    tasks = (Task("hsl.regional-care"), Task("sol.social-services"), Task("internal.it"))
    return _care(REGION_JH, BERG, tasks=tasks)


def homeless() -> JointCommittee:
    """GNS hosted by a party not among its parties: an error (KL 9:20)."""
    return attrs.evolve(gns(), host=registry().party("0180"))


def test_fail_on_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "care.json", warned())
    # the parties' competence errors are set aside, leaving the warning of GN-VO-2003-192
    argv = ("check", path, "--as-of", AS_OF, "--ignore", "KL-2-1")
    status, text = run(*argv)
    assert status == 0
    assert "  varning: " in text
    assert run(*argv, "--fail-on", "warning")[0] == 1
    status, text = run(*argv, "--fail-on", "warning", "--format", "json")
    assert status == 1
    assert json.loads(text)["ok"] is False


def test_fail_on_error_is_the_default(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    assert run("check", path, "--as-of", AS_OF, "--fail-on", "error")[0] == 1


def test_quiet_keeps_only_the_summary(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    status, text = run("check", path, "--as-of", AS_OF, "--quiet")
    assert status == 1
    lines = text.splitlines()
    assert lines[2] == path
    assert lines[3] == "  Fel: 1, varningar: 0, information: 1."
    assert lines[4].startswith("  Utfall: fel funna.")
    assert len(lines) == 5
    assert "Regel:" not in text


@pytest.mark.parametrize("name", ["KL-9-20-host", "kl-9-20-HOST", "KL-9-20", "KL 9:20"])
def test_ignore_by_id_prefix_or_provision(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, "gns.json", homeless())
    status, text = run("check", path, "--as-of", AS_OF, "--ignore", name)
    assert status == 0
    assert "KL-9-20-host" not in text
    assert "KL-9-24-representation" in text


def test_select_is_repeatable(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    status, text = run("check", path, "--as-of", AS_OF, "--select", "KL 9:24", "--format", "json")
    assert status == 0
    (document,) = json.loads(text)["documents"]
    assert [f["rule"] for f in document["findings"]] == ["KL-9-24-representation"]
    argv = ["check", path, "--as-of", AS_OF, "--select", "KL 9:24", "--select", "KL-9-20-host"]
    status, text = run(*argv)
    assert status == 1
    assert "KL-9-20-host" in text
    assert "KL-9-24-representation" in text


def test_an_unknown_rule_is_unusable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "gns.json", gns())
    assert run("check", path, "--select", "KL 99:1")[0] == 2
    assert "no rule has the id, id prefix or provision 'KL 99:1'" in capsys.readouterr().err
    assert run("check", path, "--ignore", "KL-9-20-hots")[0] == 2
    assert "did you mean 'KL-9-20-host'?" in capsys.readouterr().err


def test_colour_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    path = write(tmp_path, "gns.json", homeless())
    argv = ("check", path, "--as-of", AS_OF)
    assert "\x1b[1;31mfel\x1b[0m: " in run(*argv, out=Terminal())[1]
    assert "\x1b[" not in run(*argv)[1]
    assert "\x1b[" not in run(*argv, "--color", "never", out=Terminal())[1]
    assert "\x1b[36minformation\x1b[0m" in run(*argv, "--color", "always")[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(*argv, out=Terminal())[1]


def test_github_annotations(tmp_path: Path) -> None:
    path = write(tmp_path, "gns,1.json", homeless())
    status, text = run("check", path, "--as-of", AS_OF, "--format", "github")
    assert status == 1
    error, notice = text.splitlines()
    file = path.replace(":", "%3A").replace(",", "%2C")
    assert error == (
        f"::error file={file},line=40,col=13,title=KL-9-20-host::Värdparten Stockholm (0180) är "
        "inte en av nämndens samverkande parter. (KL 9:20; $.content.host)"
    )
    assert notice.startswith(f"::notice file={file},line=2,col=14,title=KL-9-24-representation::")
    status, text = run("check", path, "--as-of", AS_OF, "--format", "github", "--lang", "en")
    assert text.count("\n") == 2


def test_github_escapes_newlines_and_percent() -> None:
    from samverkan.cli_select import _data, _property

    assert _data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert _property("a:b,c") == "a%3Ab%2Cc"


# -- rules and explain -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kl-9-24-REPRESENTATION", "KL-9-24-rep", "KL 9:24"])
def test_explain_by_case_prefix_or_provision(name: str) -> None:
    status, text = run("explain", name)
    assert status == 0
    assert text.startswith("KL-9-24-representation\n\n")
    assert "https://lagen.nu/2017:725#K9P24" in text


def test_explain_lists_the_rules_citing_a_provision() -> None:
    status, text = run("explain", "KL-9-2")
    assert status == 0
    blocks = text.strip().split("\n\n")
    assert len(blocks) > 1
    assert all(block.startswith("KL-9-2") for block in blocks)
    assert "KL-9-20-host" in text


def test_rules_filters() -> None:
    status, text = run("rules", "--statute", "kl", "--severity", "warning", "--format", "json")
    assert status == 0
    rules = json.loads(text)["rules"]
    assert rules
    assert all(rule["severity"] == "warning" for rule in rules)
    assert all(any(c["sfs"] == "2017:725" for c in rule["citations"]) for rule in rules)
    status, text = run("rules", "--statute", "2003:192", "--kind", "joint_committee")
    assert status == 0
    assert "\n\nGN-VO-2003-192\n" in "\n\n" + text
    assert "    https://lagen.nu/2003:192#P1" in text
    assert run("rules", "--statute", "1900:1")[1] == "\n"


def test_rules_unknown_statute(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("rules", "--statute", "XYZ") == (2, "")
    assert "no statute in the catalogue matches 'XYZ'" in capsys.readouterr().err


def test_rules_bad_severity(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        run("rules", "--severity", "fatal")
    assert raised.value.code == 2
    assert "invalid choice: 'fatal'" in capsys.readouterr().err


# -- parties and broken pipes ----------------------------------------------------------------


@pytest.mark.parametrize("county", ["23", "Jämtland", "jämtlands län", "SE-Z", " JÄMTLAND "])
def test_parties_by_county_name_or_number(county: str) -> None:
    status, text = run("parties", "--county", county)
    assert status == 0
    assert text.splitlines()[0] == "Jämtlands län (23, SE-Z)"


def test_parties_single_digit_and_two_words() -> None:
    assert run("parties", "--county", "3")[1].startswith("Uppsala län (03, SE-C)\n")
    assert run("parties", "--county", "Västra Götaland")[1].startswith("Västra Götalands län (14,")


def test_parties_unknown_county(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("parties", "--county", "Narnia") == (2, "")
    assert "no county matches 'Narnia'" in capsys.readouterr().err


class Closed(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_broken_pipe_ends_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"], out=Closed()) == 0
    assert capsys.readouterr().err == ""


def test_a_broken_pipe_in_a_process() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "samverkan", "rules"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()
    error = child.stderr.read()
    assert child.wait(timeout=60) == 0
    assert error == b""


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Region Jämtland", "23"),
        ("Jämtland", "23"),
        ("Jämtlands län", "23"),
        ("Västra Götaland", "14"),
        ("Region Västra Götaland", "14"),
        ("VGR", "14"),
        ("Sörmland", "04"),
        ("Stockholm", "0180"),
        ("Region Stockholm", "01"),
    ],
)
def test_lookup_by_common_names(name: str, code: str) -> None:
    assert registry().lookup(name).code == code


def test_lookup_of_an_unknown_region() -> None:
    with pytest.raises(LookupError, match="no party named matches 'Region Narnia'"):
        registry().lookup("Region Narnia")


@pytest.mark.parametrize("command", ["check", "rules", "explain", "parties"])
def test_help_has_examples_and_exit_status(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main([command, "--help"])
    assert raised.value.code == 0
    text = capsys.readouterr().out
    assert f"examples:\n  samverkan {command} " in text
    assert "exit status:\n  0  " in text
