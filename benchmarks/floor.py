"""The floor of loading: building the same model objects from parsed JSON with no checks.

For each attrs class a constructor is generated from its fields, as samverkan's fast path
is, but it tests nothing: no type test, no unknown or missing key, no repeated key. It still
converts what the model holds differently from JSON (a party from its code, an enum member
from its value, a date from its text, an amount from its digits), and it still calls the
class's own ``__init__``, whose validators and post-init are part of the model. Whatever a
loader does beyond this floor is the price of reading untrusted input.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Union, get_args, get_origin

import attrs

from samverkan.io import type_tag
from samverkan.io.hooks import parties_by_code
from samverkan.law import Citation, parse_citation
from samverkan.parties import Municipality, Region

_PARTIES = (Municipality, Region)


class Floor:
    """Generated, unchecked constructors of attrs classes from parsed JSON."""

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {
            "_parties": parties_by_code(),
            "_date": date.fromisoformat,
            "_decimal": Decimal,
            "_citation": parse_citation,
        }
        self.names: dict[Any, str] = {}

    def _put(self, key: Any, value: Any) -> str:
        if key not in self.names:
            self.names[key] = f"_n{len(self.names)}"
            self.ns[self.names[key]] = value
        return self.names[key]

    def builder(self, cl: type) -> Callable[[Any], Any]:
        key = ("class", cl)
        if key not in self.names:
            name = self._put(key, None)
            attrs.resolve_types(cl)
            args = []
            for a in attrs.fields(cl):
                if a.default is attrs.NOTHING:
                    value = f"o[{a.name!r}]"
                else:
                    default = self._put(("default", cl, a.name), a.default)
                    value = f"o.get({a.name!r}, {default})"
                args.append(self._expr(a.type, value, a.default is not attrs.NOTHING))
            new = self._put(("new", cl), cl)
            code = f"def {name}(o):\n    return {new}({', '.join(args)})\n"
            exec(compile(code, f"<floor {cl.__name__}>", "exec"), self.ns)
        return self.ns[self.names[key]]  # type: ignore[no-any-return]

    def _item(self, t: Any) -> str:
        key = ("item", t)
        if key not in self.names:
            name = self._put(key, None)
            code = f"def {name}(v):\n    return {self._expr(t, 'v', False)}\n"
            exec(compile(code, f"<floor item {t!r}>", "exec"), self.ns)
        return self.names[key]

    def _expr(self, t: Any, value: str, defaulted: bool) -> str:
        """An expression that builds ``t`` from ``value``; a defaulted field may hold the
        model's own default already."""
        origin = get_origin(t)
        if origin in (Union, types.UnionType):
            members = [m for m in get_args(t) if m is not type(None)]
            item = self._item(members[0] if len(members) == 1 else Union[tuple(members)])  # noqa: UP007
            if len(members) == 1:
                return f"(None if (x := {value}) is None else {item}(x))"
            parties = tuple(m for m in members if m in _PARTIES)
            tags = self._put(
                ("tags", t),
                {type_tag(m): self.builder(m) for m in members if m not in _PARTIES},
            )
            party = "_parties[x]" if parties else "None"
            return (
                f"(None if (x := {value}) is None else {party} if type(x) is str "
                f"else {tags}[x['type']](x))"
            )
        if origin is tuple or origin is frozenset:
            item = self._item(get_args(t)[0])
            build = "tuple" if origin is tuple else "frozenset"
            return f"{build}([{item}(i) for i in {value}])"
        if t in _PARTIES:
            return f"_parties[{value}]"
        if isinstance(t, type) and issubclass(t, enum.Enum):
            table = self._put(("enum", t), {m.value: m for m in t})
            return f"{table}.get(x, x) if (x := {value}) is not None else None"
        if t is date:
            return f"(_date(x) if type(x := {value}) is str else x)"
        if t is Decimal:
            return f"(_decimal(x) if type(x := {value}) is str else x)"
        if t is Citation:
            return f"(_citation(x) if type(x := {value}) is str else x)"
        if isinstance(t, type) and attrs.has(t):
            self.builder(t)
            return f"({self.names['class', t]}(x) if type(x := {value}) is dict else x)"
        return value  # str, int, bool: as parsed
