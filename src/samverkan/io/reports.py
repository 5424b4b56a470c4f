"""Findings, reports, rules and citations as JSON data: the one place they are written out.

The command line's ``--format json`` (``docs/reference/cli.md``) is built from these
functions, and applications can use them directly. Fields are only ever added.

>>> from datetime import date
>>> from samverkan.law import parse_citation
>>> data = citation_data(parse_citation("KL 9:37 2 st.", on=date(2019, 1, 1)))
>>> data["text"], data["stycke"], data["punkt"]
('9 kap. 37 § andra stycket kommunallagen (2017:725)', 2, None)
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from samverkan.i18n import DEFAULT_LOCALE, format_value
from samverkan.law import Citation
from samverkan.model.kinds import type_tag
from samverkan.parties import Municipality, Region
from samverkan.rules import BundleReport, Finding, Report, Rule
from samverkan.rules.texts import rule_text

__all__ = [
    "citation_data",
    "dumps",
    "finding_data",
    "json_value",
    "report_data",
    "rule_data",
]


def dumps(data: Any) -> str:
    """``data`` as JSON text: sorted keys, indented by two spaces, non-ASCII kept, so equal
    input gives equal bytes."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def citation_data(citation: Citation) -> dict[str, Any]:
    """A citation as JSON data: the act, chapter, section, stycke and punkt, the Swedish text
    and the link to lagen.nu."""
    return {
        "sfs": citation.sfs,
        "chapter": citation.chapter,
        "section": citation.section,
        "stycke": citation.stycke,
        "punkt": citation.punkt,
        "text": citation.swedish(),
        "url": citation.lagen_nu_url,
    }


def json_value(value: object, locale: str = DEFAULT_LOCALE) -> Any:
    """A finding's fact as JSON data: numbers, text and truth values as they are, dates as ISO
    text, amounts as decimal text, parties by their code, enums by their value, collections as
    lists, anything else as it reads in ``locale``."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Municipality | Region):
        return value.code
    if isinstance(value, enum.Enum):
        return json_value(value.value, locale)
    if isinstance(value, Mapping):
        return {str(k): json_value(v, locale) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v, locale) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((json_value(v, locale) for v in value), key=str)
    return format_value(value, locale)


def finding_data(finding: Finding, locale: str = DEFAULT_LOCALE, path: str | None = None) -> Any:
    """One finding as JSON data; ``path`` replaces the finding's own (a path in a file)."""
    return {
        "rule": finding.rule_id,
        "severity": finding.severity.value,
        "category": finding.category.value,
        "message": finding.message(locale),
        "message_id": finding.message_id,
        "fix": finding.fix(locale),
        "parameters": {k: format_value(v, locale) for k, v in finding.params.items()},
        "facts": json_value(finding.facts, locale),
        "path": finding.path if path is None else path,
        "citations": [citation_data(c) for c in finding.citations],
    }


def _coverage(reports: tuple[Report, ...]) -> dict[str, list[str]]:
    def rules(attribute: str) -> list[str]:
        found = (rule for report in reports for rule in getattr(report, attribute))
        return list(dict.fromkeys(found))

    return {name: rules(name) for name in ("judged", "not_judged", "not_in_force")}


def report_data(report: Report | BundleReport, locale: str = DEFAULT_LOCALE) -> dict[str, Any]:
    """A report (of one subject or of a bundle) as JSON data: its outcome, coverage and
    findings."""
    if isinstance(report, BundleReport):
        findings = [finding_data(f.finding, locale, f.path) for f in report]
        reports = report.reports
    else:
        findings = [finding_data(f, locale) for f in report]
        reports = (report,)
    return {
        "as_of": report.as_of.isoformat(),
        "outcome": report.outcome.value,
        "coverage": _coverage(reports),
        "findings": findings,
    }


def rule_data(rule: Rule, locale: str = DEFAULT_LOCALE) -> dict[str, Any]:
    """One rule as JSON data, as ``samverkan rules --format json`` lists it; its description
    in ``locale`` (``text_lang`` says which language it is in: English while a translation
    is missing)."""
    text = rule_text(rule, locale)
    return {
        "id": rule.id,
        "severity": rule.severity.value,
        "citations": [citation_data(c) for c in rule.citations],
        "valid_from": rule.valid_from.isoformat(),
        "valid_to": rule.valid_to.isoformat() if rule.valid_to else None,
        "summary": text.summary,
        "description": list(text.body),
        "does_not_check": list(text.blind_spots),
        "text_lang": text.locale,
        "applies_to": [type_tag(kind) for kind in rule.applies_to],
        "kind": rule.kind.value,
        "verification": rule.verification.value if rule.verification else None,
        "verified_on": rule.verified_on.isoformat(),
    }
