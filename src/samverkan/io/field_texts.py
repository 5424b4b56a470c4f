"""What the fields of the documents mean, in Swedish or English.

The English meaning is the text written on each field with
:func:`~samverkan.model.common.described` (and, for a class, the first paragraph of its
docstring): the single source the code, the JSON Schema and the English documentation read.
The Swedish meaning is a translation kept in a gettext domain of its own,
``samverkan_fields``, whose message ids are those English texts
(``src/samverkan/locale/sv/LC_MESSAGES/samverkan_fields.po``).
``scripts/update_field_texts.sh`` extracts the texts of every class a document kind reaches,
merges them into the catalogue and compiles it.

Field names, enum values, code names and citations (``KL 9:32``) stay as they are in the
Swedish text.

>>> from samverkan.model import JointCommittee
>>> field_meaning(JointCommittee, "host", "en")
'The party in whose organisation the committee sits (värdkommun or värdregion).'
>>> field_meaning(JointCommittee, "host", "sv")
'Den part i vars organisation nämnden ingår (värdkommun eller värdregion).'
>>> class_meaning(JointCommittee, "sv")
'Gemensam nämnd (KL 9:19–36; lag 2003:192; FB 19:16).'
"""

from __future__ import annotations

import functools
from typing import Final

from samverkan.errors import UnsupportedLocaleError
from samverkan.i18n import DEFAULT_LOCALE, LOCALES, compiled_catalogue
from samverkan.io.fields import fields_of, reachable_classes
from samverkan.io.schema import class_summary, field_description
from samverkan.model.kinds import DOCUMENT_KINDS

__all__ = [
    "FIELDS_DOMAIN",
    "SOURCE_LOCALE",
    "class_meaning",
    "documented_classes",
    "field_meaning",
    "field_messages",
    "meaning",
    "missing_translations",
]

#: The gettext domain of the fields' meanings.
FIELDS_DOMAIN: Final = "samverkan_fields"
#: The language the meanings are written in on the fields.
SOURCE_LOCALE: Final = "en"


@functools.cache
def documented_classes() -> tuple[type, ...]:
    """Every class a document kind reaches, each once, in the order of the kinds."""
    found: dict[type, None] = {}
    for row in DOCUMENT_KINDS:
        found.update(dict.fromkeys(reachable_classes(row.cls)))
    return tuple(found)


def field_messages() -> dict[str, list[str]]:
    """Every English text to translate, with what uses it (``"Class"`` for a class's summary,
    ``"Class.field"`` for a field), in the order the field reference shows them."""
    found: dict[str, list[str]] = {}
    for cls in documented_classes():
        found.setdefault(class_summary(cls), []).append(cls.__name__)
        for info in fields_of(cls):
            found.setdefault(info.description, []).append(f"{cls.__name__}.{info.name}")
    return found


def translated(text: str, locale: str) -> str | None:
    """The translation of the English ``text`` into ``locale``, or ``None`` when the catalogue
    has none (a field added since it was last updated)."""
    if locale not in LOCALES:
        raise UnsupportedLocaleError(locale, LOCALES)
    if locale == SOURCE_LOCALE:
        return text
    return compiled_catalogue(FIELDS_DOMAIN, locale).get(text)


def meaning(text: str, locale: str = DEFAULT_LOCALE) -> str:
    """The English meaning ``text`` in ``locale``; in English while it has no translation."""
    return translated(text, locale) or text


def field_meaning(cls: type, name: str, locale: str = DEFAULT_LOCALE) -> str:
    """What the field ``name`` of ``cls`` means, in ``locale`` (English while the catalogue
    has no translation of it)."""
    return meaning(field_description(cls, name), locale)


def class_meaning(cls: type, locale: str = DEFAULT_LOCALE) -> str:
    """What the class ``cls`` is (the first paragraph of its docstring), in ``locale``."""
    return meaning(class_summary(cls), locale)


def missing_translations(locale: str = DEFAULT_LOCALE) -> list[str]:
    """The English texts of :func:`field_messages` that have no translation into ``locale``."""
    return [text for text in field_messages() if translated(text, locale) is None]
