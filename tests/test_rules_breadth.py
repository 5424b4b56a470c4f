"""The breadth rules: KL 9:7 and 7:3, 9:12–13, 9:25–26, and KTL 2:2 for a joint committee."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from rule_findings import findings_of
from samverkan.model import (
    AssemblyElection,
    AssemblyForm,
    AuditorElection,
    BudgetMeeting,
    CommitteeBudget,
    ContractualCooperation,
    DelegateKind,
    Delegation,
    FederationAudit,
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    MatterCategory,
    Position,
    RemunerationPayer,
    Role,
    Seat,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import Category, Severity, check
from seeds import ARE, KROKOM, OSTERSUND, REGION_JH, UMEA, gnu_region

TODAY = date(2026, 11, 22)
REG = registry()
GOTLAND = REG.municipality("0980")


def _federation(**changes: Any) -> LocalFederation:
    members = changes.pop("members", (REGION_JH, OSTERSUND))
    position = changes.pop("position", Position.FULLMAKTIGE_MEMBER)
    seats = tuple(
        Seat(m, role, position=position) for m in members for role in (Role.MEMBER, Role.SUBSTITUTE)
    )
    return LocalFederation(
        "Provförbundet",
        members,
        changes.pop("assembly", AssemblyForm.DIREKTION),
        seats=changes.pop("seats", seats),
        seats_complete=True,
        **changes,
    )


# -- KL 9:7 and 7:3 -------------------------------------------------------------------------


def test_eligibility_silent_when_every_seat_is_held_by_a_fullmaktige_member() -> None:
    assert findings_of(check(_federation(), as_of=TODAY), "KL-9-7-eligibility") == []
    substitutes = _federation(position=Position.FULLMAKTIGE_SUBSTITUTE)
    assert findings_of(check(substitutes, as_of=TODAY), "KL-9-7-eligibility") == []


def test_eligibility_outside_fullmaktige_is_an_error_in_the_assembly_only() -> None:
    federation = _federation(position=Position.OUTSIDE_FULLMAKTIGE)
    found = findings_of(check(federation, as_of=TODAY), "KL-9-7-eligibility")
    assert len(found) == 4
    assert {f.severity for f in found} == {Severity.ERROR}
    assert {c.short() for f in found for c in f.citations} == {"KL 9:7 1 st."}
    assert found[0].path == "$.seats[0].position"
    board = attrs.evolve(
        _federation(), board_seats=(Seat(OSTERSUND, position=Position.OUTSIDE_FULLMAKTIGE),)
    )
    assert findings_of(check(board, as_of=TODAY), "KL-9-7-eligibility") == []


def test_directors_are_not_eligible() -> None:
    seats = (
        Seat(OSTERSUND, position=Position.PARTY_DIRECTOR),
        Seat(REGION_JH, Role.SUBSTITUTE, position=Position.FULLMAKTIGE_MEMBER),
    )
    board = (Seat(REGION_JH, position=Position.FEDERATION_DIRECTOR),)
    federation = _federation(seats=seats, board_seats=board)
    found = findings_of(check(federation, as_of=TODAY), "KL-9-7-eligibility")
    assert [f.path for f in found] == ["$.seats[0].position", "$.board_seats[0].position"]
    assert [[c.short() for c in f.citations] for f in found] == [
        ["KL 7:3 1 st."],
        ["KL 7:3 1 st.", "KL 9:2 1 st."],
    ]
    assert "direktören i Östersund" in found[0].message()


def test_eligibility_not_recorded() -> None:
    unknown = findings_of(check(_federation(position=None), as_of=TODAY), "KL-9-7-eligibility")
    assert [(f.severity, f.category, f.facts["unrecorded"]) for f in unknown] == [
        (Severity.INFO, Category.NOT_RECORDED, 4)
    ]
    assert findings_of(check(_federation(seats=()), as_of=TODAY), "KL-9-7-eligibility") == []


# -- KL 9:12–13 -----------------------------------------------------------------------------


def test_auditors_of_a_fullmaktige_forbund() -> None:
    right = _federation(
        assembly=AssemblyForm.FULLMAKTIGE,
        audit=FederationAudit(auditors_elected_by=AuditorElection.ASSEMBLY),
    )
    assert findings_of(check(right, as_of=TODAY), "KL-9-12-forbund-auditors") == []
    wrong = attrs.evolve(right, audit=FederationAudit(auditors_elected_by=AuditorElection.MEMBERS))
    [finding] = findings_of(check(wrong, as_of=TODAY), "KL-9-12-forbund-auditors")
    assert finding.severity is Severity.ERROR
    assert "förbundsmedlemmarnas fullmäktige" in finding.message()
    direktion = attrs.evolve(wrong, assembly=AssemblyForm.DIREKTION)
    assert findings_of(check(direktion, as_of=TODAY), "KL-9-12-forbund-auditors") == []
    assert findings_of(check(_federation(), as_of=TODAY), "KL-9-12-forbund-auditors") == []
    unknown_form = attrs.evolve(right, audit=FederationAudit())
    [unknown] = findings_of(check(unknown_form, as_of=TODAY), "KL-9-12-forbund-auditors")
    assert unknown.category is Category.NOT_RECORDED


def test_discharge_of_a_direktion_forbund() -> None:
    members = (REGION_JH, OSTERSUND)
    right = _federation(
        audit=FederationAudit(reported_to=members, discharging_parties=members),
    )
    assert findings_of(check(right, as_of=TODAY), "KL-9-13-forbund-discharge") == []
    wrong = _federation(
        audit=FederationAudit(
            reported_to=(OSTERSUND,),
            discharging_parties=(OSTERSUND, ARE),
            assembly_discharges=True,
        )
    )
    found = findings_of(check(wrong, as_of=TODAY), "KL-9-13-forbund-discharge")
    assert [f.path for f in found] == [
        "$.audit.assembly_discharges",
        "$.members[0]",
        "$.members[0]",
        "$.audit.discharging_parties[1]",
    ]
    assert {f.severity for f in found} == {Severity.ERROR}


def test_discharge_not_recorded_and_not_applicable_to_fullmaktige() -> None:
    assert findings_of(check(_federation(), as_of=TODAY), "KL-9-13-forbund-discharge") == []
    [empty] = findings_of(
        check(_federation(audit=FederationAudit(assembly_discharges=False)), as_of=TODAY),
        "KL-9-13-forbund-discharge",
    )
    assert empty.category is Category.NOT_RECORDED
    report = check(_federation(assembly=AssemblyForm.FULLMAKTIGE), as_of=TODAY)
    assert "KL-9-13-forbund-discharge" in report.not_applicable


# -- KL 9:25–26 -----------------------------------------------------------------------------


def _committee(budget: CommitteeBudget | None, **changes: Any) -> JointCommittee:
    return attrs.evolve(gnu_region(), budget=budget, **changes)


def test_budget_drawn_up_by_the_host_after_consultation() -> None:
    host = gnu_region().host
    right = _committee(CommitteeBudget(host, True, RemunerationPayer.ELECTING_PARTY))
    report = check(right, as_of=TODAY)
    assert findings_of(report, "KL-9-26-budget") == []
    assert findings_of(report, "KL-9-25-remuneration") == []
    other = next(p for p in gnu_region().parties if p != host)
    wrong = _committee(CommitteeBudget(other, False, RemunerationPayer.HOST))
    report = check(wrong, as_of=TODAY)
    assert [f.path for f in findings_of(report, "KL-9-26-budget")] == [
        "$.budget.drawn_up_by",
        "$.budget.after_consultation",
    ]
    assert {f.severity for f in findings_of(report, "KL-9-26-budget")} == {Severity.ERROR}
    [paid] = findings_of(report, "KL-9-25-remuneration")
    assert paid.severity is Severity.WARNING


def test_budget_not_recorded() -> None:
    silent = check(_committee(None), as_of=TODAY)
    partial = check(_committee(CommitteeBudget()), as_of=TODAY)
    for rule_id in ("KL-9-26-budget", "KL-9-25-remuneration"):
        assert findings_of(silent, rule_id) == []
        [finding] = findings_of(partial, rule_id)
        assert finding.category is Category.NOT_RECORDED


# -- KTL 2:2 for a joint committee ----------------------------------------------------------


def _transport(*parties: Any) -> JointCommittee:
    return attrs.evolve(
        gnu_region(),
        parties=parties,
        host=parties[0],
        tasks=(Task("ktl.regional-public-transport"),),
    )


def test_transport_authority_joint_committee_in_one_county() -> None:
    report = check(_transport(REGION_JH, OSTERSUND, KROKOM), as_of=TODAY)
    [note] = findings_of(report, "KTL-2-2-rkm-joint-committee")
    assert note.category is Category.NOT_RECORDED
    assert {c.short() for c in note.citations} == {"KTL 2:2 3 st.", "KTL 2:4"}


def test_transport_authority_joint_committee_across_counties_and_gotland() -> None:
    report = check(_transport(REGION_JH, OSTERSUND, UMEA), as_of=TODAY)
    errors = [
        f
        for f in findings_of(report, "KTL-2-2-rkm-joint-committee")
        if f.severity is Severity.ERROR
    ]
    assert [f.path for f in errors] == ["$.parties[2]"]
    report = check(_transport(GOTLAND, OSTERSUND), as_of=TODAY)
    errors = [
        f
        for f in findings_of(report, "KTL-2-2-rkm-joint-committee")
        if f.severity is Severity.ERROR
    ]
    assert [f.path for f in errors] == ["$.parties[0]", "$.parties[1]"]


def test_transport_rule_only_for_transport_committees() -> None:
    assert "KTL-2-2-rkm-joint-committee" in check(gnu_region(), as_of=TODAY).not_applicable


# -- KL 6:7 2 st. ---------------------------------------------------------------------------

SUPERVISION = "mb.environmental-health-supervision"


def test_joint_committee_supervising_its_own_waste_service() -> None:
    committee = attrs.evolve(
        gnu_region(), tasks=(Task(SUPERVISION), Task("mb.waste"), Task("lav.water-services"))
    )
    found = findings_of(check(committee, as_of=TODAY), "KL-6-7-self-supervision")
    assert [(f.severity, f.facts["supervised"]) for f in found] == [
        (Severity.ERROR, "mb.waste"),
        (Severity.WARNING, "lav.water-services"),
    ]
    assert found[0].path == "$.tasks[0]"


def test_supervision_alone_or_in_a_federation() -> None:
    alone = attrs.evolve(gnu_region(), tasks=(Task(SUPERVISION), Task("unknown.area")))
    assert findings_of(check(alone, as_of=TODAY), "KL-6-7-self-supervision") == []
    federation = _federation(tasks=(Task(SUPERVISION), Task("mb.waste")))
    [finding] = findings_of(check(federation, as_of=TODAY), "KL-6-7-self-supervision")
    assert finding.severity is Severity.WARNING
    assert "Förbundet" in finding.message()


# -- FB 19:5 --------------------------------------------------------------------------------


def _guardianship(seats: tuple[Seat, ...], complete: bool = True) -> JointCommittee:
    return attrs.evolve(
        gnu_region(),
        parties=(OSTERSUND, ARE),
        host=OSTERSUND,
        basis=JointCommitteeBasis.GUARDIANSHIP,
        tasks=(),
        seats=seats,
        seats_complete=complete,
    )


def test_joint_guardianship_committee_needs_three_members() -> None:
    two = (Seat(OSTERSUND), Seat(ARE), Seat(OSTERSUND, Role.SUBSTITUTE), Seat(ARE, Role.SUBSTITUTE))
    [finding] = findings_of(check(_guardianship(two), as_of=TODAY), "FB-19-5-three-members")
    assert finding.severity is Severity.WARNING
    assert finding.facts == {"members": 2}
    three = (*two, Seat(OSTERSUND), Seat(OSTERSUND, Role.SUBSTITUTE))
    assert findings_of(check(_guardianship(three), as_of=TODAY), "FB-19-5-three-members") == []
    [unknown] = findings_of(check(_guardianship(two, False), as_of=TODAY), "FB-19-5-three-members")
    assert unknown.category is Category.NOT_RECORDED
    assert findings_of(check(_guardianship((), False), as_of=TODAY), "FB-19-5-three-members") == []
    [none] = findings_of(check(_guardianship(()), as_of=TODAY), "FB-19-5-three-members")
    assert none.facts == {"members": 0}
    assert "FB-19-5-three-members" in check(gnu_region(), as_of=TODAY).not_applicable


# -- Social-services delegation -------------------------------------------------------------

SOCIALJOUR_DAY = date(2024, 3, 1)


def _socialjour(*delegations: Delegation, **changes: Any) -> ContractualCooperation:
    fields: dict[str, Any] = {
        "name": "Avtal om gemensam socialjour",
        "commissioning": (ARE,),
        "performing": OSTERSUND,
        "tasks": (Task("sol.social-services"),),
        "concluded_on": date(2019, 1, 1),
        "delegations": delegations,
    }
    fields.update(changes)
    return ContractualCooperation(**fields)


def _delegation(delegate: DelegateKind, *categories: MatterCategory) -> Delegation:
    employer = OSTERSUND if delegate is DelegateKind.EMPLOYEE else None
    return Delegation("Socialjour", delegate, employer, frozenset(categories))


def test_sol_decisions_to_the_other_partys_employee_warn() -> None:
    employee = _delegation(DelegateKind.EMPLOYEE, MatterCategory.SOL_NOT_TO_EMPLOYEES)
    utskott = _delegation(DelegateKind.UTSKOTT, MatterCategory.SOL_NOT_TO_EMPLOYEES)
    report = check(_socialjour(employee, utskott), as_of=SOCIALJOUR_DAY)
    [finding] = findings_of(report, "SOL-10-5-delegation")
    assert (finding.severity, finding.path) == (Severity.WARNING, "$.delegations[0]")
    assert "anställd" in finding.message()
    assert "employee" in finding.message("en")
    assert "SOL-10-5-delegation" in check(_socialjour(utskott), as_of=SOCIALJOUR_DAY).applied
    assert (
        findings_of(check(_socialjour(utskott), as_of=SOCIALJOUR_DAY), "SOL-10-5-delegation") == []
    )


def test_sol_limits_after_2025_are_not_judged() -> None:
    employee = _delegation(DelegateKind.EMPLOYEE, MatterCategory.SOL_NOT_TO_EMPLOYEES)
    report = check(_socialjour(employee), as_of=TODAY)
    assert "SOL-10-5-delegation" not in report.applied
    [note] = findings_of(report, "LVU-6-immediate-custody")
    assert note.category is Category.NOT_JUDGED


def test_immediate_custody_only_by_a_member() -> None:
    lvu = _delegation(DelegateKind.EMPLOYEE, MatterCategory.LVU_IMMEDIATE_CUSTODY)
    lvm = _delegation(DelegateKind.UTSKOTT, MatterCategory.LVM_IMMEDIATE_CUSTODY)
    member = _delegation(DelegateKind.MEMBER, MatterCategory.LVU_IMMEDIATE_CUSTODY)
    found = findings_of(
        check(_socialjour(lvu, lvm, member), as_of=SOCIALJOUR_DAY), "LVU-6-immediate-custody"
    )
    assert [(f.path, [c.short() for c in f.citations]) for f in found] == [
        ("$.delegations[0]", ["LVU 6 § 2 st."]),
        ("$.delegations[1]", ["LVM 13 §"]),
    ]
    assert {f.severity for f in found} == {Severity.WARNING}
    committee = attrs.evolve(gnu_region(), delegations=(member,))
    assert findings_of(check(committee, as_of=SOCIALJOUR_DAY), "LVU-6-immediate-custody") == []


# -- KL 9:8 ---------------------------------------------------------------------------------


def test_proportional_election_when_demanded() -> None:
    elections = (
        AssemblyElection(OSTERSUND, proportional_demanded=True, held_proportionally=False),
        AssemblyElection(REGION_JH, proportional_demanded=True),
        AssemblyElection(ARE, proportional_demanded=False, held_proportionally=False),
    )
    found = findings_of(check(_federation(elections=elections), as_of=TODAY), "KL-9-8-proportional")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.ERROR, "$.elections[0].held_proportionally"),
        (Severity.INFO, "$.elections[1].held_proportionally"),
    ]
    right = (AssemblyElection(OSTERSUND, True, True),)
    assert (
        findings_of(check(_federation(elections=right), as_of=TODAY), "KL-9-8-proportional") == []
    )
    before = check(_federation(elections=elections), as_of=date(2022, 6, 30))
    assert "KL-9-8-proportional" not in before.applied


# -- KL 9:10 and 9:32 -----------------------------------------------------------------------


def test_direktion_budget_meeting_public_and_announced_a_week_ahead() -> None:
    right = _federation(budget_meeting=BudgetMeeting(public=True, notice_days=7))
    assert findings_of(check(right, as_of=TODAY), "KL-9-10-budget-meeting") == []
    assert findings_of(check(_federation(), as_of=TODAY), "KL-9-10-budget-meeting") == []
    wrong = _federation(budget_meeting=BudgetMeeting(public=False, notice_days=5))
    found = findings_of(check(wrong, as_of=TODAY), "KL-9-10-budget-meeting")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.ERROR, "$.budget_meeting.public"),
        (Severity.ERROR, "$.budget_meeting.notice_days"),
    ]
    [unknown] = findings_of(
        check(_federation(budget_meeting=BudgetMeeting()), as_of=TODAY), "KL-9-10-budget-meeting"
    )
    assert unknown.category is Category.NOT_RECORDED
    fullmaktige = _federation(assembly=AssemblyForm.FULLMAKTIGE, budget_meeting=BudgetMeeting())
    assert "KL-9-10-budget-meeting" in check(fullmaktige, as_of=TODAY).not_applicable


def test_minutes_announced_on_every_partys_notice_board() -> None:
    committee = gnu_region()
    assert findings_of(check(committee, as_of=TODAY), "KL-9-32-minutes-announced") == []
    every = attrs.evolve(committee, minutes_announced_on=committee.parties)
    assert findings_of(check(every, as_of=TODAY), "KL-9-32-minutes-announced") == []
    host_only = attrs.evolve(committee, minutes_announced_on=(committee.host, UMEA))
    grouped, stranger = findings_of(check(host_only, as_of=TODAY), "KL-9-32-minutes-announced")
    left_out = [i for i, p in enumerate(committee.parties) if p != committee.host]
    assert grouped.path == "$.parties"
    assert grouped.facts["paths"] == [f"$.parties[{i}]" for i in left_out]
    assert grouped.params["parties"].items == tuple(committee.parties[i] for i in left_out)
    assert stranger.path == "$.minutes_announced_on[1]"
    assert {grouped.severity, stranger.severity} == {Severity.ERROR}


# -- documents ------------------------------------------------------------------------------


def test_the_new_fields_survive_a_document_round_trip_and_validate() -> None:
    import json

    import jsonschema

    from samverkan.io import dumps, kind_of, loads, schema_for

    federation = _federation(
        seats=(Seat(OSTERSUND, position=Position.PARTY_DIRECTOR),),
        audit=FederationAudit(AuditorElection.MEMBERS, (OSTERSUND,), (REGION_JH,), True),
        elections=(AssemblyElection(OSTERSUND, True, False),),
        budget_meeting=BudgetMeeting(False, 3),
    )
    committee = attrs.evolve(
        gnu_region(),
        budget=CommitteeBudget(REGION_JH, False, RemunerationPayer.HOST),
        minutes_announced_on=(OSTERSUND,),
    )
    for subject in (federation, committee):
        text = dumps(subject)
        loaded = loads(text)
        assert getattr(loaded, "content", loaded) == subject
        jsonschema.Draft202012Validator(schema_for(kind_of(subject))).validate(json.loads(text))
    assert json.loads(dumps(federation))["content"]["seats"][0]["position"] == "partens direktör"


# -- KL 10:5 --------------------------------------------------------------------------------


def test_lay_auditor_is_one_of_the_owners_revisorer() -> None:
    from decimal import Decimal

    from samverkan.model import JointlyOwnedCompany, OwnerCondition, Shareholding

    def company(*holdings: Shareholding) -> JointlyOwnedCompany:
        return JointlyOwnedCompany("Bolaget AB", holdings, purpose="Drift")

    secured = frozenset(OwnerCondition)
    wrong = company(
        Shareholding(OSTERSUND, Decimal(50), secured, lay_auditor_from_revisorer=False),
        Shareholding(ARE, Decimal(50), secured),
    )
    found = findings_of(check(wrong, as_of=TODAY), "KL-10-5-lay-auditor")
    assert [(f.severity, f.category) for f in found] == [
        (Severity.ERROR, Category.LAW),
        (Severity.INFO, Category.NOT_RECORDED),
    ]
    right = company(Shareholding(OSTERSUND, Decimal(100), secured, lay_auditor_from_revisorer=True))
    assert findings_of(check(right, as_of=TODAY), "KL-10-5-lay-auditor") == []
    from seeds import tiohundra

    assert findings_of(check(tiohundra(), as_of=TODAY), "KL-10-5-lay-auditor") == []


# -- KL 9:19 --------------------------------------------------------------------------------


def test_the_joint_committee_agreement_adopted_by_the_styrelse_warns() -> None:
    from samverkan.model import Adoption, Body, Instrument

    committee = gnu_region()
    parties = committee.parties
    by_styrelse = Instrument(
        "Överenskommelse",
        adoptions=(
            Adoption(parties[0], Body.STYRELSE),
            *(Adoption(p) for p in parties[1:]),
        ),
    )
    found = findings_of(
        check(attrs.evolve(committee, agreement=by_styrelse), as_of=TODAY),
        "KL-9-19-fullmaktige-decides",
    )
    assert [(f.severity, f.path) for f in found] == [(Severity.WARNING, "$.parties[0]")]
    by_fullmaktige = Instrument("Överenskommelse", adoptions=tuple(Adoption(p) for p in parties))
    silent = check(attrs.evolve(committee, agreement=by_fullmaktige), as_of=TODAY)
    assert findings_of(silent, "KL-9-19-fullmaktige-decides") == []
    assert (
        findings_of(
            check(attrs.evolve(committee, agreement=None), as_of=TODAY),
            "KL-9-19-fullmaktige-decides",
        )
        == []
    )


# -- KL 9:16 --------------------------------------------------------------------------------


def test_a_federation_holds_no_referendum() -> None:
    silent = _federation()
    assert findings_of(check(silent, as_of=TODAY), "KL-9-16-no-referendum") == []
    lawful = _federation(arranges_referendum=False, uses_member_election_board=False)
    assert findings_of(check(lawful, as_of=TODAY), "KL-9-16-no-referendum") == []
    unlawful = _federation(arranges_referendum=True, uses_member_election_board=True)
    found = findings_of(check(unlawful, as_of=TODAY), "KL-9-16-no-referendum")
    assert [f.path for f in found] == ["$.arranges_referendum", "$.uses_member_election_board"]
    assert {f.severity for f in found} == {Severity.ERROR}
    assert "KL-9-16-no-referendum" not in check(unlawful, as_of=date(2017, 6, 1)).applied


# -- KL 9:27 and 9:29 -----------------------------------------------------------------------


def test_information_and_interpellations_for_every_party() -> None:
    committee = gnu_region()
    for rule_id in ("KL-9-27-information", "KL-9-29-interpellation"):
        assert findings_of(check(committee, as_of=TODAY), rule_id) == []
    every = attrs.evolve(
        committee, information_to=committee.parties, interpellations_from=committee.parties
    )
    for rule_id in ("KL-9-27-information", "KL-9-29-interpellation"):
        assert findings_of(check(every, as_of=TODAY), rule_id) == []
    host_only = attrs.evolve(
        committee,
        information_to=(committee.host, UMEA),
        interpellations_from=(committee.host, UMEA),
    )
    report = check(host_only, as_of=TODAY)
    for rule_id, field in (
        ("KL-9-27-information", "information_to"),
        ("KL-9-29-interpellation", "interpellations_from"),
    ):
        grouped, stranger = findings_of(report, rule_id)
        assert grouped.path == "$.parties"
        assert len(grouped.facts["paths"]) == len(committee.parties) - 1
        assert stranger.path == f"$.{field}[1]"
        assert {grouped.severity, stranger.severity} == {Severity.ERROR}


# -- KL 1:4 and 3:4 in structures -----------------------------------------------------------


def test_an_organ_of_one_party_decides_for_no_other() -> None:
    from samverkan.model import CollaborationStructure, Mandate
    from seeds import jamtland_structure

    structure = jamtland_structure()
    rule_id = "STRUCT-organ-decides-for-own-party"
    assert findings_of(check(structure, as_of=TODAY), rule_id) == []
    index, organ = next((i, b) for i, b in enumerate(structure.bodies) if b.belongs_to is not None)
    mandate = Mandate(("beslut",), (organ.belongs_to, OSTERSUND))

    def with_organ(**changes: Any) -> CollaborationStructure:
        bodies = list(structure.bodies)
        bodies[index] = attrs.evolve(organ, mandate=mandate, **changes)
        return attrs.evolve(structure, bodies=tuple(bodies))

    [error] = findings_of(check(with_organ(joint_committee=False), as_of=TODAY), rule_id)
    assert error.severity is Severity.ERROR
    assert error.path == f"$.bodies[{index}].mandate.on_behalf_of"
    [unknown] = findings_of(check(with_organ(), as_of=TODAY), rule_id)
    assert unknown.category is Category.NOT_RECORDED
    [owner] = findings_of(check(with_organ(belongs_to=None), as_of=TODAY), rule_id)
    assert owner.path == f"$.bodies[{index}].belongs_to"
    assert findings_of(check(with_organ(joint_committee=True), as_of=TODAY), rule_id) == []


# -- KL 10:4 2 st. and 10:6 -----------------------------------------------------------------


def test_owners_work_for_public_access_outside_osl() -> None:
    from decimal import Decimal

    from samverkan.model import JointlyOwnedCompany, Shareholding

    rule_id = "KL-10-4-public-access"

    def company(under: bool | None, *acts: bool | None) -> JointlyOwnedCompany:
        holdings = tuple(
            Shareholding(owner, Decimal(50), works_for_public_access=act)
            for owner, act in zip((OSTERSUND, ARE), acts, strict=True)
        )
        return JointlyOwnedCompany("Bolaget AB", holdings, under_osl_2_3=under)

    assert findings_of(check(company(False, True, None), as_of=TODAY), rule_id) == []
    assert findings_of(check(company(True, False, False), as_of=TODAY), rule_id) == []
    [warning] = findings_of(check(company(False, True, False), as_of=TODAY), rule_id)
    assert (warning.severity, warning.path) == (
        Severity.WARNING,
        "$.holdings[1].works_for_public_access",
    )
    [unknown] = findings_of(check(company(None, False, True), as_of=TODAY), rule_id)
    assert (unknown.category, unknown.path) == (Category.NOT_RECORDED, "$.under_osl_2_3")


def test_a_sole_founders_foundation_revisor_is_one_of_its_revisorer() -> None:
    from decimal import Decimal

    from samverkan.model import CompanyForm, JointlyOwnedCompany, Shareholding

    def foundation(owner: Any, from_revisorer: bool | None) -> JointlyOwnedCompany:
        holding = Shareholding(owner, Decimal(100), lay_auditor_from_revisorer=from_revisorer)
        return JointlyOwnedCompany("Stiftelsen", (holding,), form=CompanyForm.STIFTELSE)

    rule_id = "KL-10-6-foundation-revisor"
    [error] = findings_of(check(foundation(OSTERSUND, False), as_of=TODAY), rule_id)
    assert error.severity is Severity.ERROR
    assert "KL-10-5-lay-auditor" in check(foundation(OSTERSUND, False), as_of=TODAY).not_applicable
    [unknown] = findings_of(check(foundation(OSTERSUND, None), as_of=TODAY), rule_id)
    assert unknown.category is Category.NOT_RECORDED
    assert findings_of(check(foundation(OSTERSUND, True), as_of=TODAY), rule_id) == []
    forbund = (
        REG.organisation_named("Provförbundet") if hasattr(REG, "organisation_named") else None
    )
    if forbund is not None:
        assert findings_of(check(foundation(forbund, False), as_of=TODAY), rule_id) == []


# -- SkolL 2:2 a ----------------------------------------------------------------------------


def test_a_primary_school_cooperation_joins_three_kommuner() -> None:
    rule_id = "SKOLL-2-2a-primary-cooperation"
    two = _socialjour(commissioning=(ARE, REGION_JH), primary_school_cooperation=True)
    [warning] = findings_of(check(two, as_of=TODAY), rule_id)
    assert (warning.severity, warning.path) == (Severity.WARNING, "$.primary_school_cooperation")
    assert rule_id not in check(two, as_of=date(2025, 6, 30)).applied
    three = _socialjour(commissioning=(ARE, KROKOM), primary_school_cooperation=True)
    assert findings_of(check(three, as_of=TODAY), rule_id) == []
    assert rule_id in check(_socialjour(), as_of=TODAY).not_applicable
    federation = _federation(members=(REGION_JH, OSTERSUND), primary_school_cooperation=True)
    assert len(findings_of(check(federation, as_of=TODAY), rule_id)) == 1
    wide = _federation(members=(OSTERSUND, ARE, KROKOM), primary_school_cooperation=True)
    assert findings_of(check(wide, as_of=TODAY), rule_id) == []


# -- HSL 16:3 -------------------------------------------------------------------------------


def test_the_mandatory_region_kommun_agreement_covers_three_groups() -> None:
    from samverkan.model import CareGroup, CooperationAgreement, Period

    rule_id = "HSL-16-3-mandatory-agreement"

    def agreement(groups: Any, *municipalities: Any) -> CooperationAgreement:
        return CooperationAgreement(
            "Överenskommelse om samarbete",
            region=REGION_JH,
            period=Period(date(2024, 6, 1), date(2027, 12, 31)),
            municipalities=municipalities,
            care_groups=groups,
        )

    full = agreement(frozenset(CareGroup), OSTERSUND, ARE)
    assert findings_of(check(full, as_of=TODAY), rule_id) == []
    assert rule_id in check(agreement(None, OSTERSUND), as_of=TODAY).not_applicable
    partial = agreement(frozenset({CareGroup.PSYCHIATRIC_DISABILITY}))
    found = findings_of(check(partial, as_of=TODAY), rule_id)
    assert [f.path for f in found] == ["$.care_groups", "$.care_groups", "$.municipalities"]
    assert {f.severity for f in found} == {Severity.WARNING}


# -- lag (2017:612) 4:4 ---------------------------------------------------------------------


def test_discharge_guidelines_drawn_up_by_region_and_kommun() -> None:
    from samverkan.model import CooperationAgreement, Period

    rule_id = "SAMUT-4-4-joint-guidelines"

    def agreement(*drafters: Any) -> CooperationAgreement:
        return CooperationAgreement(
            "Riktlinjer för samverkan vid utskrivning",
            region=REGION_JH,
            period=Period(date(2019, 1, 1), date(2027, 12, 31)),
            municipalities=(OSTERSUND, ARE),
            discharge_guidelines_by=drafters,
        )

    assert rule_id in check(agreement(), as_of=TODAY).not_applicable
    assert findings_of(check(agreement(REGION_JH, OSTERSUND, ARE), as_of=TODAY), rule_id) == []
    found = findings_of(check(agreement(REGION_JH), as_of=TODAY), rule_id)
    assert len(found) == 2
    assert {f.severity for f in found} == {Severity.WARNING}


# -- KL 9:8 before 2022-07-01 ---------------------------------------------------------------


def test_proportional_election_before_2022_only_warns() -> None:
    rule_id = "KL-9-8-proportional-before-2022"
    elections = (
        AssemblyElection(OSTERSUND, proportional_demanded=True, held_proportionally=False),
        AssemblyElection(REGION_JH, proportional_demanded=True),
    )
    found = findings_of(check(_federation(elections=elections), as_of=date(2021, 3, 1)), rule_id)
    assert [(f.severity, f.category) for f in found] == [
        (Severity.WARNING, Category.LAW),
        (Severity.INFO, Category.NOT_RECORDED),
    ]
    right = (AssemblyElection(OSTERSUND, True, True),)
    assert findings_of(check(_federation(elections=right), as_of=date(2021, 3, 1)), rule_id) == []
    assert rule_id not in check(_federation(elections=elections), as_of=TODAY).applied
