"""Fix hints: every error says what would make it lawful where the law gives one answer.

The meta-test reads each error-capable rule's source (and the functions of its module it calls
by name) and requires every ``ctx.finding`` that may report an error to pass ``fix=``, unless
the rule is listed below with the reason it has none.
"""

from __future__ import annotations

import ast
import inspect
import io
import json
import textwrap
from datetime import date
from pathlib import Path
from types import ModuleType

import attrs

from samverkan.cli import main
from samverkan.io import dumps
from samverkan.io.reports import finding_data
from samverkan.model import Adoption, Instrument, JointCommittee, Office, Role, Seat, Task
from samverkan.parties import registry
from samverkan.rules import REGISTRY, Rule, Severity, check
from samverkan.rules.grouping import AdoptionWording, Wording
from samverkan.rules.membership_findings import MembershipWording
from samverkan.rules.representation import Gap
from samverkan.rules.representation_findings import RepresentationWording

#: Error rules that give no hint, and why: the law leaves a choice among several cures.
NO_SINGLE_FIX: dict[str, str] = {
    "STRUCT-organ-decides-for-own-party": "narrow the mandate, or give it to each principal's "
    "own organ: the parties choose",
    "KL-2-1-competence": "another party, another form, or leaving the task out: a choice",
    "KL-2-1-own-activity": "another party, a cooperation form, or leaving the task out: a choice",
    "KL-2-1-localisation": "avtalssamverkan, a joint form or a special act: the bases to "
    "choose among depend on the task",
    "STRUCT-advisory-no-mandate": "remove the mandate or make the body a decision-making organ",
    "POT-decision-mandate": "change the decider or the mandate: the agreement chooses",
    "KL-6-7-self-supervision": "which body takes over the supervision is the parties' choice",
    "KL-10-1-handover": "name the statutory basis, or keep the myndighetsutövning: a choice",
    "KL-10-4-part-owned": "which owner's share is wrong cannot be told from the total",
    "KTL-2-2-rkm-form": "remove the member or change the county the authority serves",
    "KTL-2-2-rkm-joint-committee": "remove the party or change the county the committee serves",
    "SKOL-23-21-samverkan-transfer": "another form (entreprenad under SkolL 23:3) or keeping the "
    "task: a choice",
    "GN-VO-2003-192": "the number of regional parties, and a municipality outside the region's "
    "county: which party to add, remove or replace is the parties' choice (the other faults "
    "have a hint)",
}

#: Error rules whose one-answer hint is not written yet; this list only shrinks.
HINT_NOT_YET_WRITTEN: frozenset[str] = frozenset()

REG = registry()
OST, BERG = REG.municipality("2380"), REG.municipality("2326")


def _called_functions(function: ast.AST, module: ModuleType) -> list[object]:
    names = {
        node.func.id
        for node in ast.walk(function)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    return [
        getattr(module, name)
        for name in sorted(names)
        if inspect.isfunction(getattr(module, name, None))
        and getattr(module, name).__module__ == module.__name__
    ]


def _may_report_error(call: ast.Call) -> bool:
    keywords = {k.arg: k.value for k in call.keywords}
    severity = keywords.get("severity")
    return severity is None or ast.unparse(severity) not in {"Severity.WARNING", "Severity.INFO"}


def _calls_without_fix(item: Rule) -> list[str]:
    module = inspect.getmodule(item.check)
    assert module is not None
    tree = ast.parse(textwrap.dedent(inspect.getsource(item.check)))
    trees = [tree] + [
        ast.parse(textwrap.dedent(inspect.getsource(f)))  # type: ignore[arg-type]
        for f in _called_functions(tree, module)
    ]
    missing = []
    for part in trees:
        for node in ast.walk(part):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "finding"
                and _may_report_error(node)
                and "fix" not in {k.arg for k in node.keywords}
            ):
                missing.append(ast.unparse(node)[:80])
    return missing


def test_every_error_rule_gives_a_fix_hint_or_says_why_not() -> None:
    errors = [r for r in REGISTRY if r.severity is Severity.ERROR]
    lacking = {r.id: calls for r in errors if (calls := _calls_without_fix(r))}
    listed = set(NO_SINGLE_FIX) | HINT_NOT_YET_WRITTEN
    assert set(lacking) - listed == set(), {k: lacking[k] for k in set(lacking) - listed}
    assert HINT_NOT_YET_WRITTEN - set(lacking) == set(), "remove these from HINT_NOT_YET_WRITTEN"
    assert set(NO_SINGLE_FIX) <= {r.id for r in errors}, "these rules are no error rules"


def _wordings(module: ModuleType) -> list[object]:
    kinds = (Wording, AdoptionWording, MembershipWording, RepresentationWording)
    return [v for v in vars(module).values() if isinstance(v, kinds)]


def _wording_gaps(wording: object) -> list[str]:
    """What an error rule's wording lacks: a fix for one item without one for several (or the
    reverse), or no fix for a fault that is an error."""
    if isinstance(wording, Wording):
        return [] if (wording.fix_one is None) is (wording.fix_many is None) else ["pair"]
    if isinstance(wording, AdoptionWording):
        return _wording_gaps(wording.absent) + (["absent"] if not wording.absent.fix_one else [])
    if isinstance(wording, MembershipWording):
        lacking = ["not_party"] if not wording.not_party.fix_one else []
        if wording.repeated is not None and not wording.repeated.fix_one:
            lacking.append("repeated")
        if wording.too_few_fix is None and wording.too_few_severity is None:
            lacking.append("too_few")
        return lacking
    assert isinstance(wording, RepresentationWording)
    errors = {Gap.NO_SEAT, Gap.LACKS_MEMBER, Gap.LACKS_SUBSTITUTE} & set(wording.gaps)
    lacking = [g.name for g in errors - set(wording.gap_fixes)]
    return lacking + [
        g.name for g in {Gap.NO_SEAT} & set(wording.grouped_gaps) - set(wording.grouped_fixes)
    ]


def test_the_wordings_of_error_rules_give_their_fix_hints() -> None:
    errors = [r for r in REGISTRY if r.severity is Severity.ERROR and r.id not in NO_SINGLE_FIX]
    modules = {inspect.getmodule(r.check) for r in errors}
    checked = {
        f"{module.__name__}: {wording!r}": gaps
        for module in modules
        if module is not None
        for wording in _wordings(module)
        if (gaps := _wording_gaps(wording))
    }
    assert checked == {}


def _committee() -> JointCommittee:
    adopted = Instrument(adoptions=(Adoption(OST), Adoption(BERG)), tasks=("internal.procurement",))
    return JointCommittee(
        "Gemensam nämnd för upphandlingssamverkan",
        parties=(OST, BERG),
        host=OST,
        tasks=(Task("internal.procurement"),),
        agreement=adopted,
        standing_rules=adopted,
        seats=(Seat(OST, office=Office.CHAIR), Seat(OST, Role.SUBSTITUTE), Seat(BERG)),
    )


def test_a_finding_renders_its_fix_with_the_message_parameters() -> None:
    report = check(_committee(), as_of=date(2019, 9, 2))
    (finding,) = report.by_rule("KL-9-24-representation")
    assert finding.fix("sv") == "Låt fullmäktige i Berg (2326) välja minst en ersättare."
    assert finding.fix("en") == "Have the fullmäktige of Berg (2326) elect at least one substitute."
    assert finding_data(finding, "en")["fix"] == finding.fix("en")


def test_a_finding_without_a_hint_has_none_and_json_null() -> None:
    committee = attrs.evolve(_committee(), standing_rules=None)
    report = check(committee, as_of=date(2019, 9, 2))
    (info,) = report.by_rule("KL-9-33-reglemente")
    assert info.fix_id is None
    assert info.fix() is None
    assert finding_data(info)["fix"] is None


def _run(tmp_path: Path, *options: str) -> str:
    path = tmp_path / "nämnd.json"
    path.write_text(dumps(_committee()), encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path), "--as-of", "2019-09-02", *options], out) == 1
    return out.getvalue()


def test_the_text_report_prints_the_fix_on_its_own_line_after_the_finding(
    tmp_path: Path,
) -> None:
    lines = _run(tmp_path).splitlines()
    at = lines.index("  fel: Berg (2326) saknar ersättare i nämnden (ledamöter: 1, ersättare: 0).")
    assert lines[at + 1] == "    Åtgärd: Låt fullmäktige i Berg (2326) välja minst en ersättare."
    english = _run(tmp_path, "--lang", "en").splitlines()
    at = english.index(
        "  error: Berg (2326) has no substitute in the committee (members: 1, substitutes: 0)."
    )
    assert english[at + 1] == (
        "    Fix: Have the fullmäktige of Berg (2326) elect at least one substitute."
    )


def test_the_json_report_carries_the_fix(tmp_path: Path) -> None:
    report = json.loads(_run(tmp_path, "--format", "json", "--lang", "en"))
    findings = report["documents"][0]["findings"]
    error = next(f for f in findings if f["severity"] == "error")
    assert error["fix"] == "Have the fullmäktige of Berg (2326) elect at least one substitute."
    assert all("fix" in f for f in findings)
