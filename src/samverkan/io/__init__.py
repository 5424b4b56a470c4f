"""Documents, the cattrs converter and JSON Schema: how samverkan's models travel.

* :func:`load`, :func:`loads`, :func:`dump`, :func:`dumps` read and write documents, JSON
  (canonical) or TOML; every problem in a document is reported at once in a
  :class:`~samverkan.errors.DocumentError` (up to a thousand: a hostile document of
  millions of errors costs no more to reject than one of a thousand).
* :func:`make_converter` and :func:`configure_converter` give applications the converter
  behind them.
* :func:`schema_for` returns the JSON Schema of a document kind.
"""

from samverkan.io.converter import (
    TAG_FIELD,
    configure_converter,
    make_converter,
    problems_from,
    type_tag,
)
from samverkan.io.documents import (
    FORMATS,
    KINDS,
    SCHEMA_VERSION,
    Bundle,
    Document,
    Format,
    Subject,
    dump,
    dumps,
    from_data,
    kind_of,
    load,
    loads,
    to_data,
)
from samverkan.io.schema import SCHEMA_KINDS, schema_for

__all__ = [
    "FORMATS",
    "KINDS",
    "SCHEMA_KINDS",
    "SCHEMA_VERSION",
    "TAG_FIELD",
    "Bundle",
    "Document",
    "Format",
    "Subject",
    "configure_converter",
    "dump",
    "dumps",
    "from_data",
    "kind_of",
    "load",
    "loads",
    "make_converter",
    "problems_from",
    "schema_for",
    "to_data",
    "type_tag",
]
