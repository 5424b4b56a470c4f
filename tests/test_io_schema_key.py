"""The ``$schema`` key editors attach to a document, and the ``$id`` of each published schema."""

from __future__ import annotations

import jsonschema
import pytest

from samverkan.errors import DocumentError
from samverkan.io import SCHEMA_KINDS, Bundle, Document, dumps, loads, schema_for, to_data
from samverkan.io.documents import SCHEMA_VERSION
from samverkan.io.schema import SCHEMA_BASE_URL, schema_id

ADDRESS = "./schemas/bundle.schema.json"
JSON = (
    "{\n"
    f'  "$schema": "{ADDRESS}",\n'
    '  "content": {},\n'
    '  "kind": "bundle",\n'
    f'  "schema_version": "{SCHEMA_VERSION}"\n'
    "}\n"
)


def test_json_keeps_the_schema_key_byte_for_byte() -> None:
    document = loads(JSON)
    assert document.schema_uri == ADDRESS
    assert document.content == Bundle()
    assert dumps(document) == JSON


def test_toml_keeps_the_schema_key() -> None:
    text = f'"$schema" = "{ADDRESS}"\nschema_version = "1.1"\nkind = "bundle"\n\n[content]\n'
    document = loads(text, "toml")
    assert document.schema_uri == ADDRESS
    written = dumps(document, "toml")
    assert written.startswith(f'"$schema" = "{ADDRESS}"\n')
    assert loads(written, "toml") == document


def test_a_model_written_alone_has_no_schema_key() -> None:
    assert "$schema" not in to_data(Bundle())
    assert Document.of(Bundle()).schema_uri is None


def test_a_schema_key_that_is_not_text_is_refused() -> None:
    with pytest.raises(DocumentError) as raised:
        loads('{"$schema": 7, "schema_version": "1.1", "kind": "bundle", "content": {}}')
    assert list(raised.value.problems) == [
        ("$['$schema']", "expected the address of a schema as text, got the number 7")
    ]


def test_a_misspelt_schema_key_is_named() -> None:
    with pytest.raises(DocumentError) as raised:
        loads('{"$schem": "x", "schema_version": "1.1", "kind": "bundle", "content": {}}')
    assert list(raised.value.problems) == [
        ("$['$schem']", "unknown field '$schem'; did you mean '$schema'?")
    ]


@pytest.mark.parametrize("kind", SCHEMA_KINDS)
def test_every_schema_has_its_id_and_allows_the_schema_key(kind: str) -> None:
    schema = schema_for(kind)
    expected = f"{SCHEMA_BASE_URL}/{SCHEMA_VERSION}/{kind}.schema.json"
    assert schema["$id"] == expected == schema_id(kind)
    assert schema["properties"]["$schema"]["type"] == "string"
    assert "editors" in schema["properties"]["$schema"]["description"]


def test_a_document_with_a_schema_key_is_valid_under_its_schema() -> None:
    validator = jsonschema.Draft202012Validator(schema_for("bundle"))
    assert list(validator.iter_errors(to_data(loads(JSON)))) == []
