"""A reproducible national register of cooperations, as one samverkan ``Bundle`` document.

Every run with the same seed and sizes gives the same document, byte for byte. At scale 1 the
register holds, for all 290 municipalities and 20 regions of the bundled registry (Gotland
has no region; its municipality carries the regional tasks):

* about 1 000 joint committees and local federations, mostly of 2–9 parties within one
  county and sometimes across a county border, with 1–3 ledamöter and as many ersättare per
  party, and tasks from the competence catalogue that every party may hold;
* about 10 000 contractual cooperations concluded after 2018-07-01, some with delegations to
  the performing party's employees and with compensation;
* 100 county collaboration structures with about 5 000 bodies in all;
* 50 fund pots, each with a ledger of contributions, applications, proposals, decisions and
  payments.

Almost everything is lawful; a small controlled share of items (``flaw_rate``) carries one
deliberate flaw each, so that the rules have something to find. ``--scale`` multiplies every
count (``--scale 10`` gives the 10x register), so the same generator gives every size.

    python benchmarks/generate.py --scale 1 -o register.json
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from samverkan.io import Bundle, dump
from samverkan.model import (
    AdministrativeSupport,
    Adoption,
    Application,
    AssemblyForm,
    Body,
    BodyKind,
    Bound,
    Charter,
    CharterItem,
    CharterProvision,
    CollaborationStructure,
    Compensation,
    ContractualCooperation,
    Contribution,
    CooperationBody,
    CostShare,
    Decision,
    DelegateKind,
    Delegation,
    Extent,
    FollowUp,
    Instrument,
    ItemStatus,
    JointCommittee,
    JointCommitteeBasis,
    Level,
    LocalFederation,
    Mandate,
    MatterCategory,
    MeetingSchedule,
    Office,
    Participant,
    PartySeats,
    Payment,
    Period,
    Pot,
    PotOrigin,
    Proposal,
    Remit,
    RepresentationScheme,
    Role,
    Seat,
    SubstitutePolicy,
    Task,
)
from samverkan.model.contractual import AnnualReport
from samverkan.parties import Municipality, Region, registry

__all__ = ["Sizes", "generate", "main"]

#: The seed of the published benchmark runs.
DEFAULT_SEED = 20260222
#: The date the register stands on (annual reports are due for the years before it).
AS_OF = date(2025, 6, 30)
#: Avtalssamverkan under KL 9:37 exists from this day (SFS 2018:569).
AVTALSSAMVERKAN_START = date(2018, 7, 1)

Party = Municipality | Region


@attrs.frozen
class Sizes:
    """How many items of each kind the register holds at scale 1."""

    committees_and_federations: int = 1000
    cooperations: int = 10_000
    structures: int = 100
    bodies: int = 5000
    pots: int = 50
    ledger: int = 40
    flaw_rate: float = 0.02

    def scaled(self, scale: float) -> Sizes:
        """Every count multiplied by ``scale`` (at least one of each); the ledger per pot and
        the bodies per structure stay as they are, so the register grows by more items of
        the same shape.
        """

        def times(n: int) -> int:
            return max(1, round(n * scale))

        structures = times(self.structures)
        per_structure = self.bodies / self.structures
        return attrs.evolve(
            self,
            committees_and_federations=times(self.committees_and_federations),
            cooperations=times(self.cooperations),
            structures=structures,
            bodies=max(structures, round(structures * per_structure)),
            pots=times(self.pots),
        )


# -- task menus --------------------------------------------------------------------------------

#: Areas a joint committee or federation of municipalities only may hold (every party "ska"
#: or "får"), with the Swedish name of the committee or federation.
MUNICIPAL_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("miljö- och byggnadsnämnd", ("mb.environmental-health-supervision", "pbl.building-committee")),
    ("räddningsnämnd", ("lso.rescue-services",)),
    ("gymnasienämnd", ("school.upper-secondary",)),
    ("nämnd för vuxenutbildning", ("school.adult-education",)),
    ("socialnämnd för jour och familjerätt", ("sol.social-services",)),
    ("nämnd för stöd och service", ("lss.support-and-service", "sol.social-services")),
    ("lönenämnd", ("internal.payroll",)),
    ("IT-nämnd", ("internal.it",)),
    ("upphandlingsnämnd", ("internal.procurement",)),
    ("servicenämnd", ("internal.shared-services", "internal.it")),
    ("nämnd för näringslivsfrågor", ("kl.business-promotion", "kombef.tourism")),
)
#: Areas both levels may hold: a committee of a region and its municipalities.
MIXED_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("nämnd för upphandling och hjälpmedel", ("internal.procurement", "hsl.assistive-devices")),
    ("IT-nämnd", ("internal.it",)),
    ("lönenämnd", ("internal.payroll",)),
    ("servicenämnd", ("internal.shared-services",)),
    ("nämnd för hemsjukvård", ("hsl.home-care",)),
    ("nämnd för EU-samverkan", ("kombef.eu-cofinancing", "kl.business-promotion")),
)
FEDERATION_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Räddningstjänstförbundet", ("lso.rescue-services",)),
    ("Gymnasieförbundet", ("school.upper-secondary", "school.adult-education")),
    ("Miljöförbundet", ("mb.environmental-health-supervision",)),
    ("IT-förbundet", ("internal.it", "internal.shared-services")),
    ("Kommunalförbundet för vård och omsorg", ("sol.social-services", "hsl.municipal-care")),
)
#: Contractual cooperation: (name, area, performer level, commissioning level).
CONTRACT_TOPICS: tuple[tuple[str, str, str, str], ...] = (
    ("Räddningstjänst", "lso.rescue-services", "municipality", "municipality"),
    (
        "Miljö- och hälsoskyddstillsyn",
        "mb.environmental-health-supervision",
        "municipality",
        "municipality",
    ),
    ("Bygglovshandläggning", "pbl.building-committee", "municipality", "municipality"),
    ("Socialjour", "sol.social-services", "municipality", "municipality"),
    ("Gymnasieutbildning", "school.upper-secondary", "municipality", "municipality"),
    ("Vuxenutbildning", "school.adult-education", "region", "municipality"),
    ("Lönehantering", "internal.payroll", "any", "any"),
    ("IT-drift", "internal.it", "any", "any"),
    ("Upphandlingsstöd", "internal.procurement", "any", "any"),
    ("Hemsjukvård", "hsl.home-care", "municipality", "region"),
    ("Turistinformation", "kombef.tourism", "municipality", "municipality"),
    ("Överförmyndarverksamhet", "fb.guardianship", "municipality", "municipality"),
)
DELEGABLE_MATTERS: dict[str, tuple[str, frozenset[MatterCategory]]] = {
    "lso.rescue-services": ("Tillsyn enligt LSO", frozenset({MatterCategory.AUTHORITY})),
    "mb.environmental-health-supervision": (
        "Föreläggande i enskilda tillsynsärenden",
        frozenset({MatterCategory.AUTHORITY, MatterCategory.APPEALABLE}),
    ),
    "pbl.building-committee": (
        "Bygglov i enkla ärenden",
        frozenset({MatterCategory.AUTHORITY, MatterCategory.APPEALABLE}),
    ),
    "sol.social-services": (
        "Beslut om bistånd under jourtid",
        frozenset({MatterCategory.AUTHORITY, MatterCategory.APPEALABLE}),
    ),
    "fb.guardianship": ("Granskning av årsräkningar", frozenset({MatterCategory.AUTHORITY})),
}

STRUCTURE_THEMES = (
    "vård och omsorg",
    "skola och utbildning",
    "regional utveckling",
    "folkhälsa",
    "digitalisering",
)
TARGET_GROUPS = ("barn och unga", "vuxna", "äldre", "personer med funktionsnedsättning")
AREAS = ("hälso- och sjukvård", "socialtjänst", "skola", "hjälpmedel", "näringsliv", "kultur")
POT_MATTER = "användning av medel ur den gemensamma potten"


class _Maker:
    """Builds the items from one random stream."""

    def __init__(self, seed: int, sizes: Sizes) -> None:
        self.rng = random.Random(seed)
        self.sizes = sizes
        reg = registry()
        self.counties = [c.code for c in reg.counties()]
        self.municipalities = {c: reg.municipalities(c) for c in self.counties}
        self.region_of = {c: reg.region_of_county(c) for c in self.counties}
        self.with_region = [c for c in self.counties if self.region_of[c] is not None]
        self.flaws: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------------------------

    def flawed(self, kind: str) -> bool:
        hit = self.rng.random() < self.sizes.flaw_rate
        if hit:
            self.flaws[kind] = self.flaws.get(kind, 0) + 1
        return hit

    def day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def amount(self, low: int, high: int) -> Decimal:
        return Decimal(self.rng.randrange(low * 100, high * 100)) / 100

    def neighbour(self, county: str) -> str:
        index = self.counties.index(county)
        return self.counties[(index + self.rng.choice((-1, 1))) % len(self.counties)]

    def municipalities_for(self, count: int, cross_county: bool) -> tuple[str, list[Municipality]]:
        county = self.rng.choice(self.counties)
        pool = list(self.municipalities[county])
        if cross_county or len(pool) < 2:
            pool += self.municipalities[self.neighbour(county)]
        chosen = self.rng.sample(pool, min(count, len(pool)))
        return county, chosen

    def party_count(self) -> int:
        # mostly 2-9, a few larger (a whole county)
        return self.rng.choice((2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 12))

    def seats(self, parties: Sequence[Participant]) -> tuple[Seat, ...]:
        seats: list[Seat] = []
        for n, party in enumerate(parties):
            count = self.rng.randint(1, 3)
            code = getattr(party, "code", str(n))
            for i in range(count):
                office = Office.CHAIR if (n, i) == (0, 0) else None
                if (n, i) == (1, 0):
                    office = Office.VICE_CHAIR
                seats.append(Seat(party, Role.MEMBER, office=office, id=f"{code}-L{i + 1}"))
            for i in range(count):
                seats.append(
                    Seat(party, Role.SUBSTITUTE, id=f"{code}-E{i + 1}", substitutes_for=None)
                )
        return tuple(seats)

    # -- joint committees ------------------------------------------------------------------

    def joint_committee(self, serial: int) -> JointCommittee:
        roll = self.rng.random()
        basis = JointCommitteeBasis.KL
        if roll < 0.15:
            _, municipalities = self.municipalities_for(self.party_count(), False)
            parties: list[Party] = list(municipalities)
            topic = "överförmyndarnämnd"
            tasks: tuple[Task, ...] = (
                Task("fb.guardianship", "Överförmyndarens uppgifter enligt FB 19 kap."),
            )
            basis = JointCommitteeBasis.GUARDIANSHIP
        elif roll < 0.25:
            county = self.rng.choice([c for c in self.with_region if self.municipalities[c]])
            region = self.region_of[county]
            assert region is not None
            pool = self.municipalities[county]
            municipalities = self.rng.sample(pool, min(len(pool), self.rng.randint(1, 6)))
            parties = [region, *municipalities]
            topic = "nämnd för vård och omsorg"
            tasks = (
                Task("hsl.regional-care", "Hälso- och sjukvård", for_parties=(region,)),
                Task("sol.social-services", "Socialtjänst", for_parties=tuple(municipalities)),
            )
            basis = JointCommitteeBasis.CARE_AND_WELFARE
        elif roll < 0.45:
            county = self.rng.choice(self.with_region)
            region = self.region_of[county]
            assert region is not None
            pool = self.municipalities[county]
            count = min(len(pool), self.party_count() - 1)
            parties = [region, *self.rng.sample(pool, count)]
            topic, areas = self.rng.choice(MIXED_TOPICS)
            tasks = tuple(Task(area) for area in areas)
        else:
            cross = self.rng.random() < 0.08
            _, municipalities = self.municipalities_for(self.party_count(), cross)
            parties = list(municipalities)
            topic, areas = self.rng.choice(MUNICIPAL_TOPICS)
            tasks = tuple(Task(area) for area in areas)
        if len(parties) < 2:
            county = self.rng.choice(self.with_region)
            region = self.region_of[county]
            assert region is not None
            parties.append(region if region not in parties else self.municipalities[county][0])
        host: Party = self.rng.choice(parties)
        areas_listed = tuple(dict.fromkeys(t.area for t in tasks))
        established = self.rng.randint(1995, 2024)
        on = date(max(established, 2018), 1, 1) - timedelta(days=self.rng.randint(30, 200))
        adoptions = tuple(Adoption(p, Body.FULLMAKTIGE, on=on, reference="KF") for p in parties)
        seats = self.seats(parties)
        delegations: tuple[Delegation, ...] = ()
        matter = DELEGABLE_MATTERS.get(tasks[0].area)
        if matter and self.rng.random() < 0.5:
            delegations = (
                Delegation(matter[0], DelegateKind.EMPLOYEE, host, categories=matter[1]),
            )
        names = ", ".join(p.name for p in parties[:3]) + (" m.fl." if len(parties) > 3 else "")
        committee = JointCommittee(
            f"Gemensam {topic} för {names}",
            tuple(parties),
            host,
            tasks=tasks,
            basis=basis,
            agreement=Instrument(f"Samverkansavtal {serial}", adoptions, areas_listed),
            standing_rules=Instrument(f"Reglemente {serial}", adoptions, areas_listed),
            seats=seats,
            delegations=delegations,
            established_year=established,
            short_name=f"GN{serial}",
        )
        return self.flaw_committee(committee) if self.flawed("joint_committee") else committee

    def flaw_committee(self, committee: JointCommittee) -> JointCommittee:
        choice = self.rng.randrange(4)
        if choice == 0:  # the host is not a party
            outsider = next(m for m in self.municipalities["01"] if m not in committee.parties)
            return attrs.evolve(committee, host=outsider)
        if choice == 1:  # the last party lost its substitutes
            last = committee.parties[-1]
            seats = tuple(
                s for s in committee.seats if not (s.party == last and s.role is Role.SUBSTITUTE)
            )
            return attrs.evolve(committee, seats=seats)
        if choice == 2:  # a matter that may not be delegated
            delegation = Delegation(
                "Mål och riktlinjer för verksamheten",
                DelegateKind.EMPLOYEE,
                committee.host,
                categories=frozenset({MatterCategory.GOALS_AND_QUALITY}),
            )
            return attrs.evolve(committee, delegations=(*committee.delegations, delegation))
        # a standing rule adopted by the styrelse only, for the first party
        rules = committee.standing_rules
        assert rules is not None
        adoptions = tuple(
            attrs.evolve(a, body=Body.STYRELSE) if a.party == committee.parties[0] else a
            for a in rules.adoptions
        )
        return attrs.evolve(committee, standing_rules=attrs.evolve(rules, adoptions=adoptions))

    # -- federations -----------------------------------------------------------------------

    def federation(self, serial: int) -> LocalFederation:
        cross = self.rng.random() < 0.05
        county, members = self.municipalities_for(max(2, self.party_count()), cross)
        if len(members) < 2:  # a county of one municipality: take the neighbour's too
            members += self.municipalities[self.neighbour(county)][:1]
        name, areas = self.rng.choice(FEDERATION_TOPICS)
        adopted = self.day(date(2005, 1, 1), date(2022, 12, 31))
        adoptions = tuple(
            Adoption(m, Body.FULLMAKTIGE, on=adopted - timedelta(days=self.rng.randint(0, 90)))
            for m in members
        )
        formed = adopted + timedelta(days=self.rng.randint(1, 180))
        charter = Charter(
            title=f"Förbundsordning för {name} {serial}",
            adoptions=adoptions,
            provisions=tuple(
                CharterProvision(item, ItemStatus.FREE_TEXT, f"Punkt {int(item)} enligt KL 9:6")
                for item in CharterItem
            ),
            seat=members[0].name,
            purpose=f"Att sköta {name.lower()}s uppgifter för medlemmarna",
            term_years=4,
            exit_notice_months=self.rng.choice((12, 24, 36)),
            formation_date=formed,
        )
        direktion = self.rng.random() < 0.8
        board = () if direktion else self.seats(members[:3])
        federation = LocalFederation(
            f"{name} {members[0].name} {serial}",
            tuple(members),
            AssemblyForm.DIREKTION if direktion else AssemblyForm.FULLMAKTIGE,
            seats=self.seats(members),
            board_seats=board,
            charter=charter,
            tasks=tuple(Task(area) for area in areas),
            formed_on=formed,
            short_name=f"KF{serial}",
        )
        return self.flaw_federation(federation) if self.flawed("local_federation") else federation

    def flaw_federation(self, federation: LocalFederation) -> LocalFederation:
        charter = federation.charter
        assert charter is not None
        choice = self.rng.randrange(3)
        if choice == 0:  # item 15 (exit) not stated
            provisions = tuple(
                p for p in charter.provisions if p.item is not CharterItem.EXIT_PROCEDURE
            )
            return attrs.evolve(federation, charter=attrs.evolve(charter, provisions=provisions))
        if choice == 1:  # notice longer than three years
            return attrs.evolve(federation, charter=attrs.evolve(charter, exit_notice_months=48))
        first = federation.members[0]
        seats = tuple(s for s in federation.seats if s.party != first)
        return attrs.evolve(federation, seats=seats)

    # -- contractual cooperation -----------------------------------------------------------

    def cooperation(self, serial: int) -> ContractualCooperation:
        name, area, performer_level, commissioning_level = self.rng.choice(CONTRACT_TOPICS)
        county = self.rng.choice(self.with_region)
        region = self.region_of[county]
        assert region is not None
        pool = list(self.municipalities[county])
        if len(pool) < 3:
            pool += self.municipalities[self.neighbour(county)]
        performing: Party
        commissioning: list[Party]
        if performer_level == "region":
            performing = region
            commissioning = [*self.rng.sample(pool, min(len(pool), self.rng.randint(1, 3)))]
        elif commissioning_level == "region":
            performing = self.rng.choice(pool)
            commissioning = [region]
        elif performer_level == "any" and self.rng.random() < 0.3:
            performing = region
            commissioning = [*self.rng.sample(pool, min(len(pool), self.rng.randint(1, 3)))]
        else:
            chosen = self.rng.sample(pool, min(len(pool), self.rng.randint(2, 4)))
            performing, commissioning = chosen[0], list(chosen[1:])
        concluded = self.day(AVTALSSAMVERKAN_START, date(2024, 12, 31))
        start = date(concluded.year + 1, 1, 1) if self.rng.random() < 0.7 else concluded
        end = None if self.rng.random() < 0.4 else date(start.year + self.rng.randint(2, 6), 12, 31)
        period = Period(start, end)
        compensation = None
        if self.rng.random() < 0.8:
            compensation = Compensation(
                self.amount(50_000, 5_000_000),
                per_year=self.rng.random() < 0.9,
                basis=self.rng.choice(("per invånare", "fast ersättning", "självkostnad")),
            )
        delegations: tuple[Delegation, ...] = ()
        matter = DELEGABLE_MATTERS.get(area)
        if matter and self.rng.random() < 0.3:
            delegations = (
                Delegation(matter[0], DelegateKind.EMPLOYEE, performing, categories=matter[1]),
            )
        parties = [*commissioning, performing]
        adoptions = tuple(
            Adoption(p, Body.FULLMAKTIGE, on=concluded - timedelta(days=self.rng.randint(1, 60)))
            for p in parties
        )
        reports: tuple[AnnualReport, ...] = ()
        if self.rng.random() < 0.5:
            first = start.year if start == date(start.year, 1, 1) else start.year + 1
            last = min(AS_OF.year - 1, end.year if end else AS_OF.year - 1)
            reports = tuple(
                AnnualReport(p, year, date(year + 1, 4, 15))
                for year in range(first, last + 1)
                for p in parties
            )
        tasks = (
            Task(
                area,
                f"{name} för {', '.join(p.name for p in commissioning)}",
                extent=self.rng.choice((Extent.WHOLE, Extent.PART)),
            ),
        )
        cooperation = ContractualCooperation(
            f"{name}: {performing.name} för {commissioning[0].name} ({serial})",
            tuple(commissioning),
            performing,
            tasks,
            concluded_on=concluded,
            period=period,
            compensation=compensation,
            delegations=delegations,
            adoptions=adoptions,
            annual_reports=reports,
        )
        if self.flawed("contractual_cooperation"):
            return self.flaw_cooperation(cooperation)
        return cooperation

    def flaw_cooperation(self, cooperation: ContractualCooperation) -> ContractualCooperation:
        choice = self.rng.randrange(3)
        if choice == 0:  # concluded before avtalssamverkan existed
            return attrs.evolve(
                cooperation, concluded_on=date(2017, 11, 1), period=Period(date(2018, 1, 1))
            )
        if choice == 1:  # the performer is among the commissioning parties
            return attrs.evolve(
                cooperation, commissioning=(*cooperation.commissioning, cooperation.performing)
            )
        # a delegation to an employee of a commissioning party
        delegation = Delegation(
            "Beslut i enskilda ärenden",
            DelegateKind.EMPLOYEE,
            cooperation.commissioning[0],
            categories=frozenset({MatterCategory.AUTHORITY}),
        )
        return attrs.evolve(cooperation, delegations=(delegation,))

    # -- collaboration structures ----------------------------------------------------------

    def structure(self, serial: int, body_count: int) -> CollaborationStructure:
        county = self.with_region[serial % len(self.with_region)]
        region = self.region_of[county]
        assert region is not None
        municipalities = tuple(self.municipalities[county])
        principals: tuple[Participant, ...] = (region, *municipalities)
        theme = STRUCTURE_THEMES[serial // len(self.with_region) % len(STRUCTURE_THEMES)]
        start = self.day(date(2018, 1, 1), date(2023, 12, 31))
        council_seats = [Seat(m, appointed_by=Body.NAMND) for m in municipalities]
        council_seats += [Seat(region, id=f"R{n}", appointed_by=Body.NAMND) for n in (1, 2, 3)]
        council_seats += [
            Seat(region, Role.SUBSTITUTE, substitutes_for=f"R{n}", appointed_by=Body.NAMND)
            for n in (1, 2, 3)
        ]
        bodies: list[CooperationBody] = [
            CooperationBody(
                "RSR",
                f"Regionalt samverkansråd för {theme}",
                Level.POLITICAL,
                BodyKind.ADVISORY_COUNCIL,
                remit=Remit(areas=(theme,)),
                representation=RepresentationScheme(
                    members=1,
                    overrides=(PartySeats(region, 3, 3),),
                    substitute_policy=SubstitutePolicy.ONLY_WHEN_ABSENT,
                ),
                seats=tuple(council_seats),
                reports_to=("RUN",),
                reports_to_principals=principals,
                meetings=MeetingSchedule(
                    rrule=f"DTSTART:{start:%Y%m%d}\nRRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=30"
                ),
            ),
            CooperationBody(
                "RUN",
                "Regionala utvecklingsnämnden",
                Level.POLITICAL,
                BodyKind.DECISION_MAKING,
                mandate=Mandate((POT_MATTER, f"samverkan om {theme}"), on_behalf_of=(region,)),
                belongs_to=region,
            ),
            CooperationBody(
                "LSG",
                "Länssamverkansgruppen",
                Level.OFFICIAL,
                BodyKind.ADVISORY_COUNCIL,
                representation=RepresentationScheme(members=1, bound=Bound.AT_LEAST),
                seats=tuple(Seat(p, appointed_by=Body.STYRELSE) for p in principals),
                reports_to=("RSR",),
                reports_to_principals=principals,
            ),
        ]
        while len(bodies) < body_count:
            n = len(bodies)
            roll = self.rng.random()
            parent = self.rng.choice([b.id for b in bodies if b.kind is not BodyKind.NETWORK])
            if roll < 0.55:
                bodies.append(
                    CooperationBody(
                        f"B{n}",
                        f"Beredningsgrupp {n} för {self.rng.choice(TARGET_GROUPS)}",
                        Level.OFFICIAL,
                        BodyKind.PREPARATORY_GROUP,
                        remit=Remit(
                            target_groups=(self.rng.choice(TARGET_GROUPS),),
                            areas=tuple(self.rng.sample(AREAS, 2)),
                        ),
                        reports_to=(parent,),
                        meetings=MeetingSchedule(per_year=self.rng.choice((4, 6, 10))),
                    )
                )
            elif roll < 0.8:
                members = self.rng.sample(municipalities, min(len(municipalities), 3))
                bodies.append(
                    CooperationBody(
                        f"N{n}",
                        f"Nätverk {n} för {self.rng.choice(AREAS)}",
                        Level.OFFICIAL,
                        BodyKind.NETWORK,
                        seats=tuple(Seat(m, appointed_by=Body.STYRELSE) for m in members),
                        reports_to_principals=tuple(members),
                        meetings=MeetingSchedule(
                            dates=tuple(
                                sorted(self.day(start, date(2025, 12, 31)) for _ in range(4))
                            )
                        ),
                    )
                )
            else:
                bodies.append(
                    CooperationBody(
                        f"S{n}",
                        f"Samordningsfunktion {n}",
                        Level.OFFICIAL,
                        BodyKind.COORDINATION,
                        reports_to=(parent,),
                    )
                )
        share = self.rng.choice((("50", "50"), ("40", "60"), ("33.5", "66.5")))
        support = (
            AdministrativeSupport(
                "Regional koordinatorsfunktion",
                fte=Decimal(self.rng.choice(("1.0", "1.5", "2.0", "2.5"))),
                employer=region,
                supports=("RSR", "LSG"),
                cost_key=(
                    CostShare(municipalities, Decimal(share[0]), "kommunerna"),
                    CostShare((region,), Decimal(share[1]), "regionen"),
                ),
            ),
        )
        structure = CollaborationStructure(
            f"Samverkansstruktur för {theme} i {county}-länet ({serial})",
            principals,
            bodies=tuple(bodies),
            support=support,
            follow_ups=(
                FollowUp(
                    "Uppföljning av samverkansstrukturen",
                    due=date(start.year + 3, start.month, 1),
                    ordered_by="RSR",
                ),
            ),
            period=Period(start),
            principles=("Beslut kan endast fattas i linjen hos huvudmännen",),
        )
        if self.flawed("collaboration_structure"):
            return self.flaw_structure(structure)
        return structure

    def flaw_structure(self, structure: CollaborationStructure) -> CollaborationStructure:
        choice = self.rng.randrange(3)
        bodies = list(structure.bodies)
        if choice == 0:  # a cost key of 99.99 %
            support = structure.support[0]
            first, *rest = support.cost_key
            key = (attrs.evolve(first, percent=first.percent - Decimal("0.01")), *rest)
            return attrs.evolve(structure, support=(attrs.evolve(support, cost_key=key),))
        if choice == 1:  # RUN reports back to RSR: a circle
            bodies[1] = attrs.evolve(bodies[1], reports_to=("RSR",))
            return attrs.evolve(structure, bodies=tuple(bodies))
        # an advisory council that decides for the principals
        bodies[0] = attrs.evolve(
            bodies[0], mandate=Mandate(("fördelning av medel",), structure.principals[:1])
        )
        return attrs.evolve(structure, bodies=tuple(bodies))

    # -- pots ------------------------------------------------------------------------------

    def pot(self, serial: int) -> Pot:
        county = self.with_region[serial % len(self.with_region)]
        region = self.region_of[county]
        assert region is not None
        principals: tuple[Participant, ...] = (region, *self.municipalities[county])
        decider = CooperationBody(
            "RUN",
            "Regionala utvecklingsnämnden",
            Level.POLITICAL,
            BodyKind.DECISION_MAKING,
            mandate=Mandate((POT_MATTER,), on_behalf_of=(region,)),
            belongs_to=region,
        )
        proposer = CooperationBody(
            "RSR",
            "Regionens samverkansråd",
            Level.POLITICAL,
            BodyKind.ADVISORY_COUNCIL,
            reports_to=("RUN",),
            reports_to_principals=principals,
        )
        opened = self.day(date(2015, 1, 1), date(2019, 12, 31))
        contributions = [Contribution("Eget kapital", self.amount(2_000_000, 9_000_000), opened)]
        for year in range(opened.year + 1, 2025):
            earmark = self.rng.choice((None, "social välfärd", "kompetensförsörjning"))
            contributions.append(
                Contribution(
                    f"Tillskott {year}",
                    self.amount(1_000_000, 3_000_000),
                    date(year, 1, 15),
                    earmark=earmark,
                    provenance="primärkommunal" if earmark else None,
                )
            )
        pot = Pot(
            f"Gemensam pott {serial}",
            decider=decider,
            proposer=proposer,
            matter=POT_MATTER,
            origin=PotOrigin("Eget kapital från regionförbundet", principals, opened.year),
            contributions=tuple(contributions),
        )
        applications: list[Application] = []
        proposals: list[Proposal] = []
        decisions: list[Decision] = []
        payments: list[Payment] = []
        day = opened
        for n in range(self.sizes.ledger):
            day = min(day + timedelta(days=self.rng.randint(5, 40)), date(2025, 6, 1))
            case = f"RUN/{100 + n}/{day.year}"
            wanted = self.amount(20_000, 300_000)
            applications.append(
                Application(
                    self.rng.choice(principals).name, wanted, f"Projekt {n}", case, received=day
                )
            )
            proposals.append(Proposal(case, "RSR", day + timedelta(days=10), wanted))
            on = day + timedelta(days=20)
            available = pot.contributed(on) - sum((d.granted for d in decisions), Decimal(0))
            granted = wanted if wanted <= available else Decimal(0)
            decisions.append(Decision(case, "RUN", on, granted, reference=f"RUN § {n + 1}"))
            if granted:
                payments.append(Payment(case, granted, on + timedelta(days=30)))
        pot = attrs.evolve(
            pot,
            applications=tuple(applications),
            proposals=tuple(proposals),
            decisions=tuple(decisions),
            payments=tuple(payments),
        )
        return self.flaw_pot(pot) if self.flawed("fund_pot") else pot

    def flaw_pot(self, pot: Pot) -> Pot:
        choice = self.rng.randrange(3)
        decisions = list(pot.decisions)
        if choice == 0:  # a grant far beyond the balance
            decisions[-1] = attrs.evolve(decisions[-1], granted=Decimal("999999999"))
        elif choice == 1:  # the advisory council decided
            decisions[0] = attrs.evolve(decisions[0], by="RSR")
        else:  # a case number of the wrong form
            applications = list(pot.applications)
            applications[0] = attrs.evolve(applications[0], case_number="run 1/2019")
            return attrs.evolve(pot, applications=tuple(applications))
        return attrs.evolve(pot, decisions=tuple(decisions))


def generate(scale: float = 1.0, seed: int = DEFAULT_SEED, sizes: Sizes | None = None) -> Bundle:
    """The register at ``scale`` (1.0: 11 150 items), the same for the same seed."""
    return generate_with_flaws(scale, seed, sizes)[0]


def generate_with_flaws(
    scale: float = 1.0, seed: int = DEFAULT_SEED, sizes: Sizes | None = None
) -> tuple[Bundle, dict[str, int]]:
    """The register and the number of deliberately flawed items of each kind."""
    chosen = (sizes or Sizes()).scaled(scale)
    maker = _Maker(seed, chosen)
    items: list[Any] = []
    for serial in range(chosen.committees_and_federations):
        if maker.rng.random() < 0.6:
            items.append(maker.joint_committee(serial))
        else:
            items.append(maker.federation(serial))
    items.extend(maker.cooperation(serial) for serial in range(chosen.cooperations))
    per_structure, extra = divmod(chosen.bodies, chosen.structures)
    for serial in range(chosen.structures):
        count = per_structure + (1 if serial < extra else 0)
        items.append(maker.structure(serial, max(3, count)))
    items.extend(maker.pot(serial) for serial in range(chosen.pots))
    return Bundle(tuple(items)), dict(sorted(maker.flaws.items()))


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: write the register as a JSON (or TOML) document."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("-o", "--output", type=Path, default=Path("register.json"))
    args = parser.parse_args(argv)
    bundle, flaws = generate_with_flaws(args.scale, args.seed)
    dump(bundle, args.output)
    print(f"{len(bundle.items)} items, flawed: {flaws}, written to {args.output}")


if __name__ == "__main__":
    main()
