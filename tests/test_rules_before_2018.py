"""The rules of kommunallagen (1991:900) and kommunalförbundslagen (1985:894): a passing and a
failing case for each, and the transition of a pre-1998 förbund."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from samverkan.model import (
    Adoption,
    AssemblyForm,
    Body,
    JointCommittee,
    LocalFederation,
    Organisation,
    OrganisationKind,
    Role,
    Seat,
    Task,
)
from samverkan.model.common import Instrument
from samverkan.model.federation import Charter, CharterItem, CharterProvision, ItemStatus
from samverkan.parties import registry
from samverkan.rules.engine import check
from samverkan.rules.finding import Category, Severity
from samverkan.rules.kl_1991_common import may_keep_1985_rules

REG = registry()
OST = REG.municipality("2380")
BERG = REG.municipality("2326")
REGION = REG.region("23")
BOLAG = Organisation("Jämtbolaget AB", OrganisationKind.AKTIEBOLAG)

IN_2005 = date(2005, 6, 1)
IN_1990 = date(1990, 6, 1)
IN_2010 = date(2010, 6, 1)


def _full_seats(*parties: object) -> tuple[Seat, ...]:
    seats: list[Seat] = []
    for party in parties:
        seats += [Seat(party), Seat(party, Role.SUBSTITUTE)]  # type: ignore[arg-type]
    return tuple(seats)


def committee(**changes: object) -> JointCommittee:
    base = JointCommittee(
        "Gemensam nämnd för upphandling",
        parties=(OST, BERG),
        host=OST,
        seats=_full_seats(OST, BERG),
        seats_complete=True,
    )
    return attrs.evolve(base, **changes)


def charter(*adopting: object, exists: bool = True) -> Charter:
    return Charter(
        title="Förbundsordning",
        adoptions=tuple(Adoption(p) for p in adopting),  # type: ignore[arg-type]
        exists=exists,
    )


def federation(**changes: object) -> LocalFederation:
    base = LocalFederation(
        "Räddningsförbundet",
        members=(OST, BERG),
        assembly=AssemblyForm.DIREKTION,
        seats=_full_seats(OST, BERG),
        seats_complete=True,
        charter=charter(OST, BERG),
        formed_on=date(2003, 1, 1),
    )
    return attrs.evolve(base, **changes)


def rule_findings(subject: object, on: date, rule_id: str) -> list[tuple[str, str]]:
    report = check(subject, as_of=on)
    return [(f.severity.value, f.category.value) for f in report.by_rule(rule_id)]


# -- KL (1991:900), the joint committee -------------------------------------------------------


def test_kl_1991_parties_pass_and_fail() -> None:
    assert rule_findings(committee(), IN_2005, "KL1991-3-3a-parties") == []
    bad = committee(parties=(OST, BOLAG), seats=_full_seats(OST, BOLAG))
    assert rule_findings(bad, IN_2005, "KL1991-3-3a-parties") == [("error", "law")]
    alone = committee(parties=(OST, OST))
    assert ("error", "law") in rule_findings(alone, IN_2005, "KL1991-3-3a-parties")


def test_kl_1991_host_pass_and_fail() -> None:
    assert rule_findings(committee(), IN_2005, "KL1991-3-3a-host") == []
    report = check(committee(host=REGION), as_of=IN_2005)
    (finding,) = report.by_rule("KL1991-3-3a-host")
    assert finding.severity is Severity.ERROR
    assert finding.citations[0].short() == "KL (1991:900) 3:3 a"


def test_kl_1991_joint_committee_representation_warns() -> None:
    assert rule_findings(committee(), IN_2005, "KL1991-3-3b-representation") == []
    lacking = committee(seats=(Seat(OST), Seat(OST, Role.SUBSTITUTE), Seat(BERG)))
    assert rule_findings(lacking, IN_2005, "KL1991-3-3b-representation") == [("warning", "law")]
    unknown = committee(seats=(), seats_complete=False)
    assert rule_findings(unknown, IN_2005, "KL1991-3-3b-representation") == [
        ("info", "not-recorded")
    ]
    partly = committee(seats=_full_seats(OST), seats_complete=False)
    assert rule_findings(partly, IN_2005, "KL1991-3-3b-representation") == [
        ("info", "not-recorded")
    ]
    none = committee(seats=_full_seats(OST))
    assert rule_findings(none, IN_2005, "KL1991-3-3b-representation") == [("warning", "law")]


def test_the_1991_joint_committee_rules_apply_from_1997_08_01() -> None:
    before = check(committee(host=REGION), as_of=date(1997, 7, 31))
    assert not before.by_rule("KL1991-3-3a-host")
    (coverage,) = before.findings
    assert coverage.category is Category.NOT_JUDGED
    assert "kommunallagen (1991:900)" in coverage.message()
    assert check(committee(host=REGION), as_of=date(1997, 8, 1)).by_rule("KL1991-3-3a-host")


def test_kl_1991_agreement_pass_and_fail() -> None:
    rule_id = "KL1991-3-3c-agreement"
    assert rule_findings(committee(), IN_2005, rule_id) == [("info", "not-recorded")]
    agreed = committee(
        agreement=Instrument(tasks=("pbl.building-committee",)),
        tasks=(Task("pbl.building-committee"),),
    )
    assert rule_findings(agreed, IN_2005, rule_id) == []
    assert rule_findings(committee(agreement=Instrument()), IN_2005, rule_id) == []
    none = committee(agreement=Instrument(exists=False))
    assert rule_findings(none, IN_2005, rule_id) == [("warning", "law")]
    outside = attrs.evolve(agreed, tasks=(Task("lso.rescue-services"),))
    assert rule_findings(outside, IN_2005, rule_id) == [("warning", "law")]
    assert not check(none, as_of=date(1997, 7, 31)).by_rule(rule_id)
    assert not check(none, as_of=date(2018, 1, 1)).by_rule(rule_id)


def test_kl_1991_reglemente_pass_and_fail() -> None:
    rule_id = "KL1991-3-3c-reglemente"
    assert rule_findings(committee(), IN_2005, rule_id) == [("info", "not-recorded")]
    adopted = committee(standing_rules=Instrument(adoptions=(Adoption(OST), Adoption(BERG))))
    assert rule_findings(adopted, IN_2005, rule_id) == []
    none = committee(standing_rules=Instrument(exists=False))
    assert rule_findings(none, IN_2005, rule_id) == [("warning", "law")]
    declined = committee(
        standing_rules=Instrument(adoptions=(Adoption(OST), Adoption(BERG, adopted=False)))
    )
    assert rule_findings(declined, IN_2005, rule_id) == [("warning", "law")]
    partly = committee(standing_rules=Instrument(adoptions=(Adoption(OST),)))
    assert rule_findings(partly, IN_2005, rule_id) == [("info", "not-recorded")]


def test_before_1992_the_report_names_the_1977_act() -> None:
    (coverage,) = check(committee(), as_of=date(1988, 1, 1)).findings
    assert "kommunallagen (1977:179)" in coverage.message()
    (before,) = check(committee(), as_of=date(1985, 12, 31)).findings
    assert "1977:179" not in before.message()


# -- KL (1991:900), the kommunalförbund -------------------------------------------------------


def test_kl_1991_members_pass_and_fail() -> None:
    assert rule_findings(federation(), IN_2005, "KL1991-3-20-members") == []
    bad = federation(members=(OST,), seats=_full_seats(OST))
    assert rule_findings(bad, IN_2005, "KL1991-3-20-members") == [("warning", "law")]
    company = federation(members=(OST, BOLAG), seats=_full_seats(OST, BOLAG))
    assert rule_findings(company, IN_2005, "KL1991-3-20-members") == [("warning", "law")]


def test_kl_1991_federation_representation_pass_and_fail() -> None:
    rule_id = "KL1991-3-23-representation"
    assert rule_findings(federation(), IN_2005, rule_id) == []
    lacking = federation(seats=(Seat(OST), Seat(BERG), Seat(BERG, Role.SUBSTITUTE)))
    # a member lacking its ersättare is reported as that, not also as the total's imbalance
    assert rule_findings(lacking, IN_2005, rule_id) == [("warning", "law")]


def test_kl_1991_federation_representation_asks_equal_numbers_of_the_whole_assembly() -> None:
    rule_id = "KL1991-3-23-representation"
    uneven = federation(seats=(*_full_seats(OST, BERG), Seat(OST)))
    (finding,) = check(uneven, as_of=IN_2005).by_rule(rule_id)
    assert (finding.path, finding.severity) == ("$.seats", Severity.WARNING)
    assert "lika många ersättare som ledamöter" in finding.message()
    assert (finding.facts["members"], finding.facts["substitutes"]) == (3, 2)
    balanced = federation(seats=(*_full_seats(OST, BERG), Seat(OST), Seat(BERG, Role.SUBSTITUTE)))
    assert rule_findings(balanced, IN_2005, rule_id) == []
    # the joint committee's rule, resting on recall, leaves the total alone
    committee_uneven = committee(seats=(*_full_seats(OST, BERG), Seat(OST)))
    assert rule_findings(committee_uneven, IN_2005, "KL1991-3-3b-representation") == []


def test_kl_1991_federation_board_pass_and_fail() -> None:
    rule_id = "KL1991-3-25-board"
    assert rule_findings(federation(), IN_2005, rule_id) == []
    assembly = federation(assembly=AssemblyForm.FULLMAKTIGE)
    assert rule_findings(assembly, IN_2005, rule_id) == [("warning", "law")]
    unknown = federation(assembly=AssemblyForm.FULLMAKTIGE, seats_complete=False)
    assert rule_findings(unknown, IN_2005, rule_id) == [("info", "not-recorded")]
    board = federation(assembly=AssemblyForm.FULLMAKTIGE, board_seats=(Seat(OST),))
    assert rule_findings(board, IN_2005, rule_id) == []
    direktion_board = federation(board_seats=(Seat(OST), Seat(BERG)))
    (finding,) = check(direktion_board, as_of=IN_2005).by_rule(rule_id)
    assert (finding.path, finding.severity) == ("$.board_seats", Severity.WARNING)
    assert "2 separata styrelseplatser" in finding.message()
    old = attrs.evolve(assembly, formed_on=date(1995, 1, 1))
    assert rule_findings(old, date(2000, 1, 1), rule_id) == [("info", "not-judged")]
    assert rule_findings(assembly, IN_1990, rule_id) == []


def test_kl_1991_charter_pass_and_fail() -> None:
    assert rule_findings(federation(), IN_2005, "KL1991-3-27-charter") == []
    assert rule_findings(federation(charter=None), IN_2005, "KL1991-3-27-charter") == [
        ("info", "not-recorded")
    ]
    missing = federation(charter=charter(exists=False))
    assert rule_findings(missing, IN_2005, "KL1991-3-27-charter") == [("warning", "law")]
    declined = federation(
        charter=Charter(adoptions=(Adoption(OST), Adoption(BERG, Body.FULLMAKTIGE, adopted=False)))
    )
    assert rule_findings(declined, IN_2005, "KL1991-3-27-charter") == [("warning", "law")]
    unknown = federation(charter=charter(OST))
    assert rule_findings(unknown, IN_2005, "KL1991-3-27-charter") == [("info", "not-recorded")]


def _with_charter(**changes: object) -> LocalFederation:
    return federation(charter=attrs.evolve(charter(OST, BERG), **changes))


def test_kl_1991_term_pass_and_fail() -> None:
    rule_id = "KL1991-3-24-term"
    assert rule_findings(federation(), IN_2005, rule_id) == []
    assert rule_findings(_with_charter(term_years=4), IN_2005, rule_id) == []
    assert rule_findings(_with_charter(term_years=5), IN_2005, rule_id) == [("warning", "law")]
    old = attrs.evolve(_with_charter(term_years=5), formed_on=date(1995, 1, 1))
    assert rule_findings(old, date(2000, 1, 1), rule_id) == [("info", "not-judged")]


_COST_ITEM = CharterItem.SHARES_AND_COST_DIVISION


def test_kl_1991_cost_division_pass_and_fail() -> None:
    rule_id = "KL1991-3-28-cost-division"
    stated = _with_charter(provisions=(CharterProvision(_COST_ITEM),))
    assert rule_findings(stated, IN_2005, rule_id) == []
    assert rule_findings(federation(), IN_2005, rule_id) == [("info", "not-recorded")]
    assert rule_findings(federation(charter=None), IN_2005, rule_id) == []
    absent = _with_charter(provisions=(CharterProvision(_COST_ITEM, ItemStatus.ABSENT),))
    assert rule_findings(absent, IN_2005, rule_id) == [("warning", "law")]
    silent = _with_charter(provisions_recorded=True)
    assert rule_findings(silent, IN_2005, rule_id) == [("warning", "law")]
    old = attrs.evolve(silent, formed_on=date(1995, 1, 1))
    assert rule_findings(old, date(2000, 1, 1), rule_id) == [("info", "not-judged")]


def test_kfl_1985_debt_shares_pass_and_fail() -> None:
    rule_id = "KFL1985-9-7-debt-shares"
    stated = _with_charter(provisions=(CharterProvision(_COST_ITEM, ItemStatus.PRESENT),))
    assert rule_findings(stated, IN_1990, rule_id) == []
    assert rule_findings(federation(), IN_1990, rule_id) == [("info", "not-recorded")]
    assert rule_findings(federation(charter=charter(exists=False)), IN_1990, rule_id) == []
    silent = _with_charter(provisions_recorded=True)
    (finding,) = check(silent, as_of=IN_1990).by_rule(rule_id)
    assert finding.severity is Severity.WARNING
    assert "9 § 7" in finding.message()
    assert not check(silent, as_of=IN_2005).by_rule(rule_id)


@pytest.mark.parametrize(
    ("formed_on", "on", "kept"),
    [
        (date(1995, 1, 1), date(2002, 12, 31), True),
        (date(1995, 1, 1), date(2003, 1, 1), False),
        (None, date(2000, 1, 1), True),
        (date(1998, 1, 1), date(2000, 1, 1), False),
    ],
)
def test_a_federation_formed_before_1998_may_keep_the_1985_act(
    formed_on: date | None, on: date, kept: bool
) -> None:
    subject = federation(formed_on=formed_on, members=(OST,))
    assert may_keep_1985_rules(subject, on) is kept
    found = rule_findings(subject, on, "KL1991-3-20-members")
    assert found == ([("info", "not-judged")] if kept else [("warning", "law")])


# -- Kommunalförbundslagen (1985:894) ---------------------------------------------------------


def test_kfl_1985_members_pass_and_fail() -> None:
    assert rule_findings(federation(), IN_1990, "KFL1985-1-1-members") == []
    company = federation(members=(OST, BOLAG))
    assert rule_findings(company, IN_1990, "KFL1985-1-1-members") == [("error", "law")]
    alone = federation(members=(OST,))
    assert rule_findings(alone, IN_1990, "KFL1985-1-1-members") == [("warning", "law")]


def test_kfl_1985_form_pass_and_fail() -> None:
    assert rule_findings(federation(), IN_1990, "KFL1985-1-4-form") == []
    assembly = federation(assembly=AssemblyForm.FULLMAKTIGE)
    assert rule_findings(assembly, IN_1990, "KFL1985-1-4-form") == [("warning", "law")]
    unknown = federation(assembly=AssemblyForm.FULLMAKTIGE, seats_complete=False)
    assert rule_findings(unknown, IN_1990, "KFL1985-1-4-form") == [("info", "not-recorded")]
    board = federation(assembly=AssemblyForm.FULLMAKTIGE, board_seats=(Seat(OST),))
    assert rule_findings(board, IN_1990, "KFL1985-1-4-form") == []


def test_kfl_1985_charter_pass_and_fail() -> None:
    assert rule_findings(federation(), IN_1990, "KFL1985-1-7-charter") == []
    assert rule_findings(federation(charter=None), IN_1990, "KFL1985-1-7-charter") == [
        ("info", "not-recorded")
    ]
    missing = federation(charter=charter(exists=False))
    assert rule_findings(missing, IN_1990, "KFL1985-1-7-charter") == [("error", "law")]
    declined = federation(charter=Charter(adoptions=(Adoption(OST), Adoption(BERG, adopted=False))))
    assert rule_findings(declined, IN_1990, "KFL1985-1-7-charter") == [("warning", "law")]


def test_kfl_1985_common_task_pass_and_fail() -> None:
    common = federation(tasks=(Task("lso.rescue-services"),))
    assert rule_findings(common, IN_1990, "KFL1985-common-task") == []
    partial = federation(tasks=(Task("lso.rescue-services", for_parties=(OST,)),))
    assert rule_findings(partial, IN_1990, "KFL1985-common-task") == [("warning", "law")]
    # From 1998 the task need not be common (prop. 1996/97:105).
    assert not check(partial, as_of=IN_2010).by_rule("KFL1985-common-task")


# -- Special-act agreements before 2018-07-01 -------------------------------------------------


def _agreement(area: str, concluded: date = date(2010, 1, 1)) -> object:
    from samverkan.model import ContractualCooperation

    return ContractualCooperation(
        "Tillsynsavtal",
        commissioning=(BERG,),
        performing=OST,
        tasks=(Task(area),),
        concluded_on=concluded,
    )


def test_a_supervision_agreement_before_2018_rests_on_miljobalken() -> None:
    report = check(_agreement("mb.environmental-health-supervision"), as_of=IN_2010)
    (finding,) = report.by_rule("MB-26-7-agreement-before-2018")
    assert finding.severity is Severity.INFO
    assert finding.category is Category.LAW
    assert "MB-26-7-agreement-before-2018" in report.judged
    assert finding.citations[0].short() == "MB 26:7"


def test_another_agreement_before_2018_is_not_judged_under_the_1991_act() -> None:
    report = check(_agreement("internal.payroll"), as_of=IN_2010)
    (finding,) = report.by_rule("MB-26-7-agreement-before-2018")
    assert finding.category is Category.NOT_JUDGED
    assert "kommunallagen (1991:900)" in finding.message()
    spring = check(_agreement("internal.payroll"), as_of=date(2018, 3, 1))
    assert not spring.by_rule("MB-26-7-agreement-before-2018")
    assert (
        "MB-26-7-agreement-before-2018"
        in check(_agreement("internal.payroll"), as_of=date(2018, 7, 1)).not_in_force
    )


# -- Samverkansorgan (lag 2002:34) ------------------------------------------------------------


def test_a_samverkansorgan_had_every_municipality_of_the_county() -> None:
    from samverkan.model import FederationPurpose

    county = tuple(REG.municipalities("23"))
    whole = federation(
        members=(*county, REGION),
        seats=_full_seats(*county, REGION),
        purpose=FederationPurpose.SAMVERKANSORGAN,
    )
    assert rule_findings(whole, IN_2010, "SAMORG-2002-34-2-members") == []
    partial = federation(purpose=FederationPurpose.SAMVERKANSORGAN)
    assert rule_findings(partial, IN_2010, "SAMORG-2002-34-2-members") == [("warning", "law")]
    mixed = federation(
        members=(OST, REG.municipality("0180"), BOLAG), purpose=FederationPurpose.SAMVERKANSORGAN
    )
    assert rule_findings(mixed, IN_2010, "SAMORG-2002-34-2-members") == [
        ("warning", "law"),
        ("warning", "law"),
    ]
    assert "SAMORG-2002-34-2-members" in check(partial, as_of=date(2019, 1, 1)).not_in_force
    assert "SAMORG-2002-34-2-members" in check(federation(), as_of=IN_2010).not_applicable
