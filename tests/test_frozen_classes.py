"""samverkan's frozen classes show, compare and hash themselves exactly as attrs' would.

:func:`samverkan._frozen.frozen` gives every class one ``__repr__`` made from a closure
instead of the one attrs compiles, and compiles ``__eq__`` and ``__hash__`` at their first
use; these tests compare them with attrs' own on every object of every example, and on the
corner cases attrs handles (fields left out, a callable ``repr`` or ``eq`` key, an object met
again while it is shown).
"""

from __future__ import annotations

import copy
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import attrs
import pytest

import samverkan
from example_snapshots import DOCUMENTS, EXAMPLES_DIR
from samverkan._frozen import frozen, shared_repr
from samverkan.io import load
from samverkan.rules import check


def attrs_reference(cls: type) -> Any:
    """A class attrs itself makes with the fields of ``cls``, its name and module: its
    ``__repr__``, ``__eq__`` and ``__hash__`` are the ones attrs writes for ``cls``."""
    fields = {
        a.name: attrs.field(  # init=False: defaults may then come in any order
            init=False, repr=a.repr, eq=a.eq_key or a.eq, hash=a.hash
        )
        for a in attrs.fields(cls)
    }
    body = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, **fields}
    return attrs.frozen(type(cls.__name__, (), body), slots=False)


def attrs_repr(cls: type) -> Callable[[object], str]:
    """The ``__repr__`` attrs itself writes for the fields of ``cls``."""
    show: Callable[[object], str] = attrs_reference(cls).__repr__
    return show


def attrs_objects(value: object) -> Iterator[object]:
    """``value`` and every attrs object within it, depth first."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from attrs_objects(getattr(value, field.name, None))
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from attrs_objects(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from attrs_objects(item)


def example_objects() -> dict[type, list[object]]:
    """Every attrs object of every example document and of the findings of checking it."""
    found: dict[type, list[object]] = {}
    for example in DOCUMENTS:
        content = load(EXAMPLES_DIR / example.path).content
        findings = check(content, as_of=example.as_of)
        for obj in attrs_objects((content, tuple(findings))):
            found.setdefault(type(obj), []).append(obj)
    return found


FOUND = example_objects()


@pytest.mark.parametrize("cls", sorted(FOUND, key=lambda c: c.__qualname__), ids=str)
def test_repr_is_attrs_own(cls: type) -> None:
    reference = attrs_repr(cls)
    for obj in FOUND[cls][:200]:
        assert repr(obj) == reference(obj)


def outcome(function: Callable[[object], object], obj: object) -> object:
    """What ``function(obj)`` returns, or the type of what it raises (an object holding an
    unhashable value cannot be hashed)."""
    try:
        return function(obj)
    except TypeError as error:
        return type(error)


@pytest.mark.parametrize("cls", sorted(FOUND, key=lambda c: c.__qualname__), ids=str)
def test_equality_and_hash_are_attrs_own(cls: type) -> None:
    reference = attrs_reference(cls)
    objects = FOUND[cls][:50]
    for obj in objects:
        twin = copy.copy(obj)
        assert obj == twin
        assert (obj != twin) is False
        for other in (*objects[:10], twin, None, "x"):
            assert (obj == other) is (reference.__eq__(obj, other) is True)
            assert (obj != other) is not (obj == other)
        if cls.__hash__ is not None:
            assert outcome(hash, obj) == outcome(reference.__hash__, obj) == outcome(hash, twin)


def samverkan_classes() -> Iterator[type]:
    for module in pkgutil.walk_packages(samverkan.__path__, "samverkan."):
        if module.name in {"samverkan.__main__"}:
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.name:
                yield value


def test_the_examples_show_most_model_classes() -> None:
    models = [c for c in samverkan_classes() if c.__module__.startswith("samverkan.model.")]
    shown = [c for c in models if c in FOUND]
    assert len(shown) >= 0.6 * len(models), sorted(c.__name__ for c in models if c not in FOUND)


def test_every_frozen_class_has_the_shared_methods_or_its_own() -> None:
    for cls in samverkan_classes():
        for name in ("__repr__", "__eq__"):
            method = getattr(cls, name)
            if method is getattr(object, name):  # made with eq=False: compared by identity
                continue
            assert method.__qualname__ == f"{cls.__qualname__}.{name}", (cls, name)


@frozen
class _Shown:
    name: str
    secret: str = attrs.field(repr=False)
    upper: str = attrs.field(repr=str.upper, default="x")
    later: int = attrs.field(init=False, default=1)
    items: list[Any] = attrs.field(factory=list)


@frozen
class _Keyed:
    text: str = attrs.field(eq=str.casefold)
    count: int = attrs.field(default=0, eq=False)


@frozen
class _Empty:
    pass


@frozen
class _Unset:
    late: int = attrs.field(init=False)


def test_corner_cases_read_as_attrs_writes_them() -> None:
    shown = _Shown("a", "hidden", "y", items=[date(2019, 1, 1)])
    assert repr(shown) == "_Shown(name='a', upper=Y, later=1, items=[datetime.date(2019, 1, 1)])"
    assert repr(shown) == attrs_repr(_Shown)(shown)
    looped = _Shown("b", "c")
    looped.items.append(looped)
    assert repr(looped) == "_Shown(name='b', upper=X, later=1, items=[...])"
    assert repr(_Unset()) == "_Unset(late=NOTHING)" == attrs_repr(_Unset)(_Unset())


def test_equality_and_hash_follow_the_fields_as_attrs_does() -> None:
    reference = attrs_reference(_Keyed)
    first, second = _Keyed("Berg", 1), _Keyed("BERG", 2)
    assert first == second
    assert hash(first) == hash(second) == reference.__hash__(first)
    assert first != _Keyed("Bräcke")
    assert first != "Berg"
    assert _Empty() == _Empty()
    assert hash(_Empty()) == attrs_reference(_Empty).__hash__(_Empty())
    assert _Shown.__eq__(_Shown("a", "b"), "a") is NotImplemented


def test_a_class_with_its_own_repr_keeps_it() -> None:
    @frozen
    class Own:
        a: int

        def __repr__(self) -> str:
            return "own"

    @frozen(repr=False)
    class Bare:
        a: int

    @frozen
    class Compared:
        a: int

        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = object.__hash__

    assert Compared(1) == Compared(2)
    assert Compared.__ne__(Compared(1), Compared(1)) is False
    assert repr(Own(1)) == "own"
    assert repr(Bare(1)).startswith("<")
    assert shared_repr(Bare)(Bare(1)) == "Bare(a=1)"
