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

from collections.abc import Iterable
from datetime import date

from samverkan.competence import (
    CATALOGUE,
    TaskArea,
    TaskAreaCatalogue,
)
from samverkan.law import Citation
from samverkan.model import (
    JointCommittee,
    LocalFederation,
    Participant,
)
from samverkan.rules.localisation_basis import BasisKind, LocalisationBasis, claim_covers
from samverkan.rules.localisation_sources import (
    avtalssamverkan_applies,
    avtalssamverkan_bases,
    exception_bases,
    joint_form_bases,
    own_measures_exception,
    transfer_bases,
)

__all__ = [
    "BasisKind",
    "LocalisationBasis",
    "find_localisation_bases",
    "find_localisation_basis",
    "has_localisation_basis",
    "own_measures_exception",
]


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
        *exception_bases(performer, beneficiary, task_area, on),
        *transfer_bases(performer, beneficiary, task_area, on, claims),
    ]
    joint = joint_form_bases(performer, beneficiary, task_area, via)
    school = task_area.school_entreprenad is not None
    general = [] if special or school else avtalssamverkan_bases(performer, beneficiary, on)
    bases = [*special, *joint, *general]
    return tuple(sorted(bases, key=lambda b: not any(claim_covers(c, b.citation) for c in claims)))


def has_localisation_basis(
    performer: Participant,
    beneficiary: Participant,
    area: TaskArea,
    on: date,
    *,
    claimed: tuple[Citation, ...] = (),
) -> bool:
    """Whether any basis applies: ``find_localisation_basis(...) is not None`` (without
    ``via``), answered without building and ordering every basis.

    Avtalssamverkan is looked at first, as most tasks rest on it: where it applies and the
    area is no school area, a basis exists whether or not a special one applies too.
    """
    school = area.school_entreprenad is not None
    if not school and avtalssamverkan_applies(performer, beneficiary, on):
        return True
    return bool(
        exception_bases(performer, beneficiary, area, on)
        or transfer_bases(performer, beneficiary, area, on, claimed)
    )
