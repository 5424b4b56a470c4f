"""Reading problems in the reader's language: catalogued messages that keep their parameters.

Every problem found while reading a document (:class:`~samverkan.errors.DocumentError`) has a
:class:`ReadingMessage`: the Swedish source text (its ``message_id``, a msgid of the
catalogues), its named parameters, and :meth:`ReadingMessage.localise` to render it in
Swedish or English, as the command line does with ``--lang``.

A :class:`ReadingMessage` is a :class:`str` whose value is the *English* text: the
``problems`` of a :class:`~samverkan.errors.DocumentError` and the exception's ``str()`` read
in English for a program, whatever the language of the command line.

>>> hint = hint_for("nam", ["name"])
>>> message = ReadingMessage(N_("okänt fält {key}{hint}"), key="'nam'", hint=hint)
>>> message, message.localise("sv")
("unknown field 'nam'; did you mean 'name'?", "okänt fält 'nam'; menade du 'name'?")
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from samverkan.errors import EXCERPT_LENGTH, close_matches
from samverkan.i18n import N_, format_value, translate

__all__ = [
    "KnownTexts",
    "ReadingMessage",
    "compile_texts",
    "hint_for",
    "joined",
    "known_text",
    "localise",
    "message_id",
    "parameters",
    "quoted",
]

#: English texts of other parts (a parser, a model's own check), each as a pattern whose
#: named groups are parameters, with the catalogued message that says the same: its English
#: in the catalogue is the text word for word.
KnownTexts = Sequence[tuple[re.Pattern[str], str]]


def compile_texts(table: Sequence[tuple[str, str]]) -> KnownTexts:
    """The ``(pattern, message)`` pairs of ``table`` with each pattern compiled.

    The tables are compiled at their first use, not when samverkan is imported.
    """
    return tuple((re.compile(pattern), message) for pattern, message in table)


class ReadingMessage(str):
    """The message of one reading problem; its :class:`str` value is the English text.

    ``params`` are the values in the message, each a text, or a :class:`ReadingMessage`
    itself (a hint, a described value) rendered in the same language.
    """

    message_id: str
    params: Mapping[str, object]

    def __new__(cls, message_id: str, **params: object) -> ReadingMessage:
        text = super().__new__(cls, _render(message_id, params, "en"))
        text.message_id = message_id
        text.params = params
        return text

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        return (self.message_id,), dict(self.params)

    def localise(self, locale: str) -> str:
        """The message in ``locale`` (``"sv"`` or ``"en"``)."""
        return _render(self.message_id, self.params, locale)

    def parameters(self, locale: str) -> dict[str, str]:
        """The parameters as they read in ``locale``."""
        return {name: _format(value, locale) for name, value in self.params.items()}


def _format(value: object, locale: str) -> str:
    if isinstance(value, ReadingMessage):
        return value.localise(locale)
    return format_value(value, locale)


def _render(message_id: str, params: Mapping[str, object], locale: str) -> str:
    return translate(message_id, locale).format(
        **{name: _format(value, locale) for name, value in params.items()}
    )


def localise(message: str, locale: str) -> str:
    """``message`` in ``locale`` when it is a :class:`ReadingMessage`; any other text (a
    model's own validation message) as it is."""
    return message.localise(locale) if isinstance(message, ReadingMessage) else message


def message_id(message: str) -> str | None:
    """The catalogue id of ``message``, or ``None`` for text that is not catalogued."""
    return message.message_id if isinstance(message, ReadingMessage) else None


def parameters(message: str, locale: str) -> dict[str, str]:
    """The parameters of ``message`` in ``locale`` (none for text that is not catalogued)."""
    return message.parameters(locale) if isinstance(message, ReadingMessage) else {}


def quoted(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """``text`` quoted, cut to ``limit`` characters with its length said in the reader's
    language (what :func:`~samverkan.errors.excerpt` does in English).

    >>> quoted("Berg"), quoted("x" * 100, 5).localise("sv")
    ("'Berg'", "'xxxxx…' (100 tecken)")
    """
    if len(text) <= limit:
        return repr(text)
    start = repr(text[:limit] + "…")
    return ReadingMessage(N_("{start} ({length} tecken)"), start=start, length=str(len(text)))


def hint_for(word: str, choices: Sequence[str]) -> str:
    """``"; did you mean 'x'?"`` in the reader's language with the choice closest to
    ``word``, or ``""`` (what :func:`~samverkan.errors.did_you_mean` does in English)."""
    close = close_matches(word, choices, n=1)
    return ReadingMessage(N_("; menade du {name}?"), name=repr(close[0])) if close else ""


def known_text(text: str, known: KnownTexts) -> str:
    """``text`` as the catalogued message of the first pattern of ``known`` it matches (its
    parameters looked up the same way), else ``text`` as it is, in English."""
    for pattern, message in known:
        found = pattern.fullmatch(text)
        if found is not None:
            params = {k: known_text(v, known) for k, v in found.groupdict().items() if v}
            return ReadingMessage(message, **params)
    return text


def joined(items: Sequence[str], separator: str = ", ") -> str:
    """``items`` joined, each rendered in the reader's language when it is a message."""
    if not any(isinstance(item, ReadingMessage) for item in items):
        return separator.join(items)
    params = {f"item{index}": item for index, item in enumerate(items)}
    return ReadingMessage(separator.join(f"{{{name}}}" for name in params), **params)
