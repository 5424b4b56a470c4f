"""Municipalities (kommuner), regions (regioner) and counties (län).

>>> from samverkan.parties import registry
>>> berg = registry().municipality("2326")
>>> berg.name, berg.county_code, berg.orgnr
('Berg', '23', '212000-2502')
>>> registry().region("23").name
'Region Jämtland Härjedalen'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal, TypeAlias

from attrs import field

from samverkan._frozen import frozen

__all__ = [
    "MUNICIPALITY_ORGNR_PREFIX",
    "REGION_ORGNR_PREFIX",
    "County",
    "Municipality",
    "Party",
    "PartyKind",
    "Region",
]

#: Organisation numbers of municipalities start with this block (juridisk form 21).
MUNICIPALITY_ORGNR_PREFIX = "212000"
#: Organisation numbers of regions start with this block (juridisk form 23).
REGION_ORGNR_PREFIX = "232100"

PartyKind: TypeAlias = Literal["municipality", "region"]

_MUNICIPALITY_CODE = re.compile(r"^\d{4}\Z")
_COUNTY_CODE = re.compile(r"^\d{2}\Z")
_ISO = re.compile(r"^SE-[A-Z]{1,2}\Z")


def _code(pattern: re.Pattern[str], what: str) -> Callable[[Any, Any, str], None]:
    def check(_: object, __: object, value: str) -> None:
        if not pattern.match(value):
            raise ValueError(f"not a {what}: {value!r}")

    return check


def _orgnr(prefix: str) -> Callable[[Any, Any, str | None], None]:
    def check(_: object, __: object, value: str | None) -> None:
        if value is None:
            return
        from stdnum.exceptions import ValidationError  # slow to import: at first use
        from stdnum.se import orgnr as stdnum_orgnr

        try:
            compact = stdnum_orgnr.validate(value)
        except ValidationError as problem:
            raise ValueError(f"invalid organisation number {value!r}: {problem}") from None
        if not compact.startswith(prefix):
            raise ValueError(f"organisation number {value!r} does not start with {prefix}")

    return check


def format_orgnr(value: str) -> str:
    """Format an organisation number as ``NNNNNN-NNNN``."""
    from stdnum.se import orgnr as stdnum_orgnr  # slow to import: at first use

    return str(stdnum_orgnr.format(value))


@frozen
class County:
    """A county (*län*): the state's administrative area and a region's territory (KL 1:1).

    ``has_region_body`` is ``False`` only for Gotland, where the municipality carries the
    regional responsibilities.
    """

    code: str = field(validator=_code(_COUNTY_CODE, "two-digit county code"))
    name: str
    iso_3166_2: str = field(validator=_code(_ISO, "ISO 3166-2:SE code"))
    has_region_body: bool = True


@frozen(cache_hash=True)
class Municipality:
    """A municipality (*kommun*, KL 1:1), identified by its four-digit SCB code.

    ``carries_regional_responsibilities`` is ``True`` for Gotland, a municipality outside any
    region that holds the tasks law gives to regions (for example HSL and LSS 3 §);
    ``styled_name`` is the name it uses for itself where that differs ("Region Gotland").
    """

    code: str = field(validator=_code(_MUNICIPALITY_CODE, "four-digit municipality code"))
    name: str
    county_code: str
    orgnr: str | None = field(default=None, validator=_orgnr(MUNICIPALITY_ORGNR_PREFIX))
    carries_regional_responsibilities: bool = False
    styled_name: str | None = None

    kind: PartyKind = field(default="municipality", init=False)

    def __attrs_post_init__(self) -> None:
        if not self.code.startswith(self.county_code):
            raise ValueError(
                f"municipality code {self.code} does not start with its county code "
                f"{self.county_code}"
            )

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


@frozen(cache_hash=True)
class Region:
    """A region (*region*, called *landsting* before 2020-01-01; KL 1:1, SFS 2019:835).

    Its code is the two-digit code of the county it covers. ``orgnr`` is ``None`` where no
    verified organisation number is known.
    """

    code: str = field(validator=_code(_COUNTY_CODE, "two-digit county code"))
    name: str
    orgnr: str | None = field(default=None, validator=_orgnr(REGION_ORGNR_PREFIX))

    kind: PartyKind = field(default="region", init=False)

    @property
    def county_code(self) -> str:
        """The code of the county the region covers."""
        return self.code

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


#: A party to cooperation under KL 9 kap.: a municipality or a region.
Party: TypeAlias = Municipality | Region
