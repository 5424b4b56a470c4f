"""Consistency rules: the parties' own arithmetic and agreements, not a statute.

Every module in this package is imported by :func:`samverkan.rules.discovery.register_all`;
importing any of them imports every rule module (see :mod:`samverkan.rules.statutes`).
"""

from samverkan.rules.discovery import register_all

register_all()
