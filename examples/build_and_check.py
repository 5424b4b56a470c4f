"""Build a joint committee in code and check it against the law.

    .venv/bin/python examples/build_and_check.py [sv|en]

Krokom, Åre and Östersund plan a joint överförmyndarnämnd (FB 19:16), hosted by Östersund.
The draft first has no adopted reglemente and Åre has not yet named an ersättare; the checker
reports both. Then each fullmäktige adopts the documents and elects its members, and the
committee passes. The messages are in Swedish, or in English with ``en``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date

import attrs

from samverkan.model import (
    Adoption,
    Instrument,
    JointCommittee,
    JointCommitteeBasis,
    Office,
    Participant,
    Role,
    Seat,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import Report, check

AS_OF = date(2024, 1, 1)


def draft() -> JointCommittee:
    """The committee as first proposed: documents drafted, not adopted; Åre lacks an
    ersättare."""
    reg = registry()
    krokom, are, ostersund = (reg.lookup(name) for name in ("Krokom", "Åre", "Östersund"))
    parties: tuple[Participant, ...] = (krokom, are, ostersund)
    documents = Instrument(
        title="Reglemente för överförmyndarnämnden",
        tasks=("fb.guardianship",),
        adoptions_complete=True,  # a draft: no fullmäktige has adopted it yet
    )
    return JointCommittee(
        "Gemensam överförmyndarnämnd för Krokom, Åre och Östersund",
        parties,
        ostersund,
        tasks=(Task("fb.guardianship", "Överförmyndarens uppgifter enligt föräldrabalken."),),
        basis=JointCommitteeBasis.GUARDIANSHIP,
        agreement=attrs.evolve(documents, title="Avtal om gemensam överförmyndarnämnd"),
        standing_rules=documents,
        seats=(
            Seat(ostersund, office=Office.CHAIR),
            Seat(ostersund, Role.SUBSTITUTE),
            Seat(krokom, office=Office.VICE_CHAIR),
            Seat(krokom, Role.SUBSTITUTE),
            Seat(are),
        ),
    )


def adopted(committee: JointCommittee) -> JointCommittee:
    """Each fullmäktige adopts the agreement and the reglemente; Åre elects an ersättare."""
    decisions = tuple(Adoption(party, on=date(2023, 11, 20)) for party in committee.parties)
    are = committee.parties[1]
    return attrs.evolve(
        committee,
        agreement=attrs.evolve(committee.agreement, adoptions=decisions),
        standing_rules=attrs.evolve(committee.standing_rules, adoptions=decisions),
        seats=(*committee.seats, Seat(are, Role.SUBSTITUTE)),
    )


def show(title: str, report: Report, locale: str) -> None:
    """Print a report: one finding per block, severity first."""
    verdict = "inga fel" if report.ok else f"{len(report.errors)} fel"
    print(f"== {title}: {verdict} (per {report.as_of.isoformat()})")
    for finding in report:
        citations = ", ".join(c.short() for c in finding.citations)
        print(f"  {finding.severity.value:<8}{finding.rule_id}  {finding.path}")
        print(f"          {finding.message(locale)} [{citations}]")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    locale = args[0] if args else "sv"
    first = draft()
    show("Förslaget", check(first, as_of=AS_OF), locale)
    final = adopted(first)
    report = check(final, as_of=AS_OF)
    show("Efter besluten", report, locale)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
