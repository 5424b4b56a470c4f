"""Kommunallagen (2017:725) 9 kap. 32 §: a joint committee's minutes are announced on every
party's anslagstavla."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording, listed_parties
from samverkan.rules.registry import rule

#: KL 9:32: a party on whose anslagstavla the justering is not announced, and a stranger.
_NOT_ANNOUNCED = Wording(
    N_(
        "Justeringen av nämndens protokoll ska enligt förslaget inte tillkännages på "
        "anslagstavlan i {party}; den ska tillkännages på varje samverkande parts "
        "anslagstavla."
    ),
    N_(
        "Justeringen av nämndens protokoll ska enligt förslaget inte tillkännages på "
        "anslagstavlorna i {parties}; den ska tillkännages på varje samverkande parts "
        "anslagstavla."
    ),
    N_("Tillkännage justeringen också på anslagstavlan i {party}."),
    N_("Tillkännage justeringen också på anslagstavlorna i {parties}."),
)
_STRANGERS = Wording(
    N_(
        "{participant} anges bland dem vars anslagstavla tillkännager justeringen "
        "men är inte part i nämnden."
    ),
    N_(
        "{participants} anges bland dem vars anslagstavla tillkännager justeringen "
        "men är inte parter i nämnden."
    ),
    N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
    N_("Ta bort {participants} ur listan; bara nämndens parter ska stå där."),
)


@rule(
    "KL-9-32-minutes-announced",
    applies_to=JointCommittee,
    cites=("KL 9:32",),
    valid_from=KL_2017,
)
def minutes_on_every_notice_board(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The justering of a joint committee's minutes is announced on every party's anslagstavla.

    The justering of a joint committee's minutes is announced on the anslagstavla of each of
    the cooperating parties (KL 9:32); the three weeks to appeal a decision then run from the
    day the announcement was made on all of them (KL 13:5 2 st., from the digest of the read
    text). Where the reglemente or agreement names the anslagstavlor, a party left out is an
    error, and a participant named that is not a party is an error. A document that names none
    follows the law, which applies by itself.

    Does not check: whether the announcements were in fact made, or on time (KL 8:12); when
    the appeal period ends.
    """
    listed = committee.minutes_announced_on
    if not listed:
        return
    yield from listed_parties(
        ctx,
        committee.parties,
        listed,
        parties_path="$.parties",
        listed_path="$.minutes_announced_on",
        missing=_NOT_ANNOUNCED,
        strangers=_STRANGERS,
    )
