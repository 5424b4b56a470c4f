from __future__ import annotations

import io
import json
import re
import runpy
import subprocess
import sys
from datetime import date
from pathlib import Path

import attrs
import pytest

from samverkan import __version__, cli_output
from samverkan.cli import main
from samverkan.io import SCHEMA_KINDS, Bundle, Format, dumps, schema_for
from samverkan.model import ContractualCooperation, JointCommittee, Period, Task
from samverkan.parties import registry
from samverkan.rules import REGISTRY, RuleRegistry
from seeds import gns


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


# -- check -----------------------------------------------------------------------------------

REG = registry()
BERG, OSTERSUND, STOCKHOLM = REG.party("2326"), REG.party("2380"), REG.party("0180")


def cooperation() -> ContractualCooperation:
    """Building-committee tasks performed for Berg under an agreement concluded 2018-03-01 and
    ended 2018-06-30, before KL 9:37 existed (SFS 2018:569): an error (PBL 12:1)."""
    return ContractualCooperation(
        "Bygglovshandläggning åt Berg",
        commissioning=(BERG,),
        performing=OSTERSUND,
        tasks=(Task("pbl.building-committee"),),
        concluded_on=date(2018, 3, 1),
        period=Period(date(2018, 3, 1), date(2018, 6, 30)),
    )


def write(tmp_path: Path, name: str, model: object, fmt: Format = "json") -> str:
    path = tmp_path / name
    path.write_text(dumps(model, fmt), encoding="utf-8")
    return str(path)


def homeless() -> JointCommittee:
    """GNS with a host that is not one of its parties: an error (KL 9:20)."""
    return attrs.evolve(gns(), host=STOCKHOLM)


def test_check_passes_with_information_only(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", gns())
    status, text = run("check", path, "--as-of", "2019-09-02")
    assert status == 0
    lines = text.splitlines()
    assert lines == [
        "Kontroll per 2 sep. 2019",
        "",
        path,
        "  information: Nämndens platser anges inte; representationen har inte prövats.",
        "    Regel: KL-9-24-representation",
        "    Slag: uppgift saknas i dokumentet",
        "    Lagrum: 9 kap. 24 § kommunallagen (2017:725)",
        "    Sökväg: $.content.seats",
        f"    Plats: {path}:2:14",
        "  Fel: 0, varningar: 0, information: 1.",
        lines[-1],
    ]
    assert re.fullmatch(
        r"  Utfall: inga fel i det som prövades\. Prövade regler: \d+, inte i kraft: \d+; "
        r"inte prövat: KL-9-24-representation\.",
        lines[-1],
    )


def test_a_document_judged_on_nothing_says_so(tmp_path: Path) -> None:
    """Before any rule applies, the report says "not judged", never "no findings" alone."""
    path = write(tmp_path, "gns.json", gns())
    status, text = run("check", path, "--as-of", "1990-01-01")
    assert status == 0
    assert "Inga anmärkningar." not in text
    assert re.fullmatch(
        r"  Utfall: inte prövat\. Prövade regler: 0, inte i kraft: \d+\.", text.splitlines()[-1]
    )
    status, text = run("check", path, "--as-of", "1990-01-01", "--format", "json")
    data = json.loads(text)
    assert data["ok"] is False
    (document,) = data["documents"]
    assert (document["ok"], document["outcome"]) == (False, "not-judged")
    assert document["coverage"]["judged"] == []
    assert document["findings"][0]["category"] == "not-judged"


def test_check_fails_on_an_error_finding(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    status, text = run("check", path, "--as-of", "2019-09-02")
    assert status == 1
    lines = text.splitlines()
    assert lines[3] == (
        "  fel: Värdparten Stockholm (0180) är inte en av nämndens samverkande parter."
    )
    assert lines[4:8] == [
        "    Åtgärd: Välj en av de samverkande parterna som värdpart.",
        "    Regel: KL-9-20-host",
        "    Lagrum: 9 kap. 20 § kommunallagen (2017:725)",
        "    Sökväg: $.content.host",
    ]
    assert lines[-2] == "  Fel: 1, varningar: 0, information: 1."
    assert re.match(r"  Utfall: fel funna\. Prövade regler: \d+,", lines[-1])


def test_check_in_english(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    status, text = run("check", path, "--as-of", "2019-09-02", "--lang", "en")
    assert status == 1
    lines = text.splitlines()
    assert lines[0] == "Checked as of Sep 2, 2019"
    assert lines[3:8] == [
        "  error: The host party Stockholm (0180) is not one of the committee's cooperating "
        "parties.",
        "    Fix: Choose one of the cooperating parties as host.",
        "    Rule: KL-9-20-host",
        "    Provisions: 9 kap. 20 § kommunallagen (2017:725)",
        "    Path: $.content.host",
    ]
    assert "  information: The committee's seats are not listed" in text
    assert lines[-2] == "  Errors: 1, warnings: 0, information: 1."
    assert re.match(r"  Outcome: errors found\. Rules judged: \d+,", lines[-1])


def test_check_json_format(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    status, text = run("check", path, "--as-of", "2019-09-02", "--format", "json")
    assert status == 1
    assert text == json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    data = json.loads(text)
    assert data["ok"] is False
    assert data["as_of"] == "2019-09-02"
    (document,) = data["documents"]
    assert document["file"] == path
    assert document["ok"] is False
    assert document["outcome"] == "errors"
    assert document["coverage"]["not_judged"] == ["KL-9-24-representation"]
    assert document["coverage"]["not_recorded"] == ["$.content.seats"]
    assert "KL-9-20-host" in document["coverage"]["judged"]
    assert document["findings"][0] == {
        "rule": "KL-9-20-host",
        "severity": "error",
        "category": "law",
        "message": "Värdparten Stockholm (0180) är inte en av nämndens samverkande parter.",
        "message_id": "Värdparten {host} är inte en av nämndens samverkande parter.",
        "fix": "Välj en av de samverkande parterna som värdpart.",
        "parameters": {"host": "Stockholm (0180)"},
        "facts": {},
        "path": "$.content.host",
        "line": 40,
        "column": 13,
        "subject": {
            "kind": "joint_committee",
            "name": "GNS: Gemensam nämnd för samverkan inom drift och service, utveckling samt "
            "specialistfunktioner",
            "file": path,
        },
        "citations": [
            {
                "sfs": "2017:725",
                "chapter": 9,
                "section": "20",
                "stycke": None,
                "punkt": None,
                "text": "9 kap. 20 § kommunallagen (2017:725)",
                "url": "https://lagen.nu/2017:725#K9P20",
            }
        ],
    }
    assert [f["severity"] for f in document["findings"]] == ["error", "info"]


def test_check_json_in_english_is_deterministic(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    first = run("check", path, "--as-of", "2019-09-02", "--format", "json", "--lang", "en")
    second = run("check", path, "--as-of", "2019-09-02", "--format", "json", "--lang", "en")
    assert first == second
    message = json.loads(first[1])["documents"][0]["findings"][0]["message"]
    assert (
        message
        == "The host party Stockholm (0180) is not one of the committee's cooperating parties."
    )


def test_findings_paths_point_into_the_file(tmp_path: Path) -> None:
    """Every path names an element of the document as written."""
    path = write(tmp_path, "bundle.json", Bundle((gns(), homeless())))
    status, text = run("check", path, "--as-of", "2019-09-02", "--format", "json")
    assert status == 1
    findings = json.loads(text)["documents"][0]["findings"]
    assert [(f["rule"], f["path"]) for f in findings] == [
        ("KL-9-20-host", "$.content.items[1].host"),
        ("KL-9-24-representation", "$.content.items[0].seats"),
        ("KL-9-24-representation", "$.content.items[1].seats"),
    ]
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["content"]["items"][1]["host"] == "0180"


def test_as_of_changes_the_outcome(tmp_path: Path) -> None:
    path = write(tmp_path, "avtal.toml", cooperation(), "toml")
    status, text = run("check", path, "--as-of", "2017-12-31")
    assert status == 0
    assert "Inga anmärkningar." not in text
    assert "Utfall: inte prövat." in text
    status, text = run("check", path, "--as-of", "2019-01-01", "--lang", "en")
    assert status == 1
    assert "error: Östersund (2380) has no legal basis for performing" in text
    assert "the agreement was concluded on Mar 1, 2018" in text
    assert "Rule: KL-2-1-localisation" in text
    assert "Path: $.content.tasks[0]" in text


def test_several_files_and_a_summary(tmp_path: Path) -> None:
    good, bad = write(tmp_path, "a.json", gns()), write(tmp_path, "b.json", homeless())
    status, text = run("check", good, bad, "--as-of", "2019-09-02")
    assert status == 1
    assert text.index(good) < text.index(bad)
    assert text.endswith("\nDokument: 2, med fel: 1.\n")


def test_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(dumps(homeless())))
    status, text = run("check", "-", "--as-of", "2019-09-02", "--format", "json")
    assert status == 1
    assert json.loads(text)["documents"][0]["file"] == "<stdin>"
    monkeypatch.setattr(sys, "stdin", io.StringIO(dumps(gns(), "toml")))
    status, text = run("check", "-", "--as-of", "2019-09-02")
    assert status == 0
    assert text.splitlines()[2] == "<stdin>"


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"\xef\xbb\xbf  " + dumps(gns()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, text = run("check", "-", "--as-of", "2019-09-02")
    assert status == 0
    assert "Nämndens platser anges inte" in text


def test_a_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run("check", str(tmp_path))
    assert status == 2
    assert text.splitlines()[2:] == []
    error = capsys.readouterr().err
    assert error == (
        f"samverkan: {tmp_path}: är en katalog; ange dokumentfilerna i den "
        f"(till exempel {tmp_path}/*.json)\n"
    )
    run("check", str(tmp_path), "--lang", "en")
    assert capsys.readouterr().err == (
        f"samverkan: {tmp_path}: is a directory; name the document files in it "
        f"(for example {tmp_path}/*.json)\n"
    )


def test_malformed_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": "1.0", "kind": ', encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        dumps(gns()).replace('"host": "23"', '"host": "2399", "hots": "23"'), encoding="utf-8"
    )
    missing = tmp_path / "missing.json"
    good = write(tmp_path, "good.json", gns())
    status, text = run("check", str(broken), str(wrong), str(missing), good, "--format", "json")
    assert status == 2
    data = json.loads(text)
    assert data["ok"] is False
    assert [d["file"] for d in data["documents"]] == [good]
    assert data["documents"][0]["ok"] is True
    error = capsys.readouterr().err
    assert "Traceback" not in error
    assert (
        f"samverkan: {broken}: 1 problem i dokumentet:\n"
        f"  {broken}:1:35: $: ogiltig JSON på rad 1, kolumn 35: väntade ett värde" in error
    )
    assert f"samverkan: {wrong}: 2 problem i dokumentet:\n" in error
    assert ": $.content.host: okänd kommun- eller regionkod '2399'" in error
    assert ": $.content.hots: okänt fält 'hots'; menade du 'host'?" in error
    assert f"samverkan: {missing}: 1 problem i dokumentet:\n  $: kan inte läsa filen" in error
    assert [(u["file"], len(u["problems"])) for u in data["unreadable"]] == [
        (str(broken), 1),
        (str(wrong), 2),
        (str(missing), 1),
    ]
    run("check", str(broken), str(wrong), str(missing), "--lang", "en")
    error = capsys.readouterr().err
    assert f"  {broken}:1:35: $: invalid JSON at line 1, column 35: Expecting value" in error
    assert ": $.content.hots: unknown field 'hots'; did you mean 'host'?" in error
    assert (
        f"samverkan: {missing}: 1 problem(s) in the document:\n  $: cannot read the file" in error
    )


def test_unknown_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gns.yaml"
    path.write_text(dumps(gns()), encoding="utf-8")
    assert run("check", str(path))[0] == 2
    assert "formatet framgår inte av ändelsen '.yaml'" in capsys.readouterr().err
    assert run("check", str(path), "--lang", "en")[0] == 2
    assert "cannot tell the format from the suffix '.yaml'" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", "x.json", "--as-of", "2019-13-01"])
    assert caught.value.code == 2
    assert "not a date in the form YYYY-MM-DD: '2019-13-01'" in capsys.readouterr().err


def test_check_defaults_to_today(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", gns())
    status, text = run("check", path, "--format", "json")
    assert status == 0
    assert json.loads(text)["as_of"] == date.today().isoformat()


# -- rules, explain, schema ------------------------------------------------------------------


def test_rules_text() -> None:
    status, text = run("rules")
    assert status == 0
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(REGISTRY)
    block = next(b for b in blocks if b.startswith("KL-9-24-representation\n"))
    assert block.splitlines() == [
        "KL-9-24-representation",
        "  Lagrum: 9 kap. 24 § kommunallagen (2017:725)",
        "    https://lagen.nu/2017:725#K9P24",
        "  Allvarlighetsgrad: fel",
        "  Gäller: från 1 jan. 2018",
        "  Prövar: joint_committee",
        "  Varje part väljer minst en ledamot och en ersättare, och lika många ersättare som "
        "ledamöter.",
    ]
    english = run("rules", "--lang", "en")[1]
    assert "  Severity: error\n  In force: from Jan 1, 2018\n" in english
    assert "  " + REGISTRY.get("KL-9-24-representation").summary + "\n" in english


def test_rules_json() -> None:
    status, text = run("rules", "--format", "json")
    assert status == 0
    rules = json.loads(text)["rules"]
    assert [r["id"] for r in rules] == [r.id for r in REGISTRY]
    found = next(r for r in rules if r["id"] == "KL-9-24-representation")
    assert found == {
        "id": "KL-9-24-representation",
        "severity": "error",
        "citations": [
            {
                "sfs": "2017:725",
                "chapter": 9,
                "section": "24",
                "stycke": None,
                "punkt": None,
                "text": "9 kap. 24 § kommunallagen (2017:725)",
                "url": "https://lagen.nu/2017:725#K9P24",
            }
        ],
        "valid_from": "2018-01-01",
        "valid_to": None,
        "summary": "Varje part väljer minst en ledamot och en ersättare, och lika många "
        "ersättare som ledamöter.",
        "description": [found["description"][0]],
        "does_not_check": [found["does_not_check"][0]],
        "text_lang": "sv",
        "applies_to": ["joint_committee"],
        "kind": "law",
        "verification": "verified-rk",
        "verified_on": "2026-02-22",
    }
    assert all(r["valid_from"] <= (r["valid_to"] or "9999") for r in rules)
    assert found["description"][0].startswith("Ledamöter och ersättare i en gemensam nämnd")
    assert found["does_not_check"][0].startswith("vem som väljs eller om de valda är valbara")
    english = json.loads(run("rules", "--format", "json", "--lang", "en")[1])["rules"]
    rule = REGISTRY.get("KL-9-24-representation")
    found = next(r for r in english if r["id"] == rule.id)
    assert (found["summary"], found["text_lang"]) == (rule.summary, "en")
    assert found["does_not_check"][0].startswith("who is elected or whether they are eligible")


def test_rules_with_an_end_date() -> None:
    registry_with_end = RuleRegistry()
    item = attrs.evolve(REGISTRY.get("KL-9-20-host"), valid_to=date(2030, 6, 30))
    registry_with_end.add(item)
    assert "from Jan 1, 2018 to Jun 30, 2030 inclusive" in cli_output.rules_text(
        registry_with_end, "en"
    )
    assert '"valid_to": "2030-06-30"' in cli_output.rules_json(registry_with_end, "sv")


def test_explain_in_swedish_and_english() -> None:
    status, text = run("explain", "KL-9-37-performer-competence")
    assert status == 0
    lines = text.splitlines()
    assert lines[:5] == [
        "KL-9-37-performer-competence",
        "",
        "Beskrivning:",
        "  Den utförande parten bör själv ha kompetens för det slags uppgift den utför.",
        "",
    ]
    assert "  9 kap. 37 § första stycket kommunallagen (2017:725)" in lines
    assert "    https://lagen.nu/2017:725#K9P37S1" in lines
    assert "Allvarlighetsgrad: varning" in lines
    assert "Gäller: från 1 juli 2018" in lines
    assert "Verifiering: inte kontrollerad mot någon källa" in lines
    assert "Granskad: 22 feb. 2026" in lines
    assert "Prövar inte:" in lines
    status, english = run("explain", "KL-9-37-performer-competence", "--lang", "en")
    assert status == 0
    assert "svenska" not in english
    assert english.splitlines()[2] == "Description:"
    assert "Does not check:\n  whether the reading is right" in english
    assert "Verification: not checked against any source" in english


def test_explain_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    status, text = run("explain", "KL-9-24-representaton")
    assert (status, text) == (2, "")
    assert capsys.readouterr().err == (
        "samverkan: no rule has the id 'KL-9-24-representaton'; "
        "did you mean KL-9-24-representation, KL-9-3-representation, KL1991-3-23-representation?\n"
    )


def test_schema() -> None:
    status, text = run("schema", "joint_committee")
    assert status == 0
    assert json.loads(text) == schema_for("joint_committee")
    assert text.startswith('{\n  "$defs": {')


def test_unknown_schema_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("schema", "joint_comittee") == (2, "")
    error = capsys.readouterr().err
    assert "unknown kind 'joint_comittee'; did you mean 'joint_committee'?" in error
    assert "The kinds are: " + ", ".join(SCHEMA_KINDS) in error
    assert run("schema", "xyz") == (2, "")
    assert "did you mean" not in capsys.readouterr().err


def test_parties_in_english() -> None:
    status, text = run("parties", "--county", "09", "--lang", "en")
    assert status == 0
    assert "municipality, regional responsibilities" in text
    status, text = run("parties", "--county", "23", "--lang", "en")
    assert "  region\n" in text
    assert "(organisation number missing)" in text


# -- help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "rules", "explain", "schema", "parties", "diagram"])
def test_help_on_every_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: samverkan {command}")


def test_main_module(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["samverkan", "schema", "bundle"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("samverkan", run_name="__main__")
    assert caught.value.code == 0
    assert json.loads(capsys.readouterr().out) == schema_for("bundle")


def test_python_dash_m_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "samverkan", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("usage: samverkan")
    for command in ("check", "rules", "explain", "schema", "parties", "diagram"):
        assert command in done.stdout


def test_python_dash_m_check_exit_status(tmp_path: Path) -> None:
    path = write(tmp_path, "gns.json", homeless())
    done = subprocess.run(
        [sys.executable, "-m", "samverkan", "check", path, "--as-of", "2019-09-02"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "fel: Värdparten Stockholm (0180)" in done.stdout
    assert done.stderr == ""


def test_bundle_findings_name_the_item_they_concern() -> None:
    status, text = run(
        "check", "--as-of", "2019-09-02", "examples/jamtland/joint-committees-2019.json"
    )
    assert status == 0
    assert "Avser: GNS: Gemensam nämnd för samverkan inom drift och service" in text
    status, text = run(
        "check", "--lang", "en", "--as-of", "2019-09-02", "examples/jamtland/gns.json"
    )
    assert status == 0
    assert "Concerns:" not in text
