"""``samverkan timeline FILE [--from DATE] [--to DATE]``: the outcome of the rules for every
period in which neither the law nor the document changes.

The command reads a document like ``check`` does and prints, for each subject, the periods
with their outcome, the acts whose rules judged them, the rules that reported errors or
warnings, and the causes of each period's first day with their citations.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from samverkan.analysis.timeline import Timeline, timeline
from samverkan.analysis.timeline_output import timeline_data, timeline_text
from samverkan.cli_check import STDIN_NAME, read
from samverkan.io import Bundle

__all__ = ["add_timeline", "run_timeline"]


def _subjects(content: object) -> list[object]:
    return list(content.items) if isinstance(content, Bundle) else [content]


def run_timeline(args: argparse.Namespace, out: TextIO) -> int:
    """Print the timeline of every subject in the document; exit 1 when a period has errors."""
    document = read(args.file, sys.stdin)
    lines: list[Timeline] = [
        timeline(subject, args.start, args.end) for subject in _subjects(document.content)
    ]
    if args.format == "json":
        data: dict[str, Any] = {
            "file": STDIN_NAME if args.file == "-" else args.file,
            "timelines": [timeline_data(line, args.lang) for line in lines],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(timeline_text(lines, args.lang))
    errors = any(p.errors for line in lines for p in line.periods)
    return 1 if errors else 0


def add_timeline(
    add: Callable[..., argparse.ArgumentParser],
    iso_date: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    add_format: Callable[..., None],
) -> None:
    """Register the ``timeline`` command with the helpers of :mod:`samverkan.cli`."""
    sub = add(
        "timeline", run_timeline, "the outcome for every period between changes in law or document"
    )
    sub.add_argument("file", metavar="FILE", help="a .json or .toml file; - reads stdin")
    sub.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="first day (default: the formation, else 1986-01-01)",
    )
    sub.add_argument(
        "--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help="last day (default: today)"
    )
    add_lang(sub)
    add_format(sub, ("text", "json"))
