"""An overview of each body in a document: what a tjänsteskrivelse says about it.

:func:`overviews` turns a document's content (one model or a bundle) into one
:class:`BodyOverview` per model, as it stood on a date: its kind with the provision that
provides for the form, its parties, host organisation, when it was formed and what its history
records, its tasks, its seats per party and the findings of the rules. The overview holds
facts, not words: the kind and the labels are catalogue texts, the tasks their area ids, so that
:mod:`samverkan.report` can write it in any language and format, and :mod:`samverkan.diagram`
can name the tasks on a picture.

>>> from datetime import date
>>> from samverkan.model import JointCommittee, Task
>>> from samverkan.parties import registry
>>> reg = registry()
>>> ost, berg = reg.municipality("2380"), reg.municipality("2326")
>>> committee = JointCommittee(
...     "Nämnd", (ost, berg), ost, tasks=(Task("internal.procurement"),), established_year=2007
... )
>>> [body] = overviews(committee, date(2019, 9, 2))
>>> body.term, body.host, body.founded, task_names(body.tasks, "sv")
('gemensam nämnd', 'Östersund (2380)', '2007', ['Upphandling för den egna verksamheten'])
>>> body.basis.short(), body.findings[0].path
('KL 9:19', '$.content.seats')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from babel.numbers import format_percent

from samverkan._frozen import frozen
from samverkan.analysis.timeline import Cause, ChangePoint
from samverkan.competence import CATALOGUE
from samverkan.i18n import N_
from samverkan.law import Citation, parse_citation
from samverkan.model import (
    AgreementRegister,
    CollaborationStructure,
    ContractualCooperation,
    CooperationAgreement,
    JointCommittee,
    JointCommitteeBasis,
    JointlyOwnedCompany,
    LocalFederation,
    Participant,
    Pot,
    Role,
    Seat,
    Task,
    state_on,
)
from samverkan.model.history import Change, History, change_dates
from samverkan.model.kinds import DOCUMENT_KINDS, Bundle, kind_row, type_tag
from samverkan.model.seats import seat_count
from samverkan.rules import Located, Report, check
from samverkan.rules.bundles import located

__all__ = [
    "KIND_TERMS",
    "BodyOverview",
    "SeatRow",
    "history_text",
    "overviews",
    "percent",
    "task_name",
    "task_names",
]

#: The Swedish term of each document kind, as a catalogue text, from the kinds' registry.
KIND_TERMS = {row.tag: row.term for row in DOCUMENT_KINDS}

#: What the parties are called in each kind: parter, medlemmar, ägare, huvudmän.
PARTIES = N_("Parter")
MEMBERS = N_("Förbundsmedlemmar")
OWNERS = N_("Ägare")
PRINCIPALS = N_("Huvudmän")
COMMISSIONING = N_("Beställande parter")
#: What the host organisation is called in each kind.
HOST = N_("Värdorganisation")
PERFORMER = N_("Utförande part")
SEAT = N_("Säte (eget rättssubjekt)")
DECIDER = N_("Beslutande organ")

_COMMITTEE_BASES = {
    JointCommitteeBasis.KL: "KL 9:19",
    JointCommitteeBasis.CARE_AND_WELFARE: "2003:192 1 §",
    JointCommitteeBasis.GUARDIANSHIP: "FB 19:16",
}


@frozen
class SeatRow:
    """The seats one party holds in a body: *ledamöter* and *ersättare*."""

    party: Participant
    members: int
    substitutes: int


@frozen
class BodyOverview:
    """One body as a tjänsteskrivelse describes it, as it stood on ``as_of``.

    ``name`` is empty for a model without one (an agreement register).
    ``term`` is the Swedish term of its kind (a catalogue text) and ``basis`` the provision
    that provides for the form, when its act is in force on ``as_of``; ``parties_label`` and
    ``host_label`` are catalogue texts naming the parties and the host in this kind;
    ``seats`` is empty when none are recorded; ``shares`` are a company's owners' shares in per
    cent, in the order of ``parties``; ``history`` is every recorded change, in order;
    ``findings`` are the rules' findings with their paths in the file.
    """

    name: str
    short_name: str | None
    kind: str
    term: str
    basis: Citation | None
    parties_label: str
    parties: tuple[str, ...]
    host_label: str
    host: str | None
    founded: str | None
    history: tuple[Change, ...]
    tasks: tuple[Task, ...]
    seats: tuple[SeatRow, ...]
    findings: tuple[Located, ...]
    bodies: tuple[str, ...] = ()
    shares: tuple[Decimal, ...] = ()


def task_name(area: str, locale: str) -> str:
    """The task area's name in ``locale`` from the competence catalogue, or its id when the
    catalogue does not know it."""
    found = CATALOGUE.find(area)
    if found is None:
        return area
    return found.name_en if locale == "en" else found.name_sv


def percent(value: Decimal, locale: str) -> str:
    """A share in per cent as ``locale`` writes it: ``6,25 %``, ``6.25%``.

    >>> percent(Decimal("6.25"), "sv"), percent(Decimal("50"), "en")
    ('6,25\xa0%', '50%')
    """
    return format_percent(value / 100, locale=locale, decimal_quantization=False)


def task_names(tasks: Iterable[Task], locale: str) -> list[str]:
    """The names of the task areas of ``tasks``, each once, in order."""
    return list(dict.fromkeys(task_name(task.area, locale) for task in tasks))


def history_text(change: Change, locale: str) -> str:
    """A recorded change in words (``Åre (2321) träder in (beslut: …)``)."""
    return ChangePoint(change.day, Cause.DOCUMENT, change.subject, change=change).text(locale)


def _basis(text: str | None, as_of: date) -> Citation | None:
    """The provision ``text`` (``KL 9:19``) as a citation, if its act is in force on
    ``as_of``: an older act numbered its provisions otherwise, so none is cited then."""
    if text is None:
        return None
    citation = parse_citation(text)
    return citation if citation.act_in_force_on(as_of) else None


def _seats(seats: Sequence[Seat], parties: Iterable[Participant]) -> tuple[SeatRow, ...]:
    if not seats:
        return ()
    counted = tuple(seats)
    everyone = dict.fromkeys((*parties, *(seat.party for seat in counted)))
    return tuple(
        SeatRow(
            party,
            seat_count(counted, party, Role.MEMBER),
            seat_count(counted, party, Role.SUBSTITUTE),
        )
        for party in everyone
    )


def _founded(subject: object) -> str | None:
    history = getattr(subject, "history", None)
    if isinstance(history, History) and history.formed is not None:
        return str(history.formed)
    for name in ("established_year", "formed_on", "concluded_on"):
        value = getattr(subject, name, None)
        if value is not None:
            return str(value)
    period = getattr(subject, "period", None)
    return None if period is None else period.start.isoformat()


def _parties(subject: object) -> tuple[str, tuple[str, ...]]:
    """The label for the parties of ``subject`` and their names."""
    if isinstance(subject, JointCommittee):
        return PARTIES, tuple(str(p) for p in subject.parties)
    if isinstance(subject, LocalFederation):
        return MEMBERS, tuple(str(p) for p in subject.members)
    if isinstance(subject, ContractualCooperation):
        return COMMISSIONING, tuple(str(p) for p in subject.commissioning)
    if isinstance(subject, JointlyOwnedCompany):
        return OWNERS, tuple(str(h.owner) for h in subject.holdings)
    if isinstance(subject, CollaborationStructure):
        return PRINCIPALS, tuple(str(p) for p in subject.principals)
    if isinstance(subject, CooperationAgreement):
        return PARTIES, tuple(str(p) for p in (subject.region, *subject.municipalities))
    return PARTIES, ()


def _host(subject: object) -> tuple[str, str | None]:
    """The label for the host organisation of ``subject`` and its name; a federation is its
    own legal person, with its seat (*säte*)."""
    if isinstance(subject, JointCommittee):
        return HOST, str(subject.host)
    if isinstance(subject, LocalFederation):
        return SEAT, subject.charter.seat if subject.charter is not None else None
    if isinstance(subject, ContractualCooperation):
        return PERFORMER, str(subject.performing)
    if isinstance(subject, Pot):
        return DECIDER, f"{subject.decider.name} ({subject.decider.id})"
    return HOST, None


def _tasks_and_seats(subject: object) -> tuple[tuple[Task, ...], tuple[SeatRow, ...]]:
    if isinstance(subject, JointCommittee):
        return subject.tasks, _seats(subject.seats, subject.parties)
    if isinstance(subject, LocalFederation):
        return subject.tasks, _seats(subject.seats, subject.members)
    if isinstance(subject, ContractualCooperation):
        return subject.tasks, ()
    return (), ()


def _name(subject: object) -> str:
    if isinstance(subject, CooperationAgreement):
        return subject.title
    if isinstance(subject, AgreementRegister):
        return ""
    return str(getattr(subject, "name", type(subject).__name__))


def _basis_text(subject: object) -> str | None:
    if isinstance(subject, JointCommittee):
        return _COMMITTEE_BASES[subject.basis]
    return kind_row(type(subject)).citation


def overview(subject: object, report: Report, as_of: date, path: str) -> BodyOverview:
    """The overview of ``subject`` as it stood on ``as_of``, with the findings of ``report``
    placed under ``path`` (``$.content.items[2]``)."""
    current = state_on(subject, as_of)
    parties_label, parties = _parties(current)
    host_label, host = _host(current)
    tasks, seats = _tasks_and_seats(current)
    bodies: tuple[str, ...] = ()
    if isinstance(current, CollaborationStructure):
        bodies = tuple(f"{body.name} ({body.id})" for body in current.bodies)
    return BodyOverview(
        name=_name(current),
        short_name=getattr(current, "short_name", None),
        kind=type_tag(type(subject)),
        term=KIND_TERMS[type_tag(type(subject))],
        basis=_basis(_basis_text(current), as_of),
        parties_label=parties_label,
        parties=parties,
        host_label=host_label,
        host=host,
        founded=_founded(subject),
        history=tuple(change_dates(subject)),
        tasks=tasks,
        seats=seats,
        findings=tuple(sorted(located(report, path), key=lambda f: f.finding.severity.rank)),
        bodies=bodies,
        shares=tuple(h.percent for h in getattr(current, "holdings", ())),
    )


def overviews(content: object, as_of: date) -> tuple[BodyOverview, ...]:
    """One overview per model of a document's ``content`` (each item of a bundle), checked as
    of ``as_of``; the findings' paths are in the file (``$.content.items[1].seats``)."""
    if isinstance(content, Bundle):
        bundle_report = check(content, as_of=as_of)
        return tuple(
            overview(item, report, as_of, f"$.content.items[{i}]")
            for i, (item, report) in enumerate(
                zip(content.items, bundle_report.reports, strict=True)
            )
        )
    return (overview(content, check(content, as_of=as_of), as_of, "$.content"),)
