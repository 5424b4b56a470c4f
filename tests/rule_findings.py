"""The findings of one rule in a report, for the tests of the rules."""

from __future__ import annotations

from samverkan.rules import Finding, Report


def findings_of(report: Report, rule_id: str) -> list[Finding]:
    """The findings of ``rule_id`` in ``report``, which must have applied the rule."""
    assert rule_id in report.applied, rule_id
    return list(report.by_rule(rule_id))
