"""Kommunallagen (2017:725) 9 kap. 25–26 §§: the members' pay and the budget of a joint
committee."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import parse_citation
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee, RemunerationPayer
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KL-9-26-budget",
    applies_to=JointCommittee,
    cites=("KL 9:26",),
    valid_from=KL_2017,
)
def budget_drawn_up_by_the_host(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The host draws up the committee's budget, after samråd with the other parties.

    The budget of a joint committee is drawn up by the kommun or region that set up the
    committee, after consultation (*samråd*) with the other cooperating parties (KL 9:26). An
    agreement that gives the budget to another party, or records that it is drawn up without
    samråd, is an error. An agreement that says nothing of the budget follows the law, which
    applies by itself; one that has a budget clause without saying who draws up the budget is
    reported as not judged.

    Does not check: the cost sharing between the parties (not a statutory content of the
    agreement, KL 9:22); whether the samråd was real; the host's own budget process (KL
    11 kap.).
    """
    budget = committee.budget
    if budget is None:
        return
    if budget.drawn_up_by is None:
        yield ctx.not_recorded(
            N_("Det anges inte vem som upprättar nämndens budget; det har inte prövats."),
            path="$.budget.drawn_up_by",
        )
    elif budget.drawn_up_by != committee.host:
        yield ctx.finding(
            N_(
                "Nämndens budget upprättas enligt förslaget av {party}; budgeten upprättas av "
                "den kommun eller region som har tillsatt nämnden, {host}."
            ),
            fix=N_("Låt {host} upprätta budgeten."),
            path="$.budget.drawn_up_by",
            party=budget.drawn_up_by,
            host=committee.host,
        )
    if budget.after_consultation is False:
        yield ctx.finding(
            N_(
                "Budgeten upprättas enligt förslaget utan samråd; den ska upprättas efter "
                "samråd med de övriga samverkande parterna."
            ),
            fix=N_("Upprätta budgeten efter samråd med de övriga samverkande parterna."),
            path="$.budget.after_consultation",
        )


@rule(
    "KL-9-25-remuneration",
    applies_to=JointCommittee,
    cites=("KL 9:25",),
    valid_from=KL_2017,
    severity=Severity.WARNING,
)
def members_paid_by_their_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The förtroendevalda are paid by the party that elected them.

    The förtroendevalda in a joint committee have the right to remuneration from the kommun
    or region that elected them (KL 9:25). An agreement under which the host pays every
    member is a warning: the parties may settle costs between them, but the members' right
    runs against the party that elected them, which the agreement cannot move. An agreement
    that says nothing of pay follows the law; a budget clause that leaves the payer out is
    reported as not judged.

    Does not check: the amounts, the rules each party's fullmäktige sets for its förtroendevalda
    (KL 4 kap.), nor how the parties share the costs of the committee.
    """
    budget = committee.budget
    if budget is None:
        return
    if budget.members_paid_by is None:
        yield ctx.not_recorded(
            N_(
                "Det anges inte vem som betalar ersättning till nämndens förtroendevalda; det "
                "har inte prövats."
            ),
            path="$.budget.members_paid_by",
        )
    elif budget.members_paid_by is RemunerationPayer.HOST:
        yield ctx.finding(
            N_(
                "Enligt förslaget betalar {host} ersättning till alla nämndens förtroendevalda; "
                "de förtroendevalda har rätt till ersättning av den kommun eller region som har "
                "valt dem."
            ),
            path="$.budget.members_paid_by",
            citations=(parse_citation("KL 9:25", on=ctx.as_of),),
            host=committee.host,
        )
