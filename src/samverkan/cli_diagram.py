"""``samverkan diagram FILE``: a document or a merger scenario as a Graphviz picture.

A document (a structure, joint committee, federation, company, contractual cooperation or a
bundle of them) is drawn as it stood on ``--as-of`` (default: today); a merger scenario, read
as ``samverkan merger`` reads it, before and after the merger (``--stage``) as of its own date
or ``--as-of``. The picture's caption names the file and the date. ``--format dot`` (the
default) needs nothing else; ``svg``, ``png`` and ``pdf`` need Graphviz's ``dot`` program, and
without it the command says so and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from samverkan.cli_check import STDIN_NAME, read
from samverkan.cli_merger import analyse, is_scenario, read_scenario
from samverkan.diagram import DIRECTIONS, FORMATS, STAGES, Caption, render, scenario_dot, to_dot
from samverkan.errors import DiagramError, InputError
from samverkan.model.kinds import DOCUMENT_KINDS

__all__ = ["DRAWABLE", "add_diagram", "diagram_dot", "run_diagram"]

#: The document kinds ``samverkan diagram`` draws.
DRAWABLE = tuple(sorted(row.tag for row in DOCUMENT_KINDS if row.drawable))

_EPILOG = """examples:
  samverkan diagram examples/vasterbotten/structure-2020.json --format svg -o vasterbotten.svg
  samverkan diagram examples/jamtland/merger-all-three.toml --format pdf -o merger.pdf
  samverkan diagram examples/jamtland/joint-committees-2019.json --as-of 2019-09-02 | dot -Tpng

exit status:
  0  done
  2  unusable input or arguments, or Graphviz missing, failing or too slow
  3  internal error (a fault in samverkan)"""


def diagram_dot(args: argparse.Namespace) -> str:
    """The DOT text the arguments ask for: a scenario's or a document's."""
    name = STDIN_NAME if args.file == "-" else args.file
    if args.file != "-" and is_scenario(args.file):
        scenario = read_scenario(args.file, args.as_of)
        caption = Caption(name, scenario.as_of)
        stage = args.stage or "both"
        report = analyse(scenario)
        return scenario_dot(
            scenario, report, args.lang, stage=stage, caption=caption, direction=args.direction
        )
    if args.stage is not None:
        raise InputError(f"--stage is for a merger scenario; {name} is a document")
    document = read(args.file, sys.stdin)
    if document.kind not in DRAWABLE:
        raise DiagramError(
            f"cannot draw a {document.kind} document; diagrams exist for {', '.join(DRAWABLE)}"
        )
    caption = Caption(name, args.as_of or date.today())
    return to_dot(document.content, args.lang, caption=caption, direction=args.direction)


def _write_picture(picture: bytes, out: TextIO) -> None:
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(picture.decode("utf-8"))
        return
    out.flush()
    buffer.write(picture)


def run_diagram(args: argparse.Namespace, out: TextIO) -> int:
    """Write the diagram as DOT or as a picture Graphviz draws."""
    dot = diagram_dot(args)
    if args.format == "dot":
        if args.output:
            Path(args.output).write_text(dot, encoding="utf-8")
        else:
            out.write(dot)
        return 0
    picture = render(dot, args.format)
    if args.output:
        Path(args.output).write_bytes(picture)
    elif args.format == "svg":
        out.write(picture.decode("utf-8"))
    else:
        _write_picture(picture, out)
    return 0


def add_diagram(
    add: Callable[..., argparse.ArgumentParser],
    iso_date: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    add_format: Callable[..., None],
) -> None:
    """Register the ``diagram`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add(
        "diagram",
        run_diagram,
        "draw a structure, committee, federation, bundle or merger scenario",
    )
    sub.epilog = _EPILOG
    sub.add_argument(
        "file", metavar="FILE", help="a document or merger scenario (.json, .toml); - reads stdin"
    )
    add_format(sub, FORMATS)
    sub.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    sub.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="draw the bodies as of this date, named in the caption (default: today, or a "
        "scenario's as_of)",
    )
    sub.add_argument(
        "--stage",
        choices=STAGES,
        help="a merger scenario's committees before, the merged one after, or both (default: both)",
    )
    sub.add_argument(
        "--direction",
        choices=DIRECTIONS,
        default="auto",
        help="ranks top to bottom (TB) or left to right (LR); auto: LR when wide "
        "(default: %(default)s)",
    )
    add_lang(sub)
