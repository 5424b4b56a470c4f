"""Scenario analysis: merging joint committees, decision calendars, comparing structures."""

from samverkan.analysis.calendar import DeadlineOutcome, MeetingCalendar, can_decide_by
from samverkan.analysis.merger import (
    EffectiveFrom,
    MergerReport,
    RequiredDecision,
    merge_committees,
)

__all__ = [
    "DeadlineOutcome",
    "EffectiveFrom",
    "MeetingCalendar",
    "MergerReport",
    "RequiredDecision",
    "can_decide_by",
    "merge_committees",
]
