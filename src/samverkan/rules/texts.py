"""A rule's description in Swedish or English: summary, body and what it does not check.

The English text is the rule's docstring, the single source developers and the English
documentation read. The Swedish text is a translation kept in a gettext domain of its own,
``samverkan_rules``, whose message ids are the docstring's paragraphs with their whitespace
normalised (``src/samverkan/locale/sv/LC_MESSAGES/samverkan_rules.po``); a paragraph that is a
list (lines starting with ``- ``) has one message per item. ``scripts/update_rule_texts.sh``
extracts the paragraphs from the registry, merges them into the catalogue and compiles it.

Statute wording quoted in a docstring is the law's own Swedish words and stays as it is.

>>> from samverkan.rules import REGISTRY
>>> rule = REGISTRY.get("KL-9-24-representation")
>>> rule_text(rule, "en").summary
'Each party elects at least one ledamot and one ersättare, and as many ersättare as ledamöter.'
>>> rule_text(rule, "sv").summary
'Varje part väljer minst en ledamot och en ersättare, och lika många ersättare som ledamöter.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from samverkan._frozen import frozen
from samverkan.errors import UnsupportedLocaleError
from samverkan.i18n import DEFAULT_LOCALE, LOCALES, compiled_catalogue
from samverkan.rules.registry import BLIND_SPOTS_HEADING, Rule

__all__ = [
    "RULES_DOMAIN",
    "RuleText",
    "missing_translations",
    "paragraphs",
    "rule_messages",
    "rule_text",
]

#: The gettext domain of the rules' descriptions.
RULES_DOMAIN: Final = "samverkan_rules"
#: The language the docstrings are written in.
SOURCE_LOCALE: Final = "en"
#: The marker of a list item in a docstring, and in a rendered list paragraph.
LIST_ITEM: Final = "- "
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@frozen
class RuleText:
    """A rule's description in one language.

    ``body`` and ``blind_spots`` are paragraphs; a paragraph that is a list holds its items on
    lines of their own, each starting with ``- ``. ``locale`` is the language of the text,
    which is English when a Swedish translation is asked for but not complete.
    """

    summary: str
    body: tuple[str, ...]
    blind_spots: tuple[str, ...]
    locale: str

    @property
    def description(self) -> str:
        """The summary and the body, paragraphs separated by a blank line."""
        return "\n\n".join((self.summary, *self.body))


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _items(paragraph: str) -> list[str]:
    """The items of a list paragraph, or the paragraph itself, whitespace normalised."""
    lines = paragraph.strip().splitlines()
    if not lines[0].startswith(LIST_ITEM):
        return [_normalised(paragraph)]
    items: list[str] = []
    for line in lines:
        if line.startswith(LIST_ITEM):
            items.append(line[len(LIST_ITEM) :])
        else:
            items[-1] += " " + line
    return [_normalised(item) for item in items]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, whitespace normalised; a list's items one per line."""
    found: list[str] = []
    for block in _BLANK_LINE.split(text.strip()):
        if not block.strip():
            continue
        items = _items(block)
        is_list = block.strip().startswith(LIST_ITEM)
        found.append("\n".join(LIST_ITEM + i for i in items) if is_list else items[0])
    return found


def _english(rule: Rule) -> RuleText:
    body, _, blind_spots = rule.doc.partition(BLIND_SPOTS_HEADING)
    summary, *rest = paragraphs(body)
    return RuleText(summary, tuple(rest), tuple(paragraphs(blind_spots)), SOURCE_LOCALE)


def _messages(paragraph: str) -> Iterator[str]:
    """The message ids of a paragraph: itself, or its list items."""
    if paragraph.startswith(LIST_ITEM):
        for line in paragraph.splitlines():
            yield line[len(LIST_ITEM) :]
    else:
        yield paragraph


def rule_messages(rule: Rule) -> list[str]:
    """Every message id of ``rule``'s description, in the docstring's order."""
    text = _english(rule)
    found: list[str] = []
    for paragraph in (text.summary, *text.body, *text.blind_spots):
        found.extend(_messages(paragraph))
    return found


def _catalogue(locale: str) -> dict[str, str]:
    """The compiled translations of the rules' descriptions into ``locale``."""
    return compiled_catalogue(RULES_DOMAIN, locale)


def missing_translations(rule: Rule, locale: str = DEFAULT_LOCALE) -> list[str]:
    """The message ids of ``rule`` that have no translation into ``locale``."""
    if locale == SOURCE_LOCALE:
        return []
    translations = _catalogue(locale)
    return [message for message in rule_messages(rule) if message not in translations]


def _translated(paragraph: str, translations: dict[str, str]) -> str:
    if paragraph.startswith(LIST_ITEM):
        return "\n".join(LIST_ITEM + translations[m] for m in _messages(paragraph))
    return translations[paragraph]


def rule_text(rule: Rule, locale: str = DEFAULT_LOCALE) -> RuleText:
    """``rule``'s description in ``locale``.

    English is the docstring. Another language is the catalogue's translation, paragraph by
    paragraph; while any paragraph lacks one (a rule added since the catalogue was last
    updated), the whole text is given in English, with ``locale`` saying so, rather than in a
    mixture of the two.
    """
    if locale not in LOCALES:
        raise UnsupportedLocaleError(locale, LOCALES)
    english = _english(rule)
    if locale == SOURCE_LOCALE or missing_translations(rule, locale):
        return english
    translations = _catalogue(locale)
    return RuleText(
        translations[english.summary],
        tuple(_translated(p, translations) for p in english.body),
        tuple(_translated(p, translations) for p in english.blind_spots),
        locale,
    )
