"""Builders for the real cases of ``../shared/seeds``: structures, the pot, the agreement.

Every fact below comes from a seed document; where a seed is silent or vague the choice
made is stated in a comment. People appear only by their role, never by name.

- 001: Regionens samverkansråd's agenda of 2019-09-02 (the pot, RUN/189/2019, meetings).
- 002: Västerbotten's report on the regional collaboration structure (spring 2020).
- 003: Jämtland's follow-up report on the cooperation agreement (2021-05-21, RUN/29/2021).
- 004: Jämtland's SVOM proposal to RSR for a review of the structure (2019).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from samverkan.model import Adoption, Body, Participant, Period, Role, Seat, SubstitutePolicy
from samverkan.model.cooperation_agreement import (
    AgreementReport,
    AgreementUse,
    Assignment,
    CooperationAgreement,
    ReportingDuty,
    Revision,
)
from samverkan.model.pot import Application, Contribution, Pot, PotOrigin, Proposal
from samverkan.model.structure import (
    AdministrativeSupport,
    BodyKind,
    Bound,
    CollaborationStructure,
    CooperationBody,
    CostShare,
    FollowUp,
    Level,
    Mandate,
    MeetingSchedule,
    PartySeats,
    Remit,
    RepresentationScheme,
)
from samverkan.parties import Municipality, Region, registry

REG = registry()

# -- Jämtland (county 23) ------------------------------------------------------------------

JAMTLAND_REGION: Region = REG.region("23")
JAMTLAND_MUNICIPALITIES: tuple[Municipality, ...] = tuple(REG.municipalities("23"))
JAMTLAND_PRINCIPALS: tuple[Participant, ...] = (JAMTLAND_REGION, *JAMTLAND_MUNICIPALITIES)
OSTERSUND = REG.lookup("Östersund")

#: The matter the pot's deciding body decides (001: "Användning av medel beslutas av
#: regionala utvecklingsnämnden, efter förslag från regionens samverkansråd").
POT_MATTER = "användning av medel ur den gemensamma potten"

#: 001 lists RSR's meetings: the one of 2018-12-03 (referred to), 2019-05-06 (previous
#: minutes), 2019-09-02 (this agenda) and 7 October, 11 November and 2 December 2019.
RSR_MEETINGS = (
    date(2018, 12, 3),
    date(2019, 5, 6),
    date(2019, 9, 2),
    date(2019, 10, 7),
    date(2019, 11, 11),
    date(2019, 12, 2),
)

JAMTLAND_REVIEW = (
    "Översyn av struktur för samverkan mellan Region Jämtland Härjedalen och länets kommuner "
    "avseende hälso- och sjukvård, socialtjänst och skola"
)


def rsr() -> CooperationBody:
    """Regionens samverkansråd: the political advisory council. It proposes to regionala
    utvecklingsnämnden on the pot (001) and sends requests to every party's styrelse (001,
    item 6); it decides nothing for the principals. Its composition is not in the seeds.
    """
    return CooperationBody(
        "RSR",
        "Regionens samverkansråd",
        Level.POLITICAL,
        BodyKind.ADVISORY_COUNCIL,
        reports_to=("RUN",),
        reports_to_principals=JAMTLAND_PRINCIPALS,
        meetings=MeetingSchedule(dates=RSR_MEETINGS),
    )


def run() -> CooperationBody:
    """Regionala utvecklingsnämnden: the region's nämnd, which decides on the pot (001) and
    answers for the cooperation agreement (003).
    """
    return CooperationBody(
        "RUN",
        "Regionala utvecklingsnämnden",
        Level.POLITICAL,
        BodyKind.DECISION_MAKING,
        mandate=Mandate(
            (POT_MATTER, "överenskommelsen om regional samverkan"),
            on_behalf_of=(JAMTLAND_REGION,),
        ),
        belongs_to=JAMTLAND_REGION,
    )


def svom() -> CooperationBody:
    """SVOM: the chairs of the municipalities' social committees and representation from the
    region's healthcare committee (004). The number of the region's representatives is not
    given; the scheme says at least one and one seat is listed.
    """
    seats = tuple(Seat(m, appointed_by=Body.NAMND) for m in JAMTLAND_MUNICIPALITIES)
    return CooperationBody(
        "SVOM",
        "Sociala vård- och omsorgsgruppen",
        Level.POLITICAL,
        BodyKind.ADVISORY_COUNCIL,
        remit=Remit(
            target_groups=("vuxna",),
            areas=("hälso- och sjukvård", "omsorg", "socialtjänst"),
        ),
        representation=RepresentationScheme(
            members=1,
            overrides=(PartySeats(JAMTLAND_REGION, 1, bound=Bound.AT_LEAST),),
        ),
        seats=(*seats, Seat(JAMTLAND_REGION, appointed_by=Body.NAMND)),
        reports_to=("RSR",),
    )


def barnarenan() -> CooperationBody:
    """Barnarenan: SocSam's presidium, the chair of Östersund's social and labour market
    committee, BUZ's presidium and representation from the region (004). Which
    municipalities the presidia come from is not given, so no seats are listed and the scheme
    does not promise every principal a seat. Same mandate as SVOM, hence reporting to RSR.
    """
    return CooperationBody(
        "Barnarenan",
        "Barnarenan",
        Level.POLITICAL,
        BodyKind.ADVISORY_COUNCIL,
        remit=Remit(
            target_groups=("barn och unga",),
            areas=("hälso- och sjukvård", "socialtjänst", "skola"),
        ),
        representation=RepresentationScheme(
            members=0,
            bound=Bound.AT_LEAST,
            every_principal=False,
            overrides=(
                PartySeats(OSTERSUND, 1, bound=Bound.AT_LEAST),
                PartySeats(JAMTLAND_REGION, 1, bound=Bound.AT_LEAST),
            ),
        ),
        reports_to=("RSR",),
    )


def jamtland_structure() -> CollaborationStructure:
    """The Jämtland structure of 2019 as seeds 001 and 004 describe it."""
    return CollaborationStructure(
        "Samverkan mellan Region Jämtland Härjedalen och länets kommuner",
        principals=JAMTLAND_PRINCIPALS,
        bodies=(
            rsr(),
            run(),
            svom(),
            barnarenan(),
            CooperationBody(
                "Fredagsgruppen",
                "Fredagsgruppen",
                Level.OFFICIAL,
                BodyKind.PREPARATORY_GROUP,
                reports_to=("SVOM",),
            ),
            CooperationBody(
                "SamReKo HSI",
                "SamReKo HSI",
                Level.OFFICIAL,
                BodyKind.PREPARATORY_GROUP,
                reports_to=("SVOM", "Barnarenan"),
            ),
        ),
        follow_ups=(
            # 004 is undated; the review was proposed by SVOM to RSR in 2019.
            FollowUp(
                JAMTLAND_REVIEW,
                proposed_by="SVOM",
                ordered_by="RSR",
                assigned_to=(
                    "Region Jämtland Härjedalen (Hälso- och sjukvårdspolitiska avdelningen)",
                    "Kommunförbundet Jämtland Härjedalen",
                ),
                note="föreslagen 2019",
            ),
        ),
    )


# -- Västerbotten (county 24) --------------------------------------------------------------

VASTERBOTTEN_REGION: Region = REG.region("24")
VASTERBOTTEN_MUNICIPALITIES: tuple[Municipality, ...] = tuple(REG.municipalities("24"))
VASTERBOTTEN_PRINCIPALS: tuple[Participant, ...] = (
    VASTERBOTTEN_REGION,
    *VASTERBOTTEN_MUNICIPALITIES,
)
UMEA = REG.lookup("Umeå")
SKELLEFTEA = REG.lookup("Skellefteå")

#: 002: "Den kommande strukturen för samverkan blir inte praktisk verklighet förrän hösten
#: 2020". Only the season is given; 1 September 2020 is assumed as the start.
VASTERBOTTEN_START = date(2020, 9, 1)

VASTERBOTTEN_PRINCIPLES = (
    "Samverkan skall tydligt bidra till att skapa ett värde för invånaren",
    "Samverkan ska vara en stödprocess",
    "Beslut kan endast fattas i linjen hos huvudmännen",
    "Samtliga huvudmän ska vara representerade i regional samverkan",
    "Samverkanssystemet ska stödjas av koordinatorer",
)


def samrad_scheme() -> RepresentationScheme:
    """One seat per municipality; Umeå and Skellefteå "may be represented by two" (002:
    "möjligheten finns ... att representeras med två ledamöter vardera", so at most two);
    the region three plus three substitutes; substitutes only when the ordinary member is
    absent.
    """
    return RepresentationScheme(
        members=1,
        overrides=(
            PartySeats(UMEA, 2, bound=Bound.AT_MOST),
            PartySeats(SKELLEFTEA, 2, bound=Bound.AT_MOST),
            PartySeats(VASTERBOTTEN_REGION, 3, 3),
        ),
        substitute_policy=SubstitutePolicy.ONLY_WHEN_ABSENT,
    )


def samrad_seats() -> tuple[Seat, ...]:
    """Seats as the scheme allows at most: two for Umeå and Skellefteå, 3 + 3 for the region.

    Representatives sit "på nämndsnivå" (002), hence appointed by a nämnd.
    """
    seats: list[Seat] = []
    for municipality in VASTERBOTTEN_MUNICIPALITIES:
        count = 2 if municipality in (UMEA, SKELLEFTEA) else 1
        seats.extend(Seat(municipality, appointed_by=Body.NAMND) for _ in range(count))
    for n in (1, 2, 3):
        seats.append(Seat(VASTERBOTTEN_REGION, id=f"region-{n}", appointed_by=Body.NAMND))
    for n in (1, 2, 3):
        seats.append(
            Seat(
                VASTERBOTTEN_REGION,
                Role.SUBSTITUTE,
                substitutes_for=f"region-{n}",
                appointed_by=Body.NAMND,
            )
        )
    return tuple(seats)


def preparatory(body_id: str, name: str, target_groups: tuple[str, ...] = ()) -> CooperationBody:
    """A preparatory group under Länssamverkansgruppen (002)."""
    return CooperationBody(
        body_id,
        name,
        Level.OFFICIAL,
        BodyKind.PREPARATORY_GROUP,
        remit=Remit(target_groups=target_groups),
        reports_to=("LSG",),
    )


def vasterbotten_structure() -> CollaborationStructure:
    """Västerbotten's regional collaboration structure for vård och omsorg (002)."""
    return CollaborationStructure(
        "Regional samverkansstruktur mellan Västerbottens kommuner och Region Västerbotten",
        principals=VASTERBOTTEN_PRINCIPALS,
        period=Period(VASTERBOTTEN_START),
        principles=VASTERBOTTEN_PRINCIPLES,
        bodies=(
            CooperationBody(
                "SVO",
                "Samråd vård och omsorg",
                Level.POLITICAL,
                BodyKind.ADVISORY_COUNCIL,
                remit=Remit(areas=("vård och omsorg", "hjälpmedel")),
                representation=samrad_scheme(),
                seats=samrad_seats(),
                reports_to_principals=VASTERBOTTEN_PRINCIPALS,
            ),
            CooperationBody(
                "LSG",
                "Länssamverkansgruppen",
                Level.OFFICIAL,
                BodyKind.ADVISORY_COUNCIL,
                # Every municipality and the region appoints a representative (002); the
                # region's number is not given, so "at least one" for everyone.
                representation=RepresentationScheme(
                    members=1,
                    bound=Bound.AT_LEAST,
                    substitute_policy=SubstitutePolicy.ONLY_WHEN_ABSENT,
                ),
                # Officials are appointed by their own organisation; STYRELSE stands for it.
                seats=tuple(Seat(p, appointed_by=Body.STYRELSE) for p in VASTERBOTTEN_PRINCIPALS),
                # 002: matters are "överlämnas till beslut hos huvudmännen"; the schematic
                # picture with further lines is not in the seed text.
                reports_to_principals=VASTERBOTTEN_PRINCIPALS,
            ),
            preparatory("BBU", "Beredning för barn och unga", ("barn och unga",)),
            preparatory("SPS", "Samverkansråd för patientsäkerhet"),
            preparatory("BVA", "Beredning för vuxna och äldre", ("vuxna", "äldre")),
            preparatory("HMR", "Hjälpmedelsrådet"),
            CooperationBody(
                "LS",
                "Ledningsseminarium",
                Level.POLITICAL,
                BodyKind.NETWORK,
                meetings=MeetingSchedule(per_year=1),
                reports_to_principals=VASTERBOTTEN_PRINCIPALS,
            ),
        ),
        support=(
            AdministrativeSupport(
                "Regional koordinatorsfunktion",
                fte=Decimal("2.0"),
                employer=VASTERBOTTEN_REGION,
                cost_key=(
                    CostShare(VASTERBOTTEN_MUNICIPALITIES, Decimal("50"), "kommunerna"),
                    CostShare((VASTERBOTTEN_REGION,), Decimal("50"), "regionen"),
                ),
            ),
        ),
        follow_ups=(
            FollowUp.within(
                "Uppföljning av samverkansstrukturen och dess effektmål",
                VASTERBOTTEN_START,
                relativedelta(years=3),
            ),
        ),
    )


# -- The pot (001) -------------------------------------------------------------------------

POT_TOTAL = Decimal("6605000")
SOCIAL_WELFARE = "social välfärd"
SOCIAL_WELFARE_2018 = Decimal("903791")
FOU_JAMT_REQUEST = Decimal("368000")
FOU_CASE = "RUN/189/2019"


def jamtland_pot() -> Pot:
    """The pot as RSR's agenda of 2019-09-02 describes it.

    The seed gives the total now (6 605 000 kr) and one addition (903 791 kr of social-welfare
    funds of primärkommunal provenance, 2018), not the 2015 equity. The opening contribution
    is therefore the remainder, 5 701 209 kr: it stands for the federation's equity plus any
    other additions, net of any earlier grants, none of which the seed itemises. It is dated
    2015-01-01, the day Region Jämtland Härjedalen took over (003: "Sedan 1 januari 2015");
    the 2018 contribution is dated 2018-12-31, since the seed gives only the year.
    """
    return Pot(
        "Den gemensamma potten",
        decider=run(),
        proposer=rsr(),
        matter=POT_MATTER,
        origin=PotOrigin(
            "Regionförbundet Jämtlands läns egna kapital, när förbundet avslutades och uppgick "
            "i Region Jämtland Härjedalen",
            founders=JAMTLAND_PRINCIPALS,
            year=2015,
        ),
        contributions=(
            Contribution(
                "Regionförbundet Jämtlands län (eget kapital) och senare tillskott, netto",
                POT_TOTAL - SOCIAL_WELFARE_2018,
                date(2015, 1, 1),
            ),
            Contribution(
                "Förvaltningsområdet regional utveckling",
                SOCIAL_WELFARE_2018,
                date(2018, 12, 31),
                earmark=SOCIAL_WELFARE,
                provenance="primärkommunal",
            ),
        ),
        applications=(
            # Received "i juni 2019"; the day is not given.
            Application(
                "FoU Jämt",
                FOU_JAMT_REQUEST,
                "Prioriterade aktiviteter under 2019",
                FOU_CASE,
                applicant_decided_on=date(2019, 1, 25),
                earmark=SOCIAL_WELFARE,
            ),
        ),
        proposals=(Proposal(FOU_CASE, "RSR", date(2019, 9, 2), FOU_JAMT_REQUEST),),
    )


# -- The cooperation agreement (003) -------------------------------------------------------

EU = "EU och övergripande regional utveckling"
SOCIAL = "Social välfärd och folkhälsa"
PLANNING = "Samhällsbyggnad och klimat"
LABOUR = "Arbetsmarknad och utbildning"
COURSES = "Kurs och konferens"

AGREEMENT_TITLE = (
    "Överenskommelse om samverkan mellan Region Jämtland Härjedalen och länets kommuner om "
    "regional samverkan, 2019–2021"
)


def jamtland_assignments() -> tuple[Assignment, ...]:
    """The assignments of the 2019–2021 agreement as 003 lists them, by area. 003 gives no
    amounts, so no budget is set. The labour-market network is not among them: 003 says it
    "inte finns formaliserat i nuvarande överenskommelse".
    """
    return (
        Assignment(
            EU,
            EU,
            "Bevaka och verka för kommunernas och länets intressen på nationell och europeisk nivå",
        ),
        Assignment(
            "Samordning social välfärd",
            SOCIAL,
            "Samordning och utveckling av Jämtlands läns regionala samverkans- och stödstruktur "
            "(RSS)",
        ),
        Assignment(
            "FoU Jämt",
            SOCIAL,
            "Regionalt kunskapscentrum inom socialtjänst och kommunal hälso- och sjukvård",
        ),
        Assignment(
            "Energikontoret",
            PLANNING,
            "Effektivare energianvändning och ökad användning av förnybar energi",
        ),
        Assignment(
            "Samordning barn och utbildning",
            LABOUR,
            "Samordning och utveckling av kommunernas frågor kopplat till barn och utbildning",
        ),
        Assignment(
            "Samordning lärcentrum",
            LABOUR,
            "Samordning och utveckling av kommunernas lärcentrumverksamheter",
        ),
        Assignment(
            "Vård och omsorgscollege Jämtlands län",
            LABOUR,
            "Samordning och processledning för Vård och omsorgscollege i länet",
        ),
        Assignment(
            COURSES,
            COURSES,
            "Anordnande av kurser och konferenser utifrån kommunernas behov",
        ),
    )


#: The three assignments the 2021 review proposes to add (003). Their areas are not stated;
#: the nearest area of the current agreement is used.
ADDED_2021 = (
    Assignment("Företagsetablering", EU),
    Assignment("Gemensamt samverkansavtal mellan Mittuniversitetet och kommunerna", LABOUR),
    Assignment("Samordna nätverket för arbetsmarknadschefer och Arbetsförmedlingen", LABOUR),
)


def jamtland_review_2021() -> Revision:
    """The 2021 review: presented to the municipalities on 7 June 2021, to be decided in the
    autumn (so not yet effective); claims no change to the total budget.
    """
    return Revision(
        proposed_on=date(2021, 6, 7),
        removes=(COURSES,),
        adds=ADDED_2021,
        claims_budget_unchanged=True,
        reference="RUN/29/2021",
    )


def jamtland_agreement() -> CooperationAgreement:
    """The 2019–2021 agreement, extended to 2022-12-31, with the 2021 review (003).

    Adopted by regionfullmäktige in June 2018, § 92 (day not given); extended by a decision
    in December 2020 (day not given) by one year.
    """
    base = CooperationAgreement(
        AGREEMENT_TITLE,
        region=JAMTLAND_REGION,
        municipalities=JAMTLAND_MUNICIPALITIES,
        period=Period(date(2019, 1, 1), date(2021, 12, 31)),
        responsible="Regionala utvecklingsnämnden",
        adoptions=(Adoption(JAMTLAND_REGION, Body.FULLMAKTIGE, reference="RF juni 2018 § 92"),),
        assignments=jamtland_assignments(),
        revisions=(jamtland_review_2021(),),
        reporting=ReportingDuty("verksamhetsberättelse", to="länets kommuner"),
        reports=(
            AgreementReport(
                2020,
                date(2021, 2, 8),
                presented_to=("kommunchefsmöte", "Regionens samverkansråd"),
            ),
        ),
        uses=(AgreementUse(date(2021, 5, 21), "Uppföljningsrapport och genomlysning"),),
    )
    return base.extended(relativedelta(years=1), reference="beslut december 2020")
