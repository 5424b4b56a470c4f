"""Grouped findings: one finding for what a rule would otherwise say once per item.

A rule that finds the same fault in several parties, members or items of one subject reports
it once, naming them all (``Fullmäktige i Ost (2380), Berg (2326) ...``) at the path of the
list, with the item paths in the facts (``paths``). A fault in one item alone is reported as
before, at the item's own path. :class:`Wording` holds the two catalogued forms of a message
and of its fix hint; :func:`grouped` chooses between them, and :func:`listed_parties` applies
it to a list of parties that should name every party and no one else, and
:func:`fullmaktige_adoptions` to the parties' adoptions of an instrument.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

from samverkan._frozen import frozen
from samverkan.i18n import N_, Listing, Localised, render
from samverkan.model import Instrument, Participant
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import compare_lists
from samverkan.rules.finding import Category, Finding, Severity
from samverkan.rules.participants import organ_term
from samverkan.rules.recorded import Recorded, adoption_of

__all__ = [
    "MAX_NAMED",
    "AdoptionWording",
    "InOrder",
    "Wording",
    "fullmaktige_adoptions",
    "grouped",
    "listed_parties",
]


@frozen
class Wording:
    """A message for one item (parameter ``one``) and for several (parameter ``many``), each
    with its fix hint or ``None``."""

    one: str
    many: str
    fix_one: str | None = None
    fix_many: str | None = None


def grouped(
    ctx: RuleContext,
    items: Sequence[tuple[str, object]],
    wording: Wording,
    *,
    one: str,
    many: str,
    path: str,
    facts: dict[str, Any] | None = None,
    **params: Any,
) -> Iterator[Finding]:
    """Nothing for no items; for one ``(path, value)`` item, ``wording.one`` at its path with
    ``{one}`` set to the value; for several, ``wording.many`` at ``path`` with ``{many}``
    listing every value and the item paths in the facts."""
    values: dict[str, Any]
    if len(items) == 1:
        ((item_path, value),) = items
        values = {one: value, **params}
        yield ctx.finding(wording.one, path=item_path, fix=wording.fix_one, facts=facts, **values)
    elif items:
        values = {many: _named(items), **params}
        yield ctx.finding(
            wording.many,
            path=path,
            fix=wording.fix_many,
            facts={**(facts or {}), "paths": [item_path for item_path, _ in items]},
            **values,
        )


Item = tuple[str, object]
GroupFindings = Callable[[Hashable, list[Item]], Iterator[Finding]]


class InOrder:
    """Findings in the order their first item was met: a group stands at its first item's
    place, so that where nothing groups the findings come as they always came."""

    def __init__(self) -> None:
        self._entries: list[Finding | tuple[Hashable, list[Item]]] = []
        self._groups: dict[Hashable, list[Item]] = {}

    def add(self, finding: Finding) -> None:
        """A finding of its own."""
        self._entries.append(finding)

    def item(self, key: Hashable, path: str, value: object) -> None:
        """An item of the group ``key``."""
        if key not in self._groups:
            self._groups[key] = []
            self._entries.append((key, self._groups[key]))
        self._groups[key].append((path, value))

    def findings(self, group_findings: GroupFindings) -> Iterator[Finding]:
        """Every finding, each group's made by ``group_findings(key, items)``."""
        for entry in self._entries:
            if isinstance(entry, Finding):
                yield entry
            else:
                yield from group_findings(*entry)


#: The most items a grouped message names; the rest are counted (their paths stay in the facts).
MAX_NAMED = 20
_MORE = N_("och {count} till")


def _named(items: Sequence[Item]) -> Listing:
    """The items' values for a message: every one, or the first :data:`MAX_NAMED` and a count
    of the rest."""
    values = [value for _, value in items]
    if len(values) <= MAX_NAMED:
        return Listing(values)
    rest = {"count": len(values) - MAX_NAMED}
    more = Localised(render(_MORE, rest, "sv"), render(_MORE, rest, "en"))
    return Listing([*values[:MAX_NAMED], more])


def listed_parties(
    ctx: RuleContext,
    parties: tuple[Participant, ...],
    listed: tuple[Participant, ...],
    *,
    parties_path: str,
    listed_path: str,
    missing: Wording,
    strangers: Wording,
    one_party: str = "party",
) -> Iterator[Finding]:
    """The parties ``listed`` leaves out (``{party}``, or ``one_party``, and ``{parties}``),
    then the participants it names that are not parties (``{participant}`` and
    ``{participants}``), each fault once."""
    left_out, others = compare_lists(parties, listed)
    yield from grouped(
        ctx,
        [(f"{parties_path}[{i}]", p) for i, p in left_out],
        missing,
        one=one_party,
        many="parties",
        path=parties_path,
    )
    yield from grouped(
        ctx,
        [(f"{listed_path}[{i}]", p) for i, p in others],
        strangers,
        one="participant",
        many="participants",
        path=listed_path,
    )


@frozen
class AdoptionWording:
    """What an adoption rule says of parties whose fullmäktige adoption is not recorded, of one
    adopted by another organ (``{body}``; a single message and its fix), and of parties that
    have not adopted."""

    unrecorded: Wording
    other_body: str
    other_body_fix: str
    absent: Wording
    #: Whether the other organ's finding lists the organs in its facts (``adopted_by``).
    adopted_by_facts: bool = False


def fullmaktige_adoptions(
    ctx: RuleContext,
    instrument: Instrument,
    parties: Sequence[tuple[int, Participant]],
    wording: AdoptionWording,
    *,
    parties_path: str,
    one: str,
) -> Iterator[Finding]:
    """Each party's adoption of ``instrument`` through its fullmäktige: an adoption by another
    organ once per party, the parties that have not adopted in one finding, and those whose
    adoption is not recorded in one information finding (``{one}`` or ``{parties}``)."""
    found = InOrder()
    for index, party in parties:
        record = adoption_of(instrument, party)
        if record.status is Recorded.PRESENT:
            continue
        path = f"{parties_path}[{index}]"
        if record.status is Recorded.UNRECORDED:
            found.item(Recorded.UNRECORDED, path, party)
        elif record.status is Recorded.ABSENT and record.other_bodies:
            facts = {"adopted_by": [b.value for b in record.other_bodies]}
            values: dict[str, Any] = {one: party}
            found.add(
                ctx.finding(
                    wording.other_body,
                    fix=wording.other_body_fix,
                    path=path,
                    facts=facts if wording.adopted_by_facts else None,
                    body=organ_term(record.other_bodies[0], party, ctx),
                    **values,
                )
            )
        elif record.status is Recorded.ABSENT:
            found.item(Recorded.ABSENT, path, party)

    def group(status: Hashable, items: list[Item]) -> Iterator[Finding]:
        if status is Recorded.ABSENT:
            return grouped(ctx, items, wording.absent, one=one, many="parties", path=parties_path)
        return grouped(
            ctx,
            items,
            wording.unrecorded,
            one=one,
            many="parties",
            path=parties_path,
            severity=Severity.INFO,
            category=Category.NOT_RECORDED,
        )

    yield from found.findings(group)
