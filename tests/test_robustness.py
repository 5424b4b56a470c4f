"""Robustness: lossless round trips of every kind of document, and hostile or broken input.

Property tests (hypothesis) build valid models of every kind and prove that they survive JSON
and TOML unchanged, that the output is deterministic and that ``check`` never raises on them;
they feed arbitrary JSON values and mutated valid documents to the loaders and prove that the
only exception ever raised is :class:`~samverkan.errors.DocumentError`, with every problem at
a path that starts with ``$``. The hostile inputs of issue 7 each have a test of their own.

The number of examples follows the hypothesis profile (``tests/conftest.py``): small in CI,
``HYPOTHESIS_PROFILE=long`` for a deeper search. Hostile inputs run under a watchdog that
turns a hang into a failure; it is a guard against unbounded work, not a performance test.
"""

from __future__ import annotations

import copy
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
import tomli_w
from hypothesis import assume, given
from hypothesis import strategies as st

import samverkan
from samverkan.errors import DocumentError, UnsupportedSubjectError
from samverkan.io import KINDS, Bundle, dumps, from_data, load, loads, to_data
from samverkan.io.hooks import AMOUNT_DIGITS
from samverkan.io.problems import PROBLEMS_PER_DOCUMENT
from samverkan.model import (
    AdministrativeSupport,
    AgreementRegister,
    AgreementReport,
    AgreementUse,
    Application,
    Assignment,
    BodyKind,
    Bound,
    CollaborationStructure,
    ContractualCooperation,
    Contribution,
    CooperationAgreement,
    CooperationBody,
    CoordinationAssociation,
    CoordinationAudit,
    CoordinationAuditor,
    CoordinationCharter,
    CoordinationCharterItem,
    CoordinationCharterProvision,
    CostShare,
    Decision,
    Extension,
    FollowUp,
    FundingShare,
    ItemStatus,
    JointCommittee,
    JointlyOwnedCompany,
    Level,
    LocalFederation,
    Mandate,
    MeetingSchedule,
    Office,
    OfficeRotation,
    OrganSeats,
    OwnActivity,
    PartySeats,
    Payment,
    Period,
    Pot,
    PotOrigin,
    Proposal,
    Remit,
    ReportingDuty,
    RepresentationScheme,
    Revision,
    Source,
    SubstitutePolicy,
    Task,
)
from samverkan.rules import Outcome, check
from test_io_documents import (
    ADOPTIONS,
    AMOUNTS,
    COMPANIES,
    CONTRACTUAL,
    DATES,
    JOINT_COMMITTEES,
    LOCAL_FEDERATIONS,
    OPTIONAL_TEXT,
    PARTICIPANTS,
    SMALL_INTS,
    TEXT,
    periods,
    seats,
    tuples,
)

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

# -- strategies: the kinds test_io_documents does not build ----------------------------------

OPTIONAL_DATES = st.none() | DATES
COUNTS = st.integers(min_value=0, max_value=12)
BODY_IDS = st.sampled_from(["RSR", "RUN", "LSG", "SVOM", "B1", "B2"]) | TEXT
CASE_NUMBERS = st.sampled_from(["RUN/189/2019", "RUN/29/2021", "RS/559/2019", "run 1"]) | TEXT
RRULES = st.builds(
    lambda day, freq, count: f"DTSTART:{day:%Y%m%d}\nRRULE:FREQ={freq};COUNT={count}",
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.integers(min_value=1, max_value=20),
)
SCHEMES = st.builds(
    RepresentationScheme,
    members=COUNTS,
    substitutes=st.none() | COUNTS,
    bound=st.sampled_from(Bound),
    overrides=st.lists(
        st.builds(PartySeats, PARTICIPANTS, COUNTS, st.none() | COUNTS, st.sampled_from(Bound)),
        max_size=3,
        unique_by=lambda override: override.party,
    ).map(tuple),
    every_principal=st.booleans(),
    substitute_policy=st.none() | st.sampled_from(SubstitutePolicy),
)
BODIES = st.builds(
    CooperationBody,
    id=BODY_IDS,
    name=TEXT,
    level=st.sampled_from(Level),
    kind=st.sampled_from(BodyKind),
    mandate=st.none() | st.builds(Mandate, tuples(TEXT), tuples(PARTICIPANTS), OPTIONAL_TEXT),
    remit=st.none() | st.builds(Remit, tuples(TEXT), tuples(TEXT), TEXT),
    representation=st.none() | SCHEMES,
    seats=tuples(seats(), 4),
    reports_to=tuples(BODY_IDS),
    reports_to_principals=tuples(PARTICIPANTS),
    belongs_to=st.none() | PARTICIPANTS,
    meetings=st.none()
    | st.builds(MeetingSchedule, tuples(DATES), st.none() | RRULES, st.none() | COUNTS),
)
STRUCTURES = st.builds(
    CollaborationStructure,
    name=TEXT,
    principals=tuples(PARTICIPANTS, 5),
    bodies=st.lists(BODIES, max_size=5, unique_by=lambda body: body.id).map(tuple),
    support=tuples(
        st.builds(
            AdministrativeSupport,
            TEXT,
            st.none() | AMOUNTS,
            st.none() | PARTICIPANTS,
            tuples(BODY_IDS),
            tuples(st.builds(CostShare, tuples(PARTICIPANTS), AMOUNTS, TEXT)),
        ),
        2,
    ),
    follow_ups=tuples(
        st.builds(
            FollowUp,
            TEXT,
            OPTIONAL_DATES,
            st.none() | BODY_IDS,
            st.none() | BODY_IDS,
            OPTIONAL_DATES,
            tuples(TEXT),
            OPTIONAL_DATES,
            TEXT,
        ),
        2,
    ),
    period=st.none() | periods(),
    principles=tuples(TEXT),
)
EARMARKS = st.none() | st.sampled_from(["social välfärd", "kompetens"]) | TEXT
POTS = st.builds(
    Pot,
    name=TEXT,
    decider=BODIES,
    proposer=st.none() | BODIES,
    matter=TEXT,
    origin=st.none() | st.builds(PotOrigin, TEXT, tuples(PARTICIPANTS), SMALL_INTS, OPTIONAL_DATES),
    contributions=tuples(
        st.builds(Contribution, TEXT, AMOUNTS, DATES, EARMARKS, OPTIONAL_TEXT, TEXT), 4
    ),
    applications=tuples(
        st.builds(
            Application,
            TEXT,
            AMOUNTS,
            TEXT,
            CASE_NUMBERS,
            OPTIONAL_DATES,
            OPTIONAL_DATES,
            EARMARKS,
        ),
        4,
    ),
    proposals=tuples(st.builds(Proposal, CASE_NUMBERS, BODY_IDS, DATES, AMOUNTS), 4),
    decisions=tuples(
        st.builds(Decision, CASE_NUMBERS, BODY_IDS, DATES, AMOUNTS, EARMARKS, OPTIONAL_TEXT), 4
    ),
    payments=tuples(st.builds(Payment, CASE_NUMBERS, AMOUNTS, DATES), 4),
)
ASSIGNMENTS = st.builds(
    Assignment,
    st.sampled_from(["FoU Jämt", "Energikontoret"]) | TEXT,
    TEXT,
    TEXT,
    st.none() | AMOUNTS,
)
AGREEMENTS = st.builds(
    CooperationAgreement,
    title=TEXT,
    region=PARTICIPANTS,
    period=periods(),
    municipalities=tuples(PARTICIPANTS),
    responsible=OPTIONAL_TEXT,
    adoptions=tuples(ADOPTIONS),
    extensions=tuples(
        st.builds(Extension, DATES, OPTIONAL_DATES, st.none() | PARTICIPANTS, OPTIONAL_TEXT), 2
    ),
    assignments=tuples(ASSIGNMENTS, 4),
    revisions=tuples(
        st.builds(
            Revision,
            DATES,
            tuples(TEXT),
            tuples(ASSIGNMENTS),
            st.none() | st.booleans(),
            OPTIONAL_DATES,
            OPTIONAL_TEXT,
        ),
        2,
    ),
    reporting=st.none()
    | st.builds(ReportingDuty, TEXT, TEXT, st.integers(min_value=-(10**6), max_value=10**6)),
    reports=tuples(
        st.builds(
            AgreementReport,
            st.integers(min_value=-(10**6), max_value=10**6),
            OPTIONAL_DATES,
            TEXT,
            tuples(TEXT),
        ),
        2,
    ),
    uses=tuples(st.builds(AgreementUse, DATES, TEXT), 2),
)
REGISTERS = st.builds(AgreementRegister, tuples(AGREEMENTS, 3))
COUNT_OR_NONE = st.none() | COUNTS
SOURCES = st.builds(
    Source,
    TEXT,
    st.none() | st.sampled_from(["https://example.org/a", "http://example.org/b?c=d"]),
    st.none() | DATES,
    st.none() | DATES,
    OPTIONAL_TEXT,
    tuples(st.sampled_from(["$.members", "$.funding[0]", "$.board_seats[2].party"])),
)
ORGAN_SEATS = st.builds(
    OrganSeats,
    st.just(None) | st.integers(min_value=3, max_value=12),
    st.just(None) | st.integers(min_value=3, max_value=12),
    st.integers(min_value=0, max_value=2),
    st.integers(min_value=0, max_value=2),
    st.none() | PARTICIPANTS,
    tuples(PARTICIPANTS, 2),
    tuples(
        st.builds(
            OfficeRotation,
            st.sampled_from(Office),
            tuples(PARTICIPANTS),
            COUNT_OR_NONE,
            st.none() | DATES,
        ),
        2,
    ),
)
COORDINATION = st.builds(
    CoordinationAssociation,
    TEXT,
    tuples(PARTICIPANTS, 5),
    orgnr=st.none() | st.sampled_from(["222000-1354", "202100-5521"]),
    charter=st.none()
    | st.builds(
        CoordinationCharter,
        OPTIONAL_TEXT,
        tuples(ADOPTIONS),
        provisions=tuples(
            st.builds(
                CoordinationCharterProvision,
                st.sampled_from(CoordinationCharterItem),
                st.sampled_from(ItemStatus),
                TEXT,
            ),
            4,
        ),
        provisions_recorded=st.booleans(),
        exists=st.booleans(),
    ),
    funding=tuples(
        st.builds(FundingShare, PARTICIPANTS, st.none() | AMOUNTS, st.none() | AMOUNTS, SMALL_INTS),
        5,
    ),
    board_seats=tuples(seats(), 4),
    board_seats_complete=st.booleans(),
    board_totals=st.none() | ORGAN_SEATS,
    audit=st.none()
    | st.builds(
        CoordinationAudit,
        tuples(st.builds(CoordinationAuditor, PARTICIPANTS, tuples(PARTICIPANTS))),
        st.booleans(),
    ),
    sources=tuples(SOURCES, 2),
)
OWN_ACTIVITIES = st.builds(
    OwnActivity,
    TEXT,
    PARTICIPANTS,
    tuples(
        st.builds(
            Task,
            st.sampled_from(["kombef.tourism", "school.compulsory", "sol.social-services"]) | TEXT,
        ),
        2,
    ),
    tuples(PARTICIPANTS, 2),
    tuples(PARTICIPANTS, 2),
    period=st.none() | periods(),
    notes=TEXT,
    sources=tuples(SOURCES, 2),
)

#: Valid models of every kind that can stand alone in a document, by class.
STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    JointCommittee: JOINT_COMMITTEES,
    LocalFederation: LOCAL_FEDERATIONS,
    ContractualCooperation: CONTRACTUAL,
    JointlyOwnedCompany: COMPANIES,
    CollaborationStructure: STRUCTURES,
    Pot: POTS,
    CooperationAgreement: AGREEMENTS,
    AgreementRegister: REGISTERS,
    CoordinationAssociation: COORDINATION,
    OwnActivity: OWN_ACTIVITIES,
}
SUBJECTS = st.one_of(*STRATEGIES.values())
STRATEGIES[Bundle] = st.builds(Bundle, tuples(SUBJECTS, 3))
MODELS = st.one_of(*STRATEGIES.values())


def test_every_kind_of_document_is_generated() -> None:
    assert set(STRATEGIES) == set(KINDS.values())


# -- lossless, deterministic round trips -------------------------------------------------------


@given(MODELS)
def test_every_kind_survives_json_unchanged(model: Any) -> None:
    text = dumps(model)
    document = loads(text)
    assert document.content == model
    assert dumps(document) == text  # the same model always gives the same bytes
    assert loads(text.encode("utf-8")).content == model


@given(MODELS)
def test_every_kind_survives_toml_unchanged(model: Any) -> None:
    text = dumps(model, "toml")
    document = loads(text, "toml")
    assert document.content == model
    assert dumps(document, "toml") == text
    assert dumps(document) == dumps(model)  # and TOML to JSON gives the canonical JSON


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Sets (delegation categories, secured conditions) are written sorted, whatever the
    order Python happens to keep them in."""
    program = textwrap.dedent(
        """
        import sys
        from test_io_documents import real_systems, contracted_rescue
        from samverkan.io import dumps
        from samverkan.model import Delegation, DelegateKind, MatterCategory
        from decimal import Decimal
        import attrs
        every = frozenset(MatterCategory)
        rescue = attrs.evolve(
            contracted_rescue(Decimal("368000.004")),
            delegations=(Delegation("x", DelegateKind.EMPLOYEE, categories=every),),
        )
        for model in [*real_systems(), rescue]:
            sys.stdout.write(dumps(model) + dumps(model, "toml"))
        """
    )
    outputs = []
    for seed in ("1", "2", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(Path(__file__).parent)}
        done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True)
        assert done.returncode == 0, done.stderr.decode()
        outputs.append(done.stdout)
    assert outputs[0]
    assert outputs[0] == outputs[1] == outputs[2]


@given(SUBJECTS, DATES)
def test_check_never_raises_on_a_valid_document(model: Any, as_of: date) -> None:
    """Whatever a document that loads holds, checking it gives findings, never an exception."""
    subject = loads(dumps(model)).content
    report = check(subject, as_of=as_of)
    for finding in report:
        assert finding.path.startswith("$")
        assert finding.message()


def test_a_bundle_is_checked_item_by_item() -> None:
    empty = check(Bundle(), as_of=date(2024, 1, 1))
    assert (empty.findings, empty.reports, empty.outcome) == ((), (), Outcome.NOT_JUDGED)
    with pytest.raises(UnsupportedSubjectError):
        check(Bundle((object(),)), as_of=date(2024, 1, 1))  # type: ignore[arg-type]


# -- only DocumentError, always with a path ------------------------------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=10)
    | st.sampled_from(["2326", "23", "2019-09-02", "368000.004", "KL 9:37", "ledamot", "helt"])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)
KIND_NAMES = st.sampled_from(sorted(KINDS))


def assert_document_error_or_success(text: str | bytes, fmt: str = "json") -> Any:
    """Read ``text``: a document, or ``None`` after a DocumentError whose every problem has a
    path starting with ``$`` and a message. Any other exception fails the test."""
    found: DocumentError | None = None
    try:
        return loads(text, fmt)  # type: ignore[arg-type]
    except DocumentError as error:
        found = error
    assert found.problems
    for path, message in found.problems:
        assert path.startswith("$"), (path, message)
        assert isinstance(message, str)
        assert message
    assert str(found)
    return None


@given(JSON_VALUES)
def test_any_json_value_as_a_document(value: Any) -> None:
    assert_document_error_or_success(json.dumps(value))


@given(KIND_NAMES, JSON_VALUES)
def test_any_json_value_as_content(kind: str, value: Any) -> None:
    text = json.dumps({"schema_version": "1.0", "kind": kind, "content": value})
    assert_document_error_or_success(text)


@st.composite
def fields_of_a_kind(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A kind and content that gives any of its class's fields an arbitrary value."""
    kind = draw(KIND_NAMES)
    names = [a.name for a in attrs.fields(KINDS[kind])]
    content = draw(st.dictionaries(st.sampled_from(names), JSON_VALUES, max_size=len(names)))
    return kind, content


@given(fields_of_a_kind())
def test_any_json_value_in_any_field(case: tuple[str, dict[str, Any]]) -> None:
    kind, content = case
    text = json.dumps({"schema_version": "1.0", "kind": kind, "content": content})
    assert_document_error_or_success(text)
    try:
        toml_text = tomli_w.dumps({"schema_version": "1.0", "kind": kind, "content": content})
    except (TypeError, ValueError):  # None and other values TOML cannot hold
        return
    assert_document_error_or_success(toml_text, "toml")


def _places(data: Any, path: str = "$") -> Iterator[tuple[str, Any, Any]]:
    """Every (path, container, key) of the data: each value in an object or a list."""
    if isinstance(data, dict):
        for key, value in data.items():
            where = f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"
            yield where, data, key
            yield from _places(value, where)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield f"{path}[{index}]", data, index
            yield from _places(value, f"{path}[{index}]")


MUTATIONS = st.sampled_from(["delete", "replace", "wrap", "stringify"])


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[str, Any, Any]:
    """A valid document's data with one value deleted, replaced, put in a list or written as
    JSON text: (the mutation, the mutated data, the same data without a list the deletion
    emptied, since an empty list and a left-out one both mean "none")."""
    data = to_data(draw(MODELS))
    places = [(container, key) for path, container, key in _places(data) if path != "$.kind"]
    container, key = draw(st.sampled_from(places))
    mutation = draw(MUTATIONS)
    if mutation == "delete":
        del container[key]
    elif mutation == "replace":
        container[key] = draw(JSON_VALUES)
    elif mutation == "wrap":
        container[key] = [container[key]]
    else:
        container[key] = json.dumps(container[key])
    alternative = data
    if container == []:
        parent, name = next((c, k) for _, c, k in _places(data) if c[k] is container)
        emptied = parent.pop(name)
        alternative = copy.deepcopy(data)
        parent[name] = emptied
    return mutation, data, alternative


@given(mutated_documents())
def test_mutated_documents_give_only_document_errors(case: tuple[str, Any, Any]) -> None:
    mutation, data, alternative = case
    document = assert_document_error_or_success(json.dumps(data, ensure_ascii=False))
    if mutation == "delete" and document is not None:
        # a value left out means its default, and nothing else changes
        assert to_data(document) in (data, alternative)
    try:
        toml_text = tomli_w.dumps(data)
    except (TypeError, ValueError):  # None and other values TOML cannot hold
        return
    assert_document_error_or_success(toml_text, "toml")


@given(st.data())
def test_unknown_fields_are_errors_where_they_stand(data: st.DataObject) -> None:
    """Nothing a user wrote is silently dropped: an unknown field anywhere is reported there."""
    tree = to_data(data.draw(MODELS))
    objects = [
        (path, value)
        for path, container, key in _places(tree)
        if isinstance(value := container[key], dict)
    ]
    path, target = data.draw(st.sampled_from([("$", tree), *objects]))
    target["comment"] = data.draw(JSON_SCALARS)
    with pytest.raises(DocumentError) as error:
        loads(json.dumps(tree))
    assert any(p == f"{path}.comment" for p, _ in error.value.problems), error.value.problems


def _with_duplicate(data: Any, target: dict[str, Any], key: str) -> str:
    """JSON text of ``data`` in which ``target`` has ``key`` twice."""
    if isinstance(data, dict):
        members = [f"{json.dumps(k)}: {_with_duplicate(v, target, key)}" for k, v in data.items()]
        if data is target:
            members.append(f"{json.dumps(key)}: {json.dumps(data[key])}")
        return "{" + ", ".join(members) + "}"
    if isinstance(data, list):
        return "[" + ", ".join(_with_duplicate(v, target, key) for v in data) + "]"
    return json.dumps(data)


@given(st.data())
def test_duplicate_keys_are_reported_at_their_path(data: st.DataObject) -> None:
    tree = to_data(data.draw(MODELS))
    objects = [
        (path, value)
        for path, container, key in _places(tree)
        if isinstance(value := container[key], dict) and value
    ]
    path, target = data.draw(st.sampled_from([("$", tree), *objects]))
    key = data.draw(st.sampled_from(sorted(target)))
    with pytest.raises(DocumentError) as error:
        loads(_with_duplicate(tree, target, key))
    assert error.value.problems == ((f"{path}.{key}", f"the key {key!r} appears more than once"),)


AmountField = tuple[str, Callable[[str], dict[str, Any]], str]
AMOUNT_FIELDS: list[AmountField] = [
    # (kind, content with the amount in place, path of the amount)
    (
        "contractual_cooperation",
        lambda amount: {
            "name": "x",
            "commissioning": ["2326"],
            "performing": "2380",
            "tasks": [{"area": "lso.rescue-services"}],
            "compensation": {"amount": amount},
        },
        "$.content.compensation.amount",
    ),
    (
        "fund_pot",
        lambda amount: {
            "name": "Potten",
            "decider": {
                "id": "RUN",
                "name": "RUN",
                "level": "politisk nivå",
                "kind": "beslutande organ",
            },
            "contributions": [{"source": "x", "amount": amount, "on": "2019-01-01"}],
        },
        "$.content.contributions[0].amount",
    ),
    (
        "jointly_owned_company",
        lambda amount: {"name": "AB", "holdings": [{"owner": "2380", "percent": amount}]},
        "$.content.holdings[0].percent",
    ),
    (
        "cooperation_agreement",
        lambda amount: {
            "title": "Överenskommelse",
            "region": "23",
            "period": {"start": "2019-01-01"},
            "assignments": [{"name": "FoU", "area": "Social", "budget": amount}],
        },
        "$.content.assignments[0].budget",
    ),
]


def amount_text(field: AmountField, token: str, fmt: str = "json") -> str:
    """The text of a document with ``token`` written, as it is, where the amount goes."""
    kind, content, _ = field
    data = {"schema_version": "1.0", "kind": kind, "content": content("AMOUNT")}
    text = json.dumps(data) if fmt == "json" else tomli_w.dumps(data)
    return text.replace('"AMOUNT"', token)


def amount_at(data: Any, path: str) -> Any:
    """The value at ``path`` (``$.content.holdings[0].percent``) of plain data."""
    for name, index in re.findall(r"\.(\w+)|\[(\d+)\]", path):
        data = data[name] if name else data[int(index)]
    return data


@given(
    st.sampled_from(AMOUNT_FIELDS),
    st.decimals(min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False, places=6)
    | st.decimals(min_value=0, allow_nan=False, allow_infinity=False),
    st.sampled_from(["json", "toml"]),
)
def test_amounts_written_as_numbers_are_kept_exactly(
    field: AmountField, amount: Decimal, fmt: str
) -> None:
    """An amount written as a JSON or TOML number, not as text, is read digit for digit."""
    written = format(amount, "f")
    assume(len(written) <= 200)
    document = loads(amount_text(field, written, fmt), fmt)  # type: ignore[arg-type]
    expected = format(amount.copy_abs(), "f") if amount.is_zero() else written
    assert amount_at(to_data(document), field[2]) == expected


# -- hostile input ----------------------------------------------------------------------------


class Hung(Exception):
    """The watchdog fired: the code under test did not finish in its bound."""


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Fail instead of hanging if the block runs longer than ``seconds`` (a generous bound)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:  # pragma: no cover - Windows, or a test runner that uses threads
        yield
        return

    def fire(signum: int, frame: Any) -> None:
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def problems(text: str | bytes, fmt: str = "json") -> list[tuple[str, str]]:
    with watchdog(60), pytest.raises(DocumentError) as error:
        loads(text, fmt)  # type: ignore[arg-type]
    return list(error.value.problems)


def committee(**changes: Any) -> dict[str, Any]:
    content = {"name": "Gemensam nämnd", "parties": ["2326", "2380"], "host": "2380", **changes}
    return {"schema_version": "1.0", "kind": "joint_committee", "content": content}


DEPTH = 100_000


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('{"a": ' * DEPTH + "1" + "}" * DEPTH, "json"),
        (json.dumps(committee())[:-2] + ', "notes": ' + "[" * DEPTH + "]" * DEPTH + "}}", "json"),
        ("x = " + "[" * DEPTH + "]" * DEPTH, "toml"),
        ("x = " + "{a = " * DEPTH + "1" + "}" * DEPTH, "toml"),
    ],
    ids=["json-objects", "json-lists-in-content", "toml-arrays", "toml-inline-tables"],
)
def test_nesting_100_000_levels_deep(text: str, fmt: str) -> None:
    [(path, message)] = problems(text, fmt)
    assert path == "$"
    assert message.startswith(f"invalid {fmt.upper()}")


def test_nesting_that_parses_is_reported_where_it_stands() -> None:
    text = json.dumps(committee())[:-2] + ', "parties": ' + "[" * 500 + "]" * 500 + "}}"
    assert problems(text.replace('"parties": ["2326", "2380"], ', "")) == [
        (
            "$.content.parties[0]",
            "expected a municipality or region code, or an object with a 'type' field, got a list",
        )
    ]


FIFTY_MB = 50_000_000


def test_a_50_mb_document_is_read() -> None:
    item = (
        '{"type": "contractual_cooperation", "name": "Räddningstjänst", "commissioning": '
        '["2326", "2361"], "performing": "2380", "tasks": [{"area": "lso.rescue-services"}], '
        '"concluded_on": "2019-09-02", "compensation": {"amount": "368000.004"}}'
    )
    count = FIFTY_MB // (len(item) + 2) + 1
    text = (
        '{"schema_version": "1.0", "kind": "bundle", "content": {"items": ['
        + ", ".join([item] * count)
        + "]}}"
    )
    assert len(text) >= FIFTY_MB
    with watchdog(120):
        document = loads(text)
    assert len(document.content.items) == count
    assert document.content.items[-1].compensation.amount == Decimal("368000.004")


def test_a_50_mb_document_of_errors_stops_early() -> None:
    """Millions of bad items cost no more than a thousand: reading stops, the error says so."""
    bad = '"9999", ' * (FIFTY_MB // 8)
    text = json.dumps(committee()).replace('"2326", "2380"', bad + '"2326"')
    assert len(text) >= FIFTY_MB
    found = problems(text)
    assert len(found) == PROBLEMS_PER_DOCUMENT + 1
    assert found[0][0] == "$.content.parties[0]"
    assert found[0][1].startswith("unknown municipality or region code '9999'; did you mean")
    assert found[-1] == (
        "$.content",
        f"reading stopped after {PROBLEMS_PER_DOCUMENT} problems; there may be more",
    )
    assert found[-2] == ("$.content.parties[999]", "unknown municipality or region code '9999'")


def test_a_document_of_many_unknown_fields_stops_early() -> None:
    content = {f"field{i}": i for i in range(100_000)}
    found = problems(json.dumps({**committee(), "content": {**committee()["content"], **content}}))
    assert len(found) == PROBLEMS_PER_DOCUMENT + 1
    assert found[0] == (
        "$.content.field0",
        "unknown field 'field0' (not a field of JointCommittee)",
    )


def test_a_document_of_many_duplicate_keys_stops_early() -> None:
    text = '{"schema_version": "1.0", "kind": "bundle", "content": {"items": ['
    text += ", ".join(['{"type": "fund_pot", "type": "fund_pot"}'] * 100_000) + "]}}"
    found = problems(text)
    assert len(found) == PROBLEMS_PER_DOCUMENT + 1
    assert found[0] == ("$.content.items[0].type", "the key 'type' appears more than once")
    assert found[-1][0] == "$"


MILLION = "1" * 1_000_000
COMPENSATION = AMOUNT_FIELDS[0]
CONTRIBUTION = AMOUNT_FIELDS[1]


@pytest.mark.parametrize(
    ("text", "fmt", "path", "words"),
    [
        (
            json.dumps(committee(established_year="X")).replace('"X"', MILLION),
            "json",
            "$",
            "invalid JSON: Exceeds the limit (4300 digits)",
        ),
        (
            amount_text(COMPENSATION, MILLION),
            "json",
            "$",
            "invalid JSON: Exceeds the limit (4300 digits)",
        ),
        (
            amount_text(COMPENSATION, f"0.{MILLION}"),
            "json",
            COMPENSATION[2],
            f"expected an amount of at most {AMOUNT_DIGITS} digits, got one of 1000000 digits",
        ),
        (
            amount_text(COMPENSATION, f'"{MILLION}"'),
            "json",
            COMPENSATION[2],
            "got one of 1000000 digits",
        ),
        (
            amount_text(COMPENSATION, "1e999999999999"),
            "json",
            COMPENSATION[2],
            "got one of 1000000000000 digits",
        ),
        (f"x = {MILLION}", "toml", "$", "invalid TOML: Exceeds the limit (4300 digits)"),
        (
            amount_text(CONTRIBUTION, f"{MILLION}.5", "toml"),
            "toml",
            CONTRIBUTION[2],
            "got one of 1000001 digits",
        ),
    ],
    ids=[
        "json-year",
        "json-integer-amount",
        "json-decimal-amount",
        "text-amount",
        "json-exponent",
        "toml-integer",
        "toml-float-amount",
    ],
)
def test_a_number_with_a_million_digits(text: str, fmt: str, path: str, words: str) -> None:
    [(where, message)] = problems(text, fmt)
    assert where == path
    assert words in message, message


def test_the_longest_amount_is_kept_exactly() -> None:
    longest = "9" * (AMOUNT_DIGITS - 3) + ".125"
    for token in (f'"{longest}"', longest):
        document = loads(amount_text(COMPENSATION, token))
        assert document.content.compensation.amount == Decimal(longest)
        assert amount_at(to_data(document), COMPENSATION[2]) == longest
    [(path, _)] = problems(amount_text(COMPENSATION, "9" + longest))
    assert path == COMPENSATION[2]


@pytest.mark.parametrize("field", AMOUNT_FIELDS, ids=[f[0] for f in AMOUNT_FIELDS])
@pytest.mark.parametrize(
    ("token", "fmt", "shown"),
    [
        ("NaN", "json", "NaN"),
        ("Infinity", "json", "Infinity"),
        ("-Infinity", "json", "-Infinity"),
        ('"NaN"', "json", "the text 'NaN'"),
        ('"Infinity"', "json", "the text 'Infinity'"),
        ("nan", "toml", "NaN"),
        ("-nan", "toml", "NaN"),
        ("inf", "toml", "Infinity"),
        ("+inf", "toml", "Infinity"),
        ("-inf", "toml", "-Infinity"),
    ],
)
def test_nan_and_infinities_in_amounts(
    field: AmountField, token: str, fmt: str, shown: str
) -> None:
    [(where, message)] = problems(amount_text(field, token, fmt), fmt)
    assert where == field[2]
    assert message.endswith(f"got {shown}"), message


def test_an_amount_is_never_rounded() -> None:
    for token, kept in [
        ('"368000.004"', "368000.004"),
        ("368000.004", "368000.004"),
        ('"368000.0040"', "368000.0040"),
        ("368000.0040", "368000.0040"),
        ("3.68000004e5", "368000.004"),  # an exact JSON number in another form
        ("0.1", "0.1"),  # no binary floating point on the way
    ]:
        for fmt in ("json", "toml"):
            if fmt == "toml" and "e" in token:
                continue
            document = loads(amount_text(COMPENSATION, token, fmt), fmt)  # type: ignore[arg-type]
            assert document.content.compensation.amount == Decimal(kept)
            assert amount_at(to_data(document), COMPENSATION[2]) == kept


def test_duplicate_keys_in_the_envelope_and_in_toml() -> None:
    text = json.dumps(committee())
    assert problems(text[:-1] + ', "kind": "joint_committee"}') == [
        ("$.kind", "the key 'kind' appears more than once")
    ]
    assert problems(text[:-1] + ', "content": {}}') == [
        ("$.content", "the key 'content' appears more than once")
    ]
    toml = tomli_w.dumps(committee()).replace("[content]\n", '[content]\nname = "A"\n')
    [(path, message)] = problems(toml, "toml")
    assert (path, message.split(":")[0]) == ("$", "invalid TOML")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"a": "\xff"}', "the byte 0xff at offset 7"),
        (b'{"a": "\xc0\xaf"}', "the byte 0xc0 at offset 7"),  # an overlong "/"
        (b'{"a": "\xed\xa0\x80"}', "the byte 0xed at offset 7"),  # an encoded surrogate
        (b'{"a": "\xe2\x82', "the byte 0xe2 at offset 7"),  # cut in the middle of a character
        ("Råå".encode("latin-1"), "the byte 0xe5 at offset 1"),
        ("\ufeff{}".encode("utf-16"), "the byte 0xff at offset 0"),
    ],
    ids=["ff", "overlong", "surrogate", "truncated", "latin-1", "utf-16"],
)
@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_invalid_utf_8(data: bytes, words: str, fmt: str, tmp_path: Path) -> None:
    [(path, message)] = problems(data, fmt)
    assert (path, message) == ("$", f"not valid UTF-8: {words}")
    file = tmp_path / f"document.{fmt}"
    file.write_bytes(data)
    with pytest.raises(DocumentError) as error:
        load(file)
    assert error.value.problems == (("$", f"not valid UTF-8: {words}"),)
    assert error.value.source == str(file)


def test_text_that_no_utf_8_file_can_hold() -> None:
    """JSON can escape a lone surrogate; such text could never be written back, so it is
    refused where it stands instead of failing later in ``dump``."""
    text = json.dumps(committee(name="Nämnd \ud800"))
    assert "\\ud800" in text
    assert problems(text) == [
        (
            "$.content.name",
            "expected text, got a lone surrogate (U+D800) at position 6, which "
            "no UTF-8 document can hold",
        )
    ]
    assert problems(text.replace("\\ud800", "\ud800")) == problems(text)  # given as str
    pair = json.dumps(committee(name="Nämnd \U0001f600"))  # an escaped pair is one character
    assert loads(pair).content.name == "Nämnd \U0001f600"


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_a_byte_order_mark(fmt: str, tmp_path: Path) -> None:
    data = dumps(from_data(committee()), fmt)  # type: ignore[arg-type]
    for text in ("\ufeff" + data, ("\ufeff" + data).encode("utf-8")):
        assert loads(text, fmt).content == from_data(committee()).content  # type: ignore[arg-type]
    file = tmp_path / f"document.{fmt}"
    file.write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
    assert load(file).content == from_data(committee()).content
    [(path, message)] = problems("\ufeff\ufeff" + data, fmt)  # only one mark is a mark
    assert path == "$"
    assert message.startswith(f"invalid {fmt.upper()}")
    assert problems("\ufeff", fmt) == [("$", "the document is empty")]


def test_a_toml_file_that_is_really_json(tmp_path: Path) -> None:
    file = tmp_path / "kommittén.toml"
    file.write_text(dumps(from_data(committee())), "utf-8")
    with pytest.raises(DocumentError) as error:
        load(file)
    [(path, message)] = error.value.problems
    assert path == "$"
    assert message.startswith("invalid TOML: ")
    assert message.endswith("; the text looks like JSON: read it as JSON")
    assert load(file, format="json").content == from_data(committee()).content


@pytest.mark.parametrize("name", ["tom.json", "tom.toml"])
@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_an_empty_file(name: str, data: bytes, tmp_path: Path) -> None:
    file = tmp_path / name
    file.write_bytes(data)
    with pytest.raises(DocumentError) as error:
        load(file)
    assert error.value.problems == (("$", "the document is empty"),)
    assert str(error.value) == f"{file}: 1 problem(s) in the document:\n  $: the document is empty"


def test_a_directory_given_as_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "dokument.json"
    folder.mkdir()
    for where, fmt in ((tmp_path, None), (folder, None), (folder, "toml")):
        with pytest.raises(DocumentError) as error:
            load(where, format=fmt)  # type: ignore[arg-type]
        assert error.value.problems == (("$", "this is a directory, not a file"),)
        assert error.value.source == str(where)
    with pytest.raises(DocumentError, match="cannot read the file"):
        load(tmp_path / "saknas.json")


def test_the_version_is_read_when_asked() -> None:
    assert samverkan.__version__
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        samverkan.nope  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize("months", [10**30, 10**6, -(10**6)])
def test_check_a_reporting_duty_beyond_the_calendar(months: int) -> None:
    agreement = CooperationAgreement(
        "Överenskommelse",
        region=from_data(committee()).content.host,
        period=Period(date(2019, 1, 1)),
        reporting=ReportingDuty(months_after_year_end=months),
    )
    report = check(loads(dumps(agreement)).content, as_of=date(2024, 1, 1))
    assert not report.by_rule("AGR-annual-report")
