"""Sphinx configuration for the samverkan documentation."""

from __future__ import annotations

import sys
from pathlib import Path

from samverkan import __version__

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "samverkan"
author = "samverkan contributors"
copyright = "2026, samverkan contributors"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "samverkan_docgen",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "show-inheritance": False}
autodoc_type_aliases = {
    "Party": "samverkan.parties.Party",
    "PartyKind": "samverkan.parties.PartyKind",
}
nitpicky = False


html_theme = "furo"
html_title = f"samverkan {release}"
html_static_path = ["_static"]
language = "en"
exclude_patterns = ["_build", "_generated"]
