"""A timeline of lawfulness (:func:`~samverkan.analysis.timeline.timeline`) as text for people
and as JSON data for programs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from samverkan.analysis.timeline import Cause, ChangePoint, Period, Timeline
from samverkan.i18n import DEFAULT_LOCALE, N_, render, translate
from samverkan.rules import Outcome
from samverkan.rules.finding import Category

__all__ = ["grouped_causes", "timeline_data", "timeline_text"]


def grouped_causes(
    points: Iterable[ChangePoint], locale: str = DEFAULT_LOCALE
) -> list[tuple[str, list[str]]]:
    """The causes in words, each once, with the citations that share it. A named legal date
    is left out where a more specific cause falls on the same day."""
    general = (Cause.LEGAL_DATE, Cause.LEGAL_DATE_PASSED)
    listed = list(points)
    specific = [p for p in listed if p.cause not in general]
    found: dict[str, list[str]] = {}
    for point in specific or listed:
        citations = found.setdefault(point.text(locale), [])
        if point.citation and point.citation not in citations:
            citations.append(point.citation)
    return list(found.items())


_OUTCOME_TEXT = {
    Outcome.ERRORS: N_("fel"),
    Outcome.NO_ERRORS: N_("inga fel i det som prövades"),
    Outcome.NOT_JUDGED: N_("inte prövat"),
}


def _period_line(period: Period, locale: str) -> list[str]:
    end = period.end.isoformat() if period.end else ""
    verdict = translate(_OUTCOME_TEXT[period.outcome], locale)
    parts = [f"{period.start.isoformat()} – {end}: {verdict}"]
    if period.laws:
        parts.append(render(N_("enligt {laws}"), {"laws": ", ".join(period.laws)}, locale))
    if period.errors:
        parts.append(render(N_("fel: {rules}"), {"rules": ", ".join(period.errors)}, locale))
    if period.warnings:
        warned = ", ".join(period.warnings)
        parts.append(render(N_("varningar: {rules}"), {"rules": warned}, locale))
    lines = ["  " + "; ".join(parts)]
    for text, citations in grouped_causes(period.causes, locale):
        cited = f" [{', '.join(citations)}]" if citations else ""
        lines.append(f"      {text}{cited}")
    if period.outcome is Outcome.NOT_JUDGED:
        lines += [f"      {message}" for message in _report_messages(period, locale)]
    return lines


def _report_messages(period: Period, locale: str) -> list[str]:
    messages = [f.message(locale) for f in period.report if f.category is Category.NOT_JUDGED]
    return list(dict.fromkeys(messages))[:2]


def timeline_text(lines: Sequence[Timeline], locale: str = DEFAULT_LOCALE) -> str:
    """The timelines as text, one period a line with its causes below."""
    out: list[str] = []
    for line in lines:
        heading = render(
            N_("Tidslinje för {name}, {start} – {end}"),
            {"name": line.subject, "start": line.start.isoformat(), "end": line.end.isoformat()},
            locale,
        )
        out.append(heading)
        for period in line.periods:
            out += _period_line(period, locale)
    return "\n".join(out) + "\n"


def _point_data(point: ChangePoint, locale: str) -> dict[str, Any]:
    return {
        "day": point.day.isoformat(),
        "cause": point.cause.value,
        "text": point.text(locale),
        "citation": point.citation,
    }


def timeline_data(line: Timeline, locale: str = DEFAULT_LOCALE) -> dict[str, Any]:
    """One timeline as JSON-ready data."""
    return {
        "subject": line.subject,
        "start": line.start.isoformat(),
        "end": line.end.isoformat(),
        "periods": [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat() if p.end else None,
                "outcome": p.outcome.value,
                "laws": list(p.laws),
                "errors": list(p.errors),
                "warnings": list(p.warnings),
                "not_judged": _report_messages(p, locale),
                "causes": [
                    {"text": text, "citations": citations}
                    for text, citations in grouped_causes(p.causes, locale)
                ],
            }
            for p in line.periods
        ],
        "changes": [_point_data(c, locale) for c in line.changes],
    }
