"""What the overview report says: the blocks for each body, labelled in the reader's language.

Per body, in the manner of a tjänsteskrivelse's "Befintliga gemensamma nämnder": its kind with
the provision that provides for the form, its parties, host organisation, when it was formed
and its recorded history, its tasks by the competence catalogue's names, its seats per party
and the rules' findings, each with its provisions linked to lagen.nu.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from samverkan.analysis.overview import BodyOverview, history_text, percent, task_name
from samverkan.errors import printable
from samverkan.i18n import N_, format_value, translate
from samverkan.model.history import ChangeKind
from samverkan.report.document import Block, Fields, Heading, Inline, Items, Link, Paragraph, Table
from samverkan.rules import Located, Severity
from samverkan.rules.finding import SEVERITY_LABELS

__all__ = ["report_blocks"]

TITLE = N_("Översikt: {file}")
AS_OF = N_("Bedömning per {date}")
SUMMARY = N_("Organ: {bodies}. Fel: {errors}, varningar: {warnings}, information: {infos}.")
KIND = N_("Slag")
FOUNDED = N_("Inrättad")
NOT_STATED = N_("anges inte")
HISTORY = N_("Historik")
TASKS = N_("Uppgifter")
NO_TASKS = N_("Inga uppgifter anges.")
SEATS = N_("Platser")
NO_SEATS = N_("Platserna anges inte.")
PARTY = N_("Part")
MEMBERS = N_("Ledamöter")
SUBSTITUTES = N_("Ersättare")
TOTAL = N_("Summa")
BODIES = N_("Organ")
FINDINGS = N_("Anmärkningar")
NO_FINDINGS = N_("Inga anmärkningar.")
PATH = N_("sökväg {path}")
AREA = N_("område")


def _t(message: str, locale: str, **params: object) -> str:
    text = translate(message, locale)
    return (
        text.format(**{k: format_value(v, locale) for k, v in params.items()}) if params else text
    )


def _clean(text: str) -> str:
    """A document's text on one line, control characters escaped."""
    return " ".join(printable(text).split())


def _kind(body: BodyOverview, locale: str) -> Inline:
    term = _t(body.term, locale)
    if body.basis is None:
        return (term,)
    return (f"{term}, ", Link(body.basis.swedish(), body.basis.lagen_nu_url))


def _fields(body: BodyOverview, locale: str) -> Fields:
    names = [_clean(p) for p in body.parties]
    if body.shares:
        names = [f"{n} ({percent(s, locale)})" for n, s in zip(names, body.shares, strict=True)]
    parties = ", ".join(names) or _t(NOT_STATED, locale)
    rows: list[tuple[str, Inline]] = [
        (_t(KIND, locale), _kind(body, locale)),
        (f"{_t(body.parties_label, locale)} ({len(body.parties)})", (parties,)),
    ]
    if body.host is not None or body.kind in ("joint_committee", "local_federation"):
        host = _clean(body.host) if body.host is not None else _t(NOT_STATED, locale)
        rows.append((_t(body.host_label, locale), (host,)))
    rows.append((_t(FOUNDED, locale), (body.founded or _t(NOT_STATED, locale),)))
    return Fields(tuple(rows))


def _tasks(body: BodyOverview, locale: str) -> list[Block]:
    if not body.tasks:
        return [Heading(3, _t(TASKS, locale)), Paragraph((_t(NO_TASKS, locale),))]
    items: list[Inline] = []
    for task in body.tasks:
        text = f"{task_name(task.area, locale)} ({_t(AREA, locale)} {task.area})"
        if task.for_parties:
            text += ": " + ", ".join(str(p) for p in task.for_parties)
        if task.description:
            text += f" – {task.description}"
        items.append((_clean(text),))
    return [Heading(3, _t(TASKS, locale)), Items(tuple(items))]


def _seats(body: BodyOverview, locale: str) -> list[Block]:
    if body.kind not in ("joint_committee", "local_federation"):
        return []
    heading = Heading(3, _t(SEATS, locale))
    if not body.seats:
        return [heading, Paragraph((_t(NO_SEATS, locale),))]
    rows = [(_clean(str(r.party)), str(r.members), str(r.substitutes)) for r in body.seats]
    total = (
        _t(TOTAL, locale),
        str(sum(r.members for r in body.seats)),
        str(sum(r.substitutes for r in body.seats)),
    )
    header = (_t(PARTY, locale), _t(MEMBERS, locale), _t(SUBSTITUTES, locale))
    return [heading, Table(header, (*rows, total))]


def _finding(item: Located, locale: str) -> Inline:
    finding = item.finding
    severity = _t(SEVERITY_LABELS[finding.severity], locale)
    parts: list[str | Link] = [f"{severity}: {_clean(finding.message(locale))} ({finding.rule_id}"]
    for citation in finding.citations:
        parts += ["; ", Link(citation.swedish(), citation.lagen_nu_url)]
    parts.append(f"; {_t(PATH, locale, path=_clean(item.path))})")
    return tuple(parts)


def _history(body: BodyOverview, locale: str) -> tuple[Inline, ...]:
    """The recorded changes, each with its day; a formation known only to the year or month
    is dated so, not by its first day."""
    lines: list[Inline] = []
    for change in body.history:
        if change.kind is ChangeKind.FORMED_BY:
            continue
        day = change.subject if change.kind is ChangeKind.FORMED else change.day.isoformat()
        lines.append((f"{day}: {_clean(history_text(change, locale))}",))
    return tuple(lines)


def _body(body: BodyOverview, locale: str) -> list[Block]:
    term = _t(body.term, locale)
    name = body.name or term[:1].upper() + term[1:]
    title = _clean(f"{body.short_name}: {name}" if body.short_name else name)
    blocks: list[Block] = [Heading(2, title), _fields(body, locale)]
    history = _history(body, locale)
    if history:
        blocks += [Heading(3, _t(HISTORY, locale)), Items(history)]
    if body.bodies:
        blocks += [Heading(3, _t(BODIES, locale)), Items(tuple((_clean(b),) for b in body.bodies))]
    else:
        blocks += _tasks(body, locale)
    blocks += _seats(body, locale)
    blocks.append(Heading(3, _t(FINDINGS, locale)))
    if body.findings:
        blocks.append(Items(tuple(_finding(f, locale) for f in body.findings)))
    else:
        blocks.append(Paragraph((_t(NO_FINDINGS, locale),)))
    return blocks


def _count(bodies: Sequence[BodyOverview], severity: Severity) -> int:
    return sum(1 for b in bodies for f in b.findings if f.finding.severity is severity)


def report_blocks(
    file: str, bodies: Sequence[BodyOverview], as_of: date, locale: str
) -> list[Block]:
    """The overview report of the document ``file``, whose models are ``bodies``."""
    summary = _t(
        SUMMARY,
        locale,
        bodies=len(bodies),
        errors=_count(bodies, Severity.ERROR),
        warnings=_count(bodies, Severity.WARNING),
        infos=_count(bodies, Severity.INFO),
    )
    blocks: list[Block] = [
        Heading(1, _t(TITLE, locale, file=_clean(file))),
        Paragraph((_t(AS_OF, locale, date=as_of),)),
        Paragraph((summary,)),
    ]
    for body in bodies:
        blocks += _body(body, locale)
    return blocks
