"""Where each key, table and array element of a TOML document stands in its text.

:mod:`tomllib` gives values without their positions, so this small locator reads the text
again for its structure only: table headers (``[content]``), arrays of tables
(``[[content.seats]]``, numbered in order, also nested under the last element of an
enclosing array of tables), dotted keys (``charter.notice = 12``), inline tables and arrays
(``seats = [{party = "2326"}]``, also over several lines), strings of every kind and
comments. A path gets the offset of its key (or table header, or array element).

It is a locator, not a parser: it expects TOML that :mod:`tomllib` has read. When the text
is not what it expects, it stops and keeps what it found so far, so a path is then placed at
the nearest enclosing table or key found before that point (see
:meth:`~samverkan.io.positions.Positions.of`), which may be less precise than the value
itself, never a wrong line of a later part of the document.

>>> text = '[content]\\nname = "X"\\n\\n[[content.seats]]\\nparty = "2326"\\n'
>>> offsets = toml_offsets(text)
>>> text[offsets["$.content.seats[0].party"]:][:5]
'party'
"""

from __future__ import annotations

import contextlib
import re

from samverkan.io.problems import key_path

__all__ = ["toml_offsets"]

_SPACE = re.compile(r"[ \t]*")
#: Blanks, line breaks and comments between statements and inside arrays.
_GAP = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_STRINGS = (
    re.compile(r'"""(?:[^\\]|\\.)*?""""{0,2}', re.DOTALL),
    re.compile(r"'''.*?''''{0,2}", re.DOTALL),
    re.compile(r'"(?:[^"\\\n]|\\.)*"'),
    re.compile(r"'[^'\n]*'"),
)
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?"
    r"(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?"
)
_SCALAR = re.compile(r"[^,\]}\s#]+")


class _Lost(Exception):
    """The text is not what the locator expected."""


def toml_offsets(text: str) -> dict[str, int]:
    """The offset in ``text`` of every key, table and array element, by its ``$.path``."""
    locator = _Locator(text)
    # ValueError: a quoted key that tomllib refuses
    with contextlib.suppress(_Lost, IndexError, ValueError, RecursionError):
        locator.document()
    return locator.offsets


class _Locator:
    def __init__(self, text: str) -> None:
        self.text = text
        self.offsets: dict[str, int] = {"$": 0}
        #: The number of elements of each array of tables so far, by its path.
        self.counts: dict[str, int] = {}

    def match(self, pattern: re.Pattern[str], at: int) -> int:
        found = pattern.match(self.text, at)
        if found is None:
            raise _Lost
        return found.end()

    def expect(self, what: str, at: int) -> int:
        at = self.match(_SPACE, at)
        if not self.text.startswith(what, at):
            raise _Lost
        return at + len(what)

    def document(self) -> None:
        table = "$"
        at = self.match(_GAP, 0)
        while at < len(self.text):
            start = at
            if self.text.startswith("[[", at):
                parts, at = self.key(at + 2)
                table = self.array_element(parts, start)
                at = self.expect("]]", at)
            elif self.text.startswith("[", at):
                parts, at = self.key(at + 1)
                table = self.within("$", parts, start)
                at = self.expect("]", at)
            else:
                at = self.key_value(table, at)
            at = self.match(_GAP, at)

    def within(self, path: str, parts: list[str], at: int) -> str:
        """The path of ``parts`` under ``path``, through the last element of each array of
        tables on the way; every path on the way is placed at ``at`` unless already placed."""
        for part in parts:
            path = key_path(path, part)
            if path in self.counts:
                path = f"{path}[{self.counts[path] - 1}]"
            self.offsets.setdefault(path, at)
        return path

    def array_element(self, parts: list[str], at: int) -> str:
        """A new element of the array of tables ``[[parts]]``, placed at ``at``."""
        array = key_path(self.within("$", parts[:-1], at), parts[-1])
        self.offsets.setdefault(array, at)
        index = self.counts.get(array, 0)
        self.counts[array] = index + 1
        element = f"{array}[{index}]"
        self.offsets[element] = at
        return element

    def key(self, at: int) -> tuple[list[str], int]:
        """A (dotted) key and the offset after it."""
        parts: list[str] = []
        while True:
            at = self.match(_SPACE, at)
            if self.text[at] in "\"'":
                end = self.match(_STRINGS[2] if self.text[at] == '"' else _STRINGS[3], at)
                import tomllib  # at the first TOML read, not with samverkan

                parts.append(tomllib.loads(f"k = {self.text[at:end]}")["k"])
            else:
                end = self.match(_BARE, at)
                parts.append(self.text[at:end])
            at = self.match(_SPACE, end)
            if not self.text.startswith(".", at):
                return parts, at
            at += 1

    def key_value(self, table: str, at: int) -> int:
        """``key = value`` under ``table``; the key's path is placed at the key."""
        start = self.match(_SPACE, at)
        parts, at = self.key(start)
        path = self.within(table, parts[:-1], start)
        path = key_path(path, parts[-1])
        self.offsets[path] = start
        at = self.expect("=", at)
        return self.value(self.match(_SPACE, at), path)

    def value(self, at: int, path: str) -> int:
        """Skip the value at ``at``, placing the elements and keys of arrays and inline
        tables in it; the offset after it."""
        text = self.text
        if text[at] == "[":
            return self.array(at + 1, path)
        if text[at] == "{":
            return self.inline_table(at + 1, path)
        for pattern in _STRINGS:
            found = pattern.match(text, at)
            if found is not None:
                return found.end()
        found = _DATETIME.match(text, at)
        if found is not None and found.end() > at:
            return found.end()
        return self.match(_SCALAR, at)

    def array(self, at: int, path: str) -> int:
        index = 0
        at = self.match(_GAP, at)
        while self.text[at] != "]":
            element = f"{path}[{index}]"
            self.offsets[element] = at
            at = self.match(_GAP, self.value(at, element))
            if self.text[at] == ",":
                at = self.match(_GAP, at + 1)
            elif self.text[at] != "]":
                raise _Lost
            index += 1
        return at + 1

    def inline_table(self, at: int, path: str) -> int:
        at = self.match(_SPACE, at)
        while self.text[at] != "}":
            at = self.key_value(path, at)
            at = self.match(_SPACE, at)
            if self.text[at] == ",":
                at += 1
            elif self.text[at] != "}":
                raise _Lost
            at = self.match(_SPACE, at)
        return at + 1
