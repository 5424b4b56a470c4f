"""Checks shared by the tests of the message catalogues: the compiled ``.mo`` matches its
``.po``, and the wheel ships it."""

from __future__ import annotations

import fnmatch
import io
import tomllib
from pathlib import Path
from typing import Any

from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "samverkan" / "locale"


def compiled_matches(po: Path, mo: Path) -> bool:
    """Whether the shipped ``mo`` holds exactly the translations of ``po``."""
    with po.open("rb") as stream:
        source = read_po(stream)
    compiled = io.BytesIO()
    write_mo(compiled, source)
    compiled.seek(0)
    with mo.open("rb") as shipped:
        current, fresh = read_mo(shipped), read_mo(compiled)
    return _by_key(current) == _by_key(fresh)


def _by_key(catalog: Any) -> dict[tuple[str | None, str], str]:
    """Each translation by its context and id (one id may stand in several contexts)."""
    return {(m.context, str(m.id)): str(m.string) for m in catalog if m.id}


def shipped_in_wheel(mo: Path) -> bool:
    """Whether the package data patterns of ``pyproject.toml`` include ``mo``."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        patterns = tomllib.load(stream)["tool"]["setuptools"]["package-data"]["samverkan"]
    shipped = mo.relative_to(LOCALE.parent).as_posix()
    return any(fnmatch.fnmatch(shipped, pattern) for pattern in patterns)
