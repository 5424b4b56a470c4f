"""Kommunallagen (2017:725) 9 kap. 34–35 §§: a joint committee (*gemensam nämnd*) is audited
by the revisorer, and discharged by the fullmäktige, of every cooperating party.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording, listed_parties
from samverkan.rules.registry import rule

#: KL 9:34: a party whose revisorer do not audit the committee, and a stranger listed.
_NOT_AUDITING = Wording(
    N_(
        "Revisorerna i {party} anges inte bland dem som granskar nämnden; revisorerna i "
        "varje samverkande part ska granska den."
    ),
    N_(
        "Revisorerna i {parties} anges inte bland dem som granskar nämnden; revisorerna i "
        "varje samverkande part ska granska den."
    ),
    N_("Lägg till revisorerna i {party} bland dem som granskar nämnden."),
    N_("Lägg till revisorerna i {parties} bland dem som granskar nämnden."),
)
_STRANGE_AUDITORS = Wording(
    N_("{participant} anges bland dem som granskar nämnden men är inte part i den."),
    N_("{participants} anges bland dem som granskar nämnden men är inte parter i den."),
    N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
    N_("Ta bort {participants} ur listan; bara nämndens parter ska stå där."),
)
#: KL 9:35: a party whose fullmäktige does not decide on discharge, and a stranger listed.
_NOT_DISCHARGING = Wording(
    N_(
        "Fullmäktige i {party} anges inte bland dem som beslutar om ansvarsfrihet; "
        "fullmäktige i varje samverkande part ska pröva ansvarsfrihet och anmärkning."
    ),
    N_(
        "Fullmäktige i {parties} anges inte bland dem som beslutar om ansvarsfrihet; "
        "fullmäktige i varje samverkande part ska pröva ansvarsfrihet och anmärkning."
    ),
    N_("Lägg till fullmäktige i {party} bland dem som beslutar om ansvarsfrihet."),
    N_("Lägg till fullmäktige i {parties} bland dem som beslutar om ansvarsfrihet."),
)
_STRANGE_DISCHARGERS = Wording(
    N_("{participant} anges bland dem som beslutar om ansvarsfrihet men är inte part i nämnden."),
    N_(
        "{participants} anges bland dem som beslutar om ansvarsfrihet men är inte parter i nämnden."
    ),
    N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
    N_("Ta bort {participants} ur listan; bara nämndens parter ska stå där."),
)


@rule(
    "KL-9-34-audit",
    applies_to=JointCommittee,
    cites=("KL 9:34",),
    valid_from=KL_2017,
)
def audited_by_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The committee is audited by the revisorer of every cooperating party.

    A joint committee is examined by the elected auditors (*revisorer*) of each of the
    cooperating parties, not only by the host's (KL 9:34). When a proposal states who audits
    the committee, every party must be among them and no one else may be.

    Does not check: anything when the proposal does not state an audit arrangement (the law
    then applies by itself) or states no auditing parties; how the auditors of the parties
    coordinate their work, nor the audit's standard (KL 12 kap.).
    """
    if committee.audit is None or not committee.audit.auditing_parties:
        return
    yield from listed_parties(
        ctx,
        committee.parties,
        committee.audit.auditing_parties,
        parties_path="$.parties",
        listed_path="$.audit.auditing_parties",
        missing=_NOT_AUDITING,
        strangers=_STRANGE_AUDITORS,
    )


@rule(
    "KL-9-35-discharge",
    applies_to=JointCommittee,
    cites=("KL 9:35",),
    valid_from=KL_2017,
)
def discharged_by_every_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Ansvarsfrihet and anmärkning are decided by the fullmäktige of every cooperating party.

    The question of discharge (*ansvarsfrihet*) and formal censure (*anmärkning*) for the
    committee and its members is decided by the fullmäktige of each cooperating party (KL
    9:35). When a proposal states who decides on discharge, every party must be among them
    and no one else may be.

    Does not check: anything when the proposal does not state an audit arrangement (the law
    then applies by itself) or states no discharging parties; whether the parties reach the
    same decision, nor the consequences of a refusal.
    """
    if committee.audit is None or not committee.audit.discharging_parties:
        return
    yield from listed_parties(
        ctx,
        committee.parties,
        committee.audit.discharging_parties,
        parties_path="$.parties",
        listed_path="$.audit.discharging_parties",
        missing=_NOT_DISCHARGING,
        strangers=_STRANGE_DISCHARGERS,
    )
