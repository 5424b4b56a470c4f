"""Collaboration structures: the Jämtland and Västerbotten cases and every structure rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from samverkan.model import Period, Role, Seat, SubstitutePolicy
from samverkan.model.structure import (
    AdministrativeSupport,
    BodyKind,
    Bound,
    CollaborationStructure,
    CooperationBody,
    CostShare,
    FollowUp,
    Level,
    Mandate,
    MeetingSchedule,
    PartySeats,
    RepresentationScheme,
)
from samverkan.parties import registry
from samverkan.rules import REGISTRY, Finding, Report, RuleKind, Severity, check
from seeds import (
    JAMTLAND_PRINCIPALS,
    SKELLEFTEA,
    UMEA,
    VASTERBOTTEN_MUNICIPALITIES,
    VASTERBOTTEN_PRINCIPALS,
    VASTERBOTTEN_REGION,
    jamtland_structure,
    vasterbotten_structure,
)

REG = registry()
JAMTLAND_DAY = date(2019, 9, 2)
VASTERBOTTEN_DAY = date(2020, 9, 1)
#: The review SVOM proposed, as examples/jamtland/structure-2019.json records it (seed 004).
JAMTLAND_REVIEW = (
    "Översyn av struktur för samverkan mellan Region Jämtland Härjedalen och länets kommuner "
    "avseende hälso- och sjukvård, socialtjänst och skola"
)
#: Every rule that judges a collaboration structure.
STRUCTURE_RULES = {r.id for r in REGISTRY if CollaborationStructure in r.applies_to}


def by_rule(report: Report, rule_id: str) -> tuple[Finding, ...]:
    return report.by_rule(rule_id)


def replace_body(
    structure: CollaborationStructure, body_id: str, **changes: Any
) -> CollaborationStructure:
    bodies = tuple(attrs.evolve(b, **changes) if b.id == body_id else b for b in structure.bodies)
    return attrs.evolve(structure, bodies=bodies)


# -- The real cases --------------------------------------------------------------------------


def test_jamtland_structure_has_no_findings() -> None:
    report = check(jamtland_structure(), as_of=JAMTLAND_DAY)
    assert set(report.applied) == STRUCTURE_RULES
    assert report.findings == ()


def test_jamtland_reporting_lines_follow_the_seeds() -> None:
    structure = jamtland_structure()
    assert structure.body("SVOM").reports_to == ("RSR",)
    assert structure.body("Barnarenan").reports_to == ("RSR",)
    assert {b.id for b in structure.attached_to("SVOM")} == {"Fredagsgruppen", "SamReKo HSI"}
    assert [b.id for b in structure.attached_to("Barnarenan")] == ["SamReKo HSI"]
    assert structure.body("RSR").mandate is None
    run = structure.body("RUN")
    assert run.kind is BodyKind.DECISION_MAKING
    assert run.mandate is not None
    assert run.mandate.over_principals
    assert [b.id for b in structure.of_kind(BodyKind.PREPARATORY_GROUP)] == [
        "Fredagsgruppen",
        "SamReKo HSI",
    ]


def test_jamtland_svom_seats_one_chair_per_municipality() -> None:
    svom = jamtland_structure().body("SVOM")
    assert len(svom.seats) == 9
    for principal in JAMTLAND_PRINCIPALS:
        assert svom.seat_counts(principal) == (1, 0)


def test_jamtland_review_is_a_follow_up_proposed_by_svom_to_rsr() -> None:
    (review,) = jamtland_structure().follow_ups
    assert review.what == JAMTLAND_REVIEW
    assert (review.proposed_by, review.ordered_by) == ("SVOM", "RSR")
    assert review.due is None
    assert not review.overdue(date(2025, 1, 1))


def test_rsr_meetings_in_autumn_2019() -> None:
    structure = jamtland_structure()
    autumn = Period(date(2019, 9, 1), date(2019, 12, 31))
    meetings = structure.body("RSR").meetings
    assert meetings is not None
    assert [d.isoformat() for d in meetings.occurrences(autumn)] == [
        "2019-09-02",
        "2019-10-07",
        "2019-11-11",
        "2019-12-02",
    ]
    assert structure.meeting_count(autumn) == 4


def test_vasterbotten_structure_has_no_findings() -> None:
    report = check(vasterbotten_structure(), as_of=VASTERBOTTEN_DAY)
    assert report.findings == ()


def test_vasterbotten_has_sixteen_principals_and_decides_nothing() -> None:
    structure = vasterbotten_structure()
    assert len(structure.principals) == 16
    assert structure.principals[0] == VASTERBOTTEN_REGION
    assert "Beslut kan endast fattas i linjen hos huvudmännen" in structure.principles
    assert all(b.mandate is None for b in structure.bodies)
    assert all(b.kind is not BodyKind.DECISION_MAKING for b in structure.bodies)


def test_vasterbotten_samrad_seats() -> None:
    samrad = vasterbotten_structure().body("SVO")
    scheme = samrad.representation
    assert scheme is not None
    assert scheme.substitute_policy is SubstitutePolicy.ONLY_WHEN_ABSENT
    assert samrad.seat_counts(VASTERBOTTEN_REGION) == (3, 3)
    assert samrad.seat_counts(UMEA) == (2, 0)
    assert samrad.seat_counts(SKELLEFTEA) == (2, 0)
    others = [m for m in VASTERBOTTEN_MUNICIPALITIES if m not in (UMEA, SKELLEFTEA)]
    assert len(others) == 13
    assert all(samrad.seat_counts(m) == (1, 0) for m in others)
    substitutes = [s for s in samrad.seats if s.role is Role.SUBSTITUTE]
    assert [s.substitutes_for for s in substitutes] == ["region-1", "region-2", "region-3"]
    assert scheme.quota_for(VASTERBOTTEN_REGION) == PartySeats(VASTERBOTTEN_REGION, 3, 3)


def test_vasterbotten_preparatory_groups_sit_under_lansamverkansgruppen() -> None:
    structure = vasterbotten_structure()
    names = [b.name for b in structure.attached_to("LSG")]
    assert names == [
        "Beredning för barn och unga",
        "Samverkansråd för patientsäkerhet",
        "Beredning för vuxna och äldre",
        "Hjälpmedelsrådet",
    ]
    assert structure.body("LSG").level is Level.OFFICIAL
    assert structure.body("SVO").level is Level.POLITICAL


def test_vasterbotten_coordinators_seminar_and_follow_up() -> None:
    structure = vasterbotten_structure()
    (coordinators,) = structure.support
    assert coordinators.fte == Decimal("2.0")
    assert coordinators.employer == VASTERBOTTEN_REGION
    assert [(s.label, s.percent) for s in coordinators.cost_key] == [
        ("kommunerna", Decimal("50")),
        ("regionen", Decimal("50")),
    ]
    assert coordinators.cost_key_total == Decimal(100)
    seminar = structure.body("LS")
    assert seminar.meetings is not None
    assert seminar.meetings.per_year == 1
    (follow_up,) = structure.follow_ups
    assert follow_up.due == date(2023, 9, 1)
    assert not follow_up.overdue(date(2023, 9, 1))
    assert follow_up.overdue(date(2023, 9, 2))
    assert structure.seat_total() == 23 + 16


# -- STRUCT-advisory-no-mandate --------------------------------------------------------------


def test_advisory_mandate_over_principals_is_an_error() -> None:
    structure = replace_body(
        vasterbotten_structure(),
        "SVO",
        mandate=Mandate(("hjälpmedelsfrågor",), on_behalf_of=VASTERBOTTEN_PRINCIPALS[:2]),
    )
    (finding,) = by_rule(check(structure, as_of=VASTERBOTTEN_DAY), "STRUCT-advisory-no-mandate")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.bodies[0].mandate.on_behalf_of"
    assert finding.message() == (
        "Samråd vård och omsorg är samverkansråd men har mandat att besluta för Region "
        "Västerbotten (24), Nordmaling (2401); beslut fattas i huvudmännens egna "
        "linjeorganisationer."
    )
    assert [c.short() for c in finding.citations] == ["KL 1:4", "KL 3:4"]


def test_advisory_body_may_settle_its_own_matters() -> None:
    structure = replace_body(
        jamtland_structure(), "RSR", mandate=Mandate(("fastställande av föredragningslistan",))
    )
    report = check(structure, as_of=JAMTLAND_DAY)
    assert by_rule(report, "STRUCT-advisory-no-mandate") == ()
    assert report.ok


# -- STRUCT-representation -------------------------------------------------------------------


def test_missing_principal_in_county_wide_body_is_reported() -> None:
    lycksele = REG.lookup("Lycksele")
    structure = vasterbotten_structure()
    seats = tuple(s for s in structure.body("SVO").seats if s.party != lycksele)
    report = check(replace_body(structure, "SVO", seats=seats), as_of=VASTERBOTTEN_DAY)
    (finding,) = by_rule(report, "STRUCT-representation")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.bodies[0].seats"
    assert finding.message() == (
        "Lycksele (2481) saknar ledamot i Samråd vård och omsorg, där alla huvudmän ska vara "
        "företrädda."
    )


def test_substitute_alone_does_not_represent() -> None:
    vindeln = REG.lookup("Vindeln")
    structure = vasterbotten_structure()
    seats = tuple(
        Seat(s.party, Role.SUBSTITUTE) if s.party == vindeln else s
        for s in structure.body("LSG").seats
    )
    report = check(replace_body(structure, "LSG", seats=seats), as_of=VASTERBOTTEN_DAY)
    assert [f.params["party"] for f in by_rule(report, "STRUCT-representation")] == [vindeln]


def test_representation_not_promised_stays_silent() -> None:
    # Barnarenan's scheme does not promise every principal a seat: one seat is enough.
    structure = replace_body(
        jamtland_structure(), "Barnarenan", seats=(Seat(REG.lookup("Östersund")),)
    )
    report = check(structure, as_of=JAMTLAND_DAY)
    assert by_rule(report, "STRUCT-representation") == ()
    assert by_rule(report, "STRUCT-seat-count") == ()


def test_body_without_seats_is_noted_once() -> None:
    structure = replace_body(vasterbotten_structure(), "LSG", seats=())
    (finding,) = by_rule(check(structure, as_of=VASTERBOTTEN_DAY), "STRUCT-representation")
    assert finding.severity is Severity.INFO
    assert finding.path == "$.bodies[1].seats"


# -- STRUCT-seat-count -----------------------------------------------------------------------


def test_region_with_too_few_substitutes() -> None:
    structure = vasterbotten_structure()
    seats = structure.body("SVO").seats[:-1]
    report = check(replace_body(structure, "SVO", seats=seats), as_of=VASTERBOTTEN_DAY)
    (finding,) = by_rule(report, "STRUCT-seat-count")
    assert finding.severity is Severity.WARNING
    assert finding.message() == (
        "Antalet ersättare för Region Västerbotten (24) i Samråd vård och omsorg är 2; "
        "ordningen anger exakt 3."
    )
    assert finding.facts == {"members": 3, "substitutes": 2}


def test_umea_may_send_one_but_not_three() -> None:
    structure = vasterbotten_structure()
    without_one = list(structure.body("SVO").seats)
    without_one.remove(Seat(UMEA, appointed_by=without_one[0].appointed_by))
    one = replace_body(structure, "SVO", seats=tuple(without_one))
    assert check(one, as_of=VASTERBOTTEN_DAY).findings == ()

    three = replace_body(structure, "SVO", seats=(*structure.body("SVO").seats, Seat(UMEA)))
    (finding,) = by_rule(check(three, as_of=VASTERBOTTEN_DAY), "STRUCT-seat-count")
    assert finding.message() == (
        "Antalet ledamöter för Umeå (2480) i Samråd vård och omsorg är 3; ordningen anger högst 2."
    )


def test_seat_for_a_party_outside_the_structure() -> None:
    lulea = REG.lookup("Luleå")
    structure = vasterbotten_structure()
    seats = (*structure.body("SVO").seats, Seat(lulea))
    report = check(replace_body(structure, "SVO", seats=seats), as_of=VASTERBOTTEN_DAY)
    (finding,) = by_rule(report, "STRUCT-seat-count")
    assert finding.path == f"$.bodies[0].seats[{len(seats) - 1}].party"
    assert "Luleå (2580)" in finding.message()


def norrtalje(officials_from_municipality: int) -> CollaborationStructure:
    """Norrtälje's consultation group of officials (seed 000): at least two per principal."""
    region, municipality = REG.region("01"), REG.lookup("Norrtälje")
    seats = (
        *(Seat(region) for _ in range(3)),
        *(Seat(municipality) for _ in range(officials_from_municipality)),
    )
    group = CooperationBody(
        "samrådsgrupp",
        "Samrådsgrupp av tjänstemän",
        Level.OFFICIAL,
        BodyKind.ADVISORY_COUNCIL,
        representation=RepresentationScheme(members=2, bound=Bound.AT_LEAST),
        seats=seats,
        reports_to_principals=(region, municipality),
    )
    return CollaborationStructure("Norrtäljemodellen", (region, municipality), (group,))


def test_norrtalje_minimum_of_two_officials() -> None:
    assert check(norrtalje(2), as_of=date(2018, 6, 1)).findings == ()
    (finding,) = check(norrtalje(1), as_of=date(2018, 6, 1)).by_rule("STRUCT-seat-count")
    assert finding.message() == (
        "Antalet ledamöter för Norrtälje (0188) i Samrådsgrupp av tjänstemän är 1; ordningen "
        "anger minst 2."
    )


# -- STRUCT-reporting-acyclic ----------------------------------------------------------------


def test_reporting_cycle_is_reported_once() -> None:
    structure = replace_body(jamtland_structure(), "RSR", reports_to=("SVOM",))
    (finding,) = by_rule(check(structure, as_of=JAMTLAND_DAY), "STRUCT-reporting-acyclic")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.bodies[0].reports_to"
    assert finding.message() == "Rapporteringsvägarna går i cirkel: RSR → SVOM → RSR."


def test_self_loop_and_unknown_target() -> None:
    structure = replace_body(jamtland_structure(), "Fredagsgruppen", reports_to=("Fredagsgruppen",))
    structure = replace_body(structure, "SamReKo HSI", reports_to=("SVOM", "BUZ"))
    findings = by_rule(check(structure, as_of=JAMTLAND_DAY), "STRUCT-reporting-acyclic")
    assert sorted(f.message() for f in findings) == [
        "Rapporteringsvägarna går i cirkel: Fredagsgruppen → Fredagsgruppen.",
        "SamReKo HSI rapporterar till BUZ, som inte finns i strukturen.",
    ]
    assert "$.bodies[5].reports_to[1]" in {f.path for f in findings}


def test_two_cycles_sharing_a_body() -> None:
    structure = replace_body(jamtland_structure(), "RSR", reports_to=("SVOM",))
    structure = replace_body(structure, "SVOM", reports_to=("RSR", "Fredagsgruppen"))
    findings = by_rule(check(structure, as_of=JAMTLAND_DAY), "STRUCT-reporting-acyclic")
    assert [f.facts["cycle"] for f in findings] == [
        ["RSR", "SVOM", "RSR"],
        ["SVOM", "Fredagsgruppen", "SVOM"],
    ]


def test_acyclic_diamond_is_silent() -> None:
    # SamReKo HSI reports to both SVOM and Barnarenan, which both report to RSR: no cycle.
    report = check(jamtland_structure(), as_of=JAMTLAND_DAY)
    assert by_rule(report, "STRUCT-reporting-acyclic") == ()


# -- STRUCT-reporting-ends -------------------------------------------------------------------


def test_chain_ending_without_decision_maker() -> None:
    structure = replace_body(jamtland_structure(), "RSR", reports_to=(), reports_to_principals=())
    (finding,) = by_rule(check(structure, as_of=JAMTLAND_DAY), "STRUCT-reporting-ends")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.bodies[0].reports_to"
    assert finding.message() == (
        "Regionens samverkansråd rapporterar varken till ett annat organ eller till "
        "huvudmännen; kedjan slutar utan beslutsfattare."
    )


def test_reporting_to_someone_who_is_not_a_principal() -> None:
    structure = replace_body(jamtland_structure(), "RSR", reports_to_principals=(REG.region("24"),))
    (finding,) = by_rule(check(structure, as_of=JAMTLAND_DAY), "STRUCT-reporting-ends")
    assert finding.path == "$.bodies[0].reports_to_principals[0]"


def test_chain_ending_at_decision_making_organ_is_silent() -> None:
    # RSR reports only to regionala utvecklingsnämnden, which reports nowhere: still fine.
    structure = replace_body(jamtland_structure(), "RSR", reports_to_principals=())
    assert by_rule(check(structure, as_of=JAMTLAND_DAY), "STRUCT-reporting-ends") == ()


# -- STRUCT-preparatory-attached -------------------------------------------------------------


def test_detached_preparatory_group() -> None:
    structure = replace_body(
        vasterbotten_structure(), "HMR", reports_to=(), reports_to_principals=(UMEA,)
    )
    report = check(structure, as_of=VASTERBOTTEN_DAY)
    (finding,) = by_rule(report, "STRUCT-preparatory-attached")
    assert finding.severity is Severity.WARNING
    assert (
        finding.message()
        == "Beredningen Hjälpmedelsrådet är inte knuten till något organ i strukturen."
    )
    assert by_rule(report, "STRUCT-reporting-ends") == ()


def test_attached_preparatory_groups_are_silent() -> None:
    report = check(vasterbotten_structure(), as_of=VASTERBOTTEN_DAY)
    assert "STRUCT-preparatory-attached" in report.applied
    assert by_rule(report, "STRUCT-preparatory-attached") == ()


# -- STRUCT-cost-key -------------------------------------------------------------------------


def with_cost_key(*percents: str) -> CollaborationStructure:
    structure = vasterbotten_structure()
    shares = tuple(CostShare(VASTERBOTTEN_PRINCIPALS, Decimal(p)) for p in percents)
    support = AdministrativeSupport("Koordinatorer", Decimal("2.0"), cost_key=shares)
    return attrs.evolve(structure, support=(support,))


def test_cost_key_must_sum_to_exactly_100() -> None:
    (finding,) = by_rule(
        check(with_cost_key("50", "40"), as_of=VASTERBOTTEN_DAY), "STRUCT-cost-key"
    )
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.support[0].cost_key"
    assert finding.message() == (
        "Kostnadsfördelningen för Koordinatorer summerar till 90 %, inte 100 %."
    )
    (thirds,) = by_rule(
        check(with_cost_key("33.33", "33.33", "33.33"), as_of=VASTERBOTTEN_DAY), "STRUCT-cost-key"
    )
    assert thirds.facts == {"total": "99.99"}


def test_exact_cost_keys_are_silent() -> None:
    without_key = attrs.evolve(
        vasterbotten_structure(), support=(AdministrativeSupport("Tjänstemannastöd"),)
    )
    assert by_rule(check(without_key, as_of=VASTERBOTTEN_DAY), "STRUCT-cost-key") == ()
    for key in (("50", "50"), ("33.34", "33.33", "33.33"), ("100",)):
        assert by_rule(check(with_cost_key(*key), as_of=VASTERBOTTEN_DAY), "STRUCT-cost-key") == ()


# -- Rules' metadata and model invariants ----------------------------------------------------


def test_structure_rules_are_registered_with_honest_severity() -> None:
    severities = {rule_id: REGISTRY.get(rule_id).severity for rule_id in STRUCTURE_RULES}
    assert severities["STRUCT-representation"] is Severity.WARNING
    assert severities["STRUCT-preparatory-attached"] is Severity.WARNING
    assert severities["STRUCT-reporting-ends"] is Severity.WARNING
    assert severities["STRUCT-cost-key"] is Severity.WARNING
    consistency = STRUCTURE_RULES - {
        "STRUCT-advisory-no-mandate",
        "STRUCT-organ-decides-for-own-party",
    }
    assert all(REGISTRY.get(r).kind is RuleKind.CONSISTENCY for r in consistency)
    assert all(REGISTRY.get(r).citations == () for r in consistency)
    assert REGISTRY.get("STRUCT-advisory-no-mandate").valid_from == date(2018, 1, 1)
    assert all(REGISTRY.get(r).blind_spots for r in STRUCTURE_RULES)


def test_duplicate_ids_and_overrides_are_rejected() -> None:
    body = CooperationBody("X", "X", Level.OFFICIAL, BodyKind.NETWORK)
    with pytest.raises(ValueError, match="unique"):
        CollaborationStructure("S", (), (body, body))
    with pytest.raises(ValueError, match="same party"):
        RepresentationScheme(overrides=(PartySeats(UMEA, 1), PartySeats(UMEA, 2)))
    with pytest.raises(ValueError, match="negative"):
        PartySeats(UMEA, -1)
    with pytest.raises(ValueError, match="negative"):
        CostShare((UMEA,), Decimal("-1"))
    with pytest.raises(KeyError):
        jamtland_structure().body("BUZ")
    assert jamtland_structure().index_of("BUZ") is None


def test_meeting_schedule_with_rrule_and_dates() -> None:
    schedule = MeetingSchedule(
        dates=(date(2020, 6, 15), date(2020, 9, 14)),
        rrule="DTSTART:20200914\nRRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=4",
    )
    autumn = Period(date(2020, 8, 1), date(2020, 12, 31))
    assert schedule.occurrences(autumn) == [
        date(2020, 9, 14),
        date(2020, 10, 12),
        date(2020, 11, 9),
        date(2020, 12, 7),
    ]
    with pytest.raises(ValueError, match="end"):
        schedule.occurrences(Period(date(2020, 1, 1)))
    assert MeetingSchedule(dates=(date(2020, 6, 15),)).occurrences(Period(date(2020, 1, 1))) == [
        date(2020, 6, 15)
    ]


@pytest.mark.parametrize("text", ["RRULE:FREQ=MONTHLY", "DTSTART:20200901\nRRULE:FREQ=NEVER"])
def test_meeting_schedule_rejects_bad_rules(text: str) -> None:
    with pytest.raises(ValueError, match="rrule"):
        MeetingSchedule(rrule=text)


def test_follow_up_without_due_date_is_never_overdue() -> None:
    follow_up = FollowUp("Översyn", done_on=None)
    assert not follow_up.overdue(date(2030, 1, 1))
    done = FollowUp("Översyn", due=date(2023, 9, 1), done_on=date(2023, 6, 1))
    assert not done.overdue(date(2024, 1, 1))
