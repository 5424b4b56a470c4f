"""Load a document, change it and save it.

    .venv/bin/python examples/edit_document.py [OUT.json]

Reads ``jamtland/gnu-municipalities.json`` (the seed records no seats), gives each of the
seven parties one ledamot and one ersättare, with the chair for Östersund, the host, and saves
the result to ``OUT.json`` (default: a new temporary directory). The findings before and after
show the change: the representation can now be checked, and it holds.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import attrs

from samverkan.io import Document, dump, load
from samverkan.model import JointCommittee, Office, Role, Seat
from samverkan.rules import check

SOURCE = Path(__file__).resolve().parent / "jamtland" / "gnu-municipalities.json"
AS_OF = date(2019, 9, 2)


def with_seats(committee: JointCommittee) -> JointCommittee:
    """One ledamot and one ersättare per party; the host's ledamot chairs."""
    seats: list[Seat] = []
    for party in committee.parties:
        chair = Office.CHAIR if party == committee.host else None
        seats += [Seat(party, office=chair), Seat(party, Role.SUBSTITUTE)]
    return attrs.evolve(committee, seats=tuple(seats))


def summary(committee: JointCommittee) -> list[str]:
    """The findings as one line each."""
    return [
        f"{f.severity.value} {f.rule_id} {f.path}: {f.message()}"
        for f in check(committee, as_of=AS_OF)
    ] or ["inga fynd"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    target = Path(args[0]) if args else Path(tempfile.mkdtemp()) / SOURCE.name
    document = load(SOURCE)
    committee = document.content
    assert isinstance(committee, JointCommittee)
    print(f"Läst: {SOURCE.name} ({document.kind}, {len(committee.seats)} platser)")
    for line in summary(committee):
        print(f"  före:  {line}")

    changed = with_seats(committee)
    dump(Document.of(changed), target)
    print(f"Sparad: {target} ({len(changed.seats)} platser)")
    for line in summary(changed):
        print(f"  efter: {line}")

    again = load(target).content
    print("Läst tillbaka: " + ("samma modell" if again == changed else "SKILLNAD"))
    return 0 if again == changed else 1


if __name__ == "__main__":
    raise SystemExit(main())
