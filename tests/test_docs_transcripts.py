"""The terminal transcripts in the README and the docs show what the commands print.

A transcript is a ```` ```console ```` block: a line ``$ samverkan ARGS`` is a command, the
lines up to the next ``$`` line are what it prints. A command shown without output is not run
(``samverkan --help``, a command whose file is only an example name). Elisions: a line that is
only ``…`` stands for any number of lines, and a line ending in ``…`` for any line that begins
with the text before it. A block preceded by ``<!-- transcript: not run … -->`` is skipped.
"""

from __future__ import annotations

import io
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from samverkan.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("README.md", "docs/start.md", "docs/reference/cli.md")
ELISION = "…"
NOT_RUN = "<!-- transcript: not run"
_FENCE = re.compile(r"^```console\n(.*?)^```", re.DOTALL | re.MULTILINE)
_PROGRAM = re.compile(r"^\$ (?:\.venv/bin/)?samverkan (.*)$")


@dataclass(frozen=True)
class Transcript:
    page: str
    line: int
    command: str
    shown: tuple[str, ...]


def _transcripts(page: str) -> list[Transcript]:
    text = (ROOT / page).read_text(encoding="utf-8")
    found = []
    for fence in _FENCE.finditer(text):
        before = text[: fence.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if before.startswith(NOT_RUN):
            continue
        first_line = text.count("\n", 0, fence.start()) + 2
        lines = fence.group(1).rstrip("\n").split("\n")
        starts = [i for i, line in enumerate(lines) if line.startswith("$ ")]
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=False):
            program = _PROGRAM.match(lines[start])
            shown = tuple(lines[start + 1 : end])
            if program and shown:
                found.append(Transcript(page, first_line + start, program.group(1), shown))
    return found


def matches(shown: tuple[str, ...], printed: list[str]) -> bool:
    """Whether ``printed`` is what ``shown`` shows, elisions allowed."""
    if not shown:
        return not printed
    head, rest = shown[0], shown[1:]
    if head.strip() in (ELISION, "..."):
        return any(matches(rest, printed[skip:]) for skip in range(len(printed) + 1))
    if not printed:
        return False
    if head.endswith(ELISION):
        fits = printed[0].startswith(head[: -len(ELISION)].rstrip())
    else:
        fits = printed[0].rstrip() == head.rstrip()
    return fits and matches(rest, printed[1:])


TRANSCRIPTS = [t for page in PAGES for t in _transcripts(page)]


def test_the_pages_have_transcripts() -> None:
    assert {t.page for t in TRANSCRIPTS} == set(PAGES)


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=[f"{t.page}:{t.line}" for t in TRANSCRIPTS])
def test_transcript_shows_what_the_command_prints(
    transcript: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    main(shlex.split(transcript.command), out)
    printed = out.getvalue().rstrip("\n").split("\n")
    assert matches(transcript.shown, printed), "\n".join(printed)


@pytest.mark.parametrize(
    ("shown", "printed", "expected"),
    [
        (("a", "…", "d"), ["a", "b", "c", "d"], True),
        (("a", "…"), ["a"], True),
        (("a, b, …",), ["a, b, c"], True),
        (("a", "b"), ["a"], False),
        (("a",), ["a", "b"], False),
        (("x …",), ["y"], False),
    ],
)
def test_elisions(shown: tuple[str, ...], printed: list[str], expected: bool) -> None:
    assert matches(shown, printed) is expected
