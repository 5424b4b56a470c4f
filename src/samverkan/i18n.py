"""Messages in Swedish (the source language) and English.

Message texts are written in Swedish in the code and marked with :func:`N_` so babel's
extractor finds them; translations live in gettext catalogues under ``samverkan/locale``.
The locale is always an explicit argument, never read from the environment.

>>> from datetime import date
>>> from decimal import Decimal
>>> format_value(date(2019, 10, 29), "sv")
'29 okt. 2019'
>>> format_sek(Decimal("6605000"), "sv")
'6\\xa0605\\xa0000 kr'
>>> format_sek(Decimal("6605000"), "en")
'SEK\\xa06,605,000'
>>> format_sek(Decimal("368000.004"), "sv")
'368\\xa0000,004 kr'
"""

from __future__ import annotations

import functools
import gettext
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Final

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from samverkan.errors import UnsupportedLocaleError

__all__ = [
    "DEFAULT_LOCALE",
    "LOCALES",
    "N_",
    "format_sek",
    "format_value",
    "render",
    "translate",
]

#: The source language of every message.
DEFAULT_LOCALE: Final = "sv"
#: Locales with a full set of messages.
LOCALES: Final = ("sv", "en")
DOMAIN: Final = "samverkan"


def N_(message: str) -> str:
    """Mark ``message`` for extraction; returns it unchanged."""
    return message


@functools.cache
def _translations(locale: str) -> gettext.NullTranslations:
    if locale not in LOCALES:
        raise UnsupportedLocaleError(locale, LOCALES)
    directory = resources.files("samverkan").joinpath("locale")
    return gettext.translation(DOMAIN, str(directory), languages=[locale], fallback=True)


def translate(message: str, locale: str = DEFAULT_LOCALE) -> str:
    """``message`` in ``locale``; Swedish returns the source text."""
    if locale == DEFAULT_LOCALE:
        return message
    return _translations(locale).gettext(message)


_SEK_PATTERNS: Final = {"sv": ("#,##0 ¤", "#,##0.00 ¤"), "en": ("¤\xa0#,##0", "¤\xa0#,##0.00")}


def format_sek(amount: Decimal, locale: str = DEFAULT_LOCALE) -> str:
    """An exact amount in kronor: no öre for whole amounts, every decimal digit otherwise."""
    if locale not in _SEK_PATTERNS:
        raise UnsupportedLocaleError(locale, LOCALES)
    whole, fractional = _SEK_PATTERNS[locale]
    pattern = whole if amount == amount.to_integral_value() else fractional
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
    """Format a message parameter for ``locale``: dates and SEK amounts through babel."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        return format_date(value, "medium", locale=locale)
    if isinstance(value, Decimal):
        return format_sek(value, locale)
    if isinstance(value, int):
        return str(format_decimal(value, locale=locale))
    return str(value)


def render(message: str, params: dict[str, object], locale: str = DEFAULT_LOCALE) -> str:
    """Translate ``message`` and fill in its ``{named}`` parameters for ``locale``."""
    text = translate(message, locale)
    return text.format(**{k: format_value(v, locale) for k, v in params.items()})
