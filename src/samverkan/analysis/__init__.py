"""Scenario analysis: merging joint committees, decision calendars, comparing structures."""

from samverkan.analysis.calendar import DeadlineOutcome, MeetingCalendar, can_decide_by
from samverkan.analysis.compare import BodyFigures, StructureComparison, compare_structures
from samverkan.analysis.merger import (
    EffectiveFrom,
    MergerReport,
    RequiredDecision,
    merge_committees,
)

__all__ = [
    "BodyFigures",
    "DeadlineOutcome",
    "EffectiveFrom",
    "MeetingCalendar",
    "MergerReport",
    "RequiredDecision",
    "StructureComparison",
    "can_decide_by",
    "compare_structures",
    "merge_committees",
]
