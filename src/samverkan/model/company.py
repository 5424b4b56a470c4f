"""Companies and other legal persons owned by municipalities and regions (KL 10 kap.).

A wholly owned company (*helägt*) must meet the six conditions of KL 10:3, secured by the
owner's fullmäktige; in a part-owned one (*delägt*) each owner's fullmäktige secures them to an
extent reasonable for its share (KL 10:4).
"""

from __future__ import annotations

import enum
from decimal import Decimal

from attrs.validators import ge, optional

from samverkan._frozen import frozen
from samverkan.law import Citation
from samverkan.model.common import (
    Adoption,
    Organisation,
    Participant,
    described,
    non_negative,
    participant,
)
from samverkan.model.provenance import Source

__all__ = [
    "CompanyForm",
    "Intermediary",
    "IntermediaryHolding",
    "JointlyOwnedCompany",
    "OwnerCondition",
    "Shareholding",
]


class OwnerCondition(enum.Enum):
    """The conditions of KL 10:3 p. 1–6 that fullmäktige must secure."""

    PURPOSE_SET = 1
    PURPOSE_IN_ARTICLES = 2
    APPOINTS_BOARD = 3
    FULLMAKTIGE_CONSULTED = 4
    LAY_AUDITOR = 5
    PUBLIC_INSIGHT = 6


class CompanyForm(enum.Enum):
    """The legal form of the owned body (KL 10:2, 10:6)."""

    AKTIEBOLAG = "aktiebolag"
    HANDELSBOLAG = "handelsbolag"
    STIFTELSE = "stiftelse"
    FORENING = "förening"


@frozen
class Shareholding:
    """One owner's holding: its share in per cent and what its fullmäktige secured.

    ``secured`` is ``None`` when the document does not record which KL 10:3 conditions the
    owner has secured.
    """

    owner: Participant = described("The owner (ägare).", validator=participant)
    percent: Decimal = described(
        "The owner's share in per cent, exact.",
        validator=non_negative,
    )
    secured: frozenset[OwnerCondition] | None = described(
        "The KL 10:3 conditions the owner's fullmäktige secured; absent when unrecorded.",
        default=None,
    )
    decision: Adoption | None = described(
        "The owner's decision on the holding.",
        default=None,
    )
    lay_auditor_from_revisorer: bool | None = described(
        "Whether the lekmannarevisor the owner's fullmäktige appoints is one of the revisorer "
        "it elected under KL 12:4 (KL 10:5); unrecorded when left out.",
        default=None,
    )
    works_for_public_access: bool | None = described(
        "Whether the owner's fullmäktige has acted for the public's right to see the company's "
        "documents as if they were allmänna handlingar, where OSL 2:3 does not apply to it "
        "(KL 10:4 2 st.); unrecorded when left out.",
        default=None,
    )
    shares: int | None = described(
        "The number of shares (aktier, andelar) the owner holds, exact; unrecorded when left out.",
        default=None,
        validator=optional(ge(0)),
    )


@frozen
class IntermediaryHolding:
    """One owner's stake in an intermediary: a member's share of an ekonomisk förening or a
    shareholder's holding in a holding company."""

    owner: Participant = described("The owner of the intermediary.", validator=participant)
    percent: Decimal | None = described(
        "Its share of the intermediary in per cent, exact; unrecorded when left out.",
        default=None,
        validator=non_negative,
    )
    shares: int | None = described(
        "The number of shares or andelar it holds, exact; unrecorded when left out.",
        default=None,
        validator=optional(ge(0)),
    )


@frozen
class Intermediary:
    """A legal person that stands between the public owners and the company (*mellanhand*):
    an ekonomisk förening (Kommuninvest ekonomisk förening) or a holding company.

    ``organisation`` is the intermediary as it appears as an owner in the company's
    holdings; ``owners`` are its own owners. ``owners_complete`` says that ``owners`` lists
    every one of them; otherwise owners not listed are unrecorded.
    """

    organisation: Organisation = described("The intermediary (förening or holding company).")
    owners: tuple[IntermediaryHolding, ...] = described(
        "The intermediary's own owners and their stakes.", default=()
    )
    owners_complete: bool = described(
        "True when the owners list every owner of the intermediary.", default=False
    )
    total_shares: int | None = described(
        "The intermediary's total number of shares or andelar, exact; unrecorded when left out.",
        default=None,
        validator=optional(ge(0)),
    )

    def holds(self, owner: Participant) -> bool:
        """Whether ``owner`` is this intermediary (by organisation number, else by name)."""
        if not isinstance(owner, Organisation):
            return False
        mine = self.organisation
        if mine.orgnr and owner.orgnr:
            return mine.orgnr.replace("-", "") == owner.orgnr.replace("-", "")
        return " ".join(mine.name.split()).casefold() == " ".join(owner.name.split()).casefold()


@frozen
class JointlyOwnedCompany:
    """A company owned by one or more municipalities, regions or federations (KL 10:2–6).

    ``exercises_authority`` marks a handover of myndighetsutövning, which needs support in law
    (``authority_basis``; KL 10:1).
    """

    name: str = described("The company's name.")
    holdings: tuple[Shareholding, ...] = described("The owners and their holdings (ägarandelar).")
    form: CompanyForm = described(
        "The legal form (aktiebolag, handelsbolag, stiftelse, …).",
        default=CompanyForm.AKTIEBOLAG,
    )
    orgnr: str | None = described(
        "The company's organisation number, if known (an invalid one is reported by check).",
        default=None,
    )
    purpose: str | None = described(
        "The municipal purpose (kommunala ändamålet).",
        default=None,
    )
    exercises_authority: bool = described(
        "Whether the company is handed the exercise of public authority (myndighetsutövning).",
        default=False,
    )
    authority_basis: Citation | None = described(
        "The provision in law that allows the handover of myndighetsutövning.",
        default=None,
    )
    under_osl_2_3: bool | None = described(
        "Whether offentlighets- och sekretesslagen 2 kap. 3 § applies to the company, so that "
        "its documents are allmänna handlingar (KL 10:4 2 st.); unrecorded when left out.",
        default=None,
    )
    total_shares: int | None = described(
        "The company's total number of shares, exact; unrecorded when left out.",
        default=None,
        validator=optional(ge(0)),
    )
    intermediaries: tuple[Intermediary, ...] = described(
        "The legal persons that stand between public owners and the company, with their own "
        "owners.",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )
