"""A report in Markdown: CommonMark with GitHub's pipe tables.

Every text is escaped, so a name such as ``A <b> & [c]`` reads as written and never becomes
markup, a link, an entity or a table cell boundary.

>>> from samverkan.report.document import Fields, Heading, Link, Table
>>> print(markdown([Heading(2, "GNU <&>"), Fields((("Slag", ("a ", Link("KL", "https://x"))),)),
...                 Table(("Part", "Ledamöter"), (("A|B", "1"),))]), end="")
## GNU \\<\\&\\>
<BLANKLINE>
- **Slag:** a [KL](https://x)
<BLANKLINE>
| Part | Ledamöter |
| --- | --- |
| A\\|B | 1 |
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samverkan.report.document import Block, Fields, Heading, Inline, Link, Paragraph, Table

__all__ = ["escape", "markdown"]

#: The characters that could start markup inside a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&!~])")
#: What could start a list or a setext heading at the start of a block.
_BULLET = re.compile(r"^[-+=]")
_ENCODED = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "\\": "%5C"}
#: Line breaks and tabs, not the no-break space of ``50 %``.
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_NUMBERED = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """``text`` as literal Markdown text on one line."""
    flat = _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text))
    return _NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\\\g<0>", flat))


def _destination(url: str) -> str:
    """``url`` as a link destination: what would end or break one percent-encoded."""
    return "".join(_ENCODED.get(char, char) for char in url)


def _inline(parts: Inline) -> str:
    written = []
    for part in parts:
        if isinstance(part, Link):
            written.append(f"[{escape(part.text)}]({_destination(part.url)})")
        else:
            written.append(escape(part))
    return "".join(written)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(escape(cell) for cell in cells) + " |"


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {escape(block.text)}"
    if isinstance(block, Paragraph):
        return _inline(block.text)
    if isinstance(block, Fields):
        return "\n".join(f"- **{escape(label)}:** {_inline(value)}" for label, value in block.rows)
    if isinstance(block, Table):
        rule = "| " + " | ".join("---" for _ in block.header) + " |"
        return "\n".join([_row(block.header), rule, *(_row(row) for row in block.rows)])
    return "\n".join(f"- {_inline(item)}" for item in block.items)


def markdown(blocks: Sequence[Block]) -> str:
    """The blocks as a Markdown document, a blank line between blocks."""
    return "\n\n".join(_block(block) for block in blocks) + "\n"
