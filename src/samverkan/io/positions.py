"""Where a ``$.path`` stands in the text of a document: its line and column.

A problem or a finding names its place by a path (``$.content.seats[2].party``);
:class:`Positions` finds that place in the document's text, so messages can say
``avtal.json:14:18`` as compilers do. Nothing is looked up until a position is asked for, so
reading a document costs nothing more. In JSON, :meth:`Positions.locate` walks only down the
paths asked for and skips every other value with the C scanner of :mod:`json`: placing the
2 000 findings of a 5 MB bundle takes a fraction of the time reading it takes.

For JSON the position is that of the value; for TOML that of the key, table header or array
element that holds it (see :mod:`samverkan.io.toml_positions`). A path that is not in the
text (a field left out, whose default a finding is about) gets the position of the nearest
enclosing value that is.

>>> text = '{\\n  "content": {\\n    "seats": [\\n      {"party": "2326"}\\n    ]\\n  }\\n}\\n'
>>> positions = Positions(text, "json")
>>> positions.of("$.content.seats[0].party"), positions.of("$.content.seats[0].term")
((4, 17), (4, 7))
"""

from __future__ import annotations

import bisect
import contextlib
import json
import json.decoder
import json.scanner
import re
from collections.abc import Collection, Iterable
from typing import Any, Literal

from samverkan.io.problems import key_path

__all__ = ["Position", "Positions", "json_offsets"]

#: A line and a column, both counted from 1; the column counts characters.
Position = tuple[int, int]

_BLANK = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?[0-9][0-9.eE+-]*|-?Infinity|true|false|null|NaN")
#: Where a path may be cut to name its enclosing value: before ``.key`` or ``[index]``.
_CUT = re.compile(r"[.\[]")


#: The C scanner of JSON strings: the text and the offset after the string.
_scan_string: Any = getattr(json.decoder, "scanstring")  # noqa: B009 - not in the stubs
#: The C scanner of JSON values, to skip a value: numbers are kept as text, so a number of
#: any length is skipped.
_skip_value: Any = getattr(json.scanner, "make_scanner")(  # noqa: B009 - typed as a class
    json.JSONDecoder(parse_float=str, parse_int=str, parse_constant=str)
)


class _Lost(Exception):
    """The text is not what the scanner expected: it keeps what it found so far."""


def json_offsets(text: str, paths: Collection[str] | None = None) -> dict[str, int]:
    """The offset in ``text`` of the values of a JSON document, by their ``$.path``: of every
    value, or only of ``paths`` and the values that enclose them.

    ``text`` should be JSON that parses; where it does not, the offsets found before the
    problem are returned.
    """
    offsets: dict[str, int] = {}
    wanted = None if paths is None else _Wanted(paths)
    with contextlib.suppress(_Lost, IndexError, ValueError, RecursionError, StopIteration):
        _json_value(text, 0, "$", offsets, wanted)
    return offsets


def enclosing(path: str) -> list[str]:
    """The paths that enclose ``path``, the nearest first.

    >>> enclosing("$.a[2].b")
    ['$.a[2]', '$.a', '$']
    """
    return [path[: found.start()] for found in reversed(list(_CUT.finditer(path)))]


class _Wanted:
    """The paths asked for, and the values to walk into to reach them."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.inside: set[str] = set()
        self.paths: set[str] = set()
        for path in paths:
            self.paths.add(path)
            self.inside.update(enclosing(path))


def _blank(text: str, at: int) -> int:
    found = _BLANK.match(text, at)
    assert found is not None  # the pattern matches the empty text
    return found.end()


def _json_value(
    text: str, at: int, path: str, offsets: dict[str, int], wanted: _Wanted | None
) -> int:
    """Record the value at ``at`` and the values in it (those ``wanted``); return the offset
    after it."""
    at = _blank(text, at)
    if wanted is not None and path not in wanted.inside:
        if path in wanted.paths:
            offsets[path] = at
        end: int = _skip_value(text, at)[1]
        return end
    offsets[path] = at
    opening = text[at]
    if opening == '"':
        after: int = _scan_string(text, at + 1)[1]
        return after
    if opening not in "{[":
        found = _SCALAR.match(text, at)
        if found is None:
            raise _Lost
        return found.end()
    closing = "}" if opening == "{" else "]"
    at = _blank(text, at + 1)
    index = 0
    while text[at] != closing:
        if opening == "{":
            key, at = _scan_string(text, at + 1)
            at = _blank(text, at)
            if text[at] != ":":
                raise _Lost
            at = _json_value(text, at + 1, key_path(path, key), offsets, wanted)
        else:
            at = _json_value(text, at, f"{path}[{index}]", offsets, wanted)
            index += 1
        at = _blank(text, at)
        if text[at] == ",":
            at = _blank(text, at + 1)
        elif text[at] != closing:
            raise _Lost
    return at + 1


class Positions:
    """The lines and columns of the paths of one document's text, found when first asked."""

    def __init__(self, text: str, format: Literal["json", "toml"]) -> None:
        self.text = text
        self.format = format
        self._found: dict[str, Position | None] = {}
        self._lines: list[int] | None = None
        self._toml: dict[str, int] | None = None

    def knows(self, path: str) -> bool:
        """Whether the position of ``path`` has been looked up already."""
        return path in self._found

    def locate(self, paths: Iterable[str]) -> None:
        """Look up the positions of ``paths`` at once (one walk through the text)."""
        new = [path for path in dict.fromkeys(paths) if path not in self._found]
        if not new:
            return
        if self.format == "json":
            offsets = json_offsets(self.text, new)
        else:
            if self._toml is None:  # the locator reads the whole text, once
                from samverkan.io.toml_positions import toml_offsets

                self._toml = toml_offsets(self.text)
            offsets = self._toml
        for path in new:
            where = next((offsets[p] for p in [path, *enclosing(path)] if p in offsets), None)
            self._found[path] = None if where is None else self.line_and_column(where)

    def of(self, path: str) -> Position | None:
        """The line and column of ``path``, or of the nearest enclosing path in the text;
        ``None`` when not even the document's top is found."""
        self.locate([path])
        return self._found[path]

    def line_and_column(self, offset: int) -> Position:
        """The line and column of a character offset in the text."""
        if self._lines is None:
            self._lines = [found.end() for found in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._lines, offset)
        start = self._lines[line - 1] if line else 0
        return line + 1, offset - start + 1
