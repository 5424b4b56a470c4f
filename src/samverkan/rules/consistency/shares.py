"""The share counts of a company and of the intermediaries between it and its owners: the
holdings add up to the total, and each holding's per cent matches its count."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from samverkan.i18n import N_
from samverkan.model import JointlyOwnedCompany
from samverkan.money import EXACT
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import consistency_rule


def _count_findings(
    ctx: RuleContext,
    holdings: list[tuple[int | None, Decimal | None]],
    total: int | None,
    path: str,
    name: str,
) -> Iterator[Finding]:
    """Findings for ``holdings`` (shares, percent) against ``total`` at ``path``."""
    counts = [shares for shares, _ in holdings]
    if total is None:
        return
    if None not in counts:
        summed = sum(c for c in counts if c is not None)
        if summed != total:
            yield ctx.finding(
                N_("Innehaven i {name} omfattar {summed} andelar, men totalt anges {total}."),
                path=path,
                name=name,
                summed=summed,
                total=total,
                facts={"summed": summed, "total": total},
            )
    for index, (shares, percent) in enumerate(holdings):
        if shares is None or percent is None or total == 0:
            continue
        if EXACT.multiply(percent, Decimal(total)) != EXACT.multiply(Decimal(shares), 100):
            yield ctx.finding(
                N_(
                    "Ett innehav i {name} anges till {percent} % men {shares} av {total} "
                    "andelar; uppgifterna stämmer inte med varandra."
                ),
                path=f"{path}[{index}]",
                name=name,
                percent=format(percent.normalize(EXACT), "f"),
                shares=shares,
                total=total,
            )


@consistency_rule("COMPANY-share-count", applies_to=JointlyOwnedCompany)
def share_counts_add_up(company: JointlyOwnedCompany, ctx: RuleContext) -> Iterator[Finding]:
    """The share counts of the holdings add up to the total, and match the per cent given.

    A company's holdings, and the stakes in each intermediary, may be given as exact counts
    of shares (aktier, andelar) besides per cent. Where the total is given, the counts must
    add up to it and each holding's per cent must be its count's share of the total; a
    mismatch is a warning, since one of the figures is wrong.

    Does not check: share classes with different votes, and holdings whose count is left out
    (their per cent is checked by KL-10-4-part-owned's sum).
    """
    yield from _count_findings(
        ctx,
        [(h.shares, h.percent) for h in company.holdings],
        company.total_shares,
        "$.holdings",
        company.name,
    )
    for index, intermediary in enumerate(company.intermediaries):
        yield from _count_findings(
            ctx,
            [(o.shares, o.percent) for o in intermediary.owners],
            intermediary.total_shares,
            f"$.intermediaries[{index}].owners",
            intermediary.organisation.name,
        )
