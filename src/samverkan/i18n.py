"""Messages in Swedish (the source language) and English.

Message texts are written in Swedish in the code and marked with :func:`N_` so babel's
extractor finds them; translations live in gettext catalogues under ``samverkan/locale``.
The locale is always an explicit argument, never read from the environment.

>>> from datetime import date
>>> from decimal import Decimal, localcontext
>>> format_value(date(2019, 10, 29), "sv")
'29 okt. 2019'
>>> format_sek(Decimal("6605000"), "sv")
'6\\xa0605\\xa0000 kr'
>>> format_sek(Decimal("6605000"), "en")
'SEK\\xa06,605,000'
>>> format_sek(Decimal("368000.004"), "sv")
'368\\xa0000,004 kr'

A parameter that is itself Swedish text is marked so that it is translated too: with
:func:`T_` (a catalogue text), :class:`Localised` (text the data gives in both languages) or
:class:`Listing` (several of them, joined):

>>> format_value(T_("fullmäktige"), "en")
'full council (fullmäktige)'
>>> format_value(T_("fullmäktige"), "sv")
'fullmäktige'
>>> render("{area}", {"area": Localised("räddningstjänst", "rescue services")}, "en")
'rescue services'
>>> render("({items})", {"items": Listing([T_("upphandling"), "X"])}, "en")
'(procurement, X)'
"""

from __future__ import annotations

import ast
import functools
import os
from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal, localcontext
from typing import IO, TYPE_CHECKING, Any, Final

from samverkan.errors import UnsupportedLocaleError
from samverkan.money import EXACT

if TYPE_CHECKING:
    import gettext

__all__ = [
    "DEFAULT_LOCALE",
    "LOCALES",
    "N_",
    "TC_",
    "T_",
    "Listing",
    "Localised",
    "Translatable",
    "catalogue_path",
    "compiled_catalogue",
    "extract_messages",
    "format_sek",
    "format_value",
    "read_translations",
    "render",
    "translate",
]

#: The source language of every message.
DEFAULT_LOCALE: Final = "sv"
#: Locales with a full set of messages.
LOCALES: Final = ("sv", "en")
DOMAIN: Final = "samverkan"
#: The compiled catalogues, ``<locale>/LC_MESSAGES/<domain>.mo``, in the package.
LOCALE_DIRECTORY: Final = os.path.join(os.path.dirname(__file__), "locale")


def N_(message: str) -> str:
    """Mark ``message`` for extraction; returns it unchanged."""
    return message


@functools.cache
def _translations(locale: str) -> gettext.NullTranslations:
    if locale not in LOCALES:
        raise UnsupportedLocaleError(locale, LOCALES)
    return read_translations(catalogue_path(DOMAIN, locale))


def read_translations(path: str) -> gettext.NullTranslations:
    """The gettext translations of the compiled catalogue at ``path``; none (every message
    as it is) when there is no such file, as for Swedish, the source language."""
    import gettext  # at the first translation, not with samverkan

    try:
        with open(path, "rb") as stream:
            return gettext.GNUTranslations(stream)
    except FileNotFoundError:
        return gettext.NullTranslations()


def catalogue_path(domain: str, locale: str) -> str:
    """The path of the compiled catalogue of ``domain`` in ``locale`` in the package."""
    return os.path.join(LOCALE_DIRECTORY, locale, "LC_MESSAGES", f"{domain}.mo")


@functools.cache
def compiled_catalogue(domain: str, locale: str) -> dict[str, str]:
    """The translated messages of the compiled catalogue ``domain`` in ``locale``, by id.

    For the domains whose source language is English (the rules' descriptions, the fields'
    meanings), read whole so that a missing translation can be told from a present one.
    """
    from babel.messages.mofile import read_mo  # at first use, not with samverkan

    with open(catalogue_path(domain, locale), "rb") as stream:
        catalog = read_mo(stream)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string}


def translate(message: str, locale: str = DEFAULT_LOCALE, context: str | None = None) -> str:
    """``message`` in ``locale``; Swedish returns the source text.

    ``context`` tells apart two uses of the same Swedish text (gettext's ``msgctxt``).
    """
    if locale == DEFAULT_LOCALE:
        return message
    translations = _translations(locale)
    if context is None:
        return translations.gettext(message)
    return translations.pgettext(context, message)


class Translatable(str):
    """A message parameter that is Swedish text from the catalogues, translated when rendered.

    It is an ordinary :class:`str` holding the Swedish text, so it compares and prints as
    before. Make one with :func:`T_` (or :func:`TC_` with a context) so the extractor finds
    the text; wrap a value that is not a literal (an enum's Swedish ``value``) directly.
    """

    context: str | None

    def __new__(cls, message: str, context: str | None = None) -> Translatable:
        text = super().__new__(cls, message)
        text.context = context
        return text

    def __getnewargs__(self) -> tuple[str, str | None]:  # type: ignore[override]
        return str(self), self.context

    def localise(self, locale: str) -> str:
        """The text in ``locale``."""
        return translate(str(self), locale, self.context)


def T_(message: str) -> Translatable:
    """Mark ``message`` for extraction as a translatable message parameter."""
    return Translatable(message)


def TC_(context: str, message: str) -> Translatable:
    """Like :func:`T_`, for a text whose translation depends on ``context``.

    "landsting" is "county council" as a singular and "county councils" as a plural.
    """
    return Translatable(message, context)


class Localised(str):
    """A parameter the data itself gives in Swedish and English (a task area's name).

    The :class:`str` value is the Swedish text.
    """

    english: str

    def __new__(cls, swedish: str, english: str) -> Localised:
        text = super().__new__(cls, swedish)
        text.english = english
        return text

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return str(self), self.english

    def localise(self, locale: str) -> str:
        """The text in ``locale``."""
        if locale not in LOCALES:
            raise UnsupportedLocaleError(locale, LOCALES)
        return self.english if locale == "en" else str(self)


class Listing(str):
    """Several parameter values joined by ``separator``, each formatted for the locale.

    The :class:`str` value is the Swedish text.
    """

    items: tuple[object, ...]
    separator: str

    def __new__(cls, items: Iterable[object], separator: str = ", ") -> Listing:
        values = tuple(items)
        text = super().__new__(cls, separator.join(format_value(v) for v in values))
        text.items = values
        text.separator = separator
        return text

    def __getnewargs__(self) -> tuple[tuple[object, ...], str]:  # type: ignore[override]
        return self.items, self.separator

    def localise(self, locale: str) -> str:
        """The items in ``locale``, joined."""
        return self.separator.join(format_value(v, locale) for v in self.items)


_SEK_PATTERNS: Final = {"sv": ("#,##0 ¤", "#,##0.00 ¤"), "en": ("¤\xa0#,##0", "¤\xa0#,##0.00")}


def format_sek(amount: Decimal, locale: str = DEFAULT_LOCALE) -> str:
    """An exact amount in kronor: no öre for whole amounts, every decimal digit otherwise.

    Exact whatever its size and the caller's decimal context: an amount of 4300 digits is
    written in full.
    """
    if locale not in _SEK_PATTERNS:
        raise UnsupportedLocaleError(locale, LOCALES)
    from babel.numbers import format_currency  # imported at first use: babel is slow to import

    whole, fractional = _SEK_PATTERNS[locale]
    pattern = whole if amount == amount.to_integral_value() else fractional
    with localcontext(EXACT):  # babel computes in the current context: 28 digits by default
        return str(
            format_currency(
                amount,
                "SEK",
                format=pattern,
                locale=locale,
                currency_digits=False,
                decimal_quantization=False,
            )
        )


def format_value(value: object, locale: str = DEFAULT_LOCALE) -> str:
    """Format a message parameter for ``locale``: dates and SEK amounts through babel,
    :class:`Translatable`, :class:`Localised` and :class:`Listing` values in the locale."""
    if isinstance(value, Translatable | Localised | Listing):
        return value.localise(locale)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        from babel.dates import format_date  # imported at first use: babel is slow to import

        return format_date(value, "medium", locale=locale)
    if isinstance(value, Decimal):
        return format_sek(value, locale)
    if isinstance(value, int):
        from babel.numbers import format_decimal

        with localcontext(EXACT):  # exact digits, however large the number
            return str(format_decimal(value, locale=locale))
    return str(value)


def render(message: str, params: Mapping[str, object], locale: str = DEFAULT_LOCALE) -> str:
    """Translate ``message`` and fill in its ``{named}`` parameters for ``locale``."""
    text = translate(message, locale)
    return text.format(**{k: format_value(v, locale) for k, v in params.items()})


# -- Extraction ----------------------------------------------------------------------------


def _enum_values(tree: ast.Module, wanted: set[str]) -> Iterator[tuple[int, str, str]]:
    """``(line, value, "Class.MEMBER")`` for the string members of the classes ``wanted``."""
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name in wanted):
            continue
        for statement in node.body:
            if (
                isinstance(statement, ast.Assign)
                and isinstance(statement.value, ast.Constant)
                and isinstance(statement.value.value, str)
            ):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        member = f"{node.name}.{target.id}"
                        yield statement.lineno, statement.value.value, member


def extract_messages(
    fileobj: IO[bytes],
    keywords: Any,
    comment_tags: Collection[str],
    options: Any,
) -> Iterator[tuple[Any, ...]]:
    """A babel extraction method: the keyword calls, and the values of selected enums.

    Does what babel's ``python`` method does, and also yields the string value of every
    member of the enum classes named (separated by spaces) in the ``enums`` option: Swedish
    words of the models (``Body.FULLMAKTIGE = "fullmäktige"``) that messages use as
    parameters. See ``babel.cfg`` at the root of the repository.
    """
    from babel.messages.extract import extract_python  # only needed to update catalogues

    yield from extract_python(fileobj, keywords, comment_tags, options)
    wanted = set(str(options.get("enums", "")).split())
    if not wanted:
        return
    fileobj.seek(0)
    tree = ast.parse(fileobj.read())
    for line, value, member in _enum_values(tree, wanted):
        yield line, None, value, [member]
