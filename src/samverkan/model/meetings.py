"""When the bodies of a collaboration structure meet (*sammanträdesplan*): explicit dates, an
RFC 5545 recurrence rule, or a number of meetings a year.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from samverkan._frozen import frozen
from samverkan.errors import excerpt
from samverkan.model.common import Period, described
from samverkan.model.representation_scheme import optional_count

__all__ = ["MeetingSchedule", "read_rrule"]


def read_rrule(text: str, **options: Any) -> Any:
    """An RFC 5545 recurrence rule read by :func:`dateutil.rrule.rrulestr`, refusing ``TZID``.

    Meetings are whole days, so a time zone adds nothing, and dateutil would open whatever
    file a ``TZID`` names (``TZID=/some/path``): a document must never reach outside itself.
    """
    if "TZID" in text.upper():
        raise ValueError(_NO_TZID)
    from dateutil.rrule import rrulestr  # imported at the first rule read

    return rrulestr(text, **options)


_NO_TZID = "a recurrence rule may not name a time zone (TZID): meetings are whole days"


def _rrule_text(_: Any, attribute: Any, value: str | None) -> None:
    if value is None:
        return
    if "DTSTART" not in value.upper():
        raise ValueError(f"{attribute.name} must state its DTSTART: {excerpt(value)}")
    if "TZID" in value.upper():
        raise ValueError(f"{attribute.name}: {_NO_TZID}")
    try:
        read_rrule(value)
    except (ValueError, TypeError, OverflowError) as error:
        raise ValueError(
            f"{attribute.name} is not an RFC 5545 recurrence rule: {excerpt(value)}"
        ) from error


@frozen
class MeetingSchedule:
    """*Sammanträdesplan*: explicit meeting ``dates``, a recurrence rule, or both.

    ``rrule`` is RFC 5545 text with its ``DTSTART`` (so it serialises as a string), read with
    :func:`dateutil.rrule.rrulestr`. ``per_year`` records a frequency stated without dates
    ("ett årligt ledningsseminarium").

    >>> schedule = MeetingSchedule(rrule="DTSTART:20200901\\nRRULE:FREQ=MONTHLY;INTERVAL=3")
    >>> [d.isoformat() for d in schedule.occurrences(Period(date(2020, 1, 1), date(2021, 1, 1)))]
    ['2020-09-01', '2020-12-01']
    """

    dates: tuple[date, ...] = described(
        "Explicit meeting dates.",
        default=(),
    )
    rrule: str | None = described(
        "An RFC 5545 recurrence rule with its DTSTART, as text.",
        default=None,
        validator=_rrule_text,
    )
    per_year: int | None = described(
        "Meetings per year, where stated without dates.",
        default=None,
        validator=optional_count,
    )

    def occurrences(self, period: Period) -> list[date]:
        """The meeting dates within ``period``, sorted and without duplicates.

        A recurrence rule needs a period with an end.
        """
        found = {d for d in self.dates if period.contains(d)}
        if self.rrule is not None:
            if period.end is None:
                raise ValueError("listing a recurring schedule needs a period with an end")
            rule = read_rrule(self.rrule)
            start = datetime.combine(period.start, time.min)
            end = datetime.combine(period.end, time.max)
            found.update(moment.date() for moment in rule.between(start, end, inc=True))
        return sorted(found)
