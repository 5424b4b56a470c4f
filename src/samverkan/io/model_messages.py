"""What the models, the citation reader and the registry say in English, in the reader's
language when a document is read.

A model checks some of its own values when it is made (an amount must not be negative, a
period must not end before it starts); the citation reader says where a citation stops
making sense; the registry says who holds Gotland's regional tasks. They speak English, for
programs. :func:`model_reason` turns each text they are known to use into a
:class:`~samverkan.io.messages.ReadingMessage` whose English is that text word for word; a
text not in the table is kept in English.

>>> model_reason("a period cannot end (2019-12-31) before it starts (2020-01-01)").localise("sv")
'en period kan inte sluta (2019-12-31) innan den börjar (2020-01-01)'
"""

from __future__ import annotations

import functools

from samverkan.i18n import N_
from samverkan.io.messages import KnownTexts, compile_texts, known_text

__all__ = ["model_reason"]

#: What the models, the citation reader and the registry write, as a pattern whose named
#: groups are the message's parameters, and the message in Swedish.
_TEXTS: tuple[tuple[str, str], ...] = (
    # the models' own checks
    (
        r"(?P<field>\w+) must be a finite Decimal amount: (?P<value>.*)",
        N_("fältet '{field}' måste vara ett ändligt decimalbelopp: {value}"),
    ),
    (
        r"(?P<field>\w+) must not be negative: (?P<value>.*)",
        N_("fältet '{field}' får inte vara negativt: {value}"),
    ),
    (
        r"a period cannot end \((?P<end>.*)\) before it starts \((?P<start>.*)\)",
        N_("en period kan inte sluta ({end}) innan den börjar ({start})"),
    ),
    (
        r"a representation scheme names the same party in two overrides",
        N_("en representationsordning nämner samma part i två undantag"),
    ),
    (
        r"(?P<field>\w+): a recurrence rule may not name a time zone \(TZID\): "
        r"meetings are whole days",
        N_(
            "fältet '{field}': en upprepningsregel får inte ange en tidszon (TZID): "
            "sammanträden är hela dagar"
        ),
    ),
    (
        r"(?P<field>\w+) must state its DTSTART: (?P<value>.*)",
        N_("fältet '{field}' måste ange sitt DTSTART: {value}"),
    ),
    (
        r"(?P<field>\w+) is not an RFC 5545 recurrence rule: (?P<value>.*)",
        N_("fältet '{field}' är inte en upprepningsregel enligt RFC 5545: {value}"),
    ),
    (
        r"listing a recurring schedule needs a period with an end",
        N_("en återkommande sammanträdesplan kan bara räknas upp för en period med ett slut"),
    ),
    (r"body ids must be unique: (?P<ids>.*)", N_("organens id måste vara unika: {ids}")),
    (
        r"an open-ended agreement cannot be extended",
        N_("ett avtal som gäller tills vidare kan inte förlängas"),
    ),
    (
        r"only an ersättare seat can name the seat it substitutes for",
        N_("bara en ersättarplats kan ange den plats den ersätter"),
    ),
    (
        r"give (?P<day>joined|added) or (?P<span>joined_in|added_in), not both",
        N_("ange {day} eller {span}, inte båda"),
    ),
    # the citation reader
    (
        r"cannot read citation at position (?P<position>[0-9]+): expected (?P<expected>.*)",
        N_("hänvisningen kan inte läsas vid position {position}: väntade {expected}"),
    ),
    (
        r"the name of a statute, such as 'kommunallagen \(2017:725\)' or 'KL'",
        N_("namnet på en lag, som 'kommunallagen (2017:725)' eller 'KL'"),
    ),
    (
        r"a statute abbreviation such as 'KL' or an SFS number",
        N_("en lagförkortning som 'KL' eller ett SFS-nummer"),
    ),
    (
        r"a provision such as '9:24' or '2 §'",
        N_("ett lagrum som '9:24' eller '2 §'"),
    ),
    (
        r"the end of the citation, or a stycke \('2 st.'\), punkt or mening",
        N_("hänvisningens slut, eller ett stycke ('2 st.'), en punkt eller en mening"),
    ),
    (r"a section number", N_("ett paragrafnummer")),
    (
        r"a name that fits SFS (?P<sfs>\S+) \((?P<cited>.*)\)",
        N_("ett namn som passar SFS {sfs} ({cited})"),
    ),
    (r"a known statute name \((?P<problem>.*)\)", N_("ett känt lagnamn ({problem})")),
    (r"a valid provision \((?P<problem>.*)\)", N_("ett giltigt lagrum ({problem})")),
    (
        r"no statute in the catalogue matches (?P<query>'[^']*'): (?P<detail>.*)",
        N_("ingen lag i katalogen motsvarar {query}: {detail}"),
    ),
    (
        r"no statute in the catalogue matches (?P<query>.*)",
        N_("ingen lag i katalogen motsvarar {query}"),
    ),
    (r"no act with that SFS number", N_("ingen lag har det SFS-numret")),
    (r"unknown name", N_("okänt namn")),
    (
        r"none in force on (?P<on>[0-9-]+); known: (?P<known>.*)",
        N_("ingen i kraft den {on}; kända: {known}"),
    ),
    # the registry
    (
        r"(?P<code>[0-9]+) \(the municipality (?P<name>.+) holds the regional tasks\)",
        N_("{code} (kommunen {name} har de regionala uppgifterna)"),
    ),
)


@functools.cache
def _known() -> KnownTexts:
    return compile_texts(_TEXTS)


def model_reason(text: str) -> str:
    """``text`` as a catalogued message when it is one the models, the citation reader or the
    registry are known to use."""
    return known_text(text, _known())
