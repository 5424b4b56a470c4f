"""Competence and localisation: KL-2-1-competence, KL-2-1-localisation and
:func:`samverkan.rules.localisation.find_localisation_basis`."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan.competence import (
    CATALOGUE,
    Duty,
    Holding,
    TaskArea,
    TaskAreaCatalogue,
    UnknownTaskAreaError,
)
from samverkan.law import Citation, Verification, parse_citation
from samverkan.model import (
    AssemblyForm,
    ContractualCooperation,
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    Organisation,
    OrganisationKind,
    Period,
    Task,
)
from samverkan.parties import registry
from samverkan.rules import Context, Severity, check
from samverkan.rules.localisation import (
    BasisKind,
    find_localisation_bases,
    find_localisation_basis,
    own_measures_exception,
)
from seeds import (
    KSON,
    NORRTALJE,
    OSTERSUND,
    REGION_JH,
    REGION_STOCKHOLM,
    gnu_region,
    jamtland_committees,
    norrtalje_federation,
)

TODAY = date(2026, 11, 22)
REG = registry()
BERG = REG.municipality("2326")
ARE = REG.municipality("2321")
GOTLAND = REG.municipality("0980")
SUNDSVALL = REG.municipality("2281")
BUS_AB = Organisation("Stadsbussarna AB", OrganisationKind.AKTIEBOLAG)

COMPETENCE = "KL-2-1-competence"
LOCALISATION = "KL-2-1-localisation"


def _committee(
    *tasks: Task,
    parties: tuple[object, ...] = (REGION_JH, BERG),
    basis: JointCommitteeBasis = JointCommitteeBasis.KL,
) -> JointCommittee:
    return JointCommittee("Prov", parties, parties[0], tasks=tasks, basis=basis)  # type: ignore[arg-type]


def _federation(*tasks: Task) -> LocalFederation:
    return LocalFederation(
        "Prov", (REGION_STOCKHOLM, NORRTALJE), AssemblyForm.DIREKTION, tasks=tasks
    )


# -- KL-2-1-competence -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [*jamtland_committees(), norrtalje_federation()],
    ids=lambda s: s.short_name,
)
def test_seed_systems_have_no_competence_findings(subject: object) -> None:
    report = check(subject, as_of=TODAY)
    assert COMPETENCE in report.applied
    assert report.by_rule(COMPETENCE) == ()


def test_region_in_kl_committee_for_rescue_services() -> None:
    report = check(_committee(Task("lso.rescue-services")), as_of=TODAY)
    (finding,) = report.by_rule(COMPETENCE)
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.tasks[0]"
    assert finding.params["party"] == REGION_JH
    assert finding.message().startswith(
        "Region Jämtland Härjedalen (23) har inte befogenhet för Förebyggande verksamhet och "
        "räddningstjänst (lso.rescue-services), så uppgiften kan inte skötas i den gemensamma "
        "nämnden för dess räkning."
    )
    assert "kommun ska (LSO 3:7)" in finding.message()


def test_kl_committee_ignores_for_parties_every_party_needs_competence() -> None:
    task = Task("lso.rescue-services", for_parties=(BERG,))
    (finding,) = check(_committee(task), as_of=TODAY).by_rule(COMPETENCE)
    assert finding.params["party"] == REGION_JH


def test_federation_task_for_a_party_without_competence() -> None:
    federation = _federation(Task("hsl.regional-care", for_parties=(NORRTALJE,)))
    (finding,) = check(federation, as_of=TODAY).by_rule(COMPETENCE)
    assert finding.severity is Severity.ERROR
    assert finding.path == "$.tasks[0]"
    assert "Norrtälje (0188) har inte befogenhet" in finding.message()
    assert "i kommunalförbundet" in finding.message()


def test_federation_task_without_for_parties_needs_every_member() -> None:
    (finding,) = check(_federation(Task("hsl.regional-care")), as_of=TODAY).by_rule(COMPETENCE)
    assert finding.params["party"] == NORRTALJE


def test_care_and_welfare_committee_checks_only_the_parties_served() -> None:
    basis = JointCommitteeBasis.CARE_AND_WELFARE
    served = _committee(
        Task("hsl.regional-care", for_parties=(REGION_JH,)),
        Task("sol.social-services", for_parties=(BERG,)),
        basis=basis,
    )
    assert check(served, as_of=TODAY).by_rule(COMPETENCE) == ()
    everyone = _committee(Task("sol.social-services"), basis=basis)
    (finding,) = check(everyone, as_of=TODAY).by_rule(COMPETENCE)
    assert finding.params["party"] == REGION_JH


def test_only_recalled_holdings_give_a_warning() -> None:
    committee = _committee(Task("smittskydd.disease-control"), parties=(REGION_JH, BERG))
    (finding,) = check(committee, as_of=TODAY).by_rule(COMPETENCE)
    assert finding.severity is Severity.WARNING
    assert finding.params["party"] == BERG
    assert "inte verifierade" in finding.message()


def test_unknown_area_is_not_judged_once_and_never_an_error() -> None:
    """E13: an area missing from the catalogue is no conflict with KL 2:1; one information."""
    report = check(_committee(Task("hsl.home-cares"), Task("zzz.nothing"), Task("")), as_of=TODAY)
    first, second, third = report.by_rule(COMPETENCE)
    assert (first.path, first.severity) == ("$.tasks[0].area", Severity.INFO)
    assert first.message().startswith(
        "Verksamhetsområdet hsl.home-cares finns inte i katalogen (menade du hsl.home-care, "
    )
    assert first.facts["suggestions"][0] == "hsl.home-care"
    assert first.facts["judged"] is False
    assert second.path == "$.tasks[1].area"
    assert second.message() == (
        "Verksamhetsområdet zzz.nothing finns inte i katalogen; befogenheten har inte prövats."
    )
    assert third.severity is Severity.INFO
    assert third.message().startswith("Uppgiften anges utan verksamhetsområde")
    # KL-9-21-tasks (joint_committee.py) still reports unknown areas as errors; not this rule.
    assert all(f.rule_id != COMPETENCE for f in report.errors)


def test_before_the_catalogue_encodes_an_area_it_is_not_judged() -> None:
    """E16: HSL (2017:30) areas before 2017-04-01 are "not encoded", not "held by none"."""
    committee = _committee(Task("hsl.regional-care"), parties=(REGION_JH, BERG))
    (finding,) = check(committee, as_of=date(2018, 1, 1)).by_rule(COMPETENCE)
    assert finding.severity is Severity.ERROR  # encoded: Berg holds no regional care
    federation = _federation(Task("hsl.regional-care", for_parties=(REGION_STOCKHOLM,)))
    assert check(federation, as_of=date(2018, 1, 1)).by_rule(COMPETENCE) == ()
    mine = TaskAreaCatalogue(CATALOGUE)
    mine.add(
        TaskArea(
            "own.new",
            "Ny uppgift",
            "New task",
            (
                Holding(
                    "region",
                    Duty.SHALL,
                    Citation("2017:725", 2, "1"),
                    date(2030, 1, 1),
                    None,
                    Verification.VERIFIED_RK,
                ),
            ),
        )
    )
    report = check(_committee(Task("own.new")), context=Context(TODAY, competence=mine))
    (info,) = report.by_rule(COMPETENCE)
    assert info.severity is Severity.INFO
    assert "befogenheten har inte prövats" in info.message()
    assert "ingen" not in info.message()


def test_competence_findings_cite_the_provisions_of_their_form() -> None:
    """E19: a KL joint committee finding cites KL 2:1–2, 9:19 and the area's act, not KL 3:8
    or lag (2003:192); a federation finding cites KL 2:1 and the area's act."""
    (committee,) = check(_committee(Task("lso.rescue-services")), as_of=TODAY).by_rule(COMPETENCE)
    shorts = [c.short() for c in committee.citations]
    assert shorts[:3] == ["KL 2:1", "KL 2:2", "KL 9:19"]
    assert "LSO 3:7" in shorts
    assert not {"KL 3:8", "2003:192 1 §"} & set(shorts)
    (federation,) = check(
        _federation(Task("lso.rescue-services", for_parties=(REGION_STOCKHOLM,))), as_of=TODAY
    ).by_rule(COMPETENCE)
    assert [c.short() for c in federation.citations] == ["KL 2:1", "LSO 3:7", "LSO 3:1"]
    care = _committee(Task("sol.social-services"), basis=JointCommitteeBasis.CARE_AND_WELFARE)
    (finding,) = check(care, as_of=TODAY).by_rule(COMPETENCE)
    assert [c.short() for c in finding.citations][:2] == ["2003:192 1 §", "KL 2:1"]


def test_holders_are_named_in_the_words_of_the_date() -> None:
    """SFS 2019:835: "landsting" before 2020-01-01."""
    (finding,) = check(_committee(Task("lso.rescue-services")), as_of=date(2019, 6, 1)).by_rule(
        COMPETENCE
    )
    assert finding.params["holders"] == "kommun ska (LSO 3:7), kommun ska (LSO 3:1)"
    (regional,) = check(_federation(Task("hsl.regional-care")), as_of=date(2019, 6, 1)).by_rule(
        COMPETENCE
    )
    assert regional.params["holders"] == "landsting ska (HSL 8:1)"


def test_for_parties_naming_a_non_party() -> None:
    report = check(_federation(Task("hsl.municipal-care", for_parties=(BERG,))), as_of=TODAY)
    (finding,) = report.by_rule(COMPETENCE)
    assert finding.path == "$.tasks[0].for_parties[0]"
    assert finding.message() == (
        "Uppgiften anges gälla för Berg (2326), som inte är part i samverkan."
    )


def test_participants_that_are_not_parties_are_left_to_the_party_rules() -> None:
    committee = _committee(Task("lso.rescue-services"), parties=(BERG, KSON))
    assert check(committee, as_of=TODAY).by_rule(COMPETENCE) == ()


def test_users_own_task_areas_are_checked() -> None:
    mine = TaskAreaCatalogue(CATALOGUE)
    mine.add(
        TaskArea(
            "own.harbour",
            "Hamnverksamhet",
            "Harbour",
            (
                Holding(
                    "municipality",
                    Duty.MAY,
                    Citation("2017:725", 2, "1"),
                    None,
                    None,
                    Verification.VERIFIED_RK,
                ),
            ),
        )
    )
    report = check(_committee(Task("own.harbour")), context=Context(TODAY, competence=mine))
    (finding,) = report.by_rule(COMPETENCE)
    assert finding.params["party"] == REGION_JH
    assert "Hamnverksamhet (own.harbour)" in finding.message()
    assert "kommun får (KL 2:1)" in finding.message()


# -- KL-2-1-localisation -----------------------------------------------------------------------


def _cooperation(**changes: object) -> ContractualCooperation:
    fields: dict[str, object] = {
        "name": "Avtal om upphandling",
        "commissioning": (BERG,),
        "performing": REGION_JH,
        "tasks": (Task("internal.procurement"),),
        "concluded_on": date(2018, 7, 1),
    }
    fields.update(changes)
    return ContractualCooperation(**fields)  # type: ignore[arg-type]


def test_voluntary_task_before_2018_07_01_is_a_warning() -> None:
    """D4: before KL 9:37 (SFS 2018:569) the localisation principle (KL 2:1) was not absolute
    for voluntary tasks: a warning, not an error."""
    report = check(_cooperation(concluded_on=date(2018, 3, 1)), as_of=date(2018, 3, 1))
    (finding,) = report.by_rule(LOCALISATION)
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.tasks[0]"
    assert finding.message() == (
        "Region Jämtland Härjedalen (23) utför Upphandling för den egna verksamheten "
        "(internal.procurement) åt Berg (2326) enligt ett avtal som ingicks 1 mars 2018, innan "
        "avtalssamverkan enligt 9 kap. 37 § kommunallagen fanns (från den 1 juli 2018). För "
        "frivilliga uppgifter var lokaliseringsprincipen inte absolut; bedöm om Region Jämtland "
        "Härjedalen (23) hade egen anknytning till uppgiften. Åberopat lagstöd: inget särskilt."
    )
    assert finding.facts["judged_on"] == "2018-03-01"
    assert [c.short() for c in finding.citations] == ["KL 2:1"]


def test_statutory_committee_task_before_2018_07_01_is_an_error() -> None:
    """D4: where the law requires the party's own nämnd (PBL 12:1), performing the task for
    it without a basis before KL 9:37 existed is an error."""
    ended = _cooperation(
        performing=OSTERSUND,
        tasks=(Task("pbl.building-committee"),),
        concluded_on=date(2018, 3, 1),
        period=Period(date(2018, 3, 1), date(2018, 6, 30)),
    )
    (finding,) = check(ended, as_of=TODAY).by_rule(LOCALISATION)
    assert finding.severity is Severity.ERROR
    assert "partens egen nämnd (PBL 12:1)" in finding.message()
    assert [c.short() for c in finding.citations] == ["KL 2:1", "PBL 12:1"]


def test_agreement_still_running_after_2018_07_01_gets_its_new_basis() -> None:
    """D5: an agreement concluded before 2018-07-01 and still running is covered by KL 9:37
    from that date: information, not an error."""
    (finding,) = check(_cooperation(concluded_on=date(2018, 3, 1)), as_of=TODAY).by_rule(
        LOCALISATION
    )
    assert finding.severity is Severity.INFO
    assert "Från den 1 juli 2018 ger 9 kap. 37 § stöd" in finding.message()
    assert [c.short() for c in finding.citations] == ["KL 9:37 1 st.", "KL 9:38"]
    ended = _cooperation(
        concluded_on=date(2018, 3, 1), period=Period(date(2018, 3, 1), date(2018, 12, 31))
    )
    (old,) = check(ended, as_of=TODAY).by_rule(LOCALISATION)
    assert old.severity is Severity.WARNING


def test_a_federation_as_party_is_an_open_question() -> None:
    """E14: whether KL 9:37 reaches a kommunalförbund through KL 9:2 1 st. is open: a warning."""
    federation = Organisation("Räddningstjänstförbundet", OrganisationKind.KOMMUNALFORBUND)
    report = check(_cooperation(performing=federation, concluded_on=date(2020, 1, 1)), as_of=TODAY)
    (finding,) = report.by_rule(LOCALISATION)
    assert finding.severity is Severity.WARNING
    assert "öppen fråga" in finding.message()
    assert [c.short() for c in finding.citations] == ["KL 9:37 1 st.", "KL 9:2 1 st."]


def test_avtalssamverkan_from_2018_07_01_is_silent() -> None:
    assert check(_cooperation(), as_of=TODAY).by_rule(LOCALISATION) == ()


def test_period_start_is_used_when_the_conclusion_date_is_missing() -> None:
    early = _cooperation(concluded_on=None, period=Period(date(2018, 3, 1)))
    assert len(check(early, as_of=TODAY).by_rule(LOCALISATION)) == 1
    later = _cooperation(concluded_on=None, period=Period(date(2018, 9, 1)))
    assert check(later, as_of=TODAY).by_rule(LOCALISATION) == ()


def test_missing_dates_are_reported_as_not_checked() -> None:
    (finding,) = check(_cooperation(concluded_on=None), as_of=TODAY).by_rule(LOCALISATION)
    assert (finding.severity, finding.path) == (Severity.INFO, "$.concluded_on")


def test_patient_transport_under_2009_47_before_avtalssamverkan() -> None:
    claimed = (parse_citation("2009:47 3:2"),)
    municipality_for_region = _cooperation(
        commissioning=(REGION_JH,),
        performing=BERG,
        tasks=(Task("hsl.patient-transport"),),
        concluded_on=date(2018, 3, 1),
        legal_basis=claimed,
    )
    assert check(municipality_for_region, as_of=TODAY).by_rule(LOCALISATION) == ()
    region_for_municipality = _cooperation(
        tasks=(Task("hsl.patient-transport"),),
        concluded_on=date(2018, 3, 1),
        legal_basis=claimed,
    )
    (finding,) = check(region_for_municipality, as_of=date(2018, 3, 1)).by_rule(LOCALISATION)
    assert finding.message().endswith("Åberopat lagstöd: 2009:47 3:2.")


def test_a_company_performing_needs_a_special_basis() -> None:
    report = check(_cooperation(performing=BUS_AB, concluded_on=date(2020, 1, 1)), as_of=TODAY)
    (finding,) = report.by_rule(LOCALISATION)
    assert finding.severity is Severity.ERROR
    assert "gäller bara mellan kommuner och regioner" in finding.message()
    assert finding.message().startswith("Stadsbussarna AB (aktiebolag) saknar stöd")


def test_only_the_commissioning_parties_served_are_checked() -> None:
    cooperation = _cooperation(
        commissioning=(BERG, ARE, OSTERSUND),
        performing=OSTERSUND,
        tasks=(Task("internal.it", for_parties=(ARE, REGION_JH)),),
        concluded_on=date(2018, 3, 1),
    )
    (finding,) = check(cooperation, as_of=TODAY).by_rule(LOCALISATION)
    assert finding.params["beneficiary"] == ARE


def test_unknown_area_in_a_cooperation() -> None:
    report = check(_cooperation(tasks=(Task("internal.procurment"),)), as_of=TODAY)
    (finding,) = report.by_rule(LOCALISATION)
    assert finding.path == "$.tasks[0].area"
    assert finding.severity is Severity.INFO
    assert "menade du internal.procurement, " in finding.message()


# -- find_localisation_basis -------------------------------------------------------------------


def test_joint_committee_is_a_basis_for_its_tasks_and_parties() -> None:
    committee = gnu_region()
    basis = find_localisation_basis(
        REGION_JH, BERG, "internal.procurement", date(2015, 1, 1), via=committee
    )
    assert basis is not None
    assert basis.kind is BasisKind.JOINT_FORM
    assert basis.citation.short() == "KL 9:19"
    assert "Berg (2326) deltar båda i den gemensamma nämnden" in basis.explanation
    off_task = find_localisation_basis(
        REGION_JH, BERG, "internal.it", date(2015, 1, 1), via=committee
    )
    assert off_task is None
    outsider = find_localisation_basis(
        REGION_JH, SUNDSVALL, "internal.procurement", date(2015, 1, 1), via=committee
    )
    assert outsider is None


@pytest.mark.parametrize(
    ("basis", "short"),
    [
        (JointCommitteeBasis.CARE_AND_WELFARE, "2003:192 1 §"),
        (JointCommitteeBasis.GUARDIANSHIP, "FB 19:16"),
    ],
)
def test_joint_committee_cites_its_own_act(basis: JointCommitteeBasis, short: str) -> None:
    committee = _committee(Task("hsl.home-care"), basis=basis)
    found = find_localisation_basis(
        REGION_JH, BERG, "hsl.home-care", date(2015, 1, 1), via=committee
    )
    assert found is not None
    assert found.citation.short() == short


def test_federation_performs_for_its_members() -> None:
    federation = norrtalje_federation()
    basis = find_localisation_basis(
        KSON, NORRTALJE, "hsl.municipal-care", date(2017, 1, 1), via=federation
    )
    assert basis is not None
    assert (basis.kind, basis.citation.short()) == (BasisKind.JOINT_FORM, "KL 3:8")
    stranger = Organisation("Annat förbund", OrganisationKind.KOMMUNALFORBUND)
    assert (
        find_localisation_basis(
            stranger, NORRTALJE, "hsl.municipal-care", date(2017, 1, 1), via=federation
        )
        is None
    )


def test_a_claimed_basis_comes_first() -> None:
    committee = gnu_region()
    on = date(2020, 1, 1)
    unclaimed = find_localisation_bases(REGION_JH, BERG, "internal.procurement", on, via=committee)
    assert [b.kind for b in unclaimed] == [BasisKind.JOINT_FORM, BasisKind.AVTALSSAMVERKAN]
    claimed = find_localisation_bases(
        REGION_JH,
        BERG,
        "internal.procurement",
        on,
        via=committee,
        claimed=(parse_citation("KL 9:37"),),
    )
    assert [b.kind for b in claimed] == [BasisKind.AVTALSSAMVERKAN, BasisKind.JOINT_FORM]


def test_claimed_school_transfer_to_a_region() -> None:
    on = date(2021, 1, 1)
    for claim in ("SkolL 23:23", "SkolL 23:21", "SkolL 23:20–25"):
        bases = find_localisation_bases(
            REGION_JH, BERG, "school.adult-education", on, claimed=(parse_citation(claim),)
        )
        assert [(b.kind, b.citation.short()) for b in bases] == [
            (BasisKind.SPECIAL_LAW, "SkolL 23:23"),
        ], claim
        assert "bär också ansvaret" in bases[0].explanation
    # 23:8 1 p. names only "enskild fysisk eller juridisk person": no certain basis (E1).
    assert find_localisation_bases(REGION_JH, BERG, "school.adult-education", on) == ()
    # Samverkan under SFS 2020:605 exists only from 2020-08-01 (E2).
    before = find_localisation_bases(
        REGION_JH,
        BERG,
        "school.adult-education",
        date(2020, 7, 31),
        claimed=(parse_citation("SkolL 23:23"),),
    )
    assert before == ()


def test_transfers_between_levels_stay_within_the_county() -> None:
    claimed = (parse_citation("HSL 14:1"),)
    on = date(2019, 1, 1)
    within = find_localisation_basis(BERG, REGION_JH, "hsl.home-care", on, claimed=claimed)
    assert within is not None
    assert (within.kind, within.citation.short()) == (BasisKind.SPECIAL_LAW, "HSL 14:1")
    elsewhere = find_localisation_basis(
        BERG, REGION_STOCKHOLM, "hsl.home-care", on, claimed=claimed
    )
    assert elsewhere is not None
    assert elsewhere.kind is BasisKind.AVTALSSAMVERKAN
    wrong_way = find_localisation_basis(REGION_JH, BERG, "hsl.home-care", on, claimed=claimed)
    assert wrong_way is not None
    assert wrong_way.kind is BasisKind.AVTALSSAMVERKAN


def test_transfer_that_does_not_move_responsibility() -> None:
    from samverkan.competence import Transfer

    area = TaskArea(
        "own.shared",
        "Delad uppgift",
        "Shared task",
        CATALOGUE.get("internal.it").holdings,
        transfers=(
            Transfer(
                "municipality",
                "municipality",
                Citation("2017:725", 2, "1"),
                None,
                moves_responsibility=False,
                verification=Verification.VERIFIED_RK,
            ),
        ),
    )
    basis = find_localisation_basis(
        OSTERSUND, BERG, area, date(2015, 1, 1), claimed=(parse_citation("KL 2:1"),)
    )
    assert basis is not None
    assert basis.explanation.endswith("2 kap. 1 § kommunallagen (2017:725).")
    assert (
        find_localisation_basis(
            KSON, BERG, area, date(2015, 1, 1), claimed=(parse_citation("KL 2:1"),)
        )
        is None
    )


def test_patient_transport_direction_and_dates() -> None:
    area = "hsl.patient-transport"
    for region in (REGION_JH, GOTLAND):
        basis = find_localisation_basis(BERG, region, area, date(2015, 1, 1))
        assert basis is not None, region
        assert basis.citation.short() == "2009:47 3:2"
        assert "sjuktransporter" in basis.explanation
    assert find_localisation_basis(BERG, KSON, area, date(2015, 1, 1)) is None
    assert find_localisation_basis(BERG, REGION_JH, area, date(2008, 1, 1)) is None


def test_public_transport_company_under_2009_47_3_3() -> None:
    area = "ktl.regional-public-transport"
    basis = find_localisation_basis(BUS_AB, REGION_JH, area, date(2015, 1, 1))
    assert basis is not None
    assert basis.citation.short() == "2009:47 3:3"
    assert find_localisation_basis(BERG, REGION_JH, area, date(2015, 1, 1)) is None
    general = find_localisation_basis(BERG, REGION_JH, area, date(2019, 1, 1))
    assert general is not None
    assert general.kind is BasisKind.AVTALSSAMVERKAN


def _custom(*exceptions: Citation, holder: str = "municipality") -> TaskArea:
    return TaskArea(
        "own.custom",
        "Egen uppgift",
        "Own task",
        (
            Holding(
                holder,  # type: ignore[arg-type]
                Duty.MAY,
                Citation("2017:725", 2, "1"),
                None,
                None,
                Verification.VERIFIED_RK,
            ),
        ),
        localisation_exceptions=exceptions,
    )


def test_samhallsorientering_is_a_dead_reference() -> None:
    area = _custom(Citation("2009:47", 1, "2"), Citation("2009:47", 3, "7"))
    assert find_localisation_basis(OSTERSUND, BERG, area, date(2015, 1, 1)) is None


def test_2009_47_own_measures_are_no_basis_for_another_party() -> None:
    """E4: of the 2009:47 1:2 list only 3:2 and 3:3 are powers to act for someone else; 2:3,
    2:4, 2:10, 4:1 and 5 kap. free only the party's own measures."""
    for cited in (("5", "1"), ("2", "3"), ("2", "4"), ("2", "10"), ("4", "1")):
        area = _custom(Citation("2009:47", int(cited[0]), cited[1]))
        assert find_localisation_basis(OSTERSUND, BERG, area, date(2015, 1, 1)) is None
        assert own_measures_exception(area, date(2015, 1, 1)) == Citation(
            "2009:47", int(cited[0]), cited[1]
        )
    assert find_localisation_basis(OSTERSUND, BERG, "kombef.tourism", date(2017, 1, 1)) is None


def test_a_claimed_own_measures_exception_gets_information() -> None:
    """E4: claiming 2009:47 4:1 for tourism performed for another kommun is explained."""
    tourism = _cooperation(
        performing=OSTERSUND,
        tasks=(Task("kombef.tourism"),),
        concluded_on=date(2019, 1, 1),
        legal_basis=(parse_citation("2009:47 4:1"),),
    )
    (finding,) = check(tourism, as_of=TODAY).by_rule(LOCALISATION)
    assert finding.severity is Severity.INFO
    assert finding.message().startswith("2009:47 4:1 fritar bara partens egna åtgärder")
    unclaimed = _cooperation(
        performing=OSTERSUND, tasks=(Task("kombef.tourism"),), concluded_on=date(2019, 1, 1)
    )
    assert check(unclaimed, as_of=TODAY).by_rule(LOCALISATION) == ()


def test_exceptions_from_other_acts() -> None:
    area = _custom(Citation("2010:900", 7, "1"), Citation("1999:999", 1, "1"))
    bases = find_localisation_bases(OSTERSUND, BERG, area, date(2012, 1, 1))
    assert [b.citation.sfs for b in bases] == ["2010:900", "1999:999"]
    before_pbl = find_localisation_bases(OSTERSUND, BERG, area, date(2010, 1, 1))
    assert [b.citation.sfs for b in before_pbl] == ["1999:999"]


def test_school_entreprenad_needs_a_municipality_or_region_performing() -> None:
    on = date(2019, 1, 1)
    assert find_localisation_basis(KSON, BERG, "school.compulsory", on) is None
    assert find_localisation_bases(BERG, BERG, "school.compulsory", on) == ()


def test_area_ids_resolve_in_the_given_catalogue() -> None:
    mine = TaskAreaCatalogue([_custom(Citation("2010:900", 7, "1"))])
    basis = find_localisation_basis(OSTERSUND, BERG, "own.custom", date(2015, 1, 1), catalogue=mine)
    assert basis is not None
    with pytest.raises(UnknownTaskAreaError):
        find_localisation_basis(OSTERSUND, BERG, "own.custom", date(2015, 1, 1))


def test_claims_of_the_2009_47_list_or_the_joint_form_decide_the_order() -> None:
    area = "hsl.patient-transport"
    committee = _committee(Task(area), parties=(REGION_JH, BERG))
    on = date(2015, 1, 1)
    listed = find_localisation_bases(
        BERG, REGION_JH, area, on, via=committee, claimed=(parse_citation("2009:47 1:2"),)
    )
    assert [b.citation.short() for b in listed] == ["2009:47 3:2", "KL 9:19"]
    joint = find_localisation_bases(
        BERG, REGION_JH, area, on, via=committee, claimed=(parse_citation("KL 9:19"),)
    )
    assert [b.citation.short() for b in joint] == ["KL 9:19", "2009:47 3:2"]
