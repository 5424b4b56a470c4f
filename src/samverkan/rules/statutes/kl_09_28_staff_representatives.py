"""Kommunallagen (2017:725) 9 kap. 28 §: the staff representatives (personalföreträdare) of
every cooperating party may attend a joint committee's meetings."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording, listed_parties
from samverkan.rules.registry import rule

#: A party whose employees' representatives may not attend, and a stranger listed.
_MISSING = Wording(
    N_(
        "Företrädare för de anställda i {party} får enligt förslaget inte närvara vid "
        "nämndens sammanträden; företrädare för de anställda i varje samverkande part har "
        "den rätten."
    ),
    N_(
        "Företrädare för de anställda i {parties} får enligt förslaget inte närvara vid "
        "nämndens sammanträden; företrädare för de anställda i varje samverkande part har "
        "den rätten."
    ),
    N_("Ge företrädare för de anställda i {party} rätt att närvara vid nämndens sammanträden."),
    N_("Ge företrädare för de anställda i {parties} rätt att närvara vid nämndens sammanträden."),
)
_STRANGERS = Wording(
    N_(
        "{participant} anges bland dem vars personalföreträdare får närvara vid nämndens "
        "sammanträden men är inte part i nämnden."
    ),
    N_(
        "{participants} anges bland dem vars personalföreträdare får närvara vid nämndens "
        "sammanträden men är inte parter i nämnden."
    ),
    N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
    N_("Ta bort {participants} ur listan; bara nämndens parter ska stå där."),
)


@rule(
    "KL-9-28-staff-representatives",
    applies_to=JointCommittee,
    cites=("KL 9:28",),
    valid_from=KL_2017,
)
def staff_representatives_of_every_party(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """The staff representatives of every cooperating party may attend the committee's meetings.

    Representatives of the employees in the kommuner or regions that cooperate in a gemensam
    nämnd may attend its meetings to the extent KL 7:13–16 gives (KL 9:28, read in the RK
    text; "landsting" until SFS 2019:835). The right belongs to the employees of every party,
    not only the host's. Where the reglemente or agreement names the parties whose staff
    representatives may attend, a party left out is an error, and a participant named that is
    not a party is an error. A document that names none follows the law, which applies by
    itself.

    Does not check: the extent of the right (KL 7:13–16: which matters, the right to take part
    in deliberations but not in decisions), the nämnder 7:12 excludes, and how many
    representatives attend.
    """
    if not committee.staff_representatives_from:
        return
    yield from listed_parties(
        ctx,
        committee.parties,
        committee.staff_representatives_from,
        parties_path="$.parties",
        listed_path="$.staff_representatives_from",
        missing=_MISSING,
        strangers=_STRANGERS,
    )
