"""The shared fund pot: Jämtland's pot and FoU Jämt's application, and every pot rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from samverkan.i18n import format_sek
from samverkan.model.pot import Application, Contribution, Decision, Payment, Pot, Proposal
from samverkan.model.structure import Mandate
from samverkan.rules import REGISTRY, RuleKind, Severity, check
from seeds import JAMTLAND_PRINCIPALS, jamtland_pot, svom

AGENDA_DAY = date(2019, 9, 2)
#: A hypothetical decision day after RSR's proposal; the seeds do not contain the decision.
DECISION_DAY = date(2019, 10, 15)
LATER = date(2019, 12, 31)

# What examples/jamtland/fund-pot.json records from seed 001.
POT_TOTAL = Decimal("6605000")
SOCIAL_WELFARE = "social välfärd"
SOCIAL_WELFARE_2018 = Decimal("903791")
FOU_JAMT_REQUEST = Decimal("368000")
FOU_CASE = "RUN/189/2019"


def grant(
    amount: str | Decimal,
    *,
    by: str = "RUN",
    on: date = DECISION_DAY,
    case: str = FOU_CASE,
    earmark: str | None = SOCIAL_WELFARE,
) -> Decision:
    return Decision(case, by, on, Decimal(amount), earmark=earmark)


def pot_with(*decisions: Decision, payments: tuple[Payment, ...] = ()) -> Pot:
    return attrs.evolve(jamtland_pot(), decisions=decisions, payments=payments)


# -- The real case ---------------------------------------------------------------------------


def test_pot_total_and_social_welfare_funds_on_the_agenda_day() -> None:
    pot = jamtland_pot()
    assert pot.balance(AGENDA_DAY) == Decimal("6605000")
    assert pot.balance(AGENDA_DAY, SOCIAL_WELFARE) == Decimal("903791")
    assert pot.contributed(AGENDA_DAY) == POT_TOTAL
    assert pot.earmarks() == (SOCIAL_WELFARE,)
    assert format_sek(pot.balance(AGENDA_DAY), "sv") == "6\xa0605\xa0000 kr"
    assert format_sek(pot.balance(AGENDA_DAY), "en") == "SEK\xa06,605,000"


def test_pot_before_the_2018_contribution() -> None:
    pot = jamtland_pot()
    assert pot.balance(date(2018, 6, 30)) == POT_TOTAL - SOCIAL_WELFARE_2018
    assert pot.balance(date(2018, 6, 30), SOCIAL_WELFARE) == 0


def test_pot_origin_and_contributions_follow_the_seed() -> None:
    pot = jamtland_pot()
    assert pot.origin is not None
    assert pot.origin.year == 2015
    assert "Regionförbundet Jämtlands län" in pot.origin.description
    assert pot.origin.founders == JAMTLAND_PRINCIPALS
    social = pot.contributions[1]
    assert (social.amount, social.earmark, social.provenance) == (
        Decimal("903791"),
        "social välfärd",
        "primärkommunal",
    )
    assert sum(c.amount for c in pot.contributions) == Decimal("6605000")


def test_fou_jamt_application_and_rsr_proposal() -> None:
    pot = jamtland_pot()
    application = pot.application("RUN/189/2019")
    assert application is not None
    assert application.applicant == "FoU Jämt"
    assert application.amount == Decimal("368000")
    assert application.applicant_decided_on == date(2019, 1, 25)
    assert application.received is None  # "i juni 2019": the day is not given
    assert application.earmark == SOCIAL_WELFARE
    assert pot.proposals == (Proposal(FOU_CASE, "RSR", AGENDA_DAY, FOU_JAMT_REQUEST),)
    assert pot.application("RUN/1/2019") is None


def test_rsr_proposes_and_run_decides() -> None:
    pot = jamtland_pot()
    assert pot.proposer is not None
    assert pot.proposer.mandate is None
    assert pot.decider.mandate is not None
    assert pot.decider.mandate.covers(pot.matter)


def test_real_pot_has_no_findings() -> None:
    report = check(jamtland_pot(), as_of=AGENDA_DAY)
    # Every pot rule ran, and none found anything.
    assert set(report.applied) == {r.id for r in REGISTRY if Pot in r.applies_to}
    assert report.findings == ()


def test_granting_the_proposal_leaves_535_791_of_social_welfare() -> None:
    pot = pot_with(grant(FOU_JAMT_REQUEST), payments=(Payment(FOU_CASE, FOU_JAMT_REQUEST, LATER),))
    assert check(pot, as_of=LATER).findings == ()
    assert pot.balance(LATER) == Decimal("6237000")
    assert pot.balance(LATER, SOCIAL_WELFARE) == Decimal("535791")
    assert pot.balance(AGENDA_DAY) == Decimal("6605000")
    assert pot.paid(LATER) == FOU_JAMT_REQUEST
    assert pot.paid(DECISION_DAY) == 0


# -- POT-balance -----------------------------------------------------------------------------


def test_grant_beyond_the_balance() -> None:
    report = check(pot_with(grant("7000000", earmark=None)), as_of=LATER)
    (finding,) = report.by_rule("POT-balance")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.decisions[0].granted"
    assert finding.message() == (
        "Beslutet i ärende RUN/189/2019 beviljar 7\xa0000\xa0000 kr men potten rymmer bara "
        "6\xa0605\xa0000 kr den 15 okt. 2019."
    )
    assert finding.message("en").endswith("2019.")


def test_earlier_grants_reduce_the_balance_even_on_the_same_day() -> None:
    first = grant("6000000", case="RUN/1/2019", earmark=None)
    second = grant("700000", case="RUN/2/2019", earmark=None)
    (finding,) = check(pot_with(first, second), as_of=LATER).by_rule("POT-balance")
    assert finding.path == "$.decisions[1].granted"
    assert finding.params["available"] == Decimal("605000")


def test_money_contributed_later_does_not_count() -> None:
    early = grant("6000000", on=date(2018, 6, 1), earmark=None)
    (finding,) = check(pot_with(early), as_of=LATER).by_rule("POT-balance")
    assert finding.params["available"] == POT_TOTAL - SOCIAL_WELFARE_2018


def test_grant_of_the_whole_balance_and_rejections_are_silent() -> None:
    whole = grant(POT_TOTAL, earmark=None)
    rejected = grant("0", case="RUN/9/2019", on=date(2019, 11, 1))
    report = check(pot_with(whole, rejected), as_of=LATER)
    assert report.by_rule("POT-balance") == ()


# -- POT-earmark -----------------------------------------------------------------------------


def test_grant_beyond_the_social_welfare_funds() -> None:
    report = check(pot_with(grant("903792")), as_of=LATER)
    (finding,) = report.by_rule("POT-earmark")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.decisions[0].earmark"
    assert finding.message() == (
        "Beslutet i ärende RUN/189/2019 beviljar 903\xa0792 kr ur social välfärd, där bara "
        "903\xa0791 kr återstår den 15 okt. 2019."
    )
    assert report.by_rule("POT-balance") == ()


def test_second_grant_exhausts_the_earmark() -> None:
    first = grant(FOU_JAMT_REQUEST)
    second = grant("600000", case="RUN/250/2019", on=date(2019, 11, 20))
    (finding,) = check(pot_with(first, second), as_of=LATER).by_rule("POT-earmark")
    assert finding.path == "$.decisions[1].earmark"
    assert finding.params["available"] == Decimal("535791")


def test_unknown_earmark() -> None:
    (finding,) = check(pot_with(grant("1000", earmark="kultur")), as_of=LATER).by_rule(
        "POT-earmark"
    )
    assert finding.message() == (
        "Beslutet i ärende RUN/189/2019 tar medel ur kultur, som inga tillskott avser."
    )


def test_grant_within_the_earmark_is_silent() -> None:
    report = check(pot_with(grant(SOCIAL_WELFARE_2018)), as_of=LATER)
    assert report.by_rule("POT-earmark") == ()
    assert report.ok


# -- POT-decision-mandate --------------------------------------------------------------------


def test_proposal_from_the_council_is_not_a_decision() -> None:
    report = check(pot_with(grant(FOU_JAMT_REQUEST, by="RSR")), as_of=LATER)
    (finding,) = report.by_rule("POT-decision-mandate")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.decisions[0].by"
    assert finding.message() == (
        "Ärende RUN/189/2019: Regionens samverkansråd kan bara föreslå; beslutet fattas av "
        "Regionala utvecklingsnämnden."
    )
    assert [c.short() for c in finding.citations] == ["KL 3:4", "KL 6:37"]


def test_decision_by_another_body() -> None:
    (finding,) = check(pot_with(grant("1000", by="RS")), as_of=LATER).by_rule(
        "POT-decision-mandate"
    )
    assert finding.message() == (
        "Ärende RUN/189/2019 avgörs av RS; beslutet fattas av Regionala utvecklingsnämnden."
    )


def test_advisory_decider_and_uncovered_mandate() -> None:
    advisory = attrs.evolve(jamtland_pot(), decider=svom())
    (finding,) = check(advisory, as_of=AGENDA_DAY).by_rule("POT-decision-mandate")
    assert finding.path == "$.decider.kind"
    assert finding.message() == (
        "Sociala vård- och omsorgsgruppen är samverkansråd och kan inte vara det organ som "
        "beslutar om potten."
    )
    pot = jamtland_pot()
    narrow = attrs.evolve(
        pot, decider=attrs.evolve(pot.decider, mandate=Mandate(("regional utveckling",)))
    )
    (finding,) = check(narrow, as_of=AGENDA_DAY).by_rule("POT-decision-mandate")
    assert finding.path == "$.decider.mandate"
    assert finding.message() == (
        "Mandatet för Regionala utvecklingsnämnden omfattar inte användning av medel ur den "
        "gemensamma potten."
    )


def test_payment_on_a_proposal_alone() -> None:
    pot = pot_with(payments=(Payment(FOU_CASE, FOU_JAMT_REQUEST, date(2019, 9, 10)),))
    (finding,) = check(pot, as_of=LATER).by_rule("POT-decision-mandate")
    assert finding.path == "$.payments[0]"
    assert finding.params["granted"] == 0


def test_payments_beyond_the_grant_and_before_it() -> None:
    payments = (
        Payment(FOU_CASE, Decimal("200000"), date(2019, 10, 1)),  # before the decision
        Payment(FOU_CASE, Decimal("100000"), date(2019, 11, 1)),
        Payment(FOU_CASE, Decimal("100000"), date(2019, 12, 1)),  # 400 000 > 368 000
    )
    findings = check(pot_with(grant(FOU_JAMT_REQUEST), payments=payments), as_of=LATER).by_rule(
        "POT-decision-mandate"
    )
    assert [f.path for f in findings] == ["$.payments[0]", "$.payments[2]"]


def test_payments_within_the_grant_are_silent() -> None:
    payments = (
        Payment(FOU_CASE, Decimal("168000"), date(2019, 11, 1)),
        Payment(FOU_CASE, Decimal("200000"), date(2019, 12, 1)),
    )
    report = check(pot_with(grant(FOU_JAMT_REQUEST), payments=payments), as_of=LATER)
    assert report.by_rule("POT-decision-mandate") == ()


# -- POT-case-number -------------------------------------------------------------------------


def test_malformed_case_number() -> None:
    pot = jamtland_pot()
    bad = attrs.evolve(pot.applications[0], case_number="RUN-189-2019")
    report = check(attrs.evolve(pot, applications=(bad,)), as_of=AGENDA_DAY)
    findings = report.by_rule("POT-case-number")
    assert {f.severity for f in findings} == {Severity.WARNING}
    assert [f.path for f in findings] == [
        "$.applications[0].case_number",
        "$.proposals[0].case_number",
    ]
    assert findings[0].message() == "Diarienumret RUN-189-2019 har inte formen ORGAN/löpnummer/år."
    assert report.ok  # warnings only


def test_decision_in_an_unregistered_case() -> None:
    report = check(pot_with(grant("1000", case="RUN/190/2019")), as_of=LATER)
    (finding,) = report.by_rule("POT-case-number")
    assert finding.path == "$.decisions[0].case_number"
    assert finding.message() == "Ärende RUN/190/2019 motsvarar ingen registrerad ansökan."


@pytest.mark.parametrize("number", ["RUN/189/2019", "RS/559/2019", "KS/1/2020"])
def test_well_formed_case_numbers_are_silent(number: str) -> None:
    application = Application("FoU Jämt", Decimal("1"), "Test", number)
    pot = attrs.evolve(jamtland_pot(), applications=(application,), proposals=())
    assert check(pot, as_of=AGENDA_DAY).by_rule("POT-case-number") == ()


# -- Metadata and invariants -----------------------------------------------------------------


def test_pot_rule_severities() -> None:
    """The ledger's arithmetic is consistency (KL 3:4 does not govern it); the mandate is law."""
    for rule_id in ("POT-case-number", "POT-balance", "POT-earmark"):
        rule = REGISTRY.get(rule_id)
        assert (rule.kind, rule.severity, rule.citations) == (
            RuleKind.CONSISTENCY,
            Severity.WARNING,
            (),
        )
    assert REGISTRY.get("POT-decision-mandate").severity is Severity.ERROR


@pytest.mark.parametrize("amount", [Decimal("-1"), Decimal("NaN"), 368000.0])
def test_amounts_are_exact_and_non_negative(amount: object) -> None:
    with pytest.raises(ValueError, match="amount"):
        Contribution("x", amount, date(2019, 1, 1))  # type: ignore[arg-type]
