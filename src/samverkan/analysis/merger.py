"""Merging joint committees: what the merged committee looks like and what it takes.

Given two or more joint committees (*gemensamma nämnder*), :func:`merge_committees` builds the
merged committee (the union of parties and tasks), checks it against the law, and reports the
host options, the decisions each party's fullmäktige must take, and the earliest date the
merger can take effect given each party's meeting calendar.

A merger can widen one of the existing committees (the host is then that committee's host, and
the others are discontinued) or replace all of them with a new committee, which any party may
host (KL 9:20). A narrower committee can be formed by keeping only some task areas; the tasks
left over are reported so that they can be given another home.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from samverkan._frozen import frozen
from samverkan.analysis.calendar import MeetingCalendar
from samverkan.law import Citation, parse_citation
from samverkan.model import Body, Instrument, JointCommittee, Participant, Task, is_party
from samverkan.rules import Finding, Severity, check

__all__ = ["EffectiveFrom", "MergerReport", "RequiredDecision", "merge_committees"]

_COMPETENCE_RULE = "KL-2-1-competence"
_ADOPTION_RULES = frozenset({"KL-9-22-agreement-tasks", "KL-9-33-reglemente"})


class EffectiveFrom(enum.Enum):
    """The granularity at which an organisational change takes effect."""

    NEXT_MONTH = "month"
    NEXT_YEAR = "year"


def _kl(text: str) -> Citation:
    return parse_citation(text, on=date(2020, 1, 1))


#: The provisions behind each decision a merger needs, read once.
_ORGANISATION = _kl("KL 5:1 1 st. 3 p.")
_JOIN = (_kl("KL 3:9"), _kl("KL 9:19"), _ORGANISATION)
_AGREEMENT = (_kl("KL 9:22"), _ORGANISATION)
_STANDING_RULES = (_kl("KL 9:33"),)
_ELECTIONS = (_kl("KL 9:24"),)


@frozen
class RequiredDecision:
    """A decision one party's organ must take for the merger (in Swedish, for the agenda)."""

    party: Participant
    body: Body
    decision: str
    citations: tuple[Citation, ...]


@frozen(hash=False)
class MergerReport:
    """The outcome of a merger analysis."""

    merged: JointCommittee
    discontinued: tuple[JointCommittee, ...]
    host_options: tuple[Participant, ...]
    left_over: tuple[Task, ...]
    competence_findings: tuple[Finding, ...]
    other_findings: tuple[Finding, ...]
    decisions: tuple[RequiredDecision, ...]
    decisions_complete_on: date | None
    earliest_effective: date | None
    parties_without_meeting: tuple[Participant, ...]

    @property
    def lawful(self) -> bool:
        """Whether the merged committee has no error beyond the decisions still to be taken."""
        return not any(f.severity is Severity.ERROR for f in self.all_findings)

    @property
    def all_findings(self) -> tuple[Finding, ...]:
        """Competence findings followed by the other findings."""
        return self.competence_findings + self.other_findings


def merge_committees(
    committees: Sequence[JointCommittee],
    *,
    name: str,
    as_of: date,
    extend: JointCommittee | None = None,
    host: Participant | None = None,
    keep_areas: Iterable[str] | None = None,
    ready_on: date | None = None,
    fullmaktige_calendars: Iterable[MeetingCalendar] = (),
    effective_from: EffectiveFrom = EffectiveFrom.NEXT_YEAR,
) -> MergerReport:
    """Analyse merging ``committees`` into one committee called ``name``.

    ``extend`` names the committee that is widened (it must be one of ``committees``);
    without it a new committee replaces them all and ``host`` (default: the first party that
    can host) is its host. ``keep_areas`` restricts the merged committee to those task areas.
    ``ready_on`` is the date the proposal can go to the parties' fullmäktige, and
    ``fullmaktige_calendars`` their meeting dates (each calendar names its party).
    """
    if len(committees) < 2:
        raise ValueError("a merger needs at least two joint committees")
    if extend is not None and extend not in committees:
        raise ValueError("the committee to extend must be one of the committees merged")
    parties = tuple(dict.fromkeys(p for c in committees for p in c.parties))
    kept = None if keep_areas is None else frozenset(keep_areas)
    tasks, left_over = _merge_tasks(committees, parties, kept)
    options = (extend.host,) if extend is not None else tuple(p for p in parties if is_party(p))
    chosen = host if host is not None else options[0]
    areas = tuple(dict.fromkeys(t.area for t in tasks))
    merged = JointCommittee(
        name,
        parties,
        chosen,
        tasks=tasks,
        agreement=Instrument(title=f"Överenskommelse för {name}", tasks=areas),
        standing_rules=Instrument(title=f"Reglemente för {name}", tasks=areas),
    )
    report = check(merged, as_of=as_of)
    competence = tuple(f for f in report if f.rule_id == _COMPETENCE_RULE)
    other = tuple(
        f for f in report if f.rule_id != _COMPETENCE_RULE and f.rule_id not in _ADOPTION_RULES
    )
    discontinued = tuple(c for c in committees if c != extend)
    decisions = _decisions(merged, discontinued, extend)
    complete_on, missing = _decisions_complete(parties, ready_on, fullmaktige_calendars)
    effective = _effective(complete_on, effective_from) if complete_on and not missing else None
    return MergerReport(
        merged,
        discontinued,
        options,
        left_over,
        competence,
        other,
        decisions,
        complete_on if not missing else None,
        effective,
        missing,
    )


def _merge_tasks(
    committees: Sequence[JointCommittee],
    parties: tuple[Participant, ...],
    kept: frozenset[str] | None,
) -> tuple[tuple[Task, ...], tuple[Task, ...]]:
    tasks: list[Task] = []
    left_over: list[Task] = []
    for committee in committees:
        for task in committee.tasks:
            scoped = task
            if not task.for_parties and set(committee.parties) != set(parties):
                # A task done for all of a smaller committee's parties stays theirs.
                scoped = Task(task.area, task.description, committee.parties, task.extent)
            target = tasks if kept is None or task.area in kept else left_over
            if scoped not in target:
                target.append(scoped)
    return tuple(tasks), tuple(left_over)


def _decisions(
    merged: JointCommittee,
    discontinued: tuple[JointCommittee, ...],
    extend: JointCommittee | None,
) -> tuple[RequiredDecision, ...]:
    decisions: list[RequiredDecision] = []
    for party in merged.parties:
        if extend is None or party not in extend.parties:
            decisions.append(
                RequiredDecision(
                    party,
                    Body.FULLMAKTIGE,
                    f"Besluta att {merged.name} ska vara gemensam med de andra parterna.",
                    _JOIN,
                )
            )
        decisions += [
            RequiredDecision(
                party,
                Body.FULLMAKTIGE,
                "Anta överenskommelsen som anger nämndens uppgifter.",
                _AGREEMENT,
            ),
            RequiredDecision(party, Body.FULLMAKTIGE, "Anta nämndens reglemente.", _STANDING_RULES),
            RequiredDecision(
                party,
                Body.FULLMAKTIGE,
                "Välja ledamöter och lika många ersättare, minst en av varje.",
                _ELECTIONS,
            ),
        ]
        decisions += [
            RequiredDecision(
                party,
                Body.FULLMAKTIGE,
                f"Besluta att avveckla {old.name}.",
                (_ORGANISATION,),
            )
            for old in discontinued
            if party in old.parties
        ]
    return tuple(decisions)


def _decisions_complete(
    parties: tuple[Participant, ...],
    ready_on: date | None,
    calendars: Iterable[MeetingCalendar],
) -> tuple[date | None, tuple[Participant, ...]]:
    if ready_on is None:
        return None, ()
    by_party = {c.party: c for c in calendars if c.party is not None}
    dates: list[date] = []
    missing: list[Participant] = []
    for party in parties:
        calendar = by_party.get(party)
        meeting = calendar.first_meeting_from(ready_on) if calendar else None
        if meeting is None:
            missing.append(party)
        else:
            dates.append(meeting)
    return (max(dates) if dates else None), tuple(missing)


def _effective(complete_on: date, granularity: EffectiveFrom) -> date:
    if granularity is EffectiveFrom.NEXT_MONTH:
        return complete_on + relativedelta(months=1, day=1)
    return complete_on + relativedelta(years=1, month=1, day=1)
