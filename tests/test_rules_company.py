from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from samverkan.law import parse_citation
from samverkan.model import (
    Adoption,
    Body,
    JointlyOwnedCompany,
    Organisation,
    OrganisationKind,
    OwnerCondition,
    Participant,
    Shareholding,
)
from samverkan.rules import REGISTRY, Category, Finding, Report, Severity, check
from samverkan.rules.statutes.kl_10_companies import CONDITION_LABELS
from seeds import ARE, KSON, OSTERSUND, REGION_JH, tiohundra

TODAY = date(2026, 11, 22)
ALL = frozenset(OwnerCondition)
PURPOSE = "Driva gemensam IT-drift för ägarna."

#: The statutes this module tests: KL 10 kap. 1–4 §§ and LOU 3 kap. 11–13 §§ (joint control).
MODULES = {"samverkan.rules.statutes.kl_10_companies", "samverkan.rules.statutes.upphandling"}
#: Their rules on a company; every test here checks they ran, so silence is not vacuous.
COMPANY_RULES = {
    r.id for r in REGISTRY if r.check.__module__ in MODULES and JointlyOwnedCompany in r.applies_to
}
PRIVATE = Organisation("Vårdbolaget AB", OrganisationKind.AKTIEBOLAG)
FOUNDATION = Organisation("Stiftelsen Prov", OrganisationKind.STIFTELSE)


def _of(report: Report, rule_id: str) -> tuple[Finding, ...]:
    assert rule_id in report.applied
    return report.by_rule(rule_id)


def _one(report: Report, rule_id: str) -> Finding:
    found = _of(report, rule_id)
    assert len(found) == 1, [f.message() for f in found]
    return found[0]


def _holding(
    owner: Participant,
    percent: int | str,
    secured: frozenset[OwnerCondition] | None = ALL,
    body: Body | None = Body.FULLMAKTIGE,
) -> Shareholding:
    decision = None if body is None else Adoption(owner, body, on=date(2020, 3, 2))
    return Shareholding(owner, Decimal(percent), secured, decision)


def _company(*holdings: Shareholding, **kwargs: Any) -> JointlyOwnedCompany:
    kwargs.setdefault("purpose", PURPOSE)
    return JointlyOwnedCompany("Provbolaget AB", holdings, **kwargs)


def _check(company: JointlyOwnedCompany) -> Report:
    report = check(company, as_of=TODAY)
    assert set(report.applied) >= COMPANY_RULES
    return report


# -- TioHundra -----------------------------------------------------------------------------


def test_tiohundra_has_only_information() -> None:
    report = _check(tiohundra())
    mine = [f for f in report if f.rule_id in COMPANY_RULES]
    assert [(f.rule_id, f.severity, f.path) for f in mine] == [
        ("KL-10-3-wholly-owned", Severity.INFO, "$.holdings[0].secured")
    ]
    assert "Kommunalförbundet Sjukvård och omsorg i Norrtälje (kommunalförbund)" in (
        mine[0].message()
    )
    assert not report.errors


# -- KL 10:1 -------------------------------------------------------------------------------


def test_authority_without_basis() -> None:
    company = _company(_holding(OSTERSUND, 100), exercises_authority=True)
    found = _one(_check(company), "KL-10-1-handover")
    assert (found.severity, found.path) == (Severity.ERROR, "$.authority_basis")
    assert "bara med stöd i lag" in found.message()
    assert found.citations[0].short() == "KL 10:1"


def test_authority_with_basis_or_none_exercised() -> None:
    basis = parse_citation("LSO 3:16")
    with_basis = _company(_holding(OSTERSUND, 100), exercises_authority=True, authority_basis=basis)
    assert _of(_check(with_basis), "KL-10-1-handover") == ()
    assert _of(_check(_company(_holding(OSTERSUND, 100))), "KL-10-1-handover") == ()


# -- KL 10:3 -------------------------------------------------------------------------------


def test_wholly_owned_with_every_condition_is_silent() -> None:
    report = _check(_company(_holding(OSTERSUND, 100)))
    assert [f for f in report if f.rule_id in COMPANY_RULES] == []


def test_wholly_owned_missing_condition() -> None:
    company = _company(_holding(OSTERSUND, 100, ALL - {OwnerCondition.LAY_AUDITOR}))
    found = _one(_check(company), "KL-10-3-wholly-owned")
    assert (found.severity, found.path) == (Severity.ERROR, "$.holdings[0].secured")
    assert found.message() == (
        "Östersund (2380) har inte säkerställt punkt 5: fullmäktige utser minst en lekmannarevisor."
    )
    assert found.citations[0].short() == "KL 10:3 5 p."
    assert found.facts == {"condition": "LAY_AUDITOR"}


def test_wholly_owned_by_federation_with_nothing_secured() -> None:
    company = _company(_holding(KSON, 100, frozenset(), Body.FORBUND_ASSEMBLY))
    found = _of(_check(company), "KL-10-3-wholly-owned")
    assert [f.params["point"] for f in found] == [1, 2, 3, 4, 5, 6]
    assert {f.severity for f in found} == {Severity.ERROR}


def test_wholly_owned_without_purpose() -> None:
    company = _company(_holding(REGION_JH, 100), purpose=None)
    found = _one(_check(company), "KL-10-3-wholly-owned")
    assert (found.severity, found.path) == (Severity.ERROR, "$.purpose")
    assert "saknar angivet kommunalt ändamål" in found.message()
    assert found.citations[0].short() == "KL 10:3 1 p."
    blank = _company(_holding(REGION_JH, 100), purpose="  ")
    assert _one(_check(blank), "KL-10-3-wholly-owned").path == "$.purpose"


def test_wholly_owned_rule_cites_kl_9_2() -> None:
    found = _one(_check(tiohundra()), "KL-10-3-wholly-owned")
    assert [c.short() for c in found.citations] == ["KL 10:3", "KL 9:2"]


@pytest.mark.parametrize(
    "company",
    [
        _company(_holding(PRIVATE, 100, frozenset()), purpose=None),
        _company(_holding(OSTERSUND, 60, frozenset()), purpose=None),
        _company(_holding(OSTERSUND, 50, frozenset()), _holding(ARE, 50, frozenset())),
    ],
)
def test_wholly_owned_rule_only_for_one_public_owner_of_everything(
    company: JointlyOwnedCompany,
) -> None:
    assert _of(_check(company), "KL-10-3-wholly-owned") == ()


# -- KL 10:4 -------------------------------------------------------------------------------


def test_part_owned_in_order_is_silent() -> None:
    company = _company(
        _holding(OSTERSUND, "33.4"),
        _holding(ARE, "33.3"),
        _holding(KSON, "33.3", body=Body.FORBUND_ASSEMBLY),
    )
    assert _of(_check(company), "KL-10-4-part-owned") == ()


def test_part_owned_owner_without_a_recorded_decision_is_not_judged() -> None:
    """KL 10:4: an owner decision the document does not record is unknown, not absent."""
    company = _company(_holding(OSTERSUND, 50), _holding(ARE, 50, body=None))
    found = _one(_check(company), "KL-10-4-part-owned")
    assert (found.severity, found.category) == (Severity.INFO, Category.NOT_RECORDED)
    assert found.path == "$.holdings[1].decision"


def test_part_owned_owner_recorded_as_not_deciding() -> None:
    declined = Shareholding(ARE, Decimal(50), ALL, Adoption(ARE, adopted=False))
    company = _company(_holding(OSTERSUND, 50), declined)
    found = _one(_check(company), "KL-10-4-part-owned")
    assert (found.severity, found.path) == (Severity.ERROR, "$.holdings[1].decision")
    assert found.message() == (
        "Åre (2321) har inte genom beslut av kommunfullmäktige bundit Provbolaget AB vid villkoren "
        "i 10 kap. 3 § kommunallagen."
    )
    assert found.facts == {"decided_by": "fullmäktige", "adopted": False}


@pytest.mark.parametrize(
    ("holding", "body"),
    [
        (_holding(ARE, 50, body=Body.STYRELSE), "kommunfullmäktige"),
        (_holding(KSON, 50, body=Body.FULLMAKTIGE), "förbundets beslutande församling"),
        (
            Shareholding(ARE, Decimal(50), ALL, Adoption(OSTERSUND, on=date(2020, 1, 1))),
            "kommunfullmäktige",
        ),
    ],
)
def test_part_owned_decision_by_wrong_body_or_party(holding: Shareholding, body: str) -> None:
    company = _company(_holding(OSTERSUND, 50), holding)
    found = _one(_check(company), "KL-10-4-part-owned")
    assert found.path == "$.holdings[1].decision"
    assert f"har inte genom beslut av {body} bundit" in found.message()


def test_part_owned_shares_must_sum_to_100() -> None:
    company = _company(_holding(OSTERSUND, 50), _holding(ARE, "40.5"))
    found = _one(_check(company), "KL-10-4-part-owned")
    assert (found.severity, found.path) == (Severity.ERROR, "$.holdings")
    assert found.message() == "Ägarandelarna i Provbolaget AB summerar till 90.5 %, inte 100 %."
    single = _one(_check(_company(_holding(OSTERSUND, 60))), "KL-10-4-part-owned")
    assert "summerar till 60 %" in single.message()


def test_part_owned_missing_conditions_is_a_warning() -> None:
    secured = ALL - {OwnerCondition.FULLMAKTIGE_CONSULTED, OwnerCondition.LAY_AUDITOR}
    company = _company(_holding(OSTERSUND, 90), _holding(ARE, 10, secured))
    found = _one(_check(company), "KL-10-4-part-owned")
    assert (found.severity, found.path) == (Severity.WARNING, "$.holdings[1].secured")
    assert found.message() == (
        "Åre (2321) (10 %) har inte säkerställt punkt 4, 5 i 10 kap. 3 § kommunallagen; pröva "
        "om det är rimligt med hänsyn till ägarandelen."
    )
    assert found.facts == {"missing": ["FULLMAKTIGE_CONSULTED", "LAY_AUDITOR"]}


def test_part_owned_unrecorded_conditions_are_information() -> None:
    company = _company(_holding(OSTERSUND, 50), _holding(ARE, 50, None))
    found = _one(_check(company), "KL-10-4-part-owned")
    assert (found.severity, found.path) == (Severity.INFO, "$.holdings[1].secured")
    assert "har inte prövats" in found.message()


def test_part_owned_private_owner_is_noted() -> None:
    company = _company(_holding(OSTERSUND, 51), _holding(PRIVATE, 49, None, None))
    found = _one(_check(company), "KL-10-4-part-owned")
    assert (found.severity, found.path) == (Severity.INFO, "$.holdings[1]")
    assert "Vårdbolaget AB (aktiebolag) äger 49 % av Provbolaget AB" in found.message()
    assert "utesluter det privata ägandet undantaget" in found.message()
    assert [c.short() for c in found.citations] == ["LOU 3:12", "LOU 3:13"]


def test_part_owned_other_non_public_owner_is_not_judged() -> None:
    company = _company(_holding(OSTERSUND, 51), _holding(FOUNDATION, 49, None, None))
    assert _of(_check(company), "KL-10-4-part-owned") == ()


def test_condition_labels_cover_every_point() -> None:
    assert set(CONDITION_LABELS) == set(OwnerCondition)


# -- LOU 3:11–13 ---------------------------------------------------------------------------


def test_joint_control_information_for_several_public_owners() -> None:
    company = _company(_holding(OSTERSUND, 50), _holding(REGION_JH, 50))
    found = _one(_check(company), "LOU-3-13-joint-control")
    assert (found.severity, found.path) == (Severity.INFO, "$.holdings")
    assert "ägs av 2 offentliga ägare" in found.message()
    assert "mer än 80 %" in found.message()
    assert [c.short() for c in found.citations] == ["LOU 3:11", "LOU 3:12", "LOU 3:13"]


def test_joint_control_silent_for_one_public_owner() -> None:
    assert _of(_check(tiohundra()), "LOU-3-13-joint-control") == ()
    mixed = _company(_holding(OSTERSUND, 51), _holding(PRIVATE, 49, None, None))
    assert _of(_check(mixed), "LOU-3-13-joint-control") == ()


def test_procurement_rule_applies_from_2017_and_company_rules_from_2018() -> None:
    report = check(_company(_holding(OSTERSUND, 50), _holding(ARE, 50)), as_of=date(2017, 6, 1))
    assert "LOU-3-13-joint-control" in report.applied
    assert "KL-10-4-part-owned" in report.not_in_force
