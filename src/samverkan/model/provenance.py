"""Where the facts of a document come from (*källa*), and the organisation numbers that
identify the bodies it describes.

A register built from public sources must show, for each fact, the document it was read in.
Every kind of document carries ``sources``: a tuple of :class:`Source`, each naming a
document (its title, address and date) and, in ``fields``, the ``$.paths`` of the facts it
supports; a source without ``fields`` supports the whole document.

>>> from datetime import date
>>> source = Source(
...     "Förbundsordning för Samordningsförbundet",
...     url="https://example.org/forbundsordning.pdf",
...     published=date(2020, 1, 1),
...     fields=("$.members", "$.funding"),
... )
>>> source.supports("$.members[2]"), source.supports("$.board_seats")
(True, False)
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from samverkan._frozen import frozen
from samverkan.errors import InvalidFieldError
from samverkan.model.common import described

__all__ = ["Source", "organisation_number", "sources_for"]

_PATH = re.compile(r"^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*\Z")
_URL = re.compile(r"^https?://\S+\Z")


def organisation_number(_: Any, attribute: Any, value: str | None) -> None:
    """attrs validator: ``None`` or a valid Swedish organisation number (*organisationsnummer*),
    checked with python-stdnum (its check digit and form), written with or without the hyphen.
    """
    if value is None:
        return
    from stdnum.exceptions import ValidationError  # slow to import: at first use
    from stdnum.se import orgnr as stdnum_orgnr

    try:
        stdnum_orgnr.validate(value)
    except ValidationError as problem:
        raise InvalidFieldError(
            attribute.name, f"invalid organisation number {value!r}: {problem}"
        ) from None


def _fact_paths(_: Any, attribute: Any, value: tuple[str, ...]) -> None:
    for path in value:
        if not isinstance(path, str) or not _PATH.match(path):
            raise InvalidFieldError(
                attribute.name, f"{path!r} is not a path such as '$.members' or '$.seats[0]'"
            )


def _url(_: Any, attribute: Any, value: str | None) -> None:
    if value is not None and not _URL.match(value):
        raise InvalidFieldError(attribute.name, f"{value!r} is not an http or https address")


@frozen
class Source:
    """A public document a fact was read in (*källa*): a decision, a förbundsordning, an
    annual report, a register entry or a web page.
    """

    title: str = described("The document's title, as it names itself.")
    url: str | None = described(
        "Where the document can be read (an http or https address).",
        default=None,
        validator=_url,
    )
    published: date | None = described(
        "The document's own date (beslutsdatum, publication date).", default=None
    )
    accessed: date | None = described(
        "The day the document was read, for a web page that may change.", default=None
    )
    reference: str | None = described(
        "How the document is cited: a diarienummer, a paragraph of the minutes, a page.",
        default=None,
    )
    fields: tuple[str, ...] = described(
        "The $.paths of the facts the document supports, e.g. '$.members'; empty when it "
        "supports the whole document.",
        default=(),
        validator=_fact_paths,
    )

    def supports(self, path: str) -> bool:
        """Whether the source supports the fact at ``path`` (or a fact inside it)."""
        if not self.fields:
            return True
        return any(path == f or path.startswith((f + ".", f + "[")) for f in self.fields)


def sources_for(sources: tuple[Source, ...], path: str) -> tuple[Source, ...]:
    """The sources among ``sources`` that support the fact at ``path``."""
    return tuple(s for s in sources if s.supports(path))
