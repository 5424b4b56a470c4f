"""The cattrs converter: how samverkan's models become JSON-ready data and back.

:func:`make_converter` returns a new converter with every samverkan hook;
:func:`configure_converter` registers the same hooks on an application's own converter.
cattrs' global converter is never used.

The encodings, chosen so that a document is exact and readable:

* a municipality or region is its SCB code (``"2326"``, ``"23"``), resolved through
  :func:`samverkan.parties.registry`; an :class:`~samverkan.model.Organisation` where a
  participant is expected is an object tagged ``{"type": "organisation", ...}``;
* every union of attrs classes carries the tag field ``"type"`` (:data:`TAG_FIELD`), the snake
  case class name (:func:`type_tag`);
* a :class:`~decimal.Decimal` is a string with its exact digits (``"368000.004"``); on input an
  exactly parsed JSON number is accepted too, a float, a bool, NaN or an infinity never;
* a date is ISO text (``"2019-09-02"``); a date and time is refused;
* a :class:`~samverkan.law.Citation` is its short form (``"KL 9:37 2 st."``);
* an enum member is its value; a tuple is a list; a frozenset is a sorted list;
* attrs objects omit fields that hold their default, and unknown fields are refused.

>>> from decimal import Decimal
>>> from samverkan.model import Compensation, Organisation, OrganisationKind, Task
>>> from samverkan.parties import registry
>>> converter = make_converter()
>>> converter.unstructure(Compensation(Decimal("368000.004")))
{'amount': '368000.004'}
>>> task = Task("sol.social-services", for_parties=(registry().party("2326"),))
>>> converter.unstructure(task)
{'area': 'sol.social-services', 'for_parties': ['2326']}
>>> converter.structure({"area": "sol.social-services", "for_parties": ["23"]}, Task).for_parties
(Region(code='23', name='Region Jämtland Härjedalen', orgnr=None, kind='region'),)

Structuring errors become plain-worded problems with their paths:

>>> try:
...     converter.structure({"amount": "12,5", "per_yer": False}, Compensation)
... except Exception as error:
...     for path, message in problems_from(error):
...         print(path, message)
$.amount expected an exact decimal amount such as "368000.50", got the text '12,5'
$.per_yer unknown field 'per_yer'; did you mean 'per_year'?
"""

from __future__ import annotations

import cattrs

from samverkan.io.hooks import DECIMAL_PATTERN, TAG_FIELD, configure_values
from samverkan.io.problems import describe_value, problems_from
from samverkan.io.shapes import configure_shapes
from samverkan.model.kinds import type_tag

__all__ = [
    "DECIMAL_PATTERN",
    "TAG_FIELD",
    "configure_converter",
    "describe_value",
    "make_converter",
    "problems_from",
    "type_tag",
]


def configure_converter(converter: cattrs.Converter) -> None:
    """Register samverkan's hooks on ``converter``.

    samverkan's own classes always omit defaults, refuse unknown fields and report every
    problem, whatever the converter's settings; other attrs classes follow the settings.
    For every class: strings, numbers, booleans, dates and decimals are read strictly (no
    coercion), lists must be lists, an object must be an object, and every union of attrs
    classes is told apart by the ``"type"`` tag.

    >>> from samverkan.parties import Municipality
    >>> converter = cattrs.Converter()
    >>> configure_converter(converter)
    >>> converter.structure("2326", Municipality).name
    'Berg'
    """
    configure_values(converter)
    configure_shapes(converter)


def make_converter() -> cattrs.Converter:
    """A new converter with all of samverkan's hooks (never cattrs' global one)."""
    converter = cattrs.Converter(
        forbid_extra_keys=True, detailed_validation=True, omit_if_default=True
    )
    configure_converter(converter)
    return converter
