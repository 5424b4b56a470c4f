"""Kommunallagen (2017:725) 9 kap. 11 §: the members make good what a kommunalförbund cannot
pay."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "KL-9-11-member-liability",
    applies_to=LocalFederation,
    cites=("KL 9:11",),
    valid_from=KL_2017,
)
def members_make_good_a_shortfall(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The members must make good a debt the kommunalförbund lacks the assets to pay.

    "Om ett kommunalförbund saknar tillgångar för att betala en skuld, är förbundsmedlemmarna
    skyldiga att fylla bristen"; each member contributes the part of the shortfall that
    answers to its share in the debt on the grounds the förbundsordning states (KL 9:11,
    unchanged since 2018-01-01; the shares themselves are item 11 of 9:6). A förbundsordning
    or proposal recorded as limiting or excluding that duty is an error: the duty follows from
    the act, and the förbundsordning decides only how it is shared. A document that says
    nothing of it is not judged and reports nothing.

    Does not check: whether the förbundsordning states the members' shares in the debts (see
    KL-9-6-forbundsordning-18, item 11); how a shortfall is in fact divided; KL 9:9, under
    which the budget deadlines of KL 11:8 and 11:10 do not apply to a kommunalförbund, which
    no rule here applies to a förbund in the first place.
    """
    if federation.limits_member_liability:
        yield ctx.finding(
            N_(
                "Förslaget begränsar medlemmarnas skyldighet att fylla bristen när förbundet "
                "saknar tillgångar för att betala en skuld; den skyldigheten följer av lagen "
                "och kan inte avtalas bort."
            ),
            fix=N_(
                "Stryk begränsningen; förbundsordningen ska ange grunderna för medlemmarnas "
                "andelar i skulderna."
            ),
            path="$.limits_member_liability",
        )
