"""Benchmarks of samverkan at national scale, each as a ratio against a floor from the same run.

    .venv/bin/python benchmarks/run.py                    # 0.1x, 1x and 10x; writes the docs
    .venv/bin/python benchmarks/run.py --scales 0.1 1 --no-write
    .venv/bin/python benchmarks/run.py --profile          # cProfile of load and check at 1x
    .venv/bin/python benchmarks/run.py --only check       # check against load at 1x, printed
    .venv/bin/python benchmarks/run.py --only imports     # the import times, printed

Measured, on the register of ``benchmarks/generate.py``:

* loading it from JSON into models (:func:`samverkan.io.loads`) against :func:`json.loads`
  of the same bytes;
* dumping it (:func:`samverkan.io.dumps`) against :func:`json.dumps` of the same plain data
  (:func:`samverkan.io.to_data`) with the same options;
* checking every rule on every item (:func:`samverkan.rules.check`) against the load time;
* the same load of the core documents (joint committees, federations, contractual
  cooperation) by the pydantic v2 peer in ``benchmarks/pydantic_peer.py``;
* time per item at every scale asked for, to show whether growth is linear, and the check
  time of one fund pot as its ledger grows;
* the peak and retained memory of a load (:mod:`tracemalloc`);
* the import time of samverkan against ``import attrs, cattrs``, in fresh interpreters, alone
  and with a small document loaded and checked (what the imports leave to the first use).

Every time is the median of several runs. As :mod:`timeit` does, the garbage collector is
run before and disabled during each timed run, for the floor and for samverkan alike, so
that a collection that happens to fall in one run does not decide a ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from floor import Floor  # noqa: E402
from generate import AS_OF, DEFAULT_SEED, generate  # noqa: E402
from pydantic_peer import load_core  # noqa: E402

from samverkan.io import Bundle, dumps, loads, to_data  # noqa: E402
from samverkan.io.fastdump import std_json_text  # noqa: E402
from samverkan.model import (  # noqa: E402
    Application,
    ContractualCooperation,
    Contribution,
    Decision,
    JointCommittee,
    LocalFederation,
    Payment,
    Pot,
)
from samverkan.model.history import state_on  # noqa: E402
from samverkan.rules import REGISTRY, check  # noqa: E402
from samverkan.rules.context import Context, RuleContext  # noqa: E402

DOC = ROOT / "docs" / "performance.md"
START = "<!-- results: written by benchmarks/run.py -->"
END = "<!-- end of results -->"
CORE = (JointCommittee, LocalFederation, ContractualCooperation)


def median_time(action: Callable[[], Any], repeat: int) -> float:
    """The median CPU time of ``repeat`` runs of ``action``, in seconds (GC off)."""
    return statistics.median(paired({"x": action}, repeat, gc_on=False)["x"])


def paired(
    contenders: dict[str, Callable[[], Any]], repeat: int, *, gc_on: bool
) -> dict[str, list[float]]:
    """CPU times (s) of every contender, run once per repetition in a rotating order.

    The garbage collector runs before every call. With ``gc_on`` it stays on during the
    call, as users call the library (``samverkan.io.loads`` pauses it itself); without, it is
    off during the call, as :mod:`timeit` does. Times are :func:`time.process_time`, which a
    busy machine disturbs less than the wall clock.
    """
    names = list(contenders)
    times: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(repeat):
        order = names[rep % len(names) :] + names[: rep % len(names)]
        for name in order:
            gc.collect()
            if not gc_on:
                gc.disable()
            try:
                start = time.process_time()
                contenders[name]()
                times[name].append(time.process_time() - start)
            finally:
                gc.enable()
    return times


def ratio(times: dict[str, list[float]], a: str, b: str) -> float:
    """The median of the per-repetition ratios a ÷ b."""
    return float(statistics.median(x / y for x, y in zip(times[a], times[b], strict=True)))


def check_all(bundle: Bundle) -> int:
    """Check every item; the number of findings."""
    return sum(len(check(item, as_of=AS_OF)) for item in bundle.items)


def todays_dumps(document: Any) -> str:
    """:func:`samverkan.io.dumps` as it was: the same data, the standard library's encoder."""
    return std_json_text(to_data(document))


def measure_scale(scale: float, seed: int, repeat: int, full: bool) -> dict[str, Any]:
    """Load, dump and check times of the register at ``scale``, with their floors.

    ``full`` also measures with the collector on, and the dump as it was.
    """
    bundle = generate(scale, seed)
    text = dumps(bundle)
    data = text.encode("utf-8")
    plain = to_data(bundle)
    build = Floor().builder(Bundle)
    assert loads(data).content == bundle, "the register does not survive a round trip"
    assert build(json.loads(data)["content"]) == bundle, "the floor builds another model"
    contenders: dict[str, Callable[[], Any]] = {
        "json_loads": lambda: json.loads(data),
        "floor": lambda: build(json.loads(data)["content"]),
        "load": lambda: loads(data),
        "dump": lambda: dumps(bundle),
        "check": lambda: check_all(bundle),
    }
    if full:
        contenders["json_dumps"] = lambda: std_json_text(plain)
        contenders["old_dump"] = lambda: todays_dumps(bundle)
    off = paired(contenders, repeat, gc_on=False)
    result: dict[str, Any] = {
        "scale": scale,
        "items": len(bundle.items),
        "megabytes": len(data) / 1e6,
        "off": off,
        "findings": check_all(bundle),
        **{name: statistics.median(values) for name, values in off.items()},
    }
    if full:
        kept = ("json_loads", "floor", "load", "check")
        on = paired({k: contenders[k] for k in kept}, repeat, gc_on=True)
        result["on"] = on
    result.update(measure_memory(data, build))
    return result


def measure_memory(data: bytes, build: Callable[[Any], Any]) -> dict[str, float]:
    """Peak and retained memory (MB) of loading ``data``, of ``json.loads`` alone and of the
    floor (``json.loads`` and ``build``ing the same objects), by :mod:`tracemalloc`."""
    out: dict[str, float] = {}
    actions: tuple[tuple[str, Callable[[bytes], Any]], ...] = (
        ("json", json.loads),
        ("floor", lambda raw: build(json.loads(raw)["content"])),
        ("load", loads),
    )
    for name, action in actions:
        gc.collect()
        tracemalloc.start()
        try:
            kept = action(data)
            current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        out[f"{name}_peak_mb"] = peak / 1e6
        out[f"{name}_kept_mb"] = current / 1e6
        del kept
    return out


def measure_peer(seed: int, repeat: int) -> dict[str, Any]:
    """samverkan and the pydantic peer loading the same core documents (1x), paired, with
    the collector on (as users call both) and off."""
    register = generate(1.0, seed)
    core = Bundle(tuple(item for item in register.items if isinstance(item, CORE)))
    data = dumps(core).encode("utf-8")
    peer = load_core(data)
    assert len(peer.content.items) == len(core.items)
    contenders: dict[str, Callable[[], Any]] = {
        "json_loads": lambda: json.loads(data),
        "load": lambda: loads(data),
        "pydantic": lambda: load_core(data),
    }
    on = paired(contenders, repeat, gc_on=True)
    off = paired(contenders, repeat, gc_on=False)
    return {
        "items": len(core.items),
        "on": on,
        "off": off,
        **{name: statistics.median(values) for name, values in on.items()},
    }


LEDGERS = (250, 1000, 4000)


def measure_ledgers(seed: int, repeat: int) -> dict[int, float]:
    """Check time (s) of one pot whose ledger has n applications, decisions and payments.

    The pot rules compare each decision with the ones before it and each payment with its
    case: linear growth here means they do so without searching the whole ledger each time.
    """
    pot = next(item for item in generate(0.02, seed).items if isinstance(item, Pot))
    out: dict[int, float] = {}
    for n in LEDGERS:
        day = [date(2019, 1, 1) + timedelta(days=i * 3650 // n) for i in range(n)]
        cases = [f"RUN/{i}/{day[i].year}" for i in range(n)]
        ledger = attrs.evolve(
            pot,
            contributions=(Contribution("Eget kapital", Decimal(10**9), date(2018, 1, 1)),),
            applications=tuple(
                Application("Sökande", Decimal(1000), "Projekt", cases[i]) for i in range(n)
            ),
            proposals=(),
            decisions=tuple(
                Decision(cases[i], pot.decider.id, day[i], Decimal(1000)) for i in range(n)
            ),
            payments=tuple(
                Payment(cases[i], Decimal(1000), day[i] + timedelta(days=30)) for i in range(n)
            ),
        )
        out[n] = median_time(functools.partial(check, ledger, as_of=AS_OF), repeat)
    return out


IMPORT_PROBE = (
    "import time\nstart = time.perf_counter()\n{statement}\nprint(time.perf_counter() - start)\n"
)
#: A small example document, read as bytes, loaded and checked after the imports: what is left
#: to the first use (message catalogues, patterns, the converter, comparisons, the rules)
#: shows here.
FIRST_DOCUMENT = ROOT / "examples" / "jamtland" / "gnu-region.json"
FIRST_USE = (
    "import samverkan.io, samverkan.rules\n"
    "from datetime import date\n"
    f"with open({str(FIRST_DOCUMENT)!r}, 'rb') as stream:\n"
    "    data = stream.read()\n"
    "samverkan.rules.check(samverkan.io.loads(data).content, as_of=date(2019, 9, 2))"
)
IMPORTS = {
    "attrs, cattrs": "import attrs, cattrs",
    "samverkan": "import samverkan",
    "samverkan.io, samverkan.rules": "import samverkan.io, samverkan.rules",
    "samverkan.io, samverkan.rules, load and check": FIRST_USE,
}


def measure_imports(repeat: int) -> dict[str, float]:
    """Median in-process import time (s) of each statement, each run in a fresh interpreter,
    interleaved: every repetition runs every statement once, in turn.

    Bytecode is written and a first round discarded, as for an installed package (pip compiles
    it on installation): what is measured is importing, not compiling the sources.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(repeat + 1):
        for name, statement in IMPORTS.items():
            code = IMPORT_PROBE.format(statement=statement)
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, check=True, text=True, env=env
            )
            runs[name].append(float(done.stdout))
    out = {name: statistics.median(values[1:]) for name, values in runs.items()}
    for key, name in (
        ("added", "samverkan.io, samverkan.rules"),
        ("first_use_added", "samverkan.io, samverkan.rules, load and check"),
    ):
        pairs = zip(runs[name][1:], runs["attrs, cattrs"][1:], strict=True)
        out[key] = statistics.median(ours - floor for ours, floor in pairs)
    return out


def measure_check(seed: int, repeat: int) -> str:
    """The check of the 1x register against its load, and the load against the floor (GC
    off, interleaved), as a line."""
    bundle = generate(1.0, seed)
    data = dumps(bundle).encode("utf-8")
    build = Floor().builder(Bundle)
    contenders: dict[str, Callable[[], Any]] = {
        "floor": lambda: build(json.loads(data)["content"]),
        "load": lambda: loads(data),
        "check": lambda: check_all(bundle),
    }
    off = paired(contenders, repeat, gc_on=False)
    med = statistics.median
    return (
        f"check {ms(med(off['check']))}, load {ms(med(off['load']))}, floor "
        f"{ms(med(off['floor']))}: check ÷ load {ratio(off, 'check', 'load'):.2f}×, load ÷ "
        f"floor {ratio(off, 'load', 'floor'):.2f}× (medians of {repeat} interleaved rounds, "
        "GC off)"
    )


def measure_rules(seed: int, repeat: int, limit: int) -> str:
    """The CPU time of each rule alone over the subjects it applies to in the 1x register
    (fastest of ``repeat`` runs, GC off), slowest first, against the whole check."""
    bundle = generate(1.0, seed)
    context = Context(AS_OF)
    subjects = [state_on(item, AS_OF) for item in bundle.items]
    rows = []
    for rule in REGISTRY:
        if not rule.in_force_on(AS_OF):
            continue
        bound = RuleContext(rule, context)
        when = rule.applies_when
        mine = [s for s in subjects if isinstance(s, rule.applies_to) and (not when or when(s))]
        if mine:
            run = functools.partial(_run_rule, rule.check, mine, bound)
            run()  # warm the caches, as the check's first subjects do
            rows.append((min(_cpu(run) for _ in range(repeat)), rule.id, len(mine)))
    check_all(bundle)
    whole = min(_cpu(lambda: check_all(bundle)) for _ in range(repeat))
    rows.sort(reverse=True)
    alone = sum(seconds for seconds, _, _ in rows)
    lines = [
        f"The whole check: {ms(whole)}; the rules alone, summed: {ms(alone)} (the rest is the "
        "engine: plans, histories, reports). Fastest of "
        f"{repeat} runs, CPU time, GC off.",
        "",
        "| Rule | Subjects | ms | µs per subject | Share of the check |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {rule_id} | {count:,} | {seconds * 1000:.1f} | {seconds / count * 1e6:.1f} | "
        f"{seconds / whole:.0%} |"
        for seconds, rule_id, count in rows[:limit]
    ]
    return "\n".join(lines)


def _run_rule(run: Callable[[Any, Any], Any], subjects: list[Any], ctx: Any) -> None:
    for subject in subjects:
        for _ in run(subject, ctx):
            pass


def _cpu(action: Callable[[], Any]) -> float:
    """The CPU time of one call of ``action``, the collector run before and off during it."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        action()
        return time.process_time() - start
    finally:
        gc.enable()


def profile(seed: int, limit: int) -> str:
    """cProfile excerpts (by own time) of loading and checking the 1x register."""
    bundle = generate(1.0, seed)
    data = dumps(bundle).encode("utf-8")
    report = io.StringIO()
    for title, action in (("load", lambda: loads(data)), ("check", lambda: check_all(bundle))):
        action()  # warm the caches
        gc.collect()
        gc.disable()
        profiler = cProfile.Profile()
        try:
            profiler.runcall(action)
        finally:
            gc.enable()
        report.write(f"### {title}\n\n```text\n")
        stats = pstats.Stats(profiler, stream=report)
        stats.strip_dirs().sort_stats("tottime").print_stats(limit)
        report.write("```\n\n")
    return report.getvalue()


# -- the report ----------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.platform()}; {os.cpu_count()} CPUs ({cpu}); "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def spread(scales: list[dict[str, Any]], cost: Callable[[dict[str, Any]], float]) -> float:
    """Largest ÷ smallest time per item across the scales (1.0: perfectly linear)."""
    per_item = [cost(s) / s["items"] for s in scales]
    return float(max(per_item) / min(per_item))


#: The largest spread of time per item across the scales still called linear growth.
LINEAR = 1.3


def table(
    scales: list[dict[str, Any]],
    peer: dict[str, Any],
    imports: dict[str, float],
    ledgers: dict[int, float],
    main: float,
) -> str:
    one = next(s for s in scales if s["scale"] == main)
    on, off = one["on"], one["off"]
    added = imports["added"]
    load_on = ratio(on, "load", "json_loads")
    floor_on = ratio(on, "floor", "json_loads")
    load_off = ratio(off, "load", "json_loads")
    load_floor = ratio(off, "load", "floor")
    floor_json = ratio(off, "floor", "json_loads")
    check_off = ratio(off, "check", "load")
    check_on = ratio(on, "check", "load")
    dump_ratio = ratio(off, "dump", "old_dump")
    peer_on = ratio(peer["on"], "load", "pydantic")
    peer_off = ratio(peer["off"], "load", "pydantic")
    med = statistics.median
    rows = [
        (
            "Load the register, GC on (as users call it)",
            ms(med(on["load"])),
            f"json.loads of the same bytes, GC on: {ms(med(on['json_loads']))} (the floor, "
            f"GC on: {floor_on:.2f}× it)",
            f"{load_on:.2f}×",
            "≤ 2.0×",
            verdict(load_on <= 2.0),
        ),
        (
            "Load the register, GC off",
            ms(med(off["load"])),
            f"the floor (json.loads + the same objects, no checks): {ms(med(off['floor']))}",
            f"{load_floor:.2f}×",
            "≤ 1.2×",
            verdict(load_floor <= 1.2),
        ),
        (
            "… the same against json.loads, GC off",
            ms(med(off["load"])),
            f"json.loads: {ms(med(off['json_loads']))} (the floor is {floor_json:.2f}× it)",
            f"{load_off:.2f}×",
            "—",
            "—",
        ),
        (
            f"Load the core documents ({peer['items']:,} items), GC on",
            ms(med(peer["on"]["load"])),
            f"pydantic v2 peer, same bytes: {ms(med(peer['on']['pydantic']))} "
            f"(json.loads: {ms(med(peer['on']['json_loads']))}); GC off: {peer_off:.2f}×",
            f"{peer_on:.2f}×",
            "< 1×",
            verdict(peer_on < 1),
        ),
        (
            "Check every rule on every item, GC off",
            ms(med(off["check"])),
            f"loading the register: {ms(med(off['load']))}; GC on: {check_on:.2f}×",
            f"{check_off:.2f}×",
            "≤ 0.5×",
            verdict(check_off <= 0.5),
        ),
        (
            "Dump the register (models → JSON), GC off",
            ms(med(off["dump"])),
            f"dumps as it was (to_data + json.dumps): {ms(med(off['old_dump']))}; "
            f"json.dumps alone: {ms(med(off['json_dumps']))}",
            f"{dump_ratio:.2f}×",
            "≤ 0.5×",
            verdict(dump_ratio <= 0.5),
        ),
        (
            "Peak memory of a load (tracemalloc)",
            f"{one['load_peak_mb']:,.0f} MB",
            f"json.loads: {one['json_peak_mb']:,.0f} MB; the floor: {one['floor_peak_mb']:,.0f} MB",
            f"{one['load_peak_mb'] / one['json_peak_mb']:.1f}×",
            "≤ 70 MB",
            verdict(one["load_peak_mb"] <= 70),
        ),
        (
            "Memory kept by the loaded register",
            f"{one['load_kept_mb']:,.0f} MB",
            f"the parsed JSON: {one['json_kept_mb']:,.0f} MB",
            f"{one['load_kept_mb'] / one['json_kept_mb']:.1f}×",
            "—",
            "—",
        ),
        (
            "Import samverkan.io and samverkan.rules",
            ms(imports["samverkan.io, samverkan.rules"]),
            f"import attrs, cattrs: {ms(imports['attrs, cattrs'])}",
            f"+{added * 1000:.0f} ms (median of the per-round differences)",
            "< +60 ms",
            verdict(added < 0.06),
        ),
        (
            f"… and load and check a small document ({FIRST_DOCUMENT.name})",
            ms(imports["samverkan.io, samverkan.rules, load and check"]),
            f"import attrs, cattrs: {ms(imports['attrs, cattrs'])}",
            f"+{imports['first_use_added'] * 1000:.0f} ms (median of the per-round differences)",
            "—",
            "—",
        ),
        ("Import samverkan (the package alone)", ms(imports["samverkan"]), "—", "—", "—", "—"),
    ]
    lines = [
        f"Register at scale {main:g}: {one['items']:,} items, {one['megabytes']:.1f} MB of "
        f"JSON, {one['findings']:,} findings on {AS_OF.isoformat()}. Every ratio is the median "
        f"of per-repetition ratios of CPU times, both sides run in turn in one process "
        f"({len(off['load'])} repetitions).",
        "",
        "| Measure | samverkan | Floor or peer | Ratio | Target | |",
        "| --- | ---: | --- | ---: | --- | --- |",
        *(f"| {' | '.join(row)} |" for row in rows),
        "",
        "Growth, as CPU time per item with GC off (linear growth keeps each column flat); the "
        "100× row is estimated from the largest scale measured, not run:",
        "",
        "| Scale | Items | JSON | json.loads | Floor | Load | Dump | Check "
        "| Peak memory of a load |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in scales:
        per = 1e6 / s["items"]
        lines.append(
            f"| {s['scale']:g}× | {s['items']:,} | {s['megabytes']:.1f} MB "
            f"| {s['json_loads'] * per:.1f} µs | {s['floor'] * per:.1f} µs "
            f"| {s['load'] * per:.1f} µs | {s['dump'] * per:.1f} µs | {s['check'] * per:.1f} µs "
            f"| {s['load_peak_mb']:,.0f} MB |"
        )
    big = scales[-1]
    factor = 100 / big["scale"]
    lines.append(
        f"| 100× (estimate) | {big['items'] * factor:,.0f} | {big['megabytes'] * factor:,.0f} MB "
        f"| {ms(big['json_loads'] * factor)} | {ms(big['floor'] * factor)} "
        f"| {ms(big['load'] * factor)} | {ms(big['dump'] * factor)} "
        f"| {ms(big['check'] * factor)} | {big['load_peak_mb'] * factor:,.0f} MB |"
    )
    if len(scales) > 1:
        spreads = {
            "json.loads": spread(scales, lambda s: s["json_loads"]),
            "floor": spread(scales, lambda s: s["floor"]),
            "load": spread(scales, lambda s: s["load"]),
            "dump": spread(scales, lambda s: s["dump"]),
            "check": spread(scales, lambda s: s["check"]),
        }
        shown = ", ".join(f"{name} {value:.2f}" for name, value in spreads.items())
        own = max(spreads["load"], spreads["dump"], spreads["check"])
        lines += [
            "",
            f"Largest ÷ smallest time per item across the scales: {shown}. Linear growth "
            f"(load, dump and check within {LINEAR}× per item from "
            f"{scales[0]['scale']:g}× to {scales[-1]['scale']:g}×): {verdict(own <= LINEAR)}.",
        ]
    per_entry = {n: seconds / n * 1e6 for n, seconds in ledgers.items()}
    ledger_spread = max(per_entry.values()) / min(per_entry.values())
    lines += [
        "",
        "Checking one fund pot as its ledger grows (applications, decisions and payments):",
        "",
        "| Ledger entries | Check | Per entry |",
        "| ---: | ---: | ---: |",
        *(f"| {n:,} | {ms(ledgers[n])} | {per_entry[n]:.1f} µs |" for n in ledgers),
        "",
        f"Largest ÷ smallest per entry: {ledger_spread:.2f}; linear: "
        f"{verdict(ledger_spread <= LINEAR)}.",
    ]
    return "\n".join(lines) + "\n"


def write_doc(report: str, command: str) -> None:
    """Put ``report`` between the markers of docs/performance.md, keeping the prose around."""
    block = f"{START}\n\nMachine: {machine()}.\n\nCommand: `{command}`\n\n{report}\n{END}"
    text = DOC.read_text("utf-8") if DOC.exists() else f"# Performance\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = f"{text.rstrip()}\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(head + block + tail, "utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=float, nargs="+", default=[0.1, 1.0, 10.0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (3 above 1x)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-write", action="store_true", help="do not touch the docs")
    parser.add_argument("--profile", action="store_true", help="print cProfile excerpts only")
    parser.add_argument(
        "--only",
        choices=("check", "rules", "imports"),
        help="measure only the check against the load at 1x, each rule alone at 1x, or only "
        "the imports; prints and does not touch the docs",
    )
    args = parser.parse_args(argv)
    if args.profile:
        print(profile(args.seed, 25))
        return
    if args.only == "check":
        print(measure_check(args.seed, args.repeat))
        return
    if args.only == "rules":
        print(measure_rules(args.seed, args.repeat, 15))
        return
    if args.only == "imports":
        imports = measure_imports(max(args.repeat, 7))
        print(", ".join(f"import {name}: {ms(imports[name])}" for name in IMPORTS))
        print(f"samverkan.io and samverkan.rules add {imports['added'] * 1000:.0f} ms")
        print(
            f"with a small document loaded and checked, {imports['first_use_added'] * 1000:.0f} ms"
        )
        return
    scales = []
    main_scale = 1.0 if 1.0 in args.scales else sorted(args.scales)[-1]
    for scale in sorted(args.scales):
        repeat = args.repeat if scale <= 1 else min(args.repeat, 3)
        print(f"scale {scale:g}: {repeat} runs per measure ...", file=sys.stderr, flush=True)
        scales.append(measure_scale(scale, args.seed, repeat, full=scale == main_scale))
    print("pydantic peer ...", file=sys.stderr, flush=True)
    peer = measure_peer(args.seed, args.repeat)
    print("pot ledgers ...", file=sys.stderr, flush=True)
    ledgers = measure_ledgers(args.seed, args.repeat)
    print("imports ...", file=sys.stderr, flush=True)
    imports = measure_imports(max(args.repeat, 7))
    report = table(scales, peer, imports, ledgers, main_scale)
    print(f"Machine: {machine()}\n")
    print(report)
    if not args.no_write:
        shown = " ".join(["benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])])
        write_doc(report, f".venv/bin/python {shown}".strip())
        print(f"written to {DOC.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
