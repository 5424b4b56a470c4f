"""Dated legal facts: every in-force date and amendment the rules and the competence
catalogue use, each written once with where it comes from.

An act's entry into force and the dates of the amendments that matter are recorded in the
statute catalogue (:mod:`samverkan.law.statutes`); this module gives them names, so that a
rule says ``valid_from=AVTALSSAMVERKAN`` and the date itself is written in one place. A
:class:`LegalDate` is a :class:`datetime.date` that also knows its source (the SFS number
of the act or amendment, or the bill) and how well the date has been verified.

>>> AVTALSSAMVERKAN, AVTALSSAMVERKAN.source
(LegalDate(2018, 7, 1), 'SFS 2018:569')
>>> KL_2017.isoformat(), KL_1991_LAST_DAY.isoformat()
('2018-01-01', '2017-12-31')
>>> KL_2017.verification.value
'verified-rk'
"""

from __future__ import annotations

from datetime import date, timedelta

from samverkan.law.statutes import CATALOGUE
from samverkan.law.verification import Verification

__all__ = [
    "ALCOHOL_ACT_2011",
    "APBL_1987",
    "APBL_1987_LAST_DAY",
    "ARCHIVES_1991",
    "AVTALSSAMVERKAN",
    "AVTALSSAMVERKAN_EVE",
    "CADASTRAL_1996",
    "CARE_AND_WELFARE_ACT",
    "DISCHARGE_ACT_2018",
    "FARDTJANST_1998",
    "FB_ELIGIBILITY_2018",
    "FB_JOINT_OVERFORMYNDARE",
    "FINSAM_2004",
    "FINSAM_REGIONS",
    "FLAMMABLE_GOODS_2010",
    "FOOD_ACT_2006",
    "HOUSING_ADAPTATION_2018",
    "HOUSING_SUPPLY_2014",
    "HSL_1983",
    "HSL_1983_LAST_DAY",
    "HSL_2017",
    "HSL_MANDATORY_AGREEMENTS_2024",
    "KFL_1985",
    "KFL_1985_LAST_DAY",
    "KFL_1985_TRANSITION_END",
    "KL_1977",
    "KL_1977_LAST_DAY",
    "KL_1991",
    "KL_1991_FEDERATION",
    "KL_1991_JOINT_COMMITTEE",
    "KL_1991_LAST_DAY",
    "KL_2017",
    "KL_AUTOMATED_DECISIONS",
    "KL_PROPORTIONAL_ELECTIONS_1992_LAST_DAY",
    "KL_PROPORTIONAL_ELECTIONS_2022",
    "KOMBEF_2009",
    "KTL_2012",
    "LEH_2006",
    "LIBRARIES_2014",
    "LOU_2017",
    "LPT_1992",
    "LRV_1992",
    "LSO_2004",
    "LSO_2020_882",
    "LSS_1994",
    "LVM_1989",
    "LVU_1990",
    "MB_1999",
    "PATIENT_BOARDS_2018",
    "PBL_2011",
    "PBL_2018_578",
    "PBL_REGIONAL_PLANNING",
    "PBL_REGIONAL_PLANNING_HALLAND",
    "REGION_RENAMING",
    "RIKSFARDTJANST_1998",
    "RTJL_1987",
    "RTJL_1987_LAST_DAY",
    "RUA_2011",
    "RUA_ALL_COUNTIES",
    "RUA_FOUR_COUNTIES_2017",
    "RUA_IN_CERTAIN_COUNTIES_LAST_DAY",
    "SAMVERKANSORGAN_LAST_DAY",
    "SAMVERKANSORGAN_START",
    "SKOLL_23_2020",
    "SKOLL_1986",
    "SKOLL_1986_LAST_DAY",
    "SKOLL_2010",
    "SKOLL_PRIMARY_COOPERATION",
    "SKOLL_PRIMARY_COOPERATION_APPLIED",
    "SMITTSKYDD_2004",
    "SOL_1982",
    "SOL_1982_LAST_DAY",
    "SOL_2001_LAST_DAY",
    "SOL_2002",
    "SOL_2025",
    "TANDVARD_1986",
    "TOBACCO_ACT_2019",
    "WATER_SERVICES_2007",
    "LegalDate",
    "amendment_date",
    "in_force_date",
]


class LegalDate(date):
    """A date the law sets, with its source and how well it has been verified.

    It compares, sorts and formats as the plain :class:`~datetime.date` it is.
    """

    __slots__ = ("source", "verification")

    source: str
    verification: Verification

    def __new__(
        cls, day: date, source: str, verification: Verification = Verification.VERIFIED_RK
    ) -> LegalDate:
        """The date ``day``, set by ``source`` and verified as ``verification`` says."""
        made = super().__new__(cls, day.year, day.month, day.day)
        made.source = source
        made.verification = verification
        return made

    def __repr__(self) -> str:
        return f"LegalDate({self.year}, {self.month}, {self.day})"

    def __reduce__(self) -> tuple[object, ...]:
        return (LegalDate, (date(self.year, self.month, self.day), self.source, self.verification))


def in_force_date(sfs: str) -> LegalDate:
    """The day the act ``sfs`` of the bundled catalogue entered into force."""
    act = CATALOGUE.get(sfs)
    if act.in_force is None:
        raise ValueError(f"the catalogue records no entry into force for SFS {sfs}")
    return LegalDate(act.in_force, f"SFS {sfs}", act.in_force_verification)


def amendment_date(sfs: str, amending: str) -> LegalDate:
    """The day the amendment ``amending`` to the act ``sfs`` entered into force."""
    for item in CATALOGUE.get(sfs).amendments:
        if item.sfs == amending:
            if item.in_force is None:
                raise ValueError(f"the catalogue records no in-force date for SFS {amending}")
            return LegalDate(item.in_force, f"SFS {amending}", item.verification)
    raise ValueError(f"SFS {amending} is not recorded as an amendment to SFS {sfs}")


def _last_day_of(sfs: str) -> LegalDate:
    act = CATALOGUE.get(sfs)
    if act.repealed_on is None:
        raise ValueError(f"SFS {sfs} is not recorded as repealed")
    repealing = act.repealed_by or ""
    verification = (
        CATALOGUE.get(repealing).in_force_verification
        if repealing in CATALOGUE
        else act.in_force_verification
    )
    return LegalDate(act.repealed_on - timedelta(days=1), f"SFS {repealing}", verification)


# -- Kommunallagen -----------------------------------------------------------------------------

#: Kommunallag (2017:725) entered into force.
KL_2017 = in_force_date("2017:725")
#: Avtalssamverkan (KL 9:37–38) and the styrelse's oversight of it (SFS 2018:569).
AVTALSSAMVERKAN = amendment_date("2017:725", "2018:569")
#: The last day before avtalssamverkan: special-act agreements (miljöbalken 26 kap. 7 §,
#: livsmedelslagen 14 §) carried cooperation by agreement until then.
AVTALSSAMVERKAN_EVE = LegalDate(
    date(2018, 6, 30), AVTALSSAMVERKAN.source, AVTALSSAMVERKAN.verification
)
#: "Landsting" became "region" throughout the statute book (SFS 2019:835).
REGION_RENAMING = amendment_date("2017:725", "2019:835")
#: Delegation to an automated decision function (KL 6:37–38) and proportional elections
#: under lag (2022:629) (KL 9:8) (SFS 2022:638).
KL_AUTOMATED_DECISIONS = amendment_date("2017:725", "2022:638")
#: Kommunallag (1991:900) entered into force.
KL_1991 = in_force_date("1991:900")
#: The last day Kommunallag (1991:900) applied.
KL_1991_LAST_DAY = _last_day_of("1991:900")
#: The joint committee of KL (1991:900) 3 kap. 3 a–3 c §§ (prop. 1996/97:105).
KL_1991_JOINT_COMMITTEE = LegalDate(
    date(1997, 8, 1), "prop. 1996/97:105", Verification.VERIFIED_PROP
)
#: The kommunalförbund of KL (1991:900) 3 kap. 20–28 §§ (SFS 1997:550).
KL_1991_FEDERATION = LegalDate(date(1998, 1, 1), "SFS 1997:550", Verification.VERIFIED_PROP)
#: Kommunallag (1977:179) entered into force (lag 1977:180 1 §, RK text).
KL_1977 = in_force_date("1977:179")
#: The last day Kommunallag (1977:179) applied.
KL_1977_LAST_DAY = _last_day_of("1977:179")
#: Kommunalförbundslag (1985:894) entered into force.
KFL_1985 = in_force_date("1985:894")
#: The last day Kommunalförbundslag (1985:894) applied to new federations.
KFL_1985_LAST_DAY = _last_day_of("1985:894")
#: The last day a federation formed before 1998 could keep the rules of 1985:894
#: (transitional provisions to SFS 1997:550).
KFL_1985_TRANSITION_END = LegalDate(date(2002, 12, 31), "SFS 1997:550", Verification.VERIFIED_PROP)

# -- Special acts --------------------------------------------------------------------------------

#: Lag (2003:192) om gemensam nämnd inom vård- och omsorgsområdet entered into force.
CARE_AND_WELFARE_ACT = in_force_date("2003:192")
#: Lag (2009:47) om vissa kommunala befogenheter entered into force.
KOMBEF_2009 = in_force_date("2009:47")
#: Hälso- och sjukvårdslag (2017:30) entered into force.
HSL_2017 = in_force_date("2017:30")
#: Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård entered into
#: force.
DISCHARGE_ACT_2018 = in_force_date("2017:612")
#: The current wording of HSL 16 kap. 3 § on the mandatory region–kommun överenskommelse
#: (SFS 2024:90).
HSL_MANDATORY_AGREEMENTS_2024 = amendment_date("2017:30", "2024:90")
#: Socialtjänstlag (2001:453) entered into force.
SOL_2002 = in_force_date("2001:453")
#: Socialtjänstlag (2025:400) entered into force.
SOL_2025 = in_force_date("2025:400")
#: Skollag (2010:800) entered into force.
SKOLL_2010 = in_force_date("2010:800")
#: The current 23 kap. skollagen on entreprenad and samverkan (SFS 2020:605).
SKOLL_23_2020 = amendment_date("2010:800", "2020:605")
#: The primärt samverkansavtal of skollagen 2 kap. 2 a–2 b §§ (SFS 2022:1089).
SKOLL_PRIMARY_COOPERATION = amendment_date("2010:800", "2022:1089")
#: The day 2 kap. 2 a–2 b §§ skollagen apply to both gymnasieskola and komvux: the
#: transitional provisions to SFS 2022:1089 apply them first to komvux starting after
#: 2024-12-31 and to gymnasieskola starting after 2025-06-30 (Skolverket, citing the
#: provisions and prop. 2021/22:159; the provisions themselves were not read).
SKOLL_PRIMARY_COOPERATION_APPLIED = LegalDate(
    date(2025, 7, 1), "SFS 2022:1089", Verification.VERIFIED_SEC
)
#: Lag (2010:1065) om kollektivtrafik entered into force.
KTL_2012 = in_force_date("2010:1065")
#: Lag (2003:778) om skydd mot olyckor entered into force.
LSO_2004 = in_force_date("2003:778")
#: The räddningschef's duties and the limit on his uppdrag in LSO 3:16 (SFS 2020:882).
LSO_2020_882 = amendment_date("2003:778", "2020:882")
#: The last day Socialtjänstlag (2001:453) applied.
SOL_2001_LAST_DAY = _last_day_of("2001:453")
#: Socialtjänstlag (1980:620): in force 1982-01-01 (recalled), repealed 2002-01-01 (SFS
#: 2001:453; lagen.nu's copy of the RK text).
SOL_1982 = in_force_date("1980:620")
SOL_1982_LAST_DAY = _last_day_of("1980:620")
#: Hälso- och sjukvårdslag (1982:763): 1983-01-01 to 2017-03-31 (notisum.se register).
HSL_1983 = in_force_date("1982:763")
HSL_1983_LAST_DAY = _last_day_of("1982:763")
#: Skollag (1985:1100): 1986-07-01 (lag 1985:1101 1 §, RK text) to 2010-07-31.
SKOLL_1986 = in_force_date("1985:1100")
SKOLL_1986_LAST_DAY = _last_day_of("1985:1100")
#: Plan- och bygglag (1987:10): 1987-07-01 to 2011-05-01 (notisum.se register).
APBL_1987 = in_force_date("1987:10")
APBL_1987_LAST_DAY = _last_day_of("1987:10")
#: Räddningstjänstlag (1986:1102): 1987-01-01 (lagen.nu, RK) to 2003-12-31 (SFS 2003:778).
RTJL_1987 = in_force_date("1986:1102")
RTJL_1987_LAST_DAY = _last_day_of("1986:1102")
#: Lag (2010:630) om regionalt utvecklingsansvar i vissa län entered into force.
RUA_2011 = in_force_date("2010:630")
#: Landstingen in Uppsala, Västmanlands, Västernorrlands and Norrbottens län took over the
#: regional development duty (prop. 2015/16:176).
RUA_FOUR_COUNTIES_2017 = LegalDate(
    date(2017, 1, 1), "prop. 2015/16:176", Verification.VERIFIED_PROP
)
#: Every landsting holds the regional development duty (SFS 2018:1348, prop. 2017/18:206).
RUA_ALL_COUNTIES = amendment_date("2010:630", "2018:1348")
#: The last day the act was "… i vissa län" and covered only the listed landsting.
RUA_IN_CERTAIN_COUNTIES_LAST_DAY = LegalDate(
    date.fromordinal(RUA_ALL_COUNTIES.toordinal() - 1),
    "SFS 2018:1348",
    RUA_ALL_COUNTIES.verification,
)
#: Lag (1993:387) om stöd och service till vissa funktionshindrade entered into force.
LSS_1994 = in_force_date("1993:387")
#: Miljöbalk (1998:808) entered into force.
MB_1999 = in_force_date("1998:808")
#: Lag (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser
#: i fredstid och höjd beredskap entered into force.
LEH_2006 = in_force_date("2006:544")
#: Lag (2006:412) om allmänna vattentjänster entered into force.
WATER_SERVICES_2007 = in_force_date("2006:412")
#: Bibliotekslag (2013:801) entered into force.
LIBRARIES_2014 = in_force_date("2013:801")
#: Lag (1997:736) om färdtjänst entered into force.
FARDTJANST_1998 = in_force_date("1997:736")
#: Lag (1997:735) om riksfärdtjänst entered into force.
RIKSFARDTJANST_1998 = in_force_date("1997:735")
#: Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser entered into force.
FINSAM_2004 = in_force_date("2003:1210")
#: The current wording of lag (2003:1210) 3, 5, 9 and 25 §§, with 'region' for 'landsting'
#: (SFS 2019:914).
FINSAM_REGIONS = amendment_date("2003:1210", "2019:914")
#: Tandvårdslag (1985:125) entered into force.
TANDVARD_1986 = in_force_date("1985:125")
#: Lag (1991:1128) om psykiatrisk tvångsvård entered into force.
LPT_1992 = in_force_date("1991:1128")
#: Lag (1991:1129) om rättspsykiatrisk vård entered into force.
LRV_1992 = in_force_date("1991:1129")
#: Smittskyddslag (2004:168) entered into force.
SMITTSKYDD_2004 = in_force_date("2004:168")
#: Lag (1988:870) om vård av missbrukare i vissa fall entered into force.
LVM_1989 = in_force_date("1988:870")
#: Lag (1990:52) med särskilda bestämmelser om vård av unga entered into force.
LVU_1990 = in_force_date("1990:52")
#: Lag (2017:372) om stöd vid klagomål mot hälso- och sjukvården entered into force.
PATIENT_BOARDS_2018 = in_force_date("2017:372")
#: Plan- och bygglag (2010:900) entered into force.
PBL_2011 = in_force_date("2010:900")
#: The delegation limits of PBL 12:6, also under KL 9:30 and 9:37 (SFS 2018:578).
PBL_2018_578 = amendment_date("2010:900", "2018:578")
#: Regional physical planning (PBL 7 kap.) by the landsting in Stockholms and Skåne län
#: (SFS 2018:1732).
PBL_REGIONAL_PLANNING = amendment_date("2010:900", "2018:1732")
#: Hallands län added to regional physical planning (prop. 2021/22:184, bet. 2021/22:CU25).
PBL_REGIONAL_PLANNING_HALLAND = LegalDate(
    date(2023, 1, 1), "prop. 2021/22:184", Verification.VERIFIED_PROP
)
#: Lag (2016:1145) om offentlig upphandling entered into force.
LOU_2017 = in_force_date("2016:1145")
#: The joint överförmyndarnämnd of FB 19:16 (SFS 2006:557).
FB_JOINT_OVERFORMYNDARE = amendment_date("1949:381", "2006:557")
#: The current wording of FB 19:8 on who may sit in an överförmyndarnämnd (SFS 2018:412).
FB_ELIGIBILITY_2018 = amendment_date("1949:381", "2018:412")

# -- Samverkansorgan (lag 2002:34) ----------------------------------------------------------

#: The first day samverkan applies lag (2002:34). The year is from the Riksdag's summary of
#: bet. 2001/02:KU7 (riksdagen.se: samverkansorgan "fr.o.m. år 2003" in every county); the
#: day is recalled, and the act's own entry into force (issued 2002-02-07) was not read.
SAMVERKANSORGAN_START = LegalDate(date(2003, 1, 1), "SFS 2002:34", Verification.RECALLED)
#: The last day of lag (2002:34), repealed with the regional development reform from
#: 2019-01-01 (prop. 2017/18:206).
SAMVERKANSORGAN_LAST_DAY = LegalDate(
    date(2018, 12, 31), "prop. 2017/18:206", Verification.VERIFIED_PROP
)
#: Livsmedelslag (2006:804) entered into force.
FOOD_ACT_2006 = in_force_date("2006:804")
#: Alkohollag (2010:1622) entered into force.
ALCOHOL_ACT_2011 = in_force_date("2010:1622")
#: Lag (2018:2088) om tobak och liknande produkter entered into force.
TOBACCO_ACT_2019 = in_force_date("2018:2088")
#: Lag (2010:1011) om brandfarliga och explosiva varor entered into force.
FLAMMABLE_GOODS_2010 = in_force_date("2010:1011")
#: Lag (2013:866) om kommunernas bostadsförsörjningsansvar entered into force.
HOUSING_SUPPLY_2014 = in_force_date("2013:866")
#: Lag (2018:222) om bostadsanpassningsbidrag entered into force.
HOUSING_ADAPTATION_2018 = in_force_date("2018:222")
#: Arkivlag (1990:782) entered into force.
ARCHIVES_1991 = in_force_date("1990:782")
#: Lag (1995:1393) om kommunal lantmäterimyndighet entered into force.
CADASTRAL_1996 = in_force_date("1995:1393")
#: KL 9:8 refers to lag (2022:629) om proportionella val (SFS 2022:638).
KL_PROPORTIONAL_ELECTIONS_2022 = amendment_date("2017:725", "2022:638")
#: The last day KL 9:8 referred to lag (1992:339) om proportionellt valsätt (recalled: the
#: wording before SFS 2022:638 was not read).
KL_PROPORTIONAL_ELECTIONS_1992_LAST_DAY = LegalDate(
    date.fromordinal(KL_PROPORTIONAL_ELECTIONS_2022.toordinal() - 1),
    "SFS 2022:638",
    Verification.RECALLED,
)
