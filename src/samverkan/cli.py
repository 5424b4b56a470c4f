"""The ``samverkan`` command-line tool.

``samverkan parties [--county CODE]`` lists the bundled registry of municipalities and
regions with their codes and organisation numbers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from samverkan import __version__
from samverkan.errors import SamverkanError
from samverkan.parties import registry

__all__ = ["main"]


def _parties(args: argparse.Namespace, out: TextIO) -> int:
    reg = registry()
    counties = [reg.county(args.county)] if args.county else reg.counties()
    for county in counties:
        out.write(f"{county.name} ({county.code}, {county.iso_3166_2})\n")
        holder = reg.regional_responsibility_holder(county.code)
        for party in reg.parties(county.code) or [holder]:
            kind = "region" if party.kind == "region" else "kommun"
            if party is holder and party.kind == "municipality":
                kind = "kommun, regionalt ansvar"
            orgnr = party.orgnr or "(organisationsnummer saknas)"
            out.write(f"  {party.code:<4}  {party.name:<28} {orgnr:<13}  {kind}\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samverkan",
        description="Swedish inter-municipal cooperation law: check, explain and list.",
    )
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parties = commands.add_parser(
        "parties", help="list municipalities and regions with codes and organisation numbers"
    )
    parties.add_argument("--county", metavar="CODE", help="only this county (two digits, e.g. 23)")
    parties.set_defaults(run=_parties)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    stream = out if out is not None else sys.stdout
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args, stream)
    except SamverkanError as problem:
        sys.stderr.write(f"samverkan: {problem}\n")
        return 2
    return status
