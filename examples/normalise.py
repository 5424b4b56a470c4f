"""Put the example files, after an edit by hand, in the form samverkan writes them.

    .venv/bin/python examples/normalise.py           # list the files not in that form
    .venv/bin/python examples/normalise.py --write   # rewrite them in it

The files listed in ``examples/index.toml`` are the source of the examples: edit them
directly. Each is read with samverkan's own reader and written again with its writer (sorted
keys and two-space indent for JSON documents, fields in order for TOML scenarios); the test
suite requires that this changes nothing, so that a later rewrite shows only real changes
in a diff. A file that does not read is reported with the reader's message. Exit status: 0
when every file is in normal form (or was rewritten), 1 when one is not, 2 when one does not
read.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from samverkan.errors import DocumentError
from samverkan.io import dumps, load
from samverkan.io.scenario import dumps_scenario, load_scenario

HERE = Path(__file__).resolve().parent


def example_paths(directory: Path = HERE) -> list[Path]:
    """The files listed in ``index.toml`` of ``directory``."""
    with (directory / "index.toml").open("rb") as file:
        rows = tomllib.load(file)["example"]
    return [directory / row["path"] for row in rows]


def normal_form(path: Path) -> str:
    """The text samverkan writes for the document or scenario in ``path``."""
    if path.suffix == ".toml":
        return dumps_scenario(load_scenario(path))
    return dumps(load(path))


def main(argv: Sequence[str] | None = None, directory: Path = HERE) -> int:
    """List (or with ``--write`` rewrite) the example files not in normal form."""
    args = list(sys.argv[1:] if argv is None else argv)
    write = "--write" in args
    status = 0
    for path in example_paths(directory):
        try:
            text = normal_form(path)
        except DocumentError as error:
            print(error)
            status = 2
            continue
        if text == path.read_text(encoding="utf-8"):
            continue
        if write:
            path.write_text(text, encoding="utf-8")
            print(f"rewritten: {path.relative_to(directory)}")
        else:
            print(f"not in normal form: {path.relative_to(directory)}")
            status = max(status, 1)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
