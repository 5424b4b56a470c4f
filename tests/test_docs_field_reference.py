"""The field reference of the documentation: every field of every kind, with the meaning the
JSON Schema carries and its Swedish translation."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from samverkan.io import schema_for
from samverkan.io.field_texts import class_meaning, field_meaning
from samverkan.io.fields import fields_of, reachable_classes
from samverkan.model.kinds import DOCUMENT_KINDS, DocumentKind

DOCGEN = Path(__file__).resolve().parents[1] / "docs" / "_ext" / "samverkan_docgen.py"


@pytest.fixture(scope="module")
def docgen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("samverkan_docgen", DOCGEN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cell(text: str) -> str:
    return text.replace("|", "\\|")


@pytest.mark.parametrize("row", DOCUMENT_KINDS, ids=lambda row: row.tag)
def test_schema_and_reference_share_the_meanings(row: DocumentKind, docgen: ModuleType) -> None:
    reference = docgen.field_reference("en")
    tag, cls = row.tag, row.cls
    assert f"### `{tag}`" in reference
    definitions = schema_for(tag)["$defs"]
    for inner in reachable_classes(cls):
        assert f"(fields-{inner.__name__.lower()})=\n#### {inner.__name__}\n" in reference
        definition = definitions.get(inner.__name__) or definitions[f"{inner.__name__}.tagged"]
        properties = definition["properties"]
        for info in fields_of(inner):
            assert properties[info.name]["description"] == info.description
            required = "yes" if info.required else "no"
            assert f"| `{info.name}` | " in reference
            swedish = field_meaning(inner, info.name, "sv")
            meaning = f"**en** {cell(info.description)}<br>**sv** {cell(swedish)}"
            assert f" | {required} | {meaning} | " in reference
            for value in info.allowed:
                assert f"`{json.dumps(value, ensure_ascii=False)}`" in reference


def test_each_class_is_described_once(docgen: ModuleType) -> None:
    reference = docgen.field_reference()
    for row in DOCUMENT_KINDS:
        for inner in reachable_classes(row.cls):
            assert reference.count(f"#### {inner.__name__}\n") == 1


def test_the_included_starting_document_is_what_new_writes(docgen: ModuleType) -> None:
    text = docgen.new_local_federation()
    assert text.startswith("#:schema https://samverkan.readthedocs.io/")
    assert 'kind = "local_federation"' in text


def test_the_swedish_site_gives_the_swedish_meaning_first(docgen: ModuleType) -> None:
    from samverkan.model import JointCommittee, Seat

    reference = docgen.field_reference("sv")
    english, swedish = (field_meaning(JointCommittee, "host", lang) for lang in ("en", "sv"))
    assert f" | **sv** {swedish}<br>**en** {english} | " in reference
    assert swedish != english
    summary = f"**sv** {class_meaning(Seat, 'sv')}\n\n**en** {class_meaning(Seat, 'en')}\n"
    assert f"#### Seat\n\n{summary}" in reference
    assert "| `host` | kommunkod (fyra siffror)" in reference  # the types in Swedish too
    assert "#### JointCommittee\n\nGemensam nämnd (KL 9:19–36" in reference  # given once


def test_a_meaning_without_a_translation_is_shown_in_english(docgen: ModuleType) -> None:
    assert docgen.bilingual("A field added since.", "sv") == "**en** A field added since."
