"""``samverkan parties``: the registry of municipalities and regions, per county."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from samverkan.i18n import N_, translate
from samverkan.parties import County, registry

__all__ = ["add_parties", "county_named"]


def county_named(name: str) -> County:
    """The county named ``name`` (see :meth:`~samverkan.parties.Registry.county_named`)."""
    return registry().county_named(name)


def run_parties(args: argparse.Namespace, out: TextIO) -> int:
    reg = registry()
    counties = [county_named(args.county)] if args.county else reg.counties()
    for county in counties:
        out.write(f"{county.name} ({county.code}, {county.iso_3166_2})\n")
        holder = reg.regional_responsibility_holder(county.code)
        for party in reg.parties(county.code) or [holder]:
            kind = N_("region") if party.kind == "region" else N_("kommun")
            if party is holder and party.kind == "municipality":
                kind = N_("kommun, regionalt ansvar")
            orgnr = party.orgnr or translate(N_("(organisationsnummer saknas)"), args.lang)
            label = translate(kind, args.lang)
            out.write(f"  {party.code:<4}  {party.name:<28} {orgnr:<13}  {label}\n")
    return 0


def add_parties(
    add: Callable[..., argparse.ArgumentParser],
    add_lang: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Register the ``parties`` command with the helpers of :mod:`samverkan.cli`."""
    parties = add(
        "parties",
        run_parties,
        "list municipalities and regions with codes and organisation numbers",
    )
    parties.add_argument(
        "--county",
        metavar="COUNTY",
        help="only this county: its number (23), ISO code (SE-Z) or name (Jämtland)",
    )
    add_lang(parties)
