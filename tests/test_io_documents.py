"""Documents: lossless, deterministic round trips of the real systems, in JSON and TOML."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan.errors import DocumentError
from samverkan.io import (
    FORMATS,
    KINDS,
    SCHEMA_VERSION,
    Bundle,
    Document,
    dump,
    dumps,
    from_data,
    kind_of,
    load,
    loads,
    to_data,
)
from samverkan.law import parse_citation
from samverkan.model import (
    Adoption,
    AnnualReport,
    AssemblyForm,
    AuditArrangement,
    Body,
    Charter,
    CharterItem,
    CharterProvision,
    CompanyForm,
    Compensation,
    ContractualCooperation,
    DelegateKind,
    Delegation,
    Extent,
    FederationPurpose,
    Instrument,
    ItemStatus,
    JointCommittee,
    JointCommitteeBasis,
    JointlyOwnedCompany,
    LocalFederation,
    MatterCategory,
    Office,
    Organisation,
    OrganisationKind,
    OwnerCondition,
    Period,
    Role,
    Seat,
    Shareholding,
    Task,
)
from samverkan.model.cooperation_agreement import AgreementRegister
from samverkan.parties import registry
from seeds import (
    gnu_region,
    jamtland_agreement,
    jamtland_committees,
    jamtland_pot,
    jamtland_structure,
    norrtalje_federation,
    tiohundra,
    vasterbotten_structure,
)


def real_systems() -> list[object]:
    """Every real system of the seeds, one per kind and a bundle of several."""
    committees = jamtland_committees()
    return [
        *committees,
        norrtalje_federation(),
        tiohundra(),
        jamtland_structure(),
        vasterbotten_structure(),
        jamtland_pot(),
        jamtland_agreement(),
        AgreementRegister((jamtland_agreement(),)),
        Bundle((*committees, norrtalje_federation(), tiohundra(), jamtland_pot())),
    ]


def contracted_rescue(amount: Decimal) -> ContractualCooperation:
    reg = registry()
    return ContractualCooperation(
        "Räddningstjänst för Berg och Härjedalen",
        commissioning=(reg.party("2326"), reg.party("2361")),
        performing=reg.party("2380"),
        tasks=(Task("lso.rescue-services", "Räddningstjänst enligt LSO", extent=Extent.PART),),
        concluded_on=date(2019, 9, 2),
        period=Period(date(2020, 1, 1), date(2023, 12, 31)),
        compensation=Compensation(amount, basis="per invånare"),
        legal_basis=(parse_citation("KL 9:37"), parse_citation("LSO 3:16")),
    )


SYSTEMS = real_systems()
IDS = [f"{kind_of(m)}-{i}" for i, m in enumerate(SYSTEMS)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", SYSTEMS, ids=IDS)
def test_model_round_trip(model: object, fmt: str) -> None:
    document = loads(dumps(model, fmt), fmt)  # type: ignore[arg-type]
    assert document.content == model
    assert document.kind == kind_of(model)
    assert document.schema_version == SCHEMA_VERSION


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", SYSTEMS, ids=IDS)
def test_canonical_text_round_trip(model: object, fmt: str) -> None:
    text = dumps(model, fmt)  # type: ignore[arg-type]
    assert dumps(loads(text, fmt), fmt) == text  # type: ignore[arg-type]
    assert dumps(model, fmt) == text  # type: ignore[arg-type]


def test_json_is_canonical() -> None:
    text = dumps(gnu_region())
    assert text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == ["content", "kind", "schema_version"]
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert data["content"]["host"] == "23"
    assert data["content"]["parties"][:3] == ["23", "2303", "2305"]
    # defaults are left out: the basis is KL 9:19, and the adoptions are by fullmäktige
    assert "basis" not in data["content"]
    assert data["content"]["agreement"]["adoptions"][0] == {"party": "23"}


def test_non_ascii_is_kept() -> None:
    text = dumps(norrtalje_federation())
    assert '"förbundsdirektion"' in text
    assert "\\u" not in text
    toml = dumps(norrtalje_federation(), "toml")
    assert 'assembly = "förbundsdirektion"' in toml
    committee = jamtland_committees()[0]
    assert loads(dumps(committee).encode("utf-8")).content.parties[1].name == "Ragunda"


def test_decimal_amounts_are_exact() -> None:
    model = contracted_rescue(Decimal("368000.004"))
    text = dumps(model)
    assert '"amount": "368000.004"' in text
    for fmt in FORMATS:
        back = loads(dumps(model, fmt), fmt).content  # type: ignore[arg-type]
        assert back.compensation.amount.as_tuple() == Decimal("368000.004").as_tuple()


def test_decimal_trailing_zeros_and_negative_zero() -> None:
    model = contracted_rescue(Decimal("1200.50"))
    assert '"amount": "1200.50"' in dumps(model)
    assert '"amount": "0"' in dumps(contracted_rescue(Decimal("-0")))
    assert '"amount": "100"' in dumps(contracted_rescue(Decimal("1E+2")))


def test_exact_json_numbers_are_accepted_for_amounts() -> None:
    text = dumps(contracted_rescue(Decimal(1))).replace('"amount": "1"', '"amount": 368000.004')
    amount = loads(text).content.compensation.amount
    assert amount == Decimal("368000.004")
    assert str(amount) == "368000.004"
    text = dumps(contracted_rescue(Decimal(1))).replace('"amount": "1"', '"amount": 12')
    assert loads(text).content.compensation.amount == Decimal(12)


def test_toml_written_by_hand() -> None:
    text = """
schema_version = "1.0"
kind = "contractual_cooperation"

[content]
name = "Räddningstjänst"
commissioning = ["2326"]
performing = "2380"
concluded_on = 2019-09-02
legal_basis = ["9 kap. 37 § kommunallagen (2017:725)"]

[[content.tasks]]
area = "lso.rescue-services"

[content.compensation]
amount = 368000.004
"""
    content = loads(text, "toml").content
    assert content.concluded_on == date(2019, 9, 2)
    assert content.compensation.amount == Decimal("368000.004")
    assert content.legal_basis[0].short() == "KL 9:37"
    assert 'concluded_on = "2019-09-02"' in dumps(content, "toml")


def test_output_is_deterministic() -> None:
    for model in SYSTEMS:
        for fmt in FORMATS:
            assert dumps(model, fmt) == dumps(model, fmt)  # type: ignore[arg-type]
    first = dumps(Bundle(tuple(real_systems()[:-2])))
    assert first == dumps(Bundle(tuple(real_systems()[:-2])))


def test_frozensets_are_sorted() -> None:
    delegation = Delegation(
        "Beslut om bygglov",
        DelegateKind.EMPLOYEE,
        categories=frozenset(
            {MatterCategory.PROCUREMENT, MatterCategory.AUTHORITY, MatterCategory.APPEALABLE}
        ),
    )
    committee = JointCommittee(
        "Gemensam byggnadsnämnd",
        (registry().party("2326"), registry().party("2380")),
        registry().party("2380"),
        delegations=(delegation,),
    )
    data = to_data(committee)
    assert data["content"]["delegations"][0]["categories"] == [
        "kan överklagas enligt 13 kap. KL",
        "myndighetsutövning",
        "upphandling",
    ]
    holding = Shareholding(
        registry().party("2326"),
        Decimal(50),
        secured=frozenset({OwnerCondition.PUBLIC_INSIGHT, OwnerCondition.PURPOSE_SET}),
    )
    company = JointlyOwnedCompany("Bolaget AB", (holding,))
    assert to_data(company)["content"]["holdings"][0]["secured"] == [1, 6]
    assert loads(dumps(company)).content == company


def test_bom_is_accepted() -> None:
    text = dumps(tiohundra())
    assert loads(b"\xef\xbb\xbf" + text.encode("utf-8")).content == tiohundra()
    assert loads("\ufeff" + text).content == tiohundra()
    toml = dumps(tiohundra(), "toml")
    assert loads(b"\xef\xbb\xbf" + toml.encode("utf-8"), "toml").content == tiohundra()


def test_files(tmp_path: Path) -> None:
    for fmt in FORMATS:
        path = tmp_path / f"kson.{fmt}"
        dump(norrtalje_federation(), path)
        assert path.read_bytes() == dumps(norrtalje_federation(), fmt).encode("utf-8")  # type: ignore[arg-type]
        assert load(path).content == norrtalje_federation()
        assert load(str(path)).content == norrtalje_federation()
    odd = tmp_path / "kson.txt"
    dump(tiohundra(), odd, format="toml")
    assert load(odd, format="toml").content == tiohundra()
    upper = tmp_path / "KSON.JSON"
    dump(Document.of(tiohundra()), upper)
    assert load(upper).content == tiohundra()


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as missing:
        load(tmp_path / "missing.json")
    assert missing.value.problems[0][0] == "$"
    assert "cannot read the file" in missing.value.problems[0][1]
    assert missing.value.source == str(tmp_path / "missing.json")
    with pytest.raises(DocumentError, match=r"suffix '\.yaml'"):
        load(tmp_path / "doc.yaml")
    with pytest.raises(ValueError, match=r"suffix '\.yaml'"):
        dump(tiohundra(), tmp_path / "doc.yaml")
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0"}', encoding="utf-8")
    with pytest.raises(DocumentError) as error:
        load(bad)
    assert str(bad) in str(error.value)


def test_source_is_named() -> None:
    with pytest.raises(DocumentError) as error:
        loads("[]", source="stdin")
    assert error.value.source == "stdin"
    assert str(error.value).startswith("stdin: 1 problem(s)")


def test_only_text_or_bytes_are_read() -> None:
    assert loads(bytearray(dumps(tiohundra()), "utf-8")).content == tiohundra()
    with pytest.raises(DocumentError, match="expected the text of a document, got an object"):
        loads({"schema_version": "1.0"})  # type: ignore[arg-type]


def test_unknown_formats() -> None:
    with pytest.raises(DocumentError, match="unknown format 'yaml'"):
        loads("{}", "yaml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        dumps(tiohundra(), "yaml")  # type: ignore[arg-type]


def test_document_checks_its_content() -> None:
    assert Document.of(tiohundra()) == Document("jointly_owned_company", tiohundra(), "1.2")
    with pytest.raises(ValueError, match="unknown kind 'company'"):
        Document("company", tiohundra())
    with pytest.raises(TypeError, match="holds a JointCommittee, not a JointlyOwnedCompany"):
        Document("joint_committee", tiohundra())
    with pytest.raises(ValueError, match="newer than this samverkan"):
        Document("jointly_owned_company", tiohundra(), "1.3")
    with pytest.raises(TypeError, match="cannot stand alone"):
        kind_of(Period(date(2020, 1, 1)))
    with pytest.raises(TypeError, match="cannot stand alone"):
        dumps(Period(date(2020, 1, 1)))


def test_kinds() -> None:
    """The kinds documents already use stay (new ones come from the registry of kinds)."""
    assert set(KINDS) >= {
        "joint_committee",
        "local_federation",
        "contractual_cooperation",
        "jointly_owned_company",
        "collaboration_structure",
        "fund_pot",
        "cooperation_agreement",
        "agreement_register",
        "bundle",
    }
    assert kind_of(jamtland_pot()) == "fund_pot"


def test_bundle_items_are_tagged() -> None:
    data = to_data(Bundle((gnu_region(), jamtland_pot())))
    assert data["kind"] == "bundle"
    assert [item["type"] for item in data["content"]["items"]] == ["joint_committee", "fund_pot"]
    assert to_data(Bundle()) == {"schema_version": "1.2", "kind": "bundle", "content": {}}
    assert loads(dumps(Bundle(), "toml"), "toml").content == Bundle()


def test_from_data_reads_parsed_data() -> None:
    data: dict[str, Any] = to_data(tiohundra())
    assert from_data(data).content == tiohundra()
    data["content"]["holdings"][0]["percent"] = Decimal("99.5")
    assert from_data(data).content.holdings[0].percent == Decimal("99.5")


def test_toml_cannot_hold_null() -> None:
    data = to_data(tiohundra())
    from samverkan.io.documents import _toml_ready

    data["content"]["purpose"] = None
    with pytest.raises(ValueError, match=r"null value \(at \$\.content\.purpose\)"):
        _toml_ready(data, "$")


# -- property tests -------------------------------------------------------------------------

REG = registry()
PARTIES = st.sampled_from([*REG.municipalities(), *REG.regions()])
TEXT = st.text(max_size=12)
OPTIONAL_TEXT = st.none() | TEXT
DATES = st.dates()
ORGNR = st.from_regex(r"[0-9]{6}-[0-9]{4}", fullmatch=True)
#: Organisation numbers with a valid check digit, for the fields that validate them.
VALID_ORGNR = st.sampled_from(["202100-5521", "202100-2114", "222000-1354", "5567501696"])
ORGANISATIONS = st.builds(Organisation, TEXT, st.sampled_from(OrganisationKind), st.none() | ORGNR)
PARTICIPANTS = PARTIES | ORGANISATIONS
AMOUNTS = st.decimals(min_value=0, allow_nan=False, allow_infinity=False, places=3)
CITATIONS = st.sampled_from(
    [
        parse_citation(text)
        for text in (
            "KL 9:37 2 st.",
            "KL 9:19–36",
            "KL 6:38 1 st. 3 p.",
            "3 kap. 20 § kommunallagen (1991:900)",
            "SkolL 23:3",
            "LSS 9 §",
            "2009:47 1:2",
        )
    ]
)


def tuples(strategy: st.SearchStrategy[Any], size: int = 3) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=size).map(tuple)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(DATES)
    return Period(start, draw(st.none() | st.dates(min_value=start)))


@st.composite
def seats(draw: st.DrawFn) -> Seat:
    role = draw(st.sampled_from(Role))
    return Seat(
        draw(PARTICIPANTS),
        role,
        office=draw(st.none() | st.sampled_from(Office)),
        person=draw(OPTIONAL_TEXT),
        term=draw(st.none() | periods()),
        id=draw(OPTIONAL_TEXT),
        substitutes_for=draw(OPTIONAL_TEXT) if role is Role.SUBSTITUTE else None,
        appointed_by=draw(st.sampled_from(Body)),
    )


ADOPTIONS = st.builds(
    Adoption, PARTICIPANTS, st.sampled_from(Body), st.none() | DATES, OPTIONAL_TEXT
)
TASKS = st.builds(Task, TEXT, TEXT, tuples(PARTICIPANTS), st.sampled_from(Extent))
INSTRUMENTS = st.builds(
    Instrument, OPTIONAL_TEXT, tuples(ADOPTIONS), tuples(TEXT), st.none() | DATES
)
DELEGATIONS = st.builds(
    Delegation,
    TEXT,
    st.sampled_from(DelegateKind),
    st.none() | PARTICIPANTS,
    st.frozensets(st.sampled_from(MatterCategory)),
    st.booleans(),
)
SMALL_INTS = st.none() | st.integers(min_value=-(10**20), max_value=10**20)

JOINT_COMMITTEES = st.builds(
    JointCommittee,
    name=TEXT,
    parties=tuples(PARTICIPANTS),
    host=PARTICIPANTS,
    tasks=tuples(TASKS),
    basis=st.sampled_from(JointCommitteeBasis),
    agreement=st.none() | INSTRUMENTS,
    standing_rules=st.none() | INSTRUMENTS,
    seats=tuples(seats()),
    delegations=tuples(DELEGATIONS),
    established_year=SMALL_INTS,
    audit=st.none() | st.builds(AuditArrangement, tuples(PARTIES), tuples(PARTICIPANTS)),
    short_name=OPTIONAL_TEXT,
    notes=TEXT,
)
CHARTERS = st.builds(
    Charter,
    title=OPTIONAL_TEXT,
    adoptions=tuples(ADOPTIONS),
    tasks=tuples(TEXT),
    effective=st.none() | DATES,
    provisions=tuples(
        st.builds(CharterProvision, st.sampled_from(CharterItem), st.sampled_from(ItemStatus), TEXT)
    ),
    provisions_recorded=st.booleans(),
    seat=OPTIONAL_TEXT,
    purpose=OPTIONAL_TEXT,
    term_years=st.none() | st.integers(1, 12),
    exit_notice_months=SMALL_INTS,
    formation_date=st.none() | DATES,
)
LOCAL_FEDERATIONS = st.builds(
    LocalFederation,
    name=TEXT,
    members=tuples(PARTICIPANTS),
    assembly=st.sampled_from(AssemblyForm),
    seats=tuples(seats()),
    board_seats=tuples(seats()),
    charter=st.none() | CHARTERS,
    tasks=tuples(TASKS),
    purpose=st.sampled_from(FederationPurpose),
    formed_on=st.none() | DATES,
    owned_companies=tuples(TEXT),
    short_name=OPTIONAL_TEXT,
)
CONTRACTUAL = st.builds(
    ContractualCooperation,
    name=TEXT,
    commissioning=tuples(PARTICIPANTS),
    performing=PARTICIPANTS,
    tasks=tuples(TASKS),
    concluded_on=st.none() | DATES,
    period=st.none() | periods(),
    compensation=st.none() | st.builds(Compensation, AMOUNTS, st.booleans(), TEXT),
    delegations=tuples(DELEGATIONS),
    legal_basis=tuples(CITATIONS),
    adoptions=tuples(ADOPTIONS),
    annual_reports=tuples(
        st.builds(AnnualReport, PARTICIPANTS, st.integers(1900, 2100), st.none() | DATES)
    ),
)
COMPANIES = st.builds(
    JointlyOwnedCompany,
    name=TEXT,
    holdings=tuples(
        st.builds(
            Shareholding,
            PARTICIPANTS,
            AMOUNTS,
            st.none() | st.frozensets(st.sampled_from(OwnerCondition)),
            st.none() | ADOPTIONS,
        )
    ),
    form=st.sampled_from(CompanyForm),
    orgnr=st.none() | VALID_ORGNR,
    purpose=OPTIONAL_TEXT,
    exercises_authority=st.booleans(),
    authority_basis=st.none() | CITATIONS,
)
MODELS = JOINT_COMMITTEES | LOCAL_FEDERATIONS | CONTRACTUAL | COMPANIES
PROPERTY_SETTINGS = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(MODELS)
def test_any_model_survives_json(model: object) -> None:
    text = dumps(model)
    assert loads(text).content == model
    assert dumps(loads(text)) == text


@PROPERTY_SETTINGS
@given(MODELS)
def test_any_model_survives_toml(model: object) -> None:
    text = dumps(model, "toml")
    assert loads(text, "toml").content == model
    assert dumps(loads(text, "toml"), "toml") == text


@PROPERTY_SETTINGS
@given(tuples(MODELS, 3))
def test_any_bundle_survives(items: tuple[Any, ...]) -> None:
    bundle = Bundle(items)
    for fmt in FORMATS:
        assert loads(dumps(bundle, fmt), fmt).content == bundle  # type: ignore[arg-type]
