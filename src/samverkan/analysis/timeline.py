"""A timeline of lawfulness: the outcome of ``check`` for every period in which neither the
law nor the document changes.

The change points are the days on which a rule that inspects the subject begins or ends
(named after the act or amendment that brings it, from the statute catalogue), on which the
competence catalogue's holdings of the subject's tasks change, and on which the subject's
recorded history changes (a member joins, a new version of an instrument, a new term of
office, formation and end). Between two change points nothing the rules see changes, so one
check on the first day of each period judges the whole period. Adjacent periods with the
same verdict are merged; each period keeps the causes of its first day.

>>> from datetime import date
>>> from samverkan.model import JointCommittee, Seat, Role
>>> from samverkan.parties import registry
>>> reg = registry()
>>> ost, berg = reg.municipality("2380"), reg.municipality("2326")
>>> committee = JointCommittee(
...     "Gemensam nämnd", parties=(ost, berg), host=ost, seats_complete=True,
...     seats=(Seat(ost), Seat(ost, Role.SUBSTITUTE), Seat(berg), Seat(berg, Role.SUBSTITUTE)),
... )
>>> line = timeline(committee, date(1996, 1, 1), date(2019, 12, 31))
>>> [(p.start.isoformat(), p.outcome.value) for p in line.periods][:2]
[('1996-01-01', 'not-judged'), ('1997-08-01', 'no-errors')]
>>> line.periods[1].laws
('kommunallagen (1991:900)',)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from samverkan._frozen import frozen
from samverkan.i18n import DEFAULT_LOCALE, N_, render
from samverkan.law.statutes import CATALOGUE, Statute
from samverkan.model.history import Change, ChangeKind, History, change_dates
from samverkan.rules import REGISTRY, Outcome, Report, Severity, check
from samverkan.rules.finding import Category
from samverkan.rules.registry import ALWAYS, RuleKind, RuleRegistry

__all__ = ["ChangePoint", "Period", "Timeline", "change_points", "timeline"]

#: The first day samverkan encodes any act for: kommunalförbundslagen (1985:894).
JUDGED_FROM = date(1986, 1, 1)
_ONE_DAY = timedelta(days=1)


def _plain(day: date) -> date:
    """``day`` as a plain date (a :class:`~samverkan.law.dates.LegalDate` does not add)."""
    return date(day.year, day.month, day.day)


class Cause(enum.Enum):
    """Why a day is a change point."""

    ACT_IN_FORCE = "act-in-force"
    ACT_REPEALED = "act-repealed"
    AMENDMENT = "amendment"
    RULE_BEGINS = "rule-begins"
    RULE_ENDS = "rule-ends"
    HOLDING = "competence"
    LEGAL_DATE = "legal-date"
    LEGAL_DATE_PASSED = "legal-date-passed"
    DOCUMENT = "document"
    START = "start"


@frozen
class ChangePoint:
    """A day on which the law or the document changes, with its cause and citation."""

    day: date
    cause: Cause
    subject: str
    citation: str | None = None
    change: Change | None = None

    def text(self, locale: str = DEFAULT_LOCALE) -> str:
        """The cause in words."""
        if self.change is not None:
            params = {"subject": self.change.subject, "decision": self.change.decision or "—"}
            return render(_CHANGE_MESSAGES[self.change.kind], params, locale)
        return render(_CAUSE_MESSAGES[self.cause], {"subject": self.subject}, locale)


_CAUSE_MESSAGES = {
    Cause.ACT_IN_FORCE: N_("{subject} träder i kraft"),
    Cause.ACT_REPEALED: N_("{subject} upphör att gälla"),
    Cause.AMENDMENT: N_("ändring {subject} träder i kraft"),
    Cause.RULE_BEGINS: N_("regeln {subject} börjar gälla"),
    Cause.RULE_ENDS: N_("regeln {subject} upphör att gälla"),
    Cause.HOLDING: N_("kompetensen för {subject} ändras"),
    Cause.LEGAL_DATE: N_("rättsläget ändras enligt {subject}"),
    Cause.LEGAL_DATE_PASSED: N_("en tidsgräns enligt {subject} har passerats"),
    Cause.DOCUMENT: N_("dokumentet ändras: {subject}"),
    Cause.START: N_("tidslinjens början"),
}

_CHANGE_MESSAGES = {
    ChangeKind.FORMED: N_("samverkan bildas ({subject})"),
    ChangeKind.FORMED_BY: N_("samverkan är bildad (bildad {subject}, dagen anges inte)"),
    ChangeKind.JOINS: N_("{subject} träder in (beslut: {decision})"),
    ChangeKind.JOINS_DURING: N_("{subject} träder in under perioden, dagen anges inte"),
    ChangeKind.JOINED_BY: N_("{subject} har trätt in (beslut: {decision})"),
    ChangeKind.LEAVES: N_("{subject} träder ut (beslut: {decision})"),
    ChangeKind.INSTRUMENT: N_("ny version gäller: {subject}"),
    ChangeKind.HOST: N_("{subject} blir värd"),
    ChangeKind.TERM: N_("ny mandatperiod från {subject}"),
    ChangeKind.TASK_ADDED: N_("uppgiften {subject} tillkommer"),
    ChangeKind.TASK_ADDED_DURING: N_("uppgiften {subject} tillkommer, dagen anges inte"),
    ChangeKind.TASK_ADDED_BY: N_("uppgiften {subject} har tillkommit"),
    ChangeKind.TASK_REMOVED: N_("uppgiften {subject} upphör"),
    ChangeKind.ASSEMBLY: N_("den beslutande församlingen blir {subject}"),
    ChangeKind.ENDED: N_("samverkan upphör (efterträdare: {subject})"),
}


@frozen
class Period:
    """From ``start`` to ``end`` (inclusive; ``None``: open) the subject had one verdict.

    ``laws`` are the acts whose rules judged the subject; ``errors`` and ``warnings`` the rules
    that reported them; ``not_judged`` what the report said was not judged; ``causes`` the
    change points of the first day; ``report`` the check on ``start``.
    """

    start: date
    end: date | None
    outcome: Outcome
    laws: tuple[str, ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    not_judged: tuple[str, ...]
    causes: tuple[ChangePoint, ...]
    report: Report

    @property
    def verdict(self) -> tuple[object, ...]:
        """What two adjacent periods must share to be one."""
        return (self.outcome, self.laws, self.errors, self.warnings, self.not_judged)


@frozen
class Timeline:
    """The periods of one subject between ``start`` and ``end``, and every change point."""

    subject: str
    start: date
    end: date
    periods: tuple[Period, ...]
    changes: tuple[ChangePoint, ...]


def _act_cause(act: Statute, day: date) -> tuple[Cause, str] | None:
    if act.in_force == day:
        return Cause.ACT_IN_FORCE, act.cited_as
    if act.repealed_on == day:
        return Cause.ACT_REPEALED, act.cited_as
    for amendment in act.amendments:
        if amendment.in_force == day:
            return Cause.AMENDMENT, f"SFS {amendment.sfs}"
    return None


def _rule_points(subject: object, rules: RuleRegistry) -> Iterable[ChangePoint]:
    for item in rules.for_subject(subject):
        if item.kind is not RuleKind.LAW:
            continue
        citation = item.citations[0] if item.citations else None
        act = CATALOGUE.get(citation.sfs) if citation and citation.sfs in CATALOGUE else None
        short = citation.short() if citation is not None else None
        days = [(_plain(item.valid_from), Cause.RULE_BEGINS)]
        if item.valid_to is not None:
            days.append((_plain(item.valid_to) + _ONE_DAY, Cause.RULE_ENDS))
        for day, cause in days:
            if day == ALWAYS:
                continue
            named = _act_cause(act, day) if act is not None else None
            if named is not None:
                yield ChangePoint(day, named[0], named[1], short)
            else:
                yield ChangePoint(day, cause, item.id, short)


def _holding_points(subject: object, context_competence: Any) -> Iterable[ChangePoint]:
    areas = {task.area for task in getattr(subject, "tasks", ()) or ()}
    history = getattr(subject, "history", None)
    if isinstance(history, History):
        areas |= {spell.task.area for spell in history.tasks}
        areas |= {t.area for v in history.instruments for t in v.tasks}
    for area_id in sorted(areas):
        area = context_competence.find(area_id)
        if area is None:
            continue
        for holding in area.holdings:
            short = holding.citation.short()
            if holding.valid_from is not None:
                yield ChangePoint(_plain(holding.valid_from), Cause.HOLDING, area_id, short)
            if holding.valid_to is not None:
                yield ChangePoint(
                    _plain(holding.valid_to) + _ONE_DAY, Cause.HOLDING, area_id, short
                )


def _legal_date_points() -> Iterable[ChangePoint]:
    """Every named date of :mod:`samverkan.law.dates`; for a last day, the day after."""
    from samverkan.law import dates

    for name in dates.__all__:
        value = getattr(dates, name)
        if not isinstance(value, dates.LegalDate):
            continue
        if name.endswith(("LAST_DAY", "_END")):
            yield ChangePoint(_plain(value) + _ONE_DAY, Cause.LEGAL_DATE_PASSED, value.source)
        else:
            yield ChangePoint(_plain(value), Cause.LEGAL_DATE, value.source)


#: The change points of the rules and the named legal dates, by subject type and registry:
#: they do not depend on the subject's content.
_LAW_POINTS: dict[tuple[type, int, int], tuple[ChangePoint, ...]] = {}


def change_points(
    subject: object, *, rules: RuleRegistry = REGISTRY, competence: Any = None
) -> list[ChangePoint]:
    """Every day on which the law the rules apply to ``subject`` or the subject's recorded
    history changes, in order, each with its cause. Duplicates are dropped."""
    if competence is None:
        from samverkan.competence import CATALOGUE as bundled

        competence = bundled
    key = (type(subject), id(rules), len(rules))
    if key not in _LAW_POINTS:
        _LAW_POINTS[key] = (*_rule_points(subject, rules), *_legal_date_points())
    points = [
        *_LAW_POINTS[key],
        *_holding_points(subject, competence),
        *(ChangePoint(c.day, Cause.DOCUMENT, c.subject, None, c) for c in change_dates(subject)),
    ]
    unique = dict.fromkeys(points)
    return sorted(unique, key=lambda point: point.day)


def default_start(subject: object) -> date:
    """The first day worth judging: the formation, where recorded, else 1986-01-01."""
    history = getattr(subject, "history", None)
    if isinstance(history, History) and history.formed is not None:
        return history.formed.earliest
    formed_on = getattr(subject, "formed_on", None)
    if isinstance(formed_on, date):
        return formed_on
    year = getattr(subject, "established_year", None)
    if isinstance(year, int):
        return date(year, 1, 1)
    return JUDGED_FROM


def _summary(report: Report) -> tuple[tuple[str, ...], ...]:
    laws: list[str] = []
    for rule_id in report.judged:
        item = REGISTRY.get(rule_id) if rule_id in REGISTRY else None
        for citation in item.citations if item is not None else ():
            if citation.sfs in CATALOGUE:
                laws.append(CATALOGUE.get(citation.sfs).cited_as)
    errors = [f.rule_id for f in report if f.severity is Severity.ERROR]
    warnings = [f.rule_id for f in report if f.severity is Severity.WARNING]
    gaps = [f.message() for f in report if f.category is Category.NOT_JUDGED and f.path == "$"]
    gaps += [f.message() for f in report if f.rule_id == "coverage"]
    return tuple(tuple(dict.fromkeys(items)) for items in (sorted(laws), errors, warnings, gaps))


def _without_dates(messages: tuple[str, ...], day: date) -> tuple[str, ...]:
    """The not-judged messages with the day checked left out, so that periods can merge."""
    from samverkan.i18n import format_value

    shown = format_value(day)
    return tuple(message.replace(shown, "…") for message in messages)


def timeline(
    subject: object,
    start: date | None = None,
    end: date | None = None,
    *,
    rules: RuleRegistry = REGISTRY,
) -> Timeline:
    """The outcome of ``check`` on ``subject`` for every period between ``start`` (default:
    the formation, else 1986-01-01) and ``end`` (default: today), merged where unchanged."""
    first = start or default_start(subject)
    last = end or date.today()
    if last < first:
        raise ValueError(f"the timeline ends ({last}) before it starts ({first})")
    points = change_points(subject, rules=rules)
    inside = [p for p in points if first < p.day <= last]
    days = [first, *dict.fromkeys(p.day for p in inside)]
    periods: list[Period] = []
    for index, day in enumerate(days):
        period_end = days[index + 1] - _ONE_DAY if index + 1 < len(days) else None
        report = check(subject, as_of=day, rules=rules)
        laws, errors, warnings, gaps = _summary(report)
        causes = tuple(p for p in points if p.day == day)
        if day == first and not causes:
            causes = (ChangePoint(day, Cause.START, ""),)
        period = Period(
            day,
            period_end,
            report.outcome,
            laws,
            errors,
            warnings,
            _without_dates(gaps, day),
            causes,
            report,
        )
        if periods and periods[-1].verdict == period.verdict:
            previous = periods[-1]
            periods[-1] = Period(
                previous.start,
                period_end,
                previous.outcome,
                previous.laws,
                previous.errors,
                previous.warnings,
                previous.not_judged,
                previous.causes,
                previous.report,
            )
        else:
            periods.append(period)
    name = str(getattr(subject, "name", type(subject).__name__))
    return Timeline(name, first, last, tuple(periods), tuple(inside))


# -- output ----------------------------------------------------------------------------------
