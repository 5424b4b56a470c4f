"""The history of a body: who took part when, which version of each instrument was in force,
who hosted it, the seats of each term of office, and when it was formed and ended.

A :class:`History` is optional on a joint committee and a federation. :func:`state_on`
resolves a body with a history into the body as it stood on one day, which is what ``check``
judges; a body with no history is returned as it is.

>>> from datetime import date
>>> from samverkan.model import JointCommittee
>>> from samverkan.parties import registry
>>> reg = registry()
>>> ost, berg, krok = reg.municipality("2380"), reg.municipality("2326"), reg.municipality("2309")
>>> committee = JointCommittee(
...     "Gemensam nämnd", parties=(ost, berg, krok), host=ost,
...     history=History(
...         formed=PartialDate(2002),
...         members=(Spell(ost), Spell(berg), Spell(krok, joined=date(2007, 1, 1))),
...     ),
... )
>>> [p.name for p in state_on(committee, date(2005, 6, 1)).parties]
['Östersund', 'Berg']
>>> existence(committee, date(2002, 6, 1)).value
'uncertain'
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, TypeVar

import attrs

from samverkan._frozen import frozen
from samverkan.model.common import Instrument, Participant, Task, described
from samverkan.model.seats import Seat

__all__ = [
    "AssemblyChange",
    "Change",
    "ChangeKind",
    "Existence",
    "History",
    "HostSpell",
    "InstrumentKind",
    "InstrumentVersion",
    "PartialDate",
    "Spell",
    "TaskSpell",
    "Term",
    "change_dates",
    "existence",
    "state_on",
    "uncertain_changes",
]

_B = TypeVar("_B")


@frozen
class PartialDate:
    """A date known to the year, the month or the day (a body "formed in 2002")."""

    year: int = described("The year.")
    month: int | None = described("The month, if known.", default=None)
    day: int | None = described("The day, if known (only with the month).", default=None)

    @property
    def earliest(self) -> date:
        """The first day the date can be."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        """The last day the date can be."""
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        if self.month is not None:
            following = date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return following - timedelta(days=1)
        return date(self.year, 12, 31)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year}"
        if self.day is None:
            return f"{self.year}-{self.month:02d}"
        return self.earliest.isoformat()


@frozen
class Spell:
    """One party's membership: from ``joined`` to ``left`` (both inclusive; ``None``: from
    the start, or still a member), with the decisions by which it joined and left."""

    party: Participant = described("The municipality or region.")
    joined: date | None = described("The first day as a party; none: from the start.", default=None)
    left: date | None = described("The last day as a party; none: still a party.", default=None)
    joined_by: str | None = described("The decision by which it joined.", default=None)
    left_by: str | None = described("The decision by which it left.", default=None)
    joined_in: PartialDate | None = described(
        "When it joined, known only to the year or month (instead of joined).", default=None
    )

    def __attrs_post_init__(self) -> None:
        if self.joined is not None and self.joined_in is not None:
            raise ValueError("give joined or joined_in, not both")

    def covers(self, on: date) -> bool:
        """Whether the party certainly took part on ``on`` (after ``joined_in`` has passed)."""
        started = self.joined is None or self.joined <= on
        if self.joined_in is not None:
            started = self.joined_in.latest < on
        return started and (self.left is None or on <= self.left)


class InstrumentKind(enum.Enum):
    """Which instrument a version belongs to."""

    AGREEMENT = "agreement"
    STANDING_RULES = "standing_rules"
    CHARTER = "charter"
    ARTICLES = "articles"


@frozen
class InstrumentVersion:
    """A version of an instrument, in force from ``effective`` until the next version."""

    kind: InstrumentKind = described("The instrument: agreement, reglemente, charter, articles.")
    effective: date = described("The day this version entered into force.")
    instrument: Instrument = described("The version, with its adoptions.")
    tasks: tuple[Task, ...] = described("The tasks this version gives the body.", default=())


@frozen
class HostSpell:
    """The host party from ``start`` until the next host."""

    host: Participant = described("The host municipality or region.")
    start: date = described("The first day as host.")


@frozen
class Term:
    """The seats of one term of office, from ``start`` until the next term."""

    start: date = described("The first day of the term.")
    seats: tuple[Seat, ...] = described("The seats of the term.", default=())
    complete: bool = described("Whether the seats listed are all the seats.", default=False)


@frozen
class TaskSpell:
    """A task the body had from ``added`` to ``removed`` (inclusive; ``None``: open)."""

    task: Task = described("The task.")
    added: date | None = described("The first day; none: from the start.", default=None)
    removed: date | None = described("The last day; none: still held.", default=None)
    added_in: PartialDate | None = described(
        "When it was added, known only to the year or month (instead of added).", default=None
    )

    def __attrs_post_init__(self) -> None:
        if self.added is not None and self.added_in is not None:
            raise ValueError("give added or added_in, not both")

    def covers(self, on: date) -> bool:
        """Whether the body certainly had the task on ``on`` (after ``added_in`` has passed)."""
        started = self.added is None or self.added <= on
        if self.added_in is not None:
            started = self.added_in.latest < on
        return started and (self.removed is None or on <= self.removed)


@frozen
class AssemblyChange:
    """The assembly form from ``start``: ``"förbundsfullmäktige"`` or ``"förbundsdirektion"``."""

    start: date = described("The first day of the new form.")
    form: str = described("The form's value: förbundsfullmäktige or förbundsdirektion.")


@frozen
class History:
    """What changed in a body over time. Each part left empty keeps the body's own fields."""

    formed: PartialDate | None = described(
        "When the body was formed, to the year, month or day.", default=None
    )
    members: tuple[Spell, ...] = described("Each party's membership with dates.", default=())
    instruments: tuple[InstrumentVersion, ...] = described(
        "The versions of its instruments.", default=()
    )
    hosts: tuple[HostSpell, ...] = described("The host parties with dates.", default=())
    terms: tuple[Term, ...] = described("The seats of each term of office.", default=())
    tasks: tuple[TaskSpell, ...] = described("The tasks with dates.", default=())
    assembly_forms: tuple[AssemblyChange, ...] = described(
        "Changes of assembly form, each with its first day.", default=()
    )
    ended: date | None = described("The last day the body existed.", default=None)
    successor: str | None = described("The body that took over its tasks.", default=None)


class Existence(enum.Enum):
    """Whether a body existed on a day, as its history records."""

    EXISTS = "exists"
    NOT_YET = "not-yet"
    UNCERTAIN = "uncertain"
    #: It existed, but a recorded change (a party joining, a task added) is known only to the
    #: year or month and the day falls within it: its make-up that day is not known.
    CHANGING = "changing"
    ENDED = "ended"


def _history(body: object) -> History | None:
    found = getattr(body, "history", None)
    return found if isinstance(found, History) else None


def existence(body: object, on: date) -> Existence:
    """Whether ``body`` existed on ``on``: formed, not yet, uncertain (formation known only to
    the year or month, and ``on`` within it), changing (a change known only to the year or
    month, and ``on`` within it), or ended."""
    history = _history(body)
    if history is None:
        return Existence.EXISTS
    if history.ended is not None and on > history.ended:
        return Existence.ENDED
    if history.formed is not None:
        if on < history.formed.earliest:
            return Existence.NOT_YET
        if on < history.formed.latest:
            return Existence.UNCERTAIN
    if uncertain_changes(body, on):
        return Existence.CHANGING
    return Existence.EXISTS


def uncertain_changes(body: object, on: date) -> list[str]:
    """The recorded changes known only to the year or month whose span holds ``on``, each as
    ``"party, 2017"`` or ``"task area, 2017"``."""
    history = _history(body)
    if history is None:
        return []
    spans = [(s.joined_in, str(s.party)) for s in history.members]
    spans += [(t.added_in, t.task.area) for t in history.tasks]
    return [
        f"{what}, {when}"
        for when, what in spans
        if when is not None and when.earliest <= on <= when.latest
    ]


def _latest(items: Iterator[tuple[date, Any]], on: date) -> Any:
    started = sorted((item for item in items if item[0] <= on), key=lambda item: item[0])
    return started[-1][1] if started else None


def state_on(body: _B, on: date) -> _B:
    """``body`` as it stood on ``on``: the members, host, seats, tasks and instrument versions
    in force that day. A body without a history is returned unchanged."""
    history = _history(body)
    if history is None:
        return body
    changes: dict[str, Any] = {}
    names = {f.name for f in attrs.fields(type(body))}  # type: ignore[arg-type]
    if history.members:
        parties = tuple(dict.fromkeys(s.party for s in history.members if s.covers(on)))
        changes["parties" if "parties" in names else "members"] = parties
    if history.hosts and "host" in names:
        host = _latest(((h.start, h.host) for h in history.hosts), on)
        if host is not None:
            changes["host"] = host
    if history.terms:
        term = _latest(((t.start, t) for t in history.terms), on)
        changes["seats"] = term.seats if term is not None else ()
        changes["seats_complete"] = term.complete if term is not None else False
    if history.assembly_forms and "assembly" in names:
        form = _latest(((a.start, a.form) for a in history.assembly_forms), on)
        if form is not None:
            current: Any = body
            changes["assembly"] = type(current.assembly)(form)
    tasks: list[Task] = [s.task for s in history.tasks if s.covers(on)]
    for kind, field_name in _INSTRUMENT_FIELDS.items():
        versions = [v for v in history.instruments if v.kind is kind]
        if not versions or field_name not in names:
            continue
        version = _latest(((v.effective, v) for v in versions), on)
        changes[field_name] = version.instrument if version is not None else None
        if version is not None:
            tasks += version.tasks
    if tasks:
        changes["tasks"] = tuple(dict.fromkeys(tasks))
    return attrs.evolve(body, **changes) if changes else body  # type: ignore[misc]


_INSTRUMENT_FIELDS = {
    InstrumentKind.AGREEMENT: "agreement",
    InstrumentKind.STANDING_RULES: "standing_rules",
    InstrumentKind.CHARTER: "charter",
    InstrumentKind.ARTICLES: "articles",
}


class ChangeKind(enum.Enum):
    """What kind of recorded change falls on a day."""

    FORMED = "formed"
    FORMED_BY = "formed-by"
    JOINS = "joins"
    #: A party joined some day in a year or month: the span begins.
    JOINS_DURING = "joins-during"
    #: The span in which a party joined has passed: it is a party.
    JOINED_BY = "joined-by"
    LEAVES = "leaves"
    INSTRUMENT = "instrument"
    HOST = "host"
    TERM = "term"
    TASK_ADDED = "task-added"
    #: A task was added some day in a year or month: the span begins.
    TASK_ADDED_DURING = "task-added-during"
    #: The span in which a task was added has passed: the body has it.
    TASK_ADDED_BY = "task-added-by"
    TASK_REMOVED = "task-removed"
    ASSEMBLY = "assembly"
    ENDED = "ended"


@frozen
class Change:
    """A day on which something recorded in the document changes: its kind, what it concerns
    (a party, an instrument's title, a task area) and the decision, where recorded."""

    day: date
    kind: ChangeKind
    subject: str = ""
    decision: str | None = None


def change_dates(body: object) -> list[Change]:
    """Every day the body's recorded history changes, in order."""
    history = _history(body)
    if history is None:
        return []
    one_day = timedelta(days=1)
    found: list[Change] = []
    if history.formed is not None:
        formed = str(history.formed)
        found.append(Change(history.formed.earliest, ChangeKind.FORMED, formed))
        if history.formed.latest != history.formed.earliest:
            found.append(Change(history.formed.latest + one_day, ChangeKind.FORMED_BY, formed))
    for spell in history.members:
        if spell.joined is not None:
            found.append(Change(spell.joined, ChangeKind.JOINS, str(spell.party), spell.joined_by))
        if spell.joined_in is not None:
            subject = f"{spell.party} ({spell.joined_in})"
            found.append(Change(spell.joined_in.earliest, ChangeKind.JOINS_DURING, subject))
            joined_by = spell.joined_in.latest + one_day
            found.append(Change(joined_by, ChangeKind.JOINED_BY, subject, spell.joined_by))
        if spell.left is not None:
            found.append(
                Change(spell.left + one_day, ChangeKind.LEAVES, str(spell.party), spell.left_by)
            )
    for version in history.instruments:
        title = version.instrument.title or version.kind.value
        found.append(Change(version.effective, ChangeKind.INSTRUMENT, title))
    for host in history.hosts:
        found.append(Change(host.start, ChangeKind.HOST, str(host.host)))
    for term in history.terms:
        found.append(Change(term.start, ChangeKind.TERM, term.start.isoformat()))
    for task in history.tasks:
        if task.added is not None:
            found.append(Change(task.added, ChangeKind.TASK_ADDED, task.task.area))
        if task.added_in is not None:
            subject = f"{task.task.area} ({task.added_in})"
            found.append(Change(task.added_in.earliest, ChangeKind.TASK_ADDED_DURING, subject))
            found.append(Change(task.added_in.latest + one_day, ChangeKind.TASK_ADDED_BY, subject))
        if task.removed is not None:
            found.append(Change(task.removed + one_day, ChangeKind.TASK_REMOVED, task.task.area))
    for change in history.assembly_forms:
        found.append(Change(change.start, ChangeKind.ASSEMBLY, change.form))
    if history.ended is not None:
        found.append(Change(history.ended + one_day, ChangeKind.ENDED, history.successor or ""))
    return sorted(found, key=lambda change: change.day)
