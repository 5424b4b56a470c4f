"""The decorator of samverkan's frozen attrs classes: :func:`attrs.frozen`, with the work
that importing samverkan does not need left to the first use.

attrs writes and compiles the source of an ``__init__``, ``__repr__``, ``__eq__`` and
``__hash__`` for every class it makes; samverkan has about a hundred such classes, all made
when it is imported, and most programs compare or show few of them. :func:`frozen` makes the
same classes, except that

* ``__repr__`` is one function made per class from a closure (:func:`shared_repr`): it reads
  exactly as attrs' own (``Task(area='x', for_parties=())``; fields with ``repr=False`` left
  out, a callable ``repr`` applied, ``...`` for an object already being shown);
* ``__eq__`` and ``__hash__`` are compiled at the first comparison or hash of an object of
  the class (:func:`lazy_comparison`), from the same source attrs writes, so that they run
  exactly as fast and give the same results.

A class that writes its own ``__repr__``, ``__eq__`` or ``__hash__``, or whose decorator is
given ``repr``, ``eq``, ``order``, ``hash``, ``unsafe_hash`` or ``cache_hash``, gets attrs'
methods for those as it would from :func:`attrs.frozen`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from attrs import NOTHING

__all__ = ["frozen", "lazy_comparison", "shared_repr"]

_T = TypeVar("_T", bound=type)

#: The objects being shown, by thread: a ``__repr__`` that meets one again writes ``...``.
_showing = threading.local()

#: Options that decide equality or hashing: a class given one gets attrs' own methods.
_COMPARISON_OPTIONS = frozenset({"eq", "order", "hash", "unsafe_hash", "cache_hash"})


def shared_repr(cls: type) -> Callable[[object], str]:
    """A ``__repr__`` for the attrs class ``cls`` that reads as the one attrs would write."""
    shown = tuple(
        (field.name, repr if field.repr is True else field.repr, field.init)
        for field in attrs.fields(cls)
        if field.repr is not False
    )

    def __repr__(self: object) -> str:
        try:
            showing: set[int] = _showing.ids
        except AttributeError:
            showing = _showing.ids = set()
        if id(self) in showing:
            return "..."
        showing.add(id(self))
        try:
            parts = ", ".join(
                f"{name}={show(getattr(self, name) if init else getattr(self, name, NOTHING))}"
                for name, show, init in shown
            )
            return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({parts})"
        finally:
            showing.discard(id(self))

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def comparison_source(cls: type) -> tuple[str, dict[str, Any]]:
    """The source of the ``__eq__`` and ``__hash__`` attrs writes for the frozen class
    ``cls``, and the names it refers to (the ``eq`` key functions of its fields)."""
    names: dict[str, Any] = {}

    def value(field: attrs.Attribute[Any], owner: str) -> str:
        key = getattr(field, "eq_key")  # noqa: B009 - not in attrs' stubs
        if key is None:
            return f"{owner}.{field.name}"
        names[f"_{field.name}_key"] = key
        return f"_{field.name}_key({owner}.{field.name})"

    fields = attrs.fields(cls)
    compared = [f"{value(f, 'self')} == {value(f, 'other')}" for f in fields if f.eq]
    hashed = [
        f"        {value(f, 'self')},\n"
        for f in fields
        if f.hash is True or (f.hash is None and f.eq is True)
    ]
    # attrs' seed of the class's hash, so that an object hashes as it would under attrs
    seed = hash(f"<attrs generated hash {cls.__module__}.{cls.__qualname__}>")
    equal = " and\n        ".join(compared) if compared else "True"
    source = (
        "def __eq__(self, other):\n"
        "    if other.__class__ is not self.__class__:\n"
        "        return NotImplemented\n"
        f"    return (\n        {equal}\n    )\n"
        "\n"
        "def __hash__(self):\n"
        f"    return hash((\n        {seed},\n{''.join(hashed)}    ))\n"
    )
    return source, names


def _compile_comparison(cls: type) -> None:
    source, names = comparison_source(cls)
    exec(compile(source, f"<samverkan comparison {cls.__qualname__}>", "exec"), names)
    for method in ("__eq__", "__hash__"):
        function = names[method]
        function.__module__ = cls.__module__
        function.__qualname__ = f"{cls.__qualname__}.{method}"
        setattr(cls, method, function)


def _ne(self: object, other: object) -> Any:
    """The negation of ``__eq__``, or ``NotImplemented`` (as attrs writes it)."""
    result = self.__eq__(other)
    if result is NotImplemented:
        return NotImplemented
    return not result


def lazy_comparison(cls: _T) -> _T:
    """Give the frozen attrs class ``cls`` (made with ``eq=False``) attrs' ``__eq__``,
    ``__ne__`` and ``__hash__``, the first two compiled at their first call."""
    owner: Any = cls  # its methods are replaced, so not the ones mypy knows

    def __eq__(self: object, other: object) -> Any:
        _compile_comparison(cls)
        return owner.__eq__(self, other)

    def __hash__(self: object) -> int:
        _compile_comparison(cls)
        return int(owner.__hash__(self))

    for function in (__eq__, __hash__):
        function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
    owner.__eq__, owner.__ne__, owner.__hash__ = __eq__, _ne, __hash__
    return cls


def _own(cls: type, *methods: str) -> bool:
    return any(method in cls.__dict__ for method in methods)


if TYPE_CHECKING:  # attrs' own, which mypy's attrs plugin knows
    from attrs import frozen
else:

    def frozen(maybe_cls: _T | None = None, **options: Any) -> _T | Callable[[_T], _T]:
        """:func:`attrs.frozen` with the options given; ``__repr__`` is :func:`shared_repr`
        and ``__eq__`` and ``__hash__`` are compiled at first use (:func:`lazy_comparison`),
        unless the class writes its own or the options decide them."""

        def wrap(cls: _T) -> _T:
            own_repr = "repr" in options or _own(cls, "__repr__")
            own_comparison = bool(_COMPARISON_OPTIONS & options.keys()) or _own(
                cls, "__eq__", "__ne__", "__hash__"
            )
            chosen = dict(options)
            if not own_repr:
                chosen["repr"] = False
            if not own_comparison:
                chosen["eq"] = False
            made: _T = attrs.frozen(cls, **chosen)
            if not own_repr:
                made.__repr__ = shared_repr(made)
            if not own_comparison:
                lazy_comparison(made)
            return made

        return wrap if maybe_cls is None else wrap(maybe_cls)
