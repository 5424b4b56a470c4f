"""Where a ``$.path`` stands in the text of a document: its line and column.

A problem or a finding names its place by a path (``$.content.seats[2].party``);
:class:`Positions` finds that place in the document's text, so messages can say
``avtal.json:14:18`` as compilers do. The map is built only when a position is first asked
for, so reading a document that has no problem costs nothing more.

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
import json.decoder
import re
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


class _Lost(Exception):
    """The text is not what the scanner expected: it keeps what it found so far."""


def json_offsets(text: str) -> dict[str, int]:
    """The offset in ``text`` of every value of a JSON document, by its ``$.path``.

    ``text`` should be JSON that parses; where it does not, the offsets found before the
    problem are returned.
    """
    offsets: dict[str, int] = {}
    with contextlib.suppress(_Lost, IndexError, ValueError, RecursionError):
        _json_value(text, 0, "$", offsets)
    return offsets


def _blank(text: str, at: int) -> int:
    found = _BLANK.match(text, at)
    assert found is not None  # the pattern matches the empty text
    return found.end()


def _json_value(text: str, at: int, path: str, offsets: dict[str, int]) -> int:
    """Record the value at ``at`` (and every value in it); return the offset after it."""
    at = _blank(text, at)
    offsets[path] = at
    opening = text[at]
    if opening == '"':
        end: int = _scan_string(text, at + 1)[1]
        return end
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
            at = _json_value(text, at + 1, key_path(path, key), offsets)
        else:
            at = _json_value(text, at, f"{path}[{index}]", offsets)
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
        self._offsets: dict[str, int] | None = None
        self._lines: list[int] | None = None

    @property
    def offsets(self) -> dict[str, int]:
        """The offset of every path found in the text (built on first use)."""
        if self._offsets is None:
            if self.format == "json":
                self._offsets = json_offsets(self.text)
            else:
                from samverkan.io.toml_positions import toml_offsets

                self._offsets = toml_offsets(self.text)
        return self._offsets

    def of(self, path: str) -> Position | None:
        """The line and column of ``path``, or of the nearest enclosing path in the text;
        ``None`` when not even the document's top is found."""
        offsets = self.offsets
        if path in offsets:
            return self.line_and_column(offsets[path])
        for cut in reversed([found.start() for found in _CUT.finditer(path)]):
            if path[:cut] in offsets:
                return self.line_and_column(offsets[path[:cut]])
        return None

    def line_and_column(self, offset: int) -> Position:
        """The line and column of a character offset in the text."""
        if self._lines is None:
            self._lines = [found.end() for found in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._lines, offset)
        start = self._lines[line - 1] if line else 0
        return line + 1, offset - start + 1
