"""What the document records: present, recorded as absent, or left unrecorded.

One policy for every fact a rule needs (see :doc:`/reference/recording`):

1. A fact the document leaves out (a missing field, ``null``, an empty list) is
   *unrecorded*: the rule says so as information and does not judge it.
2. A list the document gives records the facts of the parties it names. For a party it does
   not name the fact is unrecorded, unless the document declares the list complete
   (``adoptions_complete``, ``seats_complete``, ``annual_reports_complete``,
   ``provisions_recorded``): then the party's fact is recorded as absent.
3. An explicit negative record (``adopted: false``, ``exists: false``, a charter item with
   status ``absent``) is a recorded absence.

Only a recorded absence can ground an error.

>>> import attrs
>>> from samverkan.model import Adoption, Instrument
>>> from samverkan.parties import registry
>>> ost, berg = registry().municipality("2380"), registry().municipality("2326")
>>> rules = Instrument("Reglemente", adoptions=(Adoption(ost),))
>>> adoption_of(rules, ost).status, adoption_of(rules, berg).status
(<Recorded.PRESENT: 'present'>, <Recorded.UNRECORDED: 'unrecorded'>)
>>> adoption_of(attrs.evolve(rules, adoptions_complete=True), berg).status
<Recorded.ABSENT: 'absent'>
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING

from samverkan._frozen import frozen
from samverkan.model import Adoption, Body, Instrument, Participant
from samverkan.model.federation import Charter, CharterItem, ItemStatus

if TYPE_CHECKING:
    from samverkan.rules.context import RuleContext
    from samverkan.rules.finding import Finding

__all__ = ["AdoptionRecord", "Recorded", "adoption_of", "instrument_record", "listed"]


class Recorded(enum.Enum):
    """How the document records one fact."""

    #: Recorded as so.
    PRESENT = "present"
    #: Recorded as not so: the rules judge it.
    ABSENT = "absent"
    #: Not recorded: the rules say so and do not judge it.
    UNRECORDED = "unrecorded"


@frozen
class AdoptionRecord:
    """Whether a party's organ adopted an instrument, and which other organs of the party
    are recorded as having adopted it instead."""

    status: Recorded
    other_bodies: tuple[Body, ...] = ()


_ADOPTED = AdoptionRecord(Recorded.PRESENT)
_UNRECORDED = AdoptionRecord(Recorded.UNRECORDED)

#: The adoptions of the instrument last asked about, by party: the rules ask about each
#: party of one instrument in turn (one immutable pair, so threads never see it half-made).
_LAST_GROUPED: tuple[object, dict[Participant, list[Adoption]]] = (None, {})


def _adoptions_by_party(instrument: Instrument) -> dict[Participant, list[Adoption]]:
    global _LAST_GROUPED
    last = _LAST_GROUPED
    if last[0] is instrument:
        return last[1]
    grouped: dict[Participant, list[Adoption]] = {}
    for adoption in instrument.adoptions:
        grouped.setdefault(adoption.party, []).append(adoption)
    _LAST_GROUPED = (instrument, grouped)
    return grouped


def adoption_of(
    instrument: Instrument, party: Participant, body: Body = Body.FULLMAKTIGE
) -> AdoptionRecord:
    """How ``instrument`` records ``party``'s ``body`` adopting it.

    Present when an adoption by that organ is listed; absent when the adoption is listed as
    not taken, when only another organ of the party is listed as adopting, or when the list is
    declared complete; otherwise unrecorded.
    """
    mine = _adoptions_by_party(instrument).get(party, ())
    if any(a.body is body and a.adopted for a in mine):
        return _ADOPTED
    others = tuple(dict.fromkeys(a.body for a in mine if a.adopted and a.body is not body))
    declined = any(a.body is body and not a.adopted for a in mine)
    if declined or others or instrument.adoptions_complete:
        return AdoptionRecord(Recorded.ABSENT, others)
    return _UNRECORDED


def instrument_record(instrument: Instrument | None) -> Recorded:
    """Whether the document records the instrument as existing, as absent, or not at all."""
    if instrument is None:
        return Recorded.UNRECORDED
    return Recorded.PRESENT if instrument.exists else Recorded.ABSENT


def listed(found: bool, complete: bool) -> Recorded:
    """A party's entry in a list: present if found, else absent only in a complete list."""
    if found:
        return Recorded.PRESENT
    return Recorded.ABSENT if complete else Recorded.UNRECORDED


def charter_item_findings(
    ctx: RuleContext, charter: Charter | None, item: CharterItem, *, unrecorded: str, absent: str
) -> Iterator[Finding]:
    """Whether a recorded förbundsordning states ``item``: ``unrecorded`` (information) where
    the charter neither lists it nor declares its content complete, ``absent`` (the rule's
    finding) where it is missing from a complete charter or marked absent."""
    if charter is None or instrument_record(charter) is not Recorded.PRESENT:
        return
    provision = charter.provision(item)
    if provision is None and not charter.provisions_recorded:
        yield ctx.not_recorded(unrecorded, path="$.charter.provisions")
    elif provision is None or provision.status is ItemStatus.ABSENT:
        yield ctx.finding(absent, path="$.charter.provisions")
