"""A fast way to structure a document's content, with the detailed converter as its safety net.

The converter of :mod:`samverkan.io.converter` finds every problem in a document and says
where it is; to do that it dispatches on the type of every value it reads. Most documents
have no problem, so :func:`structure` first tries straight-line code generated once per
attrs class from its fields: a test of each value's exact type, a table look-up for enums and
parties, the same conversions for dates, amounts and citations, and the class's own
``__init__`` with its validators. At the first value it is not sure of, of any kind and for
any reason, it gives up and the detailed converter reads the content again from the start,
so a document with a problem gets today's complete error report, and nothing is accepted
that the detailed converter refuses.

The code follows the fields of the classes, so a field added to a model is read the fast way
without any change here; a field of a type this module does not know (or a class that its
``__init__`` could not be called for by position) makes its class always take the detailed
path.

:func:`paused_gc` keeps the garbage collector off while a document is read: the models are a
tree, so the collector has nothing to find, and it would otherwise run hundreds of times
over the new objects.

>>> from samverkan.io.converter import make_converter
>>> from samverkan.model import Task
>>> task = structure({"area": "sol.social-services", "for_parties": ["23"]}, Task, make_converter())
>>> task.for_parties
(Region(code='23', name='Region Jämtland Härjedalen', orgnr=None, kind='region'),)
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

import attrs
import cattrs

from samverkan.io.fastload_codegen import GENERATOR, MISSING, structurer
from samverkan.io.fastscan import ListContent, Listed, list_kind, scan_envelope
from samverkan.io.formats import parse_json
from samverkan.io.problems import reading_limits

__all__ = ["Verifier", "paused_gc", "structure", "structurer", "verifying"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def _gc_off() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def paused_gc(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` with the garbage collector off while it runs, and back as it was after,
    whether it returns or raises."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _gc_off():
            return function(*args, **kwargs)

    return paused


@attrs.define
class Verifier:
    """Compares the fast path with the detailed one on every read (see :func:`verifying`)."""

    #: Longer texts (or contents of more than a twentieth as many keys) are read by the
    #: fast path alone: the tests of huge documents run against a clock.
    max_chars: int = 1_000_000
    compared: int = 0
    mismatches: list[str] = attrs.Factory(list)


_verifier: Verifier | None = None


@contextmanager
def verifying() -> Iterator[Verifier]:
    """Within the block, :func:`structure` also runs the detailed path on every content and
    records in the :class:`Verifier` any content that the two paths read differently: one
    accepting what the other refuses, or two models that are not equal."""
    global _verifier
    previous, _verifier = _verifier, Verifier()
    try:
        yield _verifier
    finally:
        _verifier = previous


_ENVELOPE = frozenset(("schema_version", "kind", "content"))
#: The envelope with the editors' schema address (``"$schema"``), kept as written.
_ENVELOPE_WITH_SCHEMA = _ENVELOPE | {"$schema"}


_reading = threading.Lock()


def read_json(
    text: str, kinds: Mapping[str, type], version: str
) -> tuple[str, Any, str | None] | None:
    """The kind, content and ``"$schema"`` address of the JSON document ``text`` when it is
    of schema ``version`` and the fast path is sure of all of it; else ``None``, and the
    detailed path reads it.

    The text is parsed without a hook per object, so a repeated key would go unseen by the
    parser. Instead the generated code counts the keys of every object it reads and the
    colons in every string it keeps, and the document is taken only when that count equals
    the number of colons in the text. Each key in the text is followed by one colon, so a
    key given twice (kept once) makes the count fall short (the strings of the value it lost
    can only make it shorter), and the detailed path, which finds repeated keys itself,
    reads the document. A bundle's items are structured one at a time as they are parsed
    (:mod:`samverkan.io.fastscan`), so that the JSON of the whole bundle never exists at once.
    One document at a time takes this path; a second thread reading at the same time takes
    the detailed one.
    """
    if not _reading.acquire(blocking=False):
        return None
    try:
        return _read_json(text, kinds, version)
    finally:
        _reading.release()


def _read_json(
    text: str, kinds: Mapping[str, type], version: str
) -> tuple[str, Any, str | None] | None:
    kind = ""
    schema_uri: str | None = None
    try:
        keys = GENERATOR.namespace["_keys"]
        keys[0] = 0
        data = scan_envelope(text, _listed(kinds))
        colons = len(_ENVELOPE)
        if data.keys() == _ENVELOPE_WITH_SCHEMA and type(data["$schema"]) is str:
            schema_uri = data["$schema"]
            colons += 1 + schema_uri.count(":")
        elif data.keys() != _ENVELOPE:
            return None
        kind = data["kind"]
        if data["schema_version"] != version or type(kind) is not str or kind not in kinds:
            return None
        content = data["content"]
        if type(content) is ListContent:
            if content.cls is not kinds[kind]:  # read as another kind: the other path decides
                return None
            content = content.model
            keys[0] += 1  # the key of the list
        else:
            function = structurer(kinds[kind])
            if function is None:
                return None
            content = function(content)
        if keys[0] + colons != text.count(":"):
            return None
    except Exception:  # any doubt at all: the detailed path reads and reports
        content = MISSING
    if _verifier is not None and len(text) <= _verifier.max_chars:
        found = kind if content is not MISSING else ""
        _compare_document(_verifier, text, found, content, schema_uri)
    return None if content is MISSING else (kind, content, schema_uri)


#: For the kinds last read, the class read item by item and its field (see
#: :mod:`samverkan.io.fastscan`).
_listed_for: tuple[object, Listed | None] = (None, None)


def _listed(kinds: Mapping[str, type]) -> Listed | None:
    global _listed_for
    known, listed = _listed_for
    if known is not kinds:
        found = list_kind(kinds)
        listed = None if found is None else (found[0], found[1], _item_reader(found[2]))
        _listed_for = (kinds, listed)
    return listed


def _item_reader(item_type: Any) -> Callable[[], Callable[[Any], Any]]:
    """What gives the structuring function of one item of ``item_type``, generated at the
    first list read (it covers every class an item may be)."""

    def item() -> Callable[[Any], Any]:
        function = GENERATOR.item_function(item_type)
        if function is None:
            raise TypeError(f"{item_type} is read by the detailed path")
        return function

    return item


def _compare_document(
    verifier: Verifier, text: str, kind: str, content: Any, schema_uri: str | None
) -> None:
    from samverkan.io import documents

    verifier.compared += 1
    try:
        slow = documents.from_data(parse_json(text, None))
    except Exception:
        if content is not MISSING:
            verifier.mismatches.append(
                f"fast path accepted what the detailed one refuses: {text:.300}"
            )
        return
    fast = (kind, content, schema_uri)
    if content is not MISSING and (slow.kind, slow.content, slow.schema_uri) != fast:
        verifier.mismatches.append(f"the paths read different documents: {text:.300}")


def structure(data: Any, cl: type, converter: cattrs.Converter) -> Any:
    """``data`` as an instance of ``cl``: the fast path when it is sure, else ``converter``.

    Like :func:`read_json`, one thread at a time takes the fast path (the generated code
    shares its counts); another thread meanwhile takes the detailed one.
    """
    fast: Any = MISSING
    keys = GENERATOR.namespace["_keys"]
    before = keys[0]
    if _reading.acquire(blocking=False):
        try:
            function = structurer(cl)
            if function is not None:
                fast = function(data)
        except Exception:  # any doubt at all: the detailed path reads and reports
            fast = MISSING
        finally:
            _reading.release()
    if _verifier is not None and keys[0] - before <= _verifier.max_chars // 20:
        _compare(_verifier, data, cl, converter, fast)
    if fast is not MISSING:
        return fast
    return converter.structure(data, cl)


def _compare(
    verifier: Verifier, data: Any, cl: type, converter: cattrs.Converter, fast: Any
) -> None:
    verifier.compared += 1
    try:
        with reading_limits():  # budgets of its own: the real read below keeps all of its
            slow: Any = converter.structure(data, cl)
    except Exception:
        if fast is not MISSING:
            verifier.mismatches.append(
                f"fast path accepted what the detailed one refuses: {data!r:.300}"
            )
        return
    if fast is not MISSING and fast != slow:
        verifier.mismatches.append(f"the paths read different models: {data!r:.300}")
