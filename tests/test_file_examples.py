"""The examples include a real or flawed document of every kind the registry knows, so each
kind is shown and checked from a file someone can edit."""

from __future__ import annotations

from samverkan.io import load
from samverkan.model.kinds import DOCUMENT_KINDS
from seeds import EXAMPLES, read_index


def test_there_is_an_example_of_every_kind_but_the_bundle_and_register() -> None:
    kinds = {
        load(EXAMPLES / row.path).kind for row in read_index() if not row.path.endswith(".toml")
    }
    expected = {row.tag for row in DOCUMENT_KINDS} - {"agreement_register"}
    assert expected - kinds == set()
