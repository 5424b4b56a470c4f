"""Merger scenarios: a proposed merger of joint committees written down as a file.

A scenario names the joint committees to merge and the choices of the merger, so that the
analysis of :func:`~samverkan.analysis.merge_committees` can be kept beside the documents it
reads and rerun by anyone. People write scenarios in TOML; JSON is read too. A committee is
either the path of a ``joint_committee`` document, relative to the scenario file, or an inline
document (an object with ``schema_version``, ``kind`` and ``content``)::

    name = "Gemensam upphandlingsnämnd"
    as_of = 2019-09-02
    committees = ["gnu-region.json", "gnu-municipalities.json", "gns.json"]
    keep_areas = ["internal.procurement"]
    host = "2380"

The fields (only ``name``, ``committees`` and ``as_of`` are required):

* ``name``: the merged committee's name; ``description``: free text for the reader;
* ``as_of``: the date the merged committee is checked as of;
* ``committees``: two or more committees, as paths or inline documents;
* ``extend``: the name (or short name) of the committee that is widened; without it a new
  committee replaces them all;
* ``host``: the code of the party that hosts a new committee (default: the first party);
* ``keep_areas``: the task areas the merged committee keeps (default: all);
* ``effective_from``: ``"year"`` (1 January after the last decision, the default) or
  ``"month"``;
* ``ready_on`` and ``fullmaktige_calendars``: when the proposal can go to the parties'
  fullmäktige and their meeting dates, each calendar naming its ``party``;
* ``consultation``: a round of opinions (*remiss*) on the merger: ``sent_on``, ``deadline``,
  ``preparation_days`` and the ``calendars`` of the bodies asked.

:func:`load_scenario` reads a file (every problem at once, in a
:class:`~samverkan.errors.DocumentError` with paths, each message a
:class:`~samverkan.io.messages.ReadingMessage`: English as text, Swedish or English with
``localise``, as ``samverkan merger --lang`` shows it); :func:`run_scenario` runs the merger
analysis; :func:`consult` says which bodies can answer the consultation in time;
:func:`dump_scenario` writes a scenario back, paths kept as they were written.

>>> from datetime import date
>>> from samverkan.model import JointCommittee, Task
>>> from samverkan.parties import registry
>>> reg = registry()
>>> berg, ost = reg.municipality("2326"), reg.municipality("2380")
>>> it = JointCommittee("IT-nämnd", (berg, ost), ost, tasks=(Task("internal.it"),))
>>> payroll = JointCommittee("Lönenämnd", (berg, ost), berg, tasks=(Task("internal.payroll"),))
>>> scenario = MergerScenario(
...     name="Servicenämnd", committees=(it, payroll), as_of=date(2024, 1, 1), extend="IT-nämnd"
... )
>>> report = run_scenario(scenario)
>>> report.merged.host.name, [t.area for t in report.merged.tasks]
('Östersund', ['internal.it', 'internal.payroll'])
>>> print(dumps_scenario(attrs.evolve(scenario, committees=(
...     CommitteeFile("it.json", it), CommitteeFile("lon.json", payroll)))), end="")
name = "Servicenämnd"
as_of = 2024-01-01
committees = [
    "it.json",
    "lon.json",
]
extend = "IT-nämnd"
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import cattrs

from samverkan.errors import EXCERPT_LENGTH, DocumentError
from samverkan.i18n import N_
from samverkan.io.converter import describe_value, make_converter, problems_from
from samverkan.io.documents import Document, Format, from_data, load, to_data
from samverkan.io.formats import decode, parse_json, parse_toml, read_file
from samverkan.io.messages import ReadingMessage, hint_for, quoted
from samverkan.io.problems import missing_field
from samverkan.io.scenario_model import (
    CommitteeFile,
    CommitteeSource,
    Consultation,
    MergerScenario,
    consult,
    run_scenario,
    scenario_names,
)
from samverkan.model import JointCommittee

__all__ = [
    "CommitteeFile",
    "Consultation",
    "MergerScenario",
    "consult",
    "dump_scenario",
    "dumps_scenario",
    "load_scenario",
    "loads_scenario",
    "run_scenario",
    "scenario_from_data",
    "scenario_to_data",
]


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


@functools.cache
def _toml_converter() -> cattrs.Converter:
    """Dates as TOML dates (``2019-09-02``), not text, for people reading the file."""
    converter = make_converter()
    converter.register_unstructure_hook(date, lambda value: value)
    return converter


def _format_of(path: Path) -> Format | None:
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return "toml"
    if suffix == ".json":
        return "json"
    return None


def load_scenario(path: str | os.PathLike[str]) -> MergerScenario:
    """Read a scenario file, TOML (``.toml``) or JSON (``.json``).

    Committee paths are read relative to the directory of the scenario file, and must stay
    within it (see :func:`loads_scenario`). Raises
    :class:`~samverkan.errors.DocumentError` listing every problem found, with its path.
    """
    where = Path(path)
    chosen = _format_of(where)
    if chosen is None:
        message = ReadingMessage(
            N_("formatet framgår inte av ändelsen {suffix}; använd .toml eller .json"),
            suffix=repr(where.suffix),
        )
        raise DocumentError([("$", message)], str(where))
    return loads_scenario(read_file(where), chosen, base=where.parent, source=str(where))


def loads_scenario(
    data: str | bytes,
    format: Format = "toml",
    *,
    base: str | os.PathLike[str] | None = None,
    source: str | None = None,
) -> MergerScenario:
    """Read a scenario from text; committee paths are read relative to ``base`` (default:
    the working directory). ``source`` names the text in error messages.

    A committee path must name a file in ``base`` or a folder below it: an absolute path, a
    path through ``..`` or a link that leads out of ``base`` is refused, so that a scenario
    can only read the documents that travel with it.
    """
    text = decode(data, source)
    if not text.strip():
        raise DocumentError([("$", ReadingMessage(N_("scenariot är tomt")))], source)
    parsed = parse_json(text, source) if format == "json" else parse_toml(text, source)
    return scenario_from_data(parsed, base=base, source=source)


def scenario_from_data(
    data: object,
    *,
    base: str | os.PathLike[str] | None = None,
    source: str | None = None,
) -> MergerScenario:
    """A scenario from already parsed TOML or JSON data."""
    if not isinstance(data, Mapping):
        problem = ReadingMessage(
            N_("väntade ett objekt med scenariots fält, fick {got}"), got=describe_value(data)
        )
        raise DocumentError([("$", problem)], source)
    problems: list[tuple[str, str]] = []
    committees = _committees(data, Path(base) if base is not None else Path(), problems)
    rest = {key: value for key, value in data.items() if key != "committees"}
    scenario = None
    try:
        scenario = _converter().structure({**rest, "committees": []}, MergerScenario)
    except Exception as error:
        problems += problems_from(error)
    if scenario is None or problems:
        raise DocumentError(problems, source)
    scenario = attrs.evolve(scenario, committees=tuple(committees))
    problems += _consistency(scenario)
    if problems:
        raise DocumentError(problems, source)
    return scenario


def _committees(
    data: Mapping[str, Any], base: Path, problems: list[tuple[str, str]]
) -> list[CommitteeSource]:
    if "committees" not in data:
        problems.append(("$.committees", missing_field("committees")))
        return []
    raw = data["committees"]
    if not isinstance(raw, list):
        expected = ReadingMessage(
            N_("väntade en lista av dokumentsökvägar eller inbäddade dokument, fick {got}"),
            got=describe_value(raw),
        )
        problems.append(("$.committees", expected))
        return []
    found: list[CommitteeSource] = []
    for index, item in enumerate(raw):
        where = f"$.committees[{index}]"
        if isinstance(item, str):
            committee = _read_committee(item, base, where, problems)
            if committee is not None:
                found.append(CommitteeFile(item, committee))
        elif isinstance(item, Mapping):
            committee = _inline_committee(item, where, problems)
            if committee is not None:
                found.append(committee)
        else:
            expected = ReadingMessage(
                N_(
                    "väntade sökvägen till ett joint_committee-dokument eller ett inbäddat "
                    "dokument, fick {got}"
                ),
                got=describe_value(item),
            )
            problems.append((where, expected))
    return found


def _committee_of(
    document: Document, where: str, what: str, problems: list[tuple[str, str]]
) -> JointCommittee | None:
    if isinstance(document.content, JointCommittee):
        return document.content
    message = ReadingMessage(
        N_("{what} är ett {kind}-dokument; väntade ett joint_committee"),
        what=what,
        kind=document.kind,
    )
    problems.append((where, message))
    return None


def _read_committee(
    path: str, base: Path, where: str, problems: list[tuple[str, str]]
) -> JointCommittee | None:
    shown = path if len(path) <= EXCERPT_LENGTH and path.isprintable() else quoted(path)
    inside = _within(base, path)
    if inside is None:
        outside = ReadingMessage(
            N_("{file} ligger utanför scenariots katalog; ange en fil i den eller under den"),
            file=shown,
        )
        problems.append((where, outside))
        return None
    try:
        document = load(inside)
    except DocumentError as error:
        inside_file = N_("i {file}: {path}: {message}")
        problems.extend(
            (where, ReadingMessage(inside_file, file=shown, path=inner, message=message))
            for inner, message in error.problems
        )
        return None
    return _committee_of(document, where, shown, problems)


def _within(base: Path, path: str) -> Path | None:
    """``base / path`` when it lies in ``base`` or below, links followed; else ``None``."""
    if "\x00" in path or Path(path).is_absolute():
        return None
    try:
        folder = base.resolve()
        target = (folder / path).resolve()
    except (OSError, RuntimeError):  # a loop of links
        return None
    return target if target.is_relative_to(folder) else None


def _inline_committee(
    item: Mapping[str, Any], where: str, problems: list[tuple[str, str]]
) -> JointCommittee | None:
    try:
        document = from_data(item)
    except DocumentError as error:
        problems.extend((where + inner[1:], message) for inner, message in error.problems)
        return None
    inline = ReadingMessage(N_("det inbäddade dokumentet"))
    return _committee_of(document, where, inline, problems)


def _consistency(scenario: MergerScenario) -> list[tuple[str, str]]:
    """Problems that need the committees: too few, an unknown name, host or task area."""
    committees = scenario.joint_committees
    if len(committees) < 2:
        too_few = ReadingMessage(
            N_("en sammanslagning behöver minst två gemensamma nämnder; {count} angivna"),
            count=str(len(committees)),
        )
        return [("$.committees", too_few)]
    problems: list[tuple[str, str]] = []
    extended = None
    if scenario.extend is not None:
        extended = scenario.committee_named(scenario.extend)
        if extended is None:
            known = [n for c in committees for n in (c.name, c.short_name) if n]
            hint = hint_for(scenario.extend, known) or ReadingMessage(
                N_("; nämnderna är {names}"), names=scenario_names(scenario)
            )
            unknown = ReadingMessage(
                N_("ingen nämnd heter {name}{hint}"), name=quoted(scenario.extend), hint=hint
            )
            problems.append(("$.extend", unknown))
    host = scenario.host
    if host is not None:
        if not any(host in c.parties for c in committees):
            stranger = ReadingMessage(
                N_("{host} är inte part i någon av de nämnder som slås samman"), host=str(host)
            )
            problems.append(("$.host", stranger))
        elif extended is not None and host != extended.host:
            kept = ReadingMessage(
                N_(
                    "den utvidgade nämnden behåller sin värd, {host}; utelämna 'host' eller "
                    "utvidga inte nämnden"
                ),
                host=str(extended.host),
            )
            problems.append(("$.host", kept))
    areas = list(dict.fromkeys(t.area for c in committees for t in c.tasks))
    for index, area in enumerate(scenario.keep_areas or ()):
        if area not in areas:
            hint = hint_for(area, areas) or ReadingMessage(
                N_("; deras verksamhetsområden är {areas}"), areas=", ".join(areas)
            )
            absent = ReadingMessage(
                N_("ingen av de nämnder som slås samman har en uppgift inom {area}{hint}"),
                area=quoted(area),
                hint=hint,
            )
            problems.append((f"$.keep_areas[{index}]", absent))
    return problems


# -- writing --------------------------------------------------------------------------------


def scenario_to_data(scenario: MergerScenario, format: Format = "json") -> dict[str, Any]:
    """The data of a scenario file: committees read from files as their paths, the others as
    inline documents. For ``"toml"`` dates stay dates, to be written as TOML dates."""
    converter = _toml_converter() if format == "toml" else _converter()
    data: dict[str, Any] = converter.unstructure(
        attrs.evolve(scenario, committees=()), unstructure_as=MergerScenario
    )
    data["committees"] = [
        c.path if isinstance(c, CommitteeFile) else to_data(c) for c in scenario.committees
    ]
    # The fields in the order of the class, so a file reads from the name downwards.
    return {a.name: data[a.name] for a in attrs.fields(MergerScenario) if a.name in data}


def dumps_scenario(scenario: MergerScenario, format: Format = "toml") -> str:
    """The text of a scenario file, TOML (the default) or JSON; the fields in their order."""
    if format == "toml":
        import tomli_w  # at the first TOML written, not with samverkan

        return tomli_w.dumps(scenario_to_data(scenario, "toml"))
    if format == "json":
        text = json.dumps(scenario_to_data(scenario), ensure_ascii=False, indent=2)
        return text + "\n"
    raise ValueError(f"unknown format {format!r}; expected 'toml' or 'json'")


def dump_scenario(
    scenario: MergerScenario, path: str | os.PathLike[str], format: Format | None = None
) -> None:
    """Write a scenario file in UTF-8; the format follows the suffix unless given."""
    where = Path(path)
    chosen = format or _format_of(where)
    if chosen is None:
        raise ValueError(f"cannot tell the format from the suffix {where.suffix!r}")
    where.write_bytes(dumps_scenario(scenario, chosen).encode("utf-8"))
