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
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from attrs import frozen
from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from samverkan.errors import excerpt
from samverkan.model.common import Participant, Period, described, non_negative
from samverkan.model.provenance import Source
from samverkan.model.seats import Role, Seat, SubstitutePolicy, seat_count
from samverkan.money import exact_sum

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


class Bound(enum.Enum):
    """How a seat number in a representation scheme is to be read."""

    EXACTLY = "exakt"
    AT_LEAST = "minst"
    AT_MOST = "högst"

    def admits(self, actual: int, expected: int) -> bool:
        """Whether ``actual`` satisfies ``expected`` read with this bound.

        >>> Bound.AT_LEAST.admits(3, 2), Bound.AT_MOST.admits(3, 2)
        (True, False)
        """
        if self is Bound.AT_LEAST:
            return actual >= expected
        if self is Bound.AT_MOST:
            return actual <= expected
        return actual == expected


def _count(_: Any, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative: {value}")


def _optional_count(instance: Any, attribute: Any, value: int | None) -> None:
    if value is not None:
        _count(instance, attribute, value)


@frozen
class PartySeats:
    """The seats one party is to hold in a body: ``members`` and, where the scheme says,
    ``substitutes`` (``None``: not specified). ``bound`` reads both numbers.
    """

    party: Participant = described("The party the numbers apply to.")
    members: int = described(
        "Its member seats (ledamöter).",
        validator=_count,
    )
    substitutes: int | None = described(
        "Its substitute seats (ersättare); absent when not specified.",
        default=None,
        validator=_optional_count,
    )
    bound: Bound = described(
        "How the numbers are read: exactly, at least, at most.",
        default=Bound.EXACTLY,
    )


@frozen
class RepresentationScheme:
    """*Representation*: how many seats each principal holds in a body.

    ``members``, ``substitutes`` and ``bound`` apply to every party without an entry in
    ``overrides``. ``every_principal`` marks a county-wide (*länsövergripande*) body in which
    every principal of the structure is to be represented. ``substitute_policy`` says when an
    ersättare attends.

    Västerbotten's Samråd vård och omsorg: one seat per municipality, up to two for Umeå and
    Skellefteå, three plus three substitutes for the region, substitutes only when the ordinary
    member is absent. Norrtälje's consultation group of officials: ``members=2`` with
    ``bound=Bound.AT_LEAST`` (at least two officials from each principal).
    """

    members: int = described(
        "Member seats per principal without an override.",
        default=1,
        validator=_count,
    )
    substitutes: int | None = described(
        "Substitute seats per principal without an override; absent when not specified.",
        default=None,
        validator=_optional_count,
    )
    bound: Bound = described(
        "How the numbers are read: exactly, at least, at most.",
        default=Bound.EXACTLY,
    )
    overrides: tuple[PartySeats, ...] = described(
        "Principals with other numbers of seats.",
        default=(),
    )
    every_principal: bool = described(
        "Whether every principal is to be represented (länsövergripande).",
        default=True,
    )
    substitute_policy: SubstitutePolicy | None = described(
        "When a substitute (ersättare) attends.",
        default=None,
    )

    def __attrs_post_init__(self) -> None:
        parties = [o.party for o in self.overrides]
        if len(set(parties)) != len(parties):
            raise ValueError("a representation scheme names the same party in two overrides")

    def quota_for(self, party: Participant) -> PartySeats:
        """The seats ``party`` is to hold: its override, or the scheme's default."""
        for override in self.overrides:
            if override.party == party:
                return override
        return PartySeats(party, self.members, self.substitutes, self.bound)


def read_rrule(text: str, **options: Any) -> Any:
    """An RFC 5545 recurrence rule read by :func:`dateutil.rrule.rrulestr`, refusing ``TZID``.

    Meetings are whole days, so a time zone adds nothing, and dateutil would open whatever
    file a ``TZID`` names (``TZID=/some/path``): a document must never reach outside itself.
    """
    if "TZID" in text.upper():
        raise ValueError(_NO_TZID)
    return rrulestr(text, **options)


_NO_TZID = "a recurrence rule may not name a time zone (TZID): meetings are whole days"


def _rrule_text(_: Any, attribute: Any, value: str | None) -> None:
    if value is None:
        return
    if "DTSTART" not in value.upper():
        raise ValueError(f"{attribute.name} must state its DTSTART: {excerpt(value)}")
    if "TZID" in value.upper():
        raise ValueError(f"{attribute.name}: {_NO_TZID}")
    try:
        read_rrule(value)
    except (ValueError, TypeError, OverflowError) as error:
        raise ValueError(
            f"{attribute.name} is not an RFC 5545 recurrence rule: {excerpt(value)}"
        ) from error


@frozen
class MeetingSchedule:
    """*Sammanträdesplan*: explicit meeting ``dates``, a recurrence rule, or both.

    ``rrule`` is RFC 5545 text with its ``DTSTART`` (so it serialises as a string), read with
    :func:`dateutil.rrule.rrulestr`. ``per_year`` records a frequency stated without dates
    ("ett årligt ledningsseminarium").

    >>> schedule = MeetingSchedule(rrule="DTSTART:20200901\\nRRULE:FREQ=MONTHLY;INTERVAL=3")
    >>> [d.isoformat() for d in schedule.occurrences(Period(date(2020, 1, 1), date(2021, 1, 1)))]
    ['2020-09-01', '2020-12-01']
    """

    dates: tuple[date, ...] = described(
        "Explicit meeting dates.",
        default=(),
    )
    rrule: str | None = described(
        "An RFC 5545 recurrence rule with its DTSTART, as text.",
        default=None,
        validator=_rrule_text,
    )
    per_year: int | None = described(
        "Meetings per year, where stated without dates.",
        default=None,
        validator=_optional_count,
    )

    def occurrences(self, period: Period) -> list[date]:
        """The meeting dates within ``period``, sorted and without duplicates.

        A recurrence rule needs a period with an end.
        """
        found = {d for d in self.dates if period.contains(d)}
        if self.rrule is not None:
            if period.end is None:
                raise ValueError("listing a recurring schedule needs a period with an end")
            rule = read_rrule(self.rrule)
            start = datetime.combine(period.start, time.min)
            end = datetime.combine(period.end, time.max)
            found.update(moment.date() for moment in rule.between(start, end, inc=True))
        return sorted(found)


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
class CostShare:
    """One line of a cost-sharing key (*kostnadsfördelning*): ``percent`` of the costs, borne
    by ``payers`` (``label`` names them as the agreement does, e.g. "kommunerna").

    ``percent`` is an exact :class:`~decimal.Decimal` (``Decimal("50")`` for 50 %).
    """

    payers: tuple[Participant, ...] = described("The parties bearing this share.")
    percent: Decimal = described(
        "The share of the costs in per cent, exact.",
        validator=non_negative,
    )
    label: str = described(
        "How the agreement names the payers, e.g. 'kommunerna'.",
        default="",
    )


@frozen
class AdministrativeSupport:
    """*Administrativt stöd*, such as a *koordinatorsfunktion*.

    ``fte`` is the number of full-time equivalents (*årsarbetare*, exact), ``employer`` the
    principal that employs the staff (*organisatorisk placering*), ``supports`` the ids of the
    bodies served (empty: the whole structure) and ``cost_key`` how the costs are shared.
    """

    name: str = described("The support function's name (e.g. koordinatorsfunktion).")
    fte: Decimal | None = described(
        "Full-time equivalents (årsarbetare), exact.",
        default=None,
        validator=non_negative,
    )
    employer: Participant | None = described(
        "The principal that employs the staff (organisatorisk placering).",
        default=None,
    )
    supports: tuple[str, ...] = described(
        "The ids of the bodies served; empty: all of them.",
        default=(),
    )
    cost_key: tuple[CostShare, ...] = described(
        "How the costs are shared (kostnadsfördelning).",
        default=(),
    )

    @property
    def cost_key_total(self) -> Decimal:
        """The sum of the cost key's percentages."""
        return exact_sum(share.percent for share in self.cost_key)


@frozen
class FollowUp:
    """*Uppföljning* or *översyn*: a review of the structure, ordered or agreed.

    ``proposed_by`` and ``ordered_by`` are body ids; ``assigned_to`` names who carries it out.
    """

    what: str = described("What is to be reviewed (uppföljning, översyn).")
    due: date | None = described(
        "The day the review is due.",
        default=None,
    )
    proposed_by: str | None = described(
        "The id of the body that proposed it.",
        default=None,
    )
    ordered_by: str | None = described(
        "The id of the body that ordered it.",
        default=None,
    )
    ordered_on: date | None = described(
        "The day it was ordered.",
        default=None,
    )
    assigned_to: tuple[str, ...] = described(
        "Who carries it out.",
        default=(),
    )
    done_on: date | None = described(
        "The day it was done.",
        default=None,
    )
    note: str = described(
        "Free-text notes.",
        default="",
    )

    @classmethod
    def within(cls, what: str, start: date, delta: relativedelta, **kwargs: Any) -> FollowUp:
        """A follow-up due ``delta`` after ``start`` ("uppföljning inom tre år").

        >>> FollowUp.within("Uppföljning", date(2020, 9, 1), relativedelta(years=3)).due
        datetime.date(2023, 9, 1)
        """
        return cls(what, start + delta, **kwargs)

    def overdue(self, on: date) -> bool:
        """Whether the follow-up is due before ``on`` and not done."""
        return self.due is not None and self.done_on is None and self.due < on


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
