"""The policy behind every verdict: dated legal facts, severity by source, coverage, the
recording of facts, and the corrections that follow from reading the statute texts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from samverkan.io import loads
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
    KFL_1985,
    KFL_1985_LAST_DAY,
    KL_2017,
    LSO_2020_882,
    SKOLL_23_2020,
    LegalDate,
    amendment_date,
    in_force_date,
)
from samverkan.model import (
    ContractualCooperation,
    DelegateKind,
    Delegation,
    JointCommittee,
    LocalFederation,
    MatterCategory,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import (
    REGISTRY,
    Category,
    Finding,
    Outcome,
    RuleContext,
    RuleKind,
    RuleRegistry,
    Severity,
    check,
    consistency_rule,
    rule,
)
from samverkan.rules.discovery import rule_modules
from seeds import norrtalje_federation

REG = registry()
OST, BERG, REGION = REG.municipality("2380"), REG.municipality("2326"), REG.region("23")


# -- one home for every dated legal fact ------------------------------------------------------


def test_dates_are_named_once_from_the_statute_catalogue() -> None:
    assert (KL_2017, KL_2017.source) == (date(2018, 1, 1), "SFS 2017:725")
    assert (AVTALSSAMVERKAN, AVTALSSAMVERKAN.source) == (date(2018, 7, 1), "SFS 2018:569")
    assert REGISTRY.get("KL-9-37-avtalssamverkan").valid_from is AVTALSSAMVERKAN
    assert isinstance(REGISTRY.get("KL-9-24-representation").valid_from, LegalDate)


def test_kommunalforbundslagen_ran_from_1986_to_1997() -> None:
    """SFS 1985:894 in force 1986-01-01, repealed 1998-01-01 by SFS 1997:550 (RK register)."""
    assert (date(1986, 1, 1), date(1997, 12, 31)) == (KFL_1985, KFL_1985_LAST_DAY)
    assert KFL_1985_LAST_DAY.source == "SFS 1997:550"


def test_lso_2020_882_and_skolL_2020_605_dates() -> None:
    """SFS 2020:882 entered into force 2021-01-01; SFS 2020:605 on 2020-08-01."""
    assert date(2021, 1, 1) == LSO_2020_882
    assert date(2020, 8, 1) == SKOLL_23_2020


def test_a_date_the_catalogue_does_not_record_is_refused() -> None:
    with pytest.raises(ValueError, match="not recorded as an amendment"):
        amendment_date("2017:725", "1999:1")
    with pytest.raises(ValueError, match="no in-force date"):
        amendment_date("2003:192", "2025:426")
    assert in_force_date("2003:192") == date(2003, 7, 1)


# -- rules are filed by the law they apply and discovered -------------------------------------


def test_every_rule_module_registers_rules_and_every_rule_comes_from_one() -> None:
    modules = {module.__name__ for module in rule_modules()}
    assert all(
        m.startswith(("samverkan.rules.statutes.", "samverkan.rules.consistency.")) for m in modules
    )
    owners = {item.check.__module__ for item in REGISTRY}
    assert owners == modules
    for item in REGISTRY:
        folder = item.check.__module__.split(".")[2]
        assert (folder == "consistency") is (item.kind is RuleKind.CONSISTENCY), item.id


# -- severity follows the legal source --------------------------------------------------------


def _noop(subject: object, ctx: RuleContext) -> Iterator[Finding]:
    """Prov.

    Does not check: anything.
    """
    yield from ()


def test_a_rule_may_not_cite_an_act_not_in_force_on_its_dates() -> None:
    own = RuleRegistry()
    with pytest.raises(ValueError, match="not in force on 2019-01-01"):
        rule(
            "TEST-sol",
            applies_to=JointCommittee,
            cites=("2025:400 4:2",),
            valid_from=date(2019, 1, 1),
            registry=own,
        )(_noop)
    with pytest.raises(ValueError, match="not in force on 2025-07-01"):
        rule(
            "TEST-old-sol",
            applies_to=JointCommittee,
            cites=("2001:453 2:4",),
            valid_from=date(2019, 1, 1),
            registry=own,
        )(_noop)


def test_a_consistency_rule_cites_nothing_and_never_errs() -> None:
    own = RuleRegistry()
    with pytest.raises(ValueError, match="cannot report an error"):
        consistency_rule(
            "TEST-sum", applies_to=JointCommittee, severity=Severity.ERROR, registry=own
        )(_noop)
    consistency_rule("TEST-ok", applies_to=JointCommittee, registry=own)(_noop)
    made = own.get("TEST-ok")
    assert (made.citations, made.verification, made.severity) == ((), None, Severity.WARNING)
    for item in REGISTRY:
        if item.kind is RuleKind.CONSISTENCY:
            assert item.citations == ()
            assert item.severity is not Severity.ERROR


# -- coverage and the three outcomes ------------------------------------------------------------


def _committee(**changes: object) -> JointCommittee:
    return JointCommittee("Prov", (OST, BERG), OST, tasks=(Task("internal.it"),), **changes)  # type: ignore[arg-type]


def test_a_report_before_any_rule_is_not_judged_and_says_so() -> None:
    report = check(_committee(), as_of=date(1985, 12, 31))
    assert report.outcome is Outcome.NOT_JUDGED
    assert not report.ok
    (finding,) = report.findings
    assert (finding.category, finding.severity) == (Category.NOT_JUDGED, Severity.INFO)


def test_a_federation_in_1990_is_noted_under_kommunalforbundslagen() -> None:
    report = check(norrtalje_federation(), as_of=date(1990, 6, 1))
    (finding,) = report.by_rule("KFL1985-federation")
    assert [c.short() for c in finding.citations] == ["KfL 1:1", "KfL 1:7"]
    assert "KFL1985-1-1-members" in report.judged
    assert report.outcome is Outcome.NO_ERRORS


def test_a_rule_whose_provision_does_not_govern_the_subject_is_not_applicable() -> None:
    report = check(_committee(), as_of=date(2024, 1, 1))
    assert "GN-VO-2003-192" in report.not_applicable
    assert "GN-VO-2003-192" not in report.judged


def test_a_subject_with_nothing_recorded_is_judged_only_where_it_could_be() -> None:
    report = check(_committee(), as_of=date(2024, 1, 1))
    assert {"KL-9-22-agreement-tasks", "KL-9-33-reglemente", "KL-9-24-representation"} <= set(
        report.not_judged
    )
    assert "KL-9-19-parties" in report.judged
    assert report.outcome is Outcome.NO_ERRORS


# -- LSO from its verified text -----------------------------------------------------------------


def _rescue(**changes: object) -> ContractualCooperation:
    base: dict[str, object] = {
        "commissioning": (BERG,),
        "performing": OST,
        "tasks": (Task("lso.rescue-services"),),
        "concluded_on": date(2022, 1, 1),
    }
    base.update(changes)
    return ContractualCooperation("Räddningstjänst", **base)  # type: ignore[arg-type]


def test_lso_3_13_no_delegation_of_fines_or_measures_at_the_defaulters_expense() -> None:
    fine = Delegation(
        "Föreläggande", DelegateKind.EMPLOYEE, OST, frozenset({MatterCategory.LSO_FINE})
    )
    (finding,) = check(_rescue(delegations=(fine,)), as_of=date(2024, 1, 1)).by_rule(
        "LSO-3-13-delegation"
    )
    assert (finding.severity, finding.path) == (Severity.ERROR, "$.delegations[0]")
    assert [c.short() for c in finding.citations] == ["LSO 3:13"]
    plain = Delegation("Tillsyn", DelegateKind.EMPLOYEE, OST)
    report = check(_rescue(delegations=(plain,)), as_of=date(2024, 1, 1))
    assert "LSO-3-13-delegation" in report.not_applicable


def test_lso_3_15_rescue_staff_of_a_region_is_a_warning() -> None:
    report = check(_rescue(performing=REGION), as_of=date(2024, 1, 1))
    (finding,) = report.by_rule("LSO-3-15-staff")
    assert finding.severity is Severity.WARNING
    assert "inledande begränsade åtgärder" in finding.message()
    assert check(_rescue(), as_of=date(2024, 1, 1)).by_rule("LSO-3-15-staff") == ()
    assert "LSO-3-15-staff" in check(_rescue(), as_of=date(2020, 12, 31)).not_in_force


# -- documents of schema 1.0 ---------------------------------------------------------------------


def test_a_1_0_federation_keeps_its_charter_recorded_in_full() -> None:
    """1.0 → 1.1: provisions_recorded was true unless set; the migration writes it in."""
    text = json.dumps(
        {
            "schema_version": "1.0",
            "kind": "local_federation",
            "content": {
                "name": "Förbundet",
                "members": ["2380", "2326"],
                "assembly": "förbundsdirektion",
                "charter": {"title": "Förbundsordning", "provisions": []},
            },
        }
    )
    document = loads(text)
    assert document.schema_version == "1.2"
    federation = document.content
    assert isinstance(federation, LocalFederation)
    assert federation.charter is not None
    assert federation.charter.provisions_recorded is True
    bundle = json.dumps(
        {
            "schema_version": "1.0",
            "kind": "bundle",
            "content": {"items": [{"type": "local_federation", **json.loads(text)["content"]}]},
        }
    )
    (item,) = loads(bundle).content.items
    assert item.charter.provisions_recorded is True
    current = json.loads(text)
    current["schema_version"] = "1.1"
    assert loads(json.dumps(current)).content.charter.provisions_recorded is False


def test_a_supervision_agreement_of_early_2018_rests_on_miljobalken() -> None:
    """MB 26:7 was the basis until KL 9:37 (2018-07-01): no error in the first half of 2018."""
    cooperation = ContractualCooperation(
        "Tillsyn",
        (BERG,),
        OST,
        (Task("mb.environmental-health-supervision"),),
        concluded_on=date(2018, 3, 1),
    )
    report = check(cooperation, as_of=date(2018, 3, 1))
    assert report.errors == ()
    assert report.by_rule("KL-2-1-localisation") == ()
    payroll = ContractualCooperation(
        "Lön", (BERG,), OST, (Task("pbl.building-committee"),), concluded_on=date(2018, 3, 1)
    )
    assert check(payroll, as_of=date(2018, 3, 1)).errors


def test_competence_severity_follows_the_holdings_in_force_on_the_date() -> None:
    """A verified holding of another period does not make a recalled one an error."""
    from samverkan.competence import CATALOGUE, Duty, Holding, TaskArea, TaskAreaCatalogue
    from samverkan.law import Citation, Verification
    from samverkan.rules import Context

    def holding(start: date, end: date | None, verification: Verification) -> Holding:
        return Holding(
            "municipality", Duty.MAY, Citation("2017:725", 2, "1"), start, end, verification
        )

    area = TaskArea(
        id="test.local-task",
        name_sv="Provuppgift",
        name_en="Test task",
        holdings=(
            holding(date(2018, 1, 1), date(2019, 12, 31), Verification.VERIFIED_RK),
            holding(date(2020, 1, 1), None, Verification.RECALLED),
        ),
        description="A task held by municipalities only.",
    )
    catalogue = TaskAreaCatalogue(CATALOGUE)
    catalogue.add(area)
    committee = JointCommittee("Prov", (REGION, OST), OST, tasks=(Task("test.local-task"),))
    verified = check(committee, context=Context(date(2019, 1, 1), competence=catalogue))
    assert [f.severity for f in verified.by_rule("KL-2-1-competence")] == [Severity.ERROR]
    recalled = check(committee, context=Context(date(2021, 1, 1), competence=catalogue))
    assert [f.severity for f in recalled.by_rule("KL-2-1-competence")] == [Severity.WARNING]
