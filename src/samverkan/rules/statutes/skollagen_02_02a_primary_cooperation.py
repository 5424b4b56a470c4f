"""Skollagen (2010:800) 2 kap. 2 a–2 b §§: the primärt samverkansavtal on gymnasieskola and
komvux joins at least three kommuner."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import SKOLL_PRIMARY_COOPERATION_APPLIED
from samverkan.model import ContractualCooperation, LocalFederation, PrimaryCooperationScope
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


def _scope_recorded(subject: ContractualCooperation | LocalFederation) -> bool:
    return bool(subject.primary_school_cooperation) and subject.primary_school_scope is not None


@rule(
    "SKOLL-2-2b-scope",
    applies_to=(ContractualCooperation, LocalFederation),
    applies_when=_scope_recorded,
    cites=("SkolL 2:2 b 1 st.", "SkolL 2:2 a 2 st."),
    valid_from=SKOLL_PRIMARY_COOPERATION_APPLIED,
)
def planning_dimensioning_and_offer(
    subject: ContractualCooperation | LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """A primärt samverkansavtal covers planning, dimensioning and the offer of education.

    "Det primära samverkansavtalet ska avse planering, dimensionering och erbjudande av
    utbildning" (SkolL 2:2 b 1 st., SFS 2022:1089; verified in the consolidated text up to
    SFS 2024:89). Where the document records what its primärt samverkansavtal covers, each of
    the three left out is reported: an error when the agreement joins at least three kommuner,
    a warning when it joins fewer, since the government's exceptions for kommuner's
    geographic position may say what applies to planning, dimensioning and offer for them
    (2:2 a 2 st.), and those were not read. A document that does not record the scope is not
    judged here. The rule applies from the same day as SKOLL-2-2a-primary-cooperation.

    Does not check: which educations the agreement must cover (15:30 a 1 st. and 20:16 a
    1 st., not read); the secondary agreements (2:2 b 2 st.); whether what the agreement
    says of each is enough.
    """
    scope = subject.primary_school_scope or frozenset()
    missing = [item for item in PrimaryCooperationScope if item not in scope]
    if not missing:
        return
    kommuner = {p for p in _parties(subject) if isinstance(p, Municipality)}
    yield ctx.finding(
        N_(
            "Det primära samverkansavtalet avser inte {missing}; avtalet ska avse planering, "
            "dimensionering och erbjudande av utbildning."
        ),
        fix=N_("Låt avtalet avse också {missing}."),
        path="$.primary_school_scope",
        severity=Severity.ERROR if len(kommuner) >= 3 else Severity.WARNING,
        facts={"missing": [item.value for item in missing]},
        missing=", ".join(item.value for item in missing),
    )
