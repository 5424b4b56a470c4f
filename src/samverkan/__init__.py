"""samverkan: Swedish inter-municipal cooperation law as validated models.

The package is organised in layers that import downwards only:

* :mod:`samverkan.law`: citations, the statute catalogue and date-aware statute names;
* :mod:`samverkan.parties`: the municipalities (kommuner) and regions (regioner) of Sweden.
"""

from __future__ import annotations

import functools

__all__ = ["__version__"]


@functools.cache
def _version() -> str:
    # importlib.metadata costs some 30 ms to import: read the version only when asked.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("samverkan")
    except PackageNotFoundError:  # pragma: no cover - only when run from a source tree
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
