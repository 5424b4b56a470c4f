"""The timeline of a whole register: ``timeline`` for every item of the generated register.

    python benchmarks/timeline.py --scale 0.1

Prints the number of items, of periods and of change points, and the time per item and in all
(the median of ``--repeat`` runs). A measurement, not a test: nothing here fails on time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import DEFAULT_SEED, generate  # noqa: E402

from samverkan.analysis.timeline import timeline  # noqa: E402

START, END = date(1986, 1, 1), date(2026, 1, 1)


def timelines(items: Sequence[object]) -> tuple[int, int]:
    """Every item's timeline from 1986 to 2026; the numbers of periods and change points."""
    periods = changes = 0
    for item in items:
        line = timeline(item, START, END)
        periods += len(line.periods)
        changes += len(line.changes)
    return periods, changes


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    items = generate(args.scale, args.seed).items
    times = []
    for _ in range(args.repeat):
        began = time.perf_counter()
        periods, changes = timelines(items)
        times.append(time.perf_counter() - began)
    total = statistics.median(times)
    print(f"items: {len(items)}, periods: {periods}, change points: {changes}")
    print(f"timeline of the register: {total:.2f} s, {1000 * total / len(items):.2f} ms per item")


if __name__ == "__main__":
    main()
