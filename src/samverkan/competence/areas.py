"""The bundled task areas: which level holds each task, under which provision, from when.

Every fact comes from the project's legal digest with the label given there. Where the digest
does not state who holds a power (tourism, EU co-financing) or a conclusion is drawn by
analogy (internal IT, payroll and shared services), the holding is
:attr:`~samverkan.law.Verification.RECALLED` and must not be treated as certain.

>>> [area.id for area in BUNDLED_AREAS if area.id.startswith("lss.")]
['lss.personal-support', 'lss.support-and-service']
>>> [h.summary() for h in SOCIAL_SERVICES.holdings]
['kommun ska (SoL (2001:453) 2:1)', 'kommun ska (SoL 4:1)']
"""

from __future__ import annotations

from datetime import date

from samverkan.competence.model import HOLDERS, Duty, Holding, TaskArea, Transfer
from samverkan.law import Citation, Verification
from samverkan.law.dates import HSL_2017, KL_2017, KOMBEF_2009, SKOLL_2010

__all__ = [
    "ASSISTIVE_DEVICES",
    "BUILDING_COMMITTEE",
    "BUNDLED_AREAS",
    "BUSINESS_PROMOTION",
    "COMPULSORY_SCHOOL",
    "ENVIRONMENTAL_HEALTH_SUPERVISION",
    "EU_COFINANCING",
    "GUARDIANSHIP",
    "HEIGHTENED_ALERT",
    "HOME_CARE",
    "INTERNAL_IT",
    "INTERNAL_PAYROLL",
    "INTERNAL_PROCUREMENT",
    "INTERNAL_SHARED_SERVICES",
    "LEISURE_TIME_CENTRE",
    "LSS_PERSONAL_SUPPORT",
    "LSS_SUPPORT_AND_SERVICE",
    "MUNICIPAL_ADULT_EDUCATION",
    "MUNICIPAL_HEALTHCARE",
    "PATIENT_TRANSPORT",
    "PRESCHOOL",
    "REGIONAL_DEVELOPMENT",
    "REGIONAL_HEALTHCARE",
    "REGIONAL_PHYSICAL_PLANNING",
    "REGIONAL_PUBLIC_TRANSPORT",
    "RESCUE_SERVICES",
    "SOCIAL_SERVICES",
    "TOURISM",
    "UPPER_SECONDARY_SCHOOL",
]

V = Verification
SHALL = Duty.SHALL
MAY = Duty.MAY

KL = "2017:725"
KOMBEF = "2009:47"
HSL = "2017:30"
SOL_2001 = "2001:453"
SOL_2025 = "2025:400"
LSS = "1993:387"
SKOLL = "2010:800"
KTL = "2010:1065"
RUA = "2010:630"
LSO = "2003:778"
PBL = "2010:900"
MB = "1998:808"
FB = "1949:381"
LEH = "2006:544"

KL_START = KL_2017
KOMBEF_START = KOMBEF_2009
HSL_START = HSL_2017
SKOLL_START = SKOLL_2010

#: KL 9:21 2 st.: the styrelse's tasks at höjd beredskap may not go to a joint committee.
_KL_9_21_2 = Citation(KL, 9, "21", stycke=2)
#: 2009:47 1:2: the provisions of that act that are freed from the localisation principle.
_KOMBEF_1_2 = Citation(KOMBEF, 1, "2")


def _every_level_may(
    citation: Citation, start: date, verification: Verification, note: str
) -> tuple[Holding, ...]:
    """The same permission (*får*) for every level, kommun and region, with no end date."""
    return tuple(
        Holding(holder, MAY, citation, start, None, verification, note=note) for holder in HOLDERS
    )


# -- Hälso- och sjukvård (HSL 2017:30) -------------------------------------------------------

_HSL_REGION_8_1 = Holding(
    "region",
    SHALL,
    Citation(HSL, 8, "1"),
    HSL_START,
    None,
    V.VERIFIED_RK,
    note="HSL 8:6: excludes care the kommun gives under 12:1 or has taken over under 14:1.",
)

REGIONAL_HEALTHCARE = TaskArea(
    id="hsl.regional-care",
    name_sv="Regional hälso- och sjukvård",
    name_en="Regional healthcare",
    holdings=(_HSL_REGION_8_1,),
    statutory_committee=Citation(HSL, 7, "1"),
    description=(
        "The region offers good healthcare to those living in the region (HSL 8:1), apart "
        "from the care the kommun is responsible for (8:6). One or more nämnder lead it (7:1)."
    ),
)

MUNICIPAL_HEALTHCARE = TaskArea(
    id="hsl.municipal-care",
    name_sv="Kommunal hälso- och sjukvård i särskilt boende och dagverksamhet",
    name_en="Municipal healthcare in special housing and day activities",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(HSL, 12, "1"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            note="HSL 12:3: care given by physicians is not included.",
        ),
    ),
    statutory_committee=Citation(HSL, 11, "1"),
    description=(
        "The kommun offers healthcare to those it has placed in särskilda boendeformer and in "
        "dagverksamhet (HSL 12:1); physician care stays with the region (12:3, 16:1)."
    ),
)

HOME_CARE = TaskArea(
    id="hsl.home-care",
    name_sv="Hemsjukvård",
    name_en="Home healthcare",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(HSL, 8, "1"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            note="Part of the region's general duty unless transferred to a kommun (8:6, 14:1).",
        ),
        Holding(
            "municipality",
            MAY,
            Citation(HSL, 12, "2"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            note="In ordinary housing and certain särskilt boende; not physician care (12:3).",
        ),
    ),
    transfers=(
        Transfer(
            "region",
            "municipality",
            Citation(HSL, 14, "1"),
            HSL_START,
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note=(
                "To a kommun within the region, by agreement; not physician care; the region "
                "may pay a contribution. 14:2: cost equalisation if all kommuner take part."
            ),
        ),
    ),
    description=(
        "Hemsjukvård is a permission for the kommun (HSL 12:2), not a primary duty; the "
        "region may hand the duty itself over to a kommun by agreement (14:1)."
    ),
)

ASSISTIVE_DEVICES = TaskArea(
    id="hsl.assistive-devices",
    name_sv="Habilitering, rehabilitering och hjälpmedel",
    name_en="Habilitation, rehabilitation and assistive devices",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(HSL, 8, "7"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            note="Except what the kommun provides under 12:5.",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(HSL, 12, "5"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            note="In connection with the kommun's own care under 12:1–2.",
        ),
    ),
    description=(
        "The region provides habilitering, rehabilitering and hjälpmedel (HSL 8:7), the "
        "kommun in connection with its own care (12:5); region and kommun may agree on the "
        "responsibility for hjälpmedel (14:3)."
    ),
)

PATIENT_TRANSPORT = TaskArea(
    id="hsl.patient-transport",
    name_sv="Ambulanssjukvård och sjuktransporter",
    name_en="Ambulance care and patient transport",
    holdings=(
        Holding("region", SHALL, Citation(HSL, 7, "6"), HSL_START, None, V.VERIFIED_RK),
        Holding(
            "municipality",
            MAY,
            Citation(KOMBEF, 3, "2"),
            KOMBEF_START,
            None,
            V.VERIFIED_RK,
            note=(
                "Only by agreement with a region, performing the HSL 7:6 transports and the "
                "care while waiting; on commercial terms (2009:47 1:3)."
            ),
        ),
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 3, "2")),
    description=(
        "The region organises ambulance care (HSL 7:6); a kommun may perform those transports "
        "for a region under contract, free of the localisation principle (2009:47 3:2, 1:2)."
    ),
)

# -- Socialtjänst ----------------------------------------------------------------------------

SOCIAL_SERVICES = TaskArea(
    id="sol.social-services",
    name_sv="Socialtjänst",
    name_en="Social services",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(SOL_2001, 2, "1"),
            date(2002, 1, 1),
            date(2025, 6, 30),
            V.VERIFIED_RK,
            note="Socialnämnd under SoL (2001:453) 2:4; the act was repealed 2025-07-01.",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(SOL_2025, 4, "1"),
            date(2025, 7, 1),
            None,
            V.VERIFIED_RD,
            note="4:3: private contractors without myndighetsutövning; points to KL 9:37.",
        ),
    ),
    statutory_committee=Citation(SOL_2025, 4, "2"),
    description=(
        "The kommun is responsible for socialtjänst in its area and has the ultimate "
        "responsibility (SoL 2025:400 4:1, earlier SoL 2001:453 2:1); fullmäktige names the "
        "socialnämnd (4:2)."
    ),
)

# -- LSS (1993:387) --------------------------------------------------------------------------

_LSS_TRANSFERS = (
    Transfer(
        "region",
        "municipality",
        Citation(LSS, None, "17", stycke=2),
        date(1994, 1, 1),
        moves_responsibility=True,
        verification=V.VERIFIED_RK,
        note="Between a region and a kommun within it; current wording Lag (2019:883).",
    ),
    Transfer(
        "municipality",
        "region",
        Citation(LSS, None, "17", stycke=2),
        date(1994, 1, 1),
        moves_responsibility=True,
        verification=V.VERIFIED_RK,
        note="Between a kommun and the region it lies in; current wording Lag (2019:883).",
    ),
)

LSS_PERSONAL_SUPPORT = TaskArea(
    id="lss.personal-support",
    name_sv="Rådgivning och annat personligt stöd (LSS 9 § 1)",
    name_en="Advice and other personal support (LSS 9 § 1)",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(LSS, None, "2"),
            date(1994, 1, 1),
            None,
            V.VERIFIED_RK,
            note="Unless otherwise agreed under 17 §; current wording Lag (2019:883).",
        ),
    ),
    transfers=_LSS_TRANSFERS,
    statutory_committee=Citation(LSS, None, "22"),
    description=(
        "The region provides the measure in LSS 9 § 1 (LSS 2 §); region and kommun may agree "
        "to move the responsibility either way (17 § 2 st.)."
    ),
)

LSS_SUPPORT_AND_SERVICE = TaskArea(
    id="lss.support-and-service",
    name_sv="Insatser enligt LSS 9 § 2–10",
    name_en="Support and service measures (LSS 9 § 2–10)",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(LSS, None, "2"),
            date(1994, 1, 1),
            None,
            V.VERIFIED_RK,
            note="Unless otherwise agreed under 17 §; current wording Lag (2019:883).",
        ),
    ),
    transfers=_LSS_TRANSFERS,
    statutory_committee=Citation(LSS, None, "22"),
    description=(
        "The kommun provides the measures in LSS 9 § 2–10 (LSS 2 §); region and kommun may "
        "agree to move the responsibility either way (17 § 2 st.)."
    ),
)

# -- Skollagen (2010:800) --------------------------------------------------------------------

_SKOLL_NOTE = (
    "Current wording Lag (2022:1315); most provisions applied from 2011-07-01 under lag "
    "(2010:801) (recalled)."
)
_SKOLL_ENTREPRENAD = (Citation(SKOLL, 23, "3"),)
_SKOLL_COMMITTEE = Citation(SKOLL, 2, "2")


def _kommun_huvudman() -> Holding:
    return Holding(
        "municipality",
        SHALL,
        Citation(SKOLL, 2, "2"),
        SKOLL_START,
        None,
        V.VERIFIED_RK,
        note=_SKOLL_NOTE,
    )


def _region_may_be_huvudman() -> Holding:
    return Holding(
        "region",
        MAY,
        Citation(SKOLL, 2, "3"),
        SKOLL_START,
        None,
        V.VERIFIED_RK,
        note="Only to the extent the act provides.",
    )


_SKOLL_23_22 = Transfer(
    "municipality",
    "municipality",
    Citation(SKOLL, 23, "22"),
    None,
    moves_responsibility=True,
    verification=V.VERIFIED_RK,
    note=(
        "Samverkan (23:21) moves huvudmannaskap; only förskola, fritidshem, komvux and "
        "pedagogisk omsorg; report to Skolinspektionen. Current wording Lag (2020:605)."
    ),
)

PRESCHOOL = TaskArea(
    id="school.preschool",
    name_sv="Förskola",
    name_en="Preschool",
    holdings=(_kommun_huvudman(),),
    transfers=(_SKOLL_23_22,),
    statutory_committee=_SKOLL_COMMITTEE,
    localisation_exceptions=_SKOLL_ENTREPRENAD,
    description=(
        "The kommun is huvudman for förskola (SkolL 2:2); another kommun may take over "
        "huvudmannaskap by samverkan (23:22). 23:24 also allows the state (sameskola)."
    ),
)

COMPULSORY_SCHOOL = TaskArea(
    id="school.compulsory",
    name_sv="Förskoleklass, grundskola och anpassad grundskola",
    name_en="Preschool class and compulsory school, including adapted compulsory school",
    holdings=(_kommun_huvudman(),),
    statutory_committee=_SKOLL_COMMITTEE,
    localisation_exceptions=_SKOLL_ENTREPRENAD,
    description=(
        "The kommun is huvudman (SkolL 2:2); tasks may be contracted to another kommun or a "
        "region without moving huvudmannaskap (23:2–3)."
    ),
)

LEISURE_TIME_CENTRE = TaskArea(
    id="school.leisure-time",
    name_sv="Fritidshem",
    name_en="School-age educare (fritidshem)",
    holdings=(_kommun_huvudman(),),
    transfers=(_SKOLL_23_22,),
    statutory_committee=_SKOLL_COMMITTEE,
    localisation_exceptions=_SKOLL_ENTREPRENAD,
    description=(
        "The kommun is huvudman for fritidshem (SkolL 2:2); another kommun may take over "
        "huvudmannaskap by samverkan (23:22)."
    ),
)

UPPER_SECONDARY_SCHOOL = TaskArea(
    id="school.upper-secondary",
    name_sv="Gymnasieskola och anpassad gymnasieskola",
    name_en="Upper secondary school, including adapted upper secondary school",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    statutory_committee=_SKOLL_COMMITTEE,
    localisation_exceptions=_SKOLL_ENTREPRENAD,
    description=(
        "The kommun is huvudman (SkolL 2:2) and a region may be (2:3); since 2023-07-01 each "
        "kommun must cooperate with at least two others by a primärt samverkansavtal (2:2 a)."
    ),
)

MUNICIPAL_ADULT_EDUCATION = TaskArea(
    id="school.adult-education",
    name_sv="Kommunal vuxenutbildning",
    name_en="Municipal adult education (komvux)",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    transfers=(
        _SKOLL_23_22,
        Transfer(
            "municipality",
            "region",
            Citation(SKOLL, 23, "23"),
            None,
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note=(
                "Samverkan (23:21) moves huvudmannaskap; only komvux. "
                "Current wording Lag (2020:605)."
            ),
        ),
    ),
    statutory_committee=_SKOLL_COMMITTEE,
    localisation_exceptions=_SKOLL_ENTREPRENAD,
    description=(
        "The kommun is huvudman (SkolL 2:2) and a region may be (2:3); huvudmannaskap may "
        "move to another kommun (23:22) or a region (23:23) by samverkan."
    ),
)

# -- Kollektivtrafik (2010:1065) -------------------------------------------------------------

#: Counties where the kommuner share the responsibility by default: all but Stockholm (01).
_KTL_SHARED_COUNTIES = frozenset(
    {
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "12",
        "13",
        "14",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
    }
)

REGIONAL_PUBLIC_TRANSPORT = TaskArea(
    id="ktl.regional-public-transport",
    name_sv="Regional kollektivtrafik",
    name_en="Regional public transport",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(KTL, 2, "1"),
            date(2012, 1, 1),
            None,
            V.VERIFIED_RK,
            note=(
                "Jointly with the kommuner of the län unless agreed otherwise; alone in "
                "Stockholm; on Gotland the kommun. Current wording Lag (2019:950)."
            ),
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(KTL, 2, "1"),
            date(2012, 1, 1),
            None,
            V.VERIFIED_RK,
            counties=_KTL_SHARED_COUNTIES,
            note="Jointly with the region; in Stockholm the region alone unless agreed.",
        ),
    ),
    transfers=(
        Transfer(
            "municipality",
            "region",
            Citation(KTL, 2, "1"),
            date(2012, 1, 1),
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note="The region and the kommuner may agree that the region alone is responsible.",
        ),
        Transfer(
            "region",
            "municipality",
            Citation(KTL, 2, "1"),
            date(2012, 1, 1),
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note="The region and the kommuner may agree that the kommuner alone are responsible.",
        ),
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 3, "3")),
    description=(
        "Region and kommuner share the responsibility (KTL 2:1). Every län has a regional "
        "kollektivtrafikmyndighet: a compulsory kommunalförbund, a gemensam nämnd by "
        "agreement, or the region itself where it alone is responsible (2:2)."
    ),
)

# -- Regional utveckling och planering -------------------------------------------------------

REGIONAL_DEVELOPMENT = TaskArea(
    id="rua.regional-development",
    name_sv="Regionalt utvecklingsansvar",
    name_en="Regional development",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(RUA, None, "3", through="8"),
            date(2011, 1, 1),
            None,
            V.VERIFIED_RK,
            note=(
                "3 §: regions and Gotlands kommun. Current wording Lag (2019:944)/(2023:920); "
                "the digest does not cover which bodies held the task before 2019."
            ),
        ),
    ),
    description=(
        "The region adopts the regional development strategy and decides on certain state "
        "funds (RUA 5 §), and must cooperate with the kommuner of the län (8 §)."
    ),
)

REGIONAL_PHYSICAL_PLANNING = TaskArea(
    id="pbl.regional-planning",
    name_sv="Regional fysisk planering",
    name_en="Regional physical planning",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(PBL, 7, "1"),
            date(2019, 1, 1),
            None,
            V.RECALLED,
            counties=frozenset({"01", "12", "13"}),
            note=(
                "Stockholm, Skåne and Halland only. Start date recalled (Lag 2018:1732), "
                "not verified; the provision itself is verified."
            ),
        ),
    ),
    description=(
        "In Stockholms län, Skåne län and Hallands län the region carries out regional "
        "physical planning; regionfullmäktige adopts the regionplan (PBL 7:1, 7:9)."
    ),
)

# -- Räddningstjänst, bygg och miljö ---------------------------------------------------------

RESCUE_SERVICES = TaskArea(
    id="lso.rescue-services",
    name_sv="Förebyggande verksamhet och räddningstjänst",
    name_en="Accident prevention and rescue services",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(LSO, 3, "7"),
            date(2004, 1, 1),
            None,
            V.VERIFIED_RK,
            note="Räddningstjänst.",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(LSO, 3, "1"),
            date(2004, 1, 1),
            None,
            V.VERIFIED_RK,
            note="Accident prevention.",
        ),
    ),
    statutory_committee=Citation(LSO, 3, "11"),
    description=(
        "The kommun is responsible for prevention and rescue services (LSO 3:1, 3:7), through "
        "one or more nämnder, which may be joint or a kommunalförbund (3:11)."
    ),
)

BUILDING_COMMITTEE = TaskArea(
    id="pbl.building-committee",
    name_sv="Byggnadsnämndens uppgifter",
    name_en="Building committee tasks",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(PBL, 12, "1"),
            date(2011, 5, 2),
            None,
            V.VERIFIED_RK,
            note="12:6: extra limits on delegation, also under KL 9:30 and 9:37 2 st.",
        ),
    ),
    statutory_committee=Citation(PBL, 12, "1"),
    description=(
        "Every kommun must have a byggnadsnämnd (PBL 12:1); under KL 9:21 2 st. it may be a "
        "gemensam nämnd."
    ),
)

ENVIRONMENTAL_HEALTH_SUPERVISION = TaskArea(
    id="mb.environmental-health-supervision",
    name_sv="Tillsyn över miljö- och hälsoskyddet",
    name_en="Environmental and health protection supervision",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(MB, 26, "3", stycke=3),
            date(1999, 1, 1),
            None,
            V.VERIFIED_RK,
            note=(
                "Current wording Lag (2017:782). 26:3 4 st.: state supervision may be "
                "transferred on request; 26:4 ties that to KL 6:7 2 st."
            ),
        ),
    ),
    statutory_committee=Citation(MB, 26, "3", stycke=3),
    description=(
        "The kommun supervises environmental and health protection and waste handling through "
        "the nämnder fullmäktige decides (MB 26:3 3 st.)."
    ),
)

GUARDIANSHIP = TaskArea(
    id="fb.guardianship",
    name_sv="Överförmyndare",
    name_en="Supervision of guardians (överförmyndare)",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(FB, 19, "1"),
            None,
            None,
            V.VERIFIED_RD,
            note="19:2: an överförmyndarnämnd may replace the överförmyndare.",
        ),
    ),
    description=(
        "Every kommun has an överförmyndare or an överförmyndarnämnd (FB 19:1–2); kommuner, "
        "but not regions, may share a gemensam överförmyndarnämnd (19:16)."
    ),
)

# -- Intern service (KL 2:1) -----------------------------------------------------------------

_MEMO = (
    "Region Jämtland Härjedalen's memo RS/559/2019 (PM Sammanslagning av gemensamma "
    "nämnder, 2019-08-07)"
)
_INTERNAL_SOURCE = f"Legal assessment in {_MEMO}."
_INTERNAL_INFERENCE = (
    f"Inferred from the reasoning on procurement in {_MEMO}; not stated there for this task."
)
_INTERNAL_LOU = (
    " Providing the service to each other may still be a public contract under LOU unless an "
    "in-house or cooperation exemption (LOU 3:11–18) applies."
)


def _internal_service(
    *,
    id: str,
    name_sv: str,
    name_en: str,
    description: str,
    verification: Verification = V.RECALLED,
    note: str = _INTERNAL_INFERENCE,
) -> TaskArea:
    """An internal service for one's own activity: the same competence (KL 2:1) for every
    kommun and region, with the LOU caveat appended to ``description``. Only procurement is
    assessed in the memo; the others are inferred from it (the defaults)."""
    return TaskArea(
        id=id,
        name_sv=name_sv,
        name_en=name_en,
        holdings=_every_level_may(Citation(KL, 2, "1"), KL_START, verification, note),
        description=description + _INTERNAL_LOU,
    )


INTERNAL_PROCUREMENT = _internal_service(
    id="internal.procurement",
    name_sv="Upphandling för den egna verksamheten",
    name_en="Procurement for own use",
    description=(
        "Procuring for one's own activity is an internal service within the competence of "
        "every kommun and region, and it is the same competence at both levels, so a "
        "gemensam nämnd of kommuner and a region may carry it (KL 2:1)."
    ),
    verification=V.VERIFIED_SEC,
    note=_INTERNAL_SOURCE,
)

INTERNAL_IT = _internal_service(
    id="internal.it",
    name_sv="IT och digitalisering för den egna verksamheten",
    name_en="IT and digital services for own use",
    description=(
        "Running IT for one's own activity is an internal service; by the same reasoning as "
        "for procurement it falls within the same competence for kommun and region (KL 2:1)."
    ),
)

INTERNAL_PAYROLL = _internal_service(
    id="internal.payroll",
    name_sv="Löneadministration",
    name_en="Payroll administration",
    description=(
        "Paying one's own staff is an internal service; by the same reasoning as for "
        "procurement it falls within the same competence for kommun and region (KL 2:1)."
    ),
)

INTERNAL_SHARED_SERVICES = _internal_service(
    id="internal.shared-services",
    name_sv="Intern service och stöd",
    name_en="Shared internal support services",
    description=(
        "Internal service and support to one's own activities; by the same reasoning as for "
        "procurement it falls within the same competence for kommun and region (KL 2:1)."
    ),
)

# -- Näringsliv, turism och EU-projekt -------------------------------------------------------

BUSINESS_PROMOTION = TaskArea(
    id="kl.business-promotion",
    name_sv="Näringslivsfrämjande",
    name_en="Business promotion",
    holdings=_every_level_may(
        Citation(KL, 2, "8"),
        KL_START,
        V.VERIFIED_RK,
        "Support to an individual business only with synnerliga skäl.",
    ),
    description=(
        "Kommuner and regioner may promote business in general in their area; support to an "
        "individual business needs synnerliga skäl (KL 2:8)."
    ),
)


def _recalled_holder(section: str) -> str:
    return (
        f"The digest verifies the localisation exception in 1:2, not which levels {section} "
        "names; recalled."
    )


TOURISM = TaskArea(
    id="kombef.tourism",
    name_sv="Turism",
    name_en="Tourism",
    holdings=_every_level_may(
        Citation(KOMBEF, 4, "1"), KOMBEF_START, V.RECALLED, _recalled_holder("4:1")
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 4, "1")),
    description=(
        "Tourism measures under 2009:47 4:1 are free of the localisation principle (1:2)."
    ),
)

EU_COFINANCING = TaskArea(
    id="kombef.eu-cofinancing",
    name_sv="Medfinansiering av projekt inom EU:s strukturfonder",
    name_en="Co-financing of EU structural fund projects",
    holdings=_every_level_may(
        Citation(KOMBEF, 2, "3"), KOMBEF_START, V.RECALLED, _recalled_holder("2:3")
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 2, "3")),
    description=(
        "Co-financing of projects supported by the EU structural funds (2009:47 2:3) is free "
        "of the localisation principle (1:2)."
    ),
)

# -- Höjd beredskap (2006:544) ---------------------------------------------------------------

HEIGHTENED_ALERT = TaskArea(
    id="leh.heightened-alert",
    name_sv="Styrelsens uppgifter vid höjd beredskap",
    name_en="Executive board tasks at heightened alert",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(LEH, 3, "4"),
            date(2006, 6, 30),
            None,
            V.VERIFIED_RD,
            note="A coordination duty in chapter 3 (höjd beredskap); 2:7 is the peacetime one.",
        ),
        Holding(
            "region",
            SHALL,
            Citation(LEH, 1, "1"),
            date(2006, 6, 30),
            None,
            V.VERIFIED_SEC,
            note=(
                "Purpose clause: kommuner and regioner shall reach a basic capability for "
                "civil defence (wording Lag 2019:925). Not in the digest; read in the "
                "consolidated text reproduced on lagboken.se."
            ),
        ),
    ),
    joint_committee_barred=_KL_9_21_2,
    description=(
        "Kommuner and regioner have duties before and at höjd beredskap under lag "
        "(2006:544); the styrelse's tasks then may not be given to a gemensam nämnd "
        "(KL 9:21 2 st.)."
    ),
)

#: Every bundled task area, in the order they are defined.
BUNDLED_AREAS: tuple[TaskArea, ...] = (
    REGIONAL_HEALTHCARE,
    MUNICIPAL_HEALTHCARE,
    HOME_CARE,
    ASSISTIVE_DEVICES,
    PATIENT_TRANSPORT,
    SOCIAL_SERVICES,
    LSS_PERSONAL_SUPPORT,
    LSS_SUPPORT_AND_SERVICE,
    PRESCHOOL,
    COMPULSORY_SCHOOL,
    LEISURE_TIME_CENTRE,
    UPPER_SECONDARY_SCHOOL,
    MUNICIPAL_ADULT_EDUCATION,
    REGIONAL_PUBLIC_TRANSPORT,
    REGIONAL_DEVELOPMENT,
    REGIONAL_PHYSICAL_PLANNING,
    RESCUE_SERVICES,
    BUILDING_COMMITTEE,
    ENVIRONMENTAL_HEALTH_SUPERVISION,
    GUARDIANSHIP,
    INTERNAL_PROCUREMENT,
    INTERNAL_IT,
    INTERNAL_PAYROLL,
    INTERNAL_SHARED_SERVICES,
    BUSINESS_PROMOTION,
    TOURISM,
    EU_COFINANCING,
    HEIGHTENED_ALERT,
)
