"""Rule discovery: import every rule module, so that none can be left out silently.

The legal rules live in :mod:`samverkan.rules.statutes`, one module per statute or chapter;
the consistency rules in :mod:`samverkan.rules.consistency`. Each module registers its rules
in :data:`samverkan.rules.REGISTRY` when imported.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

__all__ = ["RULE_PACKAGES", "register_all", "rule_modules"]

#: The packages whose every module holds rules.
RULE_PACKAGES = ("samverkan.rules.statutes", "samverkan.rules.consistency")


def rule_modules() -> list[ModuleType]:
    """Every rule module, imported, in a stable order."""
    modules = []
    for package_name in RULE_PACKAGES:
        package = importlib.import_module(package_name)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            modules.append(importlib.import_module(f"{package_name}.{info.name}"))
    return modules


def register_all() -> None:
    """Import every rule module, registering its rules."""
    rule_modules()
