"""Reading documents written to an earlier schema version.

Every document names its ``schema_version``. A document of an earlier minor version of the
same major version is read through the migrations below, in order, and comes back as a
document of the current version; its file is not touched. Each migration says what changed
and is documented in :doc:`/reference/documents`.

Version 1.1 added the means to record a fact as absent or to leave it unrecorded
(``Adoption.adopted``, ``Instrument.exists`` and ``adoptions_complete``, ``seats_complete``,
``annual_reports_complete``), and made a förbundsordning's content unrecorded unless
``provisions_recorded`` says otherwise. In version 1.0 ``provisions_recorded`` was true
unless set, so reading a 1.0 document writes that default into every förbundsordning that
leaves it out; nothing else in a 1.0 document changes meaning in its shape.

Version 1.2 added kinds (``coordination_association``, ``own_activity``) and optional fields
(``sources`` and ``notes`` on every kind, organisation numbers, seats counted per organ,
share counts and intermediaries of a company). Every field it added is optional and every
field of 1.1 keeps its meaning, so reading a 1.1 document changes nothing:

>>> migrate("1.1", "jointly_owned_company", {"name": "Bolaget AB", "holdings": []})
{'name': 'Bolaget AB', 'holdings': []}

>>> migrate("1.0", "local_federation", {"charter": {"title": "Förbundsordning"}})
{'charter': {'title': 'Förbundsordning', 'provisions_recorded': True}}
>>> migrate("1.1", "local_federation", {"charter": {}})
{'charter': {}}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["MIGRATIONS", "migrate"]

Migration = Callable[[str, Any], Any]


def _charter_content_recorded(kind: str, content: Any) -> Any:
    """1.0 → 1.1: a förbundsordning without ``provisions_recorded`` had it true."""
    if kind == "local_federation":
        return _federation(content)
    if kind == "bundle" and isinstance(content, dict) and isinstance(content.get("items"), list):
        items = [
            _federation(item)
            if isinstance(item, dict) and item.get("type") == "local_federation"
            else item
            for item in content["items"]
        ]
        return {**content, "items": items}
    return content


def _federation(content: Any) -> Any:
    if not isinstance(content, dict):
        return content
    charter = content.get("charter")
    if not isinstance(charter, dict) or "provisions_recorded" in charter:
        return content
    return {**content, "charter": {**charter, "provisions_recorded": True}}


def _only_additions(kind: str, content: Any) -> Any:
    """1.1 → 1.2: new kinds and optional fields only; a 1.1 document reads as it is."""
    return content


#: The migrations by the minor version they read from, applied in order up to the current one.
MIGRATIONS: dict[int, Migration] = {0: _charter_content_recorded, 1: _only_additions}


def migrate(version: str, kind: str, content: Any) -> Any:
    """``content`` of a document of ``kind`` written to ``version``, in the current shape.

    ``version`` has already been checked to be of the current major version.
    """
    minor = int(version.split(".")[1].lstrip("0") or "0")
    for step in sorted(MIGRATIONS):
        if step >= minor:
            content = MIGRATIONS[step](kind, content)
    return content
