"""Kommunallagen (2017:725) 9 kap. 10 §: the public budget meeting of a förbundsdirektion."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KL_2017
from samverkan.model import AssemblyForm, LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

#: The shortest notice of a direktion's budget meeting, in days (KL 9:10: one week).
MIN_NOTICE_DAYS = 7


@rule(
    "KL-9-10-budget-meeting",
    applies_to=LocalFederation,
    applies_when=lambda federation: federation.assembly is AssemblyForm.DIREKTION,
    cites=("KL 9:10",),
    valid_from=KL_2017,
)
def public_budget_meeting(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A direktion adopts the budget at a public meeting announced a week ahead.

    In a kommunalförbund with förbundsdirektion the meeting at which the budget is adopted is
    public, and it is announced on the förbund's anslagstavla at least one week before the
    meeting day (KL 9:10). A meeting recorded as closed, or announced fewer than seven days
    ahead, is an error; a recorded meeting whose openness or notice is not stated is reported
    as not judged. A document that records no budget meeting is not judged.

    Does not check: the budget's content or balance (KL 11 kap.), the förbundsordning's
    guidelines on the budget process (9:6 p. 13), the members' share of a deficit (9:11), nor
    a förbund with förbundsfullmäktige, whose meetings are public by KL 5 kap.
    """
    meeting = federation.budget_meeting
    if meeting is None:
        return
    if meeting.public is False:
        yield ctx.finding(
            N_(
                "Direktionens sammanträde där budgeten fastställs hålls enligt förslaget inom "
                "stängda dörrar; det ska vara offentligt."
            ),
            fix=N_("Gör budgetsammanträdet offentligt."),
            path="$.budget_meeting.public",
        )
    if meeting.notice_days is not None and meeting.notice_days < MIN_NOTICE_DAYS:
        yield ctx.finding(
            N_(
                "Budgetsammanträdet tillkännages {days} dagar i förväg; det ska tillkännages på "
                "förbundets anslagstavla minst en vecka före sammanträdesdagen."
            ),
            fix=N_("Tillkännage sammanträdet på förbundets anslagstavla minst en vecka i förväg."),
            path="$.budget_meeting.notice_days",
            facts={"notice_days": meeting.notice_days},
            days=meeting.notice_days,
        )
    if meeting.public is None or meeting.notice_days is None:
        yield ctx.not_recorded(
            N_(
                "Det anges inte om budgetsammanträdet är offentligt och tillkännages en vecka i "
                "förväg; det har inte prövats fullt ut."
            ),
            path="$.budget_meeting",
        )
