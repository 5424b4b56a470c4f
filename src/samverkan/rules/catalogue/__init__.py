"""samverkan's own rules, one module per cooperation form or area of law.

Importing this package registers every rule in :data:`samverkan.rules.REGISTRY`.
"""

from samverkan.rules.catalogue import (  # noqa: F401
    company,
    competence,
    contractual,
    cooperation_agreement,
    federation,
    joint_committee,
    pot,
    predecessor,
    structure,
)
