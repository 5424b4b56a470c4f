"""Where a basis for performing a task for another party is found: the exceptions of lag
(2009:47) 1 kap. 2 § and SkolL 23 kap., the statutory transfers between the levels, a joint
committee or local federation both take part in, and avtalssamverkan (KL 9:37).
"""

from __future__ import annotations

from datetime import date

from samverkan.competence import (
    Holder,
    TaskArea,
    Transfer,
)
from samverkan.competence.model import EntreprenadScope
from samverkan.law import Citation, Verification
from samverkan.law.dates import AVTALSSAMVERKAN, AVTALSSAMVERKAN_EVE, SKOLL_23_2020
from samverkan.model import (
    PARTY_TYPES,
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    Organisation,
    OrganisationKind,
    Participant,
    is_party,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.localisation_basis import (
    KL,
    KOMBEF,
    MB,
    SKOLL,
    BasisKind,
    LocalisationBasis,
    claim_covers,
)

__all__ = [
    "avtalssamverkan_applies",
    "avtalssamverkan_bases",
    "exception_bases",
    "joint_form_bases",
    "own_measures_exception",
    "transfer_bases",
]

_KL_9_37 = Citation(KL, 9, "37", stycke=1)
_SKOLL_23_3 = Citation(SKOLL, 23, "3")

#: The provisions lag (2009:47) 1 kap. 2 § frees from the localisation principle. The
#: reference to 3 kap. 7 § (samhällsorientering) is left out: that section was repealed by
#: SFS 2018:576, although 1:2 still lists it.
_KOMBEF_LISTED: frozenset[tuple[int, str]] = frozenset(
    {(2, "3"), (2, "4"), (2, "10"), (3, "2"), (3, "3"), (4, "1")}
)
_KOMBEF_ALL_OF_CHAPTER = 5

#: The two 1:2 items that are powers to perform a task for someone else.
_KOMBEF_FOR_OTHERS: frozenset[tuple[int, str]] = frozenset({(3, "2"), (3, "3")})

#: Transfers between the levels that the act limits to a municipality within the region.
_WITHIN_COUNTY_ACTS = frozenset({"2017:30", "1993:387", "2010:1065"})


def _level_matches(party: Participant, holder: Holder) -> bool:
    """Whether ``party`` is of level ``holder``; Gotlands kommun counts as a region too."""
    if isinstance(party, Region):
        return holder == "region"
    if isinstance(party, Municipality):
        return holder == "municipality" or party.carries_regional_responsibilities
    return False


def own_measures_exception(area: TaskArea, on: date) -> Citation | None:
    """The exception of lag (2009:47) 1 kap. 2 § the area carries that frees only the party's
    own measures from the anknytning requirement, or ``None``.

    >>> from datetime import date
    >>> from samverkan.competence import CATALOGUE
    >>> own_measures_exception(CATALOGUE.get("kombef.tourism"), date(2017, 1, 1)).short()
    '2009:47 4:1'
    >>> own_measures_exception(CATALOGUE.get("hsl.patient-transport"), date(2017, 1, 1)) is None
    True
    """
    for citation in area.localisation_exceptions:
        if (
            citation.sfs == KOMBEF
            and _kombef_listed(citation)
            and (citation.chapter or 0, citation.section) not in _KOMBEF_FOR_OTHERS
            and citation.act_in_force_on(on)
        ):
            return citation
    return None


def _kombef_listed(citation: Citation) -> bool:
    key = (citation.chapter or 0, citation.section)
    return key in _KOMBEF_LISTED or citation.chapter == _KOMBEF_ALL_OF_CHAPTER


def exception_bases(
    performer: Participant, beneficiary: Participant, area: TaskArea, on: date
) -> list[LocalisationBasis]:
    """The localisation exceptions the task area carries, where their conditions are met."""
    found: list[LocalisationBasis] = []
    school = _school_entreprenad(performer, beneficiary, area, on)
    if school is not None:
        found.append(school)
    for citation in area.localisation_exceptions:
        if not citation.act_in_force_on(on):
            continue
        if citation.sfs == KOMBEF:
            basis = _kombef_exception(performer, beneficiary, citation)
        elif (citation.sfs, citation.chapter, citation.section) == (SKOLL, 23, "3"):
            # Only through ``school_entreprenad``: 23:3 is no blanket basis (23:2 2 st.).
            continue
        elif (citation.sfs, citation.chapter, citation.section) == (MB, 26, "7"):
            # A supervision agreement under MB 26:7, until KL 9:37 took its place.
            if on > AVTALSSAMVERKAN_EVE:
                continue
            basis = LocalisationBasis(
                citation,
                BasisKind.SPECIAL_LAW,
                f"Före den {AVTALSSAMVERKAN.isoformat()} lät {citation.swedish()} en kommun "
                f"sköta tillsyn åt en annan genom avtal ({area.name_sv}).",
                Verification.VERIFIED_SEC,
            )
        else:
            basis = LocalisationBasis(
                citation,
                BasisKind.SPECIAL_LAW,
                f"{citation.swedish()} gäller utan krav på anknytning till den utförande "
                f"partens område eller medlemmar ({area.name_sv}).",
            )
        if basis is not None:
            found.append(basis)
    return found


def _kombef_exception(
    performer: Participant,
    beneficiary: Participant,
    citation: Citation,
) -> LocalisationBasis | None:
    """2009:47 3:2 and 3:3, the two listed powers to perform a task for someone else.

    1:2 itself, the dead reference to 3:7 (repealed by SFS 2018:576) and the items that free
    only a party's own measures (2:3, 2:4, 2:10, 4:1, 5 kap.) give no basis.
    """
    key = (citation.chapter or 0, citation.section)
    if key == (3, "2"):
        # Kommuner may agree with regioner to carry out the HSL 7:6 transports.
        if not (
            isinstance(performer, Municipality)
            and _level_matches(beneficiary, "region")
            and performer != beneficiary
        ):
            return None
        return LocalisationBasis(
            citation,
            BasisKind.SPECIAL_LAW,
            lambda: (
                f"En kommun får enligt {citation.swedish()} avtala med en region om att utföra "
                f"sjuktransporter; {performer} utför dem åt {beneficiary} utan krav på anknytning "
                f"(1 kap. 2 §)."
            ),
        )
    if key == (3, "3"):
        # A municipal aktiebolag may run traffic for a regional public transport authority.
        if not (
            isinstance(performer, Organisation) and performer.kind is OrganisationKind.AKTIEBOLAG
        ):
            return None
        return LocalisationBasis(
            citation,
            BasisKind.SPECIAL_LAW,
            lambda: (
                f"Ett kommunalt aktiebolag får enligt {citation.swedish()} avtala med en regional "
                f"kollektivtrafikmyndighet om att bedriva linjetrafik, utan krav på anknytning "
                f"(1 kap. 2 §)."
            ),
        )
    return None


def _school_entreprenad(
    performer: Participant, beneficiary: Participant, area: TaskArea, on: date
) -> LocalisationBasis | None:
    """SkolL 23:3 for an area whose tasks a section of 23:8–19 lets another huvudman perform,
    from 2020-08-01 (SFS 2020:605)."""
    rule = area.school_entreprenad
    if rule is None or rule.scope is not EntreprenadScope.PERMITTED or on < SKOLL_23_2020:
        return None
    if not is_party(performer) or performer == beneficiary:
        return None
    return LocalisationBasis(
        _SKOLL_23_3,
        BasisKind.SCHOOL_ENTREPRENAD,
        lambda: (
            f"Enligt {rule.citation.swedish()} får uppgifter inom {area.name_sv} överlämnas på "
            f"entreprenad till en annan huvudman inom skolväsendet, och enligt 23 kap. 3 § "
            f"skollagen får {performer} utföra dem åt {beneficiary} trots kravet på anknytning i "
            f"2 kap. 1 § kommunallagen; huvudmannaskapet ligger kvar (23 kap. 2 §)."
        ),
        rule.verification,
    )


def _transfer_applies(transfer: Transfer, performer: Participant, beneficiary: Participant) -> bool:
    if not (
        is_party(performer)
        and is_party(beneficiary)
        and _level_matches(beneficiary, transfer.from_holder)
        and _level_matches(performer, transfer.to_holder)
        and performer != beneficiary
    ):
        return False
    if transfer.citation.sfs in _WITHIN_COUNTY_ACTS and transfer.from_holder != transfer.to_holder:
        # HSL 14:1, LSS 17 § and KTL 2:1: a region and municipalities within it.
        return performer.county_code == beneficiary.county_code
    return True


def transfer_bases(
    performer: Participant,
    beneficiary: Participant,
    area: TaskArea,
    on: date,
    claims: tuple[Citation, ...],
) -> list[LocalisationBasis]:
    """Statutory transfers of the task that the parties claim (they move responsibility)."""
    if not claims:  # a transfer is a basis only where the parties claim it
        return []
    return [
        LocalisationBasis(
            transfer.citation,
            BasisKind.SPECIAL_LAW,
            f"Uppgiften förs över från {beneficiary} till {performer} enligt "
            f"{transfer.citation.swedish()}"
            + (
                "; den som tar över uppgiften bär också ansvaret för den."
                if transfer.moves_responsibility
                else "."
            ),
            transfer.verification,
        )
        for transfer in area.transfers_on(on)
        if any(claim_covers(c, transfer.citation) for c in claims)
        and _transfer_applies(transfer, performer, beneficiary)
    ]


def _federation_itself(performer: Participant, via: LocalFederation) -> tuple[Participant, ...]:
    named = isinstance(performer, Organisation) and performer.name == via.name
    return (performer,) if named else ()


def joint_form_bases(
    performer: Participant,
    beneficiary: Participant,
    area: TaskArea,
    via: JointCommittee | LocalFederation | None,
) -> list[LocalisationBasis]:
    if via is None:
        return []
    if isinstance(via, JointCommittee):
        participants = via.parties
        citation = {
            JointCommitteeBasis.KL: Citation(KL, 9, "19"),
            JointCommitteeBasis.CARE_AND_WELFARE: Citation("2003:192", None, "1"),
            JointCommitteeBasis.GUARDIANSHIP: Citation("1949:381", 19, "16"),
        }[via.basis]
        form = "den gemensamma nämnden"
    else:
        # The federation itself (as an Organisation of that name) performs for its members.
        participants = (*via.members, *_federation_itself(performer, via))
        citation = Citation(KL, 3, "8")
        form = "kommunalförbundet"
    if performer not in participants or beneficiary not in participants:
        return []
    if area.id not in {task.area for task in via.tasks}:
        return []
    return [
        LocalisationBasis(
            citation,
            BasisKind.JOINT_FORM,
            lambda: (
                f"{performer} och {beneficiary} deltar båda i {form} {via.name}, som har "
                f"{area.name_sv} bland sina uppgifter ({citation.swedish()})."
            ),
        )
    ]


def avtalssamverkan_applies(performer: Participant, beneficiary: Participant, on: date) -> bool:
    """Whether avtalssamverkan under KL 9:37 lets ``performer`` perform for ``beneficiary``
    on ``on``: two different municipalities or regions, from 2018-07-01."""
    return (
        on >= AVTALSSAMVERKAN
        and isinstance(performer, PARTY_TYPES)  # is_party, without a call: asked per beneficiary
        and isinstance(beneficiary, PARTY_TYPES)
        # ``not ==``: one call of the parties' ``__eq__``, where ``!=`` makes two
        and not performer == beneficiary  # noqa: SIM201
    )


def avtalssamverkan_bases(
    performer: Participant, beneficiary: Participant, on: date
) -> list[LocalisationBasis]:
    if not avtalssamverkan_applies(performer, beneficiary, on):
        return []
    return [
        LocalisationBasis(
            _KL_9_37,
            BasisKind.AVTALSSAMVERKAN,
            lambda: (
                f"Avtalssamverkan enligt {_KL_9_37.swedish()}: {performer} utför uppgiften åt "
                f"{beneficiary}, och kravet på anknytning i 2 kap. 1 § hindrar inte det."
            ),
        )
    ]
