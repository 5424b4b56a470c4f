"""samverkan's legal rules, one module per statute or chapter they apply.

Every module in this package is imported by :func:`samverkan.rules.discovery.register_all`, so
a rule module cannot be left out by forgetting to list it.
"""
