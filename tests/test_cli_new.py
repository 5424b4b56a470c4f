"""``samverkan new``: a starting document for every kind that loads and can be checked."""

from __future__ import annotations

import io
import json
import tomllib
from pathlib import Path

import attrs
import jsonschema
import pytest

from samverkan.cli import main
from samverkan.io import KINDS, dumps, loads, schema_for
from samverkan.io.fields import Shape, fields_of, reachable_classes, strip_optional, type_label
from samverkan.io.schema import schema_id
from samverkan.io.template import placeholder, starting_json, starting_toml
from samverkan.model.common import described
from samverkan.model.kinds import DOCUMENT_KINDS

ALL_KINDS = [row.tag for row in DOCUMENT_KINDS]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_starting_document_loads_and_is_checked(
    kind: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix in ("toml", "json"):
        target = tmp_path / f"{kind}.{suffix}"
        assert run("new", kind, "--output", str(target), "--lang", lang) == (0, "")
        document = loads(target.read_text(encoding="utf-8"), suffix)  # type: ignore[arg-type]
        assert document.kind == kind
        assert document.schema_uri == (schema_id(kind) if suffix == "json" else None)
        status, report = run("check", str(target), "--as-of", "2025-06-01", "--format", "json")
        assert status in (0, 1), capsys.readouterr().err  # findings allowed, no reading error
        assert capsys.readouterr().err == ""
        assert json.loads(report)["documents"][0]["file"] == str(target)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_json_starting_document_is_required_fields_and_schema(kind: str) -> None:
    text = starting_json(kind, "sv")
    data = json.loads(text)
    assert data["$schema"] == schema_id(kind)
    required = {f.name for f in fields_of(KINDS[kind]) if f.required}
    assert set(data["content"]) == required
    assert list(jsonschema.Draft202012Validator(schema_for(kind)).iter_errors(data)) == []
    assert dumps(loads(text)) == text  # canonical: written back byte for byte, $schema kept


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_toml_names_every_field_and_allowed_value(kind: str) -> None:
    text = starting_toml(kind, "en")
    assert text.startswith(f"#:schema {schema_id(kind)}\n")
    assert tomllib.loads(text)["kind"] == kind
    for info in fields_of(KINDS[kind]):
        if info.shape is Shape.VALUE:
            written = f"{info.name} = " if info.required else f"# {info.name} = "
        else:
            brackets = "[[{}]]" if info.shape is Shape.TABLES else "[{}]"
            header = brackets.format(f"content.{info.name}")
            written = header if info.required else f"# {header}"
        assert f"\n{written}" in text, info.name
        for value in info.allowed:
            assert json.dumps(value, ensure_ascii=False) in text


def test_toml_comments_follow_the_language() -> None:
    swedish = starting_toml("local_federation", "sv")
    english = starting_toml("local_federation", "en")
    assert "OBLIGATORISKT: byt ut platshållaren" in swedish
    assert 'name = "ERSÄTT"' in swedish
    assert "# Förbundets namn (kommunalförbund).\n" in swedish
    assert "på engelska" not in swedish
    assert "REQUIRED: replace the placeholder" in english
    assert 'name = "REPLACE"' in english
    assert "# The federation's name (kommunalförbund).\n" in english


def test_required_nested_tables_are_live_and_optional_ones_commented() -> None:
    pot = starting_toml("fund_pot", "en")
    assert "\n[content.decider]\n" in pot
    assert "\n# [content.proposer]\n" in pot
    assert "\n# [[content.contributions]]\n" in pot
    contractual = starting_toml("contractual_cooperation", "en")
    assert "\n[[content.tasks]]\narea = " not in contractual  # the description comes first
    assert "\n[[content.tasks]]\n" in contractual
    bundle = starting_toml("bundle", "en")
    assert '\n# [[content.items]]\n# type = "joint_committee"\n' in bundle


def test_placeholders_of_every_field_type_load() -> None:
    for row in DOCUMENT_KINDS:
        for cls in reachable_classes(row.cls):
            for info in fields_of(cls):
                assert placeholder(info.hint, "sv") is not None
                assert type_label(info.hint, "en")


def test_format_follows_the_suffix_and_the_option(tmp_path: Path) -> None:
    target = tmp_path / "förbund.json"
    assert run("new", "local_federation", "-o", str(target)) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["kind"] == "local_federation"
    status, text = run("new", "local_federation", "--format", "json")
    assert status == 0
    assert json.loads(text)["$schema"] == schema_id("local_federation")
    status, text = run("new", "fund_pot")
    assert status == 0
    assert text.startswith("#:schema ")


def test_format_and_suffix_that_disagree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "förbund.toml"
    assert run("new", "local_federation", "--format", "json", "-o", str(target)) == (2, "")
    assert "--format json men filen" in capsys.readouterr().err
    assert not target.exists()


def test_an_existing_file_is_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "förbund.toml"
    target.write_text("# my own work\n", encoding="utf-8")
    assert run("new", "local_federation", "-o", str(target), "--lang", "en") == (2, "")
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "# my own work\n"
    assert run("new", "local_federation", "-o", str(target), "--force") == (0, "")
    assert "[content]" in target.read_text(encoding="utf-8")


def test_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("new", "local_federaton") == (2, "")
    error = capsys.readouterr().err
    assert "unknown kind 'local_federaton'; did you mean 'local_federation'?" in error
    assert "The kinds are: " + ", ".join(KINDS) in error
    assert run("new", "xyz") == (2, "")
    error = capsys.readouterr().err
    assert "did you mean" not in error
    assert "unknown kind 'xyz'. The kinds are: " in error


def test_help_says_json_has_required_fields_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    text = capsys.readouterr().out
    assert "JSON cannot carry comments" in text
    assert "$schema" in text


def test_fields_leave_out_what_init_does_not_take_and_name_unknown_types() -> None:
    @attrs.frozen
    class Example:
        given: int = described("Given.")
        derived: int = attrs.field(init=False, default=0)

    assert [info.name for info in fields_of(Example)] == ["given"]
    with pytest.raises(TypeError, match="no words for the type"):
        type_label(bytes, "en")
    assert strip_optional(int | str | None) == (int | str)
