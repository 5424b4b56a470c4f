"""Extract and compile the catalogue of the fields' meanings (domain ``samverkan_fields``).

Run by ``scripts/update_field_texts.sh``:

    python scripts/field_texts.py extract OUTPUT.pot
    python scripts/field_texts.py compile INPUT.po OUTPUT.mo

``extract`` writes the meaning of every field, and the summary of every class, that a
document kind reaches (:func:`samverkan.io.field_texts.field_messages`), in the order of the
field reference. Each message names the classes and fields that use it and the modules they
are defined in.

``compile`` is ``scripts/rule_texts.py``'s: untranslated and fuzzy messages are left out.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from rule_texts import SOURCE, empty_catalog, run, write_template

from samverkan.io.field_texts import FIELDS_DOMAIN, documented_classes, field_messages


def template() -> Catalog:
    """The catalogue of every meaning, untranslated."""
    catalog = empty_catalog(FIELDS_DOMAIN)
    modules = {
        cls.__name__: Path(inspect.getsourcefile(cls) or "").relative_to(SOURCE).as_posix()
        for cls in documented_classes()
    }
    for message, users in field_messages().items():
        locations = list(dict.fromkeys((modules[user.split(".")[0]], 0) for user in users))
        added = catalog.add(message, locations=locations, auto_comments=users)
        added.flags.discard("python-format")  # "100 %" is no placeholder
    return catalog


def extract(output: str) -> None:
    """Write the template to ``output``."""
    catalog = template()
    write_template(catalog, output)
    print(f"{output}: {len(catalog)} messages from {len(documented_classes())} classes")


def main(argv: list[str]) -> int:
    return run(argv, extract)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
