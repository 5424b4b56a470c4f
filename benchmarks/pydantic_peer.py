"""The peer a user would otherwise write: pydantic v2 models of the core documents.

Joint committees, local federations and contractual cooperation, with the same fields,
defaults, encodings and shape invariants as samverkan's attrs models: strict types (no
coercion), unknown fields refused, parties written by code and resolved through the same
registry, organisations tagged ``{"type": "organisation"}``, exact decimal amounts, ISO
dates, citations parsed with :func:`samverkan.law.parse_citation`, and every bundle item
tagged with its kind in ``"type"``. Only the benchmark uses it (``pip install pydantic``);
the library does not depend on pydantic.

It reads the same bytes as :func:`samverkan.io.loads` (``PeerDocument.model_validate_json``:
parsing and validation in one pass in pydantic-core's Rust). Two differences in what it
accepts, both in pydantic's favour for speed: pydantic's JSON parser keeps the last of
duplicate keys silently (samverkan refuses them), and its strict ``Decimal`` also accepts
exponent forms such as ``"1e3"`` (samverkan accepts plain digits only).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator
from pydantic.functional_validators import PlainValidator

from samverkan.errors import SamverkanError
from samverkan.law import Citation, parse_citation
from samverkan.model import (
    AssemblyForm,
    Body,
    CharterItem,
    DelegateKind,
    Extent,
    FederationPurpose,
    ItemStatus,
    JointCommitteeBasis,
    MatterCategory,
    Office,
    OrganisationKind,
    Role,
)
from samverkan.parties import Municipality, Region, registry

__all__ = ["PeerDocument", "load_core"]

_REGISTRY = registry()
_EVERY_PARTY: list[Municipality | Region] = [*_REGISTRY.municipalities(), *_REGISTRY.regions()]
_PARTIES: dict[str, Municipality | Region] = {p.code: p for p in _EVERY_PARTY}


def _party(value: Any) -> Municipality | Region:
    if not isinstance(value, str):
        raise ValueError("expected a municipality or region code")
    try:
        return _PARTIES[value]
    except KeyError:
        raise ValueError(f"unknown municipality or region code {value!r}") from None


def _citation(value: Any) -> Citation:
    if not isinstance(value, str):
        raise ValueError("expected a citation such as 'KL 9:37 2 st.'")
    try:
        return parse_citation(value)
    except SamverkanError as error:
        raise ValueError(str(error)) from None


PartyCode = Annotated[Municipality | Region, PlainValidator(_party)]
CitationText = Annotated[Citation, PlainValidator(_citation)]
Amount = Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]


class _Model(BaseModel):
    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, arbitrary_types_allowed=True
    )


class Organisation(_Model):
    type: Literal["organisation"]
    name: str
    kind: OrganisationKind
    orgnr: str | None = None


def _participant_tag(value: Any) -> str | None:
    if isinstance(value, str):
        return "code"
    if isinstance(value, dict):
        return "organisation"
    return None


Participant = Annotated[
    Annotated[PartyCode, Tag("code")] | Annotated[Organisation, Tag("organisation")],
    Discriminator(_participant_tag),
]


class Period(_Model):
    start: date
    end: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end is not None and self.end < self.start:
            raise ValueError("a period cannot end before it starts")
        return self


class Adoption(_Model):
    party: Participant
    body: Body = Body.FULLMAKTIGE
    on: date | None = None
    reference: str | None = None


class Instrument(_Model):
    title: str | None = None
    adoptions: tuple[Adoption, ...] = ()
    tasks: tuple[str, ...] = ()
    effective: date | None = None


class Task(_Model):
    area: str
    description: str = ""
    for_parties: tuple[Participant, ...] = ()
    extent: Extent = Extent.WHOLE


class Seat(_Model):
    party: Participant
    role: Role = Role.MEMBER
    office: Office | None = None
    person: str | None = None
    term: Period | None = None
    id: str | None = None
    substitutes_for: str | None = None
    appointed_by: Body = Body.FULLMAKTIGE

    @model_validator(mode="after")
    def _substitute(self) -> Seat:
        if self.substitutes_for is not None and self.role is not Role.SUBSTITUTE:
            raise ValueError("only an ersättare seat can name the seat it substitutes for")
        return self


class Delegation(_Model):
    matter: str
    delegate: DelegateKind
    employer: Participant | None = None
    categories: frozenset[MatterCategory] = frozenset()
    sub_delegation: bool = False


class AuditArrangement(_Model):
    auditing_parties: tuple[Participant, ...] = ()
    discharging_parties: tuple[Participant, ...] = ()


class JointCommittee(_Model):
    type: Literal["joint_committee"]
    name: str
    parties: tuple[Participant, ...]
    host: Participant
    tasks: tuple[Task, ...] = ()
    basis: JointCommitteeBasis = JointCommitteeBasis.KL
    agreement: Instrument | None = None
    standing_rules: Instrument | None = None
    seats: tuple[Seat, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    established_year: int | None = None
    audit: AuditArrangement | None = None
    short_name: str | None = None
    notes: str = ""


class CharterProvision(_Model):
    item: CharterItem
    status: ItemStatus = ItemStatus.FREE_TEXT
    text: str = ""


class Charter(Instrument):
    provisions: tuple[CharterProvision, ...] = ()
    provisions_recorded: bool = True
    seat: str | None = None
    purpose: str | None = None
    term_years: int | None = None
    exit_notice_months: int | None = None
    formation_date: date | None = None


class LocalFederation(_Model):
    type: Literal["local_federation"]
    name: str
    members: tuple[Participant, ...]
    assembly: AssemblyForm
    seats: tuple[Seat, ...] = ()
    board_seats: tuple[Seat, ...] = ()
    charter: Charter | None = None
    tasks: tuple[Task, ...] = ()
    purpose: FederationPurpose = FederationPurpose.GENERAL
    formed_on: date | None = None
    owned_companies: tuple[str, ...] = ()
    short_name: str | None = None


class Compensation(_Model):
    amount: Amount
    per_year: bool = True
    basis: str = ""


class AnnualReport(_Model):
    party: Participant
    year: int
    reported_on: date | None = None


class ContractualCooperation(_Model):
    type: Literal["contractual_cooperation"]
    name: str
    commissioning: tuple[Participant, ...]
    performing: Participant
    tasks: tuple[Task, ...]
    concluded_on: date | None = None
    period: Period | None = None
    compensation: Compensation | None = None
    delegations: tuple[Delegation, ...] = ()
    legal_basis: tuple[CitationText, ...] = ()
    adoptions: tuple[Adoption, ...] = ()
    annual_reports: tuple[AnnualReport, ...] = ()


CoreItem = Annotated[
    JointCommittee | LocalFederation | ContractualCooperation, Field(discriminator="type")
]


class Bundle(_Model):
    items: tuple[CoreItem, ...] = ()


class PeerDocument(_Model):
    schema_version: Annotated[str, Field(pattern=r"^1\.[0-9]+$")]
    kind: Literal["bundle"]
    content: Bundle


def load_core(data: bytes | str) -> PeerDocument:
    """A bundle document of core items, parsed and validated by pydantic."""
    return PeerDocument.model_validate_json(data)
