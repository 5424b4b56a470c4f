"""The statute catalogue: every act samverkan cites, with its dates and names.

A :class:`Statute` knows its SFS number, official title, the form used when citing it
("kommunallagen (2017:725)"), the abbreviations people write, when it entered into force,
when it was repealed and by what, and the amendments that matter for cooperation law.

Names resolve by date: "kommunallagen" means Kommunallag (1991:900) before 2018-01-01 and
Kommunallag (2017:725) from then on.

>>> from datetime import date
>>> statute_named("kommunallagen", on=date(2015, 6, 1)).sfs
'1991:900'
>>> statute_named("KL", on=date(2019, 1, 1)).sfs
'2017:725'
>>> statute_named("socialtjänstlagen", on=date(2025, 7, 1)).sfs
'2025:400'
>>> regional_level_term(date(2019, 12, 31)), regional_level_term(date(2020, 1, 1))
('landsting', 'region')

An act renamed by an amendment has the title of the date:

>>> statute("2010:630").title_on(date(2018, 12, 31))
'Lag (2010:630) om regionalt utvecklingsansvar i vissa län'
>>> statute("2010:630").title_on(date(2019, 1, 1))
'Lag (2010:630) om regionalt utvecklingsansvar'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from attrs import field

from samverkan._frozen import frozen
from samverkan.errors import UnknownStatuteError
from samverkan.law.verification import Verification

__all__ = [
    "CATALOGUE",
    "Amendment",
    "FormerTitle",
    "Statute",
    "StatuteCatalogue",
    "regional_assembly_term",
    "regional_level_term",
    "statute",
    "statute_named",
]

_SFS = re.compile(r"(1[89]\d\d|20\d\d):[1-9]\d{0,8}")

V = Verification


def check_sfs(_: object, __: object, value: str) -> None:
    if not _SFS.fullmatch(value):
        raise ValueError(f"not an SFS number of the form YYYY:N: {value!r}")


def normalise_name(name: str) -> str:
    """Lower-case a statute name and fold its white space, for comparisons."""
    return " ".join(name.replace("\u00a0", " ").split()).casefold()


def riksdagen_url(sfs: str) -> str:
    """The act with SFS number ``sfs`` in riksdagen.se's collection of SFS texts.

    >>> print(riksdagen_url("2017:725"))
    https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/sfs-2017-725
    """
    year, number = sfs.split(":")
    return (
        "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/"
        f"svensk-forfattningssamling/sfs-{year}-{number}"
    )


@frozen
class Amendment:
    """An amending act (ändringsförfattning) that matters for cooperation law."""

    sfs: str = field(validator=check_sfs)
    summary: str
    in_force: date | None = None
    verification: Verification = V.VERIFIED_RK


@frozen
class FormerTitle:
    """A title the act bore until ``until`` (the last day), before an amendment renamed it."""

    title: str
    cited_as: str
    until: date
    verification: Verification = V.VERIFIED_RK


@frozen
class Statute:
    """A Swedish act (lag or balk) as samverkan cites it.

    ``in_force`` is ``None`` where the entry-into-force date is not recorded; ``repealed_on``
    is the first day the act no longer applied.
    """

    sfs: str = field(validator=check_sfs)
    title: str
    cited_as: str
    abbreviation: str
    aliases: tuple[str, ...] = ()
    in_force: date | None = None
    in_force_verification: Verification = V.VERIFIED_RK
    repealed_on: date | None = None
    repealed_by: str | None = None
    amendments: tuple[Amendment, ...] = ()
    former_titles: tuple[FormerTitle, ...] = ()

    def _former_on(self, on: date) -> FormerTitle | None:
        earlier = [t for t in self.former_titles if on <= t.until]
        return min(earlier, key=lambda t: t.until) if earlier else None

    def title_on(self, on: date) -> str:
        """The act's title on ``on``: a former title until the amendment that renamed it."""
        former = self._former_on(on)
        return former.title if former is not None else self.title

    def cited_as_on(self, on: date) -> str:
        """The form used when citing the act on ``on``."""
        former = self._former_on(on)
        return former.cited_as if former is not None else self.cited_as

    @property
    def is_code(self) -> bool:
        """``True`` for a balk (code), which is cited without its SFS number."""
        return "(" not in self.cited_as

    def in_force_on(self, on: date) -> bool:
        """Whether the act applied on ``on``; an unrecorded start counts as in force."""
        started = self.in_force is None or self.in_force <= on
        return started and (self.repealed_on is None or on < self.repealed_on)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name under which the act can be looked up, normalised."""
        former = [n for t in self.former_titles for n in (t.title, t.cited_as)]
        own = (self.abbreviation, self.cited_as, self.title, *self.aliases, *former)
        return tuple(dict.fromkeys(normalise_name(n) for n in own))

    @property
    def lagen_nu_url(self) -> str:
        """The act on lagen.nu."""
        return f"https://lagen.nu/{self.sfs}"

    @property
    def riksdagen_url(self) -> str:
        """The act in riksdagen.se's collection of SFS texts."""
        return riksdagen_url(self.sfs)


class StatuteCatalogue:
    """A set of statutes, looked up by SFS number or by name on a date.

    Applications may add their own acts with :meth:`add`; the bundled catalogue is
    :data:`CATALOGUE`.
    """

    def __init__(self, statutes: Iterable[Statute] = ()) -> None:
        self._by_sfs: dict[str, Statute] = {}
        self._by_name: dict[str, list[Statute]] = {}
        self._short_names: dict[str, str] = {}  # short_name's answers; emptied by add
        #: How many acts have been added: what was read against the catalogue before an
        #: addition may read otherwise after it.
        self.generation = 0
        for item in statutes:
            self.add(item)

    def add(self, item: Statute) -> None:
        """Add an act; an SFS number may be added only once."""
        if item.sfs in self._by_sfs:
            raise ValueError(f"SFS {item.sfs} is already in the catalogue")
        self._by_sfs[item.sfs] = item
        for name in item.names:
            self._by_name.setdefault(name, []).append(item)
        self._short_names.clear()
        self.generation += 1

    def short_name(self, sfs: str) -> str:
        """How a short citation names the act ``sfs``: its abbreviation, followed by the SFS
        number where the abbreviation names another act now; the SFS number for an act
        without an abbreviation or not in the catalogue."""
        found = self._short_names.get(sfs)
        if found is None:
            found = self._short_names[sfs] = self._make_short_name(sfs)
        return found

    def _make_short_name(self, sfs: str) -> str:
        known = self._by_sfs.get(sfs)
        if known is None or known.abbreviation == known.sfs:
            return sfs
        if self.named(known.abbreviation).sfs == known.sfs:
            return known.abbreviation
        return f"{known.abbreviation} ({known.sfs})"

    def __iter__(self) -> Iterator[Statute]:
        return iter(sorted(self._by_sfs.values(), key=_sfs_sort_key))

    def __len__(self) -> int:
        return len(self._by_sfs)

    def __contains__(self, sfs: object) -> bool:
        return sfs in self._by_sfs

    def get(self, sfs: str) -> Statute:
        """The act with SFS number ``sfs``."""
        try:
            return self._by_sfs[sfs]
        except KeyError:
            raise UnknownStatuteError(sfs, "no act with that SFS number") from None

    def named(self, name: str, on: date | None = None) -> Statute:
        """The act called ``name`` on the date ``on``.

        Without a date the act that is in force now (not repealed) is returned. Where two
        acts share a name (kommunallagen 1991 and 2017), the date decides.
        """
        candidates = self._by_name.get(normalise_name(name), [])
        if not candidates:
            raise UnknownStatuteError(name, "unknown name")
        if on is None:
            current = [s for s in candidates if s.repealed_on is None]
            return max(current or candidates, key=_sfs_sort_key)
        matching = [s for s in candidates if s.in_force_on(on)]
        if not matching:
            known = ", ".join(f"{s.sfs} ({_period(s)})" for s in candidates)
            raise UnknownStatuteError(name, f"none in force on {on.isoformat()}; known: {known}")
        return max(matching, key=_sfs_sort_key)


def _sfs_sort_key(item: Statute) -> tuple[int, int]:
    year, number = item.sfs.split(":")
    return int(year), int(number)


def _period(item: Statute) -> str:
    start = item.in_force.isoformat() if item.in_force else "…"
    end = item.repealed_on.isoformat() if item.repealed_on else ""
    return f"{start}–{end}"


def regional_level_term(on: date) -> str:
    """The statutory word for the regional level on ``on`` (SFS 2019:835).

    "landsting" before 2020-01-01, "region" from then.
    """
    return "region" if on >= REGION_RENAMING_DATE else "landsting"


def regional_assembly_term(on: date) -> str:
    """The name of the regional assembly on ``on``: landstingsfullmäktige or regionfullmäktige."""
    return "regionfullmäktige" if on >= REGION_RENAMING_DATE else "landstingsfullmäktige"


#: SFS 2019:835 replaced "landsting" with "region" from this date.
REGION_RENAMING_DATE = date(2020, 1, 1)

_KL_AMENDMENTS = (
    Amendment(
        "2018:569",
        "Avtalssamverkan: new 9 kap. 37–38 §§ and the oversight duty in 6 kap. 1 §.",
        date(2018, 7, 1),
        V.VERIFIED_PROP,
    ),
    Amendment(
        "2019:835",
        "'Landsting' becomes 'region' throughout the act; rules otherwise unchanged.",
        REGION_RENAMING_DATE,
        V.VERIFIED_PROP,
    ),
    Amendment(
        "2022:638",
        "Proportional elections under lag (2022:629) in 9 kap. 8 §; automated decisions "
        "in 6 kap. 37–38 §§.",
        date(2022, 7, 1),
    ),
    Amendment(
        "2023:708",
        "Amends 6 kap. 38 § second paragraph (automated decisions).",
        date(2024, 1, 1),
        V.RECALLED,
    ),
)

#: The bundled catalogue of every act samverkan cites.
CATALOGUE = StatuteCatalogue(
    [
        Statute(
            "2017:725",
            "Kommunallag (2017:725)",
            "kommunallagen (2017:725)",
            "KL",
            ("kommunallagen", "kommunallag"),
            date(2018, 1, 1),
            amendments=_KL_AMENDMENTS,
        ),
        Statute(
            "1991:900",
            "Kommunallag (1991:900)",
            "kommunallagen (1991:900)",
            "KL",
            ("kommunallagen", "kommunallag", "äldre kommunallagen", "1991 års kommunallag"),
            # In force 1992-01-01: the notisum.se register of the act; the RK text of lag
            # (1977:180) gives the same day for the repeal of 1977:179 by SFS 1991:900.
            date(1992, 1, 1),
            V.VERIFIED_SEC,
            repealed_on=date(2018, 1, 1),
            repealed_by="2017:725",
        ),
        Statute(
            "1977:179",
            "Kommunallag (1977:179)",
            "kommunallagen (1977:179)",
            "1977:179",
            ("1977 års kommunallag",),
            # Lag (1977:180) om införande av kommunallagen 1 §, read in the RK text
            # (rkrattsbaser.gov.se): "Kommunallagen (1977:179) och denna lag träder i kraft
            # den 1 juli 1977"; repealed from 1992-01-01 by SFS 1991:900 (same page).
            date(1977, 7, 1),
            V.VERIFIED_RK,
            repealed_on=date(1992, 1, 1),
            repealed_by="1991:900",
        ),
        Statute(
            "1980:620",
            "Socialtjänstlag (1980:620)",
            "socialtjänstlagen (1980:620)",
            "1980:620",
            ("1980 års socialtjänstlag",),
            date(1982, 1, 1),
            V.RECALLED,
            repealed_on=date(2002, 1, 1),
            repealed_by="2001:453",
        ),
        Statute(
            "1982:763",
            "Hälso- och sjukvårdslag (1982:763)",
            "hälso- och sjukvårdslagen (1982:763)",
            "1982:763",
            ("1982 års hälso- och sjukvårdslag",),
            date(1983, 1, 1),
            V.VERIFIED_SEC,
            repealed_on=date(2017, 4, 1),
            repealed_by="2017:30",
        ),
        Statute(
            "1985:1100",
            "Skollag (1985:1100)",
            "skollagen (1985:1100)",
            "1985:1100",
            ("1985 års skollag",),
            # Lag (1985:1101) om införande av skollagen 1 §, read in the RK text
            # (rkrattsbaser.gov.se): in force 1986-07-01; the införandelag and, by the
            # notisum.se register, 1985:1100 itself were repealed from 2010-08-01 by SFS
            # 2010:801.
            date(1986, 7, 1),
            V.VERIFIED_RK,
            repealed_on=date(2010, 8, 1),
            repealed_by="2010:801",
        ),
        Statute(
            "1987:10",
            "Plan- och bygglag (1987:10)",
            "plan- och bygglagen (1987:10)",
            "ÄPBL",
            ("äldre plan- och bygglagen", "1987 års plan- och bygglag"),
            # In force 1987-07-01 and repealed from 2011-05-02 by SFS 2010:900 (notisum.se
            # register; klevringsjuridik.se's copy of the RK text gives the same repeal).
            date(1987, 7, 1),
            V.VERIFIED_SEC,
            repealed_on=date(2011, 5, 2),
            repealed_by="2010:900",
        ),
        Statute(
            "1986:1102",
            "Räddningstjänstlag (1986:1102)",
            "räddningstjänstlagen (1986:1102)",
            "1986:1102",
            ("räddningstjänstlagen",),
            date(1987, 1, 1),
            V.VERIFIED_SEC,
            repealed_on=date(2004, 1, 1),
            repealed_by="2003:778",
        ),
        Statute(
            "2002:34",
            "Lag (2002:34) om samverkansorgan i länen",
            "lagen (2002:34) om samverkansorgan i länen",
            "2002:34",
            ("lagen om samverkansorgan i länen", "samverkansorganslagen"),
            None,
            V.RECALLED,
            repealed_on=date(2019, 1, 1),
        ),
        Statute(
            "1985:894",
            "Kommunalförbundslag (1985:894)",
            "kommunalförbundslagen (1985:894)",
            "KfL",
            ("kommunalförbundslagen",),
            date(1986, 1, 1),
            repealed_on=date(1998, 1, 1),
            repealed_by="1997:550",
        ),
        Statute(
            "2009:47",
            "Lag (2009:47) om vissa kommunala befogenheter",
            "lagen (2009:47) om vissa kommunala befogenheter",
            "2009:47",
            ("befogenhetslagen", "lagen om vissa kommunala befogenheter", "KOMBEF"),
            date(2009, 3, 1),
            amendments=(
                Amendment("2019:935", "'Landsting' becomes 'region'.", date(2020, 1, 1)),
                Amendment(
                    "2023:706",
                    "Current form of 6 kap. 4–7 §§ (decisions by a central purchasing body).",
                    date(2024, 1, 1),
                ),
                Amendment("2025:435", "References to socialtjänstlagen (2025:400).", None),
            ),
        ),
        Statute(
            "2003:192",
            "Lag (2003:192) om gemensam nämnd inom vård- och omsorgsområdet",
            "lagen (2003:192) om gemensam nämnd inom vård- och omsorgsområdet",
            "2003:192",
            ("lagen om gemensam nämnd inom vård- och omsorgsområdet",),
            date(2003, 7, 1),
            amendments=(
                Amendment(
                    "2025:426", "References to socialtjänstlagen (2025:400).", None, V.VERIFIED_RD
                ),
            ),
        ),
        Statute(
            "1949:381",
            "Föräldrabalk (1949:381)",
            "föräldrabalken",
            "FB",
            ("föräldrabalken", "föräldrabalk"),
            date(1950, 1, 1),
            V.RECALLED,
            amendments=(
                Amendment(
                    "2006:557",
                    "Joint överförmyndarnämnd introduced (19 kap. 16 §).",
                    date(2006, 7, 1),
                    V.RECALLED,
                ),
                Amendment(
                    "2017:727",
                    "Current wording of 19 kap. 16 § (joint överförmyndarnämnd).",
                    None,
                    V.VERIFIED_RD,
                ),
                Amendment(
                    "2018:412",
                    "Current wording of 19 kap. 8 § (who may be överförmyndare or sit in an "
                    "överförmyndarnämnd).",
                    date(2018, 7, 1),
                    V.VERIFIED_SEC,
                ),
            ),
        ),
        Statute(
            "2017:30",
            "Hälso- och sjukvårdslag (2017:30)",
            "hälso- och sjukvårdslagen (2017:30)",
            "HSL",
            ("hälso- och sjukvårdslagen", "hälso- och sjukvårdslag"),
            date(2017, 4, 1),
            amendments=(
                Amendment("2019:973", "'Landsting' becomes 'region'.", date(2020, 1, 1)),
                Amendment(
                    "2024:90",
                    "Current 16 kap. 3 § (mandatory agreements; in force per the SFS register "
                    "as reproduced by se-lex).",
                    date(2024, 4, 1),
                    V.VERIFIED_SEC,
                ),
                Amendment(
                    "2025:446", "References to socialtjänstlagen (2025:400).", None, V.VERIFIED_RD
                ),
                Amendment(
                    "2025:1399",
                    "New 16 a kap. on crisis and catastrophe; in-force dates not verified.",
                    None,
                    V.RECALLED,
                ),
            ),
        ),
        Statute(
            "2001:453",
            "Socialtjänstlag (2001:453)",
            "socialtjänstlagen (2001:453)",
            "SoL",
            ("socialtjänstlagen", "socialtjänstlag", "äldre socialtjänstlagen"),
            date(2002, 1, 1),
            repealed_on=date(2025, 7, 1),
            repealed_by="2025:400",
            amendments=(
                Amendment(
                    "2018:573",
                    "2 kap. 5 § refers to avtalssamverkan under KL 9 kap. 37 §.",
                    date(2018, 7, 1),
                    V.VERIFIED_PROP,
                ),
            ),
        ),
        Statute(
            "2025:400",
            "Socialtjänstlag (2025:400)",
            "socialtjänstlagen (2025:400)",
            "SoL",
            ("socialtjänstlagen", "socialtjänstlag"),
            date(2025, 7, 1),
            V.VERIFIED_RD,
        ),
        Statute(
            "1993:387",
            "Lag (1993:387) om stöd och service till vissa funktionshindrade",
            "lagen (1993:387) om stöd och service till vissa funktionshindrade",
            "LSS",
            ("lagen om stöd och service till vissa funktionshindrade",),
            date(1994, 1, 1),
            amendments=(Amendment("2019:883", "Current wording of 2 and 17 §§.", None),),
        ),
        Statute(
            "2010:800",
            "Skollag (2010:800)",
            "skollagen (2010:800)",
            "SkolL",
            ("skollagen", "skollag"),
            date(2010, 8, 1),
            amendments=(
                Amendment(
                    "2020:605",
                    "Current 21–23 kap.: 23 kap. on entreprenad and samverkan (applied in most "
                    "cases to education starting after 2021-06-30).",
                    date(2020, 8, 1),
                    V.VERIFIED_SEC,
                ),
                Amendment(
                    "2022:1089",
                    "Mandatory cooperation on gymnasieskola and komvux (2 kap. 2 a–2 b §§).",
                    date(2023, 7, 1),
                ),
                Amendment(
                    "2022:1315",
                    "'Särskola' school forms renamed 'anpassad'.",
                    date(2023, 7, 2),
                    V.RECALLED,
                ),
            ),
        ),
        Statute(
            "2010:1065",
            "Lag (2010:1065) om kollektivtrafik",
            "lagen (2010:1065) om kollektivtrafik",
            "KTL",
            ("kollektivtrafiklagen", "lagen om kollektivtrafik"),
            date(2012, 1, 1),
            amendments=(Amendment("2019:950", "Current wording of 2 kap.", None),),
        ),
        Statute(
            "2010:630",
            "Lag (2010:630) om regionalt utvecklingsansvar",
            "lagen (2010:630) om regionalt utvecklingsansvar",
            "RUA",
            ("lagen om regionalt utvecklingsansvar",),
            date(2011, 1, 1),
            amendments=(
                Amendment(
                    "2018:1348",
                    "Every landsting holds the duty; the title loses 'i vissa län' and lag "
                    "(2002:34) om samverkansorgan i länen is repealed (prop. 2017/18:206).",
                    date(2019, 1, 1),
                    V.VERIFIED_PROP,
                ),
                Amendment("2019:944", "'Landsting' becomes 'region'.", None, V.VERIFIED_RD),
                Amendment("2023:920", "Current wording.", None, V.VERIFIED_RD),
            ),
            former_titles=(
                FormerTitle(
                    "Lag (2010:630) om regionalt utvecklingsansvar i vissa län",
                    "lagen (2010:630) om regionalt utvecklingsansvar i vissa län",
                    date(2018, 12, 31),
                    V.VERIFIED_PROP,
                ),
            ),
        ),
        Statute(
            "2003:778",
            "Lag (2003:778) om skydd mot olyckor",
            "lagen (2003:778) om skydd mot olyckor",
            "LSO",
            ("lagen om skydd mot olyckor",),
            date(2004, 1, 1),
            amendments=(
                Amendment(
                    "2020:882",
                    "Staff, räddningschef and command system (3 kap. 15–16 b §§); new "
                    "handlingsprogram due by 2022-01-01.",
                    date(2021, 1, 1),
                    V.VERIFIED_PROP,
                ),
            ),
        ),
        Statute(
            "2010:900",
            "Plan- och bygglag (2010:900)",
            "plan- och bygglagen (2010:900)",
            "PBL",
            ("plan- och bygglagen", "plan- och bygglag"),
            date(2011, 5, 2),
            amendments=(
                Amendment(
                    "2018:578",
                    "Extra delegation limits in 12 kap. 6 §, also under KL 9:30 and 9:37.",
                    date(2018, 7, 1),
                    V.VERIFIED_PROP,
                ),
                Amendment(
                    "2018:1732",
                    "Regional physical planning (7 kap.) by the landsting in Stockholms and "
                    "Skåne län (prop. 2017/18:266 names the two counties; the date is "
                    "recalled).",
                    date(2019, 1, 1),
                    V.RECALLED,
                ),
            ),
        ),
        Statute(
            "1998:808",
            "Miljöbalk (1998:808)",
            "miljöbalken",
            "MB",
            ("miljöbalken", "miljöbalk"),
            date(1999, 1, 1),
            amendments=(Amendment("2017:782", "Current 26 kap. 3 §.", None),),
        ),
        Statute(
            "2017:612",
            "Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård",
            "lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård",
            "2017:612",
            (
                "lagen om samverkan vid utskrivning från sluten hälso- och sjukvård",
                "utskrivningslagen",
            ),
            date(2018, 1, 1),
            amendments=(
                Amendment("2019:979", "'Landsting' becomes 'region'.", None),
                Amendment("2025:449", "Current 5 kap. 2 §.", None, V.VERIFIED_RD),
            ),
        ),
        Statute(
            "2016:1145",
            "Lag (2016:1145) om offentlig upphandling",
            "lagen (2016:1145) om offentlig upphandling",
            "LOU",
            ("lagen om offentlig upphandling",),
            date(2017, 1, 1),
            amendments=(
                Amendment(
                    "2017:770",
                    "3 kap. 11–15 §§ refer to KL (2017:725) and cover gemensam nämnd.",
                    date(2018, 1, 1),
                    V.RECALLED,
                ),
            ),
        ),
        Statute(
            "2006:544",
            "Lag (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära "
            "händelser i fredstid och höjd beredskap",
            "lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära "
            "händelser i fredstid och höjd beredskap",
            "2006:544",
            ("LEH", "lagen om extraordinära händelser"),
            date(2006, 6, 30),
        ),
        Statute(
            "2022:629",
            "Lag (2022:629) om proportionella val i kommuner och regioner",
            "lagen (2022:629) om proportionella val i kommuner och regioner",
            "2022:629",
            ("lagen om proportionella val i kommuner och regioner",),
            date(2022, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "1985:125",
            "Tandvårdslag (1985:125)",
            "tandvårdslagen (1985:125)",
            "TandvL",
            ("tandvårdslagen", "tandvårdslag"),
            date(1986, 1, 1),
            V.VERIFIED_SEC,
            amendments=(
                Amendment(
                    "2019:860",
                    "Current wording of 5 § ('Varje region ska erbjuda en god tandvård').",
                    date(2020, 1, 1),
                    V.VERIFIED_SEC,
                ),
            ),
        ),
        Statute(
            "1991:1128",
            "Lag (1991:1128) om psykiatrisk tvångsvård",
            "lagen (1991:1128) om psykiatrisk tvångsvård",
            "LPT",
            ("lagen om psykiatrisk tvångsvård",),
            date(1992, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "1991:1129",
            "Lag (1991:1129) om rättspsykiatrisk vård",
            "lagen (1991:1129) om rättspsykiatrisk vård",
            "LRV",
            ("lagen om rättspsykiatrisk vård",),
            date(1992, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "2004:168",
            "Smittskyddslag (2004:168)",
            "smittskyddslagen (2004:168)",
            "SmL",
            ("smittskyddslagen", "smittskyddslag"),
            date(2004, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "1988:870",
            "Lag (1988:870) om vård av missbrukare i vissa fall",
            "lagen (1988:870) om vård av missbrukare i vissa fall",
            "LVM",
            ("lagen om vård av missbrukare i vissa fall",),
            date(1989, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "1990:52",
            "Lag (1990:52) med särskilda bestämmelser om vård av unga",
            "lagen (1990:52) med särskilda bestämmelser om vård av unga",
            "LVU",
            ("lagen med särskilda bestämmelser om vård av unga",),
            date(1990, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "2017:372",
            "Lag (2017:372) om stöd vid klagomål mot hälso- och sjukvården",
            "lagen (2017:372) om stöd vid klagomål mot hälso- och sjukvården",
            "2017:372",
            ("lagen om stöd vid klagomål mot hälso- och sjukvården", "patientnämndslagen"),
            date(2018, 1, 1),
            V.RECALLED,
            amendments=(
                Amendment(
                    "2019:976",
                    "'Landsting' becomes 'region' in 1 and 3–6 §§.",
                    None,
                    V.VERIFIED_SFS,
                ),
            ),
        ),
        Statute(
            "2006:412",
            "Lag (2006:412) om allmänna vattentjänster",
            "lagen (2006:412) om allmänna vattentjänster",
            "LAV",
            ("vattentjänstlagen", "lagen om allmänna vattentjänster"),
            date(2007, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "2013:801",
            "Bibliotekslag (2013:801)",
            "bibliotekslagen (2013:801)",
            "BiblL",
            ("bibliotekslagen", "bibliotekslag"),
            date(2014, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "1997:736",
            "Lag (1997:736) om färdtjänst",
            "lagen (1997:736) om färdtjänst",
            "1997:736",
            ("färdtjänstlagen", "lagen om färdtjänst"),
            date(1998, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "1997:735",
            "Lag (1997:735) om riksfärdtjänst",
            "lagen (1997:735) om riksfärdtjänst",
            "1997:735",
            ("lagen om riksfärdtjänst",),
            date(1998, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "2003:1210",
            "Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser",
            "lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser",
            "Finsam",
            ("lagen om finansiell samordning av rehabiliteringsinsatser", "Finsamlagen"),
            # RK text (rkrattsbaser.gov.se, consolidated up to SFS 2023:644): "Ikraft:
            # 2004-01-01".
            date(2004, 1, 1),
            V.VERIFIED_RK,
            amendments=(
                Amendment(
                    "2007:411",
                    "Arbetsförmedlingen replaces the länsarbetsnämnd as member (3 §; lagen.nu's "
                    "copy of the RK text of that version: in force 2008-01-01).",
                    date(2008, 1, 1),
                    V.VERIFIED_SEC,
                ),
                Amendment(
                    "2019:914",
                    "'Landsting' becomes 'region': current wording of 1, 3, 5, 5 a, 9 and 25 §§. "
                    "The day is that of the renaming package (prop. 2018/19:162); the "
                    "amending act itself was not read.",
                    date(2020, 1, 1),
                    V.RECALLED,
                ),
                Amendment(
                    "2023:644",
                    "Current wording of 21 § (no borgen; only ordinary credits).",
                    None,
                    V.VERIFIED_RK,
                ),
            ),
        ),
        Statute(
            "2006:804",
            "Livsmedelslag (2006:804)",
            "livsmedelslagen (2006:804)",
            "LivsmL",
            ("livsmedelslagen", "livsmedelslag"),
            date(2006, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "2010:1622",
            "Alkohollag (2010:1622)",
            "alkohollagen (2010:1622)",
            "AlkL",
            ("alkohollagen", "alkohollag"),
            date(2011, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "2018:2088",
            "Lag (2018:2088) om tobak och liknande produkter",
            "lagen (2018:2088) om tobak och liknande produkter",
            "LTLP",
            ("lagen om tobak och liknande produkter", "tobakslagen"),
            date(2019, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "2010:1011",
            "Lag (2010:1011) om brandfarliga och explosiva varor",
            "lagen (2010:1011) om brandfarliga och explosiva varor",
            "LBE",
            ("lagen om brandfarliga och explosiva varor",),
            date(2010, 8, 1),
            V.RECALLED,
        ),
        Statute(
            "2013:866",
            "Lag (2013:866) om kommunernas bostadsförsörjningsansvar",
            "lagen (2013:866) om kommunernas bostadsförsörjningsansvar",
            "2013:866",
            ("lagen om kommunernas bostadsförsörjningsansvar",),
            date(2014, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "2018:222",
            "Lag (2018:222) om bostadsanpassningsbidrag",
            "lagen (2018:222) om bostadsanpassningsbidrag",
            "2018:222",
            ("lagen om bostadsanpassningsbidrag",),
            date(2018, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "1990:782",
            "Arkivlag (1990:782)",
            "arkivlagen (1990:782)",
            "ArkL",
            ("arkivlagen", "arkivlag"),
            date(1991, 7, 1),
            V.RECALLED,
        ),
        Statute(
            "1995:1393",
            "Lag (1995:1393) om kommunal lantmäterimyndighet",
            "lagen (1995:1393) om kommunal lantmäterimyndighet",
            "1995:1393",
            ("lagen om kommunal lantmäterimyndighet",),
            date(1996, 1, 1),
            V.RECALLED,
        ),
        Statute(
            "1974:152",
            "Regeringsform (1974:152)",
            "regeringsformen",
            "RF",
            ("regeringsformen",),
            date(1975, 1, 1),
            V.RECALLED,
        ),
    ]
)


def statute(sfs: str) -> Statute:
    """The bundled act with SFS number ``sfs``."""
    return CATALOGUE.get(sfs)


def statute_named(name: str, on: date | None = None) -> Statute:
    """The bundled act called ``name`` on ``on`` (see :meth:`StatuteCatalogue.named`)."""
    return CATALOGUE.named(name, on)
