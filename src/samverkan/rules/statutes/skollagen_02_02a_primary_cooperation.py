"""Skollagen (2010:800) 2 kap. 2 a–2 b §§: the primärt samverkansavtal on gymnasieskola and
komvux joins at least three kommuner."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import SKOLL_PRIMARY_COOPERATION_APPLIED
from samverkan.model import ContractualCooperation, LocalFederation
from samverkan.model.common import Participant
from samverkan.parties import Municipality
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


def _parties(subject: ContractualCooperation | LocalFederation) -> tuple[Participant, ...]:
    if isinstance(subject, LocalFederation):
        return subject.members
    return (*subject.commissioning, subject.performing)


@rule(
    "SKOLL-2-2a-primary-cooperation",
    applies_to=(ContractualCooperation, LocalFederation),
    applies_when=lambda subject: bool(subject.primary_school_cooperation),
    cites=("SkolL 2:2 a 1 st.", "SkolL 2:2 a 2 st."),
    valid_from=SKOLL_PRIMARY_COOPERATION_APPLIED,
    severity=Severity.WARNING,
)
def at_least_three_kommuner(
    subject: ContractualCooperation | LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A primärt samverkansavtal joins each kommun with at least two other kommuner.

    Every kommun shall cooperate with at least two other kommuner on tasks in gymnasieskolan
    and kommunal vuxenutbildning, by an agreement (primärt samverkansavtal) or cooperation on
    another similar basis; the cooperating kommuner form a primärt samverkansområde (SkolL
    2:2 a 1 st., SFS 2022:1089, in force 2023-07-01; verified in the consolidated text up to
    SFS 2024:89). The agreement covers planning, dimensioning and the offer of education
    (2:2 b). An agreement or förbund the parties present as their primärt samverkansavtal
    that joins fewer than three kommuner is a warning, not an error: the government may grant
    exceptions for kommuner's geographic position (2:2 a 2 st.), and those were not read. The
    rule applies from 2025-07-01, when the provisions apply to both school forms.

    Does not check: komvux between 2025-01-01 and 2025-06-30, when the provisions applied to it
    alone; whether the agreement covers the education listed in SkolL 15:30 a 1 st. and
    20:16 a 1 st. (2:2 b); the secondary agreements of 15:30 a and 23:21–23; whether a
    kommunalförbund counts as cooperation on a similar basis (SKR says it does; not read in
    the bill); every kommun's duty to be in some such area.
    """
    kommuner = {p for p in _parties(subject) if isinstance(p, Municipality)}
    if len(kommuner) < 3:
        yield ctx.finding(
            N_(
                "Det primära samverkansavtalet omfattar {count} kommuner; varje kommun ska "
                "samverka med minst två andra kommuner om gymnasieskolan och den kommunala "
                "vuxenutbildningen, om inte regeringen har medgett undantag."
            ),
            path="$.primary_school_cooperation",
            count=len(kommuner),
        )
