"""The real systems of the seed documents, read from the example files for the tests.

The files under ``examples/`` are the source of these facts: correct a fact there, not here.
This module only reads them with samverkan's own loader (:func:`samverkan.io.load`) and names
what the tests use. Parties are looked up in samverkan's registry by code; they are not facts
of the seeds.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from samverkan.io import Bundle, load
from samverkan.io.scenario import MergerScenario, load_scenario
from samverkan.model import (
    CollaborationStructure,
    CooperationBody,
    JointCommittee,
    JointlyOwnedCompany,
    LocalFederation,
    Organisation,
    Participant,
    Pot,
)
from samverkan.model.cooperation_agreement import CooperationAgreement
from samverkan.parties import Municipality, Region, registry

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

Model = TypeVar("Model")


def load_example(path: str) -> object:
    """The content of the example document at ``path`` (relative to ``examples/``)."""
    return load(EXAMPLES / path).content


def load_scenario_example(path: str) -> MergerScenario:
    """The merger scenario at ``path`` (relative to ``examples/``)."""
    return load_scenario(EXAMPLES / path)


def _example(path: str, kind: type[Model]) -> Model:
    content = load_example(path)
    assert isinstance(content, kind), f"{path} holds {type(content).__name__}, not {kind.__name__}"
    return content


# -- the index of examples -------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One row of ``examples/index.toml``: a file, what it is, and what checking it must show.

    ``kind`` is ``"real"`` (a system as a seed describes it; no error may be found),
    ``"proposal"`` (a system someone asked about; the errors listed are the decisions still
    missing) or ``"flawed"`` (made wrong on purpose). ``errors`` are the rule ids of the error
    findings the example must have, no more, no fewer; ``inconsistencies`` the consistency
    rules a flawed example is made to trip. ``as_of`` is the date to check it as of.
    """

    path: str
    as_of: date
    kind: str
    seed: str
    errors: tuple[str, ...] = ()
    inconsistencies: tuple[str, ...] = ()

    @property
    def is_scenario(self) -> bool:
        """Whether the file is a merger scenario rather than a document."""
        return self.path.endswith(".toml")


def read_index(path: Path = EXAMPLES / "index.toml") -> tuple[Example, ...]:
    """The examples listed in ``examples/index.toml``."""
    with path.open("rb") as file:
        rows: list[dict[str, Any]] = tomllib.load(file)["example"]
    return tuple(
        Example(
            row["path"],
            row["as_of"],
            row["kind"],
            row["seed"],
            tuple(row.get("errors", ())),
            tuple(row.get("inconsistencies", ())),
        )
        for row in rows
    )


# -- parties, from the registry --------------------------------------------------------------

REG = registry()
REGION_JH: Region = REG.region("23")
JAMTLAND: list[Municipality] = REG.municipalities("23")
JAMTLAND_PRINCIPALS: tuple[Participant, ...] = (REGION_JH, *JAMTLAND)
OSTERSUND = REG.municipality("2380")
ARE = REG.municipality("2321")
REGION_STOCKHOLM: Region = REG.region("01")
NORRTALJE = REG.municipality("0188")
VASTERBOTTEN_REGION: Region = REG.region("24")
VASTERBOTTEN_MUNICIPALITIES: tuple[Municipality, ...] = tuple(REG.municipalities("24"))
VASTERBOTTEN_PRINCIPALS: tuple[Participant, ...] = (
    VASTERBOTTEN_REGION,
    *VASTERBOTTEN_MUNICIPALITIES,
)
UMEA = REG.municipality("2480")
KROKOM = REG.municipality("2309")
SKELLEFTEA = REG.municipality("2482")


# -- Jämtland (seed 001, 003, 004) -----------------------------------------------------------


def gnu_region() -> JointCommittee:
    """GNU (regionen): ``examples/jamtland/gnu-region.json``."""
    return _example("jamtland/gnu-region.json", JointCommittee)


def gnu_municipalities() -> JointCommittee:
    """GNU (kommunerna): ``examples/jamtland/gnu-municipalities.json``."""
    return _example("jamtland/gnu-municipalities.json", JointCommittee)


def gns() -> JointCommittee:
    """GNS: ``examples/jamtland/gns.json``."""
    return _example("jamtland/gns.json", JointCommittee)


def jamtland_committees() -> list[JointCommittee]:
    """The three joint committees as they stood in 2019."""
    return [gnu_region(), gnu_municipalities(), gns()]


def jamtland_pot() -> Pot:
    """The shared pot: ``examples/jamtland/fund-pot.json``."""
    return _example("jamtland/fund-pot.json", Pot)


def jamtland_structure() -> CollaborationStructure:
    """The Jämtland structure of 2019: ``examples/jamtland/structure-2019.json``."""
    return _example("jamtland/structure-2019.json", CollaborationStructure)


def svom() -> CooperationBody:
    """SVOM, the advisory group of the Jämtland structure."""
    return jamtland_structure().body("SVOM")


def jamtland_agreement() -> CooperationAgreement:
    """The regional cooperation agreement: ``examples/jamtland/cooperation-agreement.json``."""
    return _example("jamtland/cooperation-agreement.json", CooperationAgreement)


def history_example(path: str) -> JointCommittee | LocalFederation:
    """A system with its history, e.g. ``jamtland/history/gnu-region.json``."""
    content = load_example(path)
    assert isinstance(content, JointCommittee | LocalFederation), path
    return content


# -- Västerbotten (seed 002) -----------------------------------------------------------------


def vasterbotten_structure() -> CollaborationStructure:
    """The Västerbotten structure of 2020: ``examples/vasterbotten/structure-2020.json``."""
    return _example("vasterbotten/structure-2020.json", CollaborationStructure)


# -- Norrtälje (law.md §6) -------------------------------------------------------------------


def _kson() -> Bundle:
    return _example("norrtalje/kson.json", Bundle)


def norrtalje_federation() -> LocalFederation:
    """KSON, the first item of ``examples/norrtalje/kson.json``."""
    federation = _kson().items[0]
    assert isinstance(federation, LocalFederation)
    return federation


def tiohundra() -> JointlyOwnedCompany:
    """TioHundra AB, the second item of ``examples/norrtalje/kson.json``."""
    company = _kson().items[1]
    assert isinstance(company, JointlyOwnedCompany)
    return company


def _kson_as_owner() -> Organisation:
    owner = tiohundra().holdings[0].owner
    assert isinstance(owner, Organisation)
    return owner


#: The federation as the owner of TioHundra AB.
KSON = _kson_as_owner()
