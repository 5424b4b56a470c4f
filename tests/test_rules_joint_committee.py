"""Rules for the joint committee (KL 9:19–36, lag 2003:192, FB 19:16)."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from samverkan.law import Verification
from samverkan.model import (
    Adoption,
    AuditArrangement,
    Body,
    DelegateKind,
    Delegation,
    Instrument,
    JointCommittee,
    JointCommitteeBasis,
    MatterCategory,
    Office,
    Organisation,
    OrganisationKind,
    Participant,
    Role,
    Seat,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import REGISTRY, Category, Finding, Severity, check
from seeds import KROKOM, REGION_JH, UMEA, jamtland_committees

REG = registry()
OST = REG.municipality("2380")
BERG = REG.municipality("2326")
REGION_VB = REG.region("24")
COMPANY = Organisation("Jämtkraft AB", OrganisationKind.AKTIEBOLAG)

TODAY = date(2026, 11, 22)
MODULES = {
    "samverkan.rules.statutes.kl_09_joint_committee_19_parties",
    "samverkan.rules.statutes.kl_09_joint_committee_21_tasks",
    "samverkan.rules.statutes.kl_09_joint_committee_33_reglemente",
    "samverkan.rules.statutes.kl_09_joint_committee_34_audit",
    "samverkan.rules.statutes.kl_09_joint_committee_chair",
    "samverkan.rules.statutes.kl_09_30_delegation",
    "samverkan.rules.statutes.vard_omsorg_2003_192",
    "samverkan.rules.statutes.foraldrabalken_19",
}
MODULE_RULES = {r.id for r in REGISTRY if r.check.__module__ in MODULES}


def _instrument(parties: tuple[Participant, ...], tasks: tuple[str, ...]) -> Instrument:
    return Instrument(adoptions=tuple(Adoption(p) for p in parties), tasks=tasks)


def _seats(parties: tuple[Participant, ...]) -> tuple[Seat, ...]:
    seats: list[Seat] = []
    for index, party in enumerate(parties):
        seats.append(Seat(party, office=Office.CHAIR if index == 0 else None))
        seats.append(Seat(party, Role.SUBSTITUTE))
    return tuple(seats)


def _committee(
    parties: tuple[Participant, ...] = (OST, BERG),
    tasks: tuple[Task, ...] = (Task("internal.procurement"),),
    **changes: Any,
) -> JointCommittee:
    """A committee every rule of the module accepts, changed by ``changes``."""
    areas = tuple(dict.fromkeys(t.area for t in tasks))
    committee = JointCommittee(
        "Prov",
        parties,
        parties[0],
        tasks=tasks,
        agreement=_instrument(parties, areas),
        standing_rules=_instrument(parties, areas),
        seats=_seats(parties),
    )
    return attrs.evolve(committee, **changes)


def _care(*parties: Participant, tasks: tuple[Task, ...] | None = None) -> JointCommittee:
    """A lag (2003:192) committee of ``parties``: regional healthcare plus social services."""
    if tasks is None:
        tasks = (Task("hsl.regional-care"), Task("sol.social-services"))
    return _committee(parties, tasks, basis=JointCommitteeBasis.CARE_AND_WELFARE)


def _of(committee: JointCommittee, rule_id: str, as_of: date = TODAY) -> tuple[Finding, ...]:
    report = check(committee, as_of=as_of)
    assert rule_id in report.applied
    return report.by_rule(rule_id)


def _one(committee: JointCommittee, rule_id: str, as_of: date = TODAY) -> Finding:
    found = _of(committee, rule_id, as_of)
    assert len(found) == 1, [f.message() for f in found]
    return found[0]


# -- The baseline and the real systems ---------------------------------------------------------


def test_baseline_committee_is_silent_for_every_rule_of_the_module() -> None:
    report = check(_committee(), as_of=TODAY)
    assert set(report.applied) | set(report.not_applicable) >= MODULE_RULES
    assert [f.message() for f in report if f.rule_id in MODULE_RULES] == []


@pytest.mark.parametrize("as_of", [date(2019, 6, 1), TODAY])
def test_jamtland_committees_are_clean(as_of: date) -> None:
    committees = jamtland_committees()
    assert len(committees) == 3
    for committee in committees:
        report = check(committee, as_of=as_of)
        assert set(report.applied) | set(report.not_applicable) >= MODULE_RULES
        assert report.errors == (), [f.message() for f in report.errors]
        mine = [f for f in report.warnings if f.rule_id in MODULE_RULES]
        assert mine == [], [f.message() for f in mine]
        # The seeds record no seats, which the representation rule notes once.
        assert [f.path for f in report.by_rule("KL-9-24-representation")] == ["$.seats"]


def test_jamtland_rules_that_see_recorded_facts_pass_on_them() -> None:
    committee = jamtland_committees()[0]
    assert committee.agreement is not None
    assert committee.standing_rules is not None
    assert set(committee.agreement.tasks) == {t.area for t in committee.tasks}
    for rule_id in ("KL-9-22-agreement-tasks", "KL-9-33-reglemente", "KL-9-21-tasks"):
        assert _of(committee, rule_id) == ()


# -- KL 9:19 -----------------------------------------------------------------------------------


def test_kl_9_19_fires_for_a_company() -> None:
    finding = _one(_committee((OST, BERG, COMPANY)), "KL-9-19-parties")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.parties[2]"
    assert "Jämtkraft AB (aktiebolag) kan inte vara part" in finding.message()
    assert finding.facts == {"kind": "Organisation"}


def test_kl_9_19_uses_landsting_before_2020_and_regioner_after() -> None:
    committee = _committee((OST, BERG, COMPANY))
    before = _one(committee, "KL-9-19-parties", date(2019, 6, 1)).message()
    after = _one(committee, "KL-9-19-parties", date(2020, 6, 1)).message()
    assert "bara kommuner och landsting kan samverka" in before
    assert "regioner" not in before
    assert "bara kommuner och regioner kan samverka" in after


def test_kl_9_19_fires_for_a_duplicate_and_a_lone_party() -> None:
    duplicate = _one(_committee((OST, BERG, BERG)), "KL-9-19-parties")
    assert duplicate.path == "$.parties[2]"
    assert "Berg (2326) står mer än en gång" in duplicate.message()
    alone = _one(_committee((OST,)), "KL-9-19-parties")
    assert alone.path == "$.parties"
    assert "minst två samverkande parter; 1 anges" in alone.message()


def test_kl_9_19_silent_for_a_municipality_and_a_region() -> None:
    assert _of(_committee((REGION_JH, OST)), "KL-9-19-parties") == ()


# -- KL 9:20 -----------------------------------------------------------------------------------


def test_kl_9_20_fires_when_the_host_is_not_a_party() -> None:
    finding = _one(_committee(host=KROKOM), "KL-9-20-host")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.host"
    assert "Värdparten Krokom (2309) är inte en av" in finding.message()


def test_kl_9_20_silent_for_a_party_host() -> None:
    assert _of(_committee(host=BERG), "KL-9-20-host") == ()


# -- KL 9:24 -----------------------------------------------------------------------------------


def test_kl_9_24_fires_for_missing_and_unequal_seats() -> None:
    seats = (
        Seat(OST),
        Seat(OST),
        Seat(OST, Role.SUBSTITUTE),
        Seat(BERG),
        Seat(KROKOM),
        Seat(BERG, Role.MEMBER, appointed_by=Body.STYRELSE),
    )
    found = _of(_committee(seats=seats), "KL-9-24-representation")
    by_path = {(f.path, f.message()) for f in found}
    # KL 9:24: equal numbers are required of the committee; one party's imbalance warns.
    assert [f.severity for f in found if f.path == "$.parties[0]"] == [Severity.WARNING]
    assert all(f.severity is Severity.ERROR for f in found if f.path != "$.parties[0]")
    assert (
        "$.parties[0]",
        "Östersund (2380) har inte lika många ersättare som ledamöter (ledamöter: 2, ersättare: "
        "1); lagen kräver lika många i nämnden som helhet, inte för varje part.",
    ) in by_path
    assert (
        "$.parties[1]",
        "Berg (2326) saknar ersättare i nämnden (ledamöter: 2, ersättare: 0).",
    ) in by_path
    assert (
        "$.seats[4].party",
        "Platsen tillsätts av Krokom (2309), som inte är part i nämnden.",
    ) in (by_path)
    assert any(path == "$.seats[5].appointed_by" and "styrelse" in m for path, m in by_path)


def test_kl_9_24_fires_for_a_party_without_a_member() -> None:
    seats = (Seat(OST), Seat(OST, Role.SUBSTITUTE), Seat(BERG, Role.SUBSTITUTE))
    finding = _one(_committee(seats=seats), "KL-9-24-representation")
    assert finding.path == "$.parties[1]"
    assert "Berg (2326) saknar ledamot" in finding.message()


def test_kl_9_24_notes_unrecorded_seats_and_is_silent_when_complete() -> None:
    finding = _one(_committee(seats=()), "KL-9-24-representation")
    assert finding.severity is Severity.INFO
    assert finding.path == "$.seats"
    assert _of(_committee(), "KL-9-24-representation") == ()


# -- KL 9:21 -----------------------------------------------------------------------------------


def test_kl_9_21_fires_for_heightened_alert_tasks() -> None:
    tasks = (Task("internal.procurement"), Task("leh.heightened-alert"))
    finding = _one(_committee(tasks=tasks), "KL-9-21-tasks")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.tasks[1]"
    assert "höjd beredskap och får inte fullgöras av en gemensam nämnd" in finding.message()
    assert [c.short() for c in finding.citations] == ["KL 9:21 2 st."]


def test_unknown_areas_are_unclassified_once_never_an_error() -> None:
    """An area the catalogue lacks is not a conflict with KL 9:21: one note, by one rule."""
    tasks = (Task("internal.procurment"), Task("zzz"))
    report = check(_committee(tasks=tasks), as_of=TODAY)
    assert report.by_rule("KL-9-21-tasks") == ()
    about_areas = [f for f in report if f.path.startswith("$.tasks")]
    assert [f.path for f in about_areas] == ["$.tasks[0].area", "$.tasks[1].area"]
    assert all(f.severity is Severity.INFO for f in about_areas)
    assert {f.rule_id for f in about_areas} == {"KL-2-1-competence"}


def test_kl_9_21_notes_a_statutory_committee_fulfilled_jointly() -> None:
    finding = _one(_committee(tasks=(Task("pbl.building-committee"),)), "KL-9-21-tasks")
    assert finding.severity is Severity.INFO
    assert finding.path == "$.tasks[0]"
    assert (
        "Lag kräver en nämnd för Byggnadsnämndens uppgifter (12 kap. 1 § plan- och bygglagen "
        "(2010:900))" in finding.message()
    )
    assert [c.short() for c in finding.citations] == ["KL 9:21 2 st.", "PBL 12:1"]


def test_kl_9_21_silent_for_an_ordinary_task() -> None:
    assert _of(_committee(), "KL-9-21-tasks") == ()


# -- KL 9:22 -----------------------------------------------------------------------------------


def test_kl_9_22_notes_an_unrecorded_agreement() -> None:
    finding = _one(_committee(agreement=None), "KL-9-22-agreement-tasks")
    assert (finding.severity, finding.category) == (Severity.INFO, Category.NOT_RECORDED)
    assert finding.path == "$.agreement"


def test_kl_9_22_fires_without_an_agreement() -> None:
    finding = _one(_committee(agreement=Instrument(exists=False)), "KL-9-22-agreement-tasks")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.agreement"
    assert "ingen överenskommelse" in finding.message()


def test_kl_9_22_fires_for_a_task_not_in_the_agreement() -> None:
    tasks = (Task("internal.procurement"), Task("internal.it"))
    agreement = _instrument((OST, BERG), ("internal.procurement",))
    finding = _one(_committee(tasks=tasks, agreement=agreement), "KL-9-22-agreement-tasks")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.tasks[1]"
    assert (
        finding.message() == "Uppgiften internal.it anges inte i överenskommelsen mellan parterna."
    )


def test_kl_9_22_notes_an_agreement_recorded_without_tasks() -> None:
    agreement = _instrument((OST, BERG), ())
    finding = _one(_committee(agreement=agreement), "KL-9-22-agreement-tasks")
    assert finding.severity is Severity.INFO
    assert finding.path == "$.agreement.tasks"
    assert "inte prövats" in finding.message()


def test_kl_9_22_silent_when_the_agreement_sets_out_the_tasks() -> None:
    assert _of(_committee(), "KL-9-22-agreement-tasks") == ()
    doc = " ".join(REGISTRY.get("KL-9-22-agreement-tasks").description.split())
    assert "cost sharing, term and exit" in doc
    assert "not statutory content" in doc


# -- KL 9:33 -----------------------------------------------------------------------------------


def test_kl_9_33_notes_an_unrecorded_reglemente() -> None:
    finding = _one(_committee(standing_rules=None), "KL-9-33-reglemente")
    assert (finding.severity, finding.category) == (Severity.INFO, Category.NOT_RECORDED)


def test_kl_9_33_fires_without_a_reglemente() -> None:
    finding = _one(_committee(standing_rules=Instrument(exists=False)), "KL-9-33-reglemente")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.standing_rules"
    assert "inget reglemente" in finding.message()


def test_kl_9_33_fires_per_party_that_has_not_adopted_it() -> None:
    rules = Instrument(
        adoptions=(Adoption(OST), Adoption(BERG, Body.STYRELSE)),
        tasks=("internal.procurement",),
        adoptions_complete=True,
    )
    committee = _committee((OST, BERG, KROKOM), standing_rules=rules)
    found = _of(committee, "KL-9-33-reglemente")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.ERROR, "$.parties[1]"),
        (Severity.ERROR, "$.parties[2]"),
    ]
    assert found[0].message() == (
        "Reglementet har antagits av kommunstyrelsen i Berg (2326), men det ska antas av "
        "fullmäktige."
    )
    assert found[1].message() == "Reglementet har inte antagits av fullmäktige i Krokom (2309)."


def test_kl_9_33_unlisted_party_is_unrecorded_not_an_error() -> None:
    """The adoption of a party the list does not name, not declared complete, is unknown."""
    rules = Instrument(adoptions=(Adoption(OST),), tasks=("internal.procurement",))
    found = _one(_committee((OST, BERG), standing_rules=rules), "KL-9-33-reglemente")
    assert (found.severity, found.category, found.path) == (
        Severity.INFO,
        Category.NOT_RECORDED,
        "$.parties[1]",
    )


def test_kl_9_33_silent_when_every_fullmaktige_adopted_it() -> None:
    assert _of(_committee((OST, BERG, KROKOM)), "KL-9-33-reglemente") == ()


# -- KL 9:34–35 --------------------------------------------------------------------------------


def test_kl_9_34_fires_for_a_missing_party_and_a_stranger() -> None:
    audit = AuditArrangement(auditing_parties=(OST, KROKOM))
    found = _of(_committee(audit=audit), "KL-9-34-audit")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.ERROR, "$.parties[1]"),
        (Severity.ERROR, "$.audit.auditing_parties[1]"),
    ]
    assert "Revisorerna i Berg (2326) anges inte" in found[0].message()
    assert "Krokom (2309) anges bland dem som granskar nämnden" in found[1].message()


def test_kl_9_35_fires_for_a_missing_party_and_a_stranger() -> None:
    audit = AuditArrangement(auditing_parties=(OST, BERG), discharging_parties=(BERG, UMEA))
    committee = _committee(audit=audit)
    assert _of(committee, "KL-9-34-audit") == ()
    found = _of(committee, "KL-9-35-discharge")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.ERROR, "$.parties[0]"),
        (Severity.ERROR, "$.audit.discharging_parties[1]"),
    ]
    assert "Fullmäktige i Östersund (2380) anges inte" in found[0].message()
    assert "Umeå (2480) anges bland dem som beslutar om ansvarsfrihet" in found[1].message()


def test_kl_9_34_35_silent_without_an_arrangement_or_when_it_follows_the_law() -> None:
    for audit in (None, AuditArrangement((OST, BERG), (BERG, OST)), AuditArrangement()):
        committee = _committee(audit=audit)
        assert _of(committee, "KL-9-34-audit") == ()
        assert _of(committee, "KL-9-35-discharge") == ()


# -- Lag (2003:192) ----------------------------------------------------------------------------


def test_2003_192_region_with_municipalities_within_it_is_clean() -> None:
    committee = _care(REGION_JH, BERG, KROKOM)
    report = check(committee, as_of=TODAY)
    assert "GN-VO-2003-192" in report.applied
    assert report.by_rule("GN-VO-2003-192") == ()
    mine = [
        f.message() for f in report if f.rule_id in MODULE_RULES and f.severity is not Severity.INFO
    ]
    assert mine == []


def test_2003_192_fires_for_a_municipality_outside_the_region() -> None:
    finding = _one(_care(REGION_JH, BERG, KROKOM, UMEA), "GN-VO-2003-192")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.parties[3]"
    assert finding.message() == (
        "Umeå (2480) ligger inte i det län som Region Jämtland Härjedalen (23) omfattar; bara "
        "kommuner inom det kan ingå i en nämnd enligt lag (2003:192)."
    )
    assert [c.short() for c in finding.citations] == ["2003:192 1 §"]


def test_2003_192_fires_for_two_regions_no_municipality_and_a_company() -> None:
    found = _of(_care(REGION_JH, REGION_VB, COMPANY), "GN-VO-2003-192")
    assert [f.path for f in found] == ["$.parties", "$.parties[2]", "$.parties"]
    assert all(f.severity is Severity.ERROR for f in found)
    assert "precis en part på regional nivå; bland parterna finns 2 regioner" in found[0].message()
    assert "Jämtkraft AB (aktiebolag) är varken kommun eller region" in found[1].message()
    assert "minst en kommun" in found[2].message()


def test_2003_192_uses_landsting_before_2020() -> None:
    found = _of(_care(BERG, KROKOM), "GN-VO-2003-192", date(2019, 6, 1))
    assert "bland parterna finns 0 landsting" in found[0].message()


def test_2003_192_fires_for_tasks_outside_the_field() -> None:
    tasks = (Task("hsl.regional-care"), Task("sol.social-services"), Task("internal.it"))
    finding = _one(_care(REGION_JH, BERG, tasks=tasks), "GN-VO-2003-192")
    # Lag (2003:192) 1 § is wide: a task outside the catalogue's mark is a warning.
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.tasks[2]"
    assert "internal.it hör inte till de områden som lag (2003:192) 1 §" in finding.message()


def test_2003_192_fires_without_municipal_tasks() -> None:
    finding = _one(_care(REGION_JH, BERG, tasks=(Task("hsl.regional-care"),)), "GN-VO-2003-192")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.tasks"
    assert finding.message().startswith("Ingen av nämndens uppgifter hör till kommunernas ansvar")
    assert [c.short() for c in finding.citations] == ["2003:192 2 §"]


def test_2003_192_fires_without_regional_tasks() -> None:
    committee = _care(REGION_JH, BERG, tasks=(Task("sol.social-services"),))
    finding = _one(committee, "GN-VO-2003-192")
    assert "hör till regionens ansvar" in finding.message()
    old = _one(committee, "GN-VO-2003-192", date(2019, 6, 1))
    assert "hör till landstingets ansvar" in old.message()


def test_2003_192_sides_follow_the_parties_a_task_is_for() -> None:
    for_berg = (Task("hsl.home-care", for_parties=(BERG,)),)
    finding = _one(_care(REGION_JH, BERG, tasks=for_berg), "GN-VO-2003-192")
    assert "hör till regionens ansvar" in finding.message()
    both = (Task("hsl.home-care", for_parties=(REGION_JH,)), Task("hsl.home-care"))
    assert _of(_care(REGION_JH, BERG, tasks=both), "GN-VO-2003-192") == ()


def test_2003_192_notes_when_the_catalogue_cannot_tell_the_sides() -> None:
    # Municipal care is encoded from HSL (2017:30), 2017-04-01, so it has no holder in 2010.
    tasks = (Task("hsl.municipal-care"), Task("sol.social-services"))
    finding = _one(_care(REGION_JH, BERG, KROKOM, tasks=tasks), "GN-VO-2003-192", date(2010, 1, 1))
    assert finding.severity is Severity.INFO
    assert finding.path == "$.tasks"
    assert "katalogen saknar uppgifter om hsl.municipal-care" in finding.message()
    unknown = (Task("hsl.no-such-area"), Task("sol.social-services"))
    noted = _one(_care(REGION_JH, BERG, tasks=unknown), "GN-VO-2003-192")
    assert noted.severity is Severity.INFO
    assert noted.facts["undetermined"] == ["hsl.no-such-area"]


def test_2003_192_notes_unrecorded_tasks() -> None:
    finding = _one(_care(REGION_JH, BERG, tasks=()), "GN-VO-2003-192")
    assert finding.severity is Severity.INFO
    assert "uppgifter anges inte" in finding.message()


def test_2003_192_silent_for_other_bases_and_dates() -> None:
    committee = check(_committee((REGION_JH, UMEA), (Task("internal.it"),)), as_of=TODAY)
    assert "GN-VO-2003-192" in committee.not_applicable
    assert committee.by_rule("GN-VO-2003-192") == ()
    early = check(_care(REGION_JH, UMEA), as_of=date(2003, 6, 30))
    assert "GN-VO-2003-192" in early.not_in_force
    assert REGISTRY.get("GN-VO-2003-192").valid_from == date(2003, 7, 1)


# -- FB 19:16 ----------------------------------------------------------------------------------


def _guardianship(*parties: Participant, tasks: tuple[Task, ...] | None = None) -> JointCommittee:
    if tasks is None:
        tasks = (Task("fb.guardianship"),)
    return _committee(parties, tasks, basis=JointCommitteeBasis.GUARDIANSHIP)


def test_fb_19_16_fires_for_a_region_and_a_company() -> None:
    found = _of(_guardianship(BERG, REGION_JH, COMPANY), "FB-19-16-joint-overformyndare")
    assert [(f.severity, f.path) for f in found] == [
        (Severity.ERROR, "$.parties[1]"),
        (Severity.ERROR, "$.parties[2]"),
    ]
    assert (
        found[0]
        .message()
        .startswith(
            "Region Jämtland Härjedalen (23) kan inte vara part i en gemensam överförmyndarnämnd"
        )
    )


def test_fb_19_16_warns_for_other_tasks() -> None:
    tasks = (Task("fb.guardianship"), Task("internal.it"))
    finding = _one(_guardianship(BERG, OST, tasks=tasks), "FB-19-16-joint-overformyndare")
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.tasks[1]"
    assert "internal.it är inte en överförmyndaruppgift" in finding.message()


def test_fb_19_16_notes_guardianship_under_kl() -> None:
    tasks = (Task("internal.it"), Task("fb.guardianship"))
    finding = _one(_committee(tasks=tasks), "FB-19-16-joint-overformyndare")
    assert finding.severity is Severity.INFO
    assert finding.path == "$.tasks[1]"
    assert "bildas enligt 19 kap. 16 § föräldrabalken" in finding.message()


def test_fb_19_16_silent_for_municipalities_with_guardianship() -> None:
    assert _of(_guardianship(BERG, OST), "FB-19-16-joint-overformyndare") == ()
    care = _care(REGION_JH, BERG, tasks=(Task("fb.guardianship"),))
    assert _of(care, "FB-19-16-joint-overformyndare") == ()
    item = REGISTRY.get("FB-19-16-joint-overformyndare")
    assert item.verification is Verification.VERIFIED_RD
    assert item.valid_from == date(2018, 1, 1)
    assert "2006:557" in item.doc


# -- KL 9:30–31, 6:38 --------------------------------------------------------------------------


def _delegating(*delegations: Delegation) -> JointCommittee:
    return _committee(delegations=delegations)


def test_kl_9_30_fires_for_an_employee_of_a_non_party() -> None:
    committee = _delegating(Delegation("Avrop", DelegateKind.EMPLOYEE, employer=KROKOM))
    finding = _one(committee, "KL-9-30-delegation-any-party")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.delegations[0].employer"
    assert (
        "Delegationen i ärendet ”Avrop” går till en anställd hos Krokom (2309)" in finding.message()
    )


def test_kl_9_30_notes_an_unrecorded_employer() -> None:
    finding = _one(
        _delegating(Delegation("Avrop", DelegateKind.EMPLOYEE)), "KL-9-30-delegation-any-party"
    )
    assert finding.severity is Severity.INFO
    assert finding.path == "$.delegations[0].employer"


def test_kl_9_31_fires_for_sub_delegation_to_a_non_employee() -> None:
    committee = _delegating(Delegation("Avrop", DelegateKind.UTSKOTT, sub_delegation=True))
    finding = _one(committee, "KL-9-30-delegation-any-party")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.delegations[0].delegate"
    assert [c.short() for c in finding.citations] == ["KL 9:31"]
    assert "bara vidaredelegera till en anställd" in finding.message()


def test_kl_6_38_1_fires_for_non_delegable_matters() -> None:
    delegation = Delegation(
        "Mål för verksamheten",
        DelegateKind.PRESIDIUM,
        categories=frozenset({MatterCategory.GOALS_AND_QUALITY, MatterCategory.AUTHORITY}),
    )
    finding = _one(_delegating(delegation), "KL-9-30-delegation-any-party")
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.delegations[0].categories"
    assert [c.short() for c in finding.citations] == ["KL 6:38 1 st."]
    assert finding.message() == (
        "Beslutanderätten i ärendet ”Mål för verksamheten” får inte delegeras "
        "(mål, inriktning, omfattning eller kvalitet)."
    )


def test_kl_6_38_2_fires_for_automated_procurement_from_2022_07_01() -> None:
    delegation = Delegation(
        "Avrop", DelegateKind.AUTOMATED, categories=frozenset({MatterCategory.PROCUREMENT})
    )
    committee = _delegating(delegation)
    finding = _one(committee, "KL-9-30-delegation-any-party", date(2022, 7, 1))
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.delegations[0].delegate"
    assert [c.short() for c in finding.citations] == ["KL 6:38 2 st."]
    assert "automatiserad beslutsfunktion (upphandling)" in finding.message()


def test_no_delegation_to_an_automated_function_before_2022_07_01() -> None:
    """KL 6:37 admitted no automated decision function before SFS 2022:638."""
    delegation = Delegation("Avrop", DelegateKind.AUTOMATED)
    committee = _delegating(delegation)
    finding = _one(committee, "KL-9-30-delegation-any-party", date(2022, 6, 30))
    assert (finding.severity, finding.path) == (Severity.ERROR, "$.delegations[0].delegate")
    assert [c.short() for c in finding.citations] == ["KL 6:37"]
    assert "före den 1 juli 2022" in finding.message()
    assert _of(committee, "KL-9-30-delegation-any-party", date(2022, 7, 1)) == ()


def test_kl_9_30_silent_for_employees_of_any_party() -> None:
    committee = _delegating(
        Delegation(
            "Tilldelningsbeslut",
            DelegateKind.EMPLOYEE,
            employer=BERG,
            categories=frozenset({MatterCategory.AUTHORITY, MatterCategory.PROCUREMENT}),
        ),
        Delegation("Avrop", DelegateKind.EMPLOYEE, employer=OST, sub_delegation=True),
        Delegation(
            "Registrering", DelegateKind.AUTOMATED, categories=frozenset({MatterCategory.AUTHORITY})
        ),
    )
    assert _of(committee, "KL-9-30-delegation-any-party") == ()


# -- The chair ---------------------------------------------------------------------------------


def test_chair_unregulated_notes_a_missing_chair() -> None:
    seats = tuple(attrs.evolve(s, office=None) for s in _seats((OST, BERG)))
    finding = _one(_committee(seats=seats), "KL-9-chair-unregulated")
    assert finding.severity is Severity.INFO
    assert finding.path == "$.seats"
    assert "anger inte vilken parts fullmäktige som väljer ordförande" in finding.message()


def test_chair_unregulated_silent_with_a_chair_or_without_seats() -> None:
    assert _of(_committee(), "KL-9-chair-unregulated") == ()
    assert _of(_committee(seats=()), "KL-9-chair-unregulated") == ()
    assert REGISTRY.get("KL-9-chair-unregulated").severity is Severity.INFO
