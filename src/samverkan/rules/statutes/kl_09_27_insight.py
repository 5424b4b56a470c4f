"""Kommunallagen (2017:725) 9 kap. 27 och 29 §§: every cooperating party's fullmäktige may
request information from a joint committee, and its members may put interpellationer and
frågor to the committee's chair."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import compare_lists
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "KL-9-27-information",
    applies_to=JointCommittee,
    cites=("KL 9:27",),
    valid_from=KL_2017,
)
def information_to_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Fullmäktige in every cooperating party may request information from a joint committee.

    Fullmäktige in a kommun or region that has formed a gemensam nämnd may request
    information from the nämnd; its chair and vice-chair, and the employees of the
    cooperating parties, must give it at fullmäktige's meetings unless secrecy prevents it
    (KL 9:27; "landsting" until SFS 2019:835). Where the reglemente or agreement names the
    parties whose fullmäktige may request information, a party left out is an error, and a
    participant named that is not a party is an error. A document that names none follows
    the law, which applies by itself.

    Does not check: whether information was in fact requested or given, or withheld for
    secrecy; the staff representatives' right to attend (KL 9:28).
    """
    if not committee.information_to:
        return
    missing, strangers = compare_lists(committee.parties, committee.information_to)
    for index, party in missing:
        yield ctx.finding(
            N_(
                "Fullmäktige i {party} ges enligt förslaget inte rätt att begära upplysningar "
                "från nämnden; fullmäktige i varje samverkande part har den rätten."
            ),
            fix=N_("Ge fullmäktige i {party} rätt att begära upplysningar från nämnden."),
            path=f"$.parties[{index}]",
            party=party,
        )
    for index, participant in strangers:
        yield ctx.finding(
            N_(
                "{participant} anges bland dem vars fullmäktige får begära upplysningar från "
                "nämnden men är inte part i nämnden."
            ),
            fix=N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
            path=f"$.information_to[{index}]",
            participant=participant,
        )


@rule(
    "KL-9-29-interpellation",
    applies_to=JointCommittee,
    cites=("KL 9:29",),
    valid_from=KL_2017,
)
def interpellations_from_every_party(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """Fullmäktige members in every cooperating party may interpellate the committee's chair.

    Members of fullmäktige in a kommun or region that has formed a gemensam nämnd may put
    interpellationer on the nämnd's handling of its matters, and frågor to obtain
    information; both are addressed to the nämnd's chair (KL 9:29; "landsting" until SFS
    2019:835). Where the reglemente or agreement names the parties whose fullmäktige members
    may do so, a party left out is an error, and a participant named that is not a party is
    an error. A document that names none follows the law, which applies by itself.

    Does not check: how each fullmäktige's arbetsordning governs interpellationer and frågor
    (KL 5:59–63), nor whether they were answered.
    """
    if not committee.interpellations_from:
        return
    missing, strangers = compare_lists(committee.parties, committee.interpellations_from)
    for index, party in missing:
        yield ctx.finding(
            N_(
                "Ledamöterna i fullmäktige i {party} får enligt förslaget inte ställa "
                "interpellationer och frågor till nämndens ordförande; ledamöterna i varje "
                "samverkande parts fullmäktige har den rätten."
            ),
            fix=N_(
                "Ge ledamöterna i fullmäktige i {party} rätt att ställa interpellationer och "
                "frågor till nämndens ordförande."
            ),
            path=f"$.parties[{index}]",
            party=party,
        )
    for index, participant in strangers:
        yield ctx.finding(
            N_(
                "{participant} anges bland dem vars fullmäktigeledamöter får ställa "
                "interpellationer och frågor till nämnden men är inte part i nämnden."
            ),
            fix=N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
            path=f"$.interpellations_from[{index}]",
            participant=participant,
        )
