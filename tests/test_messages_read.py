"""Every catalogued message rendered in Swedish and English with sample parameters.

The sample text is written to ``tests/rendered_messages.txt`` on request
(``SAMVERKAN_WRITE_MESSAGES=1``) for a person to read; the test itself asserts that every
message renders in both languages, fills every parameter, and reads as a sentence or a term
of its own in English rather than as the Swedish text.
"""

from __future__ import annotations

import os
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from samverkan.i18n import Listing, Translatable, render
from samverkan.io.messages import ReadingMessage
from samverkan.parties import registry

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "src" / "samverkan" / "locale" / "en" / "LC_MESSAGES" / "samverkan.po"
REG = registry()

#: Sample values by parameter name; a name not listed gets a neutral text.
SAMPLES: dict[str, object] = {
    "party": REG.municipality("2326"),
    "member": REG.municipality("2326"),
    "participant": REG.municipality("2326"),
    "owner": REG.municipality("2321"),
    "performing": REG.municipality("2380"),
    "performer": REG.region("23"),
    "beneficiary": REG.municipality("2326"),
    "host": REG.municipality("0180"),
    "employer": REG.region("23"),
    "on": date(2019, 9, 2),
    "start": date(2018, 7, 1),
    "end": date(2021, 12, 31),
    "effective": date(2019, 7, 1),
    "formed_on": date(2005, 1, 1),
    "earliest": date(2019, 6, 12),
    "due": date(2020, 3, 31),
    "granted": Decimal("1000000"),
    "available": Decimal("903791.50"),
    "paid": Decimal("250000"),
    "old": Decimal("800000"),
    "new": Decimal("1000000"),
    "members": 2,
    "substitutes": 1,
    "count": 3,
    "months": 48,
    "years": 5,
    "total": Decimal("90"),
    "percent": Decimal("50"),
    "region_seats": 3,
    "municipal_seats": 2,
    "categories": Listing([Translatable("upphandling"), Translatable("medborgarförslag")]),
    "assembly": Translatable("förbundsdirektionen"),
    "body": Translatable("kommunstyrelsen"),
}


def _messages() -> list[str]:
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    return [m.id for m in catalog if m.id and isinstance(m.id, str) and m.context is None]


def _params(message: str) -> dict[str, object]:
    names = {name for _, name, _, _ in string.Formatter().parse(message) if name}
    return {name: SAMPLES.get(name, f"«{name}»") for name in names}


@pytest.mark.parametrize("message", _messages())
def test_message_renders_in_both_languages(message: str) -> None:
    params = _params(message)
    swedish, english = render(message, params, "sv"), render(message, params, "en")
    for text in (swedish, english):
        assert "{" not in text, text
        assert "}" not in text, text
    if " " in message and message not in {"(organisationsnummer saknas)"}:
        assert english != swedish, message


def test_write_the_rendered_messages_for_reading(tmp_path: Path) -> None:
    lines = []
    for message in _messages():
        params = _params(message)
        lines += [
            f"sv: {render(message, params, 'sv')}",
            f"en: {render(message, params, 'en')}",
            "",
        ]
    target = ROOT / "tests" / "rendered_messages.txt"
    out = target if os.environ.get("SAMVERKAN_WRITE_MESSAGES") else tmp_path / target.name
    out.write_text("\n".join(lines), encoding="utf-8")
    assert len(lines) == 3 * len(_messages())


# -- reading errors ---------------------------------------------------------------------------

#: Where the messages of problems found while reading a document are.
READING_SOURCES = ("src/samverkan/io/", "src/samverkan/cli_check.py")


def _reading_messages() -> list[str]:
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    return [
        m.id
        for m in catalog
        if isinstance(m.id, str)
        and any(path.startswith(READING_SOURCES) for path, _ in m.locations)
    ]


def test_the_reading_errors_are_catalogued() -> None:
    assert len(_reading_messages()) > 100


@pytest.mark.parametrize("message", _reading_messages())
def test_reading_error_renders_in_both_languages(message: str) -> None:
    params = {name: f"«{name}»" for name in _params(message)}
    reading = ReadingMessage(message, **params)
    swedish, english = reading.localise("sv"), reading.localise("en")
    assert str(reading) == english  # what a program sees: the English text
    assert swedish == message.format(**params)
    for text in (swedish, english):
        assert "{" not in text
    if " " in message.strip():
        assert english != swedish, message
    assert set(reading.parameters("en")) == set(params)


def test_a_reading_message_survives_pickling() -> None:
    import pickle

    message = ReadingMessage("okänt fält {key}{hint}", key="'x'", hint="")
    copy = pickle.loads(pickle.dumps(message))
    assert (copy, copy.message_id, copy.localise("sv")) == (
        message,
        message.message_id,
        "okänt fält 'x'",
    )
