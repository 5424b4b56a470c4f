"""``samverkan new KIND [--format toml|json] [--output FILE]``: a starting document to write by
hand (see :mod:`samverkan.io.template`).

The TOML starting document is commented: every required field with a placeholder that lets the
document load, every optional field commented out with its meaning and allowed values. JSON
cannot carry comments, so the JSON starting document holds the required fields only and a
``"$schema"`` key, with which an editor offers the others. An existing file is never
overwritten unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from samverkan.errors import InputError, did_you_mean, excerpt
from samverkan.i18n import N_, translate
from samverkan.io import FORMATS, KINDS
from samverkan.io.template import starting_json, starting_toml

__all__ = ["add_new", "run_new", "unknown_kind"]

_EXISTS = N_("{file} finns redan; välj en annan fil eller skriv över den med --force")
_SUFFIX = N_("--format {format} men filen {file} slutar på {suffix}")

_EPILOG = """The TOML document has comments: every required field holds a placeholder that
lets the document load (replace it), every optional field is commented out with its meaning,
type, default and allowed values. JSON cannot carry comments: the JSON document holds the
required fields only, plus a "$schema" key that lets an editor (VS Code) complete the rest.

examples:
  samverkan new local_federation > förbund.toml
  samverkan new local_federation --output förbund.toml && samverkan check förbund.toml
  samverkan new contractual_cooperation --format json --output avtal.json
  samverkan new fund_pot --lang en

exit status:
  0  written    2  unknown kind, the file exists, or another unusable argument
  3  internal error (a fault in samverkan)"""


def unknown_kind(kind: str) -> str:
    """The message for a document kind that does not exist, with the closest one."""
    hint = did_you_mean(kind, list(KINDS)) or "."
    return f"unknown kind {excerpt(kind)}{hint} The kinds are: {', '.join(KINDS)}"


def _format(args: argparse.Namespace) -> str:
    """The format asked for, or else the one the output file's suffix names, or else TOML."""
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    if args.format is None:
        return suffix if suffix in FORMATS else "toml"
    if suffix in FORMATS and suffix != args.format:
        message = translate(_SUFFIX, args.lang)
        raise InputError(message.format(format=args.format, file=args.output, suffix=suffix))
    return str(args.format)


def run_new(args: argparse.Namespace, out: TextIO) -> int:
    """Write the starting document of ``args.kind``; exit 2 for an unknown kind."""
    if args.kind not in KINDS:
        raise InputError(unknown_kind(args.kind))
    chosen = _format(args)
    text = (
        starting_json(args.kind, args.lang)
        if chosen == "json"
        else starting_toml(args.kind, args.lang)
    )
    if args.output is None:
        out.write(text)
        return 0
    target = Path(args.output)
    if target.exists() and not args.force:
        raise InputError(translate(_EXISTS, args.lang).format(file=args.output))
    target.write_text(text, encoding="utf-8")
    return 0


def add_new(
    add: Callable[..., argparse.ArgumentParser],
    add_lang: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register the ``new`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add("new", run_new, "write a commented starting document of a kind, to fill in by hand")
    sub.epilog = _EPILOG
    sub.add_argument("kind", metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    sub.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="toml (with comments) or json (required fields and $schema only, since JSON has "
        "no comments); default: the suffix of --output, else toml",
    )
    sub.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    sub.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_lang(sub)
