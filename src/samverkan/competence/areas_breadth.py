"""Further task areas that real cooperation bodies carry (issue 12 §2).

Most holders below are recalled, not read in the statute text: they are labelled
:attr:`~samverkan.law.Verification.RECALLED`, so the competence rules can only warn on them.
Where a holder or a transfer was read in the consolidated text, the label says so.
"""

from __future__ import annotations

from datetime import date

from samverkan.competence.model import Duty, Holding, TaskArea, Transfer
from samverkan.law import Citation, Verification
from samverkan.law.dates import (
    ALCOHOL_ACT_2011,
    ARCHIVES_1991,
    CADASTRAL_1996,
    FLAMMABLE_GOODS_2010,
    FOOD_ACT_2006,
    HOUSING_ADAPTATION_2018,
    HOUSING_SUPPLY_2014,
    HSL_2017,
    KL_2017,
    LEH_2006,
    SKOLL_23_2020,
    SKOLL_2010,
    TOBACCO_ACT_2019,
)

__all__ = [
    "ALCOHOL_LICENSING",
    "ARCHIVES",
    "BREADTH_AREAS",
    "CADASTRAL_AUTHORITY",
    "CRISIS_PREPAREDNESS",
    "CULTURE",
    "FLAMMABLE_AND_EXPLOSIVE_GOODS",
    "FOOD_CONTROL",
    "HOUSING_ADAPTATION",
    "HOUSING_SUPPLY",
    "PRIMARY_CARE",
    "SCHOOL_MEDICAL_HEALTH",
    "SCHOOL_TRANSPORT",
    "TOBACCO_LICENSING",
]

V = Verification
SHALL = Duty.SHALL
MAY = Duty.MAY

_RECALLED = "Holder and provision recalled; not checked against the text."


def _municipal(
    duty: Duty, citation: Citation, start: date, duty_sv: str, note: str = _RECALLED
) -> Holding:
    """A recalled holding of the kommun, from ``start``."""
    return Holding(
        "municipality",
        duty,
        citation,
        start,
        None,
        V.RECALLED,
        note=note,
        duty_sv=duty_sv,
    )


FOOD_CONTROL = TaskArea(
    id="livs.food-control",
    name_sv="Offentlig kontroll av livsmedel",
    name_en="Official food control",
    holdings=(
        _municipal(
            SHALL,
            Citation("2006:804", None, "11"),
            FOOD_ACT_2006,
            "utöva offentlig kontroll av livsmedel genom den nämnd som fullmäktige bestämmer",
        ),
    ),
    public_authority=True,
    description=(
        "The kommun's nämnd is a control authority under livsmedelslagen (2006:804) (recalled). "
        "Since 2018-07-01 another kommun may perform the control under KL 9:37."
    ),
)

ALCOHOL_LICENSING = TaskArea(
    id="alk.alcohol-licensing",
    name_sv="Serveringstillstånd och tillsyn enligt alkohollagen",
    name_en="Alcohol licensing and supervision",
    holdings=(
        _municipal(
            SHALL,
            Citation("2010:1622", 8, "1"),
            ALCOHOL_ACT_2011,
            "pröva frågor om serveringstillstånd och utöva tillsyn över serveringen",
        ),
    ),
    public_authority=True,
    description=(
        "The kommun grants serveringstillstånd (alkohollagen 8 kap.) and supervises serving "
        "(9 kap.) (recalled)."
    ),
)

TOBACCO_LICENSING = TaskArea(
    id="tobak.tobacco-licensing",
    name_sv="Försäljningstillstånd och tillsyn enligt lagen om tobak och liknande produkter",
    name_en="Tobacco licensing and supervision",
    holdings=(
        _municipal(
            SHALL,
            Citation("2018:2088", 5, "1"),
            TOBACCO_ACT_2019,
            "pröva frågor om försäljningstillstånd för tobak och utöva tillsyn över försäljningen",
            note=_RECALLED + " The section numbers are recalled too.",
        ),
    ),
    public_authority=True,
    description=(
        "The kommun grants licences to sell tobacco and supervises sales under lag "
        "(2018:2088) (recalled)."
    ),
)

FLAMMABLE_AND_EXPLOSIVE_GOODS = TaskArea(
    id="lbe.flammable-explosive-goods",
    name_sv="Tillstånd och tillsyn enligt lagen om brandfarliga och explosiva varor",
    name_en="Flammable and explosive goods",
    holdings=(
        _municipal(
            SHALL,
            Citation("2010:1011", None, "18"),
            FLAMMABLE_GOODS_2010,
            "pröva frågor om tillstånd och utöva tillsyn enligt lagen om brandfarliga och "
            "explosiva varor",
            note=_RECALLED + " Commonly handed to a räddningstjänstförbund.",
        ),
    ),
    public_authority=True,
    description=(
        "The kommun decides on permits for flammable goods and supervises their handling under "
        "lag (2010:1011) (recalled); a classic task of a räddningstjänstförbund."
    ),
)

CULTURE = TaskArea(
    id="kultur.culture",
    name_sv="Kultur",
    name_en="Culture",
    holdings=tuple(
        Holding(
            holder,
            MAY,
            Citation("2017:725", 2, "1"),
            KL_2017,
            None,
            V.VERIFIED_RK,
            note=(
                "General competence. The regional kultursamverkansmodell rests on förordning "
                "(2010:2012), recalled and not a statute the catalogue cites."
            ),
            duty_sv="ha hand om kulturverksamhet av allmänt intresse",
        )
        for holder in ("municipality", "region")
    ),
    description=(
        "Culture is a voluntary task under the general competence (KL 2:1) for kommuner and "
        "regioner; the state grants to regional culture follow förordning (2010:2012)."
    ),
)

HOUSING_SUPPLY = TaskArea(
    id="bost.housing-supply",
    name_sv="Bostadsförsörjning",
    name_en="Housing supply planning",
    holdings=(
        _municipal(
            SHALL,
            Citation("2013:866", None, "1"),
            HOUSING_SUPPLY_2014,
            "planera för bostadsförsörjningen i kommunen",
        ),
    ),
    description="The kommun plans for housing supply (lag 2013:866, recalled).",
)

HOUSING_ADAPTATION = TaskArea(
    id="bost.housing-adaptation",
    name_sv="Bostadsanpassningsbidrag",
    name_en="Housing adaptation grants",
    holdings=(
        _municipal(
            SHALL,
            Citation("2018:222", None, "5"),
            HOUSING_ADAPTATION_2018,
            "pröva frågor om bostadsanpassningsbidrag",
        ),
    ),
    public_authority=True,
    description="The kommun decides on housing adaptation grants (lag 2018:222, recalled).",
)

SCHOOL_TRANSPORT = TaskArea(
    id="skol.school-transport",
    name_sv="Skolskjuts",
    name_en="School transport",
    holdings=(
        _municipal(
            SHALL,
            Citation("2010:800", 10, "32"),
            SKOLL_2010,
            "anordna kostnadsfri skolskjuts för elever i grundskolan när det behövs",
        ),
    ),
    public_authority=True,
    description=(
        "The hemkommun provides free school transport for pupils in grundskola where needed "
        "(SkolL 10:32, recalled); the decision on an individual pupil is myndighetsutövning, "
        "the transport itself is often run by the regional kollektivtrafikmyndighet."
    ),
)

SCHOOL_MEDICAL_HEALTH = TaskArea(
    id="skol.student-health-medical",
    name_sv="Elevhälsans medicinska insatser",
    name_en="Medical student health services",
    holdings=(
        _municipal(
            SHALL,
            Citation("2010:800", 2, "25"),
            SKOLL_2010,
            "ha elevhälsa med medicinska insatser",
        ),
    ),
    transfers=(
        Transfer(
            "municipality",
            "region",
            Citation("2010:800", 23, "25"),
            SKOLL_23_2020,
            moves_responsibility=True,
            verification=V.VERIFIED_RK,
            note=(
                "Skollagen 23 kap. 25 § as digested from the consolidated text: the "
                "responsibility for elevhälsans medicinska insatser may move between kommun and "
                "region by agreement."
            ),
        ),
    ),
    description=(
        "The huvudman has elevhälsa with medical efforts (SkolL 2:25, recalled); a kommun may "
        "hand the medical efforts to a region by agreement (23:25)."
    ),
)

ARCHIVES = TaskArea(
    id="arkiv.archives",
    name_sv="Arkivvård och arkivmyndighet",
    name_en="Archives",
    holdings=tuple(
        Holding(
            holder,
            SHALL,
            Citation("1990:782", None, "8"),
            ARCHIVES_1991,
            None,
            V.RECALLED,
            note=_RECALLED,
            duty_sv="ha en arkivmyndighet som utövar tillsyn över arkivvården",
        )
        for holder in ("municipality", "region")
    ),
    description=(
        "Every kommun and region has an arkivmyndighet and cares for its archives under "
        "arkivlagen (1990:782) (recalled); kommunalförbund such as Sydarkivera run archives "
        "for their members."
    ),
)

CADASTRAL_AUTHORITY = TaskArea(
    id="lantm.cadastral-authority",
    name_sv="Kommunal lantmäterimyndighet",
    name_en="Municipal cadastral authority",
    holdings=(
        _municipal(
            MAY,
            Citation("1995:1393", None, "1"),
            CADASTRAL_1996,
            "ha en kommunal lantmäterimyndighet, efter regeringens medgivande",
        ),
    ),
    public_authority=True,
    description=(
        "A kommun may, with the government's leave, have a kommunal lantmäterimyndighet "
        "(lag 1995:1393, recalled)."
    ),
)

CRISIS_PREPAREDNESS = TaskArea(
    id="leh.crisis-preparedness",
    name_sv="Krisberedskap i fredstid",
    name_en="Peacetime crisis preparedness",
    holdings=(
        Holding(
            "municipality",
            SHALL,
            Citation("2006:544", 2, "7"),
            LEH_2006,
            None,
            V.VERIFIED_RD,
            note="The kommun's geographical coordination duty (digest, riksdagen.se text).",
            duty_sv="verka för samverkan och samordning inom sitt geografiska område",
        ),
        Holding(
            "region",
            SHALL,
            Citation("2006:544", 2, "1"),
            LEH_2006,
            None,
            V.RECALLED,
            note=_RECALLED,
            duty_sv="analysera vilka extraordinära händelser som kan inträffa och planera för dem",
        ),
    ),
    description=(
        "Kommuner and regioner prepare for extraordinary events in peacetime under lag "
        "(2006:544) 2 kap.; unlike the styrelse's tasks at höjd beredskap, these are not barred "
        "from a gemensam nämnd by KL 9:21 2 st."
    ),
)

#: The areas of this module, in the order they are defined.
#: Primärvård (HSL 2:6): read in the RK text of HSL (2017:30), consolidated to SFS 2024:90.
#: 13 a kap. 1 § (wording Lag 2023:37) gives regions and kommuner its grunduppdrag within the
#: care each is responsible for; the holdings rest on the sections that give that care.
PRIMARY_CARE = TaskArea(
    id="hsl.primary-care",
    name_sv="Primärvård",
    name_en="Primary care",
    holdings=(
        Holding(
            "region",
            SHALL,
            Citation("2017:30", 8, "1"),
            HSL_2017,
            None,
            V.VERIFIED_RK,
            note="HSL 2:6 defines primärvård; 13 a kap. 1 § sets its grunduppdrag.",
            duty_sv="erbjuda primärvård inom ramen för den hälso- och sjukvård regionen svarar för",
        ),
        Holding(
            "municipality",
            SHALL,
            Citation("2017:30", 12, "1"),
            HSL_2017,
            None,
            V.VERIFIED_RK,
            note=(
                "Only within the kommun's care under 12:1–2 (särskilt boende, dagverksamhet, "
                "hemsjukvård), without care given by physicians (12:3)."
            ),
            duty_sv="erbjuda primärvård inom ramen för den hälso- och sjukvård kommunen svarar för",
        ),
    ),
    care_and_welfare=True,
    description=(
        "Open care without limits of illness, age or patient group (HSL 2:6). The region gives "
        "it within its care (8:1), the kommun within its own (12:1–2, without physician care, "
        "12:3); HSL 13 a kap. 1 § gives both the grunduppdrag. A joint committee of a region "
        "and kommuner for närvård may hold it under lag (2003:192)."
    ),
)

BREADTH_AREAS: tuple[TaskArea, ...] = (
    FOOD_CONTROL,
    ALCOHOL_LICENSING,
    TOBACCO_LICENSING,
    FLAMMABLE_AND_EXPLOSIVE_GOODS,
    CULTURE,
    HOUSING_SUPPLY,
    HOUSING_ADAPTATION,
    SCHOOL_TRANSPORT,
    SCHOOL_MEDICAL_HEALTH,
    ARCHIVES,
    CADASTRAL_AUTHORITY,
    CRISIS_PREPAREDNESS,
    PRIMARY_CARE,
)
