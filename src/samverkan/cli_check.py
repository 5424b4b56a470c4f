"""Reading the documents named on the command line and checking them.

:func:`read` turns one command-line argument (a file, or ``-`` for standard input) into a
document; :func:`check_document` runs the rules on it and places every finding in the file:
a finding's path is relative to the model, so ``$.parties[1]`` becomes
``$.content.parties[1]``, or ``$.content.items[2].parties[1]`` for an item of a bundle.
:func:`check_named` does both and keeps the document's text, so that every finding and every
problem of a file that cannot be read has its line and column
(:class:`~samverkan.io.positions.Positions`).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from samverkan._frozen import frozen
from samverkan.errors import DocumentError, InputError, SamverkanError
from samverkan.i18n import N_
from samverkan.io import Bundle, Document, Format, load, loads, type_tag
from samverkan.io.documents import read_limited
from samverkan.io.formats import decode, read_file
from samverkan.io.messages import ReadingMessage
from samverkan.io.positions import Position, Positions
from samverkan.rules import BundleReport, Located, Outcome, check
from samverkan.rules.bundles import item_name, located

__all__ = [
    "STDIN_NAME",
    "CheckedDocument",
    "InputError",
    "UnreadableDocument",
    "check_document",
    "check_named",
    "read",
]

#: How standard input is named in reports and error messages.
STDIN_NAME = "<stdin>"


@frozen
class CheckedDocument:
    """The findings of one document, with their paths in the file, most serious first."""

    file: str
    report: BundleReport
    #: The document checked, when known: it names the subject of each finding.
    document: Document | None = None
    #: Where the paths stand in the file's text, when it was read from one.
    positions: Positions | None = None

    def position(self, item: Located) -> Position | None:
        """The line and column of a finding in the file, ``None`` when it has no text."""
        if self.positions is None:
            return None
        if not self.positions.knows(item.path):  # every finding's at once: one walk
            self.positions.locate(found.path for found in self.findings)
        return self.positions.of(item.path)

    def subject(self, item: Located) -> tuple[str, str] | None:
        """The kind tag and name of the model a finding is about (the bundle item for a
        bundle), ``None`` when the document is not known."""
        if self.document is None:
            return None
        content = self.document.content
        if not isinstance(content, Bundle):
            return self.document.kind, item_name(content)
        found = _ITEM.match(item.path)
        if found is None or int(found[1]) >= len(content.items):
            return self.document.kind, item_name(content)
        model = content.items[int(found[1])]
        return type_tag(type(model)), item_name(model)

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


_ITEM = re.compile(r"\$\.content\.items\[([0-9]+)\]")


@frozen
class UnreadableDocument:
    """A file named on the command line that could not be read, and why."""

    file: str
    error: SamverkanError
    #: Where the paths of the problems stand in the text, when the text could be read.
    positions: Positions | None = None

    def problems(self) -> list[tuple[str, str, Position | None]]:
        """Each problem's path, message and position (``None`` where there is none)."""
        if not isinstance(self.error, DocumentError):
            message = self.error.args[0] if self.error.args else str(self.error)
            return [("$", message if isinstance(message, str) else str(message), None)]
        if self.positions is not None:
            self.positions.locate(path for path, _ in self.error.problems)
        return [
            (path, message, self._where(path, message)) for path, message in self.error.problems
        ]

    def _where(self, path: str, message: str) -> Position | None:
        stated = _stated_position(message)
        if stated is not None:  # a syntax error says where it is itself
            return stated
        if self.positions is None or path == "$":
            return None
        return self.positions.of(path)


def _stated_position(message: object) -> Position | None:
    """The ``line`` and ``column`` parameters of a message or of a message in it."""
    if not isinstance(message, ReadingMessage):
        return None
    line, column = message.params.get("line"), message.params.get("column")
    if line is not None and column is not None:
        return int(str(line)), int(str(column))
    inner = (_stated_position(value) for value in message.params.values())
    return next((found for found in inner if found is not None), None)


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
        raise InputError(_directory(name))
    return load(name)


def _directory(name: str) -> ReadingMessage:
    return ReadingMessage(
        N_("{name}: är en katalog; ange dokumentfilerna i den (till exempel {name}/*.json)"),
        name=name,
    )


def _text(name: str, stdin: TextIO | None) -> tuple[str, Format]:
    """The text of the document ``name`` names and its format."""
    if name == "-":
        data = _read_stdin(stdin)
        return decode(data, STDIN_NAME), _stdin_format(data)
    if Path(name).is_dir():
        raise InputError(_directory(name))
    suffix = Path(name).suffix.lower()
    if suffix not in (".json", ".toml"):
        load(name)  # raises the problem of the name: a directory, an unknown suffix
    return decode(read_file(Path(name)), name), "json" if suffix == ".json" else "toml"


def check_named(
    name: str, stdin: TextIO | None, as_of: date
) -> CheckedDocument | UnreadableDocument:
    """Read and check the document ``name`` names (``-``: ``stdin``), keeping its text so
    that findings and problems have their lines; a file that cannot be read comes back as an
    :class:`UnreadableDocument`."""
    file = STDIN_NAME if name == "-" else name
    positions = None
    try:
        text, format = _text(name, stdin)
        positions = Positions(text, format)
        document = loads(text, format, source=file)
    except SamverkanError as error:
        return UnreadableDocument(file, error, positions)
    return check_document(file, document, as_of, positions)


def check_document(
    file: str, document: Document, as_of: date, positions: Positions | None = None
) -> CheckedDocument:
    """Check every model in ``document`` as of ``as_of``; paths are in the file
    (``$.content.items[2].parties[1]``), and placed in its text when ``positions`` are
    given."""
    content = document.content
    if isinstance(content, Bundle):
        report = check(content, as_of=as_of)
    else:
        single = check(content, as_of=as_of)
        report = BundleReport(as_of, tuple(located(single)), (single,))
    return CheckedDocument(file, report.under("$.content"), document, positions)
