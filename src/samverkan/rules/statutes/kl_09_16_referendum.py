"""Kommunallagen (2017:725) 9 kap. 16 §: a kommunalförbund holds no folkomröstning."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "KL-9-16-no-referendum",
    applies_to=LocalFederation,
    cites=("KL 9:16",),
    valid_from=KL_2017,
)
def no_referendum_in_a_federation(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A kommunalförbund may not arrange a folkomröstning or use a member's valnämnd.

    "Kommunalförbund får inte anordna folkomröstning eller anlita valnämnden i en kommun som
    är förbundsmedlem" (KL 9:16, unchanged since 2018-01-01). A förbundsordning or proposal
    recorded as having the förbund arrange a folkomröstning, or use a member kommun's
    valnämnd, is an error. A document that says nothing of either is not judged and reports
    nothing: the prohibition applies by itself, and most documents rightly say nothing.

    Does not check: a folkomröstning a member kommun or region arranges itself on a question
    concerning the förbund (lag 1994:692 om kommunala folkomröstningar, not read); other ways
    of consulting the public, such as opinionsundersökningar, which the section does not name.
    """
    if federation.arranges_referendum:
        yield ctx.finding(
            N_(
                "Enligt förslaget ska förbundet anordna en folkomröstning; ett kommunalförbund "
                "får inte anordna folkomröstning."
            ),
            fix=N_("Stryk folkomröstningen ur förslaget."),
            path="$.arranges_referendum",
        )
    if federation.uses_member_election_board:
        yield ctx.finding(
            N_(
                "Enligt förslaget ska förbundet anlita valnämnden i en medlemskommun; ett "
                "kommunalförbund får inte anlita valnämnden i en kommun som är förbundsmedlem."
            ),
            fix=N_("Stryk anlitandet av valnämnden ur förslaget."),
            path="$.uses_member_election_board",
        )
