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
from samverkan.rules.facts import compare_lists
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


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
    missing, strangers = compare_lists(committee.parties, committee.audit.auditing_parties)
    for index, party in missing:
        yield ctx.finding(
            N_(
                "Revisorerna i {party} anges inte bland dem som granskar nämnden; revisorerna i "
                "varje samverkande part ska granska den."
            ),
            fix=N_("Lägg till revisorerna i {party} bland dem som granskar nämnden."),
            path=f"$.parties[{index}]",
            party=party,
        )
    for index, participant in strangers:
        yield ctx.finding(
            N_("{participant} anges bland dem som granskar nämnden men är inte part i den."),
            fix=N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
            path=f"$.audit.auditing_parties[{index}]",
            participant=participant,
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
    missing, strangers = compare_lists(committee.parties, committee.audit.discharging_parties)
    for index, party in missing:
        yield ctx.finding(
            N_(
                "Fullmäktige i {party} anges inte bland dem som beslutar om ansvarsfrihet; "
                "fullmäktige i varje samverkande part ska pröva ansvarsfrihet och anmärkning."
            ),
            fix=N_("Lägg till fullmäktige i {party} bland dem som beslutar om ansvarsfrihet."),
            path=f"$.parties[{index}]",
            party=party,
        )
    for index, participant in strangers:
        yield ctx.finding(
            N_(
                "{participant} anges bland dem som beslutar om ansvarsfrihet men är inte part i "
                "nämnden."
            ),
            fix=N_("Ta bort {participant} ur listan; bara nämndens parter ska stå där."),
            path=f"$.audit.discharging_parties[{index}]",
            participant=participant,
        )
