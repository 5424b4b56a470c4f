"""The parts of a written report, independent of its format.

A report is a sequence of blocks: headings, paragraphs, fields (label and value), tables and
lists. Text is plain; a :class:`Link` is a text with an address. :mod:`samverkan.report.markdown`
and :mod:`samverkan.report.html` write the same blocks in their formats, each escaping the text
as its format needs, so no text a document holds can become markup.
"""

from __future__ import annotations

from typing import TypeAlias

from samverkan._frozen import frozen

__all__ = ["Block", "Fields", "Heading", "Inline", "Items", "Link", "Paragraph", "Table"]


@frozen
class Link:
    """``text`` linking to ``url``."""

    text: str
    url: str


#: A run of text: plain strings and links.
Inline: TypeAlias = tuple[str | Link, ...]


@frozen
class Heading:
    """A heading of ``level`` 1 (the title) to 3."""

    level: int
    text: str


@frozen
class Paragraph:
    """A paragraph of text."""

    text: Inline


@frozen
class Fields:
    """Labelled values, one a line: ``Parter: …``."""

    rows: tuple[tuple[str, Inline], ...]


@frozen
class Table:
    """A table with a header row; every row has as many cells as the header."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@frozen
class Items:
    """A bulleted list."""

    items: tuple[Inline, ...]


#: One part of a report.
Block: TypeAlias = Heading | Paragraph | Fields | Table | Items
