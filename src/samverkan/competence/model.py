"""Task areas (*verksamhetsområden*): who holds a task, "ska" or "får", under which provision.

A :class:`TaskArea` lists its :class:`Holding` objects: which level (kommun or region) holds
the task, whether as an obligation (:attr:`Duty.SHALL`, "ska") or a permission
(:attr:`Duty.MAY`, "får"), the provision that says so, the dates it applies and how well that
fact has been checked. A :class:`Transfer` is a statutory way to move the task between levels
by agreement.

>>> from datetime import date
>>> from samverkan.law import Citation, Verification
>>> care = Holding(
...     "municipality",
...     Duty.MAY,
...     Citation("2017:30", 12, "2"),
...     date(2017, 4, 1),
...     None,
...     Verification.VERIFIED_RK,
... )
>>> care.summary()
'kommun får (HSL 12:2)'
>>> care.valid_on(date(2017, 3, 31)), care.valid_on(date(2017, 4, 1))
(False, True)

:func:`competence_of` answers whether a municipality or region holds a task on a date;
Gotlands kommun, which carries the regional responsibilities, matches both levels.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from typing import Literal, TypeAlias

from attrs import field, frozen
from attrs.validators import in_

from samverkan.law import Citation, Verification
from samverkan.parties import Municipality, Party

__all__ = [
    "HOLDERS",
    "Duty",
    "Holder",
    "Holding",
    "TaskArea",
    "Transfer",
    "competence_of",
    "competences_of",
]

#: The level that holds a task: the same words as :attr:`samverkan.parties.Municipality.kind`.
Holder: TypeAlias = Literal["municipality", "region"]

#: Every value a :data:`Holder` may take.
HOLDERS: tuple[Holder, ...] = ("municipality", "region")

_HOLDER_SV = {"municipality": "kommun", "region": "region"}
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*\Z")
_COUNTY = re.compile(r"^\d{2}\Z")


class Duty(enum.Enum):
    """Whether a provision obliges or permits: "ska" or "får"."""

    #: An obligation ("ska"): the holder must provide the task.
    SHALL = "ska"
    #: A permission ("får"): the holder may take the task on.
    MAY = "får"


def _check_counties(_: object, __: object, value: frozenset[str] | None) -> None:
    if value is None:
        return
    if not value:
        raise ValueError("counties must name at least one county, or be None for all")
    for code in value:
        if not _COUNTY.match(code):
            raise ValueError(f"not a two-digit county code: {code!r}")


@frozen
class Holding:
    """One level's competence for a task: holder, duty, provision and period.

    ``valid_from`` and ``valid_to`` are both inclusive; ``None`` means the start is not
    recorded (the holding counts as applying) or that there is no end. ``counties`` limits
    the holding to the parties in the given counties (two-digit codes); ``None`` means every
    county. ``verification`` says how well the fact has been checked: a
    :attr:`~samverkan.law.Verification.RECALLED` holding must never be treated as certain.
    """

    holder: Holder = field(validator=in_(HOLDERS))
    duty: Duty
    citation: Citation
    valid_from: date | None
    valid_to: date | None
    verification: Verification
    counties: frozenset[str] | None = field(default=None, validator=_check_counties)
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if (
            self.valid_from is not None
            and self.valid_to is not None
            and self.valid_to < self.valid_from
        ):
            raise ValueError(
                f"a holding cannot end ({self.valid_to}) before it starts ({self.valid_from})"
            )

    def valid_on(self, on: date) -> bool:
        """Whether the holding applies on ``on`` (both ends inclusive)."""
        started = self.valid_from is None or self.valid_from <= on
        return started and (self.valid_to is None or on <= self.valid_to)

    def covers(self, party: Party) -> bool:
        """Whether ``party`` is of the holding level and, if restricted, in one of its counties.

        Gotlands kommun (``carries_regional_responsibilities``) counts as both levels.
        """
        if self.counties is not None and party.county_code not in self.counties:
            return False
        if party.kind == self.holder:
            return True
        return (
            self.holder == "region"
            and isinstance(party, Municipality)
            and party.carries_regional_responsibilities
        )

    def summary(self) -> str:
        """Short Swedish summary such as ``kommun får (HSL 12:2)``."""
        return f"{_HOLDER_SV[self.holder]} {self.duty.value} ({self.citation.short()})"


@frozen
class Transfer:
    """A statutory way to move a task between levels by agreement (*överlåtelse*).

    ``moves_responsibility`` is ``True`` where the receiving party takes over the duty itself
    (HSL 14:1, LSS 17 § 2 st., SkolL 23:21), unlike avtalssamverkan under KL 9:37, where only
    the performance moves. ``valid_from`` is ``None`` where the digest does not record when
    the current rule started.
    """

    from_holder: Holder = field(validator=in_(HOLDERS))
    to_holder: Holder = field(validator=in_(HOLDERS))
    citation: Citation
    valid_from: date | None
    moves_responsibility: bool
    verification: Verification
    note: str = ""

    def summary(self) -> str:
        """Short Swedish summary such as ``region → kommun (HSL 14:1)``."""
        return (
            f"{_HOLDER_SV[self.from_holder]} → {_HOLDER_SV[self.to_holder]} "
            f"({self.citation.short()})"
        )


def _check_id(_: object, __: object, value: str) -> None:
    if not _ID.match(value):
        raise ValueError(
            f"a task area id is lowercase words joined by '-' and '.', like 'hsl.home-care': "
            f"{value!r}"
        )


def _check_name(_: object, attribute: object, value: str) -> None:
    if not value.strip():
        raise ValueError("a task area needs a non-empty name")


def _check_holdings(_: object, __: object, value: tuple[Holding, ...]) -> None:
    if not value:
        raise ValueError("a task area needs at least one holding")


@frozen
class TaskArea:
    """A task area (*verksamhetsområde*) and the levels that hold it.

    ``statutory_committee`` cites the rule that requires a nämnd for the task in every
    kommun or region (KL 9:21 2 st. lets such tasks go to a joint committee);
    ``joint_committee_barred`` cites the rule that forbids giving the task to a joint
    committee; ``localisation_exceptions`` cite the provisions that lift the localisation
    principle (KL 2:1) for the area.
    """

    id: str = field(validator=_check_id)
    name_sv: str = field(validator=_check_name)
    name_en: str = field(validator=_check_name)
    holdings: tuple[Holding, ...] = field(validator=_check_holdings)
    transfers: tuple[Transfer, ...] = ()
    statutory_committee: Citation | None = None
    joint_committee_barred: Citation | None = None
    localisation_exceptions: tuple[Citation, ...] = ()
    description: str = ""

    def holdings_on(self, on: date) -> tuple[Holding, ...]:
        """The holdings that apply on ``on``, in catalogue order."""
        return tuple(h for h in self.holdings if h.valid_on(on))

    def transfers_on(self, on: date) -> tuple[Transfer, ...]:
        """The transfers available on ``on``; a transfer without a start date is included."""
        return tuple(t for t in self.transfers if t.valid_from is None or t.valid_from <= on)


def competences_of(party: Party, area: TaskArea, on: date) -> tuple[Holding, ...]:
    """Every holding that gives ``party`` competence in ``area`` on ``on``, "ska" first.

    Within the same duty the catalogue order is kept.
    """
    matching = [h for h in area.holdings_on(on) if h.covers(party)]
    return tuple(sorted(matching, key=lambda h: h.duty is not Duty.SHALL))


def competence_of(party: Party, area: TaskArea, on: date) -> Holding | None:
    """The holding that gives ``party`` competence in ``area`` on ``on``, or ``None``.

    A municipality matches holdings of the ``"municipality"`` level and a region those of the
    ``"region"`` level; Gotlands kommun matches both. Holdings limited to certain counties
    match only parties in them. An obligation ("ska") is preferred to a permission ("får").
    """
    found = competences_of(party, area, on)
    return found[0] if found else None
