"""A mypy plugin: mypy's attrs support reads ``samverkan.model.common.described(...)`` as the
attrs field it makes, so a field without a default stays required in the checked ``__init__``."""

from __future__ import annotations

from mypy.plugin import Plugin
from mypy.plugins import attrs

attrs.attr_attrib_makers.add("samverkan.model.common.described")


def plugin(version: str) -> type[Plugin]:
    """The entry point mypy calls."""
    return Plugin
