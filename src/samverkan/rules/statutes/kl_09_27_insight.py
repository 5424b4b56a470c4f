"""Kommunallagen (2017:725) 9 kap. 27 och 29 §§: every cooperating party's fullmäktige may
request information from a joint committee, and its members may put interpellationer and
frågor to the committee's chair."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording, listed_parties
from samverkan.rules.registry import rule

#: KL 9:27: a party whose fullmäktige may not request information, and a stranger listed.
_INFORMATION_MISSING = Wording(
    N_(
        "Fullmäktige i {party} ges enligt förslaget inte rätt att begära upplysningar "
        "från nämnden; fullmäktige i varje samverkande part har den rätten."
    ),
    N_(
        "Fullmäktige i {parties} ges enligt förslaget inte rätt att begära upplysningar "
        "från nämnden; fullmäktige i varje samverkande part har den rätten."
    ),
    N_("Ge fullmäktige i {party} rätt att begära upplysningar från nämnden."),
    N_("Ge fullmäktige i {parties} rätt att begära upplysningar från nämnden."),
)
_INFORMATION_STRANGERS = Wording(
    N_(
        "{participant} anges bland dem vars fullmäktige får begära upplysningar från "
        "nämnden men är inte part i nämnden."
    ),
    N_(
        "{participants} anges bland dem vars fullmäktige får begära upplysningar från "
        "nämnden men är inte parter i nämnden."
    ),
    N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
    N_("Ta bort {participants} ur listan; bara nämndens parter ska stå där."),
)
#: KL 9:29: a party whose fullmäktige members may not interpellate, and a stranger listed.
_INTERPELLATION_MISSING = Wording(
    N_(
        "Ledamöterna i fullmäktige i {party} får enligt förslaget inte ställa "
        "interpellationer och frågor till nämndens ordförande; ledamöterna i varje "
        "samverkande parts fullmäktige har den rätten."
    ),
    N_(
        "Ledamöterna i fullmäktige i {parties} får enligt förslaget inte ställa "
        "interpellationer och frågor till nämndens ordförande; ledamöterna i varje "
        "samverkande parts fullmäktige har den rätten."
    ),
    N_(
        "Ge ledamöterna i fullmäktige i {party} rätt att ställa interpellationer och "
        "frågor till nämndens ordförande."
    ),
    N_(
        "Ge ledamöterna i fullmäktige i {parties} rätt att ställa interpellationer och "
        "frågor till nämndens ordförande."
    ),
)
_INTERPELLATION_STRANGERS = Wording(
    N_(
        "{participant} anges bland dem vars fullmäktigeledamöter får ställa "
        "interpellationer och frågor till nämnden men är inte part i nämnden."
    ),
    N_(
        "{participants} anges bland dem vars fullmäktigeledamöter får ställa "
        "interpellationer och frågor till nämnden men är inte parter i nämnden."
    ),
    N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
    N_("Ta bort {participants} ur listan; bara nämndens parter ska stå där."),
)


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
    secrecy; the staff representatives' right to attend (KL 9:28, its own rule).
    """
    if not committee.information_to:
        return
    yield from listed_parties(
        ctx,
        committee.parties,
        committee.information_to,
        parties_path="$.parties",
        listed_path="$.information_to",
        missing=_INFORMATION_MISSING,
        strangers=_INFORMATION_STRANGERS,
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
    yield from listed_parties(
        ctx,
        committee.parties,
        committee.interpellations_from,
        parties_path="$.parties",
        listed_path="$.interpellations_from",
        missing=_INTERPELLATION_MISSING,
        strangers=_INTERPELLATION_STRANGERS,
    )
