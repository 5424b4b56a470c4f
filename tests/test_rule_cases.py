"""Every rule has a case file: a document on which it reports and one on which it stays silent.

A case file is ``tests/cases/<RULE-ID>.toml``: ``rule``, then ``[fires]`` (``as_of``,
``severity``, ``path``, ``kind`` and the document's ``content``) and ``[silent]`` (``as_of``,
``kind``, ``content``). They are written to be read: the content is a document as people
write it in TOML.

A rule that reports whenever its provision is in force (a note that a period's law is not
judged) has no in-force day on which it stays silent: its ``[silent]`` part is a day outside
its dates, marked ``not_in_force = true``, on which the rule must not run at all.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from samverkan.io import SCHEMA_VERSION, from_data
from samverkan.rules import REGISTRY, Category, check

CASES = Path(__file__).parent / "cases"


def _case_files() -> list[Path]:
    return sorted(CASES.glob("*.toml"))


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def _subject(part: dict[str, Any]) -> object:
    envelope = {"schema_version": SCHEMA_VERSION, "kind": part["kind"], "content": part["content"]}
    return from_data(envelope).content


def test_every_rule_has_a_case_file() -> None:
    ids = {rule.id for rule in REGISTRY}
    have = {path.stem for path in _case_files()}
    assert ids - have == set(), "write tests/cases/<RULE-ID>.toml"
    assert have <= ids, "case files of rules that do not exist"


@pytest.mark.parametrize("path", _case_files(), ids=lambda path: path.stem)
def test_case(path: Path) -> None:
    case = _read(path)
    rule_id = case["rule"]
    assert rule_id == path.stem
    fires, silent = case["fires"], case["silent"]
    assert isinstance(fires["as_of"], date)
    found = check(_subject(fires), as_of=fires["as_of"]).by_rule(rule_id)
    assert any(f.path == fires["path"] and f.severity.value == fires["severity"] for f in found), [
        (f.path, f.severity.value) for f in found
    ]
    report = check(_subject(silent), as_of=silent["as_of"])
    if silent.get("not_in_force", False):
        # Silent because the day lies outside the rule's dates: it did not run. Only a note
        # that a period's law is not judged may be silent by its dates alone.
        assert {f.category for f in found} == {Category.NOT_JUDGED}
        assert not REGISTRY.get(rule_id).in_force_on(silent["as_of"])
        assert rule_id in report.not_in_force
    else:
        # Silent: the rule ran and found nothing, or its provision does not govern the subject.
        assert rule_id in report.applied or rule_id in report.not_applicable
    assert report.by_rule(rule_id) == ()
