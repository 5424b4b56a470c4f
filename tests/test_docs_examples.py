"""The hand-written examples of ``docs/examples``: one per document kind, each loads and is
checked without an error or a warning (the page "Write a document by hand" includes them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from samverkan.cli_check import check_document
from samverkan.io import load
from samverkan.io.schema import schema_id
from samverkan.model.kinds import DOCUMENT_KINDS
from samverkan.rules import Severity

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
AS_OF = date(2025, 6, 1)


def test_one_example_per_kind_and_no_other() -> None:
    assert sorted(p.stem for p in EXAMPLES.glob("*.toml")) == sorted(
        row.tag for row in DOCUMENT_KINDS
    )


@pytest.mark.parametrize("kind", [row.tag for row in DOCUMENT_KINDS])
def test_example_loads_and_checks_without_errors(kind: str) -> None:
    path = EXAMPLES / f"{kind}.toml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"#:schema {schema_id(kind)}\n")
    assert f"--as-of {AS_OF.isoformat()}" in text  # the date the page says to check it as of
    document = load(path)
    assert document.kind == kind
    checked = check_document(str(path), document, AS_OF)
    serious = [
        f.finding.rule_id
        for f in checked.findings
        if f.finding.severity in (Severity.ERROR, Severity.WARNING)
    ]
    assert serious == []
    assert checked.ok
