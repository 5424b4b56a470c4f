"""Reading the documents named on the command line and checking them.

:func:`read` turns one command-line argument (a file, or ``-`` for standard input) into a
document; :func:`check_document` runs the rules on it and places every finding in the file:
a finding's path is relative to the model, so ``$.parties[1]`` becomes
``$.content.parties[1]``, or ``$.content.items[2].parties[1]`` for an item of a bundle.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from attrs import frozen

from samverkan.errors import DocumentError, InputError
from samverkan.i18n import N_
from samverkan.io import Bundle, Document, Format, load, loads
from samverkan.io.documents import read_limited
from samverkan.io.messages import ReadingMessage
from samverkan.rules import BundleReport, Located, Outcome, check
from samverkan.rules.bundles import located

__all__ = ["STDIN_NAME", "CheckedDocument", "InputError", "check_document", "read"]

#: How standard input is named in reports and error messages.
STDIN_NAME = "<stdin>"


@frozen
class CheckedDocument:
    """The findings of one document, with their paths in the file, most serious first."""

    file: str
    report: BundleReport

    @property
    def findings(self) -> tuple[Located, ...]:
        """The findings, their paths under ``$.content``."""
        return self.report.findings

    @property
    def ok(self) -> bool:
        """``True`` when no finding is an error (what the exit status follows)."""
        return self.report.ok

    @property
    def outcome(self) -> Outcome:
        """The outcome over every subject in the document."""
        return self.report.outcome

    def count(self, attribute: str) -> int:
        """See :meth:`~samverkan.rules.bundles.BundleReport.count`."""
        return self.report.count(attribute)

    def rules(self, attribute: str) -> list[str]:
        """See :meth:`~samverkan.rules.bundles.BundleReport.rules`."""
        return self.report.rules(attribute)


def _stdin_format(data: str | bytes) -> Format:
    """JSON when the text starts with ``{`` (after a byte order mark and blanks), else TOML."""
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    return "json" if text.lstrip("\ufeff \t\r\n").startswith("{") else "toml"


def _read_stdin(stdin: TextIO | None) -> str | bytes:
    """Standard input, at most :data:`~samverkan.io.documents.MAX_DOCUMENT_BYTES` of it.

    Standard input is read whatever it is (a pipe, a terminal, a device): the size limit keeps
    ``/dev/zero`` from exhausting memory.
    """
    if stdin is None or stdin.closed:
        closed = ReadingMessage(N_("kan inte läsa standard in: den är stängd"))
        raise DocumentError([("$", closed)], STDIN_NAME)
    buffer: BinaryIO | None = getattr(stdin, "buffer", None)
    try:
        if buffer is not None:
            return read_limited(buffer, STDIN_NAME)
        return read_limited(stdin, STDIN_NAME)
    except OSError as error:
        reason = error.strerror or str(error)
        problem = ReadingMessage(N_("kan inte läsa standard in: {reason}"), reason=reason)
        raise DocumentError([("$", problem)], STDIN_NAME) from None


def read(name: str, stdin: TextIO | None) -> Document:
    """The document named ``name`` on the command line; ``-`` reads ``stdin``.

    Raises :class:`~samverkan.errors.DocumentError` for a file that cannot be read or parsed
    and :class:`InputError` for a directory.
    """
    if name == "-":
        data = _read_stdin(stdin)
        return loads(data, format=_stdin_format(data), source=STDIN_NAME)
    if Path(name).is_dir():
        raise InputError(
            f"{name}: is a directory; name the document files in it (for example {name}/*.json)"
        )
    return load(name)


def check_document(file: str, document: Document, as_of: date) -> CheckedDocument:
    """Check every model in ``document`` as of ``as_of``; paths are in the file
    (``$.content.items[2].parties[1]``)."""
    content = document.content
    if isinstance(content, Bundle):
        report = check(content, as_of=as_of)
    else:
        single = check(content, as_of=as_of)
        report = BundleReport(as_of, tuple(located(single)), (single,))
    return CheckedDocument(file, report.under("$.content"))
