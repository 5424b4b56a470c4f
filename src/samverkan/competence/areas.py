"""The bundled task areas: which level holds each task, under which provision, from when.

Every fact comes from the project's legal digest with the label given there. Where the digest
does not state who holds a power (tourism, EU co-financing) or a conclusion is drawn by
analogy (internal IT, payroll and shared services), the holding is
:attr:`~samverkan.law.Verification.RECALLED` and must not be treated as certain.

>>> [area.id for area in BUNDLED_AREAS if area.id.startswith("lss.")]
['lss.personal-support', 'lss.support-and-service']
>>> [h.summary() for h in SOCIAL_SERVICES.holdings]
['kommun ska (1980:620 2 §)', 'kommun ska (SoL (2001:453) 2:1)', 'kommun ska (SoL 4:1)']
>>> print(GUARDIANSHIP.holdings[0].statement())
Kommunen ska ha en överförmyndare eller en överförmyndarnämnd (19 kap. 1 § föräldrabalken).
"""

from __future__ import annotations

from datetime import date

from samverkan.competence.areas_breadth import BREADTH_AREAS
from samverkan.competence.model import (
    HOLDERS,
    Duty,
    EntreprenadScope,
    Holder,
    Holding,
    SchoolEntreprenad,
    SupervisionOf,
    TaskArea,
    Transfer,
)
from samverkan.law import Citation, Verification
from samverkan.law.dates import (
    APBL_1987,
    APBL_1987_LAST_DAY,
    FARDTJANST_1998,
    FINSAM_2004,
    HSL_1983,
    HSL_1983_LAST_DAY,
    HSL_2017,
    KL_1991,
    KL_1991_LAST_DAY,
    KL_2017,
    KOMBEF_2009,
    KTL_2012,
    LEH_2006,
    LIBRARIES_2014,
    LPT_1992,
    LSO_2004,
    LSS_1994,
    LVM_1989,
    LVU_1990,
    MB_1999,
    PATIENT_BOARDS_2018,
    PBL_2011,
    PBL_REGIONAL_PLANNING,
    PBL_REGIONAL_PLANNING_HALLAND,
    RIKSFARDTJANST_1998,
    RTJL_1987,
    RTJL_1987_LAST_DAY,
    RUA_ALL_COUNTIES,
    RUA_FOUR_COUNTIES_2017,
    RUA_IN_CERTAIN_COUNTIES_LAST_DAY,
    SKOLL_23_2020,
    SKOLL_1986,
    SKOLL_1986_LAST_DAY,
    SKOLL_2010,
    SMITTSKYDD_2004,
    SOL_1982,
    SOL_1982_LAST_DAY,
    SOL_2001_LAST_DAY,
    SOL_2002,
    TANDVARD_1986,
    WATER_SERVICES_2007,
)
from samverkan.law.dates import SOL_2025 as SOL_2025_START

__all__ = [
    "ASSISTIVE_DEVICES",
    "BUILDING_COMMITTEE",
    "BUNDLED_AREAS",
    "BUSINESS_PROMOTION",
    "CARE_OF_YOUNG_PERSONS",
    "COMMUNICABLE_DISEASE_CONTROL",
    "COMPULSORY_SCHOOL",
    "DENTAL_CARE",
    "DISTANCE_TEACHING",
    "ENVIRONMENTAL_HEALTH_SUPERVISION",
    "EU_COFINANCING",
    "FINANCIAL_COORDINATION",
    "GUARDIANSHIP",
    "HEIGHTENED_ALERT",
    "HOLIDAY_SCHOOL",
    "HOME_CARE",
    "INTERNAL_IT",
    "INTERNAL_PAYROLL",
    "INTERNAL_PROCUREMENT",
    "INTERNAL_SHARED_SERVICES",
    "LABOUR_MARKET",
    "LEISURE_TIME_CENTRE",
    "LSS_PERSONAL_SUPPORT",
    "LSS_SUPPORT_AND_SERVICE",
    "MOTHER_TONGUE",
    "MUNICIPAL_ADULT_EDUCATION",
    "MUNICIPAL_HEALTHCARE",
    "PATIENT_BOARD",
    "PATIENT_TRANSPORT",
    "PRESCHOOL",
    "PSYCHIATRIC_COMPULSORY_CARE",
    "PUBLIC_LIBRARIES",
    "REGIONAL_DEVELOPMENT",
    "REGIONAL_HEALTHCARE",
    "REGIONAL_PHYSICAL_PLANNING",
    "REGIONAL_PUBLIC_TRANSPORT",
    "REMOTE_TEACHING",
    "RESCUE_SERVICES",
    "SCHOOL_ASSESSMENT",
    "SCHOOL_LOW_ATTENDANCE",
    "SCHOOL_SUPPORT_SERVICES",
    "SIGN_LANGUAGE_AND_SAMI",
    "SOCIAL_SERVICES",
    "SUBSTANCE_ABUSE_COMPULSORY_CARE",
    "TOURISM",
    "TRANSPORT_SERVICE",
    "UPPER_SECONDARY_SCHOOL",
    "WASTE",
    "WATER_SERVICES",
]

V = Verification
SHALL = Duty.SHALL
MAY = Duty.MAY

KL = "2017:725"
KL_1991_SFS = "1991:900"
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
TANDVL = "1985:125"
LPT = "1991:1128"
LRV = "1991:1129"
SMITTSKYDD = "2004:168"
LVM = "1988:870"
LVU = "1990:52"
PATIENT_BOARDS = "2017:372"

#: KL 9:21 2 st.: the styrelse's tasks at höjd beredskap may not go to a joint committee.
_KL_9_21_2 = Citation(KL, 9, "21", stycke=2)
#: 2009:47 1:2: the provisions of that act that are freed from the localisation principle.
_KOMBEF_1_2 = Citation(KOMBEF, 1, "2")


def _every_level_may(
    citation: Citation,
    start: date,
    verification: Verification,
    note: str,
    *,
    end: date | None = None,
    duty_sv: str = "",
) -> tuple[Holding, ...]:
    """The same permission (*får*) for every level, kommun and region."""
    return tuple(
        Holding(holder, MAY, citation, start, end, verification, note=note, duty_sv=duty_sv)
        for holder in HOLDERS
    )


#: KL (1991:900) had the same general competence (2:1) and the same business-promotion rule
#: (2:8) as KL (2017:725); recalled, not checked against the repealed text.
_KL_1991_NOTE = "KL (1991:900) had the same provision; recalled, not verified."


def _under_kl_1991(section: str, duty_sv: str) -> tuple[Holding, ...]:
    return _every_level_may(
        Citation(KL_1991_SFS, 2, section),
        KL_1991,
        V.RECALLED,
        _KL_1991_NOTE,
        end=KL_1991_LAST_DAY,
        duty_sv=duty_sv,
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
    duty_sv="erbjuda en god hälso- och sjukvård åt dem som är bosatta inom {regional}",
)

REGIONAL_HEALTHCARE = TaskArea(
    id="hsl.regional-care",
    name_sv="Regional hälso- och sjukvård",
    name_en="Regional healthcare",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation("1982:763", None, "3"),
            HSL_1983,
            HSL_1983_LAST_DAY,
            V.RECALLED,
            note="HSL (1982:763) 3 §: the landsting's duty, as recalled; the act's dates read "
            "in the notisum.se register.",
            duty_sv="erbjuda en god hälso- och sjukvård åt dem som är bosatta inom {regional}",
        ),
        _HSL_REGION_8_1,
    ),
    statutory_committee=Citation(HSL, 7, "1"),
    care_and_welfare=True,
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
            duty_sv=(
                "erbjuda en god hälso- och sjukvård åt dem som bor i särskilda boendeformer "
                "och i dagverksamhet"
            ),
        ),
    ),
    statutory_committee=Citation(HSL, 11, "1"),
    care_and_welfare=True,
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
            duty_sv="erbjuda hälso- och sjukvård i hemmet (hemsjukvård)",
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
    care_and_welfare=True,
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
            duty_sv="erbjuda habilitering, rehabilitering och hjälpmedel",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(HSL, 12, "5"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            note="In connection with the kommun's own care under 12:1–2.",
            duty_sv="erbjuda habilitering, rehabilitering och hjälpmedel i sin hälso- och sjukvård",
        ),
    ),
    care_and_welfare=True,
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
        Holding(
            "region",
            SHALL,
            Citation(HSL, 7, "6"),
            HSL_START,
            None,
            V.VERIFIED_RK,
            duty_sv="organisera ambulanssjukvården",
        ),
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
            duty_sv="efter avtal med {regional} utföra sjuktransporter",
        ),
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 3, "2")),
    care_and_welfare=True,
    # The region's duty is encoded only under HSL (2017:30); 2009:47 is older.
    covered_from=HSL_START,
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
            Citation("1980:620", None, "2"),
            SOL_1982,
            SOL_1982_LAST_DAY,
            V.VERIFIED_SEC,
            note="'Varje kommun svarar för socialtjänsten inom sitt område' (SoL 1980:620 2 §, "
            "read in lagen.nu's copy of the RK text).",
            duty_sv="svara för socialtjänsten inom sitt område",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(SOL_2001, 2, "1"),
            SOL_2002,
            SOL_2001_LAST_DAY,
            V.VERIFIED_RK,
            note="Socialnämnd under SoL (2001:453) 2:4; the act was repealed 2025-07-01.",
            duty_sv="svara för socialtjänsten inom sitt område och ha det yttersta ansvaret",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(SOL_2025, 4, "1"),
            SOL_2025_START,
            None,
            V.VERIFIED_RD,
            note="4:3: private contractors without myndighetsutövning; points to KL 9:37.",
            duty_sv="svara för socialtjänsten inom sitt område och ha det yttersta ansvaret",
        ),
    ),
    statutory_committee=Citation(SOL_2025, 4, "2"),
    former_statutory_committees=(Citation(SOL_2001, 2, "4"),),
    performance_by_other_level=Citation(SOL_2025, 4, "3"),
    care_and_welfare=True,
    description=(
        "The kommun is responsible for socialtjänst in its area and has the ultimate "
        "responsibility (SoL 2025:400 4:1, earlier SoL 2001:453 2:1); fullmäktige names the "
        "socialnämnd (4:2, earlier 2001:453 2:4). SoL (2025:400) 4:3 contemplates agreements "
        "under KL 9:37 with another kommun or a region."
    ),
)

# -- LSS (1993:387) --------------------------------------------------------------------------

_LSS_TRANSFERS = (
    Transfer(
        "region",
        "municipality",
        Citation(LSS, None, "17", stycke=2),
        LSS_1994,
        moves_responsibility=True,
        verification=V.VERIFIED_RK,
        note="Between a region and a kommun within it; current wording Lag (2019:883).",
    ),
    Transfer(
        "municipality",
        "region",
        Citation(LSS, None, "17", stycke=2),
        LSS_1994,
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
            LSS_1994,
            None,
            V.VERIFIED_RK,
            note="Unless otherwise agreed under 17 §; current wording Lag (2019:883).",
            duty_sv="svara för rådgivning och annat personligt stöd enligt 9 § 1",
        ),
    ),
    transfers=_LSS_TRANSFERS,
    statutory_committee=Citation(LSS, None, "22"),
    care_and_welfare=True,
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
            LSS_1994,
            None,
            V.VERIFIED_RK,
            note="Unless otherwise agreed under 17 §; current wording Lag (2019:883).",
            duty_sv="svara för insatserna enligt 9 § 2–10",
        ),
    ),
    transfers=_LSS_TRANSFERS,
    statutory_committee=Citation(LSS, None, "22"),
    care_and_welfare=True,
    description=(
        "The kommun provides the measures in LSS 9 § 2–10 (LSS 2 §); region and kommun may "
        "agree to move the responsibility either way (17 § 2 st.)."
    ),
)

# -- Other acts lag (2003:192) 1 § names ------------------------------------------------------

_RECALLED_HOLDER = "The holder follows the act's structure as recalled; not verified."

DENTAL_CARE = TaskArea(
    id="tandvl.dental-care",
    name_sv="Tandvård",
    name_en="Dental care",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(TANDVL, None, "5"),
            TANDVARD_1986,
            None,
            V.VERIFIED_SEC,
            note=(
                "Current wording Lag (2019:860), read in the consolidated text reproduced by "
                "se-lex/sfs-processor; the folktandvård duties are in 7 §. 5 § 2 st.: also a "
                "kommun outside a region (Gotland)."
            ),
            duty_sv="erbjuda en god tandvård åt dem som är bosatta inom {regional}",
        ),
    ),
    care_and_welfare=True,
    description=(
        "The region offers good dental care to its residents (tandvårdslagen 5 §) and may "
        "contract others to perform it, not myndighetsutövning (5 § 3 st.)."
    ),
)


def _recalled_care_area(
    *,
    id: str,
    name_sv: str,
    name_en: str,
    holder: Holder,
    citation: Citation,
    start: date,
    duty_sv: str,
    description: str,
    note: str = "",
) -> TaskArea:
    """A care and welfare area of an act lag (2003:192) 1 § names, whose holder is recalled."""
    return TaskArea(
        id=id,
        name_sv=name_sv,
        name_en=name_en,
        holdings=(
            Holding(
                holder,
                SHALL,
                citation,
                start,
                None,
                V.RECALLED,
                note=f"{_RECALLED_HOLDER} {note}".strip(),
                duty_sv=duty_sv,
            ),
        ),
        care_and_welfare=True,
        description=description,
    )


PSYCHIATRIC_COMPULSORY_CARE = _recalled_care_area(
    id="lpt.compulsory-psychiatric-care",
    name_sv="Psykiatrisk tvångsvård och rättspsykiatrisk vård",
    name_en="Compulsory psychiatric and forensic psychiatric care",
    holder="region",
    citation=Citation(LPT, None, "1"),
    start=LPT_1992,
    duty_sv="ge psykiatrisk tvångsvård som en del av sin hälso- och sjukvård",
    note="LRV (1991:1129) likewise.",
    description=(
        "Compulsory psychiatric care (LPT) and forensic psychiatric care (LRV) are given by "
        "the region's healthcare; both acts are named in lag (2003:192) 1 §."
    ),
)

COMMUNICABLE_DISEASE_CONTROL = _recalled_care_area(
    id="smittskydd.disease-control",
    name_sv="Smittskydd",
    name_en="Communicable disease control",
    holder="region",
    citation=Citation(SMITTSKYDD, 1, "8"),
    start=SMITTSKYDD_2004,
    duty_sv="ansvara för att behövliga smittskyddsåtgärder vidtas inom {regional}",
    description=(
        "The region is responsible for the communicable disease measures within it "
        "(smittskyddslagen 1 kap. 8 §, recalled); the act is named in lag (2003:192) 1 §."
    ),
)

SUBSTANCE_ABUSE_COMPULSORY_CARE = _recalled_care_area(
    id="lvm.compulsory-care",
    name_sv="Vård av missbrukare enligt LVM",
    name_en="Compulsory care of substance abusers (LVM)",
    holder="municipality",
    citation=Citation(LVM, None, "11"),
    start=LVM_1989,
    duty_sv="genom socialnämnden utreda och ansöka om vård enligt LVM",
    note="The socialnämnd investigates and applies for care.",
    description="The socialnämnd's tasks under LVM; the act is named in lag (2003:192) 1 §.",
)

CARE_OF_YOUNG_PERSONS = _recalled_care_area(
    id="lvu.care-of-young-persons",
    name_sv="Vård av unga enligt LVU",
    name_en="Care of young persons (LVU)",
    holder="municipality",
    citation=Citation(LVU, None, "4"),
    start=LVU_1990,
    duty_sv="genom socialnämnden ansöka om vård enligt LVU",
    note="The socialnämnd applies for care.",
    description="The socialnämnd's tasks under LVU; the act is named in lag (2003:192) 1 §.",
)

PATIENT_BOARD = TaskArea(
    id="patient.patient-board",
    name_sv="Patientnämndsverksamhet",
    name_en="Patient advisory committee",
    holdings=tuple(
        Holding(
            holder,
            SHALL,
            Citation(PATIENT_BOARDS, None, "1"),
            PATIENT_BOARDS_2018,
            None,
            V.VERIFIED_SFS,
            note="SFS 2017:372 and 2019:976 (lagboken.se print); in-force date recalled.",
            duty_sv="ha en eller flera patientnämnder",
        )
        for holder in ("region", "municipality")
    ),
    transfers=(
        Transfer(
            "municipality",
            "region",
            Citation(PATIENT_BOARDS, None, "5"),
            PATIENT_BOARDS_2018,
            moves_responsibility=True,
            verification=V.VERIFIED_SFS,
            note="A kommun within the region may hand over the duty by agreement.",
        ),
    ),
    care_and_welfare=True,
    description=(
        "Every region and kommun has one or more patientnämnder (lag 2017:372 1 §); a kommun "
        "may hand the duty over to its region (5 §)."
    ),
)

# -- Skollagen (2010:800) --------------------------------------------------------------------

_SKOLL_NOTE = (
    "Current wording Lag (2022:1315); most provisions applied from 2011-07-01 under lag "
    "(2010:801) (recalled)."
)
_SKOLL_COMMITTEE = Citation(SKOLL, 2, "2")
#: SkolL 23:2 2 st.: an entreprenad agreement only under the conditions of chapter 23.
_SKOLL_23_2_2 = Citation(SKOLL, 23, "2", stycke=2)


def _kommun_huvudman() -> Holding:
    return Holding(
        "municipality",
        SHALL,
        Citation(SKOLL, 2, "2"),
        SKOLL_START,
        None,
        V.VERIFIED_RK,
        note=_SKOLL_NOTE,
        duty_sv="vara huvudman för skolformen",
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
        duty_sv="vara huvudman för skolformen i den utsträckning skollagen anger",
    )


def _teaching_not_handed_over() -> SchoolEntreprenad:
    """The teaching of a school form as a whole: no section of 23:8–19 lets another huvudman
    perform it (23:2 2 st.)."""
    return SchoolEntreprenad(EntreprenadScope.NOT_PERMITTED, _SKOLL_23_2_2, teaching=True)


def _handed_over_under(section: str, *, stycke: int | None = None) -> SchoolEntreprenad:
    """Teaching that the given section of 23:8–19 lets go to another huvudman."""
    return SchoolEntreprenad(
        EntreprenadScope.PERMITTED, Citation(SKOLL, 23, section, stycke=stycke), teaching=True
    )


_SKOLL_23_22 = Transfer(
    "municipality",
    "municipality",
    Citation(SKOLL, 23, "22"),
    SKOLL_23_2020,
    moves_responsibility=True,
    verification=V.VERIFIED_RK,
    note=(
        "Samverkan (23:21) moves huvudmannaskap; only förskola, fritidshem, komvux and "
        "pedagogisk omsorg; report to Skolinspektionen. Current wording Lag (2020:605); "
        "the earlier samverkan sections (2010 wording) are not encoded."
    ),
)

_SCHOOL_ENTREPRENAD_NOTE = (
    " Another kommun or region may perform its tasks on entreprenad only where SkolL "
    "23:8–19 allow it (23:2 2 st., 23:3); teaching in the school form as a whole is not "
    "among those cases."
)

PRESCHOOL = TaskArea(
    id="school.preschool",
    name_sv="Förskola",
    name_en="Preschool",
    holdings=(_kommun_huvudman(),),
    transfers=(_SKOLL_23_22,),
    statutory_committee=_SKOLL_COMMITTEE,
    school_entreprenad=_teaching_not_handed_over(),
    description=(
        "The kommun is huvudman for förskola (SkolL 2:2); another kommun may take over "
        "huvudmannaskap by samverkan (23:22). 23:24 also allows the state (sameskola)."
        + _SCHOOL_ENTREPRENAD_NOTE
    ),
)

#: The kommun as huvudman under skollagen (1985:1100), as recalled: 2 kap. 1 § made the
#: kommuner huvudmän for the school forms of the public school system.
_KOMMUN_HUVUDMAN_1986 = Holding(
    "municipality",
    SHALL,
    Citation("1985:1100", 2, "1"),
    SKOLL_1986,
    SKOLL_1986_LAST_DAY,
    V.RECALLED,
    note="Skollagen (1985:1100) 2 kap. 1 §, as recalled; the act's dates read in the RK text.",
    duty_sv="vara huvudman för skolformen",
)

COMPULSORY_SCHOOL = TaskArea(
    id="school.compulsory",
    name_sv="Förskoleklass, grundskola och anpassad grundskola",
    name_en="Preschool class and compulsory school, including adapted compulsory school",
    holdings=(_KOMMUN_HUVUDMAN_1986, _kommun_huvudman()),
    statutory_committee=_SKOLL_COMMITTEE,
    school_entreprenad=_teaching_not_handed_over(),
    description=(
        "The kommun is huvudman (SkolL 2:2). Another kommun or region may teach on "
        "entreprenad only in the cases of 23:9, 12, 14, 16 and 17 (assessment, lovskola, "
        "modersmål, fjärr- and distansundervisning), each its own task area; teaching in "
        "teckenspråk or samiska only by the state (23:15)."
    ),
)

LEISURE_TIME_CENTRE = TaskArea(
    id="school.leisure-time",
    name_sv="Fritidshem",
    name_en="School-age educare (fritidshem)",
    holdings=(_kommun_huvudman(),),
    transfers=(_SKOLL_23_22,),
    statutory_committee=_SKOLL_COMMITTEE,
    school_entreprenad=_teaching_not_handed_over(),
    description=(
        "The kommun is huvudman for fritidshem (SkolL 2:2); another kommun may take over "
        "huvudmannaskap by samverkan (23:22)." + _SCHOOL_ENTREPRENAD_NOTE
    ),
)

UPPER_SECONDARY_SCHOOL = TaskArea(
    id="school.upper-secondary",
    name_sv="Gymnasieskola och anpassad gymnasieskola",
    name_en="Upper secondary school, including adapted upper secondary school",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    statutory_committee=_SKOLL_COMMITTEE,
    school_entreprenad=_teaching_not_handed_over(),
    description=(
        "The kommun is huvudman (SkolL 2:2) and a region may be (2:3); since 2023-07-01 each "
        "kommun must cooperate with at least two others by a primärt samverkansavtal (2:2 a)."
        + _SCHOOL_ENTREPRENAD_NOTE
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
            SKOLL_23_2020,
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note=(
                "Samverkan (23:21) moves huvudmannaskap; only komvux. "
                "Current wording Lag (2020:605)."
            ),
        ),
    ),
    statutory_committee=_SKOLL_COMMITTEE,
    school_entreprenad=SchoolEntreprenad(
        EntreprenadScope.PRIVATE_PERSONS, Citation(SKOLL, 23, "8", punkt=1), teaching=True
    ),
    description=(
        "The kommun is huvudman (SkolL 2:2) and a region may be (2:3); huvudmannaskap may "
        "move to another kommun (23:22) or a region (23:23) by samverkan. Every task may be "
        "handed over on entreprenad to 'en enskild fysisk eller juridisk person' (23:8 1 p.); "
        "whether that reaches another kommun is not settled by the text."
    ),
)

SCHOOL_SUPPORT_SERVICES = TaskArea(
    id="school.support-services",
    name_sv="Andra uppgifter i skolan än undervisning",
    name_en="School tasks other than teaching",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    school_entreprenad=SchoolEntreprenad(
        EntreprenadScope.PRIVATE_PERSONS, Citation(SKOLL, 23, "10"), teaching=False
    ),
    description=(
        "Tasks in förskola, förskoleklass, fritidshem, grundskola and gymnasieskola that are "
        "not teaching (meals, cleaning, administration). 23:10 lets them go on entreprenad to "
        "'en enskild fysisk eller juridisk person'; whether another kommun may perform them "
        "under 23:3 is not settled by the text."
    ),
)

SCHOOL_ASSESSMENT = TaskArea(
    id="school.assessment",
    name_sv="Bedömning av elevers kunskaper",
    name_en="Assessment of pupils' knowledge",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    school_entreprenad=_handed_over_under("9"),
    description=(
        "Assessing a pupil's knowledge (SkolL 3:12 c, 17:14 a) may be handed over on "
        "entreprenad to another huvudman inom skolväsendet in grundskola, anpassad grundskola "
        "and gymnasieskola (23:9)."
    ),
)

SCHOOL_LOW_ATTENDANCE = TaskArea(
    id="school.low-attendance",
    name_sv="Förskola och fritidshem när få barn behöver det",
    name_en="Preschool and educare when only a few children need it",
    holdings=(_kommun_huvudman(),),
    school_entreprenad=_handed_over_under("11"),
    description=(
        "Teaching in förskola and fritidshem may be handed over on entreprenad to another "
        "huvudman inom skolväsendet when only a few children need the service (SkolL 23:11)."
    ),
)

HOLIDAY_SCHOOL = TaskArea(
    id="school.holiday-school",
    name_sv="Lovskola",
    name_en="Holiday school (lovskola)",
    holdings=(_kommun_huvudman(),),
    school_entreprenad=_handed_over_under("12"),
    description=(
        "Teaching in lovskola (SkolL 10:23 a–23 b) may be handed over on entreprenad to "
        "another huvudman inom skolväsendet (23:12)."
    ),
)

MOTHER_TONGUE = TaskArea(
    id="school.mother-tongue",
    name_sv="Modersmålsundervisning och studiehandledning på modersmålet",
    name_en="Mother-tongue tuition and study guidance in the mother tongue",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    school_entreprenad=_handed_over_under("14"),
    description=(
        "May be handed over on entreprenad to another huvudman inom skolväsendet in "
        "grundskola, anpassad grundskola and gymnasieskola (SkolL 23:14)."
    ),
)

SIGN_LANGUAGE_AND_SAMI = TaskArea(
    id="school.sign-language-sami",
    name_sv="Undervisning i teckenspråk eller samiska i grundskolan",
    name_en="Teaching in sign language or Sami in compulsory school",
    holdings=(_kommun_huvudman(),),
    school_entreprenad=SchoolEntreprenad(
        EntreprenadScope.STATE_ONLY, Citation(SKOLL, 23, "15"), teaching=True
    ),
    description=(
        "Teaching in teckenspråk or samiska, or integrated Sami teaching, in grundskola may "
        "be handed over on entreprenad only to the state (SkolL 23:15)."
    ),
)

REMOTE_TEACHING = TaskArea(
    id="school.remote-teaching",
    name_sv="Fjärrundervisning",
    name_en="Remote teaching (fjärrundervisning)",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    school_entreprenad=_handed_over_under("16"),
    description=(
        "Fjärrundervisning under SkolL 21 kap. may be handed over on entreprenad to another "
        "huvudman inom skolväsendet in grundskola and gymnasieskola (23:16)."
    ),
)

DISTANCE_TEACHING = TaskArea(
    id="school.distance-teaching",
    name_sv="Distansundervisning",
    name_en="Distance teaching (distansundervisning)",
    holdings=(_kommun_huvudman(), _region_may_be_huvudman()),
    school_entreprenad=_handed_over_under("17"),
    description=(
        "Distansundervisning under SkolL 22 kap. may be handed over on entreprenad to another "
        "huvudman inom skolväsendet approved as utförare under 22:9 (23:17)."
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
            KTL_2012,
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
            KTL_2012,
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
            KTL_2012,
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note="The region and the kommuner may agree that the region alone is responsible.",
        ),
        Transfer(
            "region",
            "municipality",
            Citation(KTL, 2, "1"),
            KTL_2012,
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

#: The landsting that held the regional development duty under lag (2010:630) "i vissa län"
#: on 2018-12-31 (prop. 2017/18:206), with Gotlands kommun (09).
_RUA_COUNTIES_2018 = frozenset(
    {"03", "05", "06", "07", "09", "12", "13", "14", "18", "19", "21", "22", "23", "25"}
)
_RUA_DUTY = "svara för det regionala utvecklingsarbetet i länet"

REGIONAL_DEVELOPMENT = TaskArea(
    id="rua.regional-development",
    name_sv="Regionalt utvecklingsansvar",
    name_en="Regional development",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation(RUA, None, "3"),
            RUA_FOUR_COUNTIES_2017,
            RUA_IN_CERTAIN_COUNTIES_LAST_DAY,
            V.VERIFIED_PROP,
            counties=_RUA_COUNTIES_2018,
            note=(
                "Lag (2010:630) om regionalt utvecklingsansvar i vissa län: only the listed "
                "landsting and Gotlands kommun (prop. 2017/18:206); Uppsala, Västmanland, "
                "Västernorrland and Norrbotten from 2017-01-01 (prop. 2015/16:176). In the "
                "other counties a samverkansorgan under lag (2002:34) or the länsstyrelse "
                "held the task, which no holding here encodes."
            ),
            duty_sv=_RUA_DUTY,
        ),
        Holding(
            "region",
            SHALL,
            Citation(RUA, None, "3"),
            RUA_ALL_COUNTIES,
            None,
            V.VERIFIED_RK,
            note=(
                "Every region and Gotlands kommun from 2019-01-01 (SFS 2018:1348). Current "
                "wording Lag (2019:944)/(2023:920)."
            ),
            duty_sv=_RUA_DUTY,
        ),
    ),
    # Which landsting held the duty before 2017 (the act applied from 2011 to a growing
    # list) is not encoded.
    covered_from=RUA_FOUR_COUNTIES_2017,
    description=(
        "The region adopts the regional development strategy and decides on certain state "
        "funds (RUA 5 §), and must cooperate with the kommuner of the län (8 §). Until "
        "2018-12-31 the act covered only listed landsting ('i vissa län'); every region from "
        "2019-01-01."
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
            PBL_REGIONAL_PLANNING,
            None,
            V.RECALLED,
            counties=frozenset({"01", "12"}),
            note=(
                "Stockholm and Skåne (prop. 2017/18:266 names them); the start date "
                "(Lag 2018:1732) is recalled, the provision itself verified."
            ),
            duty_sv="svara för den regionala fysiska planeringen i länet",
        ),
        Holding(
            "region",
            SHALL,
            Citation(PBL, 7, "1"),
            PBL_REGIONAL_PLANNING_HALLAND,
            None,
            V.VERIFIED_PROP,
            counties=frozenset({"13"}),
            note="Hallands län from 2023-01-01 (prop. 2021/22:184, bet. 2021/22:CU25).",
            duty_sv="svara för den regionala fysiska planeringen i länet",
        ),
    ),
    description=(
        "In Stockholms län and Skåne län (from 2019-01-01) and Hallands län (from "
        "2023-01-01) the region carries out regional physical planning; regionfullmäktige "
        "adopts the regionplan (PBL 7:1, 7:9)."
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
            Citation("1986:1102", None, "2"),
            RTJL_1987,
            RTJL_1987_LAST_DAY,
            V.VERIFIED_SEC,
            note="Räddningstjänstlagen (1986:1102) 2 §: the rescue the state or the kommuner "
            "are to provide (lagen.nu's copy of the RK text); which rescue is the kommun's is "
            "in later sections, not read.",
            duty_sv="svara för den kommunala räddningstjänsten",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(LSO, 3, "7"),
            LSO_2004,
            None,
            V.VERIFIED_RK,
            note="Räddningstjänst.",
            duty_sv="ansvara för räddningstjänsten inom kommunen",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(LSO, 3, "1"),
            LSO_2004,
            None,
            V.VERIFIED_RK,
            note="Accident prevention.",
            duty_sv="verka för att åstadkomma skydd mot andra olyckor än bränder",
        ),
    ),
    statutory_committee=Citation(LSO, 3, "11"),
    description=(
        "The kommun is responsible for prevention and rescue services (LSO 3:1, 3:7), through "
        "one or more nämnder, which may be joint or a kommunalförbund (3:11). From 1987 to "
        "2003 räddningstjänstlagen (1986:1102) applied; only who held the task is encoded."
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
            Citation("1987:10", 1, "7"),
            APBL_1987,
            APBL_1987_LAST_DAY,
            V.RECALLED,
            note="ÄPBL 1 kap. 7 §, as recalled: one or more nämnder (byggnadsnämnden).",
            duty_sv="ha en byggnadsnämnd",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation(PBL, 12, "1"),
            PBL_2011,
            None,
            V.VERIFIED_RK,
            note="12:6: extra limits on delegation, also under KL 9:30 and 9:37 2 st.",
            duty_sv="ha en byggnadsnämnd",
        ),
    ),
    statutory_committee=Citation(PBL, 12, "1"),
    description=(
        "Every kommun must have a byggnadsnämnd (PBL 12:1); under KL 9:21 2 st. it may be a "
        "gemensam nämnd. From 1987-07-01 to 2011-05-01 the äldre plan- och bygglagen (1987:10) "
        "required it (1 kap. 7 §, as recalled)."
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
            MB_1999,
            None,
            V.VERIFIED_RK,
            note=(
                "Current wording Lag (2017:782). 26:3 4 st.: state supervision may be "
                "transferred on request; 26:4 ties that to KL 6:7 2 st."
            ),
            duty_sv="utöva tillsyn över miljö- och hälsoskyddet inom kommunen",
        ),
    ),
    statutory_committee=Citation(MB, 26, "3", stycke=3),
    # Before avtalssamverkan (2018-07-01) a supervision agreement rested on MB 26:7; the
    # localisation rules use it only up to that day.
    localisation_exceptions=(Citation(MB, 26, "7"),),
    public_authority=True,
    supervises=(
        SupervisionOf("mb.waste", Citation(MB, 26, "3", stycke=3), V.VERIFIED_RK),
        SupervisionOf("lav.water-services", Citation(MB, 26, "3", stycke=3), V.RECALLED),
    ),
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
            duty_sv="ha en överförmyndare eller en överförmyndarnämnd",
        ),
    ),
    guardianship=True,
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
    duty = "sköta uppgiften för sin egen verksamhet"
    return TaskArea(
        id=id,
        name_sv=name_sv,
        name_en=name_en,
        holdings=(
            *_under_kl_1991("1", duty),
            *_every_level_may(Citation(KL, 2, "1"), KL_START, verification, note, duty_sv=duty),
        ),
        internal_service=True,
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
    holdings=(
        *_under_kl_1991("8", "främja näringslivet i allmänhet"),
        *_every_level_may(
            Citation(KL, 2, "8"),
            KL_START,
            V.VERIFIED_RK,
            "Support to an individual business only with synnerliga skäl.",
            duty_sv="främja näringslivet i allmänhet",
        ),
    ),
    description=(
        "Kommuner and regioner may promote business in general in their area; support to an "
        "individual business needs synnerliga skäl (KL 2:8)."
    ),
)


_KOMBEF_NOTE = (
    "Read in the consolidated text (RK, t.o.m. SFS 2023:706): 'Kommuner och regioner får "
    "medfinansiera projekt inom ramen för EU:s strukturfonder och program', Lag (2019:935). "
    "The exception in 1:2 frees the party's own measures from the anknytning requirement; "
    "it is not a basis for performing another party's task."
)

TOURISM = TaskArea(
    id="kombef.tourism",
    name_sv="Turism",
    name_en="Tourism",
    holdings=(
        Holding(
            "municipality",
            MAY,
            Citation(KOMBEF, 4, "1"),
            KOMBEF_START,
            None,
            V.VERIFIED_RK,
            note="4:1 names kommuner only; a region has only its general competence (KL 2:1).",
            duty_sv=(
                "vidta åtgärder för turistanläggningar i den utsträckning det behövs för att "
                "främja turistväsendet inom kommunen"
            ),
        ),
        Holding(
            "region",
            MAY,
            Citation(KL, 2, "1"),
            KL_START,
            None,
            V.RECALLED,
            note=(
                "General competence only, with the localisation limit; that tourism promotion "
                "is a matter of general interest for a region is recalled."
            ),
            duty_sv="främja turism som en angelägenhet av allmänt intresse för regionen",
        ),
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 4, "1")),
    description=(
        "Kommuner may take measures for tourist facilities to promote tourism within the "
        "kommun (2009:47 4:1), free of the anknytning requirement (1:2); regions have only "
        "the general competence (KL 2:1). 4:1 is not a basis for one kommun to perform "
        "another's tourism tasks."
    ),
)

EU_COFINANCING = TaskArea(
    id="kombef.eu-cofinancing",
    name_sv="Medfinansiering av projekt inom EU:s strukturfonder",
    name_en="Co-financing of EU structural fund projects",
    holdings=_every_level_may(
        Citation(KOMBEF, 2, "3"),
        KOMBEF_START,
        V.VERIFIED_RK,
        _KOMBEF_NOTE,
        duty_sv="medfinansiera projekt som stöds av EU:s strukturfonder",
    ),
    localisation_exceptions=(_KOMBEF_1_2, Citation(KOMBEF, 2, "3")),
    description=(
        "Kommuner and regioner may co-finance projects supported by the EU structural funds "
        "(2009:47 2:3), free of the anknytning requirement (1:2); that is not a basis for "
        "performing another party's task."
    ),
)

# -- Further municipal and regional tasks (issue 12 §2) ----------------------------------------
#
# Holders recalled unless marked: the texts were not read for this catalogue, so a rule that
# finds only these holdings warns and never reports an error.

_RECALLED_TEXT = "Holder and provision recalled; not checked against the text."

LABOUR_MARKET = TaskArea(
    id="kombef.labour-market",
    name_sv="Medverkan i arbetsmarknadspolitiska åtgärder",
    name_en="Taking part in labour-market measures",
    holdings=(
        Holding(
            "municipality",
            MAY,
            Citation(KOMBEF, 6, "2"),
            KOMBEF_START,
            None,
            V.RECALLED,
            note=(
                "Text read in the consolidated act (RK, t.o.m. SFS 2023:706), wording Lag "
                "(2022:1241); since when the section has held this content is recalled."
            ),
            duty_sv=(
                "efter överenskommelse med Arbetsförmedlingen anordna aktiviteter för "
                "deltagare i arbetsmarknadspolitiska åtgärder"
            ),
        ),
    ),
    description=(
        "Kommuner may, by agreement with Arbetsförmedlingen, arrange activities for "
        "participants in labour-market measures (2009:47 6:2). The section is not on the list "
        "in 1:2, so it gives no exception from the localisation principle."
    ),
)

WATER_SERVICES = TaskArea(
    id="lav.water-services",
    name_sv="Allmänna vattentjänster (vatten och avlopp)",
    name_en="Public water and sewerage services",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation("2006:412", None, "6"),
            WATER_SERVICES_2007,
            None,
            V.RECALLED,
            note=_RECALLED_TEXT,
            duty_sv="ordna vattenförsörjning och avlopp i ett större sammanhang när det behövs",
        ),
    ),
    description=(
        "The kommun must arrange water supply and sewerage where it is needed for health or "
        "the environment in a larger context (lag 2006:412 6 §, recalled)."
    ),
)

WASTE = TaskArea(
    id="mb.waste",
    name_sv="Kommunalt avfallsansvar",
    name_en="Municipal waste collection",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation(MB, 15, "20"),
            MB_1999,
            None,
            V.RECALLED,
            note=_RECALLED_TEXT + " The section has been reworded several times.",
            duty_sv="ansvara för att kommunalt avfall inom kommunen tas om hand",
        ),
    ),
    description=(
        "The kommun is responsible for collecting and treating the kommunalt avfall within it "
        "(MB 15 kap., recalled); supervision is a separate area."
    ),
)

PUBLIC_LIBRARIES = TaskArea(
    id="bibl.libraries",
    name_sv="Folkbibliotek och regional biblioteksverksamhet",
    name_en="Public libraries and regional library activity",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation("2013:801", None, "6"),
            LIBRARIES_2014,
            None,
            V.RECALLED,
            note=_RECALLED_TEXT,
            duty_sv="ha folkbibliotek",
        ),
        Holding(
            "region",
            SHALL,
            Citation("2013:801", None, "11"),
            LIBRARIES_2014,
            None,
            V.RECALLED,
            note=_RECALLED_TEXT,
            duty_sv="bedriva regional biblioteksverksamhet",
        ),
    ),
    description=(
        "Every kommun has folkbibliotek and every region regional library activity "
        "(bibliotekslagen 6 and 11 §§, recalled)."
    ),
)

TRANSPORT_SERVICE = TaskArea(
    id="ftj.transport-service",
    name_sv="Färdtjänst och riksfärdtjänst",
    name_en="Transport service for disabled persons",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation("1997:736", None, "3"),
            FARDTJANST_1998,
            None,
            V.RECALLED,
            note=_RECALLED_TEXT,
            duty_sv="svara för färdtjänsten inom kommunen",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation("1997:735", None, "4"),
            RIKSFARDTJANST_1998,
            None,
            V.RECALLED,
            note=_RECALLED_TEXT,
            duty_sv="pröva frågor om riksfärdtjänst",
        ),
    ),
    transfers=(
        Transfer(
            "municipality",
            "region",
            Citation(KTL, 2, "1", stycke=4),
            KTL_2012,
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note=(
                "To the regional kollektivtrafikmyndighet, which is the region only where the "
                "region alone is responsible (KTL 2:2); text read by the legal review."
            ),
        ),
    ),
    description=(
        "The kommun is responsible for färdtjänst and riksfärdtjänst (recalled); it may "
        "transfer them to the regional kollektivtrafikmyndighet (KTL 2:1 4 st.)."
    ),
)

FINANCIAL_COORDINATION = TaskArea(
    id="finsam.financial-coordination",
    name_sv="Finansiell samordning av rehabiliteringsinsatser",
    name_en="Financial coordination of rehabilitation",
    holdings=_every_level_may(
        Citation("2003:1210", None, "1"),
        FINSAM_2004,
        V.RECALLED,
        _RECALLED_TEXT,
        duty_sv=("samverka med Försäkringskassan och Arbetsförmedlingen i ett samordningsförbund"),
    ),
    description=(
        "Kommuner and regioner may take part with Försäkringskassan and Arbetsförmedlingen in "
        "a samordningsförbund (lag 2003:1210 1 and 3 §§), modelled as a "
        "coordination_association document."
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
            LEH_2006,
            None,
            V.VERIFIED_RD,
            note="A coordination duty in chapter 3 (höjd beredskap); 2:7 is the peacetime one.",
        ),
        Holding(
            "region",
            SHALL,
            Citation(LEH, 1, "1"),
            LEH_2006,
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
    DENTAL_CARE,
    PSYCHIATRIC_COMPULSORY_CARE,
    COMMUNICABLE_DISEASE_CONTROL,
    SUBSTANCE_ABUSE_COMPULSORY_CARE,
    CARE_OF_YOUNG_PERSONS,
    PATIENT_BOARD,
    PRESCHOOL,
    COMPULSORY_SCHOOL,
    LEISURE_TIME_CENTRE,
    UPPER_SECONDARY_SCHOOL,
    MUNICIPAL_ADULT_EDUCATION,
    SCHOOL_SUPPORT_SERVICES,
    SCHOOL_ASSESSMENT,
    SCHOOL_LOW_ATTENDANCE,
    HOLIDAY_SCHOOL,
    MOTHER_TONGUE,
    SIGN_LANGUAGE_AND_SAMI,
    REMOTE_TEACHING,
    DISTANCE_TEACHING,
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
    LABOUR_MARKET,
    WATER_SERVICES,
    WASTE,
    PUBLIC_LIBRARIES,
    TRANSPORT_SERVICE,
    FINANCIAL_COORDINATION,
    HEIGHTENED_ALERT,
    *BREADTH_AREAS,
)
