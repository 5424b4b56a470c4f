"""Register samverkan's hooks on an application's own cattrs converter.

    .venv/bin/python examples/app_converter.py

A diarium keeps its own class for a case, ``CaseFile``, and one of its fields is a samverkan
model. The application makes its own :class:`cattrs.Converter`, registers samverkan's hooks
on it with :func:`samverkan.io.configure_converter`, and round-trips a case through JSON:
municipalities become their codes, dates ISO text, amounts exact decimal text. The
application's own class keeps the converter's settings (here: unknown keys are ignored);
samverkan's classes are always strict, and their problems come with paths.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import cattrs
from attrs import Factory, define

from samverkan.io import configure_converter, load, problems_from
from samverkan.model import JointCommittee

GNS = Path(__file__).resolve().parent / "jamtland" / "gns.json"


@define
class CaseFile:
    """An application's own record of a case (*ärende*) about a joint committee."""

    case_number: str
    opened: date
    committee: JointCommittee
    budget: Decimal
    tags: list[str] = Factory(list)


def main() -> int:
    converter = cattrs.Converter()
    configure_converter(converter)

    committee = load(GNS).content
    assert isinstance(committee, JointCommittee)
    case = CaseFile("RS/559/2019", date(2019, 8, 23), committee, Decimal("150000.50"), ["GNS"])

    data = converter.unstructure(case)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    print(f"opened: {data['opened']}, budget: {data['budget']}")
    print(f"committee.host: {data['committee']['host']}, parties: {data['committee']['parties']}")
    back = converter.structure(json.loads(text), CaseFile)
    print("round trip: " + ("equal" if back == case else "DIFFERENT"))

    data["committee"]["host"] = "2399"
    data["committee"]["partys"] = data["committee"].pop("parties")
    data["unknown_to_the_app"] = True
    try:
        converter.structure(data, CaseFile)
    except Exception as error:
        for path, message in problems_from(error):
            print(f"problem: {path}: {message}")
    return 0 if back == case else 1


if __name__ == "__main__":
    raise SystemExit(main())
