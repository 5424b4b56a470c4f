"""The ``samverkan`` command-line tool (also ``python -m samverkan``).

=========================================  ===============================================
``samverkan check FILE...``                check documents; exit 0, 1 (errors), 2 or 3
``samverkan rules``                        list every rule
``samverkan explain RULE-ID``              one rule in full
``samverkan schema KIND``                  the JSON Schema of a document kind
``samverkan parties [--county CODE]``      the registry of municipalities and regions
``samverkan diagram FILE``                 a structure, committee or federation as DOT/SVG
``samverkan timeline FILE``                the outcome for each period between changes
``samverkan merger SCENARIO``              the analysis of a merger of joint committees
``samverkan calendar SCENARIO``            a merger's decision calendar and consultation
``samverkan compare BEFORE AFTER``         two collaboration structures side by side
=========================================  ===============================================

Messages and labels are Swedish unless ``--lang en`` is given; the locale never comes from
the environment. Output is UTF-8 whatever the locale. Every failure is one line (or a list of
problems) on standard error and exit status 2, never a traceback; a fault in samverkan itself
is reported as an internal error with exit status 3. See ``docs/reference/cli.md``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from samverkan import __version__
from samverkan.cli_check import STDIN_NAME, CheckedDocument, check_document, read
from samverkan.cli_output import check_json, check_text, dumps, explain_text, rules_json, rules_text
from samverkan.diagram import DiagramError, to_dot, to_svg
from samverkan.errors import SamverkanError, did_you_mean, excerpt, printable
from samverkan.i18n import DEFAULT_LOCALE, LOCALES, N_, translate
from samverkan.io import SCHEMA_KINDS, schema_for
from samverkan.model.kinds import DOCUMENT_KINDS
from samverkan.parties import registry
from samverkan.rules import REGISTRY

__all__ = ["main"]

#: Exit statuses: no error findings; an error finding; unusable input or arguments; an
#: internal error (a fault in samverkan itself, reported as such).
OK, FINDINGS, UNUSABLE, INTERNAL = 0, 1, 2, 3

INTERNAL_ERROR = N_(
    "internt fel ({error}); det är ett fel i samverkan, inte i dokumentet. Rapportera det gärna."
)

_DRAWABLE = tuple(sorted(row.tag for row in DOCUMENT_KINDS if row.drawable))


def _error(message: str) -> None:
    sys.stderr.write(f"samverkan: {printable(message, keep_newlines=True)}\n")


def _utf_8(stream: object) -> None:
    """Make ``stream`` write UTF-8, whatever the locale says (``LC_ALL=C``, Latin-1)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="surrogateescape")


def _scenario_hint(name: str, lang: str) -> str | None:
    """What to say when ``check`` is given a merger scenario instead of a document."""
    from samverkan.cli_merger import SCENARIO_NOT_DOCUMENT, is_scenario

    if name == "-" or not is_scenario(name):
        return None
    return translate(SCENARIO_NOT_DOCUMENT, lang).format(file=name)


# -- commands --------------------------------------------------------------------------------


def _check(args: argparse.Namespace, out: TextIO) -> int:
    as_of: date = args.as_of or date.today()
    checked: list[CheckedDocument] = []
    unreadable = 0
    for name in args.files:
        try:
            document = read(name, sys.stdin)
        except SamverkanError as problem:
            _error(_scenario_hint(name, args.lang) or str(problem))
            unreadable += 1
            continue
        checked.append(check_document(STDIN_NAME if name == "-" else name, document, as_of))
    ok = not unreadable and all(document.ok for document in checked)
    if args.format == "json":
        out.write(check_json(checked, as_of, ok, args.lang))
    else:
        out.write(check_text(checked, as_of, args.lang))
    if unreadable:
        return UNUSABLE
    return OK if ok else FINDINGS


def _rules(args: argparse.Namespace, out: TextIO) -> int:
    out.write(rules_json(REGISTRY) if args.format == "json" else rules_text(REGISTRY, args.lang))
    return OK


def _explain(args: argparse.Namespace, out: TextIO) -> int:
    out.write(explain_text(REGISTRY.get(args.rule_id), args.lang))
    return OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    if args.kind not in SCHEMA_KINDS:
        hint = did_you_mean(args.kind, SCHEMA_KINDS)
        _error(f"unknown kind {excerpt(args.kind)}{hint} The kinds are: {', '.join(SCHEMA_KINDS)}")
        return UNUSABLE
    out.write(dumps(schema_for(args.kind)))
    return OK


def _parties(args: argparse.Namespace, out: TextIO) -> int:
    reg = registry()
    counties = [reg.county(args.county)] if args.county else reg.counties()
    for county in counties:
        out.write(f"{county.name} ({county.code}, {county.iso_3166_2})\n")
        holder = reg.regional_responsibility_holder(county.code)
        for party in reg.parties(county.code) or [holder]:
            kind = N_("region") if party.kind == "region" else N_("kommun")
            if party is holder and party.kind == "municipality":
                kind = N_("kommun, regionalt ansvar")
            orgnr = party.orgnr or translate(N_("(organisationsnummer saknas)"), args.lang)
            label = translate(kind, args.lang)
            out.write(f"  {party.code:<4}  {party.name:<28} {orgnr:<13}  {label}\n")
    return OK


def _diagram(args: argparse.Namespace, out: TextIO) -> int:
    document = read(args.file, sys.stdin)
    if document.kind not in _DRAWABLE:
        raise DiagramError(
            f"cannot draw a {document.kind} document; diagrams exist for {', '.join(_DRAWABLE)}"
        )
    dot = to_dot(document.content, args.lang)
    if args.format == "svg":
        svg = to_svg(dot)
        if args.output:
            Path(args.output).write_bytes(svg)
        else:
            out.write(svg.decode("utf-8"))
    elif args.output:
        Path(args.output).write_text(dot, encoding="utf-8")
    else:
        out.write(dot)
    return OK


# -- the parser ------------------------------------------------------------------------------


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LOCALES,
        default=DEFAULT_LOCALE,
        help="language of messages and labels (default: %(default)s)",
    )


def _add_format(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument(
        "--format",
        choices=choices,
        default=choices[0],
        help="output format (default: %(default)s)",
    )


Command = Callable[[argparse.Namespace, TextIO], int]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samverkan",
        description="Swedish inter-municipal cooperation law: check, explain and list.",
    )
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, run: Command, summary: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=summary, description=summary)
        sub.set_defaults(run=run)
        return sub

    check = add("check", _check, "check documents against the rules in force on a date")
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="a .json or .toml file; - reads stdin"
    )
    check.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date to check as of (default: today)",
    )
    _add_lang(check)
    _add_format(check, ("text", "json"))

    rules = add("rules", _rules, "list every rule with its provisions and dates")
    _add_format(rules, ("text", "json"))
    _add_lang(rules)

    explain = add("explain", _explain, "explain one rule: what it checks and what it does not")
    explain.add_argument("rule_id", metavar="RULE-ID", help="e.g. KL-9-24-representation")
    _add_lang(explain)

    schema = add("schema", _schema, "print the JSON Schema of a document kind")
    schema.add_argument("kind", metavar="KIND", help=f"one of: {', '.join(SCHEMA_KINDS)}")

    parties = add(
        "parties", _parties, "list municipalities and regions with codes and organisation numbers"
    )
    parties.add_argument("--county", metavar="CODE", help="only this county (two digits, e.g. 23)")
    _add_lang(parties)

    diagram = add("diagram", _diagram, "draw a structure, joint committee or federation")
    diagram.add_argument("file", metavar="FILE", help="a .json or .toml file; - reads stdin")
    _add_format(diagram, ("dot", "svg"))
    diagram.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    _add_lang(diagram)

    from samverkan.cli_timeline import add_timeline

    add_timeline(add, _iso_date, _add_lang, _add_format)

    from samverkan.cli_merger import add_merger

    add_merger(add, _iso_date, _add_lang, _add_format)

    from samverkan.cli_calendar import add_calendar

    add_calendar(add, _add_lang, _add_format)

    from samverkan.cli_compare import add_compare

    add_compare(add, _add_lang, _add_format)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    Output goes to ``out`` (default: standard output), problems to standard error.
    """
    _utf_8(sys.stderr)
    if out is None:
        _utf_8(sys.stdout)
    stream = out if out is not None else sys.stdout
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args, stream)
    except SamverkanError as problem:
        _error(str(problem))
        return UNUSABLE
    except OSError as problem:  # writing the output file
        _error(str(problem))
        return UNUSABLE
    except Exception as problem:  # a last resort: never a traceback, never "has errors"
        error = f"{type(problem).__name__}: {excerpt(str(problem), 200)}"
        _error(translate(INTERNAL_ERROR, getattr(args, "lang", DEFAULT_LOCALE)).format(error=error))
        return INTERNAL
    return status
