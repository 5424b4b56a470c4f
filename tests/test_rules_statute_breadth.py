"""FB 19:8 in a joint överförmyndarnämnd, KL 9:11 and 6:1 for förbund and joint committees,
and SkolL 2:2 b for a primärt samverkansavtal."""

from __future__ import annotations

import json
from datetime import date

import attrs
import jsonschema

from rule_findings import findings_of
from samverkan.io import dumps, kind_of, loads, schema_for
from samverkan.model import (
    AssemblyForm,
    ContractualCooperation,
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    PrimaryCooperationScope,
    Role,
    Seat,
    Task,
)
from samverkan.parties import Municipality, registry
from samverkan.rules import Category, Severity, check
from seeds import ARE, KROKOM, OSTERSUND, REGION_JH, UMEA, gnu_region

TODAY = date(2026, 11, 22)
REG = registry()


def _guardianship(*seats: Seat) -> JointCommittee:
    return JointCommittee(
        "Överförmyndarnämnden",
        parties=(OSTERSUND, ARE),
        host=OSTERSUND,
        tasks=(Task("fb.guardianship"),),
        basis=JointCommitteeBasis.GUARDIANSHIP,
        seats=seats,
    )


def test_a_guardianship_seat_is_held_by_someone_folkbokford_in_a_party() -> None:
    rule_id = "FB-19-8-residence"
    own = _guardianship(Seat(OSTERSUND, registered_in=OSTERSUND), Seat(ARE, registered_in=ARE))
    assert findings_of(check(own, as_of=TODAY), rule_id) == []
    outside, other, unknown = findings_of(
        check(
            _guardianship(
                Seat(ARE, registered_in=UMEA),
                Seat(ARE, Role.SUBSTITUTE, registered_in=OSTERSUND),
                Seat(OSTERSUND),
            ),
            as_of=TODAY,
        ),
        rule_id,
    )
    assert (outside.severity, outside.path) == (Severity.ERROR, "$.seats[0].registered_in")
    assert outside.fix is not None
    assert (other.severity, other.path) == (Severity.WARNING, "$.seats[1].registered_in")
    assert unknown.category is Category.NOT_RECORDED
    assert unknown.facts == {"unrecorded": 1, "seats": 3}
    silent = _guardianship(Seat(OSTERSUND), Seat(ARE))
    assert findings_of(check(silent, as_of=TODAY), rule_id) == []
    assert rule_id in check(gnu_region(), as_of=TODAY).not_applicable
    assert rule_id not in check(own, as_of=date(2018, 6, 30)).applied


def _federation(**changes: object) -> LocalFederation:
    return LocalFederation(
        "Förbundet", members=(REGION_JH, OSTERSUND), assembly=AssemblyForm.DIREKTION, **changes
    )


def test_the_members_make_good_what_the_federation_cannot_pay() -> None:
    rule_id = "KL-9-11-member-liability"
    [limited] = findings_of(check(_federation(limits_member_liability=True), as_of=TODAY), rule_id)
    assert (limited.severity, limited.path) == (Severity.ERROR, "$.limits_member_liability")
    assert findings_of(check(_federation(), as_of=TODAY), rule_id) == []


def test_every_partys_styrelse_has_oversight() -> None:
    rule_id = "KL-6-1-oversight"
    federation = _federation(overseen_by=(OSTERSUND, UMEA))
    missing, stranger = findings_of(check(federation, as_of=TODAY), rule_id)
    assert (missing.path, stranger.path) == ("$.members[0]", "$.overseen_by[1]")
    assert {missing.severity, stranger.severity} == {Severity.ERROR}
    assert rule_id in check(_federation(), as_of=TODAY).not_applicable
    committee = attrs.evolve(gnu_region(), overseen_by=gnu_region().parties)
    assert findings_of(check(committee, as_of=TODAY), rule_id) == []


def _primary(
    *kommuner: Municipality, scope: frozenset[PrimaryCooperationScope] | None
) -> ContractualCooperation:
    commissioning, performing = kommuner[:-1], kommuner[-1]
    return ContractualCooperation(
        "Primärt samverkansavtal",
        commissioning=commissioning,
        performing=performing,
        tasks=(Task("school.upper-secondary"),),
        concluded_on=date(2025, 1, 1),
        primary_school_cooperation=True,
        primary_school_scope=scope,
    )


def test_the_primary_agreement_covers_planning_dimensioning_and_offer() -> None:
    rule_id = "SKOLL-2-2b-scope"
    planning = frozenset({PrimaryCooperationScope.PLANNING})
    [three] = findings_of(
        check(_primary(ARE, KROKOM, OSTERSUND, scope=planning), as_of=TODAY), rule_id
    )
    assert three.severity is Severity.ERROR
    assert three.facts == {"missing": ["dimensionering", "erbjudande av utbildning"]}
    [two] = findings_of(check(_primary(ARE, OSTERSUND, scope=planning), as_of=TODAY), rule_id)
    assert two.severity is Severity.WARNING
    unrecorded = check(_primary(ARE, KROKOM, OSTERSUND, scope=None), as_of=TODAY)
    assert rule_id in unrecorded.not_applicable
    everything = frozenset(PrimaryCooperationScope)
    full = _primary(ARE, KROKOM, OSTERSUND, scope=everything)
    assert findings_of(check(full, as_of=TODAY), rule_id) == []


def test_the_new_fields_survive_a_round_trip_and_validate() -> None:
    subjects = (
        _guardianship(Seat(OSTERSUND, registered_in=ARE)),
        _federation(
            overseen_by=(OSTERSUND,),
            limits_member_liability=False,
            primary_school_cooperation=True,
            primary_school_scope=frozenset({PrimaryCooperationScope.OFFER}),
        ),
        _primary(ARE, KROKOM, OSTERSUND, scope=frozenset(PrimaryCooperationScope)),
    )
    for subject in subjects:
        text = dumps(subject)
        loaded = loads(text)
        assert getattr(loaded, "content", loaded) == subject
        jsonschema.Draft202012Validator(schema_for(kind_of(subject))).validate(json.loads(text))
    data = json.loads(dumps(subjects[0]))
    assert data["content"]["seats"][0]["registered_in"] == "2321"
