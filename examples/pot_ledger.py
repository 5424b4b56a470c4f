"""Print a fund pot's ledger: money in and out, with the balance after each day, in total and
per earmark.

    .venv/bin/python examples/pot_ledger.py [POT.json] [sv|en]

Without arguments it reads ``jamtland/fund-pot.json``, the pot of Regionens samverkansråd's
agenda of 2 September 2019 (seed 001), whose only request, FoU Jämt's RUN/189/2019, has been
proposed but not yet decided. Amounts go through :func:`samverkan.i18n.format_sek`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from samverkan.i18n import format_sek
from samverkan.io import load
from samverkan.model import Pot

DEFAULT = Path(__file__).resolve().parent / "jamtland" / "fund-pot.json"


def entries(pot: Pot) -> list[tuple[date, str, Decimal, str | None]]:
    """Every movement of money, by date: contributions in, granted decisions out."""
    moves: list[tuple[date, str, Decimal, str | None]] = [
        (c.on, f"Tillskott: {c.source}", c.amount, c.earmark) for c in pot.contributions
    ]
    moves += [
        (d.on, f"Beslut {d.case_number} av {d.by}", -d.granted, d.earmark) for d in pot.decisions
    ]
    return sorted(moves, key=lambda move: move[0])


def ledger(pot: Pot, locale: str = "sv") -> list[str]:
    """The lines of the ledger."""
    earmarks = pot.earmarks()
    lines = [f"{pot.name}: huvudbok"]
    header = f"{'Datum':<11} {'Belopp':>14} {'Saldo':>14}"
    header += "".join(f" {earmark:>16}" for earmark in earmarks)
    lines += [header, "  Händelse"]
    for on, text, amount, earmark in entries(pot):
        row = f"{on.isoformat():<11} {format_sek(amount, locale):>14} "
        row += f"{format_sek(pot.balance(on), locale):>14}"
        row += "".join(f" {format_sek(pot.balance(on, e), locale):>16}" for e in earmarks)
        lines.append(row)
        lines.append(f"  {text}" + (f" ({earmark})" if earmark else ""))
    for application in pot.applications:
        lines.append(
            f"Ansökan {application.case_number} från {application.applicant}: "
            f"{format_sek(application.amount, locale)}"
            + (f" ur {application.earmark}" if application.earmark else "")
        )
    for proposal in pot.proposals:
        lines.append(
            f"Förslag {proposal.case_number} av {proposal.by} den {proposal.on.isoformat()}: "
            f"bevilja {format_sek(proposal.amount, locale)}"
        )
    decided = {d.case_number for d in pot.decisions}
    for proposal in pot.proposals:
        if proposal.case_number in decided:
            continue
        application = pot.application(proposal.case_number)
        earmark = application.earmark if application else None
        remaining = pot.balance(proposal.on, earmark) - proposal.amount
        where = f"av {earmark}" if earmark else "i potten"
        lines.append(
            f"Om {proposal.case_number} beviljas återstår {format_sek(remaining, locale)} {where}."
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    path = Path(args[0]) if args else DEFAULT
    locale = args[1] if len(args) > 1 else "sv"
    pot = load(path).content
    if not isinstance(pot, Pot):
        print(f"{path} is not a fund_pot document", file=sys.stderr)
        return 2
    for line in ledger(pot, locale):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
