"""Written overviews of a document's bodies, for a tjänsteskrivelse: Markdown or HTML.

:func:`overview_report` checks the document's models as of a date
(:func:`~samverkan.analysis.overview.overviews`) and writes, per body, its kind, parties, host
organisation, formation and history, tasks, seats and findings with links to lagen.nu. Labels
are Swedish unless another locale is asked for.
"""

from __future__ import annotations

from datetime import date

from samverkan.analysis.overview import overviews
from samverkan.report.content import report_blocks
from samverkan.report.html import html_document
from samverkan.report.markdown import markdown
from samverkan.rules import Severity

__all__ = ["FORMATS", "overview_report"]

#: The formats :func:`overview_report` writes.
FORMATS = ("md", "html")


def overview_report(
    file: str, content: object, as_of: date, locale: str, format: str = "md"
) -> tuple[str, bool]:
    """The overview of ``content`` (read from ``file``) as of ``as_of`` in ``format``, and
    whether any body has an error finding."""
    bodies = overviews(content, as_of)
    blocks = report_blocks(file, bodies, as_of, locale)
    text = html_document(blocks, locale) if format == "html" else markdown(blocks)
    return text, any(f.finding.severity is Severity.ERROR for b in bodies for f in b.findings)
