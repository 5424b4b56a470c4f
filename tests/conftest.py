"""Hypothesis profiles: "ci" (the default, small and quick) and "long" (a deeper search).

Choose one with the environment variable ``HYPOTHESIS_PROFILE``::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_robustness.py

Tests that set their own ``max_examples`` keep it; the profile decides for the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from samverkan.io import fastload

settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _fast_load_agrees() -> Iterator[None]:
    """Every document a test reads is read by both paths of :mod:`samverkan.io.fastload`,
    which must agree: the same model, or both refusing it."""
    with fastload.verifying() as verifier:
        yield
    assert not verifier.mismatches, verifier.mismatches
