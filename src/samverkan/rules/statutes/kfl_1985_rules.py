"""Kommunalförbundslagen (1985:894): the members, the form, the förbundsordning and the
common task of a kommunalförbund from 1986-01-01 to 1997-12-31.

Source: the act's text in Regeringskansliets rättsdatabaser (rkrattsbaser.gov.se, SFS
1985:894 as last amended by SFS 1991:1695), 1 kap. 1, 4, 5 and 7 §§ (the stored copies of
the text break off in 7 §, so 9 § on the förbundsordning's content was not read); that a
task had to be common to the members is read from prop. 1996/97:105 ("En uppgift för
kommunalförbundet behöver inte längre vara gemensam för medlemmarna"), so that rule warns.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import KFL_1985, KFL_1985_LAST_DAY
from samverkan.model import LocalFederation
from samverkan.model.federation import CharterItem
from samverkan.rules.context import RuleContext
from samverkan.rules.federation_board import missing_board
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.grouping import Wording
from samverkan.rules.membership_findings import MembershipWording, membership_findings
from samverkan.rules.recorded import Recorded, adoption_of, charter_item_findings, instrument_record
from samverkan.rules.registry import rule

#: 1 kap. 1 § of the 1985 act in the federation's words; too few members is a warning.
_MEMBERS = MembershipWording(
    not_party=Wording(
        N_(
            "{participant} kunde inte vara medlem i ett kommunalförbund: bara kommuner "
            "och {regions} kunde sluta sig samman i förbund."
        ),
        N_(
            "{participants} kunde inte vara medlemmar i ett kommunalförbund: bara kommuner "
            "och {regions} kunde sluta sig samman i förbund."
        ),
        N_("Ta bort {participant} ur förbundsmedlemmarna."),
        N_("Ta bort {participants} ur förbundsmedlemmarna."),
    ),
    repeated=None,
    too_few=N_("Ett kommunalförbund är en sammanslutning; {count} medlem(mar) anges."),
    too_few_severity=Severity.WARNING,
    kind_facts=False,
)


@rule(
    "KFL1985-1-1-members",
    applies_to=LocalFederation,
    cites=("1985:894 1:1",),
    valid_from=KFL_1985,
    valid_to=KFL_1985_LAST_DAY,
)
def kfl_1985_members(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Only kommuner and landsting could join in a kommunalförbund.

    "För att ha hand om en eller flera kommunala angelägenheter får kommuner eller landsting
    sluta sig samman till kommunalförbund … En sådan sammanslutning får också ske mellan
    kommuner och landsting" (1 kap. 1 § 1 st.). A member of another kind is an error; fewer
    than two distinct members is a warning, since "sluta sig samman" implies more than one
    but the act does not state a number.

    Does not check: special acts with their own förbund rules, which applied instead
    (1 kap. 1 § 2 st.).
    """
    yield from membership_findings(ctx, federation.members, _MEMBERS, path="$.members")


@rule(
    "KFL1985-1-4-form",
    applies_to=LocalFederation,
    cites=("1985:894 1:4",),
    valid_from=KFL_1985,
    valid_to=KFL_1985_LAST_DAY,
    severity=Severity.WARNING,
)
def kfl_1985_form(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A förbund with fullmäktige also had a styrelse; one with a direktion had only that.

    "Ett kommunalförbund kan ha fullmäktige, styrelse och andra nämnder (kommunalförbund med
    fullmäktige) eller vara organiserat enbart med en förbundsdirektion" (1 kap. 4 §). The
    model admits only the two forms; for a förbund with fullmäktige the rule looks for the
    styrelse. Seats declared complete with no styrelse seat are a warning (the styrelse may
    be recorded elsewhere); no styrelse seats in an incomplete list are not recorded.

    Does not check: the other nämnder, the size of the organs, nor how they were elected.
    """
    yield from missing_board(federation, ctx)


@rule(
    "KFL1985-1-7-charter",
    applies_to=LocalFederation,
    cites=("1985:894 1:7",),
    valid_from=KFL_1985,
    valid_to=KFL_1985_LAST_DAY,
)
def kfl_1985_charter(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Every förbund had a förbundsordning adopted by the members.

    "För varje kommunalförbund skall finnas en förbundsordning som antas av
    förbundsmedlemmarna" (1 kap. 7 § 1 st.). A förbund recorded as having none is an error; a
    member recorded as not having adopted it is a warning, because the act does not name the
    organ of the member that adopts.

    Does not check: the förbundsordning's content (1 kap. 9 §, whose wording was not read;
    the members' shares of debts: see KFL1985-9-7-debt-shares),
    that the förbund was formed when the order was adopted and signed (7 § 2 st.), nor exit
    (utträde).
    """
    recorded = instrument_record(federation.charter)
    if recorded is Recorded.UNRECORDED or federation.charter is None:
        yield ctx.not_recorded(
            N_("Förbundsordningen anges inte; den har inte prövats."), path="$.charter"
        )
        return
    if recorded is Recorded.ABSENT:
        yield ctx.finding(
            N_("Förbundet har ingen förbundsordning."),
            fix=N_("Anta en förbundsordning."),
            path="$.charter",
        )
        return
    for index, member in enumerate(federation.members):
        if adoption_of(federation.charter, member).status is Recorded.ABSENT:
            yield ctx.finding(
                N_("{member} har inte antagit förbundsordningen."),
                path=f"$.members[{index}]",
                severity=Severity.WARNING,
                member=member,
            )


@rule(
    "KFL1985-common-task",
    applies_to=LocalFederation,
    cites=("1985:894 1:1",),
    valid_from=KFL_1985,
    valid_to=KFL_1985_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_PROP,
)
def kfl_1985_common_task(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A task of the förbund had to be common to all its members.

    Under the 1985 act a förbund had hand of matters common to its members; prop.
    1996/97:105 lifted this from 1998 ("En uppgift för kommunalförbundet behöver inte längre
    vara gemensam för medlemmarna"). A task carried out for only some of the members is a
    warning: the requirement is read from the bill, not the act's text.

    Does not check: whether each member held the task under its own competence.
    """
    members = set(federation.members)
    for index, task in enumerate(federation.tasks):
        if task.for_parties and not members <= set(task.for_parties):
            yield ctx.finding(
                N_(
                    "Uppgiften {area} sköts bara för en del av medlemmarna; före 1998 skulle "
                    "förbundets uppgifter vara gemensamma för medlemmarna."
                ),
                path=f"$.tasks[{index}]",
                area=task.area,
            )


@rule(
    "KFL1985-9-7-debt-shares",
    applies_to=LocalFederation,
    cites=("1985:894 1:5", "1985:894 1:9"),
    valid_from=KFL_1985,
    valid_to=KFL_1985_LAST_DAY,
    severity=Severity.WARNING,
)
def kfl_1985_debt_shares(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """The grounds for each member's share of the förbund's debts were set under 9 § 7.

    "Om ett kommunalförbund saknar tillgångar för att betala en skuld, är medlemmarna
    skyldiga att fylla bristen. Varje medlem skall tillskjuta så stor del av bristen som
    svarar mot medlemmens andel i skulden efter de grunder som har bestämts enligt 9 § 7"
    (1 kap. 5 §, read in the RK text). 9 § itself, on the förbundsordning's content, was not
    read; that point 7 is a required item of the förbundsordning is inferred from 5 § and
    7 §, so a förbundsordning recorded without the members' shares is a warning.

    Does not check: the other points of 9 §, nor whether the shares are reasonable.
    """
    yield from charter_item_findings(
        ctx,
        federation.charter,
        CharterItem.SHARES_AND_COST_DIVISION,
        unrecorded=N_(
            "Det anges inte om förbundsordningen bestämmer medlemmarnas andelar i "
            "förbundets skulder; det har inte prövats."
        ),
        absent=N_(
            "Förbundsordningen anger inte grunderna för medlemmarnas andelar i förbundets "
            "skulder; enligt 5 § skulle en brist fyllas efter de grunder som bestämts "
            "enligt 9 § 7."
        ),
    )
