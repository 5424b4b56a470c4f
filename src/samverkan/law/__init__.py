"""Citations, the statute catalogue and date-aware statute names.

This layer knows nothing of cooperation forms: it answers "which act is meant", "how is this
provision written" and "where can it be read".
"""

from samverkan.law.citation import ORDINALS, Citation
from samverkan.law.dates import LegalDate
from samverkan.law.parse import parse_citation
from samverkan.law.statutes import (
    CATALOGUE,
    REGION_RENAMING_DATE,
    Amendment,
    Statute,
    StatuteCatalogue,
    regional_assembly_term,
    regional_level_term,
    statute,
    statute_named,
)
from samverkan.law.verification import Verification

__all__ = [
    "CATALOGUE",
    "ORDINALS",
    "REGION_RENAMING_DATE",
    "Amendment",
    "Citation",
    "LegalDate",
    "Statute",
    "StatuteCatalogue",
    "Verification",
    "parse_citation",
    "regional_assembly_term",
    "regional_level_term",
    "statute",
    "statute_named",
]
