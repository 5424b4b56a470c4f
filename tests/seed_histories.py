"""The real systems of the seed documents with what their histories record.

The seeds give the year each Jämtland committee was set up ("Inrättad: 2002", "2007",
"2018", seed 001) and the legal digest the year KSON started (2006, law.md §6). They do not
give the day, nor which municipalities joined GNS in 2017 and which in 2018, nor the dates of
the changes to GNU's assignment; those stay unrecorded rather than invented, and the notes
say so.
"""

from __future__ import annotations

import attrs

import seeds
from samverkan.model import History, JointCommittee, LocalFederation, PartialDate

__all__ = ["gns_history", "gnu_municipalities_history", "gnu_region_history", "kson_history"]


def gnu_region_history() -> JointCommittee:
    """GNU (regionen), set up in 2002; its assignment changed later (dates not in the seed)."""
    return attrs.evolve(
        seeds.gnu_region(),
        history=History(formed=PartialDate(2002)),
        notes=(
            "Inrättad 2002 (seed 001). Uppdraget har ändrats efter inrättandet; när anges inte, "
            "så ändringarna har inga datum i historiken."
        ),
    )


def gnu_municipalities_history() -> JointCommittee:
    """GNU (kommunerna), set up in 2007; widened since (which parties when is not recorded)."""
    return attrs.evolve(
        seeds.gnu_municipalities(),
        history=History(formed=PartialDate(2007)),
        notes=(
            "Inrättad 2007 (seed 001). Nämnden har fått fler parter sedan dess; vilka och när "
            "anges inte, så alla parter räknas från 2007 och det ska prövas på nytt."
        ),
    )


def gns_history() -> JointCommittee:
    """GNS in its present form from 2018. It began as an IT committee of the region and Åre
    and was widened in 2017 (five municipalities) and 2018 (the other two); the seed does not
    say which five, so the widening is in the notes, not in the membership dates."""
    return attrs.evolve(
        seeds.gns(),
        history=History(formed=PartialDate(2018)),
        notes=(
            "Inrättad i nuvarande form 2018 (seed 001). Började som gemensam IT-nämnd för "
            "regionen och Åre, utvidgades 2017 med fem kommuner och 2018 med de två sista; "
            "vilka fem anges inte, så den äldre nämnden är inte modellerad."
        ),
    )


def kson_history() -> LocalFederation:
    """KSON, started in 2006 (law.md §6, V-SEC); the purchasing role moved into the förbund
    in 2016 (day not recorded, so the task change is not dated)."""
    return attrs.evolve(seeds.norrtalje_federation(), history=History(formed=PartialDate(2006)))
