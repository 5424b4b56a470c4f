"""samverkan: Swedish inter-municipal cooperation law as validated models.

The package is organised in layers that import downwards only:

* :mod:`samverkan.law`: citations, the statute catalogue and date-aware statute names;
* :mod:`samverkan.parties`: the municipalities (kommuner) and regions (regioner) of Sweden.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("samverkan")
except PackageNotFoundError:  # pragma: no cover - only when run from a source tree
    __version__ = "0.0.0"

__all__ = ["__version__"]
