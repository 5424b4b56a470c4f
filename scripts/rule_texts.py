"""Extract and compile the catalogue of the rules' descriptions (domain ``samverkan_rules``).

Run by ``scripts/update_rule_texts.sh``:

    python scripts/rule_texts.py extract OUTPUT.pot
    python scripts/rule_texts.py compile INPUT.po OUTPUT.mo

``extract`` writes every paragraph of every rule's docstring, read from the registry, where
every rule is registered at run time, so a rule moved between modules keeps its messages.
Each message names the rules that use it and the modules they are defined in.

``compile`` writes the ``.mo`` without pybabel's format checks: the messages are prose, and
"100 % of" is no placeholder. Untranslated and fuzzy messages are left out.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

import samverkan
from samverkan.rules import REGISTRY
from samverkan.rules.texts import RULES_DOMAIN, rule_messages

SOURCE = Path(samverkan.__file__).resolve().parents[1]
#: The template's date, fixed so that the file changes only when the texts do.
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def empty_catalog(domain: str) -> Catalog:
    """An empty template of ``domain``, dated :data:`CREATED`."""
    return Catalog(
        domain=domain,
        project="samverkan",
        version=samverkan.__version__,
        copyright_holder="samverkan contributors",
        creation_date=CREATED,
        charset="utf-8",
    )


def template() -> Catalog:
    """The catalogue of every rule's paragraphs, in registration order, untranslated."""
    catalog = empty_catalog(RULES_DOMAIN)
    for rule in REGISTRY:
        source = Path(inspect.getsourcefile(rule.check) or "")
        location = (source.relative_to(SOURCE).as_posix(), 0)
        for message in rule_messages(rule):
            existing = catalog.get(message)
            if existing is None:
                added = catalog.add(message, locations=[location], auto_comments=[rule.id])
                added.flags.discard("python-format")  # "100 %" is no placeholder
            elif rule.id not in existing.auto_comments:
                existing.auto_comments.append(rule.id)
                if location not in existing.locations:
                    existing.locations.append(location)
    return catalog


def write_template(catalog: Catalog, output: str) -> None:
    """Write the template ``catalog`` to ``output``, as every catalogue script writes one."""
    with open(output, "wb") as stream:
        write_po(stream, catalog, width=100, include_lineno=False)


def extract(output: str) -> None:
    """Write the template to ``output``."""
    catalog = template()
    write_template(catalog, output)
    print(f"{output}: {len(catalog)} messages from {len(REGISTRY)} rules")


def compile_catalogue(source: str, output: str) -> None:
    """Compile the translation ``source`` to ``output``, leaving out fuzzy messages."""
    with open(source, "rb") as stream:
        catalog = read_po(stream)
    with open(output, "wb") as stream:
        write_mo(stream, catalog)
    messages = [m for m in catalog if m.id]
    done = sum(1 for m in messages if m.string and not m.fuzzy)
    print(f"{output}: {done} of {len(messages)} messages translated")


def run(argv: list[str], extract: Callable[[str], None]) -> int:
    """``extract OUTPUT.pot`` or ``compile INPUT.po OUTPUT.mo``, with a catalogue's extractor."""
    command, *paths = argv
    if command == "extract":
        extract(*paths)
    elif command == "compile":
        compile_catalogue(*paths)
    else:
        raise SystemExit(f"unknown command {command!r}: extract or compile")
    return 0


def main(argv: list[str]) -> int:
    return run(argv, extract)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
