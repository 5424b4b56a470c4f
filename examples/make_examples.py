"""Build every example document and scenario from code, and write the files.

    .venv/bin/python examples/make_examples.py            # rewrite the files in examples/
    .venv/bin/python examples/make_examples.py OUT_DIR    # write them under OUT_DIR instead

The committed files are the output of this script. ``tests/test_examples.py`` checks that each
file loads to the model built here, that writing it again gives the same bytes, and that its
findings as of the date in ``examples/index.toml`` (read into :data:`EXAMPLES`) match the
snapshot in ``tests/snapshots/``.

The real systems come from the builders in ``tests/seeds.py`` and ``tests/seed_structures.py``
(facts from the seed documents, people only by role). What a seed does not say is either left
out or, in the proposals and the flawed examples, stated below as an assumption.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import seed_histories  # noqa: E402
import seed_structures  # noqa: E402
import seeds  # noqa: E402
from samverkan.analysis import EffectiveFrom, MeetingCalendar  # noqa: E402
from samverkan.io import Bundle, dump, dumps  # noqa: E402
from samverkan.io.scenario import (  # noqa: E402
    CommitteeFile,
    Consultation,
    MergerScenario,
    dump_scenario,
    dumps_scenario,
)
from samverkan.model import (  # noqa: E402
    Adoption,
    Application,
    AssemblyForm,
    Charter,
    CharterItem,
    CharterProvision,
    ContractualCooperation,
    Decision,
    FederationPurpose,
    Instrument,
    ItemStatus,
    JointCommittee,
    JointCommitteeBasis,
    JointlyOwnedCompany,
    LocalFederation,
    Office,
    Participant,
    Pot,
    Role,
    Seat,
    Shareholding,
    Task,
)
from samverkan.parties import Municipality  # noqa: E402

REG = seeds.REG
REGION_JH = seeds.REGION_JH
JAMTLAND: tuple[Municipality, ...] = tuple(seeds.JAMTLAND)
OSTERSUND = seeds.OSTERSUND

#: The day Regionens samverkansråd met and sent out the merger question (seed 001).
RSR_MEETING = date(2019, 9, 2)
#: The reply deadline of RS/559/2019 (seed 001).
REPLY_DEADLINE = date(2019, 10, 29)


# -- Jämtland: the three joint committees and the merger options (seed 001) ----------------

COMMITTEE_FILES = {
    "gnu-region.json": seeds.gnu_region,
    "gnu-municipalities.json": seeds.gnu_municipalities,
    "gns.json": seeds.gns,
}


def joint_committees_2019() -> Bundle:
    """The three joint committees of 2019 in one document."""
    return Bundle(tuple(seeds.jamtland_committees()))


def _autumn(month: int, day: int) -> date:
    return date(2019, month, day)


#: The autumn-2019 meetings of the bodies the merger question went to (seed 001,
#: "Sammanträden"): the boards of the nine parties and the three joint committees.
BOARD_MEETINGS: tuple[tuple[str, str | None, tuple[date, ...]], ...] = (
    ("Regionstyrelsen", "23", (_autumn(9, 24), _autumn(9, 25))),
    ("Kommunstyrelsen i Berg", "2326", (_autumn(9, 10), _autumn(10, 8), _autumn(11, 12))),
    ("Kommunstyrelsen i Bräcke", "2305", (_autumn(10, 2), _autumn(10, 28))),
    ("Kommunstyrelsen i Härjedalen", "2361", (_autumn(9, 9), _autumn(10, 2), _autumn(11, 13))),
    ("Kommunstyrelsen i Krokom", "2309", (_autumn(9, 11), _autumn(10, 9), _autumn(10, 23))),
    ("Kommunstyrelsen i Ragunda", "2303", (_autumn(9, 3), _autumn(10, 22))),
    ("Kommunstyrelsen i Strömsund", "2313", (_autumn(9, 24), _autumn(10, 22))),
    ("Kommunstyrelsen i Åre", "2321", (_autumn(9, 12), _autumn(10, 16))),
    ("Kommunstyrelsen i Östersund", "2380", (_autumn(9, 10), _autumn(10, 8), _autumn(11, 5))),
    ("GNS", None, (_autumn(9, 6), _autumn(10, 11))),
    ("GNU (regionen)", None, (_autumn(9, 16), _autumn(11, 11))),
    ("GNU (kommunerna)", None, (_autumn(10, 21),)),
)


def consultation_2019() -> Consultation:
    """RSR's request of 2 September 2019 for views on a merger, due 29 October 2019."""
    calendars = tuple(
        MeetingCalendar(body, dates, REG.party(code) if code else None)
        for body, code, dates in BOARD_MEETINGS
    )
    return Consultation(RSR_MEETING, REPLY_DEADLINE, calendars)


def _from_files(*names: str) -> tuple[CommitteeFile, ...]:
    return tuple(CommitteeFile(name, COMMITTEE_FILES[name]()) for name in names)


def merger_all_three() -> MergerScenario:
    """Option 1 of the memo: all three committees, by widening one and closing the others."""
    return MergerScenario(
        name="Gemensam nämnd för upphandling och samverkan",
        description=(
            "PM RS/559/2019, alternativ 1: de tre gemensamma nämnderna slås samman genom att "
            "en av dem utvidgas och de två andra avslutas. Här utvidgas GNS, som redan har "
            "utvidgats två gånger; värd blir då Region Jämtland Härjedalen."
        ),
        as_of=RSR_MEETING,
        committees=_from_files("gnu-region.json", "gnu-municipalities.json", "gns.json"),
        extend="GNS",
        consultation=consultation_2019(),
    )


def merger_procurement_committees() -> MergerScenario:
    """Option 2 of the memo: the two procurement committees, tasks unchanged."""
    return MergerScenario(
        name="Gemensam nämnd för upphandling",
        description=(
            "PM RS/559/2019, alternativ 2: de två upphandlingsnämnderna slås samman utan andra "
            "förändringar av uppdrag eller omfattning. PM:et lämnar öppet om en av dem "
            "utvidgas eller om en ny nämnd inrättas; här inrättas en ny nämnd, som vilken part "
            "som helst kan vara värd för (KL 9:20)."
        ),
        as_of=RSR_MEETING,
        committees=_from_files("gnu-region.json", "gnu-municipalities.json"),
        consultation=consultation_2019(),
    )


def merger_pure_procurement() -> MergerScenario:
    """Option 3 of the memo: a committee for procurement only; the other tasks are left over."""
    return MergerScenario(
        name="Gemensam upphandlingsnämnd",
        description=(
            "PM RS/559/2019, alternativ 3: en renodlad upphandlingsnämnd. Hjälpmedelsfrågorna "
            "och uppdragen inom drift och service, utveckling och IT blir över och behöver en "
            "annan hemvist, till exempel avtalssamverkan eller rådgivande organ. PM:et anger "
            "ingen värd; Östersunds kommun, där det gemensamma upphandlingskontoret finns, är "
            "ett antagande."
        ),
        as_of=RSR_MEETING,
        committees=_from_files("gnu-region.json", "gnu-municipalities.json", "gns.json"),
        host=OSTERSUND,
        keep_areas=("internal.procurement",),
        effective_from=EffectiveFrom.NEXT_YEAR,
        consultation=consultation_2019(),
    )


# -- Norrtälje and the 2018 question of a Jämtland equivalent (seed 000, law.md §6) --------


def kson() -> Bundle:
    """The federation KSON and the company it owns, TioHundra AB."""
    return Bundle((seeds.norrtalje_federation(), seeds.tiohundra()))


EQUIVALENT_AREAS = ("hsl.regional-care", "sol.social-services", "hsl.municipal-care")


def care_committee() -> JointCommittee:
    """The purchasing committee a Norrtälje model in Jämtland would need (seed 000).

    Assumptions, since the memo does not say: the region hosts it; the agreement and the
    reglemente exist as drafts that no fullmäktige has adopted; no seats are decided.
    """
    parties: tuple[Participant, ...] = (REGION_JH, *JAMTLAND)
    municipalities: tuple[Participant, ...] = JAMTLAND
    return JointCommittee(
        "Gemensam nämnd för vård och omsorg i Jämtlands län",
        parties,
        REGION_JH,
        tasks=(
            Task(
                "hsl.regional-care",
                "Beställa, finansiera och teckna avtal om regionens hälso- och sjukvård.",
                for_parties=(REGION_JH,),
            ),
            Task(
                "sol.social-services",
                "Beställa, finansiera och teckna avtal om kommunernas socialtjänst och omsorg.",
                for_parties=municipalities,
            ),
            Task(
                "hsl.municipal-care",
                "Beställa, finansiera och teckna avtal om kommunernas hälso- och sjukvård.",
                for_parties=municipalities,
            ),
        ),
        basis=JointCommitteeBasis.CARE_AND_WELFARE,
        agreement=Instrument(
            title="Överenskommelse om gemensam nämnd för vård och omsorg (utkast)",
            tasks=EQUIVALENT_AREAS,
            adoptions_complete=True,
        ),
        standing_rules=Instrument(
            title="Reglemente för gemensam nämnd för vård och omsorg (utkast)",
            tasks=EQUIVALENT_AREAS,
            adoptions_complete=True,
        ),
        notes=(
            "Förslag: motsvarigheten till Norrtäljemodellen i Jämtlands län enligt regionens "
            "PM 2018. Nämnden beställer, finansierar och tecknar avtal med vårdbolaget och "
            "eventuella andra utförare."
        ),
    )


def care_company() -> JointlyOwnedCompany:
    """The care company the nine would own together (seed 000).

    The memo gives no shares; following the Norrtälje company's first ownership (half each
    for the county council and the municipality, law.md §6), the region holds 50 % and each
    municipality 6.25 %. No owner has yet decided under KL 10:4.
    """
    return JointlyOwnedCompany(
        "Vårdbolaget i Jämtlands län AB (förslag)",
        (
            Shareholding(REGION_JH, Decimal(50), decision=Adoption(REGION_JH, adopted=False)),
            *(
                Shareholding(m, Decimal("6.25"), decision=Adoption(m, adopted=False))
                for m in JAMTLAND
            ),
        ),
        purpose=(
            "Utföra hälso- och sjukvård och omsorg på uppdrag av den gemensamma nämnden för "
            "vård och omsorg i Jämtlands län."
        ),
    )


def jamtland_equivalent() -> Bundle:
    """What a Norrtälje model in Jämtland would require: the committee and the company."""
    return Bundle((care_committee(), care_company()))


# -- Deliberately flawed proposals ----------------------------------------------------------


def gnu_missing_substitute() -> JointCommittee:
    """GNU (kommunerna) with seats: one ledamot and one ersättare per party, except that Berg
    has no ersättare (KL 9:24). Östersund, the host, holds the chair."""
    committee = seeds.gnu_municipalities()
    berg = REG.municipality("2326")
    seats: list[Seat] = []
    for party in committee.parties:
        chair = Office.CHAIR if party == OSTERSUND else None
        seats.append(Seat(party, office=chair))
        if party != berg:
            seats.append(Seat(party, Role.SUBSTITUTE))
    return attrs.evolve(
        committee,
        seats=tuple(seats),
        notes="Avsiktligt fel: Berg har en ledamot men ingen ersättare.",
    )


def avtalssamverkan_2018_03_01() -> ContractualCooperation:
    """Östersund handles Bräcke's building-permit matters, a task the law gives each kommun's
    own byggnadsnämnd (PBL 12:1), under an agreement concluded on 1 March 2018, four months
    before KL 9:37 entered into force, with no special act to rely on."""
    return ContractualCooperation(
        "Bygglovshandläggning åt Bräcke kommun (avsiktligt fel)",
        commissioning=(REG.municipality("2305"),),
        performing=OSTERSUND,
        tasks=(Task("pbl.building-committee", "Handläggning av bygglovsärenden."),),
        concluded_on=date(2018, 3, 1),
    )


EXAMPLE_CASE = "RUN/999/2019"


def pot_grant_beyond_earmark() -> Pot:
    """The real pot, with two made-up decisions by RUN: FoU Jämt's 368 000 kr as proposed,
    then 600 000 kr to a made-up applicant from the same social-welfare funds, of which only
    535 791 kr remain."""
    pot = seed_structures.jamtland_pot()
    welfare = seed_structures.SOCIAL_WELFARE
    return attrs.evolve(
        pot,
        applications=(
            *pot.applications,
            Application(
                "Exempelsökande (fiktiv)",
                Decimal(600000),
                "Avsiktligt fel: mer än vad som återstår av medlen för social välfärd",
                EXAMPLE_CASE,
                earmark=welfare,
            ),
        ),
        decisions=(
            Decision(
                seed_structures.FOU_CASE,
                "RUN",
                date(2019, 10, 15),
                seed_structures.FOU_JAMT_REQUEST,
                earmark=welfare,
                reference="exempel",
            ),
            Decision(
                EXAMPLE_CASE,
                "RUN",
                date(2019, 11, 20),
                Decimal(600000),
                earmark=welfare,
                reference="exempel",
            ),
        ),
    )


def _direktion_seats(members: Sequence[Participant], per_member: int = 1) -> tuple[Seat, ...]:
    return tuple(
        Seat(member, role)
        for member in members
        for role in (Role.MEMBER, Role.SUBSTITUTE)
        for _ in range(per_member)
    )


def federation_charter_missing_items() -> LocalFederation:
    """A made-up rescue-services förbund of Berg and Härjedalen whose förbundsordning says
    nothing on leaving (KL 9:6 p. 15) or on dissolution (p. 16)."""
    members: tuple[Participant, ...] = (REG.municipality("2326"), REG.municipality("2361"))
    missing = (CharterItem.EXIT_PROCEDURE, CharterItem.LIQUIDATION_AND_DISSOLUTION)
    return LocalFederation(
        "Räddningstjänstförbundet Berg–Härjedalen (exempel)",
        members,
        AssemblyForm.DIREKTION,
        seats=_direktion_seats(members),
        charter=Charter(
            title="Förbundsordning (utkast med avsiktliga luckor)",
            adoptions=tuple(Adoption(m) for m in members),
            provisions=tuple(
                CharterProvision(
                    item, ItemStatus.ABSENT if item in missing else ItemStatus.FREE_TEXT
                )
                for item in CharterItem
            ),
        ),
        tasks=(Task("lso.rescue-services", "Räddningstjänst enligt LSO."),),
    )


def rkm_wrong_county() -> LocalFederation:
    """A made-up kollektivtrafikmyndighet förbund for Jämtland that also lists Sundsvall, a
    municipality of Västernorrland (KTL 2:2). Seats follow KTL 2:5: half for the region."""
    members: tuple[Participant, ...] = (REGION_JH, *JAMTLAND, REG.municipality("2281"))
    municipalities = members[1:]
    return LocalFederation(
        "Kollektivtrafikförbundet i Jämtlands län (exempel)",
        members,
        AssemblyForm.DIREKTION,
        seats=_direktion_seats((REGION_JH,), len(municipalities))
        + _direktion_seats(municipalities),
        charter=Charter(
            title="Förbundsordning",
            adoptions=tuple(Adoption(m) for m in members),
            provisions=tuple(CharterProvision(item) for item in CharterItem),
        ),
        tasks=(Task("ktl.regional-public-transport", "Regional kollektivtrafikmyndighet."),),
        purpose=FederationPurpose.PUBLIC_TRANSPORT_AUTHORITY,
    )


# -- The table of examples ------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One example file: where it goes, how it is built and what checking it should show.

    ``kind`` is ``"real"`` (a system as a seed describes it; no error may be found),
    ``"proposal"`` (a system someone asked about; the errors listed are the decisions still
    missing) or ``"flawed"`` (made wrong on purpose to show what the checker reports).
    ``errors`` are the rule ids of the error findings the example must have, no more, no
    fewer; ``inconsistencies`` the consistency rules a flawed example is made to trip (the
    parties' own arithmetic, reported as warnings). ``as_of`` is the date to check it as of.
    """

    path: str
    build: Callable[[], object]
    as_of: date
    kind: str
    seed: str
    errors: tuple[str, ...] = ()
    inconsistencies: tuple[str, ...] = ()

    @property
    def is_scenario(self) -> bool:
        """Whether the file is a merger scenario rather than a document."""
        return self.path.endswith(".toml")


#: How each example file is built, by its path. What each example is and what checking it
#: must show is data, in ``examples/index.toml``.
BUILDERS: dict[str, Callable[[], object]] = {
    "jamtland/gnu-region.json": seeds.gnu_region,
    "jamtland/gnu-municipalities.json": seeds.gnu_municipalities,
    "jamtland/gns.json": seeds.gns,
    "jamtland/joint-committees-2019.json": joint_committees_2019,
    "jamtland/merger-all-three.toml": merger_all_three,
    "jamtland/merger-procurement-committees.toml": merger_procurement_committees,
    "jamtland/merger-pure-procurement.toml": merger_pure_procurement,
    "jamtland/fund-pot.json": seed_structures.jamtland_pot,
    "jamtland/structure-2019.json": seed_structures.jamtland_structure,
    "jamtland/cooperation-agreement.json": seed_structures.jamtland_agreement,
    "vasterbotten/structure-2020.json": seed_structures.vasterbotten_structure,
    "norrtalje/kson.json": kson,
    "norrtalje/jamtland-equivalent.json": jamtland_equivalent,
    "flawed/gnu-missing-substitute.json": gnu_missing_substitute,
    "flawed/avtalssamverkan-2018-03-01.json": avtalssamverkan_2018_03_01,
    "flawed/pot-grant-beyond-earmark.json": pot_grant_beyond_earmark,
    "flawed/federation-charter-missing-items.json": federation_charter_missing_items,
    "flawed/rkm-wrong-county.json": rkm_wrong_county,
    "jamtland/history/gnu-region.json": seed_histories.gnu_region_history,
    "jamtland/history/gnu-municipalities.json": seed_histories.gnu_municipalities_history,
    "jamtland/history/gns.json": seed_histories.gns_history,
    "norrtalje/kson-history.json": seed_histories.kson_history,
}


def read_index(path: Path = HERE / "index.toml") -> tuple[Example, ...]:
    """The examples listed in ``examples/index.toml``, each with its builder."""
    with path.open("rb") as file:
        rows = tomllib.load(file)["example"]
    return tuple(
        Example(
            row["path"],
            BUILDERS[row["path"]],
            row["as_of"],
            row["kind"],
            row["seed"],
            tuple(row.get("errors", ())),
            tuple(row.get("inconsistencies", ())),
        )
        for row in rows
    )


EXAMPLES: tuple[Example, ...] = read_index()


def render(example: Example) -> str:
    """The text of ``example``'s file."""
    model = example.build()
    if isinstance(model, MergerScenario):
        return dumps_scenario(model, "toml")
    return dumps(model, "json")


def write_all(directory: Path) -> list[Path]:
    """Write every example under ``directory`` with samverkan's writers; returns the paths."""
    written = []
    for example in EXAMPLES:
        target = directory / example.path
        target.parent.mkdir(parents=True, exist_ok=True)
        model = example.build()
        if isinstance(model, MergerScenario):
            dump_scenario(model, target)
        else:
            dump(model, target)
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Write the examples to the directory given, or next to this script."""
    args = list(sys.argv[1:] if argv is None else argv)
    directory = Path(args[0]) if args else HERE
    for path in write_all(directory):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
