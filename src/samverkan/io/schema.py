"""JSON Schema (draft 2020-12) for every document kind, generated from the attrs models.

The generator walks each class's fields (:func:`attrs.fields`, :func:`typing.get_type_hints`)
with the same encodings as the converter: parties are code strings, other objects in a union
carry a ``"type"`` tag, amounts are decimal strings (or exact numbers), dates ISO text. Every
property has a description, from :data:`DESCRIPTIONS` or else from the sentence of the class
docstring that names the field.

>>> schema = schema_for("joint_committee")
>>> schema["properties"]["kind"]
{'const': 'joint_committee', 'description': 'The kind of model in content.'}
>>> committee = schema["$defs"]["JointCommittee"]
>>> committee["required"]
['name', 'parties', 'host']
>>> committee["properties"]["host"]["description"]
'The party in whose organisation the committee sits (värdkommun or värdregion).'
>>> schema["$defs"]["MunicipalityCode"]["pattern"]
'^[0-9]{4}$'
"""

from __future__ import annotations

import copy
import enum
import functools
import re
import types
import typing
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from samverkan.io.converter import (
    _SET_ORIGINS,
    DECIMAL_PATTERN,
    TAG_FIELD,
    _did_you_mean,
    _is_collection,
    _union_members,
    make_converter,
    type_tag,
)
from samverkan.io.documents import KINDS, READABLE_VERSIONS, SCHEMA_VERSION
from samverkan.law import Citation
from samverkan.model.common import DESCRIPTION, non_negative
from samverkan.parties import Municipality, Region

__all__ = ["DESCRIPTIONS", "SCHEMA_KINDS", "class_schema", "schema_for"]

#: The kinds for which :func:`schema_for` gives a schema.
SCHEMA_KINDS: tuple[str, ...] = tuple(KINDS)

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_NON_NEGATIVE_PATTERN = r"^[0-9]+(\.[0-9]+)?$"

#: The description of every field of every model, keyed by (class name, field name).
#: A subclass inherits the descriptions of its base class's fields.
DESCRIPTIONS: Mapping[tuple[str, str], str] = {
    # -- the envelope and bundles
    ("Document", "schema_version"): "The version of the document format.",
    ("Document", "kind"): "The kind of model in content.",
    ("Document", "content"): "The model itself.",
    ("Bundle", "items"): "The models in the bundle, each tagged with its kind in 'type'.",
    # -- common building blocks
    ("Organisation", "name"): "The organisation's name.",
    ("Organisation", "kind"): (
        "What kind of organisation it is (kommunalförbund, aktiebolag, stiftelse, …)."
    ),
    ("Organisation", "orgnr"): "Its organisation number (organisationsnummer), if known.",
    ("Period", "start"): "The first day of the period.",
    ("Period", "end"): "The last day of the period, included; absent when open-ended.",
    ("Adoption", "party"): "The party whose organ took the decision.",
    ("Adoption", "body"): "The organ that decided (fullmäktige unless stated).",
    ("Adoption", "on"): "The day of the decision (beslutsdatum), if known.",
    ("Adoption", "reference"): "The minute reference as the party writes it, e.g. 'KF § 92'.",
    ("Adoption", "adopted"): (
        "False to record that the organ has not adopted the document (a recorded absence)."
    ),
    ("Instrument", "title"): "The document's title.",
    ("Instrument", "adoptions"): "The decisions by which the parties adopted it (antagande).",
    ("Instrument", "tasks"): "The task-area ids the document sets out.",
    ("Instrument", "effective"): "The day it takes effect (ikraftträdande), if stated.",
    ("Instrument", "exists"): (
        "False to record that there is no such document; leave the document out when its "
        "existence is not known."
    ),
    ("Instrument", "adoptions_complete"): (
        "True when the adoptions list every decision taken, so that a party not listed has "
        "not adopted; otherwise its adoption is unrecorded."
    ),
    ("Task", "area"): "The id of the task area (verksamhetsområde) in the competence catalogue.",
    ("Task", "description"): "The task (uppgift) in the document's own words.",
    ("Task", "for_parties"): (
        "The parties on whose behalf the task is carried out; empty means all parties."
    ),
    ("Task", "extent"): "Whether the task is carried out in whole or in part (helt eller delvis).",
    # -- seats and delegation
    ("Seat", "party"): "The party whose organ appoints the seat.",
    ("Seat", "role"): "Ordinary member (ledamot) or substitute (ersättare).",
    ("Seat", "office"): "A presidium office held with the seat (ordförande, vice ordförande).",
    ("Seat", "person"): "The person holding the seat, once elected.",
    ("Seat", "term"): "The term of office (mandatperiod) of the seat.",
    ("Seat", "id"): "A short id by which a substitute seat can name this seat.",
    ("Seat", "substitutes_for"): "For an ersättare, the id of the ledamot seat it stands in for.",
    ("Seat", "appointed_by"): "The organ that elects the seat (normally fullmäktige).",
    ("Delegation", "matter"): "The matter or group of matters delegated (ärende).",
    ("Delegation", "delegate"): "Who receives the power to decide (delegat).",
    ("Delegation", "employer"): "The party that employs the delegate, for employees.",
    ("Delegation", "categories"): "The legal categories of the matter that limit delegation.",
    ("Delegation", "sub_delegation"): (
        "Whether this is a förvaltningschef's onward delegation (vidaredelegering)."
    ),
    # -- joint committees
    ("JointCommittee", "name"): "The committee's name (gemensam nämnd).",
    ("JointCommittee", "parties"): "The cooperating municipalities and regions.",
    ("JointCommittee", "host"): (
        "The party in whose organisation the committee sits (värdkommun or värdregion)."
    ),
    ("JointCommittee", "tasks"): "The tasks the parties hand to the committee.",
    ("JointCommittee", "basis"): "The act the committee is formed under.",
    ("JointCommittee", "agreement"): "The agreement (överenskommelse) setting out the tasks.",
    ("JointCommittee", "standing_rules"): "The standing rules (reglemente) each party adopts.",
    ("JointCommittee", "seats"): "The members (ledamöter) and substitutes (ersättare).",
    ("JointCommittee", "seats_complete"): (
        "True when the seats list every seat, so that a party with none listed has none; "
        "otherwise its seats are unrecorded."
    ),
    ("JointCommittee", "delegations"): "The committee's delegations of decision-making.",
    ("JointCommittee", "established_year"): "The year the committee was formed.",
    ("JointCommittee", "audit"): "Who audits and who decides on discharge, where stated.",
    ("JointCommittee", "short_name"): "A short name or abbreviation.",
    ("JointCommittee", "notes"): "Free-text notes.",
    ("AuditArrangement", "auditing_parties"): "The parties whose revisorer audit the committee.",
    ("AuditArrangement", "discharging_parties"): (
        "The parties whose fullmäktige decide on discharge (ansvarsfrihet)."
    ),
    # -- local federations
    ("LocalFederation", "name"): "The federation's name (kommunalförbund).",
    ("LocalFederation", "members"): "The member municipalities and regions (förbundsmedlemmar).",
    ("LocalFederation", "assembly"): (
        "The form of the decision-making assembly: förbundsfullmäktige or förbundsdirektion."
    ),
    ("LocalFederation", "seats"): "The seats in the decision-making assembly.",
    ("LocalFederation", "seats_complete"): (
        "True when the seats list every seat of the assembly, so that a member with none "
        "listed has none; otherwise its seats are unrecorded."
    ),
    ("LocalFederation", "board_seats"): (
        "The seats in the förbundsstyrelse, where the assembly is a förbundsfullmäktige."
    ),
    ("LocalFederation", "charter"): "The founding charter (förbundsordning).",
    ("LocalFederation", "tasks"): "The tasks the members hand to the federation.",
    ("LocalFederation", "purpose"): "A statutory purpose that brings special rules.",
    ("LocalFederation", "formed_on"): "The day the federation was formed (bildades).",
    ("LocalFederation", "owned_companies"): "The names of companies the federation owns.",
    ("LocalFederation", "short_name"): "A short name or abbreviation.",
    ("Charter", "provisions"): "What the charter says on each of the 18 items of KL 9:6.",
    ("Charter", "provisions_recorded"): (
        "True when the provisions record the charter's whole content, so that an item not "
        "listed is absent; otherwise an item not listed is unrecorded and not judged."
    ),
    ("Charter", "seat"): "The federation's seat (säte).",
    ("Charter", "purpose"): "The federation's purpose (ändamål) as the charter states it.",
    ("Charter", "term_years"): "The assembly's term in years, where shorter than four.",
    ("Charter", "exit_notice_months"): "The notice period for leaving (uppsägningstid), months.",
    ("Charter", "formation_date"): "The day the federation is formed, as the charter states.",
    ("CharterProvision", "item"): "The item of KL 9:6 (1–18) the provision deals with.",
    (
        "CharterProvision",
        "status",
    ): "Whether the item is stated in structured form, as text, or not.",
    ("CharterProvision", "text"): "The provision's wording.",
    # -- contractual cooperation
    ("ContractualCooperation", "name"): "The name of the agreement (avtalssamverkan).",
    ("ContractualCooperation", "commissioning"): (
        "The parties whose tasks are performed (the commissioning parties)."
    ),
    ("ContractualCooperation", "performing"): "The party that performs the tasks (utförare).",
    ("ContractualCooperation", "tasks"): "The tasks performed, in whole or in part.",
    ("ContractualCooperation", "concluded_on"): "The day the agreement was concluded.",
    ("ContractualCooperation", "period"): "The period the agreement runs (avtalstid).",
    ("ContractualCooperation", "compensation"): "What the commissioning parties pay (ersättning).",
    ("ContractualCooperation", "delegations"): (
        "Delegations to the performing party's employees (KL 9:37 2 st.)."
    ),
    ("ContractualCooperation", "legal_basis"): (
        "The provisions relied on; empty means the general basis in KL 9:37."
    ),
    ("ContractualCooperation", "adoptions"): "The parties' decisions to enter the agreement.",
    ("ContractualCooperation", "annual_reports"): (
        "The styrelse's yearly reports to fullmäktige (KL 9:38)."
    ),
    ("ContractualCooperation", "annual_reports_complete"): (
        "True when the annual reports list every report made, so that a year not listed was "
        "not reported; otherwise it is unrecorded."
    ),
    ("Compensation", "amount"): "The amount in SEK, exact (ersättning).",
    ("Compensation", "per_year"): "Whether the amount is per year (true) or once (false).",
    ("Compensation", "basis"): "How the amount is calculated, in words.",
    ("AnnualReport", "party"): "The party whose styrelse reports.",
    ("AnnualReport", "year"): "The year reported on.",
    ("AnnualReport", "reported_on"): "The day the report reached fullmäktige.",
    # -- companies
    ("JointlyOwnedCompany", "name"): "The company's name.",
    ("JointlyOwnedCompany", "holdings"): "The owners and their holdings (ägarandelar).",
    ("JointlyOwnedCompany", "form"): "The legal form (aktiebolag, handelsbolag, stiftelse, …).",
    ("JointlyOwnedCompany", "orgnr"): "The company's organisation number, if known.",
    ("JointlyOwnedCompany", "purpose"): "The municipal purpose (kommunala ändamålet).",
    ("JointlyOwnedCompany", "exercises_authority"): (
        "Whether the company is handed the exercise of public authority (myndighetsutövning)."
    ),
    ("JointlyOwnedCompany", "authority_basis"): (
        "The provision in law that allows the handover of myndighetsutövning."
    ),
    ("Shareholding", "owner"): "The owner (ägare).",
    ("Shareholding", "percent"): "The owner's share in per cent, exact.",
    ("Shareholding", "secured"): (
        "The KL 10:3 conditions the owner's fullmäktige secured; absent when unrecorded."
    ),
    ("Shareholding", "decision"): "The owner's decision on the holding.",
    # -- collaboration structures
    ("CollaborationStructure", "name"): "The structure's name (samverkansstruktur).",
    ("CollaborationStructure", "principals"): "The principals (huvudmän) behind the structure.",
    ("CollaborationStructure", "bodies"): "The bodies of the structure (samverkansorgan).",
    ("CollaborationStructure", "support"): "Administrative support such as coordinators.",
    ("CollaborationStructure", "follow_ups"): "Reviews (uppföljning, översyn) of the structure.",
    ("CollaborationStructure", "period"): "The period the structure's agreement runs.",
    ("CollaborationStructure", "principles"): "The structure's ground rules, as worded.",
    ("CooperationBody", "id"): "The short id other parts of the structure use, e.g. 'RSR'.",
    ("CooperationBody", "name"): "The body's name.",
    ("CooperationBody", "level"): "Political level or officials' level.",
    ("CooperationBody", "kind"): "What kind of body it is (beslutande organ, samverkansråd, …).",
    ("CooperationBody", "mandate"): "What the body may decide and for whom (beslutsmandat).",
    ("CooperationBody", "remit"): "The target groups and areas the body works on (uppdrag).",
    ("CooperationBody", "representation"): "How many seats each principal holds.",
    ("CooperationBody", "seats"): "The seats in the body.",
    ("CooperationBody", "reports_to"): "The ids of the bodies it hands its matters to.",
    ("CooperationBody", "reports_to_principals"): (
        "The principals whose line organisations receive its matters directly."
    ),
    ("CooperationBody", "belongs_to"): "For a decision-making organ, the principal it belongs to.",
    ("CooperationBody", "meetings"): "When the body meets (sammanträdesplan).",
    ("Mandate", "matters"): "The matters the body may decide.",
    ("Mandate", "on_behalf_of"): (
        "The principals it decides for; empty means only its own internal matters."
    ),
    ("Mandate", "basis"): "Where the mandate comes from (reglemente, delegationsordning).",
    ("Remit", "target_groups"): "The target groups (målgrupper).",
    ("Remit", "areas"): "The areas (områden).",
    ("Remit", "description"): "The remit in words.",
    ("RepresentationScheme", "members"): "Member seats per principal without an override.",
    ("RepresentationScheme", "substitutes"): (
        "Substitute seats per principal without an override; absent when not specified."
    ),
    ("RepresentationScheme", "bound"): "How the numbers are read: exactly, at least, at most.",
    ("RepresentationScheme", "overrides"): "Principals with other numbers of seats.",
    ("RepresentationScheme", "every_principal"): (
        "Whether every principal is to be represented (länsövergripande)."
    ),
    ("RepresentationScheme", "substitute_policy"): "When a substitute (ersättare) attends.",
    ("PartySeats", "party"): "The party the numbers apply to.",
    ("PartySeats", "members"): "Its member seats (ledamöter).",
    ("PartySeats", "substitutes"): "Its substitute seats (ersättare); absent when not specified.",
    ("PartySeats", "bound"): "How the numbers are read: exactly, at least, at most.",
    ("MeetingSchedule", "dates"): "Explicit meeting dates.",
    ("MeetingSchedule", "rrule"): "An RFC 5545 recurrence rule with its DTSTART, as text.",
    ("MeetingSchedule", "per_year"): "Meetings per year, where stated without dates.",
    ("AdministrativeSupport", "name"): "The support function's name (e.g. koordinatorsfunktion).",
    ("AdministrativeSupport", "fte"): "Full-time equivalents (årsarbetare), exact.",
    ("AdministrativeSupport", "employer"): (
        "The principal that employs the staff (organisatorisk placering)."
    ),
    ("AdministrativeSupport", "supports"): "The ids of the bodies served; empty: all of them.",
    ("AdministrativeSupport", "cost_key"): "How the costs are shared (kostnadsfördelning).",
    ("CostShare", "payers"): "The parties bearing this share.",
    ("CostShare", "percent"): "The share of the costs in per cent, exact.",
    ("CostShare", "label"): "How the agreement names the payers, e.g. 'kommunerna'.",
    ("FollowUp", "what"): "What is to be reviewed (uppföljning, översyn).",
    ("FollowUp", "due"): "The day the review is due.",
    ("FollowUp", "proposed_by"): "The id of the body that proposed it.",
    ("FollowUp", "ordered_by"): "The id of the body that ordered it.",
    ("FollowUp", "ordered_on"): "The day it was ordered.",
    ("FollowUp", "assigned_to"): "Who carries it out.",
    ("FollowUp", "done_on"): "The day it was done.",
    ("FollowUp", "note"): "Free-text notes.",
    # -- fund pots
    ("Pot", "name"): "The pot's name (gemensam pott).",
    ("Pot", "decider"): "The body that decides on the use of the money.",
    ("Pot", "proposer"): "The body that prepares and proposes (bereder), if any.",
    ("Pot", "matter"): "The matter the decider's mandate must cover.",
    ("Pot", "origin"): "How the pot came about.",
    ("Pot", "contributions"): "Money placed in the pot (tillskott).",
    ("Pot", "applications"): "Applications for money (ansökningar).",
    ("Pot", "proposals"): "Proposals to grant money (förslag till beslut).",
    ("Pot", "decisions"): "Decisions granting money (beslut).",
    ("Pot", "payments"): "Payments out of the pot (utbetalningar).",
    ("PotOrigin", "description"): "The money first placed in the pot.",
    ("PotOrigin", "founders"): "The parties who decided to create it.",
    ("PotOrigin", "year"): "The year of that decision.",
    ("PotOrigin", "on"): "The exact day of that decision, if known.",
    ("Contribution", "source"): "Who or what the money comes from.",
    ("Contribution", "amount"): "The amount in SEK, exact.",
    ("Contribution", "on"): "The day the money was placed in the pot.",
    ("Contribution", "earmark"): "What the money may be used for (öronmärkning); absent: general.",
    ("Contribution", "provenance"): "Where the money comes from (härkomst), e.g. 'primärkommunal'.",
    ("Contribution", "note"): "Free-text notes.",
    ("Application", "applicant"): "Who applies (sökande).",
    ("Application", "amount"): "The amount applied for in SEK, exact.",
    ("Application", "purpose"): "What the money is for.",
    ("Application", "case_number"): "The case number (diarienummer), e.g. 'RUN/189/2019'.",
    ("Application", "received"): "The day the application came in.",
    ("Application", "applicant_decided_on"): "The day the applicant's own organ decided to apply.",
    ("Application", "earmark"): "The earmarked funds it asks to draw on.",
    ("Proposal", "case_number"): "The case number (diarienummer).",
    ("Proposal", "by"): "The id of the proposing body.",
    ("Proposal", "on"): "The day of the proposal.",
    ("Proposal", "amount"): "The amount proposed in SEK, exact.",
    ("Decision", "case_number"): "The case number (diarienummer).",
    ("Decision", "by"): "The id of the deciding body.",
    ("Decision", "on"): "The day of the decision.",
    ("Decision", "granted"): "The amount granted in SEK, exact; zero means rejected.",
    ("Decision", "earmark"): "The earmarked funds the grant draws on; absent: the general pot.",
    ("Decision", "reference"): "How the decision is cited (e.g. a minute paragraph).",
    ("Payment", "case_number"): "The case number (diarienummer).",
    ("Payment", "amount"): "The amount paid in SEK, exact (utbetalning).",
    ("Payment", "on"): "The day of payment.",
    # -- cooperation agreements
    ("CooperationAgreement", "title"): "The agreement's title (överenskommelse, samverkansavtal).",
    ("CooperationAgreement", "region"): "The region that is party to the agreement.",
    ("CooperationAgreement", "period"): "The period the agreement runs (avtalsperiod).",
    ("CooperationAgreement", "municipalities"): "The municipalities that are parties.",
    ("CooperationAgreement", "responsible"): "The region's organ answering for the agreement.",
    ("CooperationAgreement", "adoptions"): "The parties' decisions to adopt it.",
    ("CooperationAgreement", "extensions"): "Extensions of the agreement (förlängningar).",
    ("CooperationAgreement", "assignments"): "The assignments (uppdrag) it gives the region.",
    ("CooperationAgreement", "revisions"): "Revisions (revideringar) of the assignments.",
    ("CooperationAgreement", "reporting"): "The duty to report how it is fulfilled.",
    ("CooperationAgreement", "reports"): "The reports made under it.",
    ("CooperationAgreement", "uses"): "Acts that rely on the agreement.",
    ("Assignment", "name"): "The assignment's name (uppdrag).",
    ("Assignment", "area"): "The area (område) the assignment belongs to.",
    ("Assignment", "description"): "The assignment in words.",
    ("Assignment", "budget"): "The yearly budget in SEK, exact; absent when not stated.",
    ("Extension", "until"): "The new last day of the agreement, included (förlängning).",
    ("Extension", "decided_on"): "The day of the decision to extend.",
    ("Extension", "decided_by"): "The party that decided.",
    ("Extension", "reference"): "How the decision is cited, e.g. 'beslut december 2020'.",
    ("Revision", "proposed_on"): "The day the revision (revidering) was proposed.",
    ("Revision", "removes"): "The names of the assignments removed.",
    ("Revision", "adds"): "The assignments added.",
    ("Revision", "claims_budget_unchanged"): (
        "Whether the revision says the total budget is unchanged; absent: it says nothing."
    ),
    ("Revision", "effective"): "The day the revised agreement applies; absent while proposed.",
    ("Revision", "reference"): "How the revision is cited.",
    ("ReportingDuty", "form"): "The form of the yearly report, e.g. 'verksamhetsberättelse'.",
    ("ReportingDuty", "to"): "Whom the report goes to.",
    ("ReportingDuty", "months_after_year_end"): "Months after a year ends when its report is due.",
    ("AgreementReport", "year"): "The year reported on.",
    ("AgreementReport", "presented_on"): "The day the report was presented.",
    ("AgreementReport", "form"): "The form of the report, e.g. 'verksamhetsberättelse'.",
    ("AgreementReport", "presented_to"): "The forums it was presented to.",
    ("AgreementUse", "on"): "The day of the act.",
    ("AgreementUse", "what"): "The act that relies on the agreement.",
    ("AgreementRegister", "agreements"): "The agreements in the register (avtalsregister).",
}

_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]+\.)?([^`]+)`")
_MARKUP = re.compile(r"``([^`]+)``|\*([^*]+)\*")


def _plain(text: str) -> str:
    """Docstring text without reStructuredText markup, on one line."""
    text = _ROLE.sub(r"\1", " ".join(text.split()))
    return _MARKUP.sub(lambda m: m.group(1) or m.group(2), text)


def _summary(cls: type) -> str:
    doc = cls.__doc__ or ""
    return _plain(doc.strip().split("\n\n")[0])


def _from_docstring(cls: type, name: str) -> str | None:
    text = " ".join((cls.__doc__ or "").split())
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if f"``{name}``" in sentence:
            return _plain(sentence).rstrip(";.") + "."
    return None


def _description(cls: type, name: str) -> str:
    if attrs.has(cls):
        metadata = attrs.fields_dict(cls)[name].metadata if name in attrs.fields_dict(cls) else {}
        if DESCRIPTION in metadata:
            return str(metadata[DESCRIPTION])
    for base in cls.__mro__:
        found = DESCRIPTIONS.get((base.__name__, name))
        if found:
            return found
    from_doc = _from_docstring(cls, name)
    if from_doc is None:
        raise LookupError(
            f"no description for {cls.__name__}.{name}: add it to samverkan.io.schema.DESCRIPTIONS"
        )
    return from_doc


class _Builder:
    """Collects the ``$defs`` while turning types into schemas."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.converter = make_converter()

    def ref(self, name: str, build: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name: classes may refer to themselves
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def of_type(self, t: Any, non_negative: bool = False) -> dict[str, Any]:
        members = _union_members(t)
        if members is not None:
            return self.of_union(*members)
        origin = get_origin(t)
        if origin in (Union, types.UnionType):  # X | None
            options = [self.of_type(a, non_negative) for a in get_args(t) if a is not type(None)]
            return {"oneOf": [*options, {"type": "null"}]}
        if origin is Literal:
            return {"enum": list(get_args(t))}
        if _is_collection(t):
            item = self.of_type(get_args(t)[0], non_negative)
            schema: dict[str, Any] = {"type": "array", "items": item}
            if origin in _SET_ORIGINS:
                schema["uniqueItems"] = True
            return schema
        return self.of_simple(t, non_negative)

    def of_simple(self, t: Any, non_negative: bool) -> dict[str, Any]:
        if t is Any or t is object:
            return {}
        if t is Municipality:
            return self.ref("MunicipalityCode", _municipality_code)
        if t is Region:
            return self.ref("RegionCode", _region_code)
        if t is Citation:
            return self.ref("Citation", _citation)
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return self.ref(t.__name__, lambda: _enum(t))
        if isinstance(t, type) and attrs.has(t):
            return self.ref(t.__name__, lambda: self.of_class(t))
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is str:
            return {"type": "string"}
        if t is Decimal:
            if non_negative:
                return {
                    "type": ["string", "number"],
                    "pattern": _NON_NEGATIVE_PATTERN,
                    "minimum": 0,
                }
            return {"type": ["string", "number"], "pattern": DECIMAL_PATTERN}
        if t is date:
            return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        raise TypeError(f"no JSON Schema for the type {t!r}")

    def of_union(self, members: list[type], optional: bool) -> dict[str, Any]:
        options = []
        for member in members:
            if member in (Municipality, Region):
                options.append(self.of_simple(member, False))
            else:
                tagged = functools.partial(self.tagged, member)
                options.append(self.ref(f"{member.__name__}.tagged", tagged))
        if optional:
            options.append({"type": "null"})
        return {"oneOf": options}

    def tagged(self, cls: type) -> dict[str, Any]:
        plain = self.defs.get(cls.__name__) or self.of_class(cls)
        schema = copy.deepcopy(plain)
        tag = {"const": type_tag(cls), "description": "The tag naming this kind of object."}
        schema["properties"] = {TAG_FIELD: tag, **schema["properties"]}
        schema["required"] = [TAG_FIELD, *schema["required"]]
        return schema

    def of_class(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            hint = hints[field.name]
            schema = dict(self.of_type(hint, non_negative=field.validator is non_negative))
            schema["description"] = _description(cls, field.name)
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                schema["default"] = self.converter.unstructure(field.default, unstructure_as=hint)
            properties[field.name] = schema
        return {
            "type": "object",
            "description": _summary(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def _municipality_code() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": "^[0-9]{4}$",
        "description": "A municipality (kommun) by its four-digit SCB code, e.g. '2326'.",
    }


def _region_code() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": "^[0-9]{2}$",
        "description": "A region by the two-digit code of its county (länskod), e.g. '23'.",
    }


def _citation() -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "description": (
            "A citation of a provision, in short or standard Swedish form, e.g. "
            "'KL 9:37 2 st.' or '9 kap. 37 § andra stycket kommunallagen (2017:725)'."
        ),
        "examples": ["KL 9:37 2 st.", "SkolL 23:3"],
    }


def _enum(cls: type[enum.Enum]) -> dict[str, Any]:
    return {"enum": [m.value for m in cls], "description": _summary(cls)}


def class_schema(cls: type, title: str | None = None) -> dict[str, Any]:
    """The JSON Schema of an attrs class as the converter writes it (without an envelope)."""
    builder = _Builder()
    root = builder.of_class(cls)
    return {"$schema": _DRAFT, "title": title or cls.__name__, **root, "$defs": builder.defs}


@functools.cache
def _schema(kind: str) -> dict[str, Any]:
    builder = _Builder()
    content = builder.of_type(KINDS[kind])
    properties = {
        "schema_version": {
            "enum": list(READABLE_VERSIONS),
            "description": DESCRIPTIONS["Document", "schema_version"],
        },
        "kind": {"const": kind, "description": DESCRIPTIONS["Document", "kind"]},
        "content": {**content, "description": DESCRIPTIONS["Document", "content"]},
    }
    return {
        "$schema": _DRAFT,
        "title": f"samverkan {kind} document",
        "description": f"A samverkan document (schema version {SCHEMA_VERSION}) holding a {kind}.",
        "type": "object",
        "properties": properties,
        "required": ["schema_version", "kind", "content"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of documents of ``kind`` (one of :data:`SCHEMA_KINDS`).

    Returns a new dict on every call, free to change.
    """
    if kind not in KINDS:
        hint = _did_you_mean(kind, SCHEMA_KINDS) or f"; the kinds are {', '.join(SCHEMA_KINDS)}"
        raise ValueError(f"unknown kind {kind!r}{hint}")
    return copy.deepcopy(_schema(kind))
