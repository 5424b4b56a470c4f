"""``samverkan report FILE --format md|html``: a readable overview of a document's bodies.

The command reads a document like ``check`` does and writes, per body, what a tjänsteskrivelse
says about it (:mod:`samverkan.report`): kind, parties, host organisation, formation and
history, tasks, seats and findings with their provisions linked to lagen.nu. It exits 0 when
no body has an error finding, 1 when one has, 2 when the document cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from samverkan.cli_check import STDIN_NAME, read
from samverkan.report import FORMATS, overview_report

__all__ = ["add_report", "run_report"]

_EPILOG = """examples:
  samverkan report examples/jamtland/joint-committees-2019.json --as-of 2019-09-02
  samverkan report gns.json --format html --output gns.html --lang en

exit status:
  0  no body has an error finding
  1  a body has an error finding
  2  the file could not be read, or an unknown argument
  3  internal error (a fault in samverkan)"""


def run_report(args: argparse.Namespace, out: TextIO) -> int:
    """Write the overview; exit 1 when a body has an error finding."""
    document = read(args.file, sys.stdin)
    name = STDIN_NAME if args.file == "-" else args.file
    as_of = args.as_of or date.today()
    text, errors = overview_report(name, document.content, as_of, args.lang, args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return 1 if errors else 0


def add_report(
    add: Callable[..., argparse.ArgumentParser],
    iso_date: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    add_format: Callable[..., None],
) -> None:
    """Register the ``report`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add("report", run_report, "an overview of a document's bodies for a written report")
    sub.epilog = _EPILOG
    sub.add_argument("file", metavar="FILE", help="a .json or .toml file; - reads stdin")
    add_format(sub, FORMATS)
    sub.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the date to describe and check the bodies as of (default: today)",
    )
    sub.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    add_lang(sub)
