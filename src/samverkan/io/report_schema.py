"""The JSON Schema of ``samverkan check --format json``: a versioned contract for programs.

The output names its version in ``format_version`` (:data:`FORMAT_VERSION`). A new key
raises the minor version; a key removed or renamed, a type or a meaning changed raises the
major version. Programs should ignore keys they do not know. The schema is committed as
``docs/reference/check-report.schema.json`` and a test keeps that file equal to
:func:`check_report_schema`.

>>> check_report_schema()["properties"]["format_version"]["const"] == FORMAT_VERSION
True
"""

from __future__ import annotations

from typing import Any

from samverkan.rules import Category, Outcome, Severity

__all__ = ["FORMAT_VERSION", "check_report_schema"]

#: The version of the JSON output of ``samverkan check``. Output without ``format_version``
#: (samverkan before it was versioned) is version 1.0.
FORMAT_VERSION = "1.1"

_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}
_PLACE = {"type": ["integer", "null"], "minimum": 1}


def _object(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    """An object with every one of ``properties`` required; other keys are allowed (keys are
    added in minor versions)."""
    return {
        "type": "object",
        "description": description,
        "required": sorted(properties),
        "properties": properties,
    }


def _citation() -> dict[str, Any]:
    whole = {"type": ["integer", "null"], "minimum": 1}
    return _object(
        "A provision: act, chapter, section, stycke and punkt, Swedish text and link.",
        {
            "sfs": _TEXT,
            "chapter": whole,
            "section": _TEXT,
            "stycke": whole,
            "punkt": whole,
            "text": _TEXT,
            "url": _TEXT,
        },
    )


def _finding() -> dict[str, Any]:
    subject = _object(
        "The model the finding is about: its kind tag, its name and its file.",
        {"kind": _TEXT, "name": _TEXT, "file": _TEXT},
    )
    return _object(
        "One finding of one rule.",
        {
            "rule": _TEXT,
            "severity": {"enum": [s.value for s in Severity]},
            "category": {"enum": [c.value for c in Category]},
            "message": _TEXT,
            "message_id": _TEXT,
            "fix": {"type": ["string", "null"]},
            "parameters": {"type": "object", "additionalProperties": _TEXT},
            "facts": {},
            "path": _TEXT,
            "line": _PLACE,
            "column": _PLACE,
            "subject": {"oneOf": [subject, {"type": "null"}]},
            "citations": {"type": "array", "items": _citation()},
        },
    )


def _unreadable() -> dict[str, Any]:
    problem = _object(
        "One problem in a file that could not be read.",
        {
            "path": _TEXT,
            "message": _TEXT,
            "message_id": {"type": ["string", "null"]},
            "parameters": {"type": "object", "additionalProperties": _TEXT},
            "line": _PLACE,
            "column": _PLACE,
        },
    )
    return _object(
        "A file that could not be read, and every problem found in it.",
        {"file": _TEXT, "problems": {"type": "array", "items": problem, "minItems": 1}},
    )


def _document() -> dict[str, Any]:
    coverage = _object(
        "The rules judged, not judged and not in force, and the paths not recorded.",
        {"judged": _TEXTS, "not_judged": _TEXTS, "not_in_force": _TEXTS, "not_recorded": _TEXTS},
    )
    return _object(
        "One document checked.",
        {
            "file": _TEXT,
            "ok": {"type": "boolean"},
            "outcome": {"enum": [o.value for o in Outcome]},
            "coverage": coverage,
            "findings": {"type": "array", "items": _finding()},
        },
    )


def check_report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the output of ``samverkan check --format json``."""
    schema = _object(
        "The output of samverkan check --format json.",
        {
            "format_version": {"const": FORMAT_VERSION},
            "ok": {"type": "boolean"},
            "as_of": {"type": "string", "format": "date"},
            "unreadable": {"type": "array", "items": _unreadable()},
            "documents": {"type": "array", "items": _document()},
        },
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "samverkan check report",
        **schema,
    }
