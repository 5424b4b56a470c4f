"""Keep the "[docs]" links of the highlighted source pages pointing at real entries.

``sphinx.ext.viewcode`` links each definition in a module's source page back to its entry in
the docs as ``page#<module>.<name>``, taking ``<module>`` from whichever page first documented
something of that module. An object documented both where it is defined and under a module
that re-exports it (``samverkan.diagram.DiagramError``, defined in ``samverkan.errors``) makes
that module name wrong for the whole source page. Before viewcode writes the pages, every link
is pointed at the entry under the defining module's own name, and dropped where there is none;
modules outside samverkan get no source page.
"""

from __future__ import annotations

from typing import Any


def _repair_backlinks(app: Any) -> list[Any]:
    modules = getattr(app.env, "_viewcode_modules", {})
    objects = app.env.get_domain("py").objects
    for modname in [name for name in modules if name.partition(".")[0] != "samverkan"]:
        del modules[modname]  # no source page, nor index entry, for builtins and the like
    for modname, entry in modules.items():
        if not entry:
            continue
        code, tags, used, _ = entry
        documented = {}
        for fullname in used:
            found = objects.get(f"{modname}.{fullname}")
            if found is not None:
                documented[fullname] = found.docname
        modules[modname] = (code, tags, documented, modname)
    return []


def setup(app: Any) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.viewcode")
    app.connect("html-collect-pages", _repair_backlinks, priority=400)
    return {"parallel_read_safe": True, "version": "1"}
