"""Build the documentation in English and Swedish with one command.

The English html build (``language = "en"``) builds the Swedish site into ``<outdir>/sv`` when
it has finished, with the same warning settings, so ``sphinx-build -W -b html docs OUT`` fails
on a warning in either language. The Swedish pages are translated with Sphinx's gettext
workflow (catalogues under ``docs/locales/sv/LC_MESSAGES``); a page without a translation
falls back to English. Every page gets a link to the same page in the other language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxTransform

#: The languages the site is built in; the first is the main build.
LANGUAGES = ("en", "sv")
#: The name of each language in itself, as the switch shows it.
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}
#: The folder under the main build's output where the other language's site goes.
SUBSITE = "sv"


def _other_language(language: str) -> str:
    return LANGUAGES[1] if language == LANGUAGES[0] else LANGUAGES[0]


def switch_href(pagename: str, language: str) -> str:
    """The relative address, from ``pagename`` in ``language``, of the same page in the other
    language: ``sv/x.html`` below the English page, ``../x.html`` above the Swedish one."""
    up = "../" * pagename.count("/")
    if language == LANGUAGES[0]:
        return f"{up}{SUBSITE}/{pagename}.html"
    return f"{up}../{pagename}.html"


def _add_switch(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], _: Any
) -> None:
    language = app.config.language or LANGUAGES[0]
    if language not in LANGUAGES:
        return
    other = _other_language(language)
    context["language_switch"] = {
        "label": LANGUAGE_NAMES[other],
        "language": other,
        "href": switch_href(pagename, language),
    }


class KeepGeneratedDataUntranslated(SphinxTransform):
    """Offer only the fixed words of the generated reference pages to translators.

    The pages under ``docs/_generated`` mix fixed labels ("In force", "The rules") with data
    taken from the code (rule ids, dates, provisions, the rules' own English descriptions).
    Only the labels the generator declares in ``samverkan_docgen.TRANSLATABLE`` go into the
    catalogues; the rest is not translatable, so the catalogues do not change when a rule does.
    """

    default_priority = 5  # before sphinx.transforms.i18n.Locale (20)

    def apply(self, **kwargs: Any) -> None:
        from samverkan_docgen import GENERATED, TRANSLATABLE

        generated = str(GENERATED)
        for node in self.document.findall(nodes.TextElement):
            if _source(node).startswith(generated) and node.astext() not in TRANSLATABLE:
                node["translatable"] = False


def _source(node: nodes.Node) -> str:
    """The file ``node`` was written in. MyST gives the cells of an included table the
    including page as their source, so a cell counts as written where its table was."""
    ancestor: nodes.Node | None = node
    while ancestor is not None and not isinstance(ancestor, nodes.table):
        ancestor = ancestor.parent
    return (ancestor or node).source or ""


def _build_other_language(app: Any, exception: Exception | None) -> None:
    """After the English html build, build the Swedish site into ``<outdir>/sv``."""
    if exception is not None or app.builder.name != "html":
        return
    if (app.config.language or LANGUAGES[0]) != LANGUAGES[0]:
        return
    from docutils.parsers.rst import directives, roles
    from sphinx.application import Sphinx
    from sphinx.util import logging
    from sphinx.util.docutils import (
        additional_nodes,
        docutils_namespace,
        patch_docutils,
        unregister_node,
    )

    fail_on_warnings = bool(getattr(app, "_fail_on_warnings", False))
    outdir = Path(app.outdir) / SUBSITE
    doctreedir = Path(app.doctreedir).with_name(Path(app.doctreedir).name + "-" + SUBSITE)
    try:
        with patch_docutils(app.confdir), docutils_namespace():
            # Start from docutils' own directives and roles, as sphinx-build does, so the
            # extensions register theirs again without warnings.
            directives._directives.clear()
            roles._roles.clear()
            for node in list(additional_nodes):
                unregister_node(node)
            nested = Sphinx(
                app.srcdir,
                app.confdir,
                outdir,
                doctreedir,
                "html",
                confoverrides={"language": SUBSITE},
                status=app._status,
                warning=app._warning,
                warningiserror=fail_on_warnings,
                verbosity=app.verbosity,
                parallel=app.parallel,
            )
            nested.build()
    finally:
        logging.setup(app, app._status, app._warning, verbosity=app.verbosity)
    app._warncount += nested._warncount
    app.statuscode = app.statuscode or nested.statuscode


def setup(app: Any) -> dict[str, Any]:
    app.add_transform(KeepGeneratedDataUntranslated)
    app.connect("html-page-context", _add_switch)
    app.connect("build-finished", _build_other_language)
    return {"parallel_read_safe": True, "version": "1"}
