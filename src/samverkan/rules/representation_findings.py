"""What a representation rule reports (KL 9:3 2–3 st., 9:24; KL 1991 3:3 b): every party's
ledamöter and ersättare in one organ, the organ's total, and seats held or elected wrongly.

The rules differ only in their words (:class:`RepresentationWording`) and the provisions they
cite; :func:`representation_findings` reports for them all. Parties whose seats are not listed,
or that have none, are named together in one finding.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import Any

from attrs import field

from samverkan._frozen import frozen
from samverkan.i18n import N_
from samverkan.law import Citation
from samverkan.model import Participant, Seat
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Category, Finding, Severity
from samverkan.rules.grouping import InOrder, Item, Wording, grouped
from samverkan.rules.participants import organ_term
from samverkan.rules.representation import Gap, OrganRepresentation, misappointed

__all__ = ["BALANCE_FIX", "RepresentationWording", "representation_findings"]

#: The organ's total imbalance has two cures; the hint names both.
BALANCE_FIX = N_("Gör antalen lika: välj fler ersättare eller färre ledamöter.")
#: A party's own imbalance is a warning (the law asks for equal numbers of the whole organ);
#: unlisted seats are information.
GAP_SEVERITY = {Gap.UNRECORDED: Severity.INFO, Gap.UNBALANCED: Severity.WARNING}
#: The gaps that carry no numbers, so that several parties' are named in one finding.
GROUPED_GAPS = (Gap.UNRECORDED, Gap.NO_SEAT)


def _no_messages() -> dict[Gap, str]:
    return {}


@frozen
class RepresentationWording:
    """A representation rule's words: ``gaps`` per party (``{party}``, or ``one``), and for
    the gaps without numbers ``grouped_gaps`` naming several (``{parties}``); their fix hints;
    the messages for no seats listed, the organ's total and wrongly filled seats (``None``
    where the rule does not judge them)."""

    none_listed: str
    gaps: Mapping[Gap, str]
    grouped_gaps: Mapping[Gap, str]
    gap_fixes: Mapping[Gap, str] = field(factory=_no_messages)
    grouped_fixes: Mapping[Gap, str] = field(factory=_no_messages)
    total: str | None = None
    not_a_party: tuple[str, str] | None = None
    other_body: tuple[str, str] | None = None
    one: str = "party"


def representation_findings(
    ctx: RuleContext,
    seats: tuple[Seat, ...],
    parties: tuple[Participant, ...],
    complete: bool,
    wording: RepresentationWording,
    *,
    parties_path: str,
    gap_citations: tuple[Citation, ...] | None = None,
    seat_citations: tuple[Citation, ...] | None = None,
    **params: Any,
) -> Iterator[Finding]:
    """The findings on ``parties``' representation among ``seats``; ``complete`` when the seats
    are every seat of the organ. ``params`` fill every gap and total message."""
    if not seats and not complete:
        yield ctx.not_recorded(wording.none_listed, path="$.seats", citations=gap_citations)
        return
    organ = OrganRepresentation.of(seats, parties, complete)
    found = InOrder()
    for item in organ.parties:
        for gap in item.gaps:
            path = f"{parties_path}[{item.index}]"
            if gap in GROUPED_GAPS and gap in wording.grouped_gaps:
                found.item(gap, path, item.party)
            elif gap in wording.gaps:
                values: dict[str, Any] = {wording.one: item.party, **params}
                found.add(
                    ctx.finding(
                        wording.gaps[gap],
                        path=path,
                        severity=GAP_SEVERITY.get(gap),
                        fix=wording.gap_fixes.get(gap),
                        citations=gap_citations,
                        facts=item.found.counts(),
                        members=item.found.members,
                        substitutes=item.found.substitutes,
                        **values,
                    )
                )

    def group(gap: Hashable, items: list[Item]) -> Iterator[Finding]:
        assert isinstance(gap, Gap)
        text = Wording(
            wording.gaps[gap],
            wording.grouped_gaps[gap],
            wording.gap_fixes.get(gap),
            wording.grouped_fixes.get(gap),
        )
        return grouped(
            ctx,
            items,
            text,
            one=wording.one,
            many="parties",
            path=parties_path,
            severity=GAP_SEVERITY.get(gap),
            category=Category.NOT_RECORDED if gap is Gap.UNRECORDED else None,
            citations=gap_citations,
            facts={"members": 0, "substitutes": 0},
            members=0,
            substitutes=0,
            **params,
        )

    yield from found.findings(group)
    if wording.total is not None and organ.total_unbalanced:
        yield ctx.finding(
            wording.total,
            fix=BALANCE_FIX,
            path="$.seats",
            citations=gap_citations,
            facts=organ.total.counts(),
            members=organ.total.members,
            substitutes=organ.total.substitutes,
            **params,
        )
    yield from _misappointed(ctx, seats, parties, wording, seat_citations)


def _misappointed(
    ctx: RuleContext,
    seats: tuple[Seat, ...],
    parties: tuple[Participant, ...],
    wording: RepresentationWording,
    citations: tuple[Citation, ...] | None,
) -> Iterator[Finding]:
    for wrong in misappointed(seats, parties):
        words = wording.not_a_party if wrong.not_a_party else wording.other_body
        if words is None:
            continue
        message, fix = words
        field_name = "party" if wrong.not_a_party else "appointed_by"
        extra: dict[str, Any] = {}
        if not wrong.not_a_party:
            extra["body"] = organ_term(wrong.seat.appointed_by, wrong.seat.party, ctx)
        yield ctx.finding(
            message,
            fix=fix,
            path=f"$.seats[{wrong.index}].{field_name}",
            citations=citations,
            party=wrong.seat.party,
            **extra,
        )
