"""``check``: run every rule that applies to a subject on a date and collect the findings.

>>> from datetime import date
>>> from samverkan.parties import registry
>>> from samverkan.model import JointCommittee, Seat, Role, Task
>>> reg = registry()
>>> ost, berg = reg.municipality("2380"), reg.municipality("2326")
>>> committee = JointCommittee(
...     "Gemensam nämnd för upphandlingssamverkan",
...     parties=(ost, berg),
...     host=ost,
...     tasks=(Task("internal.procurement"),),
...     seats=(Seat(ost), Seat(ost, Role.SUBSTITUTE), Seat(berg)),
... )
>>> report = check(committee, as_of=date(2019, 9, 2))
>>> [f.message() for f in report.by_rule("KL-9-24-representation")]
['Berg (2326) saknar ersättare i nämnden (ledamöter: 1, ersättare: 0).']

Every report says what it judged. A subject no rule in force applies to is not judged, and
the report says so instead of coming back empty:

>>> early = check(committee, as_of=date(1990, 1, 1))
>>> early.outcome.value, early.ok, [f.rule_id for f in early]
('not-judged', False, ['coverage'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any, overload

from samverkan._frozen import frozen
from samverkan.errors import UnsupportedSubjectError
from samverkan.i18n import N_
from samverkan.model.history import Existence, History, existence, state_on, uncertain_changes
from samverkan.model.kinds import Bundle, type_tag
from samverkan.rules.bundles import BundleReport, Located, item_name, located
from samverkan.rules.context import Context, RuleContext
from samverkan.rules.finding import (
    GAP_CATEGORIES,
    SEVERITY_RANKS,
    Category,
    Finding,
    Report,
    Severity,
)
from samverkan.rules.registry import (
    REGISTRY,
    CheckFunction,
    RuleKind,
    RulePlan,
    RuleRegistry,
)

#: The rule id of the engine's own finding that nothing was judged.
COVERAGE_RULE_ID = "coverage"

__all__ = ["FINDINGS_PER_RULE", "check"]

#: The most findings one rule reports on one subject. Beyond them the rule's findings are
#: counted, not kept, and one more finding (information, at ``$``) says how many there were:
#: a committee that lists one party a million times gives a report of a readable size.
FINDINGS_PER_RULE = 1000


def _more(rest: Iterator[Finding], ctx: RuleContext) -> list[Finding]:
    """After :data:`FINDINGS_PER_RULE` findings of one rule, one more finding that counts the
    ``rest``, which are not kept; nothing when there is no rest."""
    more = sum(1 for _ in rest)
    if not more:
        return []
    return [
        ctx.finding(
            N_("Regeln gav {more} anmärkningar till, som inte visas (högst {shown} visas)."),
            path="$",
            severity=Severity.INFO,
            facts={"more": more},
            more=more,
            shown=FINDINGS_PER_RULE,
        )
    ]


@lru_cache(maxsize=64)
def _default_context(as_of: date) -> Context:
    """The context of a check given only a date (frozen, so shared between checks)."""
    return Context(as_of)


#: One rule as the engine runs it: its id, its ``applies_when``, whether it is a legal rule,
#: its check function and the rule bound to the context.
_Step = tuple[str, Callable[[Any], bool] | None, bool, CheckFunction, RuleContext]


@frozen(eq=False)
class _BoundPlan:
    """The rules for one class of subject, bound to one context: what the engine needs per
    subject, computed once per class and context."""

    plan: RulePlan
    tag: str
    steps: tuple[_Step, ...]


#: The plans bound to the contexts checked lately, by class: a :class:`RuleContext` is
#: frozen, so one per rule and context serves every subject checked in that context.
_BOUND: dict[int, tuple[Context, RuleRegistry, dict[type, _BoundPlan]]] = {}
_BOUND_KEPT = 64


def _bound_plan(cls: type, context: Context, rules: RuleRegistry) -> _BoundPlan:
    """The rules of ``rules`` for subjects of class ``cls`` bound to ``context`` (kept with
    the context and the registry, so that their ids are not reused while they are kept)."""
    entry = _BOUND.get(id(context))
    if entry is None or entry[0] is not context or entry[1] is not rules:
        if len(_BOUND) >= _BOUND_KEPT:
            _BOUND.clear()
        entry = (context, rules, {})
        _BOUND[id(context)] = entry
    bound = entry[2].get(cls)
    if bound is None:
        plan = rules.plan(cls, context.as_of)
        steps = tuple(
            (r.id, r.applies_when, r.kind is RuleKind.LAW, r.check, RuleContext(r, context))
            for r in plan.in_force
        )
        bound = entry[2][cls] = _BoundPlan(plan, type_tag(cls) if plan.known else "", steps)
    return bound


def _severity_rank(finding: Finding) -> int:
    return SEVERITY_RANKS[finding.severity]


def _located_rank(item: Located) -> int:
    return SEVERITY_RANKS[item.finding.severity]


@overload
def check(  # type: ignore[overload-overlap]
    subject: Bundle,
    as_of: date | None = None,
    *,
    context: Context | None = None,
    rules: RuleRegistry = REGISTRY,
) -> BundleReport: ...


@overload
def check(
    subject: object,
    as_of: date | None = None,
    *,
    context: Context | None = None,
    rules: RuleRegistry = REGISTRY,
) -> Report: ...


def check(
    subject: object,
    as_of: date | None = None,
    *,
    context: Context | None = None,
    rules: RuleRegistry = REGISTRY,
) -> Report | BundleReport:
    """Check ``subject`` against every rule in force on ``as_of`` (default: today).

    Legal problems come back as findings in the report; nothing is raised for them. An object
    no rule knows raises :class:`~samverkan.errors.UnsupportedSubjectError`. A
    :class:`~samverkan.model.kinds.Bundle` is checked item by item and gives a
    :class:`~samverkan.rules.bundles.BundleReport`, its paths under ``$.items[i]``.
    """
    if context is None:
        context = _default_context(as_of or date.today())
    elif as_of is not None and as_of != context.as_of:
        raise ValueError("as_of and context.as_of disagree")
    if isinstance(subject, Bundle):
        return _check_bundle(subject, context, rules)
    return _check_one(subject, context, rules)


def _check_bundle(bundle: Bundle, context: Context, rules: RuleRegistry) -> BundleReport:
    found: list[Located] = []
    reports: list[Report] = []
    for i, item in enumerate(bundle.items):
        report = _check_one(item, context, rules)
        reports.append(report)
        found += located(report, f"$.items[{i}]", item_name(item))
    found.sort(key=_located_rank)
    return BundleReport(context.as_of, tuple(found), tuple(reports))


def _check_one(subject: object, context: Context, rules: RuleRegistry) -> Report:
    bound = _bound_plan(type(subject), context, rules)
    if not bound.plan.known:
        raise UnsupportedSubjectError(subject)
    if getattr(subject, "history", None) is not None:
        absent = _not_existing(subject, context)
        if absent is not None:
            return Report(type(subject).__name__, context.as_of, (absent,), (), (), (), (), ())
        subject = state_on(subject, context.as_of)
    findings: list[Finding] = []
    applied: list[str] = []
    judged: list[str] = []
    not_judged: list[str] = []
    not_applicable: list[str] = []
    for rule_id, when, is_law, run, ctx in bound.steps:
        if when is not None and not when(subject):
            not_applicable.append(rule_id)
            continue
        applied.append(rule_id)
        found = iter(run(subject, ctx))
        for first in found:  # a plain loop costs least when the rule finds nothing
            produced = [first, *islice(found, FINDINGS_PER_RULE - 1)]
            if len(produced) == FINDINGS_PER_RULE:
                produced += _more(found, ctx)
            findings += produced
            if is_law:  # most rules that find something find one thing
                gaps_only = (
                    produced[0].category in GAP_CATEGORIES
                    if len(produced) == 1
                    else all(f.category in GAP_CATEGORIES for f in produced)
                )
                (not_judged if gaps_only else judged).append(rule_id)
            break
        else:
            if is_law:
                judged.append(rule_id)
    if not judged and not any(f.category is Category.NOT_JUDGED for f in findings):
        findings.append(_nothing_judged(context))
    if len(findings) > 1:
        findings.sort(key=_severity_rank)
    return Report(
        bound.tag,
        context.as_of,
        tuple(findings),
        tuple(applied),
        bound.plan.not_in_force,
        tuple(judged),
        tuple(not_judged),
        tuple(not_applicable),
    )


#: From this day every report names the municipal act in force when nothing was judged.
_NAMED_FROM = date(1986, 1, 1)
#: The municipal acts, newest first: Kommunallag (2017:725), (1991:900) and (1977:179).
_MUNICIPAL_ACTS = ("2017:725", "1991:900", "1977:179")


#: What the report says of a body its history shows did not exist on the date.
_ABSENT_MESSAGES = {
    Existence.NOT_YET: N_(
        "Den {on} hade samverkan inte bildats (bildad {formed}); den har inte prövats."
    ),
    Existence.UNCERTAIN: N_(
        "Samverkan bildades {formed} och dagen anges inte; den {on} kan den ha funnits eller "
        "inte, så den har inte prövats."
    ),
    Existence.CHANGING: N_(
        "Den {on} ändrades samverkan utan att dagen anges ({changing}); hur den då var "
        "sammansatt är inte känt, så den har inte prövats."
    ),
    Existence.ENDED: N_(
        "Samverkan upphörde efter {ended}{successor}; den {on} fanns den inte och har inte prövats."
    ),
}


def _not_existing(subject: object, context: Context) -> Finding | None:
    """The finding for a body whose history shows it did not exist on the date, or ``None``."""
    status = existence(subject, context.as_of)
    history = getattr(subject, "history", None)
    if status is Existence.EXISTS or not isinstance(history, History):
        return None
    successor = f" ({history.successor})" if history.successor else ""
    return Finding(
        COVERAGE_RULE_ID,
        Severity.INFO,
        (),
        "$.history",
        _ABSENT_MESSAGES[status],
        {
            "on": context.as_of,
            "formed": str(history.formed),
            "ended": history.ended,
            "successor": successor,
            "changing": "; ".join(uncertain_changes(subject, context.as_of)),
        },
        {"existence": status.value},
        Category.NOT_JUDGED,
    )


def _nothing_judged(context: Context) -> Finding:
    """The engine's finding for a subject that no rule in force judged.

    From 1986-01-01 the finding names the kommunallag in force on the date, so that the
    reader knows which law the subject was not judged against.
    """
    from samverkan.law.statutes import CATALOGUE

    acts = [CATALOGUE.get(sfs) for sfs in _MUNICIPAL_ACTS]
    act = next((a for a in acts if a.in_force_on(context.as_of)), None)
    if context.as_of >= _NAMED_FROM and act is not None:
        return Finding(
            COVERAGE_RULE_ID,
            Severity.INFO,
            (),
            "$",
            N_(
                "Inga regler i samverkan gäller den här sortens samverkan den {on}, då "
                "{law} gällde; den har inte prövats."
            ),
            {"on": context.as_of, "law": act.cited_as},
            {},
            Category.NOT_JUDGED,
        )
    return Finding(
        COVERAGE_RULE_ID,
        Severity.INFO,
        (),
        "$",
        N_(
            "Inga regler i samverkan gäller den här sortens samverkan den {on}; den har inte "
            "prövats."
        ),
        {"on": context.as_of},
        {},
        Category.NOT_JUDGED,
    )
