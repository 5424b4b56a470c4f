"""Malformed documents: one DocumentError listing every problem, each at its exact path."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.errors import DocumentError
from samverkan.io import loads
from samverkan.io.messages import ReadingMessage

COMMITTEE: dict[str, Any] = {"name": "Gemensam nämnd", "parties": ["2326", "2380"], "host": "2380"}
COOPERATION: dict[str, Any] = {
    "name": "Räddningstjänst",
    "commissioning": ["2326"],
    "performing": "2380",
    "tasks": [{"area": "lso.rescue-services"}],
}


def document(kind: str = "joint_committee", **changes: Any) -> dict[str, Any]:
    content = dict(COMMITTEE if kind == "joint_committee" else COOPERATION)
    for key, value in changes.items():
        if value is None:
            del content[key]
        else:
            content[key] = value
    return {"schema_version": "1.0", "kind": kind, "content": content}


def text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def with_amount(amount: Any) -> str:
    return text(document("contractual_cooperation", compensation={"amount": amount}))


def problems(source: str | bytes, fmt: str = "json") -> list[tuple[str, str]]:
    with pytest.raises(DocumentError) as error:
        loads(source, fmt)  # type: ignore[arg-type]
    return list(error.value.problems)


CASES: list[tuple[str, str | bytes, str, str, str]] = [
    # (id, input, format, path, words in the message)
    (
        "unknown-field",
        text(document(hots="2380")),
        "json",
        "$.content.hots",
        "unknown field 'hots'; did you mean 'host'?",
    ),
    (
        "unknown-field-far-from-any",
        text(document(colour="blå")),
        "json",
        "$.content.colour",
        "unknown field 'colour' (not a field of JointCommittee)",
    ),
    (
        "wrong-type",
        text(document(name=5)),
        "json",
        "$.content.name",
        "expected text, got the number 5",
    ),
    (
        "missing-required-field",
        text(document(host=None)),
        "json",
        "$.content.host",
        "required field 'host' is missing",
    ),
    (
        "unknown-municipality-code",
        text(document(parties=["2326", "2399"])),
        "json",
        "$.content.parties[1]",
        "unknown municipality or region code '2399'; did you mean",
    ),
    (
        "unknown-region-code",
        text(document(host="27")),
        "json",
        "$.content.host",
        "unknown municipality or region code '27'; did you mean '25' (Region Norrbotten)",
    ),
    (
        "gotland-has-no-region",
        text(document(host="09")),
        "json",
        "$.content.host",
        "did you mean 0980 (the municipality Gotland holds the regional tasks)?",
    ),
    (
        "party-by-name",
        text(document(parties=["Berg", "2380"])),
        "json",
        "$.content.parties[0]",
        "parties are written by code: did you mean '2326' (Berg)?",
    ),
    (
        "party-code-of-three-digits",
        text(document(host="238")),
        "json",
        "$.content.host",
        "expected a municipality or region code (four digits or two), got '238'",
    ),
    (
        "bad-date",
        text(document(agreement={"effective": "2019-02-30"})),
        "json",
        "$.content.agreement.effective",
        "no such day: '2019-02-30'",
    ),
    (
        "date-in-other-format",
        text(document(agreement={"effective": "2 september 2019"})),
        "json",
        "$.content.agreement.effective",
        "expected a date written YYYY-MM-DD, got the text '2 september 2019'",
    ),
    (
        "datetime-instead-of-date",
        text(document(agreement={"effective": "2019-09-02T10:00:00"})),
        "json",
        "$.content.agreement.effective",
        "expected a date without a time (YYYY-MM-DD)",
    ),
    (
        "number-instead-of-whole-number",
        text(document(established_year=2002.5)),
        "json",
        "$.content.established_year",
        "expected a whole number, got the number 2002.5",
    ),
    (
        "nan-amount",
        with_amount(float("nan")),
        "json",
        "$.content.compensation.amount",
        "expected a finite amount, got NaN",
    ),
    (
        "infinite-amount",
        with_amount(float("inf")),
        "json",
        "$.content.compensation.amount",
        "expected a finite amount, got Infinity",
    ),
    (
        "negative-infinite-amount",
        with_amount(float("-inf")),
        "json",
        "$.content.compensation.amount",
        "got -Infinity",
    ),
    (
        "bool-amount",
        with_amount(True),
        "json",
        "$.content.compensation.amount",
        "expected an exact decimal amount",
    ),
    (
        "amount-with-decimal-comma",
        with_amount("12,5"),
        "json",
        "$.content.compensation.amount",
        "got the text '12,5'",
    ),
    (
        "negative-amount",
        with_amount("-5"),
        "json",
        "$.content.compensation",
        "amount must not be negative: -5",
    ),
    (
        "invalid-citation",
        text(document("contractual_cooperation", legal_basis=["KL nio:37"])),
        "json",
        "$.content.legal_basis[0]",
        "cannot read the citation 'KL nio:37'",
    ),
    (
        "citation-not-text",
        text(document("contractual_cooperation", legal_basis=[937])),
        "json",
        "$.content.legal_basis[0]",
        "expected a citation such as 'KL 9:37 2 st.', got the number 937",
    ),
    (
        "unknown-enum-value",
        text(document(seats=[{"party": "2326", "role": "ledamt"}])),
        "json",
        "$.content.seats[0].role",
        "unknown value 'ledamt' for Role; did you mean 'ledamot'?",
    ),
    (
        "enum-value-far-from-any",
        text(document(basis="kommunallagen")),
        "json",
        "$.content.basis",
        "expected one of 'KL 9:19', '2003:192', 'FB 19:16'",
    ),
    (
        "bool-for-integer-enum",
        text(document("contractual_cooperation", delegations=[])).replace(
            '"delegations": []', '"delegations": [], "adoptions": [{"party": true}]'
        ),
        "json",
        "$.content.adoptions[0].party",
        "got true",
    ),
    (
        "bool-expected",
        text(document("contractual_cooperation", compensation={"amount": "1", "per_year": 1})),
        "json",
        "$.content.compensation.per_year",
        "expected true or false, got the number 1",
    ),
    (
        "unknown-kind",
        text({"schema_version": "1.0", "kind": "joint_comittee", "content": COMMITTEE}),
        "json",
        "$.kind",
        "unknown kind 'joint_comittee'; did you mean 'joint_committee'?",
    ),
    (
        "kind-far-from-any",
        text({"schema_version": "1.0", "kind": "nämnd", "content": COMMITTEE}),
        "json",
        "$.kind",
        "the kinds are joint_committee, local_federation",
    ),
    (
        "kind-not-text",
        text({"schema_version": "1.0", "kind": 7, "content": COMMITTEE}),
        "json",
        "$.kind",
        "unknown kind the number 7",
    ),
    (
        "missing-kind",
        text({"schema_version": "1.0", "content": COMMITTEE}),
        "json",
        "$.kind",
        "required field 'kind' is missing",
    ),
    (
        "missing-content",
        text({"schema_version": "1.0", "kind": "joint_committee"}),
        "json",
        "$.content",
        "required field 'content' is missing",
    ),
    (
        "unknown-envelope-field",
        text({**document(), "comment": "x"}),
        "json",
        "$.comment",
        "unknown field 'comment'; did you mean 'content'?",
    ),
    (
        "newer-schema-version",
        text({**document(), "schema_version": "2.0"}),
        "json",
        "$.schema_version",
        "schema_version 2.0 is newer than this samverkan understands (1.2)",
    ),
    (
        "newer-minor-schema-version",
        text({**document(), "schema_version": "1.3"}),
        "json",
        "$.schema_version",
        "schema_version 1.3 is newer",
    ),
    (
        "older-schema-version",
        text({**document(), "schema_version": "0.9"}),
        "json",
        "$.schema_version",
        "schema_version 0.9 is older than any this samverkan reads (1.2)",
    ),
    (
        "schema-version-as-number",
        '{"schema_version": 1.0, "kind": "joint_committee", "content": {}}',
        "json",
        "$.schema_version",
        'expected a version such as "1.2", got the number 1.0',
    ),
    (
        "missing-schema-version",
        text({"kind": "joint_committee", "content": COMMITTEE}),
        "json",
        "$.schema_version",
        "required field 'schema_version' is missing",
    ),
    ("top-level-array", "[1, 2]", "json", "$", "expected an object with schema_version"),
    ("top-level-string", '"joint_committee"', "json", "$", "got the text 'joint_committee'"),
    ("empty-input", "", "json", "$", "the document is empty"),
    ("blank-input", b" \n\t ", "json", "$", "the document is empty"),
    ("empty-toml", "", "toml", "$", "the document is empty"),
    (
        "invalid-utf-8",
        b'{"a": "\xc3\x28"}',
        "json",
        "$",
        "not valid UTF-8: the byte 0xc3 at offset 7",
    ),
    (
        "invalid-json-syntax",
        '{\n  "schema_version": "1.0",\n  "kind" "joint_committee"\n}',
        "json",
        "$",
        "invalid JSON at line 3, column 10: Expecting ':' delimiter",
    ),
    (
        "json-nested-too-deeply",
        "[" * 100_000 + "]" * 100_000,
        "json",
        "$",
        "invalid JSON",
    ),
    (
        "duplicate-key",
        '{"schema_version": "1.0", "kind": "joint_committee", "content": '
        '{"name": "A", "name": "B", "parties": [], "host": "2380"}}',
        "json",
        "$.content.name",
        "the key 'name' appears more than once",
    ),
    (
        "duplicate-key-in-a-list",
        '{"schema_version": "1.0", "kind": "joint_committee", "content": '
        '{"name": "A", "parties": [], "host": "2380", "seats": [{"party": "23", "party": "24"}]}}',
        "json",
        "$.content.seats[0].party",
        "appears more than once",
    ),
    (
        "period-ending-before-it-starts",
        text(
            document("contractual_cooperation", period={"start": "2020-01-01", "end": "2019-12-31"})
        ),
        "json",
        "$.content.period",
        "a period cannot end (2019-12-31) before it starts (2020-01-01)",
    ),
    (
        "organisation-without-kind",
        text(document(parties=[{"type": "organisation", "name": "Bolaget AB"}])),
        "json",
        "$.content.parties[0].kind",
        "required field 'kind' is missing",
    ),
    (
        "object-without-type-tag",
        text(document(parties=[{"name": "Bolaget AB", "kind": "aktiebolag"}])),
        "json",
        "$.content.parties[0].type",
        "required field 'type' is missing; expected 'organisation'",
    ),
    (
        "unknown-type-tag",
        text(document(host={"type": "organisaton", "name": "X", "kind": "privat"})),
        "json",
        "$.content.host.type",
        "unknown type 'organisaton'; did you mean 'organisation'?",
    ),
    (
        "type-tag-not-text",
        text(document(host={"type": 3, "name": "X", "kind": "privat"})),
        "json",
        "$.content.host.type",
        "unknown type the number 3; expected 'organisation'",
    ),
    (
        "participant-of-wrong-shape",
        text(document(host=2380)),
        "json",
        "$.content.host",
        "expected a municipality or region code, or an object with a 'type' field",
    ),
    (
        "list-expected",
        text(document(parties="2326, 2380")),
        "json",
        "$.content.parties",
        "expected a list, got the text '2326, 2380'",
    ),
    (
        "object-expected",
        text({"schema_version": "1.0", "kind": "joint_committee", "content": ["x"]}),
        "json",
        "$.content",
        "expected an object, got a list",
    ),
    (
        "null-for-required-text",
        text(document()).replace('"name": "Gemensam nämnd"', '"name": null'),
        "json",
        "$.content.name",
        "expected text, got null",
    ),
    (
        "substitute-for-on-a-member-seat",
        text(document(seats=[{"party": "2326", "substitutes_for": "x"}])),
        "json",
        "$.content.seats[0]",
        "only an ersättare seat can name the seat it substitutes for",
    ),
    (
        "same-category-twice",
        text(
            document(
                delegations=[
                    {
                        "matter": "Bygglov",
                        "delegate": "anställd",
                        "categories": ["upphandling", "upphandling"],
                    }
                ]
            )
        ),
        "json",
        "$.content.delegations[0].categories[1]",
        "the same item is already in the list",
    ),
    (
        "bundle-item-of-unknown-type",
        text({"schema_version": "1.0", "kind": "bundle", "content": {"items": [{"type": "pot"}]}}),
        "json",
        "$.content.items[0].type",
        "unknown type 'pot'; did you mean 'fund_pot'?",
    ),
    (
        "bundle-item-of-misspelt-type",
        text(
            {
                "schema_version": "1.0",
                "kind": "bundle",
                "content": {"items": [{"type": "fund-pot"}]},
            }
        ),
        "json",
        "$.content.items[0].type",
        "unknown type 'fund-pot'; did you mean 'fund_pot'?",
    ),
    (
        "invalid-toml-syntax",
        'schema_version = "1.0"\nkind = joint_committee\n',
        "toml",
        "$",
        "invalid TOML: Invalid value (at line 2, column 8)",
    ),
    (
        "duplicate-key-in-toml",
        'schema_version = "1.0"\nschema_version = "1.0"\n',
        "toml",
        "$",
        "invalid TOML",
    ),
    (
        "toml-integer-too-long",
        "x = " + "1" * 5000,
        "toml",
        "$",
        "invalid TOML: Exceeds the limit (4300 digits)",
    ),
    (
        "json-integer-too-long",
        '{"x": ' + "1" * 5000 + "}",
        "json",
        "$",
        "invalid JSON: Exceeds the limit (4300 digits)",
    ),
    (
        "toml-datetime-instead-of-date",
        'schema_version = "1.0"\nkind = "contractual_cooperation"\n[content]\nname = "x"\n'
        'commissioning = []\nperforming = "2380"\ntasks = []\nconcluded_on = 2019-09-02T10:00:00\n',
        "toml",
        "$.content.concluded_on",
        "expected a date without a time, got the date and time 2019-09-02T10:00:00",
    ),
    (
        "toml-time-instead-of-date",
        'schema_version = "1.0"\nkind = "contractual_cooperation"\n[content]\nname = "x"\n'
        'commissioning = []\nperforming = "2380"\ntasks = []\nconcluded_on = 10:00:00\n',
        "toml",
        "$.content.concluded_on",
        "got the time 10:00:00",
    ),
    (
        "toml-nan-amount",
        'schema_version = "1.0"\nkind = "contractual_cooperation"\n[content]\nname = "x"\n'
        'commissioning = []\nperforming = "2380"\ntasks = []\n[content.compensation]\n'
        "amount = nan\n",
        "toml",
        "$.content.compensation.amount",
        "expected a finite amount, got NaN",
    ),
]


@pytest.mark.parametrize(
    ("source", "fmt", "path", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_malformed(source: str | bytes, fmt: str, path: str, words: str) -> None:
    found = problems(source, fmt)
    assert [p for p, _ in found] == [path], found
    assert words in found[0][1]


#: English words that no Swedish reading error holds outside the values it quotes.
ENGLISH = re.compile(
    r"\b(expected|got|unknown|field|invalid|missing|required|cannot|the|did you mean|number|"
    r"list|object|date|value|digits|amount|exponent|line|column|key)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


@pytest.mark.parametrize(("source", "fmt"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_input_is_explained_in_swedish(source: str | bytes, fmt: str) -> None:
    """What a reader sees with ``--lang sv``: no English, apart from what the document says
    itself and JSON's words (``true``, ``null``)."""
    for _, message in problems(source, fmt):
        assert isinstance(message, ReadingMessage)
        swedish = QUOTED.sub("", message.localise("sv"))
        assert not ENGLISH.search(swedish), swedish
        assert message.localise("en") == message


def test_there_are_many_kinds_of_malformed_input() -> None:
    assert len(CASES) >= 40


def test_every_problem_is_listed() -> None:
    data = document(
        name=None,
        parties=["2326", "2399", {"type": "organisation", "name": "X"}],
        hots="2380",
        seats=[{"party": "23", "role": "ledamt"}, {"party": "23", "term": {"start": "2020"}}],
    )
    assert problems(text(data)) == [
        ("$.content.name", "required field 'name' is missing"),
        (
            "$.content.parties[1]",
            "unknown municipality or region code '2399'; "
            "did you mean '2309' (Krokom), '2039' (Älvdalen), '2583' (Haparanda)?",
        ),
        ("$.content.parties[2].kind", "required field 'kind' is missing"),
        ("$.content.seats[0].role", "unknown value 'ledamt' for Role; did you mean 'ledamot'?"),
        (
            "$.content.seats[1].term.start",
            "expected a date written YYYY-MM-DD, got the text '2020'",
        ),
        ("$.content.hots", "unknown field 'hots'; did you mean 'host'?"),
    ]


def test_a_newer_version_stops_reading() -> None:
    data = {"schema_version": "3.0", "kind": "sammanslutning", "content": [], "extra": 1}
    assert problems(text(data)) == [
        ("$.schema_version", "schema_version 3.0 is newer than this samverkan understands (1.2)")
    ]


def test_error_message_lists_the_problems() -> None:
    with pytest.raises(DocumentError) as error:
        loads(text(document(hots="2380", name=5)), source="kommittén.json")
    assert str(error.value) == (
        "kommittén.json: 2 problem(s) in the document:\n"
        "  $.content.name: expected text, got the number 5\n"
        "  $.content.hots: unknown field 'hots'; did you mean 'host'?"
    )


def assert_only_document_errors(source: str | bytes, fmt: str) -> None:
    """Reading ``source`` either succeeds or raises DocumentError with located problems."""
    found: tuple[tuple[str, str], ...] | None = None
    try:
        loads(source, fmt)  # type: ignore[arg-type]
    except DocumentError as error:
        found = error.problems
    if found is not None:
        assert found
        assert all(path.startswith("$") and message for path, message in found)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.floats(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
KINDS = st.sampled_from(["joint_committee", "local_federation", "fund_pot", "bundle", "x"])
FIELD_NAMES = st.sampled_from(["name", "parties", "host", "seats", "items", "tasks", "decider"])


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_hostile_bytes_give_only_document_errors(data: bytes) -> None:
    for fmt in ("json", "toml"):
        assert_only_document_errors(data, fmt)


@settings(max_examples=100, deadline=None)
@given(KINDS, st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=5))
def test_hostile_content_gives_only_document_errors(kind: str, content: dict[str, Any]) -> None:
    source = json.dumps({"schema_version": "1.0", "kind": kind, "content": content})
    assert_only_document_errors(source, "json")
