"""A merger scenario as data: the committees to merge, the merger's choices and the
consultation, and running its analysis (see :mod:`samverkan.io.scenario` for the file format).
"""

from __future__ import annotations

from datetime import date
from typing import TypeAlias

from attrs import field

from samverkan._frozen import frozen
from samverkan.analysis.calendar import DeadlineOutcome, MeetingCalendar, can_decide_by
from samverkan.analysis.merger import EffectiveFrom, MergerReport, merge_committees
from samverkan.i18n import N_
from samverkan.io.messages import ReadingMessage
from samverkan.model import JointCommittee, Participant

__all__ = [
    "CommitteeFile",
    "CommitteeSource",
    "Consultation",
    "MergerScenario",
    "consult",
    "run_scenario",
    "scenario_names",
]


@frozen
class CommitteeFile:
    """A committee read from a document file; ``path`` is kept as the scenario wrote it."""

    path: str
    committee: JointCommittee


#: A committee of a scenario: given inline, or read from a file.
CommitteeSource: TypeAlias = JointCommittee | CommitteeFile


def _non_negative_days(_: object, __: object, value: int) -> None:
    if value < 0:
        raise ValueError(f"preparation_days must not be negative: {value}")


@frozen
class Consultation:
    """A round of opinions on the merger (*remiss*): sent on ``sent_on``, answers due by
    ``deadline``; ``calendars`` are the meeting dates of the bodies asked, and
    ``preparation_days`` the time a matter needs to reach a body's agenda.
    """

    sent_on: date
    deadline: date
    calendars: tuple[MeetingCalendar, ...] = ()
    preparation_days: int = field(default=0, validator=_non_negative_days)

    def __attrs_post_init__(self) -> None:
        if self.deadline < self.sent_on:
            raise ValueError(
                ReadingMessage(
                    N_("svarsdagen ({deadline}) kan inte infalla före remissdagen ({sent_on})"),
                    deadline=self.deadline.isoformat(),
                    sent_on=self.sent_on.isoformat(),
                )
            )


@frozen(kw_only=True)
class MergerScenario:
    """A proposed merger of joint committees (*sammanslagning av gemensamma nämnder*).

    The fields mirror the arguments of :func:`~samverkan.analysis.merge_committees`;
    ``extend`` names a committee by its name or short name, ``consultation`` adds the round of
    opinions that precedes the decisions.
    """

    name: str
    description: str = ""
    as_of: date
    committees: tuple[CommitteeSource, ...]
    extend: str | None = None
    host: Participant | None = None
    keep_areas: tuple[str, ...] | None = None
    effective_from: EffectiveFrom = EffectiveFrom.NEXT_YEAR
    ready_on: date | None = None
    fullmaktige_calendars: tuple[MeetingCalendar, ...] = ()
    consultation: Consultation | None = None

    @property
    def joint_committees(self) -> tuple[JointCommittee, ...]:
        """The committees merged, whether given inline or read from files."""
        return tuple(c.committee if isinstance(c, CommitteeFile) else c for c in self.committees)

    def committee_named(self, name: str) -> JointCommittee | None:
        """The committee whose name or short name is ``name``, if any."""
        return next(
            (c for c in self.joint_committees if name in (c.name, c.short_name)),
            None,
        )


def run_scenario(scenario: MergerScenario) -> MergerReport:
    """Run the merger analysis of ``scenario`` (see :func:`~samverkan.analysis.merge_committees`).

    Raises :class:`ValueError` when ``extend`` names none of the committees.
    """
    extend = None
    if scenario.extend is not None:
        extend = scenario.committee_named(scenario.extend)
        if extend is None:
            raise ValueError(
                ReadingMessage(
                    N_("ingen nämnd i scenariot heter {name}; nämnderna är {names}"),
                    name=repr(scenario.extend),
                    names=scenario_names(scenario),
                )
            )
    return merge_committees(
        scenario.joint_committees,
        name=scenario.name,
        as_of=scenario.as_of,
        extend=extend,
        host=scenario.host,
        keep_areas=scenario.keep_areas,
        ready_on=scenario.ready_on,
        fullmaktige_calendars=scenario.fullmaktige_calendars,
        effective_from=scenario.effective_from,
    )


def consult(scenario: MergerScenario) -> tuple[DeadlineOutcome, ...]:
    """For each body of the scenario's consultation: can it answer by the deadline?

    Empty when the scenario has no consultation.
    """
    round_ = scenario.consultation
    if round_ is None:
        return ()
    return tuple(
        can_decide_by(
            round_.calendars,
            round_.deadline,
            available_from=round_.sent_on,
            preparation_days=round_.preparation_days,
        )
    )


def scenario_names(scenario: MergerScenario) -> str:
    return ", ".join(repr(c.short_name or c.name) for c in scenario.joint_committees)


# -- reading --------------------------------------------------------------------------------
