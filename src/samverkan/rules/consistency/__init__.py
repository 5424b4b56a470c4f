"""Consistency rules: the parties' own arithmetic and agreements, not a statute.

Every module in this package is imported by :func:`samverkan.rules.discovery.register_all`.
"""
