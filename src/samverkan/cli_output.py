"""The command line's reports: check results, the rule list and one rule explained.

Each comes as text for people, with every label from the message catalogues and every
control character of a document escaped (``\\x1b``: a name cannot act on the terminal),
and (except ``explain``) as JSON for programs, in the stable format described in
``docs/reference/cli.md``.
JSON is written with sorted keys and non-ASCII text as it is, so equal input gives equal bytes.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from samverkan.cli_check import CheckedDocument, UnreadableDocument
from samverkan.errors import DocumentError, printable
from samverkan.i18n import N_, format_value, translate
from samverkan.io import type_tag
from samverkan.io.messages import localise, message_id, parameters
from samverkan.io.positions import Position
from samverkan.io.report_schema import FORMAT_VERSION
from samverkan.io.reports import dumps, finding_data, rule_data
from samverkan.law.verification import VERIFICATION_LABELS
from samverkan.rules import Category, Located, Outcome, Rule, RuleKind, Severity
from samverkan.rules.finding import CATEGORY_LABELS, FIX_LABEL, OUTCOME_LABELS, SEVERITY_LABELS
from samverkan.rules.registry import ALWAYS
from samverkan.rules.texts import LIST_ITEM, rule_text

__all__ = [
    "check_json",
    "check_text",
    "document_error_text",
    "dumps",
    "explain_text",
    "rules_json",
    "rules_text",
    "unreadable_text",
]

COVERAGE = N_("Prövade regler: {judged}, inte i kraft: {not_in_force}")
NOT_JUDGED_RULES = N_("inte prövat: {rules}")
KIND = N_("Slag")
RULE = N_("Regel")
CITATION = N_("Lagrum")
PATH = N_("Sökväg")
LOCATION = N_("Plats")
PROBLEMS = N_("{count} problem i dokumentet:")
ITEM = N_("Avser")
SEVERITY = N_("Allvarlighetsgrad")
IN_FORCE = N_("Gäller")
FROM = N_("från {start}")
FROM_TO = N_("från {start} till och med {end}")
ANY_DATE = N_("oavsett datum")
APPLIES_TO = N_("Prövar")
VERIFICATION = N_("Verifiering")
REVIEWED = N_("Granskad")
DESCRIPTION = N_("Beskrivning")
BLIND_SPOTS = N_("Prövar inte")
ENGLISH_ONLY = N_("Regelns beskrivning finns ännu inte på svenska och visas på engelska.")
AS_OF = N_("Kontroll per {date}")
NO_FINDINGS = N_("Inga anmärkningar.")
SUMMARY = N_("Fel: {errors}, varningar: {warnings}, information: {infos}.")
DOCUMENTS = N_("Dokument: {count}, med fel: {failed}.")


def _label(message: str, locale: str) -> str:
    return translate(message, locale)


# -- check -----------------------------------------------------------------------------------


def _coverage_data(document: CheckedDocument) -> dict[str, Any]:
    return {
        "judged": document.rules("judged"),
        "not_judged": document.rules("not_judged"),
        "not_in_force": document.rules("not_in_force"),
        "not_recorded": [
            item.path
            for item in document.findings
            if item.finding.category is Category.NOT_RECORDED
        ],
    }


def _at(file: str, position: Position | None) -> str | None:
    """``file:line:column`` as compilers write it, ``None`` without a position."""
    return None if position is None else f"{file}:{position[0]}:{position[1]}"


def _placed(position: Position | None) -> dict[str, int | None]:
    line, column = position or (None, None)
    return {"line": line, "column": column}


def _finding_data(document: CheckedDocument, item: Located, locale: str) -> dict[str, Any]:
    """A finding with the model it is about and its line and column in the file."""
    subject = document.subject(item)
    return {
        **finding_data(item.finding, locale, item.path),
        **_placed(document.position(item)),
        "subject": None
        if subject is None
        else {"kind": subject[0], "name": subject[1], "file": document.file},
    }


def unreadable_data(failure: UnreadableDocument, locale: str) -> dict[str, Any]:
    """A file that could not be read, with each problem in ``locale``."""
    return {
        "file": failure.file,
        "problems": [
            {
                "path": path,
                "message": localise(message, locale),
                "message_id": message_id(message),
                "parameters": parameters(message, locale),
                **_placed(position),
            }
            for path, message, position in failure.problems()
        ],
    }


def unreadable_text(failure: UnreadableDocument, locale: str) -> str:
    """Why a file could not be read, in ``locale``: one line per problem, each starting with
    ``file:line:column`` where the problem has a place in the text."""
    problems = failure.problems()
    if not isinstance(failure.error, DocumentError):  # a directory named: one sentence
        return localise(problems[0][1], locale)
    head = _label(PROBLEMS, locale).format(count=len(problems))
    lines = [f"{failure.file}: {head}"]
    for path, message, position in problems:
        at = _at(failure.file, position)
        lines.append(f"  {at + ': ' if at else ''}{path}: {localise(message, locale)}")
    return "\n".join(lines)


def document_error_text(error: DocumentError, locale: str) -> str:
    """A file that could not be read, outside ``check`` (a merger scenario and the documents
    it names), as :func:`unreadable_text` writes it: every problem in ``locale``."""
    return unreadable_text(UnreadableDocument(error.source or "-", error), locale)


def check_json(
    documents: Sequence[CheckedDocument],
    as_of: date,
    ok: bool,
    locale: str,
    unreadable: Sequence[UnreadableDocument] = (),
) -> str:
    """The JSON report of a check (format :data:`~samverkan.io.report_schema.FORMAT_VERSION`);
    ``ok`` is false when a document has an error or was not judged, or a file could not be
    read (``unreadable``)."""
    data = {
        "format_version": FORMAT_VERSION,
        "ok": ok and not unreadable and all(d.outcome is Outcome.NO_ERRORS for d in documents),
        "as_of": as_of.isoformat(),
        "unreadable": [unreadable_data(failure, locale) for failure in unreadable],
        "documents": [
            {
                "file": document.file,
                "ok": document.outcome is Outcome.NO_ERRORS,
                "outcome": document.outcome.value,
                "coverage": _coverage_data(document),
                "findings": [_finding_data(document, item, locale) for item in document.findings],
            }
            for document in documents
        ],
    }
    return dumps(data)


def _count(document: CheckedDocument, severity: Severity) -> int:
    return sum(1 for item in document.findings if item.finding.severity is severity)


def _coverage_text(document: CheckedDocument, locale: str) -> str:
    """One line: the outcome, how many rules judged, and what was not judged."""
    coverage = _label(COVERAGE, locale).format(
        judged=document.count("judged"), not_in_force=document.count("not_in_force")
    )
    not_judged = document.rules("not_judged")
    if not_judged:
        rules = ", ".join(not_judged)
        coverage += "; " + _label(NOT_JUDGED_RULES, locale).format(rules=rules)
    return f"{_label(OUTCOME_LABELS[document.outcome], locale)} {coverage}."


#: ANSI colours of the severity labels on a terminal: red, yellow, cyan.
COLOURS = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def _severity(severity: Severity, locale: str, colour: bool) -> str:
    label = _label(SEVERITY_LABELS[severity], locale)
    return f"{COLOURS[severity]}{label}\x1b[0m" if colour else label


def _document_text(
    document: CheckedDocument, locale: str, *, colour: bool = False, quiet: bool = False
) -> list[str]:
    lines = [printable(document.file)]
    for item in () if quiet else document.findings:
        finding = item.finding
        citations = "; ".join(c.swedish() for c in finding.citations)
        message = printable(finding.message(locale))
        lines.append(f"  {_severity(finding.severity, locale, colour)}: {message}")
        if (fix := finding.fix(locale)) is not None:
            lines.append(f"    {_label(FIX_LABEL, locale)}: {printable(fix)}")
        lines.append(f"    {_label(RULE, locale)}: {finding.rule_id}")
        if finding.category is not Category.LAW:
            lines.append(
                f"    {_label(KIND, locale)}: {_label(CATEGORY_LABELS[finding.category], locale)}"
            )
        if citations:
            lines.append(f"    {_label(CITATION, locale)}: {citations}")
        lines.append(f"    {_label(PATH, locale)}: {printable(item.path)}")
        at = _at(document.file, document.position(item))
        if at is not None:
            lines.append(f"    {_label(LOCATION, locale)}: {printable(at)}")
        if item.item is not None:
            lines.append(f"    {_label(ITEM, locale)}: {printable(item.item)}")
    if not document.findings and not quiet:
        lines.append(f"  {_label(NO_FINDINGS, locale)}")
    summary = _label(SUMMARY, locale).format(
        errors=_count(document, Severity.ERROR),
        warnings=_count(document, Severity.WARNING),
        infos=_count(document, Severity.INFO),
    )
    return [*lines, f"  {summary}", f"  {_coverage_text(document, locale)}"]


def check_text(
    documents: Sequence[CheckedDocument],
    as_of: date,
    locale: str,
    *,
    colour: bool = False,
    quiet: bool = False,
) -> str:
    """The text report of a check, grouped by document, most serious findings first;
    ``quiet`` leaves out the findings (only the summary lines), ``colour`` colours the
    severity labels with ANSI escapes."""
    lines = [_label(AS_OF, locale).format(date=format_value(as_of, locale))]
    for document in documents:
        lines += ["", *_document_text(document, locale, colour=colour, quiet=quiet)]
    if len(documents) > 1:
        failed = sum(1 for document in documents if not document.ok)
        lines += ["", _label(DOCUMENTS, locale).format(count=len(documents), failed=failed)]
    return "\n".join(lines) + "\n"


# -- rules and explain -----------------------------------------------------------------------


def _kinds(rule: Rule) -> list[str]:
    return [type_tag(kind) for kind in rule.applies_to]


def rules_json(rules: Iterable[Rule], locale: str) -> str:
    """Every rule as JSON: ``{"rules": [...]}`` in registration order, summaries in
    ``locale``."""
    return dumps({"rules": [rule_data(rule, locale) for rule in rules]})


def _validity(rule: Rule, locale: str) -> str:
    if rule.valid_from == ALWAYS and rule.valid_to is None:
        return _label(ANY_DATE, locale)
    start = format_value(rule.valid_from, locale)
    if rule.valid_to is None:
        return _label(FROM, locale).format(start=start)
    end = format_value(rule.valid_to, locale)
    return _label(FROM_TO, locale).format(start=start, end=end)


def _facts(rule: Rule, locale: str) -> list[str]:
    return [
        f"{_label(SEVERITY, locale)}: {_label(SEVERITY_LABELS[rule.severity], locale)}",
        f"{_label(IN_FORCE, locale)}: {_validity(rule, locale)}",
        f"{_label(APPLIES_TO, locale)}: {', '.join(_kinds(rule))}",
    ]


def rules_text(rules: Iterable[Rule], locale: str) -> str:
    """Every rule with its severity, provisions, dates and summary, for reading."""
    blocks = []
    for rule in rules:
        citations = "; ".join(c.swedish() for c in rule.citations)
        lines = [rule.id, f"  {_label(CITATION, locale)}: {citations}"]
        lines += [f"    {citation.lagen_nu_url}" for citation in rule.citations]
        lines += [f"  {line}" for line in _facts(rule, locale)]
        blocks.append("\n".join([*lines, f"  {rule_text(rule, locale).summary}"]))
    return "\n\n".join(blocks) + "\n"


WIDTH = 92
#: A number and the unit of a citation that follows it, kept on one line ("9 kap.", "24 §").
_CITATION_UNIT = re.compile(r"(?<=\d) (?=kap\.|§|st\.)")
_NO_BREAK = "\xa0"


def _wrapped(text: str, indent: str = "") -> list[str]:
    kept = _CITATION_UNIT.sub(_NO_BREAK, text)
    lines = textwrap.wrap(kept, WIDTH, subsequent_indent=indent, break_on_hyphens=False)
    return [line.replace(_NO_BREAK, " ") for line in lines]


def _filled(paragraph: str) -> list[str]:
    """One paragraph wrapped to :data:`WIDTH`, never between a number and its "kap." or "§";
    a list's items each with a hanging indent."""
    if not paragraph.startswith(LIST_ITEM):
        return _wrapped(paragraph)
    lines: list[str] = []
    for item in paragraph.splitlines():
        lines += _wrapped(item, " " * len(LIST_ITEM))
    return lines


def _indented(paragraphs: Iterable[str]) -> list[str]:
    """The paragraphs wrapped, separated by a blank line and indented by two spaces."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += ["", *(f"  {line}" for line in _filled(paragraph))]
    return lines[1:]


def explain_text(rule: Rule, locale: str) -> str:
    """One rule in full: description, provisions with links, dates, verification and what
    it does not check, all in ``locale``. Where the description has no translation yet into
    ``locale`` it is given in English, and a note says so."""
    text = rule_text(rule, locale)
    lines = [rule.id, ""]
    if text.locale != locale:
        lines += [_label(ENGLISH_ONLY, locale), ""]
    lines += [f"{_label(DESCRIPTION, locale)}:", *_indented((text.summary, *text.body)), ""]
    lines.append(f"{_label(CITATION, locale)}:")
    for citation in rule.citations:
        lines += [f"  {citation.swedish()}", f"    {citation.lagen_nu_url}"]
    lines += ["", *_facts(rule, locale)]
    if rule.kind is RuleKind.CONSISTENCY:
        lines.append(
            f"{_label(KIND, locale)}: {_label(CATEGORY_LABELS[Category.CONSISTENCY], locale)}"
        )
    elif rule.verification is not None:
        label = _label(VERIFICATION_LABELS[rule.verification], locale)
        lines.append(f"{_label(VERIFICATION, locale)}: {label}")
    lines += [f"{_label(REVIEWED, locale)}: {format_value(rule.verified_on, locale)}", ""]
    lines += [f"{_label(BLIND_SPOTS, locale)}:", *_indented(text.blind_spots)]
    return "\n".join(lines) + "\n"
