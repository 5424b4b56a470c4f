"""Kommunallagen (2017:725) 9 kap. 8 §: proportional elections to a kommunalförbund's assembly
under lag (2022:629) om proportionella val i kommuner och regioner."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_PROPORTIONAL_ELECTIONS_2022
from samverkan.model import LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "KL-9-8-proportional",
    applies_to=LocalFederation,
    cites=("KL 9:8 1 st.",),
    valid_from=KL_PROPORTIONAL_ELECTIONS_2022,
)
def proportional_when_demanded(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Elections to the assembly are proportional under the conditions of lag (2022:629).

    Under the conditions of lag (2022:629) om proportionella val i kommuner och regioner, the
    election of ledamöter and ersättare to the förbund's beslutande församling, and of
    revisorer, is proportional (KL 9:8 1 st., in the wording of SFS 2022:638 from
    2022-07-01). A member's election recorded as one where a proportional election was
    demanded under that act, and recorded as not held proportionally, is an error; one whose
    manner is not recorded is reported as not judged.

    Does not check: whether the demand met the act's conditions (the document records that it
    did); the assembly's own elections to the förbundsstyrelse, nämnder, beredningar and of
    revisorer (9:8 2 st.), which the förbundsordning may settle otherwise; a federation that
    lists no elections; dates before 2022-07-01, when 9:8 referred to lag (1992:339), which
    was not read.
    """
    for index, election in enumerate(federation.elections):
        if not election.proportional_demanded:
            continue
        path = f"$.elections[{index}].held_proportionally"
        if election.held_proportionally is None:
            yield ctx.not_recorded(
                N_(
                    "Proportionellt val begärdes i {party}, men det anges inte om valet hölls "
                    "proportionellt; det har inte prövats."
                ),
                path=path,
                party=election.party,
            )
        elif not election.held_proportionally:
            yield ctx.finding(
                N_(
                    "Proportionellt val begärdes när {party} valde ledamöter och ersättare till "
                    "förbundets beslutande församling, men valet hölls inte proportionellt."
                ),
                fix=N_("Håll valet proportionellt."),
                path=path,
                party=election.party,
            )
