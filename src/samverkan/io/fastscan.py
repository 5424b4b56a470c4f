"""Parsing a document's envelope so that a large list document never exists twice in memory.

``json.loads`` builds the whole tree of dicts and lists before anything reads it, so a
register of many items is held twice at the peak of a load: once as the parsed JSON, once
as the models built from it. :func:`scan_envelope` parses the envelope object itself and
every value in it with the very scanner ``json.loads`` uses, so it reads the same text the
same way, except for one shape: a content that opens as ``{"items": [`` is read as the
content of the one kind of document whose class holds nothing but a tuple of items (a
bundle), item by item, each item structured by the fast path as soon as it is parsed and
its JSON dropped. The kind is confirmed only once the envelope has been read: a document of
another kind, or anything the scanner is not sure of, raises, and the caller reads the
document the other way.
"""

from __future__ import annotations

import json
import json.scanner
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, get_args, get_origin

import attrs

__all__ = ["ListContent", "Listed", "list_kind", "scan_envelope"]

_scan = json.scanner.make_scanner(  # the scanner json.loads uses; typeshed names it oddly
    json.JSONDecoder(parse_float=Decimal, parse_constant=Decimal)  # type: ignore[arg-type]
)
#: JSON's white space, as ``json.decoder`` skips it.
_space = re.compile(r"[ \t\n\r]*").match


class _NotSure(Exception):
    """The text is not of the shape this module reads: the caller reads it otherwise."""


@attrs.frozen
class ListContent:
    """A content read item by item: the model built, and the class it was built as."""

    cls: type
    model: Any


def list_kind(kinds: Mapping[str, type]) -> tuple[type, str, Any] | None:
    """The one class among ``kinds`` that holds nothing but a tuple of items, with the name
    of that field and the type of an item; ``None`` when there is no such class, or more
    than one."""
    found = []
    for cl in kinds.values():
        if not attrs.has(cl) or len(attrs.fields(cl)) != 1:
            continue
        fields = attrs.fields(attrs.resolve_types(cl))
        if get_origin(fields[0].type) is tuple:
            found.append((cl, fields[0].name, get_args(fields[0].type)[0]))
    return found[0] if len(found) == 1 else None


def _skip(text: str, at: int) -> int:
    """The position of the first character from ``at`` that is not white space."""
    return _space(text, at).end()  # type: ignore[union-attr]  # matches the empty text too


def _first(text: str, at: int, close: str) -> tuple[int, bool]:
    """Just inside an object or a list: where its first member starts, or the position after
    ``close`` when it is empty; and whether it is."""
    at = _skip(text, at)
    return (at + 1, True) if text[at] == close else (at, False)


def _next(text: str, at: int, close: str) -> tuple[int, bool]:
    """After a member: where the next one starts, or the position after ``close``; and
    whether the object or list closed there."""
    at = _skip(text, at)
    if text[at] == ",":
        return _skip(text, at + 1), False
    if text[at] == close:
        return at + 1, True
    raise _NotSure


def _key(text: str, at: int) -> tuple[str, int]:
    """The object key at ``at`` and the position after its colon and any space."""
    if text[at] != '"':
        raise _NotSure
    key, at = _scan(text, at)
    at = _skip(text, at)
    if text[at] != ":":
        raise _NotSure
    return key, _skip(text, at + 1)


def _opens_list(text: str, at: int, field: str) -> int | None:
    """Where the items start when the value at ``at`` opens as ``{"<field>": [``."""
    if text[at] != "{":
        return None
    at = _skip(text, at + 1)
    quoted = f'"{field}"'
    if not text.startswith(quoted, at):
        return None
    at = _skip(text, at + len(quoted))
    if text[at] != ":":
        return None
    at = _skip(text, at + 1)
    return at + 1 if text[at] == "[" else None


def _read_items(text: str, at: int, item: Callable[[Any], Any]) -> tuple[list[Any], int]:
    """The items from ``at`` (just after the ``[``) to the ``]``, each made by ``item`` as
    soon as it is parsed, and the position after the ``}`` that closes their object."""
    models: list[Any] = []
    at, closed = _first(text, at, "]")
    while not closed:
        value, at = _scan(text, at)
        models.append(item(value))
        at, closed = _next(text, at, "]")
    at = _skip(text, at)
    if text[at] != "}":  # the class has no other field: another key is for the other path
        raise _NotSure
    return models, at + 1


#: A class that holds only a tuple of items, the name of that field, and what gives the
#: function that structures one item (asked only when a content opens as such a list).
Listed = tuple[type, str, Callable[[], Callable[[Any], Any]]]


def scan_envelope(text: str, listed: Listed | None) -> dict[str, Any]:
    """The envelope object of the JSON ``text``, as ``json.loads`` would give it.

    With ``listed``, a content that opens as ``{"<field>": [`` is built item by item and
    given as a :class:`ListContent`. Raises on text that is not a JSON object, on a repeated
    key of the envelope, and on any shape it is not sure of.
    """
    try:
        at = _skip(text, 0)
        if text[at] != "{":
            raise _NotSure
        envelope: dict[str, Any] = {}
        at, closed = _first(text, at + 1, "}")
        while not closed:
            key, at = _key(text, at)
            if key in envelope:
                raise _NotSure
            items_at = None
            if key == "content" and listed is not None:
                items_at = _opens_list(text, at, listed[1])
            if items_at is None:
                envelope[key], at = _scan(text, at)
            else:
                cl, _, item = listed  # type: ignore[misc]
                models, at = _read_items(text, items_at, item())
                envelope[key] = ListContent(cl, cl(tuple(models)))
            at, closed = _next(text, at, "}")
        if _skip(text, at) != len(text):
            raise _NotSure
    except (IndexError, StopIteration) as error:
        raise _NotSure from error
    return envelope
