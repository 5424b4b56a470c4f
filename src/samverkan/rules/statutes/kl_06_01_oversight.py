"""Kommunallagen (2017:725) 6 kap. 1 §: every cooperating party's styrelse has uppsikt over a
joint committee, and every member's styrelse over a kommunalförbund."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import JointCommittee, LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording, listed_parties
from samverkan.rules.registry import rule

#: KL 6:1: a party whose styrelse is left without uppsikt, and a stranger listed.
_OVERSIGHT_MISSING = Wording(
    N_(
        "Styrelsen i {party} ges enligt förslaget inte uppsikt; styrelsen i varje "
        "samverkande kommun och region ska ha uppsikt över gemensamma nämnder och över "
        "kommunalförbund som kommunen eller regionen är medlem i."
    ),
    N_(
        "Styrelserna i {parties} ges enligt förslaget inte uppsikt; styrelsen i varje "
        "samverkande kommun och region ska ha uppsikt över gemensamma nämnder och över "
        "kommunalförbund som kommunen eller regionen är medlem i."
    ),
    N_("Ge styrelsen i {party} uppsikt."),
    N_("Ge styrelserna i {parties} uppsikt."),
)
_OVERSIGHT_STRANGERS = Wording(
    N_("{participant} anges bland dem vars styrelse har uppsikt men är inte part."),
    N_("{participants} anges bland dem vars styrelser har uppsikt men är inte parter."),
    N_("Ta bort {participant} ur listan; bara parterna ska stå där."),
    N_("Ta bort {participants} ur listan; bara parterna ska stå där."),
)


@rule(
    "KL-6-1-oversight",
    applies_to=(JointCommittee, LocalFederation),
    applies_when=lambda subject: bool(subject.overseen_by),
    cites=("KL 6:1 1 st.", "KL 6:1 2 st."),
    valid_from=KL_2017,
)
def oversight_by_every_party(
    subject: JointCommittee | LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Every cooperating party's styrelse has uppsikt over the joint committee or förbund.

    The styrelse shall have uppsikt over the other nämnder's "och eventuella gemensamma
    nämnders verksamhet" (KL 6:1 1 st.), and over kommunal activity in kommunalförbund the
    kommun or region is a member of (6:1 2 st.). The wording read is that of SFS 2019:835 in
    the consolidated text up to SFS 2023:708; both duties stand in the act from 2018-01-01
    (the legal digest, checked against the same source). The duty is each party's own: a reglemente,
    agreement or förbundsordning cannot take it from the host's styrelse nor from any other
    party's. Where the document names the parties whose styrelse has uppsikt, a party left
    out is an error, and a participant named that is not a party is an error. A document that
    names none follows the law, which applies by itself.

    This is also how the fullmäktige's own decisions on the nämnders' organisation
    (KL 5:1 p. 3) reach a joint committee: each party's fullmäktige decides to make a nämnd
    joint (9:19, see KL-9-19-fullmaktige-decides) and adopts its reglemente (9:33).

    Does not check: how the uppsikt is exercised (reports, follow-up, KL 6:12 requests); the
    styrelse's uppsikt over avtalssamverkan (6:1 1 st. 2 men.) and over companies (6:1
    2 st., 6:9–10), for which no document records a limit.
    """
    parties = subject.parties if isinstance(subject, JointCommittee) else subject.members
    yield from listed_parties(
        ctx,
        parties,
        subject.overseen_by,
        parties_path="$.parties" if isinstance(subject, JointCommittee) else "$.members",
        listed_path="$.overseen_by",
        missing=_OVERSIGHT_MISSING,
        strangers=_OVERSIGHT_STRANGERS,
    )
