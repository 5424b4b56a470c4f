"""Cooperation agreements: Jämtland's 2019–2021 agreement and every agreement rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest
from dateutil.relativedelta import relativedelta

from samverkan.model import Body, Period
from samverkan.model.cooperation_agreement import (
    AgreementRegister,
    AgreementReport,
    AgreementUse,
    Assignment,
    CooperationAgreement,
    ReportingDuty,
    Revision,
    total_budget,
)
from samverkan.rules import REGISTRY, RuleKind, Severity, check
from seeds import REGION_JH as JAMTLAND_REGION
from seeds import jamtland_agreement

#: The date of the follow-up report (seed 003, RUN/29/2021).
REVIEW_DAY = date(2021, 5, 21)

# The five areas of the agreement, as examples/jamtland/cooperation-agreement.json records them.
EU = "EU och övergripande regional utveckling"
SOCIAL = "Social välfärd och folkhälsa"
PLANNING = "Samhällsbyggnad och klimat"
LABOUR = "Arbetsmarknad och utbildning"
COURSES = "Kurs och konferens"
#: The three assignments the 2021 review proposes to add.
ADDED_2021 = jamtland_agreement().revisions[0].adds


def with_budgets(agreement: CooperationAgreement, amount: str) -> CooperationAgreement:
    """The agreement with the same hypothetical budget on every assignment (the seed has none)."""
    assignments = tuple(attrs.evolve(a, budget=Decimal(amount)) for a in agreement.assignments)
    return attrs.evolve(agreement, assignments=assignments)


def revised(agreement: CooperationAgreement, revision: Revision) -> CooperationAgreement:
    return attrs.evolve(agreement, revisions=(revision,))


# -- The real case ---------------------------------------------------------------------------


def test_period_and_extension() -> None:
    agreement = jamtland_agreement()
    assert agreement.period == Period(date(2019, 1, 1), date(2021, 12, 31))
    (extension,) = agreement.extensions
    assert extension.until == date(2022, 12, 31)
    assert extension.reference == "beslut december 2020"
    assert agreement.end == date(2022, 12, 31)
    assert agreement.in_force_on(date(2022, 12, 31))
    assert not agreement.in_force_on(date(2023, 1, 1))
    (adoption,) = agreement.adoptions
    assert (adoption.party, adoption.body, adoption.reference) == (
        JAMTLAND_REGION,
        Body.FULLMAKTIGE,
        "RF juni 2018 § 92",
    )
    assert agreement.responsible == "Regionala utvecklingsnämnden"
    assert len(agreement.municipalities) == 8


def test_assignments_grouped_by_the_five_areas() -> None:
    groups = jamtland_agreement().by_area()
    assert list(groups) == [EU, SOCIAL, PLANNING, LABOUR, COURSES]
    assert [a.name for a in groups[SOCIAL]] == ["Samordning social välfärd", "FoU Jämt"]
    assert [a.name for a in groups[LABOUR]] == [
        "Samordning barn och utbildning",
        "Samordning lärcentrum",
        "Vård och omsorgscollege Jämtlands län",
    ]
    assert all(a.budget is None for a in jamtland_agreement().assignments)
    assert total_budget(jamtland_agreement().assignments) is None


def test_the_2021_review_is_proposed_not_yet_effective() -> None:
    agreement = jamtland_agreement()
    (revision,) = agreement.revisions
    assert revision.removes == ("Kurs och konferens",)
    assert [a.name for a in revision.adds] == [
        "Företagsetablering",
        "Gemensamt samverkansavtal mellan Mittuniversitetet och kommunerna",
        "Samordna nätverket för arbetsmarknadschefer och Arbetsförmedlingen",
    ]
    assert revision.claims_budget_unchanged is True
    assert agreement.assignments_on(date(2022, 6, 1)) == agreement.assignments
    # Were the revised agreement to apply from 2023, the course assignment would be gone.
    effective = revised(agreement, attrs.evolve(revision, effective=date(2023, 1, 1)))
    names = [a.name for a in effective.assignments_on(date(2023, 1, 1))]
    assert COURSES not in names
    assert len(names) == 10
    assert COURSES not in effective.by_area(date(2023, 1, 1))
    assert "Företagsetablering" in effective.all_assignment_names()


def test_real_agreement_as_of_the_review() -> None:
    report = check(jamtland_agreement(), as_of=REVIEW_DAY)
    assert set(report.applied) == {
        "AGR-expired",
        "AGR-annual-report",
        "AGR-revision-consistent",
        "AGR-revision-budget",
    }
    assert report.ok
    # The seed evidences only the 2020 verksamhetsberättelse; 2019's is not mentioned.
    (missing,) = report.warnings
    assert missing.rule_id == "AGR-annual-report"
    assert missing.facts == {"year": 2019}
    # The budget claim cannot be tested: the seed states no amounts.
    (info,) = report.infos
    assert info.rule_id == "AGR-revision-budget"


def test_2020_report_presented_on_8_february_2021() -> None:
    report = jamtland_agreement().report_for(2020)
    assert report is not None
    assert report.presented_on == date(2021, 2, 8)
    assert report.form == "verksamhetsberättelse"
    assert "Regionens samverkansråd" in report.presented_to
    assert jamtland_agreement().report_for(2019) is None


# -- AGR-expired -----------------------------------------------------------------------------


def test_use_after_the_extended_end() -> None:
    agreement = attrs.evolve(
        jamtland_agreement(), uses=(AgreementUse(date(2023, 3, 1), "Utbetalning till FoU Jämt"),)
    )
    (finding,) = check(agreement, as_of=date(2023, 6, 1)).by_rule("AGR-expired")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.uses[0].on"
    assert finding.message() == (
        "Utbetalning till FoU Jämt (1 mars 2023) stöder sig på överenskommelsen, som upphörde "
        "31 dec. 2022."
    )


def test_the_extension_covers_2022() -> None:
    use = (AgreementUse(date(2022, 5, 1), "Nätverksmöte"),)
    extended = attrs.evolve(jamtland_agreement(), uses=use)
    assert check(extended, as_of=date(2022, 6, 1)).by_rule("AGR-expired") == ()
    unextended = attrs.evolve(extended, extensions=())
    (finding,) = check(unextended, as_of=date(2022, 6, 1)).by_rule("AGR-expired")
    assert finding.params["end"] == date(2021, 12, 31)


def test_future_uses_and_open_agreements_are_silent() -> None:
    later = attrs.evolve(jamtland_agreement(), uses=(AgreementUse(date(2023, 3, 1), "Plan"),))
    assert check(later, as_of=date(2022, 6, 1)).by_rule("AGR-expired") == ()
    open_ended = attrs.evolve(later, period=Period(date(2019, 1, 1)), extensions=())
    assert open_ended.end is None
    assert check(open_ended, as_of=date(2024, 1, 1)).by_rule("AGR-expired") == ()
    with pytest.raises(ValueError, match="open-ended"):
        open_ended.extended(relativedelta(years=1))


# -- AGR-overlap -----------------------------------------------------------------------------


def fou_agreement(start: date, end: date) -> CooperationAgreement:
    """A hypothetical separate agreement on FoU Jämt (not in the seeds)."""
    return CooperationAgreement(
        "Avtal om FoU Jämt",
        region=JAMTLAND_REGION,
        period=Period(start, end),
        assignments=(Assignment("FoU Jämt", SOCIAL),),
    )


def test_same_assignment_in_two_agreements_at_once() -> None:
    register = AgreementRegister(
        (jamtland_agreement(), fou_agreement(date(2022, 1, 1), date(2024, 12, 31)))
    )
    report = check(register, as_of=date(2022, 1, 1))
    (finding,) = report.by_rule("AGR-overlap")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.agreements[1].assignments[0]"
    assert finding.message().startswith("Uppdraget FoU Jämt ingår i både Överenskommelse om")
    assert finding.message().endswith("som gäller samtidigt från 1 jan. 2022.")
    assert len(register.covering("FoU Jämt", date(2022, 6, 1))) == 2


def test_overlap_through_an_effective_revision() -> None:
    agreement = jamtland_agreement()
    revision = attrs.evolve(agreement.revisions[0], effective=date(2022, 7, 1))
    other = CooperationAgreement(
        "Avtal om företagsetablering",
        region=JAMTLAND_REGION,
        period=Period(date(2022, 1, 1), date(2022, 12, 31)),
        assignments=(Assignment("Företagsetablering", EU),),
    )
    register = AgreementRegister((other, revised(agreement, revision)))
    (finding,) = check(register, as_of=date(2022, 7, 1)).by_rule("AGR-overlap")
    assert finding.path == "$.agreements[1].revisions"


def test_successive_agreements_are_silent() -> None:
    register = AgreementRegister(
        (jamtland_agreement(), fou_agreement(date(2023, 1, 1), date(2025, 12, 31)))
    )
    report = check(register, as_of=date(2023, 1, 1))
    assert report.applied == ("AGR-overlap",)
    assert report.findings == ()
    assert len(register.covering("FoU Jämt", date(2023, 6, 1))) == 1


# -- AGR-annual-report -----------------------------------------------------------------------


def test_missing_report_once_it_is_due() -> None:
    agreement = jamtland_agreement()
    assert check(agreement, as_of=date(2020, 12, 31)).by_rule("AGR-annual-report") == ()
    (finding,) = check(agreement, as_of=date(2021, 1, 1)).by_rule("AGR-annual-report")
    assert finding.severity is Severity.WARNING
    assert finding.message() == (
        "Verksamhetsberättelse för 2019 saknas; den skulle ha lämnats senast 31 dec. 2020."
    )


def test_every_year_of_the_extended_period_is_due() -> None:
    findings = check(jamtland_agreement(), as_of=date(2024, 1, 1)).by_rule("AGR-annual-report")
    assert [f.facts["year"] for f in findings] == [2019, 2021, 2022]


def test_reports_made_and_no_duty_are_silent() -> None:
    agreement = jamtland_agreement()
    complete = attrs.evolve(
        agreement, reports=(AgreementReport(2019, date(2020, 2, 10)), *agreement.reports)
    )
    assert check(complete, as_of=REVIEW_DAY).by_rule("AGR-annual-report") == ()
    no_duty = attrs.evolve(agreement, reporting=None)
    assert check(no_duty, as_of=date(2024, 1, 1)).by_rule("AGR-annual-report") == ()


def test_report_due_date() -> None:
    assert ReportingDuty().due(2020) == date(2021, 12, 31)
    assert ReportingDuty(months_after_year_end=3).due(2020) == date(2021, 3, 31)


# -- AGR-revision-consistent -----------------------------------------------------------------


def test_revision_removing_an_unknown_or_adding_an_existing_assignment() -> None:
    revision = Revision(
        date(2021, 6, 7),
        removes=("Kurs & konferens",),
        adds=(Assignment("FoU Jämt", SOCIAL),),
    )
    findings = check(revised(jamtland_agreement(), revision), as_of=REVIEW_DAY).by_rule(
        "AGR-revision-consistent"
    )
    assert [(f.path, f.severity) for f in findings] == [
        ("$.revisions[0].removes[0]", Severity.WARNING),
        ("$.revisions[0].adds[0]", Severity.WARNING),
    ]
    assert findings[0].message() == (
        "Revideringen tar bort uppdraget Kurs & konferens, som inte finns i avtalet."
    )


def test_real_revision_is_consistent() -> None:
    report = check(jamtland_agreement(), as_of=REVIEW_DAY)
    assert report.by_rule("AGR-revision-consistent") == ()
    # Replacing an assignment (removing and re-adding it) is consistent too.
    replace = Revision(date(2021, 6, 7), removes=(COURSES,), adds=(Assignment(COURSES, COURSES),))
    again = check(revised(jamtland_agreement(), replace), as_of=REVIEW_DAY)
    assert again.by_rule("AGR-revision-consistent") == ()


# -- AGR-revision-budget ---------------------------------------------------------------------


def test_revision_claiming_no_change_that_changes_the_budget() -> None:
    # Hypothetical amounts: 100 000 kr per assignment. Removing one and adding three at
    # 100 000 kr each raises the total from 800 000 to 1 000 000 kr.
    agreement = with_budgets(jamtland_agreement(), "100000")
    adds = tuple(attrs.evolve(a, budget=Decimal("100000")) for a in ADDED_2021)
    revision = attrs.evolve(agreement.revisions[0], adds=adds)
    (finding,) = check(revised(agreement, revision), as_of=REVIEW_DAY).by_rule(
        "AGR-revision-budget"
    )
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.revisions[0].claims_budget_unchanged"
    assert finding.message() == (
        "Revideringen sägs inte ändra den totala budgeten, men den ändras från 800\xa0000 kr "
        "till 1\xa0000\xa0000 kr."
    )


def test_budget_neutral_revision_is_silent() -> None:
    agreement = with_budgets(jamtland_agreement(), "90000")
    adds = tuple(attrs.evolve(a, budget=Decimal("30000")) for a in ADDED_2021)
    revision = attrs.evolve(agreement.revisions[0], adds=adds)
    report = check(revised(agreement, revision), as_of=REVIEW_DAY)
    assert report.by_rule("AGR-revision-budget") == ()
    no_claim = attrs.evolve(revision, claims_budget_unchanged=None, adds=ADDED_2021)
    assert (
        check(revised(agreement, no_claim), as_of=REVIEW_DAY).by_rule("AGR-revision-budget") == ()
    )


def test_unknown_budgets_are_noted_not_judged() -> None:
    (finding,) = check(jamtland_agreement(), as_of=REVIEW_DAY).by_rule("AGR-revision-budget")
    assert finding.severity is Severity.INFO
    assert "påståendet har inte prövats" in finding.message()


def test_revisions_apply_in_the_order_proposed() -> None:
    first = Revision(date(2021, 6, 7), removes=(COURSES,))
    second = Revision(date(2022, 3, 1), adds=(Assignment(COURSES, COURSES),))
    agreement = attrs.evolve(jamtland_agreement(), revisions=(second, first))
    assert check(agreement, as_of=date(2022, 6, 1)).by_rule("AGR-revision-consistent") == ()


# -- Metadata and invariants -----------------------------------------------------------------


def test_agreement_rule_severities_and_citations() -> None:
    """Revisions and expiry are the agreement's own consistency: no statute, at most a warning."""
    for rule_id in ("AGR-revision-budget", "AGR-revision-consistent", "AGR-expired"):
        rule = REGISTRY.get(rule_id)
        assert (rule.kind, rule.severity, rule.citations) == (
            RuleKind.CONSISTENCY,
            Severity.WARNING,
            (),
        )
    for rule_id in ("AGR-overlap", "AGR-annual-report"):
        assert REGISTRY.get(rule_id).severity is Severity.WARNING
    assert [c.short() for c in REGISTRY.get("AGR-annual-report").citations] == ["RUA 8 § 1 p."]


def test_budget_must_be_exact_and_non_negative() -> None:
    with pytest.raises(ValueError, match="budget"):
        Assignment("x", "y", budget=Decimal("-5"))
