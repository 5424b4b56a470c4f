"""Judging an organ whose seats are recorded only as a total (:class:`~samverkan.model.OrganSeats`).

Shared by the representation rules of KL 9:3 (förbund), KL 9:24 (joint committee) and lag
(2003:1210) 10 § (samordningsförbund): a total does not say which party holds which seat, so
each party's own representation is reported once as not recorded, and the total is judged
only for what it decides by itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Citation
from samverkan.model import OrganSeats
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.representation import TotalGap, total_gaps

__all__ = ["judge_organ_total"]

_TOTAL_GAPS = {
    TotalGap.FEWER_MEMBERS_THAN_PARTIES: N_(
        "I {organ} finns {members} ledamöter men {count} parter; varje part ska ha minst en "
        "ledamot."
    ),
    TotalGap.FEWER_SUBSTITUTES_THAN_PARTIES: N_(
        "I {organ} finns {substitutes} ersättare men {count} parter; varje part ska ha minst en "
        "ersättare."
    ),
    TotalGap.UNEQUAL: N_(
        "I {organ} finns {members} ledamöter och {substitutes} ersättare; antalen ska vara lika."
    ),
}


def judge_organ_total(
    ctx: RuleContext,
    totals: OrganSeats,
    parties: int,
    *,
    path: str,
    organ: str,
    citations: tuple[Citation, ...] | None = None,
) -> Iterator[Finding]:
    """The findings on an organ of ``parties`` parties recorded only as ``totals``: one note
    that the split per party is not recorded, then an error for each :class:`TotalGap`.
    ``organ`` names the organ in the definite form ("förbundsdirektionen")."""
    yield ctx.not_recorded(
        N_(
            "Platserna i {organ} anges bara som ett antal för hela organet, inte per part; "
            "varje parts representation har inte prövats."
        ),
        path=path,
        citations=citations,
        organ=organ,
    )
    for gap in total_gaps(totals, parties):
        yield ctx.finding(
            _TOTAL_GAPS[gap],
            path=path,
            citations=citations,
            organ=organ,
            members=totals.members,
            substitutes=totals.substitutes,
            count=parties,
            facts={"gap": gap.name},
        )
