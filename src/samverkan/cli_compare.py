"""``samverkan compare BEFORE AFTER``: two collaboration structures side by side.

The command reads two structure documents and prints what
:func:`~samverkan.analysis.compare_structures` computes: the bodies added and removed, and,
before and after, the bodies, seats, meetings per year and seat-meetings per year (member
places to fill at the year's meetings), with the cost when ``--cost-per-seat-meeting`` is
given. It exits 0, or 2 when a document cannot be read or is not a structure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from samverkan.analysis import BodyFigures, StructureComparison, compare_structures
from samverkan.cli_check import read
from samverkan.errors import InputError, printable
from samverkan.i18n import N_, format_value, translate
from samverkan.io.reports import dumps
from samverkan.model import CollaborationStructure

__all__ = ["add_compare", "run_compare"]

COMPARISON = N_("Jämförelse för {year}: {before} → {after}")
ADDED = N_("Tillkommer: {bodies}")
REMOVED = N_("Försvinner: {bodies}")
NONE = N_("inga")
FIGURE = N_("Mått")
BEFORE = N_("Före")
AFTER = N_("Efter")
CHANGE = N_("Ändring")
LABELS = {
    "bodies": N_("Organ"),
    "seats": N_("Platser"),
    "meetings_per_year": N_("Möten per år"),
    "seat_meetings_per_year": N_("Platsmöten per år"),
    "cost": N_("Kostnad per år"),
}


def _structure(name: str) -> CollaborationStructure:
    content = read(name, sys.stdin).content
    if not isinstance(content, CollaborationStructure):
        raise InputError(f"{name}: not a collaboration structure; compare reads two structures")
    return content


def _cost(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount in kronor: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"not an amount in kronor: {text!r}")
    return value


def _totals(comparison: StructureComparison, cost: Decimal | None) -> dict[str, list[Any]]:
    totals: dict[str, list[Any]] = {k: list(v) for k, v in comparison.totals().items()}
    if cost is not None:
        before, after = totals["seat_meetings_per_year"]
        totals["cost"] = [before * cost, after * cost]
    return totals


def _names(ids: tuple[str, ...], figures: tuple[BodyFigures, ...]) -> list[str]:
    by_id = {f.id: f.name for f in figures}
    return [f"{by_id[i]} ({i})" for i in ids]


def _text(
    comparison: StructureComparison,
    totals: dict[str, list[Any]],
    args: argparse.Namespace,
) -> str:
    locale = args.lang

    def t(message: str) -> str:
        return translate(message, locale)

    none = t(NONE)
    added = _names(comparison.added, comparison.after)
    removed = _names(comparison.removed, comparison.before)
    lines = [
        t(COMPARISON).format(year=args.year, before=args.before, after=args.after),
        t(ADDED).format(bodies=", ".join(added) or none),
        t(REMOVED).format(bodies=", ".join(removed) or none),
        "",
    ]
    rows = [(t(FIGURE), t(BEFORE), t(AFTER), t(CHANGE))]
    for key, (old, new) in totals.items():
        change = new - old
        sign = "+" if change > 0 else ""
        rows.append(
            (
                t(LABELS[key]),
                format_value(old, locale),
                format_value(new, locale),
                sign + format_value(change, locale),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(printable(line) for line in lines) + "\n"


def run_compare(args: argparse.Namespace, out: TextIO) -> int:
    """Print the comparison of two structures."""
    comparison = compare_structures(_structure(args.before), _structure(args.after), year=args.year)
    totals = _totals(comparison, args.cost)
    if args.format == "json":

        def bodies(figures: tuple[BodyFigures, ...]) -> list[dict[str, Any]]:
            return [
                {
                    "id": f.id,
                    "name": f.name,
                    "members": f.members,
                    "substitutes": f.substitutes,
                    "meetings_per_year": f.meetings_per_year,
                    "seat_meetings_per_year": f.seat_meetings,
                }
                for f in figures
            ]

        data = {
            "before": args.before,
            "after": args.after,
            "year": args.year,
            "cost_per_seat_meeting": None if args.cost is None else str(args.cost),
            "added": list(comparison.added),
            "removed": list(comparison.removed),
            "kept": list(comparison.kept),
            "totals": {
                key: {"before": str(old), "after": str(new)}
                if isinstance(old, Decimal)
                else {"before": old, "after": new}
                for key, (old, new) in totals.items()
            },
            "bodies_before": bodies(comparison.before),
            "bodies_after": bodies(comparison.after),
        }
        out.write(dumps(data))
    else:
        out.write(_text(comparison, totals, args))
    return 0


def add_compare(
    add: Callable[..., argparse.ArgumentParser],
    add_lang: Callable[[argparse.ArgumentParser], None],
    add_format: Callable[..., None],
) -> None:
    """Register the ``compare`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add(
        "compare", run_compare, "compare two collaboration structures: bodies, seats, meetings"
    )
    sub.add_argument("before", metavar="BEFORE", help="a structure document, .json or .toml")
    sub.add_argument("after", metavar="AFTER", help="a structure document, .json or .toml")
    sub.add_argument(
        "--year",
        type=int,
        default=date.today().year,
        help="the calendar year whose dated meetings are counted (default: this year)",
    )
    sub.add_argument(
        "--cost-per-seat-meeting",
        dest="cost",
        type=_cost,
        metavar="KRONOR",
        help="the cost of one member place at one meeting, to give the cost per year",
    )
    add_lang(sub)
    add_format(sub, ("text", "json"))
