"""Hardening (issue 16): each promise of robustness, with the smallest input that broke it.

Every test here failed before the fix it names and passes now. The loader and the command line
answer any input with a result, a :class:`~samverkan.errors.DocumentError` or a one-line error
with its exit status; they read only what the document says, in bounded time and memory, and
never change an amount silently.
"""

from __future__ import annotations

import decimal
import io
import json
import os
import re
import subprocess
import sys
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan.cli import INTERNAL, main
from samverkan.errors import CitationSyntaxError, DocumentError, close_matches, excerpt
from samverkan.io import dumps, load, loads, to_data
from samverkan.io.documents import MAX_DOCUMENT_BYTES, TOML_KEY_PARTS
from samverkan.law import parse_citation
from samverkan.model.cooperation_agreement import (
    Assignment,
    RevisedAssignments,
    Revision,
    apply_revision,
    total_budget,
)
from seeds import gns
from test_robustness import (
    AMOUNT_FIELDS,
    amount_at,
    amount_text,
    assert_document_error_or_success,
    committee,
    problems,
    watchdog,
)

SRC = Path(__file__).resolve().parents[1] / "src"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def cli(
    *argv: str, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    """``python -m samverkan`` in a child process, with this checkout's sources."""
    environment = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "samverkan", *argv],
        env=environment,
        capture_output=True,
        timeout=60,
        check=False,
        **kwargs,
    )


# -- 1. a number whose exponent has twenty digits or more ------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [('{"a": 1e9999999999999999999}', "json"), ("a = 1e9999999999999999999", "toml")],
)
def test_an_exponent_of_twenty_digits(text: str, fmt: str) -> None:
    [(path, message)] = problems(text, fmt)
    assert path == "$"
    assert message == (
        f"invalid {fmt.upper()}: the number '1e9999999999999999999' has an exponent too large "
        "to read"
    )


def test_an_exponent_of_twenty_digits_on_the_command_line(tmp_path: Path) -> None:
    file = tmp_path / "a.json"
    file.write_text('{"a": 1e9999999999999999999}', "utf-8")
    status, _ = run("check", str(file))
    assert status == 2


# -- 2. more digits than int() converts ------------------------------------------------------


def test_a_schema_version_of_5000_digits() -> None:
    text = json.dumps({**committee(), "schema_version": "1" * 5000 + ".0"})
    [(path, message)] = problems(text)
    assert path == "$.schema_version"
    assert "is newer than this samverkan understands" in message
    assert len(message) < 200
    older = json.dumps({**committee(), "schema_version": "0" * 5000 + ".0"})
    assert "is older than any" in problems(older)[0][1]
    # An earlier version written with a leading zero is read, and migrated to the current one.
    assert loads(json.dumps({**committee(), "schema_version": "01.0"})).schema_version == "1.2"


@pytest.mark.parametrize(
    "text",
    [
        "KL " + "9" * 5000 + ":1",
        "KL 9:" + "1" * 5000,
        "KL 9:37 " + "1" * 5000 + " st.",
        "9" * 5000 + " kap. 1 § KL",
    ],
)
def test_a_citation_of_5000_digits(text: str) -> None:
    with pytest.raises(CitationSyntaxError) as error:
        parse_citation(text)
    assert len(str(error.value)) < 400


def test_a_long_citation_in_a_document() -> None:
    text = json.dumps(committee(basis="KL 9:" + "1" * 5000))
    [(path, message)] = problems(text)
    assert path == "$.content.basis"
    assert "(5005 characters)" in message
    assert len(message) < 500


# -- 5. standard input closed ----------------------------------------------------------------


def test_check_with_standard_input_closed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    status, _ = run("check", "-", "--lang", "en")
    assert status == 2
    assert "cannot read standard input: it is closed" in capsys.readouterr().err


def test_check_with_standard_input_closed_in_a_process() -> None:
    done = cli("check", "-", stdin=subprocess.DEVNULL)
    assert done.returncode == 2  # an empty document
    closed = subprocess.run(
        ["sh", "-c", f'exec "{sys.executable}" -m samverkan check - --lang en 0<&-'],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert closed.returncode == 2, closed.stderr
    assert b"Traceback" not in closed.stderr
    assert b"standard input" in closed.stderr


# -- 6. anything unexpected is an internal error, exit 3 -------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_unexpected_exception_is_an_internal_error(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("samverkan.cli.check_named", broken)
    file = tmp_path / "a.json"
    file.write_text(dumps(gns()), "utf-8")
    status, _ = run("check", str(file), "--lang", lang)
    assert status == INTERNAL == 3
    err = capsys.readouterr().err
    assert "ZeroDivisionError: 'division by zero'" in err
    assert ("internal error" if lang == "en" else "internt fel") in err


# -- 8. only regular files, of a bounded size ------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "kö.json"
    os.mkfifo(fifo)
    with watchdog(10), pytest.raises(DocumentError) as error:
        load(fifo)
    assert error.value.problems == (("$", "cannot read the file: it is not a regular file"),)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused(device: str, tmp_path: Path) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / "oändlig.json"
    link.symlink_to(device)
    with watchdog(10), pytest.raises(DocumentError) as error:
        load(link)
    assert error.value.problems == (("$", "cannot read the file: it is not a regular file"),)


def test_a_file_larger_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("samverkan.io.documents.MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr("samverkan.io.documents.read_limited.__defaults__", (1000,))
    file = tmp_path / "stor.json"
    file.write_text(json.dumps(committee(notes="x" * 2000)), "utf-8")
    with pytest.raises(DocumentError) as error:
        load(file)
    assert error.value.problems == (
        ("$", "the document is larger than 1000 bytes, the most samverkan reads"),
    )
    assert MAX_DOCUMENT_BYTES == 256 * 1024 * 1024


def test_standard_input_from_dev_zero_is_cut_off(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("samverkan.io.documents.read_limited.__defaults__", (1000,))
    stream = io.TextIOWrapper(io.BufferedReader(_Zeros()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    with watchdog(10):
        status, _ = run("check", "-", "--lang", "en")
    assert status == 2
    assert "larger than 1000 bytes" in capsys.readouterr().err


class _Zeros(io.RawIOBase):
    """An endless stream of NUL bytes, like ``/dev/zero``."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        buffer[:] = bytes(len(buffer))
        return len(buffer)


def test_dev_zero_on_standard_input_in_a_process() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with open("/dev/zero", "rb") as zeros:
        done = cli("check", "-", "--lang", "en", stdin=zeros)
    assert done.returncode == 2
    assert b"larger than 268435456 bytes" in done.stderr


# -- 9. TOML keys of very many parts ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "x" + ".a" * 100_000 + " = 1",
        "[x" + ".a" * 100_000 + "]",
        "[[x" + ".a" * 100_000 + "]]",
        "x = {y" + ".a" * 100_000 + " = 1}",
        'x = {b = 1, "y"' + '."a"' * 100_000 + " = 1}",
    ],
    ids=["dotted-key", "table", "array-of-tables", "inline-table", "quoted-in-inline-table"],
)
def test_a_toml_key_of_100_000_parts(text: str) -> None:
    with watchdog(5):
        [(path, message)] = problems(text, "toml")
    assert (path, message) == (
        "$",
        f"invalid TOML: a key at line 1 has more than {TOML_KEY_PARTS} parts",
    )


def test_a_toml_key_of_the_most_parts_is_read() -> None:
    text = "x" + ".a" * (TOML_KEY_PARTS - 1) + " = 1\n"
    [(path, _message)] = problems(text, "toml")  # read, then refused as a document
    assert path == "$.schema_version"


# -- 12. long words: no "did you mean", and only an excerpt ----------------------------------


def test_a_long_unknown_field_is_shown_as_an_excerpt() -> None:
    word = "performer" * 100_000
    content = {**committee()["content"], word: 1}
    [(path, message)] = problems(json.dumps({**committee(), "content": content}))
    assert path == "$.content['" + word[:60] + "…']"
    assert message == f"unknown field {excerpt(word)} (not a field of JointCommittee)"
    assert len(message) < 200


def test_no_suggestions_for_a_long_word() -> None:
    assert close_matches("nam", ["name"]) == ["name"]
    assert close_matches("name" + "x" * 200, ["name" + "x" * 199]) == []


def test_a_long_kind_and_party_code() -> None:
    text = json.dumps({**committee(), "kind": "joint_committee" * 10_000})
    [(path, message)] = problems(text)
    assert path == "$.kind"
    assert len(message) < 400
    text = json.dumps(committee(host="2380" * 100_000))
    [(path, message)] = problems(text)
    assert path == "$.content.host"
    assert len(message) < 200


def test_a_long_value_in_a_cli_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("schema", "x" * 100_000)
    assert status == 2
    assert len(capsys.readouterr().err) < 500
    status, _ = run("explain", "KL-" + "x" * 100_000)
    assert status == 2
    assert len(capsys.readouterr().err) < 500


# -- 15. amounts in canonical text only, regexes anchored at the true end --------------------


@pytest.mark.parametrize("text", ["0484", "00", "1\n", "-01.5", "1.5\n", " 1", "+1"])
@pytest.mark.parametrize("field", AMOUNT_FIELDS, ids=[f[0] for f in AMOUNT_FIELDS])
def test_a_non_canonical_amount_text_is_refused(field: Any, text: str) -> None:
    [(path, message)] = problems(amount_text(field, json.dumps(text)))
    assert path == field[2]
    assert message.startswith('expected an exact decimal amount such as "368000.50"'), message


@pytest.mark.parametrize("text", ["0", "484", "0.50", "368000.004"])
def test_a_canonical_amount_text_is_written_back_unchanged(text: str) -> None:
    field = AMOUNT_FIELDS[0]
    document = loads(amount_text(field, json.dumps(text)))
    assert amount_at(to_data(document), field[2]) == text


@pytest.mark.parametrize("version", ["1.0\n", "1.0\n\n", " 1.0"])
def test_a_schema_version_with_a_line_break(version: str) -> None:
    [(path, message)] = problems(json.dumps({**committee(), "schema_version": version}))
    assert path == "$.schema_version"
    assert message.startswith('expected a version such as "1.2"')


def test_codes_and_dates_with_a_line_break() -> None:
    assert problems(json.dumps(committee(host="2380\n")))[0][0] == "$.content.host"
    text = json.dumps(committee(established_on="2019-01-01\n"))
    assert problems(text)[0][0] == "$.content.established_on"


# -- 4. output is UTF-8 whatever the locale ---------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
        {"PYTHONIOENCODING": "latin-1"},
    ],
    ids=["ascii", "c-locale", "latin-1"],
)
def test_output_is_utf_8_whatever_the_locale(env: dict[str, str], tmp_path: Path) -> None:
    file = tmp_path / "nämnd.json"
    file.write_text(dumps(gns()), "utf-8")
    done = cli("check", str(file), env=env)
    assert done.returncode in (0, 1), done.stderr
    assert b"Kontroll per" in done.stdout
    done.stdout.decode("utf-8")  # strict: Latin-1 bytes would fail here
    assert "ä".encode() in done.stdout
    failed = cli("check", str(tmp_path / "saknas-å.json"), env=env)
    assert failed.returncode == 2
    assert "saknas-å".encode() in failed.stderr


# -- 19. control characters are escaped in text output ---------------------------------------


def pot(**changes: Any) -> dict[str, Any]:
    """A fund pot document with ``changes`` in its content."""
    kind, content, _ = AMOUNT_FIELDS[1]
    return {"schema_version": "1.0", "kind": kind, "content": {**content("1"), **changes}}


HOSTILE = "RUN/1/2019\x1b[2J\x07\u202e\x00"


def test_control_characters_in_text_output(tmp_path: Path) -> None:
    application = {"applicant": "A", "amount": "1", "purpose": "B", "case_number": HOSTILE}
    file = tmp_path / "pott\x1b.json"
    file.write_text(json.dumps(pot(applications=[application])), "utf-8")
    status, text = run("check", str(file), "--as-of", "2024-01-01")
    assert status == 1
    assert "RUN/1/2019\\x1b[2J\\x07\\u202e\\x00" in text
    assert "pott\\x1b.json" in text
    for character in "\x1b\x07\u202e\x00":
        assert character not in text
    status, data = run("check", str(file), "--as-of", "2024-01-01", "--format", "json")
    messages = [f["message"] for f in json.loads(data)["documents"][0]["findings"]]
    assert any(HOSTILE in message for message in messages)


# -- 11. findings per rule are capped --------------------------------------------------------


def test_a_party_listed_a_million_times(capsys: pytest.CaptureFixture[str]) -> None:
    from samverkan.rules import check
    from samverkan.rules.grouping import MAX_NAMED

    text = json.dumps(committee(parties=["2326"] * 1_000_000 + ["2380"]))
    with watchdog(120):
        report = check(loads(text).content, as_of=date(2024, 1, 1))
    (repeated,) = report.by_rule("KL-9-19-parties")
    assert len(repeated.facts["paths"]) == 999_999
    assert (
        repeated.params["participants"].items[:MAX_NAMED]
        == (repeated.params["participants"].items[0],) * MAX_NAMED
    )
    assert repeated.message("en").endswith(
        "and 999,979 more are listed more than once among the parties."
    )
    assert len(repeated.message()) < 1000


def test_a_rule_finding_more_than_a_thousand_things_shows_a_thousand() -> None:
    from samverkan.rules import Severity, check
    from samverkan.rules.engine import FINDINGS_PER_RULE

    tasks = [{"area": "internal.procurement", "description": str(i)} for i in range(1500)]
    agreement = {"tasks": ["internal.payroll"], "adoptions": [{"party": "2326"}]}
    text = json.dumps(committee(tasks=tasks, agreement=agreement))
    report = check(loads(text).content, as_of=date(2024, 1, 1))
    found = report.by_rule("KL-9-22-agreement-tasks")
    assert len(found) == FINDINGS_PER_RULE + 1
    notes = [f for f in report if f.message_id.startswith("Regeln gav")]
    assert notes
    assert all(f.severity is Severity.INFO and f.path == "$" for f in notes)
    assert notes[0].message("en").startswith("The rule gave 500 more findings")
    assert (
        notes[0]
        .message("en")
        .endswith("more findings, which are not shown (at most 1,000 are shown).")
    )


def test_a_case_number_with_a_final_line_break_is_not_well_formed() -> None:
    from samverkan.rules import check

    application = {"applicant": "A", "amount": "1", "purpose": "B", "case_number": "RUN/1/2019\n"}
    report = check(loads(json.dumps(pot(applications=[application]))).content, date(2024, 1, 1))
    assert [f.path for f in report.by_rule("POT-case-number")] == ["$.applications[0].case_number"]


# -- 14. exact money, whatever the caller's decimal context ----------------------------------


def company(*percents: str) -> Any:
    owners = ["2380", "2326", "2361"]
    holdings = [{"owner": owners[i], "percent": p} for i, p in enumerate(percents)]
    text = json.dumps(
        {
            "schema_version": "1.0",
            "kind": "jointly_owned_company",
            "content": {"name": "AB", "holdings": holdings},
        }
    )
    return loads(text).content


def shares_total(model: Any) -> list[Any]:
    from samverkan.rules import check

    return [
        f.facts
        for f in check(model, date(2024, 1, 1)).by_rule("KL-10-4-part-owned")
        if "total" in f.facts
    ]


def test_holdings_just_over_100_percent_are_reported() -> None:
    over = company("50", "50.00000000000000000000000000001")
    assert shares_total(over) == [{"total": "100.00000000000000000000000000001"}]
    assert shares_total(company("50", "50")) == []


@pytest.mark.parametrize(
    "context",
    [
        {"prec": 3},
        {"traps": [decimal.Inexact, decimal.Rounded, decimal.InvalidOperation]},
        {"prec": 1, "rounding": decimal.ROUND_UP},
    ],
    ids=["prec-3", "trap-inexact", "prec-1-up"],
)
def test_the_callers_decimal_context_changes_nothing(context: dict[str, Any]) -> None:
    from samverkan.rules import check

    models = [company("33.3", "33.3", "33.3"), company("50", "50.00000000000000000000000000001")]
    expected = [[f.message("en") for f in check(m, date(2024, 1, 1))] for m in models]
    with decimal.localcontext(**context):
        found = [[f.message("en") for f in check(m, date(2024, 1, 1))] for m in models]
    assert found == expected
    assert any("99.9" in message for message in found[0])


def test_a_pot_total_beyond_28_digits_in_a_small_context() -> None:
    from samverkan.rules import check

    big = "9" * 40
    contributions = [{"source": "x", "amount": big, "on": "2019-01-01"}]
    decisions = [
        {"case_number": "RUN/1/2019", "by": "RUN", "on": "2019-02-01", "granted": big},
        {"case_number": "RUN/2/2019", "by": "RUN", "on": "2019-02-01", "granted": "0.01"},
    ]
    model = loads(json.dumps(pot(contributions=contributions, decisions=decisions))).content
    with decimal.localcontext(prec=3):
        report = check(model, date(2024, 1, 1))
    [finding] = report.by_rule("POT-balance")
    assert finding.path == "$.decisions[1].granted"
    assert finding.facts == {"granted": "0.01", "available": "0"}


# -- 3. message formatting never fails on a value the loader accepted ------------------------


@pytest.mark.parametrize(
    ("value", "sv", "en"),
    [
        (10**25, "10 000 000 000 000 000 000 000 000", "10,000,000,000,000,000,000,000,000"),
        (
            Decimal("1" + "0" * 28),
            "10 000 000 000 000 000 000 000 000 000 kr",
            "SEK 10,000,000,000,000,000,000,000,000,000",
        ),
        (
            Decimal("99999999999999999999999999.995"),
            "99 999 999 999 999 999 999 999 999,995 kr",
            "SEK 99,999,999,999,999,999,999,999,999.995",
        ),
        (Decimal("1." + "1" * 40), "1," + "1" * 40 + " kr", "SEK 1." + "1" * 40),
    ],
    ids=["int-1e25", "amount-1e28", "amount-needs-29-digits", "forty-decimals"],
)
def test_large_and_long_values_are_formatted_exactly(value: object, sv: str, en: str) -> None:
    from samverkan.i18n import format_value

    assert format_value(value, "sv").replace("\xa0", " ") == sv
    assert format_value(value, "en").replace("\xa0", " ") == en


def test_a_finding_with_a_seat_count_of_10_to_the_25() -> None:
    from samverkan.rules import check

    text = json.dumps(
        {
            "schema_version": "1.0",
            "kind": "collaboration_structure",
            "content": {
                "name": "S",
                "principals": ["2326"],
                "bodies": [
                    {
                        "id": "B",
                        "name": "B",
                        "level": "politisk nivå",
                        "kind": "beslutande organ",
                        "representation": {"members": 10**25},
                        "seats": [{"party": "2326"}],
                    }
                ],
            },
        }
    )
    report = check(loads(text).content, date(2024, 1, 1))
    messages = [f.message(locale) for f in report for locale in ("sv", "en")]
    assert any("10 000 000 000 000 000 000 000 000" in m.replace("\xa0", " ") for m in messages)


# -- 10. linear or n log n where it was quadratic ---------------------------------------------

BODY = {"name": "B", "level": "politisk nivå", "kind": "beslutande organ"}


def document(kind: str, **content: Any) -> str:
    return json.dumps({"schema_version": "1.0", "kind": kind, "content": content})


def timed_check(text: str, seconds: float = 5) -> Any:
    """Load and check ``text`` within ``seconds`` (a watchdog; the work takes well under a
    second, and took ten to thirty before)."""
    from samverkan.rules import check

    with watchdog(seconds):
        model = loads(text).content
        return check(model, date(2024, 1, 1))


def test_a_structure_of_40_000_bodies() -> None:
    bodies = [{"id": f"B{i}", **BODY} for i in range(40_000)]
    timed_check(document("collaboration_structure", name="S", principals=["2326"], bodies=bodies))


def test_a_committee_of_8000_parties_and_seats() -> None:
    from samverkan.diagram import to_dot
    from samverkan.parties import registry

    codes = [m.code for m in registry().municipalities()]
    parties = [codes[i % len(codes)] for i in range(8000)]
    seats = [{"party": p} for p in parties] + [{"party": p, "role": "ersättare"} for p in parties]
    text = document("joint_committee", name="N", parties=parties, host="2326", seats=seats)
    timed_check(text)
    with watchdog(5):
        to_dot(loads(text).content)
    federation = document(
        "local_federation",
        name="F",
        members=parties,
        seats=seats,
        assembly="förbundsfullmäktige",
    )
    timed_check(federation)


def test_a_pot_of_16_000_payments_in_one_case() -> None:
    payments = [{"case_number": "RUN/1/2019", "amount": "1", "on": "2019-03-01"}] * 16_000
    decisions = [{"case_number": "RUN/1/2019", "by": "RUN", "on": "2019-02-01", "granted": "15999"}]
    report = timed_check(json.dumps(pot(payments=payments, decisions=decisions)))
    [finding] = [f for f in report.by_rule("POT-decision-mandate") if "payments" in f.path]
    assert finding.path == "$.payments[15999]"
    assert finding.params["paid"] == Decimal(16_000)


def test_an_agreement_of_10_000_revisions() -> None:
    revisions = [
        {
            "proposed_on": "2019-01-01",
            "adds": [{"name": f"A{i}", "area": "x", "budget": "1"}],
            "effective": "2019-01-01",
            "claims_budget_unchanged": True,
        }
        for i in range(10_000)
    ]
    text = document(
        "cooperation_agreement",
        title="T",
        region="23",
        period={"start": "2019-01-01"},
        revisions=revisions,
    )
    report = timed_check(text)
    found = report.by_rule("AGR-revision-budget")
    assert len(found) == 1001  # every revision adds a budget: capped, with a note
    assert found[-2].params == {"old": Decimal(999), "new": Decimal(1000)}
    assert found[-1].params == {"more": 9000, "shown": 1000}
    assert len(loads(text).content.assignments_on(date(2020, 1, 1))) == 10_000


def test_an_agreement_of_300_000_reports_since_year_1() -> None:
    reports = [{"year": 9999}] * 300_000
    text = document(
        "cooperation_agreement",
        title="T",
        region="23",
        period={"start": "0001-01-01"},
        reporting={},
        reports=reports,
    )
    report = timed_check(text)
    assert len(report.by_rule("AGR-annual-report")) == 1001  # capped, with a note


NAMES = st.sampled_from(["A", "B", "C", "D"])
ASSIGNMENT_ITEMS = st.builds(
    Assignment, NAMES, st.just("x"), budget=st.none() | st.decimals(0, 10**6, places=2)
)


@given(
    st.lists(ASSIGNMENT_ITEMS, max_size=5),
    st.lists(
        st.builds(
            Revision,
            st.just(date(2020, 1, 1)),
            st.lists(NAMES, max_size=3).map(tuple),
            st.lists(ASSIGNMENT_ITEMS, max_size=3).map(tuple),
        ),
        max_size=5,
    ),
)
def test_revised_assignments_agree_with_apply_revision(
    assignments: list[Assignment], revisions: list[Revision]
) -> None:
    held = RevisedAssignments(assignments)
    current = list(assignments)
    for revision in revisions:
        assert held.budget() == total_budget(current)
        after = apply_revision(current, revision)
        assert held.budget_after(revision) == total_budget(after)
        held.apply(revision)
        current = after
        assert list(held) == current
        assert set(held.names) == {a.name for a in current}


# -- 7. consultations at the edge of the calendar ---------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "jamtland"


@pytest.mark.parametrize(
    ("consultation", "in_time"),
    [
        ({"sent_on": "2019-09-02", "deadline": "2019-10-29", "preparation_days": 10**11}, False),
        ({"sent_on": "2019-09-02", "deadline": "9999-12-31"}, True),
        ({"sent_on": "9999-12-31", "deadline": "9999-12-31", "preparation_days": 1}, False),
    ],
    ids=["preparation-10-to-the-11", "deadline-9999-12-31", "sent-on-the-last-day"],
)
def test_consult_at_the_edge_of_the_calendar(
    consultation: dict[str, Any], in_time: bool, tmp_path: Path
) -> None:
    from samverkan.io.scenario import consult, loads_scenario

    calendar = {"body": "KS", "dates": ["2019-10-08"], "party": "2326"}
    text = (EXAMPLES / "merger-pure-procurement.toml").read_text("utf-8")
    data = tomllib.loads(text)
    data["consultation"] = {**consultation, "calendars": [calendar]}
    scenario = loads_scenario(json.dumps(data, default=str), "json", base=EXAMPLES)
    [outcome] = consult(scenario)
    assert outcome.in_time is in_time
    assert outcome.next_after_deadline is None


# -- 17. no time zone files named by a document -----------------------------------------------


@pytest.mark.parametrize(
    "rule",
    [
        "DTSTART;TZID=/etc/passwd:20200101T000000\nRRULE:FREQ=DAILY;COUNT=2",
        "DTSTART;tzid=Europe/Stockholm:20200101T000000\nRRULE:FREQ=DAILY;COUNT=2",
    ],
)
def test_a_recurrence_rule_naming_a_time_zone_is_refused(
    rule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateutil.tz

    def opened(name: str) -> None:
        raise AssertionError(f"dateutil was asked for the time zone {name!r}")

    monkeypatch.setattr(dateutil.tz, "gettz", opened)
    body = {"id": "B", **BODY, "meetings": {"rrule": rule}}
    text = document("collaboration_structure", name="S", principals=["2326"], bodies=[body])
    [(path, message)] = problems(text)
    assert path == "$.content.bodies[0].meetings"
    assert message == (
        "rrule: a recurrence rule may not name a time zone (TZID): meetings are whole days"
    )
    from samverkan.analysis import MeetingCalendar

    with pytest.raises(ValueError, match="TZID"):
        MeetingCalendar.from_rrule("KS", rule, date(2020, 1, 1))
    with pytest.raises(ValueError, match="TZID"):
        MeetingCalendar.from_rrule("KS", "FREQ=DAILY;COUNT=2;TZID=/etc/passwd", date(2020, 1, 1))


# -- 18. a scenario reads only the files in its folder ------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../secret.json", "/etc/passwd", "sub/../../secret.json", "link.json", "x\x00.json"],
)
def test_a_scenario_cannot_reach_outside_its_folder(name: str, tmp_path: Path) -> None:
    from samverkan.io.scenario import load_scenario

    folder = tmp_path / "scenario"
    (folder / "sub").mkdir(parents=True)
    secret = tmp_path / "secret.json"
    secret.write_text(dumps(gns()), "utf-8")
    (folder / "link.json").symlink_to(secret)
    (folder / "own.json").write_text(dumps(gns()), "utf-8")
    scenario = folder / "fusion.toml"
    scenario.write_text(
        f'name = "N"\nhost = "2380"\ncommittees = [{json.dumps(name)}, "own.json"]\n', "utf-8"
    )
    with pytest.raises(DocumentError) as error:
        load_scenario(scenario)
    [(_, message)] = [p for p in error.value.problems if p[0] == "$.committees[0]"]
    assert message.endswith("is outside the scenario's folder; name a file in it or below it")
    assert "$.committees[1]" not in [p for p, _ in error.value.problems]


def test_a_scenario_names_a_long_path_by_an_excerpt(tmp_path: Path) -> None:
    from samverkan.io.scenario import load_scenario

    scenario = tmp_path / "fusion.toml"
    long = "a" * 10_000 + ".json"
    scenario.write_text(f'name = "N"\nhost = "2380"\ncommittees = ["{long}", "b.json"]\n')
    with pytest.raises(DocumentError) as error:
        load_scenario(scenario)
    assert all(len(message) < 300 for _, message in error.value.problems)


# -- 13 and 19. diagrams: a time limit for Graphviz, DOT it accepts ------------------------------


def test_graphviz_is_stopped_after_its_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    script = tmp_path / "dot"
    script.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(30)\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda _name: str(script))
    monkeypatch.setattr("samverkan.diagram.DOT_SECONDS", 0.5)
    file = tmp_path / "gns.json"
    file.write_text(dumps(gns()), "utf-8")
    with watchdog(20):
        status, _ = run("diagram", str(file), "--format", "svg")
    assert status == 2
    assert capsys.readouterr().err == "samverkan: Graphviz 'dot' took more than 0.5 s; stopped\n"


def quoted_strings(dot: str) -> list[str]:
    """The contents of the quoted strings of DOT text."""
    return [match[1:-1] for match in re.findall(r'"(?:[^"\\]|\\.)*"', dot)]


def test_dot_has_no_control_characters_and_no_over_long_label() -> None:
    from samverkan.diagram import LABEL_BYTES, quote, to_dot

    name = "Nämnd\x00\x1b[2J\u202e" + "ö" * 20_000
    text = json.dumps(committee(name=name, short_name="N\x00"))
    dot = to_dot(loads(text).content)
    assert "\x00" not in dot
    assert "\x1b" not in dot
    assert "\u202e" not in dot
    assert "Nämnd\\\\x00\\\\x1b[2J\\\\u202e" in dot
    assert all(len(s.encode("utf-8")) <= LABEL_BYTES for s in quoted_strings(dot))
    assert quote("\\" * 20_000).endswith('\\\\…"')  # never half an escape
    assert quote("a" * 15_990 + '"' * 10).endswith('\\"…"')


def test_control_characters_in_a_diagram_from_the_command_line(tmp_path: Path) -> None:
    file = tmp_path / "n.json"
    file.write_text(json.dumps(committee(name="N\x00\x07")), "utf-8")
    status, dot = run("diagram", str(file))
    assert status == 0
    assert "\x00" not in dot
    assert "\x07" not in dot


# -- 16. what round-trips byte for byte, and what only in meaning ----------------------------

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_the_docs_say_precisely_what_round_trips() -> None:
    documents = (DOCS / "reference" / "documents.md").read_text("utf-8")
    assert "written back byte for byte the same." not in documents
    assert "**JSON written by samverkan**" in documents
    assert "**Hand-written TOML" in documents
    errors = (DOCS / "reference" / "errors.md").read_text("utf-8")
    for heading in ("## Limits", "## Exit status of the command line", "## Round trips"):
        assert heading in errors


def test_json_written_by_samverkan_round_trips_byte_for_byte() -> None:
    for path in sorted(EXAMPLES.glob("*.json")):
        text = path.read_text("utf-8")
        assert dumps(loads(text)) == text, path
        assert dumps(loads(dumps(loads(text), "toml"), "toml"), "toml") == dumps(
            loads(text), "toml"
        )


def test_hand_written_toml_round_trips_in_meaning_only() -> None:
    hand = (
        "# Räddningstjänst, written by hand\n"
        'schema_version = "1.0"\n'
        'kind = "contractual_cooperation"\n\n'
        "[content]\n"
        'name = "Räddningstjänst"  # the name\n'
        'performing = "2380"\n'
        'commissioning = ["2326"]\n'
        "concluded_on = 2019-09-02\n"
        'tasks = [{area = "lso.rescue-services"}]\n'
    )
    document = loads(hand, "toml")
    written = dumps(document, "toml")
    assert written != hand  # comments, key order and the native date are not kept
    assert "#" not in written
    assert 'concluded_on = "2019-09-02"' in written
    assert loads(written, "toml").content == document.content  # the meaning is


# -- fuzzing: mutated examples through the loader and the command line --------------------------

ROOT = Path(__file__).resolve().parents[1]
FUZZ_SEED = 16
#: How long the fuzz test may run, in seconds; it stops at whichever comes first of this and
#: FUZZ_CASES. A few seconds in CI; set SAMVERKAN_FUZZ_SECONDS for a longer search.
FUZZ_SECONDS = float(os.environ.get("SAMVERKAN_FUZZ_SECONDS", "3"))
FUZZ_CASES = int(os.environ.get("SAMVERKAN_FUZZ_CASES", "400"))
HOSTILE_TOKENS = [
    "1e9999999999999999999",
    "-0",
    '"0484"',
    '"1\\n"',
    '"\\u0000\\u001b[2J\\u202e"',
    '"' + "x" * 5000 + '"',
    "9" * 5000,
    "[" * 50 + "]" * 50,
    "null",
    "true",
    '"KL 9:' + "1" * 5000 + '"',
    '"DTSTART;TZID=/etc/passwd:20200101T000000\\nRRULE:FREQ=DAILY;COUNT=2"',
    '"9999-12-31"',
    '"0001-01-01"',
    "{}",
    "[]",
]


def _examples() -> list[tuple[str, str]]:
    """The documents among the examples, as (format, text); scenarios are left out."""
    found = []
    for path in sorted((ROOT / "examples").rglob("*")):
        if path.suffix in (".json", ".toml") and "merger" not in path.name:
            found.append((path.suffix[1:], path.read_text("utf-8")))
    return found


def _mutate(text: str, random: Any) -> str:
    """``text`` with one random change: bytes dropped, repeated or replaced, or a hostile
    token put where a value starts."""
    if not text:
        return text
    where = random.randrange(len(text))
    span = random.randint(1, 40)
    choice = random.randrange(5)
    if choice == 0:
        return text[:where] + text[where + span :]
    if choice == 1:
        return text[:where] + text[where : where + span] * random.randint(2, 50) + text[where:]
    if choice == 2:
        character = chr(random.randrange(0xD800 if random.random() < 0.2 else 128))
        return text[:where] + character + text[where + 1 :]
    starts = [i for i, c in enumerate(text) if c in ":=[," and i >= where] or [where]
    at = starts[0] + 1
    token = random.choice(HOSTILE_TOKENS)
    end = at
    while end < len(text) and text[end] not in ",\n}]":
        end += 1
    return text[:at] + " " + token + text[end:]


def test_fuzz_mutated_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The only outcomes for a mutated example are a document or a DocumentError from the
    loader, and exit status 0, 1 or 2 from ``samverkan check`` and ``samverkan diagram``."""
    import random as random_module
    import time

    from samverkan.rules import check

    random = random_module.Random(FUZZ_SEED)
    examples = _examples()
    assert len(examples) >= 10
    deadline = time.monotonic() + FUZZ_SECONDS
    cases = 0
    outcomes = {"read": 0, "error": 0}
    while cases < FUZZ_CASES and time.monotonic() < deadline:
        fmt, original = random.choice(examples)
        text = original
        for _ in range(random.randint(1, 3)):
            text = _mutate(text, random)
        document = assert_document_error_or_success(text, fmt)
        outcomes["read" if document is not None else "error"] += 1
        if document is not None:
            subjects = getattr(document.content, "items", (document.content,))
            for subject in subjects:
                check(subject, date(2024, 1, 1))
        file = tmp_path / f"fuzz.{fmt}"
        file.write_bytes(text.encode("utf-8", "surrogatepass"))
        for command in (
            ["check", str(file)],
            ["check", str(file), "--format", "json", "--lang", "en"],
            ["diagram", str(file)],
        ):
            status, _ = run(*command)
            assert status in (0, 1, 2), (command, text[:200])
        capsys.readouterr()
        cases += 1
    assert cases >= 20
    assert outcomes["error"], outcomes
    assert outcomes["read"], outcomes


def test_long_names_in_the_registry_and_the_task_areas() -> None:
    import tracemalloc

    from samverkan.competence import CATALOGUE
    from samverkan.errors import UnknownPartyError
    from samverkan.parties import registry

    word = "Bergs kommun" * 100_000
    tracemalloc.start()
    try:
        with pytest.raises(UnknownPartyError) as party:
            registry().lookup(word)
        with pytest.raises(LookupError) as area:
            CATALOGUE.get(word)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(word)  # difflib would take some 44 bytes a character
    assert party.value.suggestions == ()
    assert len(str(party.value)) < 200
    assert len(str(area.value)) < 200
    text = json.dumps(committee(host=word))
    [(path, message)] = problems(text)
    assert path == "$.content.host"
    assert len(message) < 200


def test_seat_count_agrees_with_seats_of() -> None:
    from samverkan.model import Role, Seat, seats_of
    from samverkan.model.seats import seat_count
    from samverkan.parties import registry

    berg, ost = registry().party("2326"), registry().party("2380")
    seats = (Seat(berg), Seat(ost), Seat(berg, Role.SUBSTITUTE), Seat(berg))
    for party in (berg, ost):
        for role in Role:
            assert seat_count(seats, party, role) == len(seats_of(seats, party, role))
    assert seat_count(seats[:2], berg, Role.MEMBER) == 1  # other seats are counted anew


def test_standard_input_that_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Broken())))
    status, _ = run("check", "-", "--lang", "en")
    assert status == 2
    assert "cannot read standard input: Input/output error" in capsys.readouterr().err


def test_a_scenario_committee_behind_a_loop_of_links(tmp_path: Path) -> None:
    from samverkan.io.scenario import load_scenario

    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    scenario = tmp_path / "fusion.toml"
    scenario.write_text('name = "N"\nhost = "2380"\ncommittees = ["a.json", "a.json"]\n')
    with pytest.raises(DocumentError) as error:
        load_scenario(scenario)
    assert any("a.json" in message for _, message in error.value.problems)


def test_a_long_number_where_text_is_expected() -> None:
    [(path, message)] = problems(json.dumps(committee(host=int("9" * 4000))))
    assert path == "$.content.host"
    assert message.endswith(
        "got the number 1.00000000000000000000e+4000 (a number too long to repeat in full)"
    )
