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

from samverkan.errors import DocumentError, SamverkanError
from samverkan.io import Bundle, Document, Format, load, loads
from samverkan.io.documents import read_limited
from samverkan.rules import Finding, Outcome, Report, Severity, check

__all__ = ["STDIN_NAME", "CheckedDocument", "InputError", "Located", "check_document", "read"]

#: How standard input is named in reports and error messages.
STDIN_NAME = "<stdin>"


class InputError(SamverkanError):
    """A command-line argument that names no document file (a directory)."""


@frozen
class Located:
    """A finding with its path in the document file, and the name of the item it concerns
    when the document is a bundle."""

    finding: Finding
    path: str
    item: str | None = None


@frozen
class CheckedDocument:
    """The findings of one document, most serious first, and the report of each subject."""

    file: str
    findings: tuple[Located, ...]
    reports: tuple[Report, ...] = ()

    @property
    def ok(self) -> bool:
        """``True`` when no finding is an error (what the exit status follows)."""
        return not any(f.finding.severity is Severity.ERROR for f in self.findings)

    @property
    def outcome(self) -> Outcome:
        """Errors in any subject; else not judged when no subject was judged; else no errors."""
        if not self.ok:
            return Outcome.ERRORS
        if all(report.outcome is Outcome.NOT_JUDGED for report in self.reports):
            return Outcome.NOT_JUDGED
        return Outcome.NO_ERRORS

    def count(self, attribute: str) -> int:
        """The number of rule ids in ``attribute`` (``judged``, ``not_judged`` or
        ``not_in_force``) over every subject's report."""
        return sum(len(getattr(report, attribute)) for report in self.reports)

    def rules(self, attribute: str) -> list[str]:
        """The rule ids in ``attribute`` over every subject's report, each once."""
        found = (rule for report in self.reports for rule in getattr(report, attribute))
        return list(dict.fromkeys(found))


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
        raise DocumentError([("$", "cannot read standard input: it is closed")], STDIN_NAME)
    buffer: BinaryIO | None = getattr(stdin, "buffer", None)
    try:
        if buffer is not None:
            return read_limited(buffer, STDIN_NAME)
        return read_limited(stdin, STDIN_NAME)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DocumentError([("$", f"cannot read standard input: {reason}")], STDIN_NAME) from None


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


def _subjects(document: Document) -> list[tuple[str, object, str | None]]:
    """Each model to check with the path of its content in the file and, in a bundle, its
    name."""
    if isinstance(document.content, Bundle):
        return [
            (f"$.content.items[{i}]", item, _name_of(item))
            for i, item in enumerate(document.content.items)
        ]
    return [("$.content", document.content, None)]


def _name_of(item: object) -> str:
    short = getattr(item, "short_name", None)
    name = getattr(item, "name", None)
    if short and name:
        return f"{short}: {name}"
    return str(short or name or type(item).__name__)


def check_document(file: str, document: Document, as_of: date) -> CheckedDocument:
    """Check every model in ``document`` as of ``as_of``."""
    located: list[Located] = []
    reports: list[Report] = []
    for prefix, subject, name in _subjects(document):
        report = check(subject, as_of=as_of)
        reports.append(report)
        located += [Located(f, prefix + f.path.removeprefix("$"), name) for f in report]
    located.sort(key=lambda item: item.finding.severity.rank)
    return CheckedDocument(file, tuple(located), tuple(reports))
