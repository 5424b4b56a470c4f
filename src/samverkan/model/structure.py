"""A county's collaboration structure (*samverkansstruktur*).

Most of a county's cooperation between its region and municipalities runs through bodies that
KL does not regulate: advisory councils (*samverkansråd*, *samråd*), preparatory groups
(*beredningar*), networks and coordinators. A :class:`CollaborationStructure` records who sits
where, what each body may decide and for whom, where matters go next (reporting lines), who
supports the bodies and who pays, when they meet and when the structure is to be reviewed.

The principals (*huvudmän*) are the municipalities and regions behind the structure. Whether
the structure honours its own principles ("beslut kan endast fattas i linjen hos huvudmännen")
is decided by the rules in :mod:`samverkan.rules.consistency.structures` and
:mod:`samverkan.rules.statutes.kl_03_04_decision_making`.

>>> from samverkan.parties import registry
>>> reg = registry()
>>> region, umea = reg.region("24"), reg.lookup("Umeå")
>>> scheme = RepresentationScheme(members=1, overrides=(PartySeats(region, 3, 3),))
>>> scheme.quota_for(umea).members, scheme.quota_for(region).substitutes
(1, 3)
"""

from __future__ import annotations

import enum
import functools
from collections import Counter
from collections.abc import Iterator

from samverkan._frozen import frozen
from samverkan.model.common import Participant, Period, described
from samverkan.model.meetings import MeetingSchedule, read_rrule
from samverkan.model.provenance import Source
from samverkan.model.representation_scheme import Bound, PartySeats, RepresentationScheme
from samverkan.model.seats import Role, Seat, seat_count
from samverkan.model.structure_support import AdministrativeSupport, CostShare, FollowUp

__all__ = [
    "AdministrativeSupport",
    "BodyKind",
    "Bound",
    "CollaborationStructure",
    "CooperationBody",
    "CostShare",
    "FollowUp",
    "Level",
    "Mandate",
    "MeetingSchedule",
    "PartySeats",
    "Remit",
    "RepresentationScheme",
    "read_rrule",
]


class Level(enum.Enum):
    """Whether a body gathers elected representatives or officials."""

    #: Politisk nivå: förtroendevalda.
    POLITICAL = "politisk nivå"
    #: Tjänstepersonsnivå (tjänstemannanivå): officials.
    OFFICIAL = "tjänstepersonsnivå"


class BodyKind(enum.Enum):
    """What kind of body a member of the structure is."""

    #: A decision-making organ under KL: a nämnd, a styrelse or a gemensam nämnd.
    DECISION_MAKING = "beslutande organ"
    #: An advisory council (*samverkansråd*, *samråd*): recommends, decides nothing for others.
    ADVISORY_COUNCIL = "samverkansråd"
    #: A preparatory group (*beredning*, *beredningsgrupp*) attached to another body.
    PREPARATORY_GROUP = "beredning"
    #: A network or forum (*nätverk*) for exchange, such as a yearly seminar.
    NETWORK = "nätverk"
    #: A coordinating function (*samordnings- eller koordinatorsfunktion*).
    COORDINATION = "samordningsfunktion"


@frozen
class Mandate:
    """*Beslutsmandat*: what a body may decide (``matters``) and on whose behalf.

    ``on_behalf_of`` empty means the body decides only its own internal matters (its agenda,
    its minutes, a request for views) and nothing for the principals. ``basis`` says where
    the mandate comes from (a *reglemente*, a *delegationsordning*).
    """

    matters: tuple[str, ...] = described(
        "The matters the body may decide.",
        default=(),
    )
    on_behalf_of: tuple[Participant, ...] = described(
        "The principals it decides for; empty means only its own internal matters.",
        default=(),
    )
    basis: str | None = described(
        "Where the mandate comes from (reglemente, delegationsordning).",
        default=None,
    )

    def covers(self, matter: str) -> bool:
        """Whether ``matter`` is among the matters the body may decide.

        >>> Mandate(("användning av medel ur potten",)).covers("användning av medel ur potten")
        True
        """
        return matter in self.matters

    @property
    def over_principals(self) -> bool:
        """Whether the mandate lets the body decide for a principal."""
        return bool(self.on_behalf_of)


@frozen
class Remit:
    """*Uppdrag*: the target groups (*målgrupper*) and areas (*områden*) a body works on."""

    target_groups: tuple[str, ...] = described(
        "The target groups (målgrupper).",
        default=(),
    )
    areas: tuple[str, ...] = described(
        "The areas (områden).",
        default=(),
    )
    description: str = described(
        "The remit in words.",
        default="",
    )


@frozen
class CooperationBody:
    """A body of the structure (*samverkansorgan*): council, group, network or organ.

    ``id`` is the short name other parts of the structure use to refer to the body
    (``"RSR"``). ``reports_to`` names the bodies it hands its matters to (by ``id``);
    ``reports_to_principals`` the principals whose line organisations receive them directly.
    ``belongs_to`` is, for a decision-making organ, the principal whose organ it is.
    """

    id: str = described("The short id other parts of the structure use, e.g. 'RSR'.")
    name: str = described("The body's name.")
    level: Level = described("Political level or officials' level.")
    kind: BodyKind = described("What kind of body it is (beslutande organ, samverkansråd, …).")
    mandate: Mandate | None = described(
        "What the body may decide and for whom (beslutsmandat).",
        default=None,
    )
    remit: Remit | None = described(
        "The target groups and areas the body works on (uppdrag).",
        default=None,
    )
    representation: RepresentationScheme | None = described(
        "How many seats each principal holds.",
        default=None,
    )
    seats: tuple[Seat, ...] = described(
        "The seats in the body.",
        default=(),
    )
    reports_to: tuple[str, ...] = described(
        "The ids of the bodies it hands its matters to.",
        default=(),
    )
    reports_to_principals: tuple[Participant, ...] = described(
        "The principals whose line organisations receive its matters directly.",
        default=(),
    )
    belongs_to: Participant | None = described(
        "For a decision-making organ, the principal it belongs to.",
        default=None,
    )
    meetings: MeetingSchedule | None = described(
        "When the body meets (sammanträdesplan).",
        default=None,
    )
    joint_committee: bool | None = described(
        "Whether a decision-making organ is a gemensam nämnd (KL 9:19, lag 2003:192), which "
        "decides for every cooperating party; left out when not recorded.",
        default=None,
    )

    def seat_counts(self, party: Participant) -> tuple[int, int]:
        """The numbers of member and substitute seats ``party`` holds."""
        return (
            seat_count(self.seats, party, Role.MEMBER),
            seat_count(self.seats, party, Role.SUBSTITUTE),
        )


@frozen
class CollaborationStructure:
    """*Samverkansstruktur*: a county's bodies for cooperation between its principals.

    ``principals`` are the *huvudmän* (the region and the municipalities); ``principles``
    records the structure's own ground rules as the agreement words them. Body ids are unique.
    """

    name: str = described("The structure's name (samverkansstruktur).")
    principals: tuple[Participant, ...] = described(
        "The principals (huvudmän) behind the structure."
    )
    bodies: tuple[CooperationBody, ...] = described(
        "The bodies of the structure (samverkansorgan).",
        default=(),
    )
    support: tuple[AdministrativeSupport, ...] = described(
        "Administrative support such as coordinators.",
        default=(),
    )
    follow_ups: tuple[FollowUp, ...] = described(
        "Reviews (uppföljning, översyn) of the structure.",
        default=(),
    )
    period: Period | None = described(
        "The period the structure's agreement runs.",
        default=None,
    )
    principles: tuple[str, ...] = described(
        "The structure's ground rules, as worded.",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    def __attrs_post_init__(self) -> None:
        counts = Counter(b.id for b in self.bodies)
        duplicates = sorted(i for i, count in counts.items() if count > 1)
        if duplicates:
            raise ValueError(f"body ids must be unique: {', '.join(duplicates)}")

    @functools.cached_property
    def _positions(self) -> dict[str, int]:
        """The position of each body in :attr:`bodies`, by id (made once, when first asked)."""
        return {item.id: index for index, item in enumerate(self.bodies)}

    def body(self, body_id: str) -> CooperationBody:
        """The body with id ``body_id``; :class:`KeyError` when there is none."""
        return self.bodies[self._positions[body_id]]

    def index_of(self, body_id: str) -> int | None:
        """The position of body ``body_id`` in :attr:`bodies`, or ``None``."""
        return self._positions.get(body_id)

    def attached_to(self, body_id: str) -> tuple[CooperationBody, ...]:
        """The bodies that report to body ``body_id``."""
        return tuple(b for b in self.bodies if body_id in b.reports_to)

    def of_kind(self, kind: BodyKind) -> Iterator[CooperationBody]:
        """The bodies of one kind, in order."""
        return (b for b in self.bodies if b.kind is kind)

    def meeting_count(self, period: Period) -> int:
        """How many meetings of all bodies fall within ``period`` (dated ones only)."""
        return sum(len(b.meetings.occurrences(period)) for b in self.bodies if b.meetings)

    def seat_total(self) -> int:
        """The number of seats (members and substitutes) across all bodies."""
        return sum(len(b.seats) for b in self.bodies)
