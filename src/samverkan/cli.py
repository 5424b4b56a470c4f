"""The ``samverkan`` command-line tool (also ``python -m samverkan``).

=========================================  ===============================================
``samverkan check FILE...``                check documents; exit 0, 1 (errors), 2 or 3
``samverkan rules``                        list every rule
``samverkan explain RULE-ID``              one rule in full
``samverkan schema KIND``                  the JSON Schema of a document kind
``samverkan new KIND``                     a commented starting document to write by hand
``samverkan parties [--county COUNTY]``    the registry of municipalities and regions
``samverkan diagram FILE``                 a document or merger scenario as DOT, SVG, PNG, PDF
``samverkan timeline FILE``                the outcome for each period between changes
``samverkan merger SCENARIO``              the analysis of a merger of joint committees
``samverkan calendar SCENARIO``            a merger's decision calendar and consultation
``samverkan compare BEFORE AFTER``         two collaboration structures side by side
``samverkan report FILE``                  an overview of the bodies, Markdown or HTML
=========================================  ===============================================

Messages and labels are Swedish unless ``--lang en`` is given; the locale never comes from
the environment. Output is UTF-8 whatever the locale. Every failure is one line (or a list of
problems) on standard error and exit status 2, never a traceback; a fault in samverkan itself
is reported as an internal error with exit status 3. See ``docs/reference/cli.md``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TextIO

from samverkan import __version__
from samverkan.cli_check import CheckedDocument, UnreadableDocument, check_named
from samverkan.cli_new import add_new, unknown_kind
from samverkan.cli_output import (
    check_json,
    check_text,
    document_error_text,
    dumps,
    explain_text,
    rules_json,
    rules_text,
    unreadable_text,
)
from samverkan.cli_select import filtered, github, matching
from samverkan.errors import DocumentError, InputError, SamverkanError, excerpt, printable
from samverkan.i18n import DEFAULT_LOCALE, LOCALES, N_, translate
from samverkan.io import SCHEMA_KINDS, schema_for, type_tag
from samverkan.law import CATALOGUE
from samverkan.rules import REGISTRY, Severity

__all__ = ["main"]

#: Exit statuses: no error findings; an error finding; unusable input or arguments; an
#: internal error (a fault in samverkan itself, reported as such).
OK, FINDINGS, UNUSABLE, INTERNAL = 0, 1, 2, 3

INTERNAL_ERROR = N_(
    "internt fel ({error}); det är ett fel i samverkan, inte i dokumentet. Rapportera det gärna."
)


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


def _silence(stream: TextIO) -> None:
    """Point standard output at ``/dev/null`` after a broken pipe, so that the flush at exit
    does not fail again and print a traceback."""
    if stream is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


# -- commands --------------------------------------------------------------------------------


def _colour(choice: str, out: TextIO) -> bool:
    """Colour when asked (``always``), or on a terminal without ``NO_COLOR`` (``auto``)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def _failed(documents: Sequence[CheckedDocument], fail_on: str) -> bool:
    """An error finding; with ``--fail-on warning`` also a warning."""
    failing = {Severity.ERROR} if fail_on == "error" else {Severity.ERROR, Severity.WARNING}
    return any(f.finding.severity in failing for d in documents for f in d.findings)


def _check(args: argparse.Namespace, out: TextIO) -> int:
    as_of: date = args.as_of or date.today()
    for name in [*args.select, *args.ignore]:
        matching(REGISTRY, name)  # an unknown rule is unusable input before any reading
    checked: list[CheckedDocument] = []
    unreadable: list[UnreadableDocument] = []
    for name in args.files:
        result = check_named(name, sys.stdin, as_of)
        if isinstance(result, UnreadableDocument):
            _error(_scenario_hint(name, args.lang) or unreadable_text(result, args.lang))
            unreadable.append(result)
        else:
            checked.append(result)
    checked = filtered(checked, REGISTRY, args.select, args.ignore)
    ok = not unreadable and not _failed(checked, args.fail_on)
    if args.format == "json":
        out.write(check_json(checked, as_of, ok, args.lang, unreadable))
    elif args.format == "github":
        out.write(github(checked, args.lang))
    else:
        colour = _colour(args.color, out)
        out.write(check_text(checked, as_of, args.lang, colour=colour, quiet=args.quiet))
    if unreadable:
        return UNUSABLE
    return OK if ok else FINDINGS


def _statute(name: str) -> str:
    """The SFS number of the act ``name``: an SFS number (``2003:192``) or a name the
    catalogue knows (``KL``, ``kommunallagen``: the act in force now)."""
    name = name.strip()
    if re.fullmatch(r"\d{4}:\d+", name):
        return name
    return CATALOGUE.named(name).sfs


def _rules(args: argparse.Namespace, out: TextIO) -> int:
    sfs = None if args.statute is None else _statute(args.statute)
    chosen = [
        rule
        for rule in REGISTRY
        if (args.kind is None or any(type_tag(kind) == args.kind for kind in rule.applies_to))
        and (sfs is None or any(citation.sfs == sfs for citation in rule.citations))
        and (args.severity is None or rule.severity.value == args.severity)
    ]
    text = rules_json(chosen, args.lang) if args.format == "json" else rules_text(chosen, args.lang)
    out.write(text)
    return OK


def _explain(args: argparse.Namespace, out: TextIO) -> int:
    try:
        ids = matching(REGISTRY, args.rule_id)
    except InputError:
        REGISTRY.get(args.rule_id)  # raises, suggesting the closest ids
        raise  # pragma: no cover - get raised
    if len(ids) == 1:
        out.write(explain_text(REGISTRY.get(ids[0]), args.lang))
    else:
        out.write(rules_text([REGISTRY.get(rule_id) for rule_id in ids], args.lang))
    return OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    if args.kind not in SCHEMA_KINDS:
        _error(unknown_kind(args.kind))
        return UNUSABLE
    out.write(dumps(schema_for(args.kind)))
    return OK


# -- the parser ------------------------------------------------------------------------------


_EXIT_STATUS = """exit status:
  0  done    2  unusable input or arguments    3  internal error (a fault in samverkan)"""

_EPILOGS = {
    "check": """examples:
  samverkan check avtal.json --as-of 2024-01-01
  samverkan check avtal/*.toml --fail-on warning --quiet
  samverkan check avtal.json --ignore KL-2-1 --select "KL 9:24" --format json
  samverkan check avtal.json --format github        (annotations in GitHub Actions)

exit status:
  0  no error finding (nor a warning, with --fail-on warning)
  1  an error finding (or a warning, with --fail-on warning)
  2  a file could not be read, or an unknown rule or argument
  3  internal error (a fault in samverkan)""",
    "rules": """examples:
  samverkan rules --statute KL --severity error
  samverkan rules --kind joint_committee --format json

"""
    + _EXIT_STATUS,
    "explain": """examples:
  samverkan explain KL-9-24-representation
  samverkan explain "KL 9:24"          (the rules citing a provision)
  samverkan explain kl-9-2             (the rules whose id starts so)

"""
    + _EXIT_STATUS,
    "parties": """examples:
  samverkan parties --county 23
  samverkan parties --county Jämtland
  samverkan parties | grep -i berg

"""
    + _EXIT_STATUS,
    "schema": _EXIT_STATUS,
}


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
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=_EPILOGS.get(name),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
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
    _add_format(check, ("text", "json", "github"))
    check.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="error",
        help="exit 1 on an error finding, or also on a warning (default: %(default)s)",
    )
    check.add_argument(
        "-q", "--quiet", action="store_true", help="only the summary lines of the text report"
    )
    for option, verb in (("--select", "report only"), ("--ignore", "leave out")):
        check.add_argument(
            option,
            action="append",
            default=[],
            metavar="RULE",
            help=f"{verb} the findings of RULE: an id, an id prefix (KL-9) or a "
            'provision ("KL 9:24"); repeatable',
        )
    check.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the severity labels: on a terminal without NO_COLOR (auto), always or "
        "never (default: %(default)s)",
    )

    rules = add("rules", _rules, "list every rule with its provisions and dates")
    _add_format(rules, ("text", "json"))
    rules.add_argument(
        "--kind", choices=SCHEMA_KINDS, help="only the rules that check this document kind"
    )
    rules.add_argument(
        "--statute", metavar="ACT", help="only the rules citing this act: KL, SoL, 2003:192, …"
    )
    rules.add_argument(
        "--severity", choices=[s.value for s in Severity], help="only rules of this severity"
    )
    _add_lang(rules)

    explain = add("explain", _explain, "explain one rule: what it checks and what it does not")
    explain.add_argument(
        "rule_id",
        metavar="RULE-ID",
        help="a rule id in any case (KL-9-24-representation), an id prefix (KL-9-2) or a "
        'provision ("KL 9:24"); several rules are listed',
    )
    _add_lang(explain)

    schema = add("schema", _schema, "print the JSON Schema of a document kind")
    schema.add_argument("kind", metavar="KIND", help=f"one of: {', '.join(SCHEMA_KINDS)}")

    from samverkan.cli_parties import add_parties

    add_parties(add, _add_lang)

    from samverkan.cli_diagram import add_diagram

    add_diagram(add, _iso_date, _add_lang, _add_format)

    from samverkan.cli_timeline import add_timeline

    add_timeline(add, _iso_date, _add_lang, _add_format)

    from samverkan.cli_merger import add_merger

    add_merger(add, _iso_date, _add_lang, _add_format)

    from samverkan.cli_calendar import add_calendar

    add_calendar(add, _add_lang, _add_format)

    from samverkan.cli_compare import add_compare

    add_compare(add, _add_lang, _add_format)
    add_new(add, _add_lang)

    from samverkan.cli_report import add_report

    add_report(add, _iso_date, _add_lang, _add_format)
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
        if out is None:
            stream.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _silence(stream)
        return OK
    except DocumentError as problem:  # a scenario, or a document it names, cannot be read
        _error(document_error_text(problem, getattr(args, "lang", DEFAULT_LOCALE)))
        return UNUSABLE
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
