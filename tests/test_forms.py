"""The forms added in schema 1.2: samordningsförbund, egen verksamhet, ownership through an
intermediary, seats counted per organ, and where each fact comes from."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import attrs
import pytest

from samverkan.errors import DocumentError
from samverkan.io import dumps, loads
from samverkan.model import (
    ARBETSFORMEDLINGEN,
    FORSAKRINGSKASSAN,
    AssemblyForm,
    CoordinationAssociation,
    CoordinationAudit,
    CoordinationAuditor,
    CoordinationCharter,
    CoordinationCharterItem,
    CoordinationCharterProvision,
    FundingShare,
    Intermediary,
    IntermediaryHolding,
    ItemStatus,
    JointCommittee,
    JointlyOwnedCompany,
    LocalFederation,
    Office,
    OfficeRotation,
    Organisation,
    OrganisationKind,
    OrganSeats,
    OwnActivity,
    Period,
    Role,
    Seat,
    Shareholding,
    Source,
    Task,
    sources_for,
    state_member,
)
from samverkan.parties import registry
from samverkan.rules import Category, Severity, check

REG = registry()
REGION, OST, BERG, ARE = REG.region("23"), REG.party("2380"), REG.party("2326"), REG.party("2321")
GOTLAND = REG.party("0980")
MEMBERS = (FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, REGION, OST, BERG)
ON = date(2024, 6, 1)


def _board(members: tuple[object, ...] = MEMBERS) -> tuple[Seat, ...]:
    return tuple(s for m in members for s in (Seat(m), Seat(m, Role.SUBSTITUTE)))  # type: ignore[arg-type]


def association(**changes: object) -> CoordinationAssociation:
    base = CoordinationAssociation(
        "Samordningsförbundet",
        MEMBERS,
        charter=CoordinationCharter(
            "Förbundsordning",
            adoptions=(),
            adoptions_complete=False,
            provisions=tuple(CoordinationCharterProvision(i) for i in CoordinationCharterItem),
            provisions_recorded=True,
        ),
        funding=(
            FundingShare(FORSAKRINGSKASSAN, Decimal(50)),
            FundingShare(REGION, Decimal(25)),
            FundingShare(OST, Decimal("12.5")),
            FundingShare(BERG, Decimal("12.5")),
        ),
        board_seats=_board(),
        board_seats_complete=True,
        audit=CoordinationAudit(
            (
                CoordinationAuditor(FORSAKRINGSKASSAN, (FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN)),
                CoordinationAuditor(OST, (OST, BERG)),
                CoordinationAuditor(REGION),
            ),
            complete=True,
        ),
    )
    return attrs.evolve(base, **changes)


def findings(subject: object, rule_id: str, on: date = ON) -> list[tuple[str, str, str]]:
    return [
        (f.severity.value, f.path, f.message("sv"))
        for f in check(subject, as_of=on).by_rule(rule_id)
    ]


# -- the models ---------------------------------------------------------------------------------


def test_a_source_supports_the_paths_it_names() -> None:
    whole = Source("Årsredovisning 2023")
    members = Source("Förbundsordning", fields=("$.members",), url="https://example.org/fo.pdf")
    assert whole.supports("$.anything")
    assert members.supports("$.members[3]")
    assert not members.supports("$.membership")
    assert sources_for((whole, members), "$.funding") == (whole,)
    with pytest.raises(ValueError, match="is not a path"):
        Source("x", fields=("members",))
    with pytest.raises(ValueError, match="not an http or https address"):
        Source("x", url="ftp://example.org")


def test_organisation_numbers_are_validated_where_the_document_gives_them() -> None:
    assert association(orgnr="222000-1354").orgnr == "222000-1354"
    with pytest.raises(ValueError, match="invalid organisation number"):
        association(orgnr="222000-1355")
    data = json.loads(dumps(association()))
    data["content"]["orgnr"] = "222000-1355"
    with pytest.raises(DocumentError) as raised:
        loads(json.dumps(data))
    assert "$.content.orgnr" in str(raised.value)


def test_a_company_with_an_invalid_number_loads_as_in_schema_1_1_and_check_reports_it() -> None:
    text = dumps(JointlyOwnedCompany("Bolaget AB", (Shareholding(OST, Decimal(100)),)))
    data = json.loads(text)
    data["schema_version"] = "1.1"
    data["content"]["orgnr"] = "556750-1690"
    company = loads(json.dumps(data)).content
    assert isinstance(company, JointlyOwnedCompany)
    assert company.orgnr == "556750-1690"
    findings = [f for f in check(company, as_of=date(2024, 6, 1)) if f.rule_id == "COMPANY-orgnr"]
    assert [(f.severity, f.path) for f in findings] == [(Severity.WARNING, "$.orgnr")]


def test_the_state_agencies_are_known_by_number_or_by_name() -> None:
    assert state_member(Organisation("  försäkringskassan ", OrganisationKind.STATLIG_MYNDIGHET))
    assert state_member(Organisation("Försäkringskassan", OrganisationKind.PRIVAT)) is None
    assert (
        state_member(Organisation("X", OrganisationKind.STATLIG_MYNDIGHET, "222000-1354")) is None
    )
    assert state_member(OST) is None


def test_a_rotating_office_and_an_organ_counted_as_a_whole() -> None:
    rotation = OfficeRotation(Office.CHAIR, (OST, BERG, REGION), 2, date(2019, 1, 1))
    assert rotation.holder_on(date(2018, 12, 31)) is None
    assert rotation.holder_on(date(2021, 1, 1)) == BERG
    assert rotation.holder_on(date(2025, 6, 1)) == OST
    assert OfficeRotation(Office.CHAIR).holder_on(date(2020, 1, 1)) is None
    with pytest.raises(ValueError, match="more vacant ledamöter"):
        OrganSeats(members=2, vacant_members=3)
    with pytest.raises(ValueError, match="must not be negative"):
        OrganSeats(members=-1)


def test_an_own_activity_knows_where_it_reaches_beyond_its_party() -> None:
    activity = OwnActivity(
        "Turism",
        REGION,
        (Task("kombef.tourism"),),
        located_in=(OST, ARE, REGION),
        serves_residents_of=(REG.party("2480"),),
    )
    assert activity.outside_own_territory() == ()
    assert activity.others_served() == (REG.party("2480"),)


def test_an_intermediary_is_matched_by_number_or_by_name() -> None:
    forening = Organisation("Kommuninvest ekonomisk förening", OrganisationKind.FORENING)
    numbered = Organisation("KI ek. för.", OrganisationKind.FORENING, "716460-0509")
    middle = Intermediary(attrs.evolve(numbered, name="Kommuninvest"))
    assert Intermediary(forening).holds(
        Organisation(" kommuninvest  ekonomisk förening", OrganisationKind.FORENING)
    )
    assert middle.holds(numbered)
    assert not middle.holds(OST)


def test_a_1_1_document_reads_unchanged_in_1_2() -> None:
    data = json.loads(dumps(association()))
    data["schema_version"] = "1.1"
    document = loads(json.dumps(data))
    assert document.schema_version == "1.2"
    assert document.content == association()


# -- samordningsförbund ---------------------------------------------------------------------------


def test_a_lawful_samordningsforbund_gets_no_error() -> None:
    report = check(association(), as_of=ON)
    assert [f for f in report if f.severity is Severity.ERROR] == []


def test_members_other_than_the_four_kinds_are_refused() -> None:
    company = Organisation("Bolaget AB", OrganisationKind.AKTIEBOLAG)
    found = findings(
        association(members=(FORSAKRINGSKASSAN, FORSAKRINGSKASSAN, company)), "FINSAM-3-members"
    )
    paths = [p for _, p, _ in found]
    assert paths == ["$.members[1]", "$.members[2]", "$.members", "$.members", "$.members"]
    gotland = association(members=(FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, GOTLAND))
    assert findings(gotland, "FINSAM-3-members") == []


def test_funding_is_judged_from_amounts_of_one_year_too() -> None:
    amounts = (
        FundingShare(FORSAKRINGSKASSAN, amount=Decimal(1_000_000), year=2024),
        FundingShare(REGION, amount=Decimal(500_000), year=2024),
        FundingShare(OST, amount=Decimal(400_000), year=2024),
        FundingShare(BERG, amount=Decimal(100_000), year=2024),
    )
    assert findings(association(funding=amounts), "FINSAM-5-funding") == []
    short = (*amounts[:3], FundingShare(BERG, amount=Decimal(50_000), year=2024))
    groups = [m for _, _, m in findings(association(funding=short), "FINSAM-5-funding")]
    assert len(groups) == 3
    assert "kommunerna tillsammans bidrar med 450000 kr av 1950000 kr" in groups[2]
    mixed = (*amounts[:3], FundingShare(BERG, Decimal(5)))
    assert findings(association(funding=mixed), "FINSAM-5-funding")[0][0] == "info"
    assert findings(association(funding=()), "FINSAM-5-funding")[0][0] == "info"
    stranger = (*association().funding, FundingShare(ARE, Decimal(0)))
    assert (
        findings(association(funding=stranger), "FINSAM-5-funding")[0][1] == "$.funding[4].member"
    )
    with_gotland = association(members=(*MEMBERS, GOTLAND))
    assert [s for s, _, _ in findings(with_gotland, "FINSAM-5-funding")] == ["info"]


def test_the_forbundsordning_items_and_adoptions() -> None:
    assert findings(association(), "FINSAM-9-forbundsordning-18") == []
    partial = CoordinationCharter(
        "FO",
        seat="Östersund",
        provisions=(CoordinationCharterProvision(CoordinationCharterItem(2), ItemStatus.ABSENT),),
    )
    found = findings(association(charter=partial), "FINSAM-9-forbundsordning-18")
    assert [s for s, _, _ in found] == ["error", "info"]
    declined = CoordinationCharter("FO", adoptions_complete=True)
    assert len(findings(association(charter=declined), "FINSAM-8-forbundsordning-adopted")) == 5
    assert findings(association(charter=None), "FINSAM-8-forbundsordning-adopted")[0][0] == "info"
    missing = CoordinationCharter(exists=False)
    assert (
        findings(association(charter=missing), "FINSAM-8-forbundsordning-adopted")[0][1]
        == "$.charter.exists"
    )
    assert findings(association(charter=missing), "FINSAM-9-forbundsordning-18") == []


def test_the_board_seats_offices_and_appointments() -> None:
    seats = list(_board())
    seats[1] = attrs.evolve(seats[1], office=Office.CHAIR)
    seats[2] = attrs.evolve(seats[2], office=Office.CHAIR)
    seats[4] = attrs.evolve(seats[4], office=Office.VICE_CHAIR)
    seats[6] = attrs.evolve(seats[6], office=Office.VICE_CHAIR)
    seats[8] = attrs.evolve(
        seats[8], office=Office.SECOND_VICE_CHAIR, appointed_by=seats[8].appointed_by.STYRELSE
    )
    seats.append(Seat(ARE))
    found = findings(association(board_seats=tuple(seats)), "FINSAM-10-board")
    assert (
        "error",
        "$.board_seats[1].office",
        "En ersättare anges som ordförande; styrelsen väljer dem bland sina ledamöter.",
    ) in found
    assert [p for _, p, _ in found][1:] == [
        "$.board_seats",
        "$.board_seats",
        "$.board_seats[8].appointed_by",
        "$.board_seats[10].party",
    ]
    assert "tillsätts av kommunstyrelsen i Berg" in found[3][2]
    unbalanced = (*_board(), Seat(OST))
    found = findings(association(board_seats=unbalanced), "FINSAM-10-board")
    assert sorted(s for s, _, _ in found) == ["error", "warning"]
    unlisted = findings(association(board_seats=(), board_seats_complete=False), "FINSAM-10-board")
    assert unlisted[0][:2] == ("info", "$.board_seats")
    partial = findings(
        association(board_seats=_board(MEMBERS[:4]), board_seats_complete=False), "FINSAM-10-board"
    )
    assert partial == [
        (
            "info",
            "$.members[4]",
            "Platserna för Berg (2326) i styrelsen anges inte; medlemmens representation har "
            "inte prövats.",
        )
    ]


def test_a_board_counted_as_a_whole_is_not_judged_per_member() -> None:
    counted = association(board_seats=(), board_totals=OrganSeats(members=5, substitutes=5))
    assert [s for s, _, _ in findings(counted, "FINSAM-10-board")] == ["info"]
    small = association(board_seats=(), board_totals=OrganSeats(members=4, substitutes=3))
    assert sorted(s for s, _, _ in findings(small, "FINSAM-10-board")) == [
        "error",
        "error",
        "error",
        "info",
    ]


def test_the_revisorer() -> None:
    assert findings(association(audit=None), "FINSAM-25-audit")[0][0] == "info"
    partial = CoordinationAudit((CoordinationAuditor(OST),))
    assert findings(association(audit=partial), "FINSAM-25-audit")[0][:2] == (
        "info",
        "$.audit.auditors",
    )
    wrong = CoordinationAudit((CoordinationAuditor(FORSAKRINGSKASSAN, (OST,)),), complete=True)
    found = findings(association(audit=wrong), "FINSAM-25-audit")
    assert found[0][1] == "$.audit.auditors[0].appointed_by"
    assert len([p for _, p, _ in found if p.startswith("$.members")]) == 4


# -- seats per organ under KL 9 kap. --------------------------------------------------------------


def test_the_kl_9_representation_rules_read_a_total_as_not_recorded_per_party() -> None:
    federation = LocalFederation(
        "Förbundet", (OST, BERG), AssemblyForm.DIREKTION, seat_totals=OrganSeats(4, 4)
    )
    report = check(federation, as_of=ON).by_rule("KL-9-3-representation")
    assert [(f.severity, f.category) for f in report] == [(Severity.INFO, Category.NOT_RECORDED)]
    lopsided = attrs.evolve(federation, seat_totals=OrganSeats(members=3, substitutes=1))
    assert sorted(
        f.severity.value for f in check(lopsided, as_of=ON).by_rule("KL-9-3-representation")
    ) == ["error", "error", "info"]
    committee = JointCommittee("Nämnden", (OST, BERG), OST, seat_totals=OrganSeats(members=1))
    found = check(committee, as_of=ON).by_rule("KL-9-24-representation")
    assert sorted((f.severity.value, f.path) for f in found) == [
        ("error", "$.seat_totals"),
        ("info", "$.seat_totals"),
    ]


# -- egen verksamhet ----------------------------------------------------------------------------


def test_an_own_activity_outside_the_party_s_area() -> None:
    tourism = OwnActivity("Turism", OST, (Task("kombef.tourism"),), located_in=(ARE,))
    assert findings(tourism, "KL-2-1-own-activity")[0][0] == "info"
    social = OwnActivity("Boende", OST, (Task("sol.social-services"),), serves_residents_of=(BERG,))
    assert findings(social, "KL-2-1-own-activity")[0][0] == "warning"
    unknown = OwnActivity("X", OST, (Task("no.such-area"),))
    assert findings(unknown, "KL-2-1-own-activity")[0][:2] == ("info", "$.tasks[0].area")
    company = OwnActivity(
        "X", Organisation("AB", OrganisationKind.AKTIEBOLAG), (Task("kombef.tourism"),)
    )
    assert findings(company, "KL-2-1-own-activity")[0][:2] == ("info", "$.party")


# -- ownership through an intermediary ------------------------------------------------------------


def test_a_company_owned_through_an_ekonomisk_forening() -> None:
    forening = Organisation("Kommuninvest ekonomisk förening", OrganisationKind.FORENING)
    company = JointlyOwnedCompany(
        "Kommuninvest i Sverige AB",
        (Shareholding(forening, Decimal(100), shares=100),),
        total_shares=100,
        intermediaries=(
            Intermediary(
                forening,
                (
                    IntermediaryHolding(OST, Decimal(60), 6),
                    IntermediaryHolding(REGION, Decimal(30), 4),
                ),
                owners_complete=True,
                total_shares=10,
            ),
        ),
    )
    (judged,) = findings(company, "KL-10-intermediary-control")
    assert judged[0] == "info"
    assert "2 kommuner, regioner eller kommunalförbund och 0 andra" in judged[2]
    counts = findings(company, "COMPANY-share-count")
    assert [p for _, p, _ in counts] == ["$.intermediaries[0].owners[1]"]
    open_ended = attrs.evolve(
        company, intermediaries=(Intermediary(forening, (IntermediaryHolding(OST),)),)
    )
    assert "inte anges fullständigt" in findings(open_ended, "KL-10-intermediary-control")[0][2]
    recount = attrs.evolve(company, total_shares=99)
    assert findings(recount, "COMPANY-share-count")[0][1] == "$.holdings"


def test_a_regionforbund_is_a_samverkansorgan_by_its_period_too() -> None:
    federation = LocalFederation(
        "Regionförbundet",
        (OST, BERG),
        AssemblyForm.DIREKTION,
        regional_development=Period(date(2003, 1, 1), date(2018, 12, 31)),
    )
    report = check(federation, as_of=date(2010, 6, 1))
    assert "SAMORG-2002-34-2-members" in report.applied
    missing = report.by_rule("SAMORG-2002-34-2-members")
    assert [f.severity for f in missing] == [Severity.WARNING]
