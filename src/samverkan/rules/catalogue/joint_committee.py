"""Rules for the joint committee (*gemensam nämnd*, KL 9 kap. 19–36 §§), including the care
and welfare committee of lag (2003:192) and the joint överförmyndarnämnd of FB 19:16."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.competence import UnknownTaskAreaError
from samverkan.i18n import N_, T_, Listing, Localised, Translatable
from samverkan.law import Verification, parse_citation
from samverkan.model import (
    Body,
    DelegateKind,
    JointCommittee,
    JointCommitteeBasis,
    MatterCategory,
    Office,
    Participant,
    Task,
)
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import (
    membership_findings,
    region_term,
    regions_term,
    the_region_term,
)
from samverkan.rules.registry import rule
from samverkan.rules.representation import (
    Representation,
    appointment_findings,
    representation_findings,
)

#: Kommunallag (2017:725) entered into force.
KL_2017 = date(2018, 1, 1)


@rule(
    "KL-9-19-parties",
    applies_to=JointCommittee,
    cites=("KL 3:9", "KL 9:19"),
    valid_from=KL_2017,
)
def parties_are_municipalities_and_regions(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Only municipalities and regions may share a joint committee, and at least two of them.

    A fullmäktige may decide that a nämnd is to be joint with another municipality or region
    (KL 3:9, 9:19); any mix of the two levels is allowed. A kommunalförbund, a company or a
    state agency cannot be a party. The same party listed twice is reported too.

    Does not check: whether each party's fullmäktige has decided to take part (see the
    adoption rules), nor the narrower circles of lag (2003:192) and FB 19:16, which have rules
    of their own.
    """
    yield from membership_findings(
        ctx,
        committee.parties,
        field="parties",
        placeholder="participant",
        not_a_party=N_(
            "{participant} kan inte vara part i en gemensam nämnd: bara kommuner och "
            "{regions} kan samverka i den formen."
        ),
        listed_twice=N_("{participant} står mer än en gång bland parterna."),
        too_few=N_("En gemensam nämnd behöver minst två samverkande parter; {count} anges."),
    )


@rule(
    "KL-9-20-host",
    applies_to=JointCommittee,
    cites=("KL 9:20",),
    valid_from=KL_2017,
)
def host_is_a_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee sits in one of the cooperating parties and belongs to its organisation.

    A joint committee is not a legal person: it is set up in one of the cooperating
    municipalities or regions (in practice the *värdkommun* or *värdregion*) and forms part of
    that party's organisation (KL 9:20). The host must therefore be one of the parties.

    Does not check: whether the host's fullmäktige has decided to host the committee, nor where
    the committee's staff are employed.
    """
    if committee.host not in committee.parties:
        yield ctx.finding(
            N_("Värdparten {host} är inte en av nämndens samverkande parter."),
            path="$.host",
            host=committee.host,
        )


@rule(
    "KL-9-24-representation",
    applies_to=JointCommittee,
    cites=("KL 9:24",),
    valid_from=KL_2017,
)
def every_party_represented(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Each party elects at least one ledamot and one ersättare, and as many ersättare as ledamöter.

    The members and substitutes of a joint committee are elected by the fullmäktige of each
    cooperating party; every party is represented by at least one ledamot and one ersättare,
    and the number of ersättare equals the number of ledamöter (KL 9:24). The equal-number
    requirement is applied per party, which satisfies both readings of the provision.

    Does not check: who is elected or whether they are eligible, who elects the chair (KL 9
    kap. is silent; see KL 6:21 via 9:23), and seats whose term has not started. When the
    committee lists no seats at all, the rule says so once as information instead of reporting
    every party.
    """
    if not committee.seats:
        yield ctx.finding(
            N_("Nämndens platser anges inte; representationen har inte prövats."),
            path="$.seats",
            severity=Severity.INFO,
        )
        return
    for index, party in enumerate(committee.parties):
        yield from representation_findings(
            ctx,
            Representation.of(committee.seats, party),
            path=f"$.parties[{index}]",
            lacks_member=N_(
                "{party} saknar ledamot i nämnden (ledamöter: {members}, ersättare: {substitutes})."
            ),
            lacks_substitute=N_(
                "{party} saknar ersättare i nämnden (ledamöter: {members}, ersättare: "
                "{substitutes})."
            ),
            unbalanced=N_(
                "{party} har {substitutes} ersättare men {members} ledamöter; antalet "
                "ersättare ska vara lika stort som antalet ledamöter."
            ),
            party=party,
        )
    yield from appointment_findings(
        ctx,
        committee.seats,
        committee.parties,
        not_a_party=N_("Platsen tillsätts av {party}, som inte är part i nämnden."),
        not_fullmaktige=N_(
            "Platsen tillsätts av {body} i {party}; ledamöter och ersättare väljs av fullmäktige."
        ),
    )


# -- Helpers ---------------------------------------------------------------------------------

#: KL 6:38 2 st. (automated decision functions) entered into force (SFS 2022:638).
KL_6_38_2_START = date(2022, 7, 1)
#: Lag (2003:192) om gemensam nämnd inom vård- och omsorgsområdet entered into force.
CARE_AND_WELFARE_START = date(2003, 7, 1)

_KL_9_21_2 = parse_citation("KL 9:21 2 st.", on=KL_2017)
_KL_9_31 = parse_citation("KL 9:31", on=KL_2017)
_KL_6_38_1 = parse_citation("KL 6:38 1 st.", on=KL_2017)
_KL_6_38_2 = parse_citation("KL 6:38 2 st.", on=KL_6_38_2_START)
_GN_VO_1 = parse_citation("2003:192 1 §", on=CARE_AND_WELFARE_START)
_GN_VO_2 = parse_citation("2003:192 2 §", on=CARE_AND_WELFARE_START)
_FB_19_16 = parse_citation("FB 19:16", on=KL_2017)

#: KL 6:38 1 st. 1–5: matters whose decision-making power may not be delegated at all.
NON_DELEGABLE: frozenset[MatterCategory] = frozenset(
    {
        MatterCategory.GOALS_AND_QUALITY,
        MatterCategory.SUBMISSION_TO_FULLMAKTIGE,
        MatterCategory.MAJOR_AUTHORITY,
        MatterCategory.CITIZEN_PROPOSAL,
        MatterCategory.NON_DELEGABLE_BY_LAW,
    }
)
#: KL 6:38 2 st. 1–4: matters that may not be delegated to an automated decision function.
NOT_AUTOMATABLE: frozenset[MatterCategory] = frozenset(
    {
        MatterCategory.APPEALABLE,
        MatterCategory.NOT_APPEALABLE_BY_LAW,
        MatterCategory.PROCUREMENT,
        MatterCategory.CHOICE_SYSTEM,
    }
)
#: Id prefixes of the task areas under the acts lag (2003:192) 1 § names (HSL, SoL, LSS).
CARE_AND_WELFARE_PREFIXES = ("hsl.", "sol.", "lss.")
#: The task area of an överförmyndare or överförmyndarnämnd (FB 19 kap.).
GUARDIANSHIP_AREA = "fb.guardianship"


def _categories(categories: frozenset[MatterCategory]) -> Listing:
    return Listing(Translatable(value) for value in sorted(c.value for c in categories))


# -- KL 9:21 ---------------------------------------------------------------------------------


@rule(
    "KL-9-21-tasks",
    applies_to=JointCommittee,
    cites=("KL 9:21",),
    valid_from=KL_2017,
)
def tasks_a_joint_committee_may_fulfil(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Any nämnd task may be made joint, statutory ones too, but not the board's höjd beredskap.

    Municipalities and regions may fulfil through a joint committee the tasks for which
    fullmäktige sets up nämnder, and also tasks that law requires a nämnd for in every kommun
    or region, such as the byggnadsnämnd or socialnämnd (KL 9:21). The exception is the tasks
    the kommunstyrelse or regionstyrelse has at höjd beredskap under lag (2006:544), which may
    not be given to a joint committee (9:21 2 st.). A task whose area the catalogue marks as
    barred is an error; a statutory committee fulfilled jointly is noted as information. A task
    area the catalogue does not know is an error, with the closest known ids suggested.

    Does not check: whether a task is a nämnd task at all (rather than one reserved to
    fullmäktige under KL 5:1), nor peacetime preparedness work under lag (2006:544) that is
    not the styrelse's own task; it relies on the catalogue's ``statutory_committee`` and
    ``joint_committee_barred`` marks, so an area an application adds without them is treated
    as an ordinary nämnd task. Competence of each party is a separate rule.
    """
    for index, task in enumerate(committee.tasks):
        try:
            area = ctx.context.competence.get(task.area)
        except UnknownTaskAreaError as problem:
            path = f"$.tasks[{index}].area"
            facts = {"suggestions": list(problem.suggestions)}
            if problem.suggestions:
                yield ctx.finding(
                    N_("Okänt verksamhetsområde {area}; menade du {suggestions}?"),
                    path=path,
                    facts=facts,
                    area=task.area,
                    suggestions=", ".join(problem.suggestions),
                )
            else:
                yield ctx.finding(
                    N_("Okänt verksamhetsområde {area}."),
                    path=path,
                    facts=facts,
                    area=task.area,
                )
            continue
        if area.joint_committee_barred is not None:
            yield ctx.finding(
                N_(
                    "{name} ({area}) hör till styrelsens uppgifter vid höjd beredskap och får "
                    "inte fullgöras av en gemensam nämnd."
                ),
                path=f"$.tasks[{index}]",
                citations=(area.joint_committee_barred,),
                facts={"barred_by": area.joint_committee_barred.short()},
                name=Localised(area.name_sv, area.name_en),
                area=area.id,
            )
        elif area.statutory_committee is not None:
            yield ctx.finding(
                N_(
                    "Lag kräver en nämnd för {name} ({statute}); den gemensamma nämnden "
                    "fullgör den uppgiften för parterna, vilket KL 9:21 2 st. tillåter."
                ),
                path=f"$.tasks[{index}]",
                severity=Severity.INFO,
                citations=(_KL_9_21_2, area.statutory_committee),
                facts={"statutory_committee": area.statutory_committee.short()},
                name=Localised(area.name_sv, area.name_en),
                statute=area.statutory_committee.short(),
            )


# -- KL 9:22 ---------------------------------------------------------------------------------


@rule(
    "KL-9-22-agreement-tasks",
    applies_to=JointCommittee,
    cites=("KL 9:22",),
    valid_from=KL_2017,
)
def agreement_sets_out_tasks(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee's tasks are set out in an agreement (*överenskommelse*) between the parties.

    Before a joint committee is set up, the cooperating parties agree on the tasks it is to
    fulfil (KL 9:22). A committee without an agreement is an error, and so is a committee task
    whose area the agreement does not set out. The tasks are the only content the provision
    requires: cost sharing, term and exit are commonly written into the agreement but are not
    statutory content (the statutory cost rules are KL 9:25–26), so their absence is not
    reported.

    Does not check: which organ of each party entered into the agreement or whether every
    party signed it, whether the wording of a task is precise enough, nor tasks the agreement
    lists that the committee does not carry. When the agreement is recorded without its tasks,
    the rule says once that the tasks were not checked.
    """
    agreement = committee.agreement
    if agreement is None:
        yield ctx.finding(
            N_(
                "Det finns ingen överenskommelse mellan parterna; nämndens uppgifter ska anges "
                "i en överenskommelse."
            ),
            path="$.agreement",
        )
        return
    if not agreement.tasks:
        yield ctx.finding(
            N_("Överenskommelsens uppgifter anges inte; KL 9:22 har inte prövats."),
            path="$.agreement.tasks",
            severity=Severity.INFO,
        )
        return
    for index, task in enumerate(committee.tasks):
        if task.area not in agreement.tasks:
            yield ctx.finding(
                N_("Uppgiften {area} anges inte i överenskommelsen mellan parterna."),
                path=f"$.tasks[{index}]",
                facts={"agreement_tasks": list(agreement.tasks)},
                area=task.area,
            )


# -- KL 9:33 ---------------------------------------------------------------------------------


@rule(
    "KL-9-33-reglemente",
    applies_to=JointCommittee,
    cites=("KL 9:33",),
    valid_from=KL_2017,
)
def standing_rules_adopted_by_all(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The reglemente is adopted by the fullmäktige of every cooperating party.

    A joint committee's standing rules (*reglemente*) are adopted by the fullmäktige of each
    of the cooperating municipalities and regions, not only by the host (KL 9:33). A committee
    without a reglemente is an error, and so is every party whose fullmäktige has not adopted
    it; an adoption by another organ (the styrelse, a nämnd) does not count.

    Does not check: whether the parties adopted the same text, the dates of the decisions or
    whether they were taken before the committee started, nor the contents of the reglemente.
    Adoptions by organisations that are not parties are ignored.
    """
    standing_rules = committee.standing_rules
    if standing_rules is None:
        yield ctx.finding(
            N_(
                "Nämnden har inget reglemente; reglementet ska antas av fullmäktige i varje "
                "samverkande part."
            ),
            path="$.standing_rules",
        )
        return
    for index, party in enumerate(committee.parties):
        if standing_rules.adopted_by(party, Body.FULLMAKTIGE):
            continue
        other = [a.body.value for a in standing_rules.adoptions if a.party == party]
        if other:
            yield ctx.finding(
                N_(
                    "Reglementet har antagits av {body} i {party}, men det ska antas av "
                    "fullmäktige."
                ),
                path=f"$.parties[{index}]",
                facts={"adopted_by": other},
                party=party,
                body=Translatable(other[0]),
            )
        else:
            yield ctx.finding(
                N_("Reglementet har inte antagits av fullmäktige i {party}."),
                path=f"$.parties[{index}]",
                party=party,
            )


# -- KL 9:34–35 ------------------------------------------------------------------------------


def _every_party_listed(
    committee: JointCommittee,
    ctx: RuleContext,
    listed: tuple[Participant, ...],
    field_name: str,
    missing: str,
    stranger: str,
) -> Iterator[Finding]:
    if not listed:
        return
    for index, party in enumerate(committee.parties):
        if party not in listed:
            yield ctx.finding(missing, path=f"$.parties[{index}]", party=party)
    for index, participant in enumerate(listed):
        if participant not in committee.parties:
            yield ctx.finding(
                stranger, path=f"$.audit.{field_name}[{index}]", participant=participant
            )


@rule(
    "KL-9-34-audit",
    applies_to=JointCommittee,
    cites=("KL 9:34",),
    valid_from=KL_2017,
)
def audited_by_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee is audited by the revisorer of every cooperating party.

    A joint committee is examined by the elected auditors (*revisorer*) of each of the
    cooperating parties, not only by the host's (KL 9:34). When a proposal states who audits
    the committee, every party must be among them and no one else may be.

    Does not check: anything when the proposal does not state an audit arrangement (the law
    then applies by itself) or states no auditing parties; how the auditors of the parties
    coordinate their work, nor the audit's standard (KL 12 kap.).
    """
    if committee.audit is None:
        return
    yield from _every_party_listed(
        committee,
        ctx,
        committee.audit.auditing_parties,
        "auditing_parties",
        N_(
            "Revisorerna i {party} anges inte bland dem som granskar nämnden; revisorerna i "
            "varje samverkande part ska granska den."
        ),
        N_("{participant} anges bland dem som granskar nämnden men är inte part i den."),
    )


@rule(
    "KL-9-35-discharge",
    applies_to=JointCommittee,
    cites=("KL 9:35",),
    valid_from=KL_2017,
)
def discharged_by_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Ansvarsfrihet and anmärkning are decided by the fullmäktige of every cooperating party.

    The question of discharge (*ansvarsfrihet*) and formal censure (*anmärkning*) for the
    committee and its members is decided by the fullmäktige of each cooperating party (KL
    9:35). When a proposal states who decides on discharge, every party must be among them
    and no one else may be.

    Does not check: anything when the proposal does not state an audit arrangement (the law
    then applies by itself) or states no discharging parties; whether the parties reach the
    same decision, nor the consequences of a refusal.
    """
    if committee.audit is None:
        return
    yield from _every_party_listed(
        committee,
        ctx,
        committee.audit.discharging_parties,
        "discharging_parties",
        N_(
            "Fullmäktige i {party} anges inte bland dem som beslutar om ansvarsfrihet; "
            "fullmäktige i varje samverkande part ska pröva ansvarsfrihet och anmärkning."
        ),
        N_(
            "{participant} anges bland dem som beslutar om ansvarsfrihet men är inte part i "
            "nämnden."
        ),
    )


# -- Lag (2003:192) --------------------------------------------------------------------------


@rule(
    "GN-VO-2003-192",
    applies_to=JointCommittee,
    cites=("2003:192 1 §", "2003:192 2 §", "2003:192 3 §"),
    valid_from=CARE_AND_WELFARE_START,
)
def care_and_welfare_committee(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Lag (2003:192): one region, municipalities within it, and tasks from both sides.

    A region and one or more municipalities within the region may share a joint committee for
    their tasks in health care, social services and support for persons with disabilities
    (lag 2003:192 1 §); the form may be used only if tasks of both the region and the
    municipalities fall within the committee's remit (2 §); otherwise the KL rules on joint
    committees apply (3 §). Applies only to committees whose basis is this act: it reports a
    party count other than one region and at least one municipality, a municipality outside
    the region's county, a task outside the HSL, SoL and LSS areas, and a remit without tasks
    of both sides. A task's side is the level holding its area in the catalogue on the date of
    the check, narrowed to the kinds of the parties it is carried out for.

    Does not check: the act's other fields (tandvård, LPT, LRV, LVM, LVU, smittskydd, lag
    2017:372), for which the catalogue has no areas, so such tasks are reported as outside the
    field; task areas the catalogue does not know (``KL-9-21-tasks`` reports them) or has no
    holdings for on the date (HSL 2017:30 areas before 2017-04-01), which end in a note that
    the sides could not be told; county limits on holdings. Gotland, which has no region, cannot
    use the form and is reported through the region count.
    """
    if committee.basis is not JointCommitteeBasis.CARE_AND_WELFARE:
        return
    yield from _care_and_welfare_parties(committee, ctx)
    yield from _care_and_welfare_tasks(committee, ctx)


def _care_and_welfare_parties(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    regions = [p for p in committee.parties if isinstance(p, Region)]
    region = regions[0] if len(regions) == 1 else None
    if region is None:
        yield ctx.finding(
            N_(
                "En nämnd enligt lag (2003:192) ska ha precis en part på regional nivå; bland "
                "parterna finns {count} {regions}."
            ),
            path="$.parties",
            citations=(_GN_VO_1,),
            facts={"regions": [str(r) for r in regions]},
            count=len(regions),
            regions=regions_term(ctx),
        )
    municipalities = 0
    for index, participant in enumerate(committee.parties):
        path = f"$.parties[{index}]"
        if isinstance(participant, Municipality):
            municipalities += 1
            if region is not None and participant.county_code != region.code:
                yield ctx.finding(
                    N_(
                        "{party} ligger inte i det län som {region} omfattar; bara kommuner "
                        "inom det kan ingå i en nämnd enligt lag (2003:192)."
                    ),
                    path=path,
                    citations=(_GN_VO_1,),
                    facts={"county": participant.county_code, "region_county": region.code},
                    party=participant,
                    region=region,
                )
        elif not isinstance(participant, Region):
            yield ctx.finding(
                N_(
                    "{participant} är varken kommun eller {regional} och kan inte vara part i en "
                    "nämnd enligt lag (2003:192)."
                ),
                path=path,
                citations=(_GN_VO_1,),
                participant=participant,
                regional=region_term(ctx),
            )
    if municipalities == 0:
        yield ctx.finding(
            N_("En nämnd enligt lag (2003:192) ska ha minst en kommun bland parterna."),
            path="$.parties",
            citations=(_GN_VO_1,),
        )


def _task_sides(ctx: RuleContext, task: Task) -> set[str] | None:
    """The levels whose task ``task`` is, or ``None`` when the catalogue cannot tell."""
    area = ctx.context.competence.find(task.area)  # unknown: KL-9-21-tasks
    if area is None:
        return None
    holdings = area.holdings_on(ctx.as_of)
    if not holdings:
        return None
    sides: set[str] = {h.holder for h in holdings}
    kinds = {p.kind for p in task.for_parties if isinstance(p, Municipality | Region)}
    return sides & kinds if kinds else sides


def _care_and_welfare_tasks(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    if not committee.tasks:
        yield ctx.finding(
            N_("Nämndens uppgifter anges inte; lag (2003:192) 2 § har inte prövats."),
            path="$.tasks",
            severity=Severity.INFO,
            citations=(_GN_VO_2,),
        )
        return
    sides: set[str] = set()
    undetermined: list[str] = []
    for index, task in enumerate(committee.tasks):
        if not task.area.startswith(CARE_AND_WELFARE_PREFIXES):
            yield ctx.finding(
                N_(
                    "{area} ligger utanför vård- och omsorgsområdet; en nämnd enligt lag "
                    "(2003:192) har uppgifter enligt bland annat HSL, SoL och LSS."
                ),
                path=f"$.tasks[{index}]",
                citations=(_GN_VO_1,),
                area=task.area,
            )
            continue
        found = _task_sides(ctx, task)
        if found is None:
            undetermined.append(task.area)
        else:
            sides |= found
    missing = [side for side in ("region", "municipality") if side not in sides]
    if not missing:
        return
    if undetermined:
        yield ctx.finding(
            N_(
                "Det går inte att avgöra om både {regional} och kommunerna har uppgifter i "
                "nämnden: katalogen saknar uppgifter om {areas} per {on}."
            ),
            path="$.tasks",
            severity=Severity.INFO,
            citations=(_GN_VO_2,),
            facts={"undetermined": undetermined, "sides": sorted(sides)},
            regional=the_region_term(ctx),
            areas=", ".join(undetermined),
            on=ctx.as_of,
        )
        return
    for side in missing:
        yield ctx.finding(
            N_(
                "Ingen av nämndens uppgifter hör till {side}s ansvar; enligt lag (2003:192) 2 § "
                "ska både {regional} och kommunerna ha uppgifter i nämnden."
            ),
            path="$.tasks",
            citations=(_GN_VO_2,),
            facts={"missing_side": side, "sides": sorted(sides)},
            side=the_region_term(ctx) if side == "region" else T_("kommunerna"),
            regional=the_region_term(ctx),
        )


# -- FB 19:16 --------------------------------------------------------------------------------


@rule(
    "FB-19-16-joint-overformyndare",
    applies_to=JointCommittee,
    cites=("FB 19:16",),
    valid_from=KL_2017,
    verification=Verification.VERIFIED_RD,
)
def joint_guardianship_committee(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """A joint överförmyndarnämnd is for municipalities only, and for guardianship tasks.

    Municipalities may decide to have a joint guardianship committee (*gemensam
    överförmyndarnämnd*); the KL rules on joint committees apply to it (Föräldrabalken 19:16).
    Regions may not take part. For a committee formed on this basis every party that is not a
    municipality is an error, and a task outside the guardianship area is a warning, since
    such a committee exists for the överförmyndare's tasks. A committee formed under KL that
    carries guardianship tasks gets a note that FB 19:16 is the provision for a joint
    överförmyndarnämnd. The rule is dated from the 2018 kommunallag, the earliest date this
    rule set applies; the provision's own start (SFS 2006:557, 2006-07-01) is recalled, not
    verified.

    Does not check: how the residence requirement of FB 19:8 applies to members elected to a
    joint committee (an open question), the minimum of three ledamöter (FB 19:5) or the term
    (19:7).
    """
    if committee.basis is JointCommitteeBasis.GUARDIANSHIP:
        for index, participant in enumerate(committee.parties):
            if not isinstance(participant, Municipality):
                yield ctx.finding(
                    N_(
                        "{participant} kan inte vara part i en gemensam överförmyndarnämnd; "
                        "bara kommuner får ha en sådan nämnd."
                    ),
                    path=f"$.parties[{index}]",
                    facts={"kind": type(participant).__name__},
                    participant=participant,
                )
        for index, task in enumerate(committee.tasks):
            if task.area != GUARDIANSHIP_AREA:
                yield ctx.finding(
                    N_(
                        "{area} är inte en överförmyndaruppgift; en gemensam "
                        "överförmyndarnämnd är till för överförmyndarens uppgifter."
                    ),
                    path=f"$.tasks[{index}]",
                    severity=Severity.WARNING,
                    area=task.area,
                )
    elif committee.basis is JointCommitteeBasis.KL:
        for index, task in enumerate(committee.tasks):
            if task.area == GUARDIANSHIP_AREA:
                yield ctx.finding(
                    N_(
                        "Nämnden har överförmyndarens uppgifter; en gemensam "
                        "överförmyndarnämnd bildas enligt FB 19:16, som hänvisar till "
                        "kommunallagens regler om gemensam nämnd."
                    ),
                    path=f"$.tasks[{index}]",
                    severity=Severity.INFO,
                    citations=(_FB_19_16,),
                )


# -- KL 9:30–31, 6:38 ------------------------------------------------------------------------


@rule(
    "KL-9-30-delegation-any-party",
    applies_to=JointCommittee,
    cites=("KL 9:30", "KL 9:31", "KL 6:38"),
    valid_from=KL_2017,
)
def delegation_to_any_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Delegation to employees of any party, within the limits of KL 6:38.

    Besides delegating to employees of the host (KL 7:5), a joint committee may delegate
    decisions to an employee of any of the cooperating parties on the same conditions (9:30),
    and a förvaltningschef may sub-delegate (*vidaredelegera*) to an employee of the host or of
    any other party (9:31). A delegation to the employee of someone who is not a party is an
    error, and so is a sub-delegation to anyone but an employee. Whoever the delegate, the
    matters listed in KL 6:38 1 st. may not be delegated at all (goals and quality,
    submissions to fullmäktige, myndighetsutövning of principle or greater importance,
    medborgarförslag, matters another act keeps with the nämnd). From 2022-07-01 (SFS
    2022:638) appealable decisions, decisions that may not be appealed by law, procurement and
    authorisation or choice systems may not be delegated to an automated decision function
    (6:38 2 st.).

    Does not check: the extra limits of PBL 12:6 and LSO 3:16 (rules of their own), whether a
    delegation names a specific matter or group of matters, reporting back (KL 7:8) and jäv;
    delegation to an automated function before 2022-07-01; the categories of a matter are
    taken as recorded. When an employee's employer is not recorded, the rule says once per
    delegation that it was not checked.
    """
    automation_rules = ctx.as_of >= KL_6_38_2_START
    for index, delegation in enumerate(committee.delegations):
        path = f"$.delegations[{index}]"
        if delegation.delegate is DelegateKind.EMPLOYEE:
            if delegation.employer is None:
                yield ctx.finding(
                    N_(
                        "Det anges inte hos vilken part den anställde som får delegationen i "
                        "{matter} är anställd; KL 9:30 har inte prövats för den."
                    ),
                    path=f"{path}.employer",
                    severity=Severity.INFO,
                    matter=delegation.matter,
                )
            elif delegation.employer not in committee.parties:
                yield ctx.finding(
                    N_(
                        "Delegationen i {matter} går till en anställd hos {employer}, som inte "
                        "är part i nämnden; en gemensam nämnd får bara delegera till anställda "
                        "hos de samverkande parterna."
                    ),
                    path=f"{path}.employer",
                    matter=delegation.matter,
                    employer=delegation.employer,
                )
        elif delegation.sub_delegation:
            yield ctx.finding(
                N_(
                    "Vidaredelegeringen i {matter} går till {delegate}; en förvaltningschef får "
                    "bara vidaredelegera till en anställd."
                ),
                path=f"{path}.delegate",
                citations=(_KL_9_31,),
                matter=delegation.matter,
                delegate=Translatable(delegation.delegate.value),
            )
        barred = delegation.categories & NON_DELEGABLE
        if barred:
            yield ctx.finding(
                N_("Beslutanderätten i {matter} får inte delegeras ({categories})."),
                path=f"{path}.categories",
                citations=(_KL_6_38_1,),
                facts={"categories": sorted(c.name for c in barred)},
                matter=delegation.matter,
                categories=_categories(barred),
            )
        automated = delegation.categories & NOT_AUTOMATABLE
        if automation_rules and delegation.delegate is DelegateKind.AUTOMATED and automated:
            yield ctx.finding(
                N_(
                    "Beslut i {matter} får inte delegeras till en automatiserad "
                    "beslutsfunktion ({categories})."
                ),
                path=f"{path}.delegate",
                citations=(_KL_6_38_2,),
                facts={"categories": sorted(c.name for c in automated)},
                matter=delegation.matter,
                categories=_categories(automated),
            )


# -- The chair -------------------------------------------------------------------------------


@rule(
    "KL-9-chair-unregulated",
    applies_to=JointCommittee,
    cites=("KL 9:23", "KL 6:21"),
    valid_from=KL_2017,
    severity=Severity.INFO,
)
def chair_not_regulated(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Which party's fullmäktige elects the chair is not regulated; the parties should agree it.

    Through KL 9:23 the rules on nämnder apply to a joint committee, and under 6:21
    fullmäktige elects a nämnd's chair and vice-chairs. KL 9 kap. does not say which of the
    cooperating parties' fullmäktige does so. When seats are recorded but none holds the
    chair, the rule notes that the parties should settle it between themselves.

    Does not check: how the parties usually settle the question (recalled practice only), more
    than one chair, the vice-chairs, nor anything when no seats are recorded
    (``KL-9-24-representation`` notes that).
    """
    if committee.seats and not any(s.office is Office.CHAIR for s in committee.seats):
        yield ctx.finding(
            N_(
                "Ingen av nämndens platser har ordförandeposten. KL 9 kap. anger inte vilken "
                "parts fullmäktige som väljer ordförande (9:23, 6:21); parterna bör komma "
                "överens om det."
            ),
            path="$.seats",
        )
