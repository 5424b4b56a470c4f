"""What checking each example must show: the intended errors, and the flaws named exactly."""

from __future__ import annotations

from datetime import date

import pytest

from example_snapshots import (
    BY_PATH,
    EXAMPLES,
    EXAMPLES_DIR,
    SCENARIOS,
    document_findings,
    error_rules,
    ids,
    snapshot_data,
)
from samverkan.io import load
from samverkan.io.scenario import load_scenario, run_scenario
from samverkan.model import ContractualCooperation, JointlyOwnedCompany, Pot
from samverkan.rules import Category, Finding, Severity, check
from seeds import Example


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_errors_are_exactly_the_intended_ones(example: Example) -> None:
    found = error_rules(example)
    assert set(found) == set(example.errors)
    if example.kind == "real":
        assert found == []
    else:
        assert found or example.inconsistencies


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_inconsistencies_are_the_intended_ones(example: Example) -> None:
    if example.is_scenario:
        return
    findings = [f for _, f in document_findings(example.path, example.as_of)]
    tripped = {f.rule_id for f in findings if f.category is Category.CONSISTENCY}
    assert tripped == set(example.inconsistencies)


def test_real_systems_report_only_what_the_seeds_leave_open() -> None:
    infos = {
        path: sorted({r["rule"] for r in snapshot_data(BY_PATH[path])["findings"]})
        for path in ("jamtland/gns.json", "norrtalje/kson.json", "jamtland/fund-pot.json")
    }
    assert infos == {
        "jamtland/gns.json": ["KL-9-24-representation"],
        "norrtalje/kson.json": [
            "KL-10-3-wholly-owned",
            "KL-9-6-forbundsordning-18",
            "KL-9-7-eligibility",
        ],
        "jamtland/fund-pot.json": [],
    }
    agreement = snapshot_data(BY_PATH["jamtland/cooperation-agreement.json"])["findings"]
    assert [(f["rule"], f["severity"]) for f in agreement] == [
        ("AGR-annual-report", "warning"),
        ("AGR-revision-budget", "info"),
    ]


def _errors(path: str) -> list[Finding]:
    example = BY_PATH[path]
    return [f for _, f in document_findings(path, example.as_of) if f.severity is Severity.ERROR]


def test_missing_substitute_names_the_party() -> None:
    (error,) = _errors("flawed/gnu-missing-substitute.json")
    assert error.rule_id == "KL-9-24-representation"
    assert error.path == "$.parties[4]"
    assert error.message() == "Berg (2326) saknar ersättare i nämnden (ledamöter: 1, ersättare: 0)."


def test_contractual_cooperation_before_july_2018_has_no_basis() -> None:
    (error,) = _errors("flawed/avtalssamverkan-2018-03-01.json")
    assert error.rule_id == "KL-2-1-localisation"
    assert "avtalet ingicks 1 mars 2018" in error.message()
    assert "först från den 1 juli 2018" in error.message()
    cooperation = load(EXAMPLES_DIR / "flawed/avtalssamverkan-2018-03-01.json").content
    assert isinstance(cooperation, ContractualCooperation)
    # Still running later: from 2018-07-01 KL 9:37 covers it, which is information (D5).
    later = check(cooperation, as_of=date(2019, 1, 1))
    assert later.errors == ()
    assert [f.severity for f in later.by_rule("KL-2-1-localisation")] == [Severity.INFO]


def test_pot_grant_beyond_the_earmarks_remainder() -> None:
    example = BY_PATH["flawed/pot-grant-beyond-earmark.json"]
    findings = document_findings(example.path, example.as_of)
    (error,) = [f for _, f in findings if f.category is Category.CONSISTENCY]
    assert (error.rule_id, error.severity) == ("POT-earmark", Severity.WARNING)
    assert error.path == "$.decisions[1].earmark"
    assert error.message() == (
        "Beslutet i ärende RUN/999/2019 beviljar 600\xa0000 kr ur social välfärd, där bara "
        "535\xa0791 kr återstår den 20 nov. 2019."
    )
    pot = load(EXAMPLES_DIR / "flawed/pot-grant-beyond-earmark.json").content
    assert isinstance(pot, Pot)
    assert pot.balance(date(2019, 12, 31)) > 0  # the pot as a whole could pay


def test_charter_missing_exit_and_dissolution() -> None:
    errors = _errors("flawed/federation-charter-missing-items.json")
    assert [c.short() for f in errors for c in f.citations] == ["KL 9:6 15 p.", "KL 9:6 16 p."]


def test_transport_authority_with_a_municipality_of_another_county() -> None:
    (error,) = _errors("flawed/rkm-wrong-county.json")
    assert error.rule_id == "KTL-2-2-rkm-form"
    assert error.path == "$.members[9]"
    assert error.message().startswith("Sundsvall (2281) hör till Västernorrlands län")


def test_jamtland_equivalent_lists_every_fullmaktige_decision() -> None:
    findings = document_findings("norrtalje/jamtland-equivalent.json", date(2018, 3, 1))
    committee = [f for prefix, f in findings if prefix == "$.content.items[0]"]
    company = [f for prefix, f in findings if prefix == "$.content.items[1]"]
    reglemente = [f for f in committee if f.rule_id == "KL-9-33-reglemente"]
    (grouped,) = reglemente
    assert grouped.message().startswith(
        "Reglementet har inte antagits av fullmäktige i Region Jämtland Härjedalen (23), "
    )
    assert grouped.facts["paths"] == [f"$.parties[{i}]" for i in range(9)]
    assert not [f for f in committee if f.rule_id == "GN-VO-2003-192"]
    owners = [f for f in company if f.rule_id == "KL-10-4-part-owned" and f.severity.rank == 0]
    assert [f.path for f in owners] == [f"$.holdings[{i}].decision" for i in range(9)]
    assert any(f.rule_id == "LOU-3-13-joint-control" for f in company)
    bundle = load(EXAMPLES_DIR / "norrtalje/jamtland-equivalent.json").content
    assert isinstance(bundle.items[1], JointlyOwnedCompany)
    assert sum(h.percent for h in bundle.items[1].holdings) == 100


def test_merger_scenarios_are_lawful_and_differ_as_the_memo_says() -> None:
    reports = {e.path: run_scenario(load_scenario(EXAMPLES_DIR / e.path)) for e in SCENARIOS}
    assert all(r.lawful for r in reports.values())
    all_three = reports["jamtland/merger-all-three.toml"]
    assert [c.short_name for c in all_three.discontinued] == ["GNU (regionen)", "GNU (kommunerna)"]
    pure = reports["jamtland/merger-pure-procurement.toml"]
    assert {t.area for t in pure.merged.tasks} == {"internal.procurement"}
    assert [t.area for t in pure.left_over] == [
        "hsl.assistive-devices",
        "internal.shared-services",
        "internal.it",
    ]
    assert len(reports["jamtland/merger-procurement-committees.toml"].host_options) == 9
