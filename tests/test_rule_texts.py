"""The rules' descriptions in Swedish and English: the catalogue is complete and compiled, and
``explain`` and ``rules`` speak one language.

The English text is each rule's docstring; the Swedish is the ``samverkan_rules`` catalogue
(``src/samverkan/locale/sv/LC_MESSAGES/samverkan_rules.po``), keyed by the docstring's
paragraphs. ``scripts/update_rule_texts.sh`` brings the template, the catalogue and the
compiled ``.mo`` up to date.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from catalogue_checks import compiled_matches, shipped_in_wheel
from samverkan.cli import main
from samverkan.cli_output import explain_text, rules_text
from samverkan.errors import UnsupportedLocaleError
from samverkan.model import JointCommittee
from samverkan.rules import REGISTRY, Rule, RuleRegistry, rule
from samverkan.rules.texts import (
    RuleText,
    missing_translations,
    paragraphs,
    rule_messages,
    rule_text,
)

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "samverkan" / "locale"
POT = LOCALE / "samverkan_rules.pot"
PO = LOCALE / "sv" / "LC_MESSAGES" / "samverkan_rules.po"
MO = LOCALE / "sv" / "LC_MESSAGES" / "samverkan_rules.mo"
HOW_TO_UPDATE = (
    "run `sh scripts/update_rule_texts.sh`, translate the new or fuzzy entries of "
    "src/samverkan/locale/sv/LC_MESSAGES/samverkan_rules.po into Swedish (removing the fuzzy "
    "flag), then run the script again to compile the .mo"
)


def read(path: Path) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream)


def in_registry() -> dict[str, list[str]]:
    """Every message id of every registered rule, with the ids of the rules using it."""
    found: dict[str, list[str]] = {}
    for item in REGISTRY:
        for message in rule_messages(item):
            found.setdefault(message, []).append(item.id)
    return found


# -- the catalogue ---------------------------------------------------------------------------


def test_every_paragraph_of_every_rule_has_a_swedish_translation() -> None:
    catalog = read(PO)
    translated = {str(m.id) for m in catalog if m.id and m.string and not m.fuzzy}
    lacking = [
        f"{', '.join(rules)}: {message}"
        for message, rules in in_registry().items()
        if message not in translated
    ]
    assert lacking == [], (
        f"{len(lacking)} paragraph(s) of rule docstrings lack a Swedish translation; "
        f"{HOW_TO_UPDATE}:\n" + "\n".join(lacking)
    )


def test_the_catalogue_holds_only_the_rules_paragraphs() -> None:
    registered = set(in_registry())
    for path in (POT, PO):
        stale = {str(m.id) for m in read(path) if m.id} - registered
        assert stale == set(), f"{path.name} holds paragraphs no rule has; {HOW_TO_UPDATE}"
    assert list(read(PO).obsolete) == []
    assert str(read(PO).locale) == "sv"


def test_compiled_catalogue_is_current() -> None:
    assert compiled_matches(PO, MO), f"samverkan_rules.mo does not match the .po; {HOW_TO_UPDATE}"


def test_the_wheel_ships_the_compiled_catalogue() -> None:
    assert shipped_in_wheel(MO)


def test_quoted_statute_wording_stays_as_it_is() -> None:
    """A quotation in Swedish (the law's own words) appears unchanged in the translation."""
    for message in read(PO):
        for quoted in re.findall(r'"([^"]+)"', str(message.id)):
            if re.search("[åäöÅÄÖ]", quoted):
                assert quoted in str(message.string), (message.id, quoted)


def test_rule_ids_and_code_names_stay_as_they_are() -> None:
    for message in read(PO):
        names = re.findall(r"``[^`]+``|\b[A-Z][A-Z0-9]+(?:-[0-9A-Za-z]+)+\b", str(message.id))
        for name in names:
            assert name in str(message.string), (message.id, name)


# -- the text API ----------------------------------------------------------------------------


def test_english_is_the_docstring() -> None:
    item = REGISTRY.get("KL-9-24-representation")
    text = rule_text(item, "en")
    assert text.locale == "en"
    assert text.summary == item.summary
    assert text.description == "\n\n".join(paragraphs(item.description))
    assert text.blind_spots == tuple(paragraphs(item.blind_spots))


def test_swedish_is_the_translation_paragraph_by_paragraph() -> None:
    text = rule_text(REGISTRY.get("KL-9-24-representation"), "sv")
    assert text.locale == "sv"
    assert text.summary == (
        "Varje part väljer minst en ledamot och en ersättare, och lika många ersättare som "
        "ledamöter."
    )
    assert text.body[0].startswith("Ledamöter och ersättare i en gemensam nämnd väljs av")
    assert "(9 kap. 24 § KL)" in text.body[0]
    assert text.blind_spots[0].startswith("vem som väljs eller om de valda är valbara")
    assert rule_text(REGISTRY.get("KL-9-24-representation")) == text


def test_a_list_keeps_its_items() -> None:
    item = REGISTRY.get("KL-2-1-localisation")
    english, swedish = rule_text(item, "en"), rule_text(item, "sv")
    (listed,) = [p for p in english.body if p.startswith("- ")]
    assert len(listed.splitlines()) == 3
    (translated,) = [p for p in swedish.body if p.startswith("- ")]
    assert [line[:14] for line in translated.splitlines()] == [
        "- Skolområden ",
        "- Före 2018-07",
        "- Ett kommunal",
    ]
    assert "Does not check" not in " ".join(english.body)


def test_paragraphs_normalise_whitespace_and_split_lists() -> None:
    text = "First  line\n  goes on.\n\n- one\n  more\n- two\n\n  \n\nLast."
    assert paragraphs(text) == ["First line goes on.", "- one more\n- two", "Last."]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLocaleError):
        rule_text(REGISTRY.get("KL-9-20-host"), "fi")


def untranslated_rule() -> Rule:
    """A rule whose docstring the catalogue has never seen."""
    registry = RuleRegistry()

    @rule(
        "TEST-1-untranslated",
        applies_to=JointCommittee,
        cites=["KL 9:20"],
        valid_from=date(2018, 1, 1),
        registry=registry,
    )
    def check(subject: object, context: object) -> list[object]:
        """A rule added since the catalogue was updated.

        Its body.

        Does not check: anything else.
        """
        return []

    return registry.get("TEST-1-untranslated")


def test_a_rule_without_a_translation_is_shown_in_english_and_says_so() -> None:
    item = untranslated_rule()
    assert missing_translations(item, "sv") == [
        "A rule added since the catalogue was updated.",
        "Its body.",
        "anything else.",
    ]
    assert missing_translations(item, "en") == []
    assert rule_text(item, "sv") == RuleText(
        "A rule added since the catalogue was updated.", ("Its body.",), ("anything else.",), "en"
    )
    text = explain_text(item, "sv")
    assert "Regelns beskrivning finns ännu inte på svenska och visas på engelska." in text
    assert "Prövar inte:\n  anything else.\n" in text
    assert "Swedish" not in explain_text(item, "en")
    assert "  A rule added since the catalogue was updated." in rules_text([item], "sv")


# -- what users see --------------------------------------------------------------------------

#: Headings and common words of the English texts, none of which is Swedish.
ENGLISH = re.compile(
    r"\b(Description|Provisions|Severity|In force|Verification|Reviewed|Does not check|the|is|"
    r"of|and|not|which|whether|party|parties|must|may|with|only|when|where)\b"
)


def run(*args: str) -> str:
    out = io.StringIO()
    assert main(list(args), out) == 0
    return out.getvalue()


def english_words(text: str) -> list[str]:
    """English words in ``text``, leaving out identifiers: rule ids, ``for_parties``,
    ``:mod:`x```, links."""
    prose = re.sub(r"``[^`]*``|:\w+:`[^`]*`|https://\S+|\b[A-Z][A-Z0-9]*(-[0-9A-Za-z]+)+", "", text)
    return ENGLISH.findall(prose)


@pytest.mark.parametrize(
    "rule_id",
    ["KL-9-24-representation", "KL-2-1-localisation", "KL-9-6-forbundsordning-18", "POT-balance"],
)
def test_explain_in_swedish_has_no_english(rule_id: str) -> None:
    text = run("explain", rule_id, "--lang", "sv")
    assert english_words(text) == []
    assert "Beskrivning:" in text
    assert "Prövar inte:" in text


def test_no_swedish_description_has_english() -> None:
    leaking = {
        item.id: words for item in REGISTRY if (words := english_words(explain_text(item, "sv")))
    }
    assert leaking == {}


def test_rules_in_swedish_has_no_english() -> None:
    assert english_words(run("rules", "--lang", "sv")) == []


def test_a_consistency_rule_applies_on_any_date() -> None:
    assert "\nGäller: oavsett datum\n" in run("explain", "STRUCT-cost-key")
    assert "\nIn force: on any date\n" in run("explain", "STRUCT-cost-key", "--lang", "en")


def test_explain_in_english_is_the_docstring() -> None:
    item = REGISTRY.get("KL-9-24-representation")
    text = run("explain", item.id, "--lang", "en")
    assert text.splitlines()[:3] == [item.id, "", "Description:"]
    flat = " ".join(text.split())
    for paragraph in paragraphs(item.doc):
        assert paragraph.replace("Does not check: ", "") in flat
    assert "\nDoes not check:\n  who is elected" in text
    assert "Prövar" not in text
