"""Reading errors of merger scenarios in Swedish and English.

Every problem found while reading a scenario is a catalogued
:class:`~samverkan.io.messages.ReadingMessage`: its text is English for programs, and
``samverkan merger``, ``calendar`` and ``diagram`` write it in Swedish, or in English with
``--lang en``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import redirect_stderr
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from samverkan.cli import main
from samverkan.errors import DocumentError
from samverkan.io import Bundle, dump
from samverkan.io.messages import ReadingMessage
from samverkan.io.scenario import (
    MergerScenario,
    load_scenario,
    loads_scenario,
    run_scenario,
    scenario_from_data,
)
from seeds import gns, gnu_region


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two committee documents, a bundle, and an empty folder beside them."""
    base = tmp_path_factory.mktemp("scenario")
    dump(gnu_region(), base / "gnu-region.json")
    dump(gns(), base / "gns.json")
    dump(Bundle((gns(),)), base / "bundle.json")
    (base / "bad.json").write_text('{"schema_version": "1.0", "kind": "joint_committee"}')
    return base


TWO = ["gnu-region.json", "gns.json"]
BASE = {"name": "X", "as_of": "2019-09-02", "committees": TWO}

#: (id, the scenario's data, the path of the problem, its Swedish text, its English text)
CASES: list[tuple[str, dict[str, Any], str, str, str]] = [
    (
        "committees-missing",
        {"name": "X", "as_of": "2019-09-02"},
        "$.committees",
        "det obligatoriska fältet 'committees' saknas",
        "required field 'committees' is missing",
    ),
    (
        "committees-not-a-list",
        {**BASE, "committees": "gns.json"},
        "$.committees",
        "väntade en lista av dokumentsökvägar eller inbäddade dokument, fick texten 'gns.json'",
        "expected a list of document paths or inline documents, got the text 'gns.json'",
    ),
    (
        "committee-a-number",
        {**BASE, "committees": [*TWO, 7]},
        "$.committees[2]",
        "väntade sökvägen till ett joint_committee-dokument eller ett inbäddat dokument, "
        "fick talet 7",
        "expected the path of a joint_committee document or an inline document, got the number 7",
    ),
    (
        "committee-a-bundle",
        {**BASE, "committees": [*TWO, "bundle.json"]},
        "$.committees[2]",
        "bundle.json är ett bundle-dokument; väntade ett joint_committee",
        "bundle.json is a bundle document; expected a joint_committee",
    ),
    (
        "inline-a-bundle",
        {
            **BASE,
            "committees": [
                *TWO,
                {"schema_version": "1.0", "kind": "bundle", "content": {"items": []}},
            ],
        },
        "$.committees[2]",
        "det inbäddade dokumentet är ett bundle-dokument; väntade ett joint_committee",
        "the inline document is a bundle document; expected a joint_committee",
    ),
    (
        "committee-outside",
        {**BASE, "committees": [*TWO, "../gns.json"]},
        "$.committees[2]",
        "../gns.json ligger utanför scenariots katalog; ange en fil i den eller under den",
        "../gns.json is outside the scenario's folder; name a file in it or below it",
    ),
    (
        "committee-long-name-outside",
        {**BASE, "committees": [*TWO, "/" + "x" * 100]},
        "$.committees[2]",
        f"'/{'x' * 59}…' (101 tecken) ligger utanför scenariots katalog",
        f"'/{'x' * 59}…' (101 characters) is outside the scenario's folder",
    ),
    (
        "committee-with-problems",
        {**BASE, "committees": [*TWO, "bad.json"]},
        "$.committees[2]",
        "i bad.json: $.content: det obligatoriska fältet 'content' saknas",
        "in bad.json: $.content: required field 'content' is missing",
    ),
    (
        "one-committee",
        {**BASE, "committees": ["gns.json"]},
        "$.committees",
        "en sammanslagning behöver minst två gemensamma nämnder; 1 angivna",
        "a merger needs at least two joint committees; 1 given",
    ),
    (
        "extend-close",
        {**BASE, "extend": "GNS2"},
        "$.extend",
        "ingen nämnd heter 'GNS2'; menade du 'GNS'?",
        "no committee is named 'GNS2'; did you mean 'GNS'?",
    ),
    (
        "extend-unknown",
        {**BASE, "extend": "Nämnden för allt"},
        "$.extend",
        "ingen nämnd heter 'Nämnden för allt'; nämnderna är 'GNU (regionen)', 'GNS'",
        "no committee is named 'Nämnden för allt'; the committees are 'GNU (regionen)', 'GNS'",
    ),
    (
        "host-stranger",
        {**BASE, "host": "0188"},
        "$.host",
        "Norrtälje (0188) är inte part i någon av de nämnder som slås samman",
        "Norrtälje (0188) is not a party of any of the committees merged",
    ),
    (
        "host-of-widened",
        {**BASE, "host": "2380", "extend": "GNS"},
        "$.host",
        "den utvidgade nämnden behåller sin värd, Region Jämtland Härjedalen (23); "
        "utelämna 'host' eller utvidga inte nämnden",
        "the widened committee keeps its host, Region Jämtland Härjedalen (23); leave out "
        "'host' or do not extend",
    ),
    (
        "keep-areas-close",
        {**BASE, "keep_areas": ["internal.procurment"]},
        "$.keep_areas[0]",
        "ingen av de nämnder som slås samman har en uppgift inom 'internal.procurment'; "
        "menade du 'internal.procurement'?",
        "no committee merged has a task in 'internal.procurment'; did you mean "
        "'internal.procurement'?",
    ),
    (
        "keep-areas-unknown",
        {**BASE, "keep_areas": ["school.compulsory"]},
        "$.keep_areas[0]",
        "ingen av de nämnder som slås samman har en uppgift inom 'school.compulsory'; deras "
        "verksamhetsområden är internal.procurement, hsl.assistive-devices",
        "no committee merged has a task in 'school.compulsory'; their areas are "
        "internal.procurement, hsl.assistive-devices",
    ),
    (
        "consultation-backwards",
        {**BASE, "consultation": {"sent_on": "2019-10-02", "deadline": "2019-09-01"}},
        "$.consultation",
        "svarsdagen (2019-09-01) kan inte infalla före remissdagen (2019-10-02)",
        "the deadline (2019-09-01) cannot fall before the request (2019-10-02)",
    ),
]


def read_problems(data: dict[str, Any], base: Path) -> list[tuple[str, str]]:
    with pytest.raises(DocumentError) as error:
        scenario_from_data(data, base=base)
    return list(error.value.problems)


@pytest.mark.parametrize(
    ("data", "path", "swedish", "english"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_scenario_problem_in_swedish_and_english(
    folder: Path, data: dict[str, Any], path: str, swedish: str, english: str
) -> None:
    (found,) = [(p, m) for p, m in read_problems(data, folder) if p == path]
    message = found[1]
    assert isinstance(message, ReadingMessage)
    assert message.localise("sv").startswith(swedish)
    assert message.localise("en").startswith(english)
    assert str(message) == message.localise("en")  # a program sees the English text


#: English words that no Swedish reading error holds outside the values it quotes.
ENGLISH = re.compile(
    r"\b(expected|got|unknown|field|missing|required|cannot|the|did you mean|number|list|"
    r"committee|committees|merger|is|outside|folder|document|inline|given|their|areas|"
    r"deadline|request|host|extend)\b"
)
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\([^)]*\)")


def every_problem(folder: Path) -> Iterator[str]:
    for _, data, *_ in CASES:
        for _, message in read_problems(data, folder):
            yield message


def test_no_swedish_scenario_problem_has_english(folder: Path) -> None:
    for message in every_problem(folder):
        assert isinstance(message, ReadingMessage)
        swedish = QUOTED.sub("", message.localise("sv"))
        assert not ENGLISH.search(swedish), swedish


@pytest.mark.parametrize(
    ("text", "format", "swedish", "english"),
    [
        ("  \n", "toml", "scenariot är tomt", "the scenario is empty"),
        (
            "[1, 2]",
            "json",
            "väntade ett objekt med scenariots fält, fick en lista",
            "expected an object with the scenario's fields, got a list",
        ),
    ],
)
def test_text_that_is_no_scenario(text: str, format: Any, swedish: str, english: str) -> None:
    with pytest.raises(DocumentError) as error:
        loads_scenario(text, format)
    ((path, message),) = error.value.problems
    assert (path, message) == ("$", english)
    assert isinstance(message, ReadingMessage)
    assert message.localise("sv") == swedish


def test_a_file_whose_format_is_unknown(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as error:
        load_scenario(tmp_path / "scenario.yaml")
    ((_, message),) = error.value.problems
    assert message == "cannot tell the format from the suffix '.yaml'; use .toml or .json"
    assert isinstance(message, ReadingMessage)
    assert message.localise("sv") == (
        "formatet framgår inte av ändelsen '.yaml'; använd .toml eller .json"
    )


def test_running_a_scenario_with_an_unknown_committee_to_extend() -> None:
    scenario = MergerScenario(
        name="X", committees=(gns(), gnu_region()), as_of=date(2019, 9, 2), extend="Y"
    )
    with pytest.raises(ValueError, match="named 'Y'") as error:
        run_scenario(scenario)
    (message,) = error.value.args
    assert str(message) == (
        "no committee of the scenario is named 'Y'; the committees are 'GNS', 'GNU (regionen)'"
    )
    assert message.localise("sv") == (
        "ingen nämnd i scenariot heter 'Y'; nämnderna är 'GNS', 'GNU (regionen)'"
    )


# -- the command line ------------------------------------------------------------------------

BROKEN = 'name = "X"\nas_of = 2019-09-02\ncommittees = ["gnu-region.json", 7]\n'


def run(*args: str) -> tuple[int, str]:
    errors = io.StringIO()
    with redirect_stderr(errors):
        status = main(list(args), io.StringIO())
    return status, errors.getvalue()


@pytest.mark.parametrize("command", ["merger", "calendar", "diagram"])
def test_the_commands_explain_a_broken_scenario_in_swedish(folder: Path, command: str) -> None:
    scenario = folder / "broken.toml"
    scenario.write_text(BROKEN, encoding="utf-8")
    status, text = run(command, str(scenario))
    assert status == 2
    assert f"samverkan: {scenario}: 1 problem i dokumentet:\n" in text
    assert (
        "  $.committees[1]: väntade sökvägen till ett joint_committee-dokument eller ett "
        "inbäddat dokument, fick talet 7\n"
    ) in text


def test_merger_explains_a_broken_scenario_in_english(folder: Path) -> None:
    scenario = folder / "broken-en.toml"
    scenario.write_text(BROKEN, encoding="utf-8")
    status, text = run("merger", str(scenario), "--lang", "en")
    assert status == 2
    assert text == (
        f"samverkan: {scenario}: 1 problem(s) in the document:\n"
        "  $.committees[1]: expected the path of a joint_committee document or an inline "
        "document, got the number 7\n"
    )
    single = folder / "single.toml"
    single.write_text('name = "X"\nas_of = 2019-09-02\ncommittees = ["gns.json"]\n')
    english = run("merger", str(single), "--lang", "en")[1]
    assert "  $.committees: a merger needs at least two joint committees; 1 given\n" in english
    swedish = run("merger", str(single))[1]
    assert "  $.committees: en sammanslagning behöver minst två gemensamma nämnder" in swedish


def test_a_syntax_error_in_a_scenario_is_placed(folder: Path) -> None:
    scenario = folder / "syntax.toml"
    scenario.write_text("name = \n", encoding="utf-8")
    status, text = run("calendar", str(scenario))
    assert status == 2
    assert f"  {scenario}:1:8: $: ogiltig TOML: " in text
