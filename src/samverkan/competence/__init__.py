"""Task areas (*verksamhetsområden*): which level holds a task, "ska" or "får", and from when.

>>> from datetime import date
>>> from samverkan.parties import registry
>>> area = CATALOGUE.get("hsl.regional-care")
>>> competence_of(registry().region("23"), area, date(2024, 1, 1)).summary()
'region ska (HSL 8:1)'
>>> competence_of(registry().municipality("2380"), area, date(2024, 1, 1)) is None
True
>>> competence_of(registry().municipality("0980"), area, date(2024, 1, 1)).summary()
'region ska (HSL 8:1)'
"""

from samverkan.competence.catalogue import CATALOGUE, TaskAreaCatalogue, UnknownTaskAreaError
from samverkan.competence.model import (
    HOLDERS,
    Duty,
    Holder,
    Holding,
    SupervisionOf,
    TaskArea,
    Transfer,
    competence_of,
    competences_of,
    holds_competence,
)

__all__ = [
    "CATALOGUE",
    "HOLDERS",
    "Duty",
    "Holder",
    "Holding",
    "SupervisionOf",
    "TaskArea",
    "TaskAreaCatalogue",
    "Transfer",
    "UnknownTaskAreaError",
    "competence_of",
    "competences_of",
    "holds_competence",
]
