"""The fast paths of reading and writing documents agree with the detailed ones.

Every test in the suite already reads its documents both ways (``conftest.py``); these tests
add every example, mutated and generated documents, and the machinery's own edges.
"""

from __future__ import annotations

import gc
import json
import random
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan.errors import DocumentError
from samverkan.io import dumps, fastdump, fastload, fastload_codegen, fastscan, load, loads
from samverkan.io.converter import make_converter
from samverkan.io.documents import KINDS, SCHEMA_VERSION, from_data
from samverkan.io.formats import parse_json

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").rglob("*.json"))


def both_ways(text: str) -> tuple[Any, Any]:
    """What the fast path and the detailed path make of ``text``: a document or an error."""
    fast = fastload.read_json(text, KINDS, SCHEMA_VERSION)
    try:
        slow: Any = from_data(parse_json(text, None))
    except DocumentError as error:
        slow = error
    return fast, slow


def assert_agree(text: str) -> None:
    fast, slow = both_ways(text)
    if fast is None:
        return  # declined: the detailed path decides
    assert not isinstance(slow, DocumentError), f"fast path accepted a refused document: {slow}"
    assert fast == (slow.kind, slow.content, slow.schema_uri)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_is_read_alike_and_fast(path: Path) -> None:
    text = path.read_text("utf-8")
    fast, slow = both_ways(text)
    if json.loads(text)["schema_version"] == SCHEMA_VERSION:
        assert fast is not None
    assert fast is None or fast == (slow.kind, slow.content, slow.schema_uri)


def mutations(data: Any, rng: random.Random) -> Iterator[Any]:
    """Copies of ``data`` with one value changed, removed, doubled or retyped."""
    text = json.dumps(data)
    for _ in range(40):
        copy = json.loads(text)
        places: list[tuple[Any, Any]] = []
        stack = [copy]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                places += [(value, k) for k in value]
                stack += value.values()
            elif isinstance(value, list):
                places += [(value, i) for i in range(len(value))]
                stack += value
        holder, key = rng.choice(places)
        choice = rng.randrange(7)
        if choice == 0 and isinstance(holder, dict):
            del holder[key]
        elif choice == 1:
            holder[key] = rng.choice(
                [None, True, 1, 1.5, "x", "2023-02-30", "1e3", [], {}, "2326", "a:b"]
            )
        elif choice == 2 and isinstance(holder, dict):
            holder[key + "x"] = holder[key]
        elif choice == 3 and isinstance(holder[key], list):
            holder[key] = holder[key] + holder[key][:1]
        elif choice == 4 and isinstance(holder[key], str):
            holder[key] = holder[key] + rng.choice([":", " ", "\ud800", "é", "\n"])
        elif choice == 5 and isinstance(holder[key], int):
            holder[key] = rng.choice([True, -1, 10**30, str(holder[key])])
        else:
            holder[key] = {"type": "nonsense"}
        yield copy


def repeated_key(text: str, rng: random.Random) -> str:
    """``text`` with one key given twice: the same value, so only the repeat is wrong."""
    lines = text.splitlines()
    keyed = [i for i, line in enumerate(lines) if '": "' in line and line.rstrip().endswith(",")]
    index = rng.choice(keyed)
    return "\n".join([*lines[: index + 1], lines[index], *lines[index + 1 :]])


@pytest.mark.parametrize("path", EXAMPLES[:8], ids=lambda p: p.name)
def test_mutated_examples_are_read_alike(path: Path) -> None:
    rng = random.Random(path.name)
    data = json.loads(path.read_text("utf-8"))
    for mutated in mutations(data, rng):
        assert_agree(json.dumps(mutated, ensure_ascii=False, indent=2))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_a_repeated_key_is_still_an_error(path: Path) -> None:
    text = repeated_key(path.read_text("utf-8"), random.Random(path.name))
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    with pytest.raises(DocumentError, match="appears more than once"):
        loads(text)


@pytest.mark.parametrize(
    "variant",
    [
        '"schema_version": "1.1", "kind": "pot", "content": {"name": "a:b", "name": "c"}',
        '"schema_version": "1.1", "kind": "pot", "content": {"name": "c", "name" : "a"}',
    ],
)
def test_repeated_keys_with_colons_and_spaces(variant: str) -> None:
    assert_repeated_key_refused("{" + variant + "}")


def assert_repeated_key_refused(text: str) -> None:
    """The fast path declines ``text`` and the detailed path names the repeated key."""
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    with pytest.raises(DocumentError, match="appears more than once"):
        loads(text)


TEXT = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(["a:b", "2326", ""])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(st.sampled_from(EXAMPLES), st.lists(st.text(max_size=3), max_size=3), JSON)
def test_generated_changes_are_read_alike(path: Path, where: list[str], value: Any) -> None:
    data = json.loads(path.read_text("utf-8"))
    holder = data["content"]
    for step in where:
        if isinstance(holder, dict) and holder:
            key = sorted(holder)[len(step) % len(holder)]
            if isinstance(holder[key], dict | list) and holder[key]:
                holder = holder[key]
    if isinstance(holder, dict):
        holder[sorted(holder)[0] if holder and where else "name"] = value
    elif isinstance(holder, list):
        holder[0] = value
    assert_agree(json.dumps(data, ensure_ascii=False))


def test_a_migrated_document_takes_the_detailed_path_and_is_the_same() -> None:
    path = next(p for p in EXAMPLES if "federation" in p.read_text("utf-8"))
    data = json.loads(path.read_text("utf-8"))
    data["schema_version"] = "1.0"
    text = json.dumps(data)
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    with fastload.verifying() as verifier:
        loads(text)
    assert verifier.compared == 1
    assert not verifier.mismatches


def test_the_verifier_reports_a_disagreement(monkeypatch: pytest.MonkeyPatch) -> None:
    text = EXAMPLES[0].read_text("utf-8")
    kind = json.loads(text)["kind"]

    def wrong(data: Any) -> str:
        fastload_codegen.GENERATOR.namespace["_keys"][0] = text.count(":") - 3  # as if all counted
        return "not a model"

    monkeypatch.setattr(fastload, "structurer", lambda cl: wrong)
    with fastload.verifying() as verifier:
        assert fastload.read_json(text, KINDS, SCHEMA_VERSION) == (kind, "not a model", None)
        fastload.structure({}, KINDS[kind], make_converter())
    assert any("different" in m for m in verifier.mismatches)
    assert any("accepted what the detailed one refuses" in m for m in verifier.mismatches)


def test_one_document_at_a_time_takes_the_fast_path() -> None:
    text = EXAMPLES[0].read_text("utf-8")
    with fastload._reading:
        assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is not None
    results: list[Any] = []
    threads = [threading.Thread(target=lambda: results.append(loads(text))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(r) for r in results}) == 4
    assert all(r == results[0] for r in results)


@attrs.frozen
class Unusual:
    anything: Any
    many: list[int] = attrs.field(factory=list)


@attrs.frozen
class Defaults:
    many: tuple[int, ...] = attrs.field(factory=tuple)
    count: int = attrs.field(default=0, kw_only=True)
    tags: frozenset[str] = frozenset()


@attrs.frozen
class SelfMade:
    size: int = attrs.field(default=attrs.Factory(lambda self: 1, takes_self=True))


@attrs.frozen
class Pair:
    pair: tuple[int, str]


def test_classes_the_generator_does_not_know_take_the_detailed_path() -> None:
    assert fastload_codegen.structurer(Unusual) is None
    assert fastload_codegen.structurer(Unusual) is None  # remembered
    assert fastload_codegen.structurer(SelfMade) is None
    assert fastload_codegen.structurer(Pair) is None
    converter = make_converter()
    assert fastload.structure({"anything": [1]}, Unusual, converter) == Unusual([1])


def test_factories_keywords_and_sets() -> None:
    read = fastload_codegen.structurer(Defaults)
    assert read is not None
    assert read({}) == Defaults()
    assert read({"count": 2, "tags": ["b", "a"]}) == Defaults(count=2, tags=frozenset("ab"))
    with pytest.raises(Exception):  # noqa: B017, PT011 - the detailed path explains it
        read({"tags": ["a", "a"]})
    with pytest.raises(Exception):  # noqa: B017, PT011
        read({"many": [True]})
    assert read({"many": [1]}) == Defaults((1,))


@pytest.mark.parametrize("enabled", [True, False])
def test_loads_pauses_the_collector_and_restores_it(enabled: bool) -> None:
    text = EXAMPLES[0].read_text("utf-8")
    seen: list[bool] = []
    original = fastload.read_json

    def spy(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args)

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(fastload, "read_json", spy)
            loads(text)
            assert gc.isenabled() is enabled
            with pytest.raises(DocumentError):
                loads("{")
            assert gc.isenabled() is enabled
            with pytest.raises(DocumentError):
                load(EXAMPLES[0].with_suffix(".txt"))
            assert gc.isenabled() is enabled
        assert seen == [False, False]
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_dumps_writes_the_bytes_of_the_standard_library(path: Path) -> None:
    model = loads(path.read_text("utf-8"))
    from samverkan.io import to_data

    assert dumps(model) == fastdump.std_json_text(to_data(model))


@given(JSON | st.dictionaries(TEXT, JSON))
def test_json_text_is_the_standard_librarys(data: Any) -> None:
    assert fastdump.json_text(data) == fastdump.std_json_text(data)


def test_json_text_without_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastdump, "_load_orjson", lambda: None)
    assert fastdump.json_text({"b": 10**30, "a": "\ud800"}) == fastdump.std_json_text(
        {"b": 10**30, "a": "\ud800"}
    )


def test_structure_takes_the_detailed_path_while_another_thread_reads() -> None:
    converter = make_converter()
    data = {"area": "sol.social-services", "for_parties": ["23"]}
    from samverkan.model import Task

    with fastload._reading:
        busy = fastload.structure(data, Task, converter)
    assert busy == fastload.structure(data, Task, converter) == converter.structure(data, Task)


@attrs.frozen
class Leaf:
    value: int


@attrs.frozen
class Branch:
    leaf: Leaf
    odd: list[int]  # unknown to the generator: Branch takes the detailed path, Leaf not


@attrs.frozen
class Other:
    text: str


def test_a_class_that_fails_to_generate_leaves_the_others_intact() -> None:
    assert fastload_codegen.structurer(Branch) is None
    read_other = fastload_codegen.structurer(Other)
    read_leaf = fastload_codegen.structurer(Leaf)
    assert read_other is not None
    assert read_leaf is not None
    assert read_leaf({"value": 1}) == Leaf(1)
    assert read_other({"text": "x"}) == Other("x")


@pytest.mark.parametrize(
    "address", ["https://example.org/s.json", "schemas/local.json", "urn:a:b:c"]
)
def test_a_schema_address_is_read_on_the_fast_path_and_kept(address: str) -> None:
    data = json.loads(EXAMPLES[0].read_text("utf-8"))
    text = json.dumps({"$schema": address, **data}, ensure_ascii=False)
    fast, slow = both_ways(text)
    assert fast is not None
    assert fast == (slow.kind, slow.content, slow.schema_uri)
    assert fast[2] == address


def test_a_schema_address_that_is_not_text_is_left_to_the_detailed_path() -> None:
    data = json.loads(EXAMPLES[0].read_text("utf-8"))
    text = json.dumps({"$schema": 7, **data})
    fast, slow = both_ways(text)
    assert fast is None
    assert isinstance(slow, DocumentError)


def test_a_repeated_key_beside_a_schema_address_is_left_to_the_detailed_path() -> None:
    text = EXAMPLES[0].read_text("utf-8")
    doubled = text.replace('"kind":', '"$schema": "a:b", "kind": "x", "kind":', 1)
    assert fastload.read_json(doubled, KINDS, SCHEMA_VERSION) is None


# A bundle's items are read one by one as they are parsed (samverkan.io.fastscan).

BUNDLES = [p for p in EXAMPLES if json.loads(p.read_text("utf-8"))["kind"] == "bundle"]


def a_bundle() -> dict[str, Any]:
    """One bundle document holding the items of every bundled example."""
    items = [i for p in BUNDLES for i in json.loads(p.read_text("utf-8"))["content"]["items"]]
    return {"schema_version": SCHEMA_VERSION, "kind": "bundle", "content": {"items": items}}


def streamed(text: str) -> bool:
    """Whether ``text``'s content is read item by item."""
    listed = fastload._listed(KINDS)
    try:
        envelope = fastscan.scan_envelope(text, listed)
    except Exception:
        return False
    return isinstance(envelope.get("content"), fastscan.ListContent)


def test_only_the_bundle_is_read_item_by_item() -> None:
    listed = fastload._listed(KINDS)
    assert listed is not None
    assert listed[0] is KINDS["bundle"]
    assert listed[1] == "items"
    assert fastscan.list_kind({"fund_pot": KINDS["fund_pot"]}) is None
    assert fastscan.list_kind({"a": KINDS["bundle"], "b": KINDS["bundle"]}) is None
    assert fastscan.list_kind({"plain": dict, "bundle": KINDS["bundle"]}) == fastscan.list_kind(
        KINDS
    )


@pytest.mark.parametrize(
    "write",
    [
        lambda d: json.dumps(d),
        lambda d: json.dumps(d, separators=(",", ":")),
        lambda d: json.dumps(d, indent="\t", sort_keys=True),
        lambda d: json.dumps(d, separators=(" , ", " : ")),
        lambda d: " \r\n" + json.dumps({"$schema": "https://x.example/s:1", **d}) + "\n\n",
        lambda d: json.dumps({**d, "content": {"items": []}}),
    ],
    ids=["plain", "compact", "tabs-sorted", "spaced", "schema-and-space", "empty"],
)
def test_a_bundle_in_any_layout_is_read_item_by_item_and_alike(write: Any) -> None:
    text = write(a_bundle())
    assert streamed(text)
    fast, slow = both_ways(text)
    assert fast is not None
    assert fast == (slow.kind, slow.content, slow.schema_uri)


def test_a_bundle_of_every_example_is_read_alike_after_mutations() -> None:
    rng = random.Random("bundle")
    for mutated in mutations(a_bundle(), rng):
        assert_agree(json.dumps(mutated, ensure_ascii=False, indent=2))


@pytest.mark.parametrize(
    "text",
    [
        '{"content": {"items": [], "items": []}, "kind": "bundle", "schema_version": "V"}',
        '{"content": {"items": []}, "kind": "bundle", "kind": "bundle", "schema_version": "V"}',
        '{"content": {"items": [{"type": "fund_pot", "name": "a", "name": "a"}]}, "kind": "bundle",'
        ' "schema_version": "V"}',
    ],
    ids=["in-the-content", "in-the-envelope", "in-an-item"],
)
def test_a_repeated_key_in_a_bundle_is_still_an_error(text: str) -> None:
    assert_repeated_key_refused(text.replace('"V"', json.dumps(SCHEMA_VERSION)))


@pytest.mark.parametrize(
    "content",
    [
        '{"items": [{"type": "nonsense"},]}',
        '{"items": [}',
        '{"items": [] ]}',
        '{"items": {}}',
        '{"items": [], "other": 1}',
        '{"\\u0069tems": []}',
        '{"items": [1 2]}',
        '{"items" []}',
        '{"items": [ITEM ITEM]}',
        '{"items": ["2326"]}',
    ],
)
def test_a_bundle_the_scanner_is_not_sure_of_is_decided_by_the_detailed_path(
    content: str,
) -> None:
    version = json.dumps(SCHEMA_VERSION)
    content = content.replace("ITEM", json.dumps(a_bundle()["content"]["items"][0]))
    text = f'{{"content": {content}, "kind": "bundle", "schema_version": {version}}}'
    assert not streamed(text)
    assert_agree(text)
    try:
        expected: Any = from_data(parse_json(text, None))
    except DocumentError as error:
        expected = type(error)
    if expected is DocumentError:
        with pytest.raises(DocumentError):
            loads(text)
    else:
        assert loads(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"content": {"items": []}, "kind": "bundle", "schema_version": "V"} x',
        '{"content": {"items": []}, "kind": "bundle", "schema_version": "V"',
        '{"content": {"items": []} "kind": "bundle", "schema_version": "V"}',
        '{"content": {"items": []}, kind: "bundle", "schema_version": "V"}',
        '{"content" {"items": []}, "kind": "bundle", "schema_version": "V"}',
        '["content"]',
        "{}",
        "",
    ],
)
def test_text_that_is_no_json_object_is_refused_as_before(text: str) -> None:
    text = text.replace('"V"', json.dumps(SCHEMA_VERSION))
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    with pytest.raises(DocumentError):
        loads(text)


def test_a_content_of_items_of_another_kind_is_read_as_that_kind() -> None:
    version = json.dumps(SCHEMA_VERSION)
    text = f'{{"content": {{"items": []}}, "kind": "fund_pot", "schema_version": {version}}}'
    assert streamed(text)
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    with pytest.raises(DocumentError):
        loads(text)


def test_items_the_generator_cannot_read_send_the_bundle_to_the_detailed_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = json.dumps(a_bundle())
    monkeypatch.setattr(fastload_codegen.GENERATOR, "item_function", lambda t: None)
    assert fastload.read_json(text, KINDS, SCHEMA_VERSION) is None
    assert loads(text).content == from_data(parse_json(text, None)).content
