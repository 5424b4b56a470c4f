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
    "sphinx.ext.viewcode",
    "samverkan_docgen",
    "samverkan_languages",
    "samverkan_viewcode",
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
html_css_files = ["samverkan.css"]
templates_path = ["_templates"]
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/language.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/ethical-ads.html",
        "sidebar/scroll-end.html",
        "sidebar/variant-selector.html",
    ]
}
exclude_patterns = ["_build", "_generated"]

# English is the source; the Swedish site is built into <outdir>/sv by samverkan_languages.
# Catalogues: sphinx-build -b gettext docs docs/locales/pot, then
# pybabel update -D <page> -i docs/locales/pot/<page>.pot -d docs/locales -l sv (see
# docs/contributing.md). One catalogue per page, so a page without one stays English.
language = "en"
locale_dirs = ["locales"]
gettext_compact = False
gettext_location = False
gettext_uuid = False
