from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from samverkan.model import (
    Adoption,
    AssemblyForm,
    Body,
    Charter,
    CharterItem,
    CharterProvision,
    FederationPurpose,
    ItemStatus,
    LocalFederation,
    Office,
    Participant,
    Role,
    Seat,
)
from samverkan.parties import Municipality, registry
from samverkan.rules import REGISTRY, Category, Finding, Outcome, Report, Severity, check
from samverkan.rules.representation import Representation
from samverkan.rules.statutes.kl_09_federation_09_06_forbundsordning import CHARTER_ITEM_LABELS
from seeds import (
    ARE,
    KSON,
    NORRTALJE,
    OSTERSUND,
    REGION_JH,
    REGION_STOCKHOLM,
    norrtalje_federation,
)

TODAY = date(2026, 11, 22)
BERG = registry().municipality("2326")

#: The statutes this module tests: KL 9 kap. 1–6, 18 §§ with KL 3:8, and KTL 2 kap. 2, 5 §§
#: (the modules whose names begin so).
MODULES = {
    r.check.__module__
    for r in REGISTRY
    if r.check.__module__.startswith("samverkan.rules.statutes.kl_09_federation")
} | {"samverkan.rules.statutes.kollektivtrafiklagen"}
#: Their rules on a kommunalförbund; a clean federation leaves every one of them silent.
FEDERATION_RULES = {
    r.id
    for r in REGISTRY
    if r.check.__module__.startswith(tuple(MODULES)) and LocalFederation in r.applies_to
}


def _seats(
    party: Participant, members: int = 1, substitutes: int | None = None
) -> tuple[Seat, ...]:
    subs = members if substitutes is None else substitutes
    return tuple(Seat(party) for _ in range(members)) + tuple(
        Seat(party, Role.SUBSTITUTE) for _ in range(subs)
    )


def _full_provisions() -> tuple[CharterProvision, ...]:
    return tuple(CharterProvision(item, ItemStatus.PRESENT) for item in CharterItem)


def _charter(members: tuple[Participant, ...], **changes: Any) -> Charter:
    base = Charter(
        title="Förbundsordning",
        adoptions=tuple(Adoption(m, on=date(2019, 6, 10 + i)) for i, m in enumerate(members)),
        provisions=_full_provisions(),
        provisions_recorded=True,
        adoptions_complete=True,
    )
    return attrs.evolve(base, **changes)


def _federation(**changes: Any) -> LocalFederation:
    members = changes.pop("members", (REGION_JH, OSTERSUND))
    seats = changes.pop("seats", tuple(s for m in members for s in _seats(m)))
    charter = changes.pop("charter", _charter(members))
    return LocalFederation(
        "Provförbundet",
        members,
        changes.pop("assembly", AssemblyForm.DIREKTION),
        seats=seats,
        charter=charter,
        seats_complete=changes.pop("seats_complete", True),
        **changes,
    )


def _of(report: Report, rule_id: str) -> tuple[Finding, ...]:
    assert rule_id in report.applied or rule_id in report.not_applicable
    return report.by_rule(rule_id)


def _one(report: Report, rule_id: str) -> Finding:
    found = _of(report, rule_id)
    assert len(found) == 1, [f.message() for f in found]
    return found[0]


def test_clean_federation_is_silent() -> None:
    report = check(_federation(), as_of=TODAY)
    assert set(report.applied) | set(report.not_applicable) >= FEDERATION_RULES
    assert [f for f in report if f.rule_id in FEDERATION_RULES] == []


# -- Norrtälje ------------------------------------------------------------------------------


def test_norrtalje_has_no_errors_or_warnings() -> None:
    report = check(norrtalje_federation(), as_of=TODAY)
    assert set(report.applied) | set(report.not_applicable) >= FEDERATION_RULES
    mine = [f for f in report if f.rule_id in FEDERATION_RULES]
    assert [f.severity for f in mine] == [Severity.INFO]
    assert mine[0].rule_id == "KL-9-6-forbundsordning-18"
    assert mine[0].path == "$.charter.provisions"
    assert not report.errors


def test_norrtalje_seats_and_presidium() -> None:
    federation = norrtalje_federation()
    assert federation.members == (REGION_STOCKHOLM, NORRTALJE)
    assert federation.name == KSON.name
    for member in federation.members:
        assert Representation.of(federation.seats, member) == Representation(6, 6)
    chairs = [s for s in federation.seats if s.office is Office.CHAIR]
    vice = [s for s in federation.seats if s.office is Office.VICE_CHAIR]
    assert [s.party for s in chairs] == [REGION_STOCKHOLM]
    assert [s.party for s in vice] == [NORRTALJE]
    assert chairs[0].role is Role.MEMBER


# -- Representation helper ------------------------------------------------------------------


def test_representation_helper() -> None:
    seats = _seats(OSTERSUND, 2, 1)
    found = Representation.of(seats, OSTERSUND)
    assert found.counts() == {"members": 2, "substitutes": 1}
    assert found.unbalanced
    assert not found.lacks_member
    assert not found.lacks_substitute
    none = Representation.of(seats, ARE)
    assert none.lacks_member
    assert none.lacks_substitute
    assert not none.unbalanced


# -- KL 3:8 ---------------------------------------------------------------------------------


def test_members_must_be_municipalities_or_regions() -> None:
    members = (REGION_STOCKHOLM, KSON)
    report = check(_federation(members=members), as_of=TODAY)
    found = _one(report, "KL-3-8-members")
    assert found.severity is Severity.ERROR
    assert found.path == "$.members[1]"
    assert "kan inte vara medlem i ett kommunalförbund" in found.message()
    assert "bara kommuner och regioner" in found.message()
    assert found.citations[0].short() == "KL 3:8"


def test_members_wording_before_2020_says_landsting() -> None:
    report = check(_federation(members=(REGION_JH, KSON)), as_of=date(2019, 6, 1))
    assert "kommuner och landsting" in _one(report, "KL-3-8-members").message()


def test_duplicate_and_single_member() -> None:
    report = check(_federation(members=(OSTERSUND, OSTERSUND)), as_of=TODAY)
    found = _of(report, "KL-3-8-members")
    assert [f.path for f in found] == ["$.members[1]", "$.members"]
    assert "mer än en gång" in found[0].message()
    assert found[1].message() == "Ett kommunalförbund behöver minst två medlemmar; 1 anges."
    assert all(f.severity is Severity.ERROR for f in found)


# -- KL 9:1 ---------------------------------------------------------------------------------


def test_federation_recorded_without_charter() -> None:
    report = check(_federation(charter=Charter(exists=False)), as_of=TODAY)
    found = _one(report, "KL-9-1-forbund-formation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.charter")
    assert "Förbundsordning saknas" in found.message()


def test_unrecorded_charter_is_not_judged_not_missing() -> None:
    """KL 9:1: a förbundsordning the document does not mention is unrecorded, not absent."""
    report = check(_federation(charter=None), as_of=TODAY)
    found = _one(report, "KL-9-1-forbund-formation")
    assert (found.severity, found.category, found.path) == (
        Severity.INFO,
        Category.NOT_RECORDED,
        "$.charter",
    )
    assert "KL-9-1-forbund-formation" in report.not_judged
    assert report.outcome is not Outcome.ERRORS
    # The other charter rules stay silent without a charter.
    for rule_id in ("KL-9-4-term", "KL-9-6-forbundsordning-18", "KL-9-18-exit"):
        assert _of(report, rule_id) == ()


def test_unrecorded_adoption_is_information_not_an_error() -> None:
    """KL 9:1: a member missing from an adoption list not declared complete is unrecorded."""
    charter = _charter((REGION_JH,), adoptions_complete=False)
    found = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-1-forbund-formation")
    assert (found.severity, found.category) == (Severity.INFO, Category.NOT_RECORDED)
    assert "Östersund (2380)" in found.message()


def test_adoption_recorded_as_not_taken_is_an_error() -> None:
    charter = _charter(
        (REGION_JH,), adoptions=(Adoption(REGION_JH), Adoption(OSTERSUND, adopted=False))
    )
    charter = attrs.evolve(charter, adoptions_complete=False)
    found = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-1-forbund-formation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.members[1]")


def test_formation_not_judged_against_a_later_version_of_the_charter() -> None:
    """KL 9:1: a förbundsordning that took effect after formation is an amendment."""
    charter = _charter((REGION_JH, OSTERSUND), effective=date(2019, 7, 1))
    federation = _federation(charter=charter, formed_on=date(2005, 1, 1))
    found = _one(check(federation, as_of=TODAY), "KL-9-1-forbund-formation")
    assert (found.severity, found.category) == (Severity.INFO, Category.NOT_RECORDED)
    founding = _charter((REGION_JH, OSTERSUND), effective=date(2005, 1, 1))
    federation = _federation(charter=founding, formed_on=date(2005, 1, 1))
    found = _one(check(federation, as_of=TODAY), "KL-9-1-forbund-formation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.formed_on")


def test_member_that_has_not_adopted_the_charter() -> None:
    charter = _charter((REGION_JH,))
    report = check(_federation(charter=charter), as_of=TODAY)
    found = _one(report, "KL-9-1-forbund-formation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.members[1]")
    assert found.message() == "Fullmäktige i Östersund (2380) har inte antagit förbundsordningen."


def test_charter_adopted_by_the_wrong_body() -> None:
    charter = _charter(
        (REGION_JH,), adoptions=(Adoption(REGION_JH), Adoption(OSTERSUND, Body.STYRELSE))
    )
    found = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-1-forbund-formation")
    assert found.path == "$.members[1]"
    assert "antagits av kommunstyrelsen i Östersund (2380)" in found.message()


def test_formed_before_last_adoption() -> None:
    report = check(_federation(formed_on=date(2019, 6, 10)), as_of=TODAY)
    found = _one(report, "KL-9-1-forbund-formation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.formed_on")
    assert found.facts == {"formed_on": date(2019, 6, 10), "earliest": date(2019, 6, 11)}
    assert "tidigast 11 juni 2019" in found.message()


def test_formed_before_the_charters_formation_date() -> None:
    members = (REGION_JH, OSTERSUND)
    charter = _charter(
        members,
        adoptions=(Adoption(REGION_JH), Adoption(OSTERSUND)),
        formation_date=date(2020, 1, 1),
    )
    report = check(_federation(charter=charter, formed_on=date(2019, 12, 1)), as_of=TODAY)
    found = _one(report, "KL-9-1-forbund-formation")
    assert found.path == "$.formed_on"
    assert found.facts["earliest"] == date(2020, 1, 1)


def test_formation_dates_that_agree_are_silent() -> None:
    members = (REGION_JH, OSTERSUND)
    on_time = _federation(
        charter=_charter(members, formation_date=date(2020, 1, 1)), formed_on=date(2020, 1, 1)
    )
    assert _of(check(on_time, as_of=TODAY), "KL-9-1-forbund-formation") == ()
    undated = _federation(
        charter=_charter(members, adoptions=(Adoption(REGION_JH), Adoption(OSTERSUND))),
        formed_on=date(2000, 1, 1),
    )
    assert _of(check(undated, as_of=TODAY), "KL-9-1-forbund-formation") == ()


def test_non_member_organisation_is_not_asked_to_adopt() -> None:
    members = (REGION_JH, KSON)
    report = check(_federation(members=members, formed_on=date(2019, 6, 10)), as_of=TODAY)
    assert _of(report, "KL-9-1-forbund-formation") == ()
    only_organisations = check(
        _federation(members=(KSON,), charter=_charter((KSON,)), formed_on=date(2000, 1, 1)),
        as_of=TODAY,
    )
    assert _of(only_organisations, "KL-9-1-forbund-formation") == ()


# -- KL 9:3 1 st. and 9:5 -------------------------------------------------------------------


def test_direktion_with_separate_board_seats() -> None:
    federation = _federation(board_seats=_seats(REGION_JH))
    found = _one(check(federation, as_of=TODAY), "KL-9-3-assembly-type")
    assert (found.severity, found.path) == (Severity.WARNING, "$.board_seats")
    assert "också är förbundsstyrelse; 2 separata styrelseplatser" in found.message()


def test_fullmaktige_without_board_seats_is_information() -> None:
    federation = _federation(assembly=AssemblyForm.FULLMAKTIGE)
    found = _one(check(federation, as_of=TODAY), "KL-9-3-assembly-type")
    assert (found.severity, found.path) == (Severity.INFO, "$.board_seats")
    assert "ska tillsätta en förbundsstyrelse" in found.message()


def test_assembly_forms_with_the_right_board_are_silent() -> None:
    with_board = _federation(assembly=AssemblyForm.FULLMAKTIGE, board_seats=_seats(REGION_JH))
    assert _of(check(with_board, as_of=TODAY), "KL-9-3-assembly-type") == ()
    assert _of(check(_federation(), as_of=TODAY), "KL-9-3-assembly-type") == ()


# -- KL 9:3 2 st. ---------------------------------------------------------------------------


def test_no_seats_gives_one_information() -> None:
    federation = _federation(seats=(), seats_complete=False)
    found = _one(check(federation, as_of=TODAY), "KL-9-3-representation")
    assert (found.severity, found.path) == (Severity.INFO, "$.seats")
    assert "representationen har inte prövats" in found.message()


@pytest.mark.parametrize(
    ("seats", "fragment"),
    [
        (_seats(OSTERSUND, 0, 1), "Östersund (2380) saknar ledamot i förbundsdirektionen"),
        (_seats(OSTERSUND, 1, 0), "Östersund (2380) saknar ersättare i förbundsdirektionen"),
    ],
)
def test_member_representation(seats: tuple[Seat, ...], fragment: str) -> None:
    """KL 9:3 3 st. (not 2 st.): at least one ledamot and one ersättare per member."""
    federation = _federation(seats=_seats(REGION_JH) + seats)
    found = _one(check(federation, as_of=TODAY), "KL-9-3-representation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.members[1]")
    assert fragment in found.message()
    assert found.citations[0].short() == "KL 9:3 3 st."


def test_equal_numbers_are_required_in_total_not_per_member() -> None:
    """KL 9:3 3 st.: a per-member imbalance is a warning, a total imbalance an error."""
    balanced = _federation(seats=_seats(REGION_JH, 1, 2) + _seats(OSTERSUND, 2, 1))
    found = _of(check(balanced, as_of=TODAY), "KL-9-3-representation")
    assert [f.severity for f in found] == [Severity.WARNING, Severity.WARNING]
    unbalanced = _federation(seats=_seats(REGION_JH) + _seats(OSTERSUND, 2, 1))
    found, warning = _of(check(unbalanced, as_of=TODAY), "KL-9-3-representation")
    assert (warning.severity, warning.path) == (Severity.WARNING, "$.members[1]")
    assert (found.severity, found.path) == (Severity.ERROR, "$.seats")
    assert found.message().startswith(
        "I förbundsdirektionen finns inte lika många ersättare som ledamöter (ledamöter: 3, "
        "ersättare: 2)"
    )


def test_member_without_listed_seats_is_unrecorded_unless_complete() -> None:
    seats = _seats(REGION_JH)
    open_list = _federation(seats=seats, seats_complete=False)
    found = _one(check(open_list, as_of=TODAY), "KL-9-3-representation")
    assert (found.severity, found.category) == (Severity.INFO, Category.NOT_RECORDED)
    complete = _federation(seats=seats, seats_complete=True)
    found = _one(check(complete, as_of=TODAY), "KL-9-3-representation")
    assert found.severity is Severity.ERROR


def test_seat_of_non_member_and_seat_not_elected_by_fullmaktige() -> None:
    seats = (
        *_seats(REGION_JH),
        *_seats(OSTERSUND),
        Seat(ARE),
        Seat(OSTERSUND, Role.SUBSTITUTE, appointed_by=Body.STYRELSE),
        Seat(OSTERSUND),
    )
    found = _of(check(_federation(seats=seats), as_of=TODAY), "KL-9-3-representation")
    assert [f.path for f in found] == ["$.seats[4].party", "$.seats[5].appointed_by"]
    assert "Åre (2321), som inte är medlem i förbundet" in found[0].message()
    assert "tillsätts av kommunstyrelsen i Östersund (2380)" in found[1].message()
    assert all(f.citations[0].short() == "KL 9:3 2 st." for f in found)


def test_fullmaktige_assembly_named_in_message() -> None:
    federation = _federation(
        assembly=AssemblyForm.FULLMAKTIGE,
        board_seats=_seats(REGION_JH),
        seats=_seats(REGION_JH) + _seats(OSTERSUND, 1, 0),
    )
    found = _one(check(federation, as_of=TODAY), "KL-9-3-representation")
    assert "saknar ersättare i förbundsfullmäktige" in found.message()
    assert found.severity is Severity.ERROR


# -- KL 9:4 ---------------------------------------------------------------------------------


def test_term_out_of_range() -> None:
    members = (REGION_JH, OSTERSUND)
    federation = _federation(charter=_charter(members, term_years=5))
    found = _one(check(federation, as_of=TODAY), "KL-9-4-term")
    assert (found.severity, found.path) == (Severity.ERROR, "$.charter.term_years")
    assert "mandattid på 5 år" in found.message()


def test_term_has_no_lower_bound_in_law_but_must_be_a_term() -> None:
    """KL 9:4 sets no shortest term; a term of no years at all is not a term (model)."""
    with pytest.raises(ValueError, match="term_years"):
        Charter(term_years=0)


@pytest.mark.parametrize("years", [None, 1, 3, 4])
def test_term_within_range(years: int | None) -> None:
    federation = _federation(charter=_charter((REGION_JH, OSTERSUND), term_years=years))
    assert _of(check(federation, as_of=TODAY), "KL-9-4-term") == ()


# -- KL 9:6 ---------------------------------------------------------------------------------


def _without(*items: CharterItem, **changes: Any) -> Charter:
    provisions = tuple(p for p in _full_provisions() if p.item not in items)
    return _charter((REGION_JH, OSTERSUND), provisions=provisions, **changes)


def test_charter_item_absent() -> None:
    provisions = tuple(
        CharterProvision(p.item, ItemStatus.ABSENT)
        if p.item is CharterItem.QUALIFIED_MAJORITY
        else p
        for p in _full_provisions()
    )
    charter = _charter((REGION_JH, OSTERSUND), provisions=provisions)
    found = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert (found.severity, found.path) == (Severity.ERROR, "$.charter.provisions")
    assert found.message() == (
        "Förbundsordningen anger inte punkt 7 (krav på kvalificerad majoritet och i vilka ärenden)."
    )
    assert found.citations[0].short() == "KL 9:6 7 p."
    assert found.facts == {"item": "QUALIFIED_MAJORITY"}


def test_charter_items_missing_are_reported_in_one_finding() -> None:
    charter = _without(CharterItem.ASSEMBLY_COMPOSITION, CharterItem.DISPUTES)
    (found,) = _of(check(_federation(charter=charter), as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert found.params["items"] == "3, 17"
    assert found.facts["items"] == ["ASSEMBLY_COMPOSITION", "DISPUTES"]
    assert [c.short() for c in found.citations] == ["KL 9:6 3 p.", "KL 9:6 17 p."]
    assert found.message().endswith("hur tvister mellan förbundet och medlemmarna löses.")
    assert found.fix() == "Ange punkterna 3, 17 i förbundsordningen."


def test_every_item_has_a_label() -> None:
    assert set(CHARTER_ITEM_LABELS) == set(CharterItem)
    assert CHARTER_ITEM_LABELS[CharterItem.NAME_SEAT_MEMBERS_PURPOSE] == (
        "namn, säte, medlemmar och ändamål"
    )


def test_item_five_only_for_a_direktion() -> None:
    charter = _without(CharterItem.DIREKTION_AUDITOR_APPOINTMENT)
    fullmaktige = _federation(
        assembly=AssemblyForm.FULLMAKTIGE, board_seats=_seats(REGION_JH), charter=charter
    )
    assert _of(check(fullmaktige, as_of=TODAY), "KL-9-6-forbundsordning-18") == ()
    direktion = _federation(charter=charter)
    found = _one(check(direktion, as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert "punkt 5 (hur revisorerna utses" in found.message()


def test_item_eighteen_names_the_auditors_only_for_a_direktion() -> None:
    charter = _without(CharterItem.FINANCIAL_BENEFITS)
    direktion = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert "och för revisorerna" in direktion.message()
    fullmaktige = _federation(
        assembly=AssemblyForm.FULLMAKTIGE, board_seats=_seats(REGION_JH), charter=charter
    )
    found = _one(check(fullmaktige, as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert "punkt 18" in found.message()
    assert "revisorerna" not in found.message()


def test_item_one_stated_by_structured_fields() -> None:
    item = CharterItem.NAME_SEAT_MEMBERS_PURPOSE
    stated = _without(item, seat="Östersund", purpose="Gemensam räddningstjänst")
    assert _of(check(_federation(charter=stated), as_of=TODAY), "KL-9-6-forbundsordning-18") == ()
    no_seat = _without(item, purpose="Gemensam räddningstjänst")
    found = _one(check(_federation(charter=no_seat), as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert found.params["item"] == 1
    # An explicit "absent" wins over the structured fields.
    absent = _charter(
        (REGION_JH, OSTERSUND),
        provisions=(
            CharterProvision(item, ItemStatus.ABSENT),
            *(p for p in _full_provisions() if p.item is not item),
        ),
        seat="Östersund",
        purpose="Gemensam räddningstjänst",
    )
    found = _one(check(_federation(charter=absent), as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert found.params["item"] == 1


def test_free_text_counts_as_stated() -> None:
    provisions = tuple(CharterProvision(item, ItemStatus.FREE_TEXT, "…") for item in CharterItem)
    charter = _charter((REGION_JH, OSTERSUND), provisions=provisions)
    assert _of(check(_federation(charter=charter), as_of=TODAY), "KL-9-6-forbundsordning-18") == ()


def test_unrecorded_provisions_give_one_information() -> None:
    charter = _charter((REGION_JH, OSTERSUND), provisions=(), provisions_recorded=False)
    found = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-6-forbundsordning-18")
    assert (found.severity, found.path) == (Severity.INFO, "$.charter.provisions")
    assert "har inte prövats" in found.message()


# -- KL 9:18 --------------------------------------------------------------------------------


def test_exit_notice_longer_than_three_years() -> None:
    charter = _charter((REGION_JH, OSTERSUND), exit_notice_months=48)
    found = _one(check(_federation(charter=charter), as_of=TODAY), "KL-9-18-exit")
    assert (found.severity, found.path) == (Severity.ERROR, "$.charter.exit_notice_months")
    assert "48 månaders uppsägningstid" in found.message()


@pytest.mark.parametrize("months", [None, 0, 24, 36])
def test_exit_notice_within_three_years(months: int | None) -> None:
    charter = _charter((REGION_JH, OSTERSUND), exit_notice_months=months)
    assert _of(check(_federation(charter=charter), as_of=TODAY), "KL-9-18-exit") == ()


# -- KTL 2:2 --------------------------------------------------------------------------------

PTA = FederationPurpose.PUBLIC_TRANSPORT_AUTHORITY


def test_transport_authority_member_from_another_county() -> None:
    members = (REGION_JH, OSTERSUND, NORRTALJE)
    found = _one(check(_federation(members=members, purpose=PTA), as_of=TODAY), "KTL-2-2-rkm-form")
    assert (found.severity, found.path) == (Severity.ERROR, "$.members[2]")
    assert found.message() == (
        "Norrtälje (0188) hör till Stockholms län, men kollektivtrafikmyndigheten är ett "
        "kommunalförbund för Jämtlands län; medlemmarna ska vara regionen och kommunerna i ett "
        "och samma län."
    )
    assert found.facts == {"county": "23", "member_county": "01"}
    assert found.citations[0].short() == "KTL 2:2"


def test_transport_authority_of_municipalities_only_takes_the_majority_county() -> None:
    members = (NORRTALJE, OSTERSUND, ARE)
    found = _one(check(_federation(members=members, purpose=PTA), as_of=TODAY), "KTL-2-2-rkm-form")
    assert found.path == "$.members[0]"


def test_transport_authority_unknown_county_falls_back_to_the_code() -> None:
    elsewhere = Municipality("9901", "Fantasia", "99")
    members = (REGION_JH, OSTERSUND, elsewhere)
    found = _one(check(_federation(members=members, purpose=PTA), as_of=TODAY), "KTL-2-2-rkm-form")
    assert found.message().startswith("Fantasia (9901) hör till 99,")


def test_transport_authority_wording_before_2020() -> None:
    members = (REGION_JH, OSTERSUND, NORRTALJE)
    found = _one(
        check(_federation(members=members, purpose=PTA), as_of=date(2019, 1, 1)),
        "KTL-2-2-rkm-form",
    )
    assert "ska vara landstinget och kommunerna" in found.message()


def test_transport_authority_rules_silent_where_they_do_not_apply() -> None:
    one_county = _federation(members=(REGION_JH, OSTERSUND, ARE), purpose=PTA)
    assert _of(check(one_county, as_of=TODAY), "KTL-2-2-rkm-form") == ()
    general = _federation(members=(REGION_JH, NORRTALJE))
    assert _of(check(general, as_of=TODAY), "KTL-2-2-rkm-form") == ()
    organisations = _federation(members=(KSON,), charter=_charter((KSON,)), purpose=PTA)
    assert _of(check(organisations, as_of=TODAY), "KTL-2-2-rkm-form") == ()


def test_transport_authority_rules_not_before_2012() -> None:
    # The KL rules are not in force in 2011 either; only the dates are checked here.
    federation = _federation(members=(REGION_JH, NORRTALJE), purpose=PTA)
    report = check(federation, as_of=date(2011, 12, 31))
    assert {"KTL-2-2-rkm-form", "KTL-2-5-seats-default"} <= set(report.not_in_force)
    assert "KTL-2-2-rkm-form" in check(federation, as_of=date(2012, 1, 1)).applied
    general = _federation(members=(REGION_JH, NORRTALJE))
    assert "KTL-2-2-rkm-form" in check(general, as_of=date(2012, 1, 1)).not_applicable


# -- KTL 2:5 --------------------------------------------------------------------------------


def _pta(seats: tuple[Seat, ...]) -> LocalFederation:
    return _federation(members=(REGION_JH, OSTERSUND, ARE), purpose=PTA, seats=seats)


def test_transport_authority_default_seats_are_silent() -> None:
    seats = _seats(REGION_JH, 2) + _seats(OSTERSUND) + _seats(ARE)
    assert _of(check(_pta(seats), as_of=TODAY), "KTL-2-5-seats-default") == ()


def test_transport_authority_municipality_without_substitute() -> None:
    """KTL 2:5 does not restate KL 9:3 3 st.: a missing ersättare is reported once, there."""
    seats = _seats(REGION_JH, 2) + _seats(OSTERSUND) + _seats(ARE, 1, 0)
    report = check(_pta(seats), as_of=TODAY)
    assert _of(report, "KTL-2-5-seats-default") == ()
    found = _one(report, "KL-9-3-representation")
    assert (found.severity, found.path) == (Severity.ERROR, "$.members[2]")
    assert "Åre (2321) saknar ersättare" in found.message()


def test_transport_authority_uneven_split_is_information() -> None:
    seats = _seats(REGION_JH, 3) + _seats(OSTERSUND) + _seats(ARE)
    found = _one(check(_pta(seats), as_of=TODAY), "KTL-2-5-seats-default")
    assert (found.severity, found.path) == (Severity.INFO, "$.seats")
    assert found.message().startswith("Regionen har 3 ledamöter och kommunerna tillsammans 2;")
    assert "tillåtet om parterna har kommit överens" in found.message()


def test_transport_authority_split_needs_both_sides_and_seats() -> None:
    municipalities = _federation(
        members=(OSTERSUND, ARE), purpose=PTA, seats=_seats(OSTERSUND, 2) + _seats(ARE)
    )
    assert _of(check(municipalities, as_of=TODAY), "KTL-2-5-seats-default") == ()
    assert _of(check(_pta(()), as_of=TODAY), "KTL-2-5-seats-default") == ()
    general = _federation(seats=_seats(REGION_JH, 3) + _seats(OSTERSUND))
    assert _of(check(general, as_of=TODAY), "KTL-2-5-seats-default") == ()
