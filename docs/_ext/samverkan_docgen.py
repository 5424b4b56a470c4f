"""Generate reference tables from samverkan's own registries when the docs are built.

Each generated page is written under ``docs/_generated`` and pulled into a hand-written page
with MyST's ``include`` directive, so the tables can never disagree with the code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samverkan.law import CATALOGUE

GENERATED = Path(__file__).resolve().parents[1] / "_generated"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def statute_table() -> str:
    lines = [
        "| SFS | Title | Cited as | Short | In force | Repealed | Amendments |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in CATALOGUE:
        in_force = item.in_force.isoformat() if item.in_force else "—"
        if item.in_force and not item.in_force_verification.is_verified:
            in_force += " (recalled)"
        repealed = (
            f"{item.repealed_on.isoformat()} by SFS {item.repealed_by}" if item.repealed_on else ""
        )
        amendments = "; ".join(
            f"SFS {a.sfs}"
            + (f" ({a.in_force.isoformat()}" if a.in_force else " (date not recorded")
            + (", recalled)" if not a.verification.is_verified else ")")
            + f": {a.summary}"
            for a in item.amendments
        )
        lines.append(
            f"| [{item.sfs}]({item.lagen_nu_url}) | {_cell(item.title)} | "
            f"{_cell(item.cited_as)} | {_cell(item.abbreviation)} | {in_force} | {repealed} | "
            f"{_cell(amendments)} |"
        )
    return "\n".join(lines) + "\n"


PAGES = {"statutes.md": statute_table}


def generate(_: Any = None) -> None:
    GENERATED.mkdir(exist_ok=True)
    for name, build in PAGES.items():
        target = GENERATED / name
        text = build()
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    generate()
    return {"parallel_read_safe": True, "version": "1"}
