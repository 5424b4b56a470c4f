"""The decorator of samverkan's frozen attrs classes: :func:`attrs.frozen`, with a shared
``__repr__``.

attrs writes and compiles the source of a ``__repr__`` for every class it makes, some
0.2 ms each; samverkan has about a hundred such classes, all made when it is imported.
:func:`frozen` makes the same classes with one ``__repr__`` function made per class from a
closure instead: it reads exactly as attrs' own (``Task(area='x', for_parties=())``; fields
with ``repr=False`` left out, a callable ``repr`` applied, ``...`` for an object already
being shown). Everything else is attrs' :func:`attrs.frozen`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from attrs import NOTHING

__all__ = ["frozen"]

_T = TypeVar("_T", bound=type)

#: The objects being shown, by thread: a ``__repr__`` that meets one again writes ``...``.
_showing = threading.local()


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


if TYPE_CHECKING:  # attrs' own, which mypy's attrs plugin knows
    from attrs import frozen
else:

    def frozen(maybe_cls: _T | None = None, **options: Any) -> _T | Callable[[_T], _T]:
        """:func:`attrs.frozen` with the options given; the class's ``__repr__`` is
        :func:`shared_repr` unless the class writes its own or ``repr`` is given."""

        def wrap(cls: _T) -> _T:
            if "repr" in options or "__repr__" in cls.__dict__:
                made: _T = attrs.frozen(cls, **options)
                return made
            made = attrs.frozen(cls, repr=False, **options)
            made.__repr__ = shared_repr(made)
            return made

        return wrap if maybe_cls is None else wrap(maybe_cls)
