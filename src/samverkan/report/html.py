"""A report as a standalone HTML document: UTF-8, a little embedded CSS, nothing external.

Every text is escaped with :func:`html.escape`, so a document's names never become markup.

>>> from samverkan.report.document import Heading, Paragraph
>>> page = html_document([Heading(1, "Översikt <&>"), Paragraph(("a",))], "sv")
>>> page.startswith("<!DOCTYPE html>"), "<title>Översikt &lt;&amp;&gt;</title>" in page
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from samverkan.report.document import Block, Fields, Heading, Inline, Link, Paragraph, Table

__all__ = ["html_document"]

STYLE = """\
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem;
  border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 0.2rem 0.6rem; }
td:not(:first-child) { text-align: right; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _inline(parts: Inline) -> str:
    written = []
    for part in parts:
        if isinstance(part, Link):
            written.append(f'<a href="{escape(part.url)}">{escape(part.text)}</a>')
        else:
            written.append(escape(part))
    return "".join(written)


def _cells(tag: str, cells: Sequence[str]) -> str:
    return "<tr>" + "".join(f"<{tag}>{escape(cell)}</{tag}>" for cell in cells) + "</tr>"


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_inline(block.text)}</p>"
    if isinstance(block, Fields):
        rows = (f"<dt>{escape(label)}</dt><dd>{_inline(value)}</dd>" for label, value in block.rows)
        return "<dl>\n" + "\n".join(rows) + "\n</dl>"
    if isinstance(block, Table):
        head = f"<thead>{_cells('th', block.header)}</thead>"
        body = "\n".join(_cells("td", row) for row in block.rows)
        return f"<table>\n{head}\n<tbody>\n{body}\n</tbody>\n</table>"
    items = "\n".join(f"<li>{_inline(item)}</li>" for item in block.items)
    return f"<ul>\n{items}\n</ul>"


def html_document(blocks: Sequence[Block], locale: str) -> str:
    """The blocks as a complete HTML document in language ``locale``; its title is the first
    heading's text."""
    title = next((b.text for b in blocks if isinstance(b, Heading)), "samverkan")
    body = "\n".join(_block(block) for block in blocks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(locale)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
