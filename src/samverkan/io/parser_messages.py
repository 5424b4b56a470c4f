"""The JSON and TOML parsers' own error texts, in the reader's language.

Python's :mod:`json` and :mod:`tomllib` say what is wrong in English. :func:`parser_reason`
turns each text they are known to use into a :class:`~samverkan.io.messages.ReadingMessage`
whose English is the parser's text word for word; a text not in the tables (from a later
Python) is kept as the parser wrote it, in English.

>>> parser_reason("Expecting ':' delimiter").localise("sv")
"väntade ':'"
>>> parser_reason("Invalid value (at line 2, column 8)").localise("sv")
'ogiltigt värde (på rad 2, kolumn 8)'
>>> parser_reason("Something new")
'Something new'
"""

from __future__ import annotations

import functools
import re

from samverkan.i18n import N_
from samverkan.io.messages import KnownTexts, ReadingMessage, compile_texts, known_text

__all__ = ["parser_reason"]

#: What the parsers write, as a pattern whose named groups are the message's parameters, and
#: the message in Swedish (its English in the catalogue is the parser's own text).
_REASONS: tuple[tuple[str, str], ...] = (
    # json
    (r"Expecting value", N_("väntade ett värde")),
    (
        r"Expecting property name enclosed in double quotes",
        N_("väntade ett fältnamn inom dubbla citattecken"),
    ),
    (r"Expecting ':' delimiter", N_("väntade ':'")),
    (r"Expecting ',' delimiter", N_("väntade ','")),
    (r"Unterminated string starting at", N_("en text som börjar här avslutas aldrig")),
    (r"Invalid control character at", N_("ogiltigt styrtecken")),
    (r"Invalid \\escape", N_("ogiltig \\-sekvens")),
    (r"Invalid \\uXXXX escape", N_("ogiltig \\uXXXX-sekvens")),
    (r"Extra data", N_("mer text efter dokumentets slut")),
    (
        r"Illegal trailing comma before end of object",
        N_("otillåtet kommatecken före slutet av ett objekt"),
    ),
    (
        r"Illegal trailing comma before end of array",
        N_("otillåtet kommatecken före slutet av en lista"),
    ),
    # tomllib
    (r"Invalid statement", N_("ogiltig sats")),
    (r"Expected (?P<what>'.*')", N_("väntade {what}")),
    (r"Found invalid character (?P<char>'.*')", N_("ogiltigt tecken {char}")),
    (r"Cannot declare (?P<key>.*) twice", N_("{key} deklareras två gånger")),
    (r"Cannot overwrite a value", N_("ett värde kan inte skrivas över")),
    (
        r"Expected '\]' at the end of a table declaration",
        N_("väntade ']' i slutet av en tabellrubrik"),
    ),
    (
        r"Expected '\]\]' at the end of an array declaration",
        N_("väntade ']]' i slutet av en rubrik för en lista av tabeller"),
    ),
    (
        r"Cannot mutate immutable namespace (?P<key>.*)",
        N_("namnrymden {key} kan inte ändras"),
    ),
    (r"Cannot redefine namespace (?P<key>.*)", N_("namnrymden {key} kan inte definieras om")),
    (r"Expected '=' after a key in a key/value pair", N_("väntade '=' efter en nyckel")),
    (r"Invalid initial character for a key part", N_("ogiltigt första tecken i en nyckel")),
    (r"Unclosed array", N_("en lista avslutas aldrig")),
    (
        r"Duplicate inline table key (?P<key>'.*')",
        N_("nyckeln {key} finns två gånger i en inbäddad tabell"),
    ),
    (r"Unclosed inline table", N_("en inbäddad tabell avslutas aldrig")),
    (r"Unescaped '\\' in a string", N_("ett '\\' i en text utan att vara en sekvens")),
    (r"Invalid hex value", N_("ogiltigt hexadecimalt värde")),
    (
        r"Escaped character is not a Unicode scalar value",
        N_("det kodade tecknet är inget Unicode-skalärvärde"),
    ),
    (r"Unterminated string", N_("en text avslutas aldrig")),
    (r"Illegal character (?P<char>'.*')", N_("otillåtet tecken {char}")),
    (r"Invalid date or datetime", N_("ogiltigt datum eller datum med klockslag")),
    (r"Invalid value", N_("ogiltigt värde")),
    # either: a whole number longer than Python reads
    (
        r"Exceeds the limit \((?P<limit>[0-9]+) digits\) for integer string conversion"
        r"(?:: value has [0-9]+ digits)?.*",
        N_("ett heltal längre än gränsen ({limit} siffror)"),
    ),
)

_TOML_WHERE = re.compile(
    r"(?P<reason>.*) \((?:at line (?P<line>[0-9]+), column (?P<column>[0-9]+)"
    r"|(?P<end>at end of document))\)"
)


@functools.cache
def _known() -> KnownTexts:
    return compile_texts(_REASONS)


def parser_reason(text: str) -> str:
    """The parser's error ``text`` as a catalogued message when it is a known one."""
    where = _TOML_WHERE.fullmatch(text)
    if where is not None:
        reason = parser_reason(where["reason"])
        if where["end"]:
            return ReadingMessage(N_("{reason} (i slutet av dokumentet)"), reason=reason)
        return ReadingMessage(
            N_("{reason} (på rad {line}, kolumn {column})"),
            reason=reason,
            line=where["line"],
            column=where["column"],
        )
    return known_text(text, _known())
