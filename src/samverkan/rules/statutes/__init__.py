"""samverkan's legal rules, one module per statute or chapter they apply.

Every module in this package is imported by :func:`samverkan.rules.discovery.register_all`, so
a rule module cannot be left out by forgetting to list it. Importing any of them imports them
all, in the same order, so that the rules are registered in one order however they are
reached.
"""

from samverkan.rules.discovery import register_all

register_all()
