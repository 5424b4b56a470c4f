"""The registry of document kinds is the one place the kinds are listed."""

from __future__ import annotations

import typing

import pytest

from samverkan.io import KINDS, SCHEMA_KINDS, schema_for, type_tag
from samverkan.model import DOCUMENT_KINDS, Bundle, DocumentKind, Subject, kind_row

ROWS = pytest.mark.parametrize("row", DOCUMENT_KINDS, ids=lambda row: row.tag)


def test_tags_and_classes_are_unique() -> None:
    assert len({row.tag for row in DOCUMENT_KINDS}) == len(DOCUMENT_KINDS)
    assert len({row.cls for row in DOCUMENT_KINDS}) == len(DOCUMENT_KINDS)


def test_subject_lists_every_kind_but_the_bundle() -> None:
    subjects = set(typing.get_args(Subject))
    assert subjects == {row.cls for row in DOCUMENT_KINDS if row.cls is not Bundle}


def test_reader_and_schema_follow_the_rows() -> None:
    assert dict(KINDS) == {row.tag: row.cls for row in DOCUMENT_KINDS}
    assert tuple(row.tag for row in DOCUMENT_KINDS) == SCHEMA_KINDS


@ROWS
def test_each_kind(row: DocumentKind) -> None:
    assert type_tag(row.cls) == row.tag
    assert kind_row(row.cls) is row
    assert row.term
    schema = schema_for(row.tag)
    assert schema["properties"]["kind"]["const"] == row.tag
    assert row.cls.__name__ in schema["$defs"]
