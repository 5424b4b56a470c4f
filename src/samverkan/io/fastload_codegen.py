"""The straight-line reading code :mod:`samverkan.io.fastload` generates once per attrs class.

For each class the generator writes a function from its fields: a test of each value's exact
type, a table look-up for enums and parties, the same conversions for dates, amounts and
citations as the detailed converter, and the class's own constructor. A value it is not sure
of makes the function give up (:func:`structurer` returns None for a class it cannot
read), so that the detailed converter reads the document instead.
"""

from __future__ import annotations

import enum
import itertools
import types
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Union, get_args, get_origin

import attrs

from samverkan.io.hooks import (
    AMOUNT_DIGITS,
    DATE_TEXT,
    DECIMAL_TEXT,
    TAG_FIELD,
    enum_members,
    parties_by_code,
    structure_citation,
    structure_decimal,
)
from samverkan.law import Citation
from samverkan.model import PARTY_TYPES
from samverkan.model.kinds import type_tag

__all__ = ["GENERATOR", "MISSING", "Generator", "structurer"]


class _Doubt(Exception):
    """The fast path is not sure of a value: the detailed path decides."""


class _Unsupported(Exception):
    """A type the generator does not know: its class always takes the detailed path."""


MISSING = object()


def _text(value: str) -> str:
    """Non-ASCII text, refused (by raising) when it holds a lone surrogate."""
    value.encode("utf-8")
    return value


def _party_table(kinds: tuple[type, ...]) -> dict[str, Any]:
    return {code: p for code, p in parties_by_code().items() if isinstance(p, kinds)}


class Generator:
    """Generates, compiles and keeps the structuring function of every class it meets."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_Doubt": _Doubt,
            "_M": MISSING,
            "_text": _text,
            "_date": date,
            "_fromiso": date.fromisoformat,
            "_datetext": DATE_TEXT.fullmatch,
            "_decimal": structure_decimal,
            "_Decimal": Decimal,
            "_dectext": DECIMAL_TEXT.fullmatch,
            "_AMOUNT_DIGITS": AMOUNT_DIGITS,
            "_citation": structure_citation,
            "_frozenset": frozenset,
            "_tuple": tuple,
            "_keys": [0],
        }
        self.names: dict[Any, str] = {}
        self.failed: set[type] = set()
        self.numbers = itertools.count()  # never reused, though a failed class's name is dropped

    def _name(self, key: Any, prefix: str, value: Any) -> str:
        name = self.names.get(key)
        if name is None:
            name = f"_{prefix}{next(self.numbers)}"
            self.names[key] = name
            self.namespace[name] = value
        return name

    def function(self, cl: type) -> Callable[..., Any]:
        """The structuring function of the attrs class ``cl``; raises :class:`_Unsupported`."""
        if cl in self.failed:
            raise _Unsupported(cl)
        key = ("class", cl)
        if key not in self.names:
            name = self._name(key, "s", None)
            try:
                self.namespace[name] = self._compile(cl, name)
            except Exception:
                self.failed.add(cl)
                del self.names[key], self.namespace[name]
                raise _Unsupported(cl) from None
        return self.namespace[self.names[key]]  # type: ignore[no-any-return]

    def _compile(self, cl: type, name: str) -> Callable[..., Any]:
        attrs.resolve_types(cl)
        lines = [
            f"def {name}(o, extra=0):",
            "    if type(o) is not dict: raise _Doubt",
            "    n = extra + REQUIRED",
        ]
        required = 0
        positional: list[str] = []
        keywords: list[str] = []
        for index, a in enumerate(attrs.fields(cl)):
            if not a.init or a.alias != a.name or a.converter is not None:
                raise _Unsupported(a.name)
            var = f"v{index}"
            lines.append(f"    {var} = o.get({a.name!r}, _M)")
            if a.default is attrs.NOTHING:  # a missing key raises KeyError: the doubt
                lines[-1] = f"    {var} = o[{a.name!r}]"
                required += 1
                lines += self._convert(a.type, var, "    ")
            elif isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                if a.default.takes_self:
                    raise _Unsupported(a.name)
                factory = self._name(("factory", cl, a.name), "f", a.default.factory)
                lines.append(f"    if {var} is _M: {var} = {factory}()")
                lines.append("    else:")
                lines.append("        n += 1")
                lines += self._convert(a.type, var, "        ")
            else:
                default = self._name(("default", cl, a.name), "d", a.default)
                lines.append(f"    if {var} is _M: {var} = {default}")
                lines.append("    else:")
                lines.append("        n += 1")
                lines += self._convert(a.type, var, "        ")
            if a.kw_only:
                keywords.append(f"{a.alias}={var}")
            else:
                positional.append(var)
        lines[2] = lines[2].replace("REQUIRED", str(required))
        lines.append("    if n != len(o): raise _Doubt")
        lines.append("    _keys[0] += n")
        new = self._name(("new", cl), "c", cl)
        lines.append(f"    return {new}({', '.join(positional + keywords)})")
        code = compile("\n".join(lines), f"<samverkan fast structure {cl.__qualname__}>", "exec")
        exec(code, self.namespace)
        return self.namespace[name]  # type: ignore[no-any-return]

    def item_function(self, t: Any) -> Callable[[Any], Any] | None:
        """The function that structures one value of type ``t``, or ``None`` when values of
        that type always take the detailed path."""
        try:
            return self.namespace[self._item(t)]  # type: ignore[no-any-return]
        except _Unsupported:
            return None

    def _item(self, t: Any) -> str:
        """The name of a function that structures one value of type ``t``."""
        key = ("item", t)
        if key in self.names:
            return self.names[key]
        if isinstance(t, type) and attrs.has(t) and t not in PARTY_TYPES:
            self.function(t)
            return self.names["class", t]
        name = self._name(key, "i", None)
        lines = [f"def {name}(v):", *self._convert(t, "v", "    "), "    return v"]
        exec(compile("\n".join(lines), f"<samverkan fast item {t!r}>", "exec"), self.namespace)
        return name

    def _convert(self, t: Any, var: str, ind: str) -> list[str]:
        """Statements that replace ``var`` by its value as type ``t``, or raise."""
        origin = get_origin(t)
        if origin in (Union, types.UnionType):
            args = get_args(t)
            members = [m for m in args if m is not type(None)]
            if len(members) == len(args):
                return self._union(t, members, var, ind)
            inner = members[0] if len(members) == 1 else Union[tuple(members)]  # noqa: UP007
            body = self._convert(inner, var, ind + "    ")
            return [f"{ind}if {var} is not None:", *body]
        if origin is tuple or origin is frozenset:
            args = get_args(t)
            if origin is tuple and (len(args) != 2 or args[1] is not Ellipsis):
                raise _Unsupported(t)
            item = self._item(args[0])
            parties = self._party_members(args[0])
            each = f"{item}(i)"
            if parties:  # a party's code is looked up in place, without a call per item
                table = self._name(("parties", parties), "p", _party_table(parties))
                each = f"{table}[i] if type(i) is str else {each}"
            lines = [
                f"{ind}if type({var}) is not list: raise _Doubt",
                f"{ind}{var} = _tuple([{each} for i in {var}])",
            ]
            if origin is frozenset:
                lines += [
                    f"{ind}s = _frozenset({var})",
                    f"{ind}if len(s) != len({var}): raise _Doubt",
                    f"{ind}{var} = s",
                ]
            return lines
        if origin is not None or not isinstance(t, type):
            raise _Unsupported(t)
        if t in PARTY_TYPES:
            table = self._name(("parties", t), "p", _party_table((t,)))
            return [f"{ind}{var} = {table}[{var}]"]
        if issubclass(t, enum.Enum):
            table = self._name(("enum", t), "e", enum_members(t))
            lines = [f"{ind}{var} = {table}[type({var}), {var}]"]
            if any(":" in str(m.value) for m in t):  # counted: see read_json
                lines.insert(0, f"{ind}if type({var}) is str: _keys[0] += {var}.count(':')")
            return lines
        if t is bool:
            return [f"{ind}if type({var}) is not bool: raise _Doubt"]
        if t is int:
            return [f"{ind}if type({var}) is not int: raise _Doubt"]
        if t is str:
            return [
                f"{ind}if type({var}) is not str: raise _Doubt",
                f"{ind}if not {var}.isascii(): _text({var})",
                f"{ind}if ':' in {var}: _keys[0] += {var}.count(':')",
            ]
        if t is date:
            return [
                f"{ind}if type({var}) is str and _datetext({var}): {var} = _fromiso({var})",
                f"{ind}elif type({var}) is not _date: raise _Doubt",
            ]
        if t is Decimal:
            # Plain decimal text no longer than the digit limit is within it: read it here.
            return [
                f"{ind}if type({var}) is str and len({var}) <= _AMOUNT_DIGITS and _dectext({var}):",
                f"{ind}    {var} = _Decimal({var})",
                f"{ind}else: {var} = _decimal({var}, None)",
            ]
        if t is Citation:
            return [
                f"{ind}if type({var}) is str and ':' in {var}: _keys[0] += {var}.count(':')",
                f"{ind}{var} = _citation({var}, None)",
            ]
        if attrs.has(t):
            self.function(t)
            return [f"{ind}{var} = {self.names['class', t]}({var})"]
        raise _Unsupported(t)

    @staticmethod
    def _party_members(t: Any) -> tuple[type, ...]:
        """The party classes ``t`` is or holds as a union member, in the union's order."""
        if get_origin(t) in (Union, types.UnionType):
            return tuple(m for m in get_args(t) if m in PARTY_TYPES)
        return (t,) if t in PARTY_TYPES else ()

    def _union(self, t: Any, members: list[Any], var: str, ind: str) -> list[str]:
        """A union of attrs classes told apart by the ``"type"`` tag, or parties by code."""
        if not all(isinstance(m, type) and attrs.has(m) for m in members):
            raise _Unsupported(t)
        parties = self._party_members(t)
        objects: dict[str, str] = {}
        for m in members:
            if m not in PARTY_TYPES:
                self.function(m)
                if TAG_FIELD in attrs.fields_dict(m):
                    raise _Unsupported(m)
                objects[type_tag(m)] = self.names["class", m]
        lines = []
        if parties:
            table = self._name(("parties", parties), "p", _party_table(parties))
            lines.append(f"{ind}if type({var}) is str: {var} = {table}[{var}]")
        else:
            lines.append(f"{ind}if type({var}) is str: raise _Doubt")
        if objects:
            tags = self._name(("tags", t), "t", None)
            self.namespace[tags] = {tag: self.namespace[fn] for tag, fn in objects.items()}
            lines.append(f"{ind}elif type({var}) is dict:")
            lines.append(f"{ind}    {var} = {tags}[{var}[{TAG_FIELD!r}]]({var}, 1)")
        lines.append(f"{ind}else: raise _Doubt")
        return lines


GENERATOR = Generator()


def structurer(cl: type) -> Callable[[Any], Any] | None:
    """The generated function that structures data of class ``cl``, or ``None`` when the
    class always takes the detailed path."""
    try:
        return GENERATOR.function(cl)
    except _Unsupported:
        return None
