"""The rule engine: registered rules with citations and dates, findings and reports.

``check(subject, as_of=date)`` runs every rule that applies to that kind of subject on that
date and returns a :class:`Report`. samverkan's own rules (:mod:`samverkan.rules.statutes`
and :mod:`samverkan.rules.consistency`) are registered in :data:`REGISTRY` at its first use,
so that importing this package stays quick.
"""

from samverkan.rules.bundles import BundleReport, Located
from samverkan.rules.context import Context, RuleContext
from samverkan.rules.engine import check
from samverkan.rules.finding import Category, Finding, Outcome, Report, Severity
from samverkan.rules.registry import (
    DIGEST_DATE,
    REGISTRY,
    Rule,
    RuleKind,
    RuleRegistry,
    consistency_rule,
    rule,
)

__all__ = [
    "DIGEST_DATE",
    "REGISTRY",
    "BundleReport",
    "Category",
    "Context",
    "Finding",
    "Located",
    "Outcome",
    "Report",
    "Rule",
    "RuleContext",
    "RuleKind",
    "RuleRegistry",
    "Severity",
    "check",
    "consistency_rule",
    "rule",
]
