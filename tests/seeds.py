"""The real systems of the seed documents, built as models for the tests.

Facts come from the seed documents (Region Jämtland Härjedalen, 2018–2021) and the legal
digest (Norrtälje). Where a document does not record something (seats, adoption dates, the text
of a förbundsordning), the model leaves it unrecorded rather than inventing it.
"""

from __future__ import annotations

from decimal import Decimal

from samverkan.model import (
    Adoption,
    AssemblyForm,
    Charter,
    Instrument,
    JointCommittee,
    JointlyOwnedCompany,
    LocalFederation,
    Office,
    Organisation,
    OrganisationKind,
    Role,
    Seat,
    Shareholding,
    Task,
)
from samverkan.parties import Municipality, Party, Region, registry

REG = registry()
REGION_JH: Region = REG.region("23")
JAMTLAND: list[Municipality] = REG.municipalities("23")
OSTERSUND = REG.municipality("2380")
ARE = REG.municipality("2321")
REGION_STOCKHOLM: Region = REG.region("01")
NORRTALJE = REG.municipality("0188")


def _adopted_by_all(parties: tuple[Party, ...], title: str, tasks: tuple[str, ...]) -> Instrument:
    # The seed says each fullmäktige adopts the reglemente and agreement; dates are not given.
    return Instrument(title=title, adoptions=tuple(Adoption(p) for p in parties), tasks=tasks)


def _committee(
    name: str,
    short: str,
    parties: tuple[Party, ...],
    host: Party,
    year: int,
    tasks: tuple[Task, ...],
) -> JointCommittee:
    areas = tuple(dict.fromkeys(t.area for t in tasks))
    return JointCommittee(
        name,
        parties,
        host,
        tasks=tasks,
        agreement=_adopted_by_all(parties, f"Samverkansavtal för {short}", areas),
        standing_rules=_adopted_by_all(parties, f"Reglemente för {short}", areas),
        established_year=year,
        short_name=short,
    )


def gnu_region() -> JointCommittee:
    """Gemensam nämnd för samordnad upphandling, lagerhållning och distribution av
    sjukvårdsprodukter: the region and all eight municipalities, hosted by the region, 2002."""
    parties: tuple[Party, ...] = (REGION_JH, *JAMTLAND)
    return _committee(
        "Gemensam nämnd för samordnad upphandling, lagerhållning och distribution av "
        "sjukvårdsprodukter",
        "GNU (regionen)",
        parties,
        REGION_JH,
        2002,
        (
            Task(
                "internal.procurement",
                "Samordnad upphandling, lagerhållning och distribution av sjukvårdsprodukter "
                "och hjälpmedel på affärsmässiga villkor.",
            ),
            Task(
                "hsl.assistive-devices",
                "Erbjuda hjälpmedel till dem som är bosatta i länets kommuner; omfattar både "
                "kommunernas och regionens ansvar.",
            ),
        ),
    )


def gnu_municipalities() -> JointCommittee:
    """Gemensam nämnd för upphandlingssamverkan: seven municipalities (not Åre), hosted by
    Östersund, 2007."""
    parties: tuple[Party, ...] = tuple(m for m in JAMTLAND if m != ARE)
    return _committee(
        "Gemensam nämnd för upphandlingssamverkan",
        "GNU (kommunerna)",
        parties,
        OSTERSUND,
        2007,
        (
            Task(
                "internal.procurement",
                "Kompetens i upphandlingsfrågor och genomförande av upphandlingar av ramavtal "
                "för varor och tjänster, även kommunspecifika upphandlingar.",
            ),
        ),
    )


def gns() -> JointCommittee:
    """Gemensam nämnd för samverkan inom drift och service, utveckling samt
    specialistfunktioner: the region and all eight municipalities, hosted by the region, 2018."""
    parties: tuple[Party, ...] = (REGION_JH, *JAMTLAND)
    return _committee(
        "Gemensam nämnd för samverkan inom drift och service, utveckling samt specialistfunktioner",
        "GNS",
        parties,
        REGION_JH,
        2018,
        (
            Task(
                "internal.shared-services",
                "Särskilda, specificerade uppdrag av intern service och stöd, "
                "utvecklingsinsatser och specialistfunktioner, lämnade av två eller flera "
                "parter och accepterade av nämnden.",
            ),
            Task("internal.it", "IT-drift och digitalisering inom ramen för lämnade uppdrag."),
        ),
    )


def jamtland_committees() -> list[JointCommittee]:
    """The three joint committees as they stood in 2019."""
    return [gnu_region(), gnu_municipalities(), gns()]


KSON = Organisation(
    "Kommunalförbundet Sjukvård och omsorg i Norrtälje", OrganisationKind.KOMMUNALFORBUND
)


def _seats(party: Party, chair: Office) -> tuple[Seat, ...]:
    members = tuple(
        Seat(party, Role.MEMBER, office=chair if i == 0 else None, id=f"{party.code}-L{i + 1}")
        for i in range(6)
    )
    substitutes = tuple(Seat(party, Role.SUBSTITUTE, id=f"{party.code}-E{i + 1}") for i in range(6))
    return members + substitutes


def norrtalje_federation() -> LocalFederation:
    """Kommunalförbundet Sjukvård och omsorg i Norrtälje (KSON): Region Stockholm and Norrtälje
    kommun, a förbundsdirektion of 6 + 6 from each, the region holding the chair and the
    municipality the vice-chair; it orders care for Norrtälje's residents and owns TioHundra AB.
    """
    members: tuple[Party, ...] = (REGION_STOCKHOLM, NORRTALJE)
    return LocalFederation(
        KSON.name,
        members,
        AssemblyForm.DIREKTION,
        seats=_seats(REGION_STOCKHOLM, Office.CHAIR) + _seats(NORRTALJE, Office.VICE_CHAIR),
        charter=Charter(
            title="Förbundsordning för Kommunalförbundet Sjukvård och omsorg i Norrtälje",
            adoptions=tuple(Adoption(p) for p in members),
            provisions_recorded=False,
        ),
        tasks=(
            Task(
                "hsl.regional-care",
                "Beställa regionens hälso- och sjukvård för invånarna i Norrtälje.",
                for_parties=(REGION_STOCKHOLM,),
            ),
            Task("hsl.municipal-care", "Kommunal hälso- och sjukvård.", for_parties=(NORRTALJE,)),
            Task("sol.social-services", "Äldreomsorg och annan omsorg.", for_parties=(NORRTALJE,)),
            Task("lss.support-and-service", "Insatser enligt LSS.", for_parties=(NORRTALJE,)),
        ),
        owned_companies=("TioHundra AB",),
        short_name="KSON",
    )


def tiohundra() -> JointlyOwnedCompany:
    """TioHundra AB, wholly owned by the federation; the conditions it secured are unrecorded."""
    return JointlyOwnedCompany(
        "TioHundra AB",
        (Shareholding(KSON, Decimal(100)),),
        purpose="Driva Norrtälje sjukhus och annan vård och omsorg i Norrtälje.",
    )
