"""Decision calendars: which bodies can decide by a deadline, given their meeting dates.

>>> from datetime import date
>>> ks_berg = MeetingCalendar("KS Berg", (date(2019, 9, 10), date(2019, 10, 8), date(2019, 11, 12)))
>>> ks_berg.first_meeting_between(date(2019, 9, 3), date(2019, 10, 29))
datetime.date(2019, 9, 10)
>>> ks_berg.last_meeting_between(date(2019, 9, 3), date(2019, 10, 29))
datetime.date(2019, 10, 8)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from attrs import field

from samverkan._frozen import frozen
from samverkan.model import Participant
from samverkan.model.structure import read_rrule

__all__ = ["DeadlineOutcome", "MeetingCalendar", "can_decide_by"]


def _sorted_dates(value: Iterable[date]) -> tuple[date, ...]:
    return tuple(sorted(set(value)))


@frozen
class MeetingCalendar:
    """The meeting dates of one body (*sammanträdesplan*), optionally of a given party.

    Dates may be listed, or generated from an RFC 5545 recurrence rule with
    :meth:`from_rrule`.
    """

    body: str
    dates: tuple[date, ...] = field(converter=_sorted_dates)
    party: Participant | None = None

    @classmethod
    def from_rrule(
        cls, body: str, rule: str, start: date, party: Participant | None = None
    ) -> MeetingCalendar:
        """A calendar from a recurrence rule such as ``FREQ=MONTHLY;BYDAY=2TU;COUNT=10``."""
        occurrences = read_rrule(rule, dtstart=_midnight(start))
        return cls(body, tuple(d.date() for d in occurrences), party)

    def between(self, first: date, last: date) -> tuple[date, ...]:
        """The meetings from ``first`` to ``last``, both included."""
        return tuple(d for d in self.dates if first <= d <= last)

    def first_meeting_between(self, first: date, last: date) -> date | None:
        """The earliest meeting in the window, if any."""
        window = self.between(first, last)
        return window[0] if window else None

    def last_meeting_between(self, first: date, last: date) -> date | None:
        """The latest meeting in the window, if any."""
        window = self.between(first, last)
        return window[-1] if window else None

    def first_meeting_from(self, first: date) -> date | None:
        """The earliest meeting on or after ``first``, if the calendar has one."""
        return next((d for d in self.dates if d >= first), None)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


@frozen
class DeadlineOutcome:
    """Whether one body can decide in time: its last meeting in the window, or the next one
    after the deadline when it cannot."""

    calendar: MeetingCalendar
    last_in_time: date | None
    next_after_deadline: date | None

    @property
    def in_time(self) -> bool:
        """Whether the body meets at least once between the request and the deadline."""
        return self.last_in_time is not None


def can_decide_by(
    calendars: Iterable[MeetingCalendar],
    deadline: date,
    *,
    available_from: date,
    preparation_days: int = 0,
) -> list[DeadlineOutcome]:
    """For each body: can it decide on a matter available from ``available_from`` by
    ``deadline``, allowing ``preparation_days`` for the matter to reach its agenda?"""
    earliest = _days_after(available_from, preparation_days)
    after_deadline = _days_after(deadline, 1)
    if earliest is None or after_deadline is None:  # beyond the calendar (year 9999)
        return [
            DeadlineOutcome(
                calendar,
                None if earliest is None else calendar.last_meeting_between(earliest, deadline),
                None,
            )
            for calendar in calendars
        ]
    return [
        DeadlineOutcome(
            calendar,
            calendar.last_meeting_between(earliest, deadline),
            calendar.first_meeting_from(max(earliest, after_deadline)),
        )
        for calendar in calendars
    ]


def _days_after(day: date, days: int) -> date | None:
    """``days`` after ``day``, or ``None`` when that is after 9999-12-31."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None
