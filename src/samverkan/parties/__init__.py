"""Municipalities (kommuner), regions (regioner) and counties (län), with the bundled registry."""

from samverkan.parties.model import (
    MUNICIPALITY_ORGNR_PREFIX,
    REGION_ORGNR_PREFIX,
    County,
    Municipality,
    Party,
    PartyKind,
    Region,
    format_orgnr,
)
from samverkan.parties.registry import Registry, fold_name, registry

__all__ = [
    "MUNICIPALITY_ORGNR_PREFIX",
    "REGION_ORGNR_PREFIX",
    "County",
    "Municipality",
    "Party",
    "PartyKind",
    "Region",
    "Registry",
    "fold_name",
    "format_orgnr",
    "registry",
]
