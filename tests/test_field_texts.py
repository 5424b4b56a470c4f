"""The fields' meanings in Swedish and English: the catalogue is complete and compiled, and
``samverkan new`` writes the meanings in the language of its comments.

The English meaning is the text written on each field with ``described`` (a class's is the
first paragraph of its docstring); the Swedish is the ``samverkan_fields`` catalogue
(``src/samverkan/locale/sv/LC_MESSAGES/samverkan_fields.po``), keyed by the English text.
``scripts/update_field_texts.sh`` brings the template, the catalogue and the compiled ``.mo``
up to date.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from catalogue_checks import compiled_matches, shipped_in_wheel
from samverkan.cli import main
from samverkan.errors import UnsupportedLocaleError
from samverkan.io import field_texts, template
from samverkan.io.field_texts import (
    class_meaning,
    documented_classes,
    field_meaning,
    field_messages,
    meaning,
    missing_translations,
)
from samverkan.io.fields import fields_of
from samverkan.model import JointCommittee, LocalFederation, Seat
from samverkan.model.kinds import DOCUMENT_KINDS

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "samverkan" / "locale"
POT = LOCALE / "samverkan_fields.pot"
PO = LOCALE / "sv" / "LC_MESSAGES" / "samverkan_fields.po"
MO = LOCALE / "sv" / "LC_MESSAGES" / "samverkan_fields.mo"
HOW_TO_UPDATE = (
    "run `sh scripts/update_field_texts.sh`, translate the new or fuzzy entries of "
    "src/samverkan/locale/sv/LC_MESSAGES/samverkan_fields.po into Swedish (removing the fuzzy "
    "flag), then run the script again to compile the .mo"
)


def read(path: Path) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream)


# -- the catalogue ---------------------------------------------------------------------------


def test_every_meaning_has_a_swedish_translation() -> None:
    catalog = read(PO)
    translated = {str(m.id) for m in catalog if m.id and m.string and not m.fuzzy}
    lacking = [
        f"{', '.join(users)}: {text}"
        for text, users in field_messages().items()
        if text not in translated
    ]
    assert lacking == [], (
        f"{len(lacking)} field meaning(s) lack a Swedish translation; {HOW_TO_UPDATE}:\n"
        + "\n".join(lacking)
    )
    assert missing_translations("sv") == []
    assert missing_translations("en") == []


def test_the_catalogue_holds_only_the_fields_meanings() -> None:
    current = set(field_messages())
    for path in (POT, PO):
        stale = {str(m.id) for m in read(path) if m.id} - current
        assert stale == set(), f"{path.name} holds meanings no field has; {HOW_TO_UPDATE}"
    assert list(read(PO).obsolete) == []
    assert str(read(PO).locale) == "sv"


def test_compiled_catalogue_is_current() -> None:
    assert compiled_matches(PO, MO), f"samverkan_fields.mo does not match the .po; {HOW_TO_UPDATE}"


def test_the_wheel_ships_the_compiled_catalogue() -> None:
    assert shipped_in_wheel(MO)


#: What stays as it is in a translation: citations (KL 9:32, SkolL 2:2 a, lag 2003:192, 8–9 §§),
#: quoted values and paths, and names written in capitals (RFC 5545, DTSTART); "SEK" is
#: "kronor".
KEPT = re.compile(
    r"\b(?:KL|HSL|SkolL|OSL|FB) \d+:\d+(?:–\d+)?(?: a\b)?|\b\d{4}:\d+\b|\d+(?:–\d+)? §§?"
    r"|(?<!\w)'[^']+'(?!\w)|\"[^\"]+\"|\$\.\w+|\b(?!SEK\b)[A-Z]{3,}\b(?: \d+)?"
)


#: Quoted English words, translated with the rest: an example of how a date reads.
ENGLISH_EXAMPLES = {'"formed in 2002"'}


def test_citations_values_and_names_stay_as_they_are() -> None:
    changed = [
        (str(m.id), kept)
        for m in read(PO)
        if m.id
        for kept in KEPT.findall(str(m.id))
        if kept not in str(m.string) and kept not in ENGLISH_EXAMPLES
    ]
    assert changed == []


def test_the_classes_are_those_the_document_kinds_reach() -> None:
    classes = documented_classes()
    assert classes[0] is DOCUMENT_KINDS[0].cls
    assert {JointCommittee, LocalFederation, Seat} <= set(classes)
    users = field_messages()["The party whose organ appoints the seat."]
    assert users == ["Seat.party"]
    assert "Seat" in field_messages()["One place in an organ."]


# -- the API ---------------------------------------------------------------------------------


def test_a_field_means_the_same_in_both_languages() -> None:
    assert field_meaning(JointCommittee, "host", "en") == (
        "The party in whose organisation the committee sits (värdkommun or värdregion)."
    )
    assert field_meaning(JointCommittee, "host", "sv") == (
        "Den part i vars organisation nämnden ingår (värdkommun eller värdregion)."
    )
    assert field_meaning(JointCommittee, "host") == field_meaning(JointCommittee, "host", "sv")
    assert field_meaning(Seat, "role", "sv") == "Ordinarie ledamot eller ersättare."
    assert class_meaning(Seat, "sv") == "En plats i ett organ."
    assert class_meaning(Seat, "en") == "One place in an organ."


def test_a_meaning_without_a_translation_is_given_in_english() -> None:
    assert field_texts.translated("A field added since.", "sv") is None
    assert meaning("A field added since.", "sv") == "A field added since."
    assert meaning("A field added since.", "en") == "A field added since."


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLocaleError):
        field_meaning(JointCommittee, "host", "fi")


# -- what users see --------------------------------------------------------------------------

#: Common words of the English meanings, none of which is Swedish.
ENGLISH = re.compile(
    r"\b(The|the|of|and|is|are|when|where|which|Whether|whether|who|party|parties|member|"
    r"members|seat|seats|day|name|left out|unrecorded|True when|organ that|as a whole)\b"
)
#: A commented-out line of a document: a key and its value, or a table's header.
DOCUMENT_LINE = re.compile(r"^(\w+ = .*|\[\[?[\w.]+\]\]?)$")


def comments(text: str) -> str:
    """The comments of a starting document, without the commented-out document lines, the
    quoted values (the allowed values) and the lists of field names."""
    lines = [line.lstrip("# ") for line in text.splitlines()[1:] if line.startswith("#")]
    prose = " ".join(line for line in lines if not DOCUMENT_LINE.match(line))
    prose = re.sub(r"Fler valfria fält:.*?\(se fältreferensen", "", prose, flags=re.S)
    return re.sub(r"\"[^\"]*\"|'[^']*'", "", prose)


def run(*args: str) -> str:
    out = io.StringIO()
    assert main(list(args), out) == 0
    return out.getvalue()


def test_new_in_swedish_has_no_english_meanings() -> None:
    text = run("new", "local_federation")
    assert "# Förbundets namn (kommunalförbund).\n" in text
    assert "# Formen för den beslutande församlingen: förbundsfullmäktige eller" in text
    assert ENGLISH.findall(comments(text)) == []
    assert "på engelska" not in text


@pytest.mark.parametrize("row", DOCUMENT_KINDS, ids=lambda row: row.tag)
def test_every_kind_has_its_meanings_in_swedish(row: object) -> None:
    text = run("new", row.tag, "--lang", "sv")  # type: ignore[attr-defined]
    assert ENGLISH.findall(comments(text)) == []


def test_new_in_english_has_the_english_meanings() -> None:
    text = run("new", "local_federation", "--lang", "en")
    for info in fields_of(LocalFederation):
        if info.required:
            assert f"# {info.description}\n" in text
    assert "Förbundets namn" not in text
    assert len(ENGLISH.findall(comments(text))) > 50  # the check above finds English


def test_new_names_the_fields_it_could_not_give_in_swedish(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = field_meaning(LocalFederation, "name", "en")

    def lacking(text: str, locale: str) -> str | None:
        return None if text == english else field_texts.translated(text, locale)

    monkeypatch.setattr(template, "translated", lacking)
    text = template.starting_toml("local_federation", "sv")
    assert f"# {english}\n" in text
    notice = (
        "# Beskrivningen av några fält finns ännu inte på svenska och står på engelska: name.\n"
    )
    assert notice in text
    assert text.index(notice) < text.index("\nschema_version")
    assert "på engelska" not in template.starting_toml("local_federation", "en")
