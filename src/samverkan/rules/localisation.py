"""The legal basis for performing a task for another party (*lokaliseringsprincipen*, KL 2:1).

A municipality or region may, under its general competence, only deal with matters linked to
its own area or its members (KL 2:1), and not with matters that only another municipality or
region is to handle (KL 2:2). When one party performs a task for another party's area or
members, it therefore needs a basis that lifts that limit. :func:`find_localisation_basis`
looks for one, in this order:

1. a special act (KL 9:37 3 st.: deviating special rules prevail): of the exceptions in lag
   (2009:47) 1 kap. 2 § only the two that are powers to perform a task for someone else
   (3:2 sjuktransporter for a region, 3:3 traffic for a regional kollektivtrafikmyndighet);
   school *entreprenad* under SkolL 23:3, from 2020-08-01 (SFS 2020:605) and only for an area
   whose :attr:`~samverkan.competence.TaskArea.school_entreprenad` names a section of
   23:8–19 that lets another huvudman perform it; and a statutory transfer of the task
   (:attr:`~samverkan.competence.TaskArea.transfers`) that the parties claim;
2. a joint committee or local federation in which both take part (``via``);
3. *avtalssamverkan* under KL 9:37, from 2018-07-01, between municipalities and regions, when
   no special basis applies and the area is not a school area (SkolL 23:2 2 st. allows an
   agreement on entreprenad only under the conditions of chapter 23).

The other listed exceptions of 2009:47 1:2 (2:3, 2:4, 2:10, 4:1, 5 kap.) free a party's
*own* measures from the anknytning requirement; they are not a basis for performing another
party's task, and :func:`own_measures_exception` names them so that a rule can say so.

Among the bases found, one the parties claim comes first. The function is pure: it looks at
its arguments and the catalogue only, and returns ``None`` when nothing applies.

>>> from datetime import date
>>> from samverkan.parties import registry
>>> from samverkan.law import parse_citation
>>> reg = registry()
>>> berg, region = reg.municipality("2326"), reg.region("23")

Avtalssamverkan exists only from 2018-07-01:

>>> find_localisation_basis(region, berg, "internal.procurement", date(2018, 3, 1)) is None
True
>>> basis = find_localisation_basis(region, berg, "internal.procurement", date(2018, 7, 1))
>>> basis.kind.name, basis.citation.short()
('AVTALSSAMVERKAN', 'KL 9:37 1 st.')

A municipality may carry out patient transport for a region under 2009:47 3:2, before 2018
too, but a region has no such basis for a municipality:

>>> claimed = (parse_citation("2009:47 3:2"),)
>>> basis = find_localisation_basis(
...     berg, region, "hsl.patient-transport", date(2018, 3, 1), claimed=claimed
... )
>>> basis.kind.name, basis.citation.short()
('SPECIAL_LAW', '2009:47 3:2')
>>> find_localisation_basis(region, berg, "hsl.patient-transport", date(2018, 3, 1)) is None
True

Schools have their own entreprenad rule, which takes precedence over KL 9:37: teaching in
grundskola as a whole may not be handed to another kommun (SkolL 23:2 2 st.), but
modersmålsundervisning may (23:14):

>>> ost = reg.municipality("2380")
>>> find_localisation_basis(ost, berg, "school.compulsory", date(2021, 1, 1)) is None
True
>>> basis = find_localisation_basis(ost, berg, "school.mother-tongue", date(2021, 1, 1))
>>> basis.kind.name, basis.citation.short()
('SCHOOL_ENTREPRENAD', 'SkolL 23:3')
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date

from attrs import field, frozen

from samverkan.competence import (
    CATALOGUE,
    Holder,
    TaskArea,
    TaskAreaCatalogue,
    Transfer,
)
from samverkan.competence.model import EntreprenadScope
from samverkan.law import Citation, Verification
from samverkan.law.citation import section_key
from samverkan.law.dates import AVTALSSAMVERKAN, AVTALSSAMVERKAN_EVE, SKOLL_23_2020
from samverkan.model import (
    JointCommittee,
    JointCommitteeBasis,
    LocalFederation,
    Organisation,
    OrganisationKind,
    Participant,
    is_party,
)
from samverkan.parties import Municipality, Region

__all__ = [
    "BasisKind",
    "LocalisationBasis",
    "find_localisation_bases",
    "find_localisation_basis",
    "own_measures_exception",
]

KL = "2017:725"
KOMBEF = "2009:47"
SKOLL = "2010:800"
MB = "1998:808"

_KL_9_37 = Citation(KL, 9, "37", stycke=1)
_KOMBEF_1_2 = Citation(KOMBEF, 1, "2")
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


class BasisKind(enum.Enum):
    """The kind of basis that lets a party perform a task for another."""

    #: KL 9:37: contractual cooperation between municipalities and regions.
    AVTALSSAMVERKAN = "avtalssamverkan"
    #: A special act: an exception in lag (2009:47) 1 kap. 2 § or a statutory transfer.
    SPECIAL_LAW = "särskild lag"
    #: SkolL 23:3: a municipality or region performs school tasks for another huvudman.
    SCHOOL_ENTREPRENAD = "entreprenad enligt skollagen"
    #: A joint committee or local federation in which both take part.
    JOINT_FORM = "gemensam organisationsform"


def _text(explanation: str | Callable[[], str]) -> str:
    return explanation if isinstance(explanation, str) else explanation()


@frozen
class LocalisationBasis:
    """A provision that lets ``performer`` act for another party's area or members.

    ``explanation`` says in Swedish why the basis applies; ``verification`` is the weakest
    label of the facts it rests on. The explanation may be given as a function that writes
    it: most bases are looked for only to know whether there is one, so the text is written
    when it is first read.
    """

    citation: Citation
    kind: BasisKind
    _explanation: str | Callable[[], str] = field(
        alias="explanation", eq=_text, repr=lambda e: repr(_text(e))
    )
    verification: Verification = Verification.VERIFIED_RK

    @property
    def explanation(self) -> str:
        """Why the basis applies, in Swedish."""
        text = _text(self._explanation)
        object.__setattr__(self, "_explanation", text)  # written once
        return text


def find_localisation_basis(
    performer: Participant,
    beneficiary: Participant,
    area: TaskArea | str,
    on: date,
    *,
    claimed: Iterable[Citation] = (),
    via: JointCommittee | LocalFederation | None = None,
    catalogue: TaskAreaCatalogue | None = None,
) -> LocalisationBasis | None:
    """The best basis for ``performer`` to perform ``area`` for ``beneficiary`` on ``on``.

    ``area`` is a task area or its id, looked up in ``catalogue`` (the bundled catalogue by
    default; an unknown id raises :class:`~samverkan.competence.UnknownTaskAreaError`).
    ``claimed`` are the provisions the parties rely on; ``via`` is a joint committee or
    federation through which the task is carried out. ``None`` when no basis applies.

    Not looked at: whether ``via`` existed on ``on`` or was formed lawfully, whether the
    counterpart under 2009:47 3 kap. 3 § is a regional kollektivtrafikmyndighet, and the
    conditions in a holding's note. The exception in 2009:47 1 kap. 2 § 2 st. (contributions
    to state infrastructure, *särskilda skäl*) is not a task area and is never found.
    """
    found = find_localisation_bases(
        performer, beneficiary, area, on, claimed=claimed, via=via, catalogue=catalogue
    )
    return found[0] if found else None


def find_localisation_bases(
    performer: Participant,
    beneficiary: Participant,
    area: TaskArea | str,
    on: date,
    *,
    claimed: Iterable[Citation] = (),
    via: JointCommittee | LocalFederation | None = None,
    catalogue: TaskAreaCatalogue | None = None,
) -> tuple[LocalisationBasis, ...]:
    """Every basis that applies, best first (see :func:`find_localisation_basis`).

    >>> from samverkan.parties import registry
    >>> reg = registry()
    >>> bases = find_localisation_bases(
    ...     reg.municipality("2380"), reg.municipality("2326"), "kombef.tourism", date(2020, 1, 1)
    ... )
    >>> [(b.kind.name, b.citation.short(), b.verification.name) for b in bases]
    [('AVTALSSAMVERKAN', 'KL 9:37 1 st.', 'VERIFIED_RK')]
    """
    task_area = area if isinstance(area, TaskArea) else (catalogue or CATALOGUE).get(area)
    claims = tuple(claimed)
    special = [
        *_exceptions(performer, beneficiary, task_area, on),
        *_transfers(performer, beneficiary, task_area, on, claims),
    ]
    joint = _joint_form(performer, beneficiary, task_area, via)
    school = task_area.school_entreprenad is not None
    general = [] if special or school else _avtalssamverkan(performer, beneficiary, on)
    bases = [*special, *joint, *general]
    return tuple(sorted(bases, key=lambda b: not any(_claim_covers(c, b.citation) for c in claims)))


# -- helpers -----------------------------------------------------------------------------------


def _level_matches(party: Participant, holder: Holder) -> bool:
    """Whether ``party`` is of level ``holder``; Gotlands kommun counts as a region too."""
    if isinstance(party, Region):
        return holder == "region"
    if isinstance(party, Municipality):
        return holder == "municipality" or party.carries_regional_responsibilities
    return False


def _claim_covers(claim: Citation, citation: Citation) -> bool:
    """Whether a claimed provision names ``citation`` (or the umbrella provision listing it)."""
    if claim.sfs != citation.sfs:
        return False
    if claim.sfs == KOMBEF and (claim.chapter, claim.section) == (1, "2"):
        return True
    if claim.sfs == SKOLL and (claim.chapter, claim.section) == (23, "21"):
        return citation.chapter == 23 and citation.section in {"22", "23", "24"}
    if claim.chapter != citation.chapter:
        return False
    if claim.through is None:
        return claim.section == citation.section
    return section_key(claim.section) <= section_key(citation.section) <= section_key(claim.through)


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


def _exceptions(
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
        isinstance(performer, Municipality | Region)
        and isinstance(beneficiary, Municipality | Region)
        and _level_matches(beneficiary, transfer.from_holder)
        and _level_matches(performer, transfer.to_holder)
        and performer != beneficiary
    ):
        return False
    if transfer.citation.sfs in _WITHIN_COUNTY_ACTS and transfer.from_holder != transfer.to_holder:
        # HSL 14:1, LSS 17 § and KTL 2:1: a region and municipalities within it.
        return performer.county_code == beneficiary.county_code
    return True


def _transfers(
    performer: Participant,
    beneficiary: Participant,
    area: TaskArea,
    on: date,
    claims: tuple[Citation, ...],
) -> list[LocalisationBasis]:
    """Statutory transfers of the task that the parties claim (they move responsibility)."""
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
        if any(_claim_covers(c, transfer.citation) for c in claims)
        and _transfer_applies(transfer, performer, beneficiary)
    ]


def _federation_itself(performer: Participant, via: LocalFederation) -> tuple[Participant, ...]:
    named = isinstance(performer, Organisation) and performer.name == via.name
    return (performer,) if named else ()


def _joint_form(
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


def _avtalssamverkan(
    performer: Participant, beneficiary: Participant, on: date
) -> list[LocalisationBasis]:
    if on < AVTALSSAMVERKAN:
        return []
    if not (is_party(performer) and is_party(beneficiary)) or performer == beneficiary:
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
