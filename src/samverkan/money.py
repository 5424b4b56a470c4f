"""Exact arithmetic on amounts, whatever the caller's decimal context.

Python's :mod:`decimal` rounds every sum to the precision of the *current* context (28 digits
by default), and a caller may have set another precision or made ``Inexact`` an error. The
rules add and subtract amounts of up to 4300 digits: they compute in :data:`EXACT`, a context
of their own in which no sum is ever rounded, and in which rounding, if it were ever needed,
would raise instead of silently changing an amount.

>>> from decimal import Decimal, localcontext
>>> with localcontext(prec=3):
...     exact_sum([Decimal("50"), Decimal("50.00000000000000000000000000001")])
Decimal('100.00000000000000000000000000001')
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
)

__all__ = ["EXACT", "exact_difference", "exact_sum"]

#: The context of exact sums: as many digits as a result needs (the precision only bounds
#: what could be stored), the widest exponents, and every loss of digits an error.
EXACT = Context(
    prec=MAX_PREC,
    rounding=ROUND_HALF_EVEN,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, DivisionByZero, Overflow, Inexact, Rounded],
)


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of ``values`` (``Decimal(0)`` for none)."""
    total = Decimal(0)
    for value in values:
        total = EXACT.add(total, value)
    return total


def exact_difference(minuend: Decimal, subtrahend: Decimal) -> Decimal:
    """``minuend - subtrahend``, exactly."""
    return EXACT.subtract(minuend, subtrahend)
