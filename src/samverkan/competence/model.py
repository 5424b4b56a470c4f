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

The holder is named in the words of the date: "landsting" before 2020-01-01, "region" from
then (SFS 2019:835). :meth:`Holding.statement` gives a sentence in the form of the statute:

>>> regional = Holding(
...     "region",
...     Duty.SHALL,
...     Citation("2017:30", 8, "1"),
...     date(2017, 4, 1),
...     None,
...     Verification.VERIFIED_RK,
...     duty_sv="erbjuda vård åt dem som bor inom {regional}",
... )
>>> regional.summary(date(2019, 6, 1))
'landsting ska (HSL 8:1)'
>>> print(regional.statement(date(2019, 6, 1))[:63])
Landstinget ska erbjuda vård åt dem som bor inom landstinget (8
>>> print(regional.statement(date(2024, 6, 1))[:60])
Regionen ska erbjuda vård åt dem som bor inom regionen (8 ka

:func:`competence_of` answers whether a municipality or region holds a task on a date;
Gotlands kommun, which carries the regional responsibilities, matches both levels.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from typing import Literal, TypeAlias

from attrs import field
from attrs.validators import in_

from samverkan._frozen import frozen
from samverkan.law import Citation, Verification
from samverkan.law.statutes import regional_level_term
from samverkan.parties import Municipality, Party

__all__ = [
    "HOLDERS",
    "Duty",
    "EntreprenadScope",
    "Holder",
    "Holding",
    "SchoolEntreprenad",
    "SupervisionOf",
    "TaskArea",
    "Transfer",
    "competence_of",
    "competences_of",
    "holds_competence",
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
    #: What the holder must or may do, in Swedish, completing "Kommunen ska …"; the word
    #: ``{regional}`` becomes "landstinget" or "regionen" by date. Empty: a general phrase.
    duty_sv: str = ""

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

    def gives(self, party: Party, on: date) -> bool:
        """Whether the holding gives ``party`` competence on ``on``: it applies that day and
        covers the party."""
        return self.valid_on(on) and self.covers(party)

    def summary(self, on: date | None = None) -> str:
        """Short Swedish summary such as ``kommun får (HSL 12:2)``.

        With a date the regional level is named as the law then named it ("landsting"
        before 2020-01-01); without one, as today.
        """
        return f"{_holder_word(self.holder, on)} {self.duty.value} ({self.citation.short()})"

    def statement(self, on: date | None = None) -> str:
        """A Swedish sentence stating the holding, such as "Kommunen ska ha en
        överförmyndare eller en överförmyndarnämnd (19 kap. 1 § föräldrabalken)."."""
        regional = "landstinget" if _regional_word(on) == "landsting" else "regionen"
        subject = "kommunen" if self.holder == "municipality" else regional
        if self.duty_sv:
            what = self.duty_sv.replace("{regional}", regional)
        elif self.duty is Duty.SHALL:
            what = "ansvara för uppgiften"
        else:
            what = "ta sig an uppgiften"
        sentence = f"{subject} {self.duty.value} {what} ({self.citation.swedish()})."
        return sentence[0].upper() + sentence[1:]


def _regional_word(on: date | None) -> str:
    return "region" if on is None else regional_level_term(on)


def _holder_word(holder: Holder, on: date | None) -> str:
    return _regional_word(on) if holder == "region" else _HOLDER_SV[holder]


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

    def summary(self, on: date | None = None) -> str:
        """Short Swedish summary such as ``region → kommun (HSL 14:1)``."""
        return (
            f"{_holder_word(self.from_holder, on)} → {_holder_word(self.to_holder, on)} "
            f"({self.citation.short()})"
        )


class EntreprenadScope(enum.Enum):
    """What skollagen 23 kap. says about having another kommun or region perform an area's
    tasks on entreprenad (SkolL 23:2 2 st.: only under the conditions of the chapter)."""

    #: A section of 23:8–19 lets the tasks go to another huvudman inom skolväsendet.
    PERMITTED = "permitted"
    #: The tasks may be handed over only to the state (23:15).
    STATE_ONLY = "state-only"
    #: The section names only "en enskild fysisk eller juridisk person" (23:8, 23:10); whether
    #: that reaches another kommun or region is not settled by the text.
    PRIVATE_PERSONS = "private-persons"
    #: Teaching that no section of 23:8–19 lets go to another huvudman.
    NOT_PERMITTED = "not-permitted"


@frozen
class SchoolEntreprenad:
    """How skollagen 23 kap. (SFS 2020:605) treats the area's tasks performed on entreprenad.

    ``citation`` names the section that decides: the 23:8–19 section that allows or limits
    the handing over, or 23:2 2 st. where none does. ``teaching`` says whether the tasks are
    teaching (*undervisning*).
    """

    scope: EntreprenadScope
    citation: Citation
    teaching: bool
    verification: Verification = Verification.VERIFIED_RK


@frozen
class SupervisionOf:
    """The statutory supervision (*tillsyn*) an area's holder exercises over another area's
    activity: the link KL 6:7 2 st. turns on (a nämnd may not supervise what it runs).

    ``area`` is the id of the supervised area; ``citation`` the provision that makes the
    supervision cover it; ``verification`` how well that link has been checked.
    """

    area: str
    citation: Citation
    verification: Verification


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
    kommun or region (KL 9:21 2 st. lets such tasks go to a joint committee), and
    ``former_statutory_committees`` the rules that did so under earlier acts; use
    :meth:`statutory_committee_on` for the one in force on a date. ``joint_committee_barred``
    cites the rule that forbids giving the task to a joint committee;
    ``localisation_exceptions`` cite the provisions that lift the localisation principle
    (KL 2:1) for the area.

    The families an area belongs to are attributes, so that an area an application adds
    takes part in the rules that depend on them: ``care_and_welfare`` for the tasks lag
    (2003:192) 1 § names (HSL, SoL, LSS, tandvårdslagen, LPT, LRV, smittskyddslagen, LVM,
    LVU, lag (2017:372)); ``internal_service`` for support to one's own activity
    (procurement, IT, payroll, shared services); ``guardianship`` for the överförmyndare's
    tasks (FB 19 kap.). ``performance_by_other_level`` cites a provision under which the act
    itself contemplates the other level performing the task under KL 9:37 (SoL (2025:400)
    4:3: "en annan kommun eller en region"). ``school_entreprenad`` says what skollagen
    23 kap. allows when another kommun or region performs the tasks.

    ``public_authority`` marks an area whose tasks are exercise of public authority
    (*myndighetsutövning*: permits, supervision, grants) rather than running a service, the
    split KL 6:7 2 st. and 10:1 2 st. turn on; ``supervises`` names the areas whose activity
    the area's statutory supervision covers.

    ``covered_from`` is the first day the catalogue encodes who holds the task; before it
    (and, when it is ``None``, before the earliest holding) the holder is "not encoded", not
    "none": see :meth:`encoded_on`.
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
    care_and_welfare: bool = False
    internal_service: bool = False
    guardianship: bool = False
    former_statutory_committees: tuple[Citation, ...] = ()
    performance_by_other_level: Citation | None = None
    school_entreprenad: SchoolEntreprenad | None = None
    covered_from: date | None = None
    public_authority: bool = False
    supervises: tuple[SupervisionOf, ...] = ()

    @property
    def coverage_start(self) -> date | None:
        """The first day the holders are encoded: ``covered_from``, else the earliest start
        of a holding; ``None`` when a holding has no recorded start."""
        if self.covered_from is not None:
            return self.covered_from
        starts = [h.valid_from for h in self.holdings]
        if any(start is None for start in starts):
            return None
        return min(start for start in starts if start is not None)

    def encoded_on(self, on: date) -> bool:
        """Whether the catalogue encodes the holders of the task on ``on``.

        >>> from datetime import date
        >>> from samverkan.competence import CATALOGUE
        >>> area = CATALOGUE.get("hsl.municipal-care")
        >>> area.encoded_on(date(2017, 3, 31)), area.encoded_on(date(2017, 4, 1))
        (False, True)
        """
        start = self.coverage_start
        return start is None or start <= on

    def statutory_committee_on(self, on: date) -> Citation | None:
        """The provision requiring a nämnd for the task that is in force on ``on``, or ``None``.

        A provision of an act not in force on ``on`` is never returned; a provision of an
        act the statute catalogue does not know counts as in force.

        >>> from datetime import date
        >>> from samverkan.competence import CATALOGUE
        >>> area = CATALOGUE.get("sol.social-services")
        >>> area.statutory_committee_on(date(2019, 1, 1)).short()
        'SoL (2001:453) 2:4'
        >>> area.statutory_committee_on(date(2025, 7, 1)).short()
        'SoL 4:2'
        """
        for citation in (self.statutory_committee, *self.former_statutory_committees):
            if citation is not None and citation.act_in_force_on(on):
                return citation
        return None

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
    matching = [h for h in area.holdings if h.gives(party, on)]
    return tuple(sorted(matching, key=lambda h: h.duty is not Duty.SHALL))


def holds_competence(party: Party, area: TaskArea, on: date) -> bool:
    """Whether ``party`` holds any competence in ``area`` on ``on``.

    The same answer as ``competence_of(party, area, on) is not None``, given without
    collecting and ordering the holdings.
    """
    for holding in area.holdings:  # noqa: SIM110 - a loop: no generator to make per call
        if holding.gives(party, on):
            return True
    return False


def competence_of(party: Party, area: TaskArea, on: date) -> Holding | None:
    """The holding that gives ``party`` competence in ``area`` on ``on``, or ``None``.

    A municipality matches holdings of the ``"municipality"`` level and a region those of the
    ``"region"`` level; Gotlands kommun matches both. Holdings limited to certain counties
    match only parties in them. An obligation ("ska") is preferred to a permission ("får").
    """
    found = competences_of(party, area, on)
    return found[0] if found else None
