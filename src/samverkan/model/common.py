"""Building blocks shared by every cooperation form: periods, organs, adoption decisions,
governing documents, tasks and organisations that are not municipalities or regions.

These classes hold facts only; whether the facts satisfy the law is decided in
:mod:`samverkan.rules`.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import Any, TypeAlias, TypeGuard

from attrs import NOTHING, field

from samverkan._frozen import frozen
from samverkan.parties import Municipality, Region

__all__ = [
    "DESCRIPTION",
    "PARTICIPANT_TYPES",
    "PARTY_TYPES",
    "Adoption",
    "Body",
    "Extent",
    "Instrument",
    "Organisation",
    "OrganisationKind",
    "Participant",
    "Period",
    "Task",
    "described",
    "is_party",
    "non_negative",
    "participant",
    "participants",
]


#: The attrs metadata key under which a field's description is kept: what the field means, in
#: English with the Swedish term, read by the JSON Schema builder and the docs.
DESCRIPTION = "samverkan.description"


def described(text: str, *, default: Any = NOTHING, validator: Any = None, **kwargs: Any) -> Any:
    """An attrs ``field`` that carries its description ``text`` in its metadata.

    >>> import attrs
    >>> @attrs.frozen
    ... class Example:
    ...     name: str = described("The body's name.")
    >>> attrs.fields(Example).name.metadata[DESCRIPTION]
    "The body's name."

    ``default`` and ``validator`` are named so that mypy's attrs support, taught by
    ``scripts/mypy_described.py``, knows which fields are required.
    """
    metadata = {**kwargs.pop("metadata", {}), DESCRIPTION: text}
    return field(default=default, validator=validator, metadata=metadata, **kwargs)


def non_negative(_: Any, attribute: Any, value: Any) -> None:
    """attrs validator: an exact, finite, non-negative :class:`~decimal.Decimal` (or ``None``)."""
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"{attribute.name} must be a finite Decimal amount: {value!r}")
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative: {value}")


@frozen
class Period:
    """A span of days; ``end`` is the last day included, ``None`` for open-ended."""

    start: date = described("The first day of the period.")
    end: date | None = described(
        "The last day of the period, included; absent when open-ended.",
        default=None,
    )

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls within the period."""
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        starts_before_other_ends = other.end is None or self.start <= other.end
        ends_after_other_starts = self.end is None or other.start <= self.end
        return starts_before_other_ends and ends_after_other_starts


class Body(enum.Enum):
    """The organ of a municipality or region that takes a decision."""

    #: Kommunfullmäktige or regionfullmäktige (KL 3:1; 5:1).
    FULLMAKTIGE = "fullmäktige"
    #: Kommunstyrelse or regionstyrelse (KL 3:3).
    STYRELSE = "styrelse"
    #: Another nämnd (KL 3:4).
    NAMND = "nämnd"
    #: The decision-making assembly of a kommunalförbund (KL 9:3).
    FORBUND_ASSEMBLY = "förbundets beslutande församling"


class OrganisationKind(enum.Enum):
    """Kinds of organisation that can appear where a municipality or region is expected."""

    KOMMUNALFORBUND = "kommunalförbund"
    AKTIEBOLAG = "aktiebolag"
    STIFTELSE = "stiftelse"
    FORENING = "förening"
    STATLIG_MYNDIGHET = "statlig myndighet"
    PRIVAT = "privat"


@frozen
class Organisation:
    """A body that is neither a municipality nor a region: a kommunalförbund, a company, a
    state agency or a private organisation. Cooperation forms under KL 9 kap. admit only
    municipalities and regions as parties; rules report when one of these stands there.
    """

    name: str = described("The organisation's name.")
    kind: OrganisationKind = described(
        "What kind of organisation it is (kommunalförbund, aktiebolag, stiftelse, …)."
    )
    orgnr: str | None = described(
        "Its organisation number (organisationsnummer), if known.",
        default=None,
    )

    def __str__(self) -> str:
        return f"{self.name} ({self.kind.value})"


#: Anything that can stand as a party in a document: a municipality, a region or another body.
Participant: TypeAlias = Municipality | Region | Organisation

#: The classes of a :data:`Participant` and of a party, for ``isinstance``.
PARTICIPANT_TYPES: tuple[type, ...] = (Municipality, Region, Organisation)
PARTY_TYPES: tuple[type[Municipality], type[Region]] = (Municipality, Region)


def _not_a_participant(owner: Any, name: str, value: Any, where: str = "") -> TypeError:
    hint = ""
    if isinstance(value, str):
        hint = (
            f"; for the party with code {value!r}, look it up first: "
            f"samverkan.parties.registry().party({value!r})"
        )
    return TypeError(
        f"{type(owner).__name__}.{name}{where} must be a Municipality, Region or Organisation, "
        f"not {type(value).__name__} {value!r}{hint}"
    )


def participant(owner: Any, attribute: Any, value: Any) -> None:
    """attrs validator: a :data:`Participant` (a code as a string is refused at once)."""
    if not isinstance(value, PARTICIPANT_TYPES):
        raise _not_a_participant(owner, attribute.name, value)


def participants(owner: Any, attribute: Any, value: Any) -> None:
    """attrs validator: a tuple of :data:`Participant` (not a string, not codes)."""
    if isinstance(value, str) or not isinstance(value, (tuple, list)):
        raise TypeError(
            f"{type(owner).__name__}.{attribute.name} must be a tuple of parties, "
            f"not {type(value).__name__} {value!r}"
        )
    for index, item in enumerate(value):
        if not isinstance(item, PARTICIPANT_TYPES):
            raise _not_a_participant(owner, attribute.name, item, f"[{index}]")


def is_party(participant: Participant) -> TypeGuard[Municipality | Region]:
    """Whether ``participant`` is a municipality or a region (a party under KL 9 kap.)."""
    return isinstance(participant, PARTY_TYPES)


@frozen
class Adoption:
    """A decision by which a party's organ adopted a document (*antagande*, *beslut*).

    ``reference`` is the minute reference as the party writes it (e.g. ``"KF § 92"``).
    ``adopted`` is ``False`` to record that the organ has *not* adopted the document (it
    declined, or had not decided by the time the record was made): a recorded absence, which
    the rules judge, as against a party that is simply not listed, whose adoption is unrecorded.
    """

    party: Participant = described("The party whose organ took the decision.")
    body: Body = described(
        "The organ that decided (fullmäktige unless stated).",
        default=Body.FULLMAKTIGE,
    )
    on: date | None = described(
        "The day of the decision (beslutsdatum), if known.",
        default=None,
    )
    reference: str | None = described(
        "The minute reference as the party writes it, e.g. 'KF § 92'.",
        default=None,
    )
    adopted: bool = described(
        "False to record that the organ has not adopted the document (a recorded absence).",
        default=True,
    )


@frozen
class Instrument:
    """A governing document adopted by the cooperating parties: an agreement
    (*överenskommelse*), standing rules (*reglemente*) or similar.

    ``tasks`` lists the task-area ids the document sets out, where it sets out tasks.
    ``exists`` is ``False`` to record that there is no such document (a recorded absence);
    leaving the instrument out altogether leaves its existence unrecorded.
    ``adoptions_complete`` says that ``adoptions`` lists every adoption decision taken, so that
    a party not listed has not adopted the document; otherwise a party not listed has an
    unrecorded adoption (see :doc:`/reference/recording`).
    """

    title: str | None = described(
        "The document's title.",
        default=None,
    )
    adoptions: tuple[Adoption, ...] = described(
        "The decisions by which the parties adopted it (antagande).",
        default=(),
    )
    tasks: tuple[str, ...] = described(
        "The task-area ids the document sets out.",
        default=(),
    )
    effective: date | None = described(
        "The day it takes effect (ikraftträdande), if stated.",
        default=None,
    )
    exists: bool = described(
        "False to record that there is no such document; leave the document out when its "
        "existence is not known.",
        default=True,
    )
    adoptions_complete: bool = described(
        "True when the adoptions list every decision taken, so that a party not listed has "
        "not adopted; otherwise its adoption is unrecorded.",
        default=False,
    )

    def adopted_by(self, party: Participant, body: Body = Body.FULLMAKTIGE) -> bool:
        """Whether ``party``'s ``body`` is recorded as having adopted the document."""
        return any(a.party == party and a.body is body and a.adopted for a in self.adoptions)


class Extent(enum.Enum):
    """Whether a task is carried out in whole or in part (*helt eller delvis*, KL 9:37)."""

    WHOLE = "helt"
    PART = "delvis"


@frozen
class Task:
    """A task (*uppgift*) within a task area of the competence catalogue.

    ``for_parties`` names the parties on whose behalf the task is carried out; empty means
    all parties of the cooperation.
    """

    area: str = described(
        "The id of the task area (verksamhetsområde) in the competence catalogue."
    )
    description: str = described(
        "The task (uppgift) in the document's own words.",
        default="",
    )
    for_parties: tuple[Participant, ...] = described(
        "The parties on whose behalf the task is carried out; empty means all parties.",
        default=(),
    )
    extent: Extent = described(
        "Whether the task is carried out in whole or in part (helt eller delvis).",
        default=Extent.WHOLE,
    )
