"""``samverkan parties``: the registry of municipalities and regions, per county."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from samverkan.i18n import N_, translate
from samverkan.parties import County, registry

__all__ = ["add_parties", "county_named"]


def _county_key(name: str) -> str:
    """``"Jämtlands län"``, ``"jämtland"`` → ``"jämtland"``."""
    key = " ".join(name.casefold().split()).removesuffix(" län")
    return key.removesuffix("s") if key.endswith("s") and not key.endswith("ss") else key


def county_named(name: str) -> County:
    """The county named ``name``: its number (``23``, ``3``), ISO code (``SE-Z``) or name
    (``Jämtland``, ``Jämtlands län``), in any case."""
    reg = registry()
    text = name.strip()
    if text.isdigit() and len(text) <= 2:
        return reg.county(text.zfill(2))
    wanted = _county_key(text)
    for county in reg.counties():
        if wanted in (_county_key(county.name), county.iso_3166_2.casefold()):
            return county
    return reg.county(text)  # raises, with the closest codes


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
