"""Cooperation agreements between a region and its county's municipalities
(*överenskommelse om samverkan*, *samverkansavtal*).

Such an agreement runs for a period, may be extended (*förlängd*), gives the region
assignments (*uppdrag*) grouped by area (*område*), each with a budget where the agreement
states one, and is revised (*reviderad*) by adding and removing assignments. The region
reports yearly how the agreement has been fulfilled, usually in a *verksamhetsberättelse*.

>>> from dateutil.relativedelta import relativedelta
>>> from samverkan.parties import registry
>>> agreement = CooperationAgreement(
...     "Överenskommelse om regional samverkan",
...     region=registry().region("23"),
...     period=Period(date(2019, 1, 1), date(2021, 12, 31)),
...     assignments=(Assignment("FoU Jämt", "Social välfärd och folkhälsa"),),
... )
>>> agreement.extended(relativedelta(years=1)).end
datetime.date(2022, 12, 31)
"""

from __future__ import annotations

import enum
import functools
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from samverkan._frozen import frozen
from samverkan.model.assignments import (
    Assignment,
    RevisedAssignments,
    Revision,
    apply_revision,
    total_budget,
)
from samverkan.model.common import (
    Adoption,
    Participant,
    Period,
    described,
    participant,
    participants,
)
from samverkan.model.provenance import Source

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

__all__ = [
    "AgreementRegister",
    "AgreementReport",
    "AgreementUse",
    "Assignment",
    "CareGroup",
    "CooperationAgreement",
    "Extension",
    "ReportingDuty",
    "RevisedAssignments",
    "Revision",
    "apply_revision",
    "total_budget",
]


class CareGroup(enum.Enum):
    """The groups HSL 16 kap. 3 § 1–3 requires a region–kommun överenskommelse on."""

    #: Personer med psykisk funktionsnedsättning (p. 1).
    PSYCHIATRIC_DISABILITY = "personer med psykisk funktionsnedsättning"
    #: Personer som missbrukar alkohol, narkotika, andra beroendeframkallande medel,
    #: läkemedel, dopningsmedel eller spel om pengar (p. 2).
    SUBSTANCE_OR_GAMBLING = "personer med missbruk eller spel om pengar"
    #: Barn och unga som vårdas utanför det egna hemmet eller är placerade i ett skyddat
    #: boende (p. 3).
    CHILDREN_IN_CARE = "barn och unga som vårdas utanför det egna hemmet"


@frozen
class Extension:
    """*Förlängning*: the agreement now runs ``until`` (inclusive).

    ``decided_on`` is the day of the decision where known; ``reference`` how the decision is
    cited (e.g. "beslut december 2020").
    """

    until: date = described("The new last day of the agreement, included (förlängning).")
    decided_on: date | None = described(
        "The day of the decision to extend.",
        default=None,
    )
    decided_by: Participant | None = described(
        "The party that decided.",
        default=None,
    )
    reference: str | None = described(
        "How the decision is cited, e.g. 'beslut december 2020'.",
        default=None,
    )


@frozen
class ReportingDuty:
    """The duty to report how the agreement is fulfilled (*årlig redovisning*).

    A report for a year is expected ``months_after_year_end`` months after that year ends
    (default: within the following year).
    """

    form: str = described(
        "The form of the yearly report, e.g. 'verksamhetsberättelse'.",
        default="verksamhetsberättelse",
    )
    to: str = described(
        "Whom the report goes to.",
        default="",
    )
    months_after_year_end: int = described(
        "Months after a year ends when its report is due.",
        default=12,
    )

    def due(self, year: int) -> date:
        """The last day on which the report for ``year`` is on time.

        >>> ReportingDuty(months_after_year_end=2).due(2020)
        datetime.date(2021, 2, 28)
        """
        from dateutil.relativedelta import relativedelta  # imported at first use

        return date(year, 12, 31) + relativedelta(months=self.months_after_year_end, day=31)


@frozen
class AgreementReport:
    """A report made under the agreement: the ``form`` for ``year``, presented on
    ``presented_on`` to the forums in ``presented_to``.
    """

    year: int = described("The year reported on.")
    presented_on: date | None = described(
        "The day the report was presented.",
        default=None,
    )
    form: str = described(
        "The form of the report, e.g. 'verksamhetsberättelse'.",
        default="verksamhetsberättelse",
    )
    presented_to: tuple[str, ...] = described(
        "The forums it was presented to.",
        default=(),
    )


@frozen
class AgreementUse:
    """An act that relies on the agreement (a payment, a report, work on an assignment)."""

    on: date = described("The day of the act.")
    what: str = described("The act that relies on the agreement.")


@frozen
class CooperationAgreement:
    """*Överenskommelse / samverkansavtal* between a ``region`` and the ``municipalities``.

    ``responsible`` names the region's organ answering for the agreement. The agreement runs
    for ``period``, extended by the latest of ``extensions``.
    """

    title: str = described("The agreement's title (överenskommelse, samverkansavtal).")
    region: Participant = described(
        "The region that is party to the agreement.", validator=participant
    )
    period: Period = described("The period the agreement runs (avtalsperiod).")
    municipalities: tuple[Participant, ...] = described(
        "The municipalities that are parties.",
        default=(),
        validator=participants,
    )
    responsible: str | None = described(
        "The region's organ answering for the agreement.",
        default=None,
    )
    adoptions: tuple[Adoption, ...] = described(
        "The parties' decisions to adopt it.",
        default=(),
    )
    extensions: tuple[Extension, ...] = described(
        "Extensions of the agreement (förlängningar).",
        default=(),
    )
    assignments: tuple[Assignment, ...] = described(
        "The assignments (uppdrag) it gives the region.",
        default=(),
    )
    revisions: tuple[Revision, ...] = described(
        "Revisions (revideringar) of the assignments.",
        default=(),
    )
    reporting: ReportingDuty | None = described(
        "The duty to report how it is fulfilled.",
        default=None,
    )
    reports: tuple[AgreementReport, ...] = described(
        "The reports made under it.",
        default=(),
    )
    uses: tuple[AgreementUse, ...] = described(
        "Acts that rely on the agreement.",
        default=(),
    )
    care_groups: frozenset[CareGroup] | None = described(
        "For the överenskommelse a region must conclude with a kommun under HSL 16:3: the groups "
        "it covers; left out when the agreement is not one.",
        default=None,
    )
    discharge_guidelines_by: tuple[Participant, ...] = described(
        "For the joint guidelines on samverkan vid utskrivning från sluten vård (lag 2017:612 "
        "4 kap. 4 §): the parties that drew them up; left out when the agreement holds none.",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    @property
    def end(self) -> date | None:
        """The last day of the agreement, extensions included (``None``: open-ended)."""
        if self.period.end is None:
            return None
        return max([self.period.end, *(e.until for e in self.extensions)])

    @property
    def effective_period(self) -> Period:
        """The period the agreement runs, extensions included."""
        return Period(self.period.start, self.end)

    def in_force_on(self, day: date) -> bool:
        """Whether the agreement applies on ``day``."""
        return self.effective_period.contains(day)

    def extended(self, delta: relativedelta, **kwargs: Any) -> CooperationAgreement:
        """The agreement with one more extension, ``delta`` beyond its current end."""
        if self.end is None:
            raise ValueError("an open-ended agreement cannot be extended")
        extension = Extension(self.end + delta, **kwargs)
        return attrs.evolve(self, extensions=(*self.extensions, extension))

    def assignments_on(self, day: date) -> tuple[Assignment, ...]:
        """The assignments in force on ``day``: revisions effective by then applied in order."""
        current = RevisedAssignments(self.assignments)
        for revision in sorted(self.revisions, key=lambda r: r.effective or date.max):
            if revision.effective is None or revision.effective > day:
                continue
            current.apply(revision)
        return tuple(current)

    def all_assignment_names(self) -> tuple[str, ...]:
        """The names of every assignment the agreement has held or holds, revisions included
        once they take effect.
        """
        names = [a.name for a in self.assignments]
        for revision in self.revisions:
            if revision.effective is not None:
                names.extend(a.name for a in revision.adds)
        return tuple(dict.fromkeys(names))

    def by_area(self, day: date | None = None) -> dict[str, tuple[Assignment, ...]]:
        """The assignments (in force on ``day``, default: as first agreed) grouped by area."""
        items = self.assignments if day is None else self.assignments_on(day)
        groups: dict[str, list[Assignment]] = {}
        for item in items:
            groups.setdefault(item.area, []).append(item)
        return {area: tuple(group) for area, group in groups.items()}

    @functools.cached_property
    def _reports_by_year(self) -> dict[int, AgreementReport]:
        """The first report for each year (made once, when first asked)."""
        by_year: dict[int, AgreementReport] = {}
        for report in self.reports:
            by_year.setdefault(report.year, report)
        return by_year

    def report_for(self, year: int) -> AgreementReport | None:
        """The report for ``year``, or ``None``."""
        return self._reports_by_year.get(year)


@frozen
class AgreementRegister:
    """A register of cooperation agreements (*avtalsregister*), checked as a whole for
    agreements that give the same assignment over the same time.
    """

    agreements: tuple[CooperationAgreement, ...] = described(
        "The agreements in the register (avtalsregister).",
        default=(),
    )
    notes: str = described("Free-text notes.", default="")
    sources: tuple[Source, ...] = described(
        "The public documents the facts were read in.", default=()
    )

    def covering(self, assignment: str, day: date) -> tuple[CooperationAgreement, ...]:
        """The agreements that hold ``assignment`` on ``day``."""
        return tuple(
            a
            for a in self.agreements
            if a.in_force_on(day) and any(x.name == assignment for x in a.assignments_on(day))
        )
