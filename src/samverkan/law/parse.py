"""Reading citations as people write them.

Both the standard Swedish form and the short form are understood:

>>> parse_citation("9 kap. 37 § andra stycket kommunallagen (2017:725)").short()
'KL 9:37 2 st.'
>>> parse_citation("KL 9:24") == parse_citation("9 kap. 24 § KL")
True
>>> parse_citation("2 kap. 2 a § skollagen").section
'2 a'
>>> parse_citation("1 kap. 2 § lagen (2009:47) om vissa kommunala befogenheter").short()
'2009:47 1:2'

Statute names resolve on the date given (default: the act in force now):

>>> from datetime import date
>>> parse_citation("3 kap. 20 § kommunallagen", on=date(2015, 6, 1)).sfs
'1991:900'

Text that cannot be read raises :class:`~samverkan.errors.CitationSyntaxError` with the
position where reading stopped.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from samverkan.errors import CitationSyntaxError, UnknownStatuteError
from samverkan.law.citation import ORDINALS, Citation
from samverkan.law.statutes import CATALOGUE, Statute, StatuteCatalogue, normalise_name

__all__ = ["parse_citation"]

_WS = r"[\s\u00a0]"
_ORDINAL = "|".join(ORDINALS)
_SECTION = rf"([1-9]\d{{0,8}})(?:{_WS}?([a-z])(?![\wåäö]))?"
_SFS = r"(1[89]\d\d|20\d\d):([1-9]\d{0,8})"

_P_CHAPTER = rf"{_WS}*([1-9]\d{{0,8}}){_WS}*kap\.?"
_P_SECTION = rf"{_WS}*{_SECTION}"
_P_THROUGH = rf"{_WS}*[-–]{_WS}*{_SECTION}"
_P_PARAGRAPH_SIGN = rf"{_WS}*§§?"
_P_STYCKE = (
    rf"(?i){_WS}+(?:({_ORDINAL}){_WS}+stycket|([1-9]\d{{0,8}}){_WS}*st(?:\.|ycket)?)"
    r"(?=[\s\u00a0]|\Z)"
)
_P_PUNKT = (
    rf"(?i){_WS}+(?:(?:punkt|p\.){_WS}*([1-9]\d{{0,8}})|([1-9]\d{{0,8}}){_WS}*(?:p\.|punkt)"
    rf"|([1-9]\d{{0,8}})(?!{_WS}*(?:men|st)))(?=[\s\u00a0]|\Z)"
)
_P_MENING = (
    rf"(?i){_WS}+(?:({_ORDINAL}){_WS}+meningen|([1-9]\d{{0,8}}){_WS}*men(?:\.|ingen)?)"
    r"(?=[\s\u00a0]|\Z)"
)
_P_SHORT_HEAD = rf"(?i){_WS}*(?:{_SFS}|([^\W\d][\w\-]*)(?:{_WS}*\({_SFS}\))?){_WS}+"
_P_SHORT_CHAPTER = rf"([1-9]\d{{0,8}}):{_SECTION}"
_P_SFS_IN_NAME = rf"\({_WS}*{_SFS}{_WS}*\)"
_P_LONG_FORM = rf"(?i){_WS}*[1-9]\d{{0,8}}{_WS}*(?:kap\b|kap\.|[a-z]?{_WS}*§|[-–])"
_P_END = rf"{_WS}*\Z"

#: A pattern compiled at its first use, not when samverkan is imported.
_compiled = functools.cache(re.compile)

_GENERIC_NAMES = frozenset({"", "lag", "lagen", "författning", "författningen", "balk", "balken"})


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def take(self, pattern: str) -> re.Match[str] | None:
        found = _compiled(pattern).match(self.text, self.pos)
        if found:
            self.pos = found.end()
        return found

    def expect(self, pattern: str, expected: str) -> re.Match[str]:
        found = self.take(pattern)
        if found is None:
            raise self.error(expected)
        return found

    def error(self, expected: str, at: int | None = None) -> CitationSyntaxError:
        position = self.pos if at is None else at
        while position < len(self.text) and self.text[position] in " \u00a0\t":
            position += 1
        return CitationSyntaxError(self.text, position, expected)


def parse_citation(
    text: str, *, on: date | None = None, catalogue: StatuteCatalogue = CATALOGUE
) -> Citation:
    """Parse a citation in the standard Swedish form or the short form.

    ``on`` decides which act a shared name means (kommunallagen on 2015-06-01 is 1991:900);
    without it the name means the act in force now. A citation read once is remembered for
    the same text, date and catalogue (citations are immutable), until an act is added.
    """
    return _parse_remembered(text, on, catalogue, catalogue.generation)


@functools.lru_cache(maxsize=4096)
def _parse_remembered(
    text: str, on: date | None, catalogue: StatuteCatalogue, generation: int
) -> Citation:
    """:func:`parse_citation`, remembered; ``generation`` keys out readings made before an
    act was added to ``catalogue``."""
    scanner = _Scanner(text)
    if _compiled(_P_LONG_FORM).match(text):
        return _parse_long(scanner, on, catalogue)
    return _parse_short(scanner, on, catalogue)


def _parse_long(scanner: _Scanner, on: date | None, catalogue: StatuteCatalogue) -> Citation:
    chapter_match = scanner.take(_P_CHAPTER)
    chapter = int(chapter_match.group(1)) if chapter_match else None
    section, through = _sections(scanner)
    scanner.expect(_P_PARAGRAPH_SIGN, "'§'")
    stycke, punkt, mening = _tail(scanner)
    name_start = scanner.pos
    name = scanner.text[name_start:]
    if not name.strip():
        raise scanner.error("the name of a statute, such as 'kommunallagen (2017:725)' or 'KL'")
    found = _resolve(scanner, name, None, name_start, on, catalogue)
    return _build(scanner, found, chapter, section, through, stycke, punkt, mening)


def _parse_short(scanner: _Scanner, on: date | None, catalogue: StatuteCatalogue) -> Citation:
    head = scanner.expect(_P_SHORT_HEAD, "a statute abbreviation such as 'KL' or an SFS number")
    if head.group(1):
        sfs: str | None = f"{head.group(1)}:{head.group(2)}"
        name = ""
    else:
        name = head.group(3)
        sfs = f"{head.group(4)}:{head.group(5)}" if head.group(4) else None
    found = _resolve(scanner, name, sfs, head.start(3) if name else head.start(1), on, catalogue)
    chapter_match = scanner.take(_P_SHORT_CHAPTER)
    if chapter_match:
        chapter: int | None = int(chapter_match.group(1))
        section = _section_text(chapter_match.group(2), chapter_match.group(3))
        through_match = scanner.take(_P_THROUGH)
        through = _section_text(*through_match.groups()) if through_match else None
    else:
        chapter = None
        section, through = _sections(scanner, "a provision such as '9:24' or '2 §'")
        scanner.expect(_P_PARAGRAPH_SIGN, "'§'")
    stycke, punkt, mening = _tail(scanner)
    if not scanner.take(_P_END):
        raise scanner.error("the end of the citation, or a stycke ('2 st.'), punkt or mening")
    return _build(scanner, found, chapter, section, through, stycke, punkt, mening)


def _sections(scanner: _Scanner, expected: str = "a section number") -> tuple[str, str | None]:
    first = scanner.expect(_P_SECTION, expected)
    through_match = scanner.take(_P_THROUGH)
    through = _section_text(*through_match.groups()) if through_match else None
    return _section_text(first.group(1), first.group(2)), through


def _section_text(number: str, letter: str | None) -> str:
    return f"{int(number)} {letter.lower()}" if letter else str(int(number))


def _tail(scanner: _Scanner) -> tuple[int | None, int | None, int | None]:
    stycke = _numbered(scanner.take(_P_STYCKE))
    punkt_match = scanner.take(_P_PUNKT)
    punkt = None
    if punkt_match:
        punkt = int(next(g for g in punkt_match.groups() if g))
    mening = _numbered(scanner.take(_P_MENING))
    return stycke, punkt, mening


def _numbered(found: re.Match[str] | None) -> int | None:
    if found is None:
        return None
    word, number = found.group(1), found.group(2)
    if word:
        return ORDINALS.index(word.lower()) + 1
    return int(number)


def _resolve(
    scanner: _Scanner,
    name: str,
    sfs: str | None,
    position: int,
    on: date | None,
    catalogue: StatuteCatalogue,
) -> Statute | str:
    """The act a name (and perhaps an SFS number) refers to, or the bare unknown SFS."""
    in_name = _compiled(_P_SFS_IN_NAME).search(name)
    if in_name and sfs is None:
        sfs = f"{in_name.group(1)}:{in_name.group(2)}"
        name = name[: in_name.start()] + " " + name[in_name.end() :]
    spoken = normalise_name(name)
    if sfs is not None:
        if sfs not in catalogue:
            return sfs
        known = catalogue.get(sfs)
        if spoken in _GENERIC_NAMES or spoken in _names_without_number(known):
            return known
        raise scanner.error(f"a name that fits SFS {sfs} ({known.cited_as})", position)
    try:
        return catalogue.named(spoken, on)
    except UnknownStatuteError as problem:
        raise scanner.error(f"a known statute name ({problem})", position) from None


def _names_without_number(known: Statute) -> set[str]:
    names = set(known.names)
    for name in (known.cited_as, known.title):
        names.add(normalise_name(_compiled(_P_SFS_IN_NAME).sub(" ", name)))
    return names


def _build(
    scanner: _Scanner,
    found: Statute | str,
    chapter: int | None,
    section: str,
    through: str | None,
    stycke: int | None,
    punkt: int | None,
    mening: int | None,
) -> Citation:
    sfs = found if isinstance(found, str) else found.sfs
    try:
        return Citation(
            sfs, chapter, section, stycke=stycke, punkt=punkt, mening=mening, through=through
        )
    except ValueError as problem:
        raise scanner.error(f"a valid provision ({problem})", 0) from None
