"""The bundled registry of Sweden's 290 municipalities, 20 regions and 21 counties.

The data ship inside the package (``samverkan/parties/data``) with their provenance; see
:doc:`/reference/data`. Look-ups by code, by name (exact or forgiving), by organisation
number and by county:

>>> reg = registry()
>>> reg.lookup("Ostersund").code
'2380'
>>> [m.name for m in reg.municipalities("23")][:3]
['Ragunda', 'Bräcke', 'Krokom']
>>> reg.regional_responsibility_holder("09").name
'Gotland'
>>> reg.region_of_county("09") is None
True
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TypeVar

from samverkan.errors import UnknownPartyError, close_matches
from samverkan.parties.model import County, Municipality, Party, Region, format_orgnr

__all__ = ["Registry", "fold_name", "registry"]

_T = TypeVar("_T")
_SUFFIXES = (" kommun", " stad", " municipality", " lan")

#: Abbreviations in common use for regions, folded.
_REGION_ABBREVIATIONS = {"vgr": "vastra gotaland", "sormland": "sodermanland"}


def _county_key(folded: str) -> str:
    """``"jamtlands lan"``, ``"jamtland"`` → ``"jamtland"``."""
    key = folded.strip().removesuffix(" lan")
    return key.removesuffix("s") if key.endswith("s") and not key.endswith("ss") else key


def fold_name(name: str) -> str:
    """Fold a name for forgiving comparison: no case, no diacritics, single spaces.

    >>> fold_name("  Östersunds  KOMMUN ")
    'ostersunds kommun'
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("–", "-"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


class Registry:
    """Municipalities, regions and counties, with look-ups.

    The bundled instance is returned by :func:`registry`; a registry can also be built from
    other rows, for tests or for historical data.
    """

    def __init__(
        self,
        counties: Iterable[County],
        municipalities: Iterable[Municipality],
        regions: Iterable[Region],
    ) -> None:
        self._counties = {c.code: c for c in counties}
        self._municipalities = {m.code: m for m in municipalities}
        self._regions = {r.code: r for r in regions}
        # Municipalities come first: Gotland's number and styled name belong to the municipality.
        everyone: list[Party] = [*self._municipalities.values(), *self._regions.values()]
        self._by_orgnr: dict[str, Party] = {}
        for party in everyone:
            if party.orgnr:
                self._by_orgnr.setdefault(party.orgnr, party)
        self._exact: dict[str, Party] = {}
        self._folded: dict[str, Party] = {}
        for party in everyone:
            for name in _names_of(party):
                self._exact.setdefault(name, party)
                self._folded.setdefault(fold_name(name), party)

    # -- listings ---------------------------------------------------------------------------

    def counties(self) -> list[County]:
        """All counties, by code."""
        return [self._counties[k] for k in sorted(self._counties)]

    def municipalities(self, county_code: str | None = None) -> list[Municipality]:
        """All municipalities by code, or those of one county."""
        if county_code is not None:
            self.county(county_code)
        return [
            m
            for k, m in sorted(self._municipalities.items())
            if county_code is None or m.county_code == county_code
        ]

    def regions(self) -> list[Region]:
        """All regions (Gotland has none), by code."""
        return [self._regions[k] for k in sorted(self._regions)]

    def parties(self, county_code: str) -> list[Party]:
        """The region of a county (if any) followed by its municipalities."""
        region = self.region_of_county(county_code)
        head: list[Party] = [region] if region else []
        return head + list(self.municipalities(county_code))

    # -- look-ups by code -------------------------------------------------------------------

    def county(self, code: str) -> County:
        """The county with two-digit code ``code``."""
        return self._get(self._counties, code, "county")

    def county_named(self, name: str) -> County:
        """The county ``name`` names: its code (``23``, ``3``), ISO code (``SE-Z``) or name
        (``Jämtland``, ``Jämtlands län``, ``jamtland``), in any case and with or without
        diacritics; raises :class:`~samverkan.errors.UnknownPartyError` with the closest codes.

        >>> registry().county_named("jamtlands lan").code
        '23'
        """
        text = name.strip()
        if text.isdigit() and len(text) <= 2:
            return self.county(text.zfill(2))
        key = _county_key(fold_name(text))
        named = self._county_by_key(key)
        if named is not None:
            return named
        for county in self._counties.values():
            if county.iso_3166_2.casefold() == key:
                return county
        return self.county(text)

    def _county_by_key(self, key: str) -> County | None:
        """The county whose folded name has the key ``key`` (see :func:`_county_key`)."""
        for county in self._counties.values():
            if _county_key(fold_name(county.name)) == key:
                return county
        return None

    def municipality(self, code: str) -> Municipality:
        """The municipality with four-digit SCB code ``code``."""
        return self._get(self._municipalities, code, "municipality")

    def region(self, code: str) -> Region:
        """The region of county ``code``; Gotland (09) has none and raises."""
        if code in self._counties and code not in self._regions:
            holder = self.regional_responsibility_holder(code)
            raise UnknownPartyError(
                "region",
                code,
                [f"{holder.code} (the municipality {holder.name} holds the regional tasks)"],
            )
        return self._get(self._regions, code, "region")

    def party(self, code: str) -> Party:
        """A municipality (four digits) or a region (two digits) by code."""
        if len(code) == 2:
            return self.region(code)
        return self.municipality(code)

    def region_of_county(self, county_code: str) -> Region | None:
        """The region covering a county, or ``None`` where there is none (Gotland)."""
        self.county(county_code)
        return self._regions.get(county_code)

    def regional_responsibility_holder(self, county_code: str) -> Party:
        """Who holds the regional responsibilities in a county.

        The region, or for Gotland the municipality, which carries them itself.
        """
        region = self.region_of_county(county_code)
        if region is not None:
            return region
        return next(
            m for m in self.municipalities(county_code) if m.carries_regional_responsibilities
        )

    def by_orgnr(self, orgnr: str) -> Party:
        """The party with organisation number ``orgnr`` (with or without hyphen)."""
        try:
            key = format_orgnr(orgnr)
        except Exception:  # stdnum raises on malformed input
            key = orgnr
        found = self._by_orgnr.get(key)
        if found is None:
            close = close_matches(key, list(self._by_orgnr), n=3)
            raise UnknownPartyError("party with organisation number", orgnr, close)
        return found

    # -- look-ups by name -------------------------------------------------------------------

    def find(self, name: str) -> Party:
        """The party with exactly this name, e.g. ``"Region Jämtland Härjedalen"``."""
        found = self._exact.get(name)
        if found is None:
            raise UnknownPartyError("party named", name, self.suggest(name))
        return found

    def lookup(self, name: str) -> Party:
        """Forgiving look-up by name: ignores case and diacritics, accepts "Bergs kommun".

        Raises :class:`~samverkan.errors.UnknownPartyError` with suggestions when nothing
        matches.
        """
        folded = fold_name(name)
        for candidate in _candidates(folded):
            if candidate in self._folded:
                return self._folded[candidate]
        region = self._region_by_county_name(folded)
        if region is not None:
            return region
        raise UnknownPartyError("party named", name, self.suggest(name))

    def _region_by_county_name(self, folded: str) -> Region | None:
        """The region named as people say it: ``"Region Jämtland"`` (for Region Jämtland
        Härjedalen), ``"Västra Götaland"``, ``"Jämtlands län"``, ``"VGR"``."""
        folded = _REGION_ABBREVIATIONS.get(folded, folded)
        key = _county_key(folded.removeprefix("region ").removesuffix("regionen"))
        county = self._county_by_key(key)
        return None if county is None else self._regions.get(county.code)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The names closest to ``name``, best first."""
        folded = fold_name(name)
        hits = close_matches(folded, list(self._folded), n=limit * 3)
        names: list[str] = []
        for hit in hits:
            party = self._folded[hit]
            if party.name not in names:
                names.append(party.name)
        return names[:limit]

    @staticmethod
    def _get(table: dict[str, _T], code: str, what: str) -> _T:
        try:
            return table[code]
        except KeyError:
            close = close_matches(code, list(table), n=3)
            raise UnknownPartyError(what, code, close) from None


def _names_of(party: Party) -> Sequence[str]:
    names = [party.name]
    if isinstance(party, Municipality) and party.styled_name:
        names.append(party.styled_name)
    return names


def _candidates(folded: str) -> list[str]:
    candidates = [folded]
    for suffix in _SUFFIXES:
        if folded.endswith(suffix):
            stem = folded[: -len(suffix)].strip()
            candidates.append(stem)
            if stem.endswith("s"):
                candidates.append(stem[:-1])
    return candidates


def _rows(filename: str) -> list[dict[str, str]]:
    import csv  # when the registry is first built, not with samverkan

    path = os.path.join(os.path.dirname(__file__), "data", filename)
    with open(path, encoding="utf-8") as stream:
        return list(csv.DictReader(stream.read().splitlines()))


@functools.cache
def registry() -> Registry:
    """The bundled registry (built once, then shared)."""
    county_rows = _rows("regioner.csv")
    counties = [
        County(
            row["lanskod"],
            row["lan_name"],
            row["iso_3166_2"],
            has_region_body=row["has_region_body"] == "true",
        )
        for row in county_rows
    ]
    without_region = {
        row["lanskod"]: row for row in county_rows if row["has_region_body"] != "true"
    }
    municipalities = []
    for row in _rows("kommuner.csv"):
        regional = row["lanskod"] in without_region
        municipalities.append(
            Municipality(
                row["kommunkod"],
                row["name"],
                row["lanskod"],
                row["orgnr"] or None,
                carries_regional_responsibilities=regional,
                styled_name=without_region[row["lanskod"]]["region_name"] if regional else None,
            )
        )
    regions = [
        Region(row["lanskod"], row["region_name"], row["orgnr"] or None)
        for row in county_rows
        if row["has_region_body"] == "true"
    ]
    return Registry(counties, municipalities, regions)
