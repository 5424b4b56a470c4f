"""Structured citations of Swedish statutes (lagrumshänvisningar).

A :class:`Citation` names one provision, or a run of sections, of an act in the statute
catalogue. It renders in the standard Swedish form and in a short form, and links to the
provision on lagen.nu and to the act on riksdagen.se.

>>> c = Citation("2017:725", 9, "37", stycke=2)
>>> c.swedish()
'9 kap. 37 § andra stycket kommunallagen (2017:725)'
>>> c.short()
'KL 9:37 2 st.'
>>> c.lagen_nu_url
'https://lagen.nu/2017:725#K9P37S2'
>>> Citation("2010:800", 2, "2 a").swedish()
'2 kap. 2 a § skollagen (2010:800)'
>>> Citation("2017:725", 9, "19", through="36").short()
'KL 9:19–36'
"""

from __future__ import annotations

import re
from datetime import date

from attrs import field

from samverkan._frozen import frozen
from samverkan.errors import UnknownStatuteError
from samverkan.law.statutes import CATALOGUE, Statute, check_sfs, riksdagen_url

__all__ = ["ORDINALS", "Citation"]

#: Ordinal words used for stycken and meningar, first to tenth.
ORDINALS: tuple[str, ...] = (
    "första",
    "andra",
    "tredje",
    "fjärde",
    "femte",
    "sjätte",
    "sjunde",
    "åttonde",
    "nionde",
    "tionde",
)

_SECTION = re.compile(r"[1-9]\d{0,8}( [a-z])?")


def _check_section(_: object, attribute: object, value: str | None) -> None:
    if value is not None and not _SECTION.fullmatch(value):
        raise ValueError(f"a section is a number with an optional letter, like '2 a': {value!r}")


def _check_positive(_: object, attribute: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 999:
        raise ValueError(f"must be a positive number: {value!r}")


def _check_ordinal(_: object, attribute: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= len(ORDINALS):
        raise ValueError(f"must be between 1 and {len(ORDINALS)}: {value!r}")


def section_key(section: str) -> tuple[int, str]:
    """Sort key for a section such as ``"2 a"``."""
    number, _, letter = section.partition(" ")
    return int(number), letter


@frozen(order=False)
class Citation:
    """A reference to a provision: SFS number, chapter, section, stycke, punkt, mening.

    ``chapter`` is ``None`` for acts without chapters (such as LSS). ``section`` keeps a
    letter suffix as in ``"2 a"``. ``through`` makes the citation a run of sections,
    ``"19"`` to ``through="36"``; a run has no stycke, punkt or mening.
    """

    sfs: str = field(validator=check_sfs)
    chapter: int | None = field(default=None, validator=_check_positive)
    section: str = field(default="1", validator=_check_section)
    stycke: int | None = field(default=None, validator=_check_ordinal, kw_only=True)
    punkt: int | None = field(default=None, validator=_check_positive, kw_only=True)
    mening: int | None = field(default=None, validator=_check_ordinal, kw_only=True)
    through: str | None = field(default=None, validator=_check_section, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.through is not None:
            if section_key(self.through) <= section_key(self.section):
                raise ValueError(
                    f"a run of sections must go forward: {self.section}–{self.through}"
                )
            if (self.stycke, self.punkt, self.mening) != (None, None, None):
                raise ValueError("a run of sections cannot name a stycke, punkt or mening")

    @property
    def statute(self) -> Statute:
        """The cited act from the bundled catalogue."""
        return CATALOGUE.get(self.sfs)

    def act_in_force_on(self, on: date) -> bool:
        """Whether the cited act applies on ``on``; an act not in the catalogue counts as so."""
        known = self._known()
        return known is None or known.in_force_on(on)

    def _provision(self) -> tuple[str, str]:
        chapter = f"{self.chapter} kap. " if self.chapter is not None else ""
        if self.through is not None:
            return chapter, f"{self.section}–{self.through} §§"
        return chapter, f"{self.section} §"

    def swedish(self) -> str:
        """The standard Swedish form: ``6 kap. 38 § första stycket 3 kommunallagen (2017:725)``."""
        chapter, section = self._provision()
        parts = [chapter + section]
        if self.stycke is not None:
            parts.append(f"{ORDINALS[self.stycke - 1]} stycket")
        if self.punkt is not None:
            parts.append(str(self.punkt))
        if self.mening is not None:
            parts.append(f"{ORDINALS[self.mening - 1]} meningen")
        parts.append(self._cited_name())
        return " ".join(parts)

    def short(self) -> str:
        """The short form, e.g. ``KL 9:24``, ``LSS 2 §`` or ``SoL (2001:453) 2:5``."""
        head = self._short_name()
        if self.chapter is None:
            core = self._provision()[1]
        else:
            core = f"{self.chapter}:{self.section}"
            if self.through is not None:
                core += f"–{self.through}"
        parts = [head, core]
        if self.stycke is not None:
            parts.append(f"{self.stycke} st.")
        if self.punkt is not None:
            parts.append(f"{self.punkt} p.")
        if self.mening is not None:
            parts.append(f"{self.mening} men.")
        return " ".join(parts)

    def __str__(self) -> str:
        return self.swedish()

    @property
    def lagen_nu_url(self) -> str:
        """The provision on lagen.nu, anchored to chapter, section, stycke and punkt."""
        anchor = f"K{self.chapter}" if self.chapter is not None else ""
        anchor += "P" + self.section.replace(" ", "")
        if self.stycke is not None:
            anchor += f"S{self.stycke}"
            if self.punkt is not None:
                anchor += f"N{self.punkt}"
        return f"https://lagen.nu/{self.sfs}#{anchor}"

    @property
    def riksdagen_url(self) -> str:
        """The act in riksdagen.se's collection of SFS texts."""
        return riksdagen_url(self.sfs)

    def _known(self) -> Statute | None:
        try:
            return CATALOGUE.get(self.sfs)
        except UnknownStatuteError:
            return None

    def _cited_name(self) -> str:
        known = self._known()
        return known.cited_as if known else f"författningen ({self.sfs})"

    def _short_name(self) -> str:
        return CATALOGUE.short_name(self.sfs)

    def sort_key(self) -> tuple[int, int, int, tuple[int, str], int, int, int]:
        """Order by act, chapter, section, stycke, punkt and mening."""
        year, number = self.sfs.split(":")
        return (
            int(year),
            int(number),
            self.chapter or 0,
            section_key(self.section),
            self.stycke or 0,
            self.punkt or 0,
            self.mening or 0,
        )
