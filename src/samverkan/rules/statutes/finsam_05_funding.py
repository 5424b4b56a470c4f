"""Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser 5 §: who pays what
share of the means of a samordningsförbund.

Source: the consolidated text in Regeringskansliets rättsdatabaser, up to SFS 2023:644;
5 § in the wording of SFS 2019:914.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from samverkan.i18n import N_, T_, Translatable
from samverkan.law.dates import FINSAM_REGIONS
from samverkan.model import CoordinationAssociation, FundingShare, StateMember, state_member
from samverkan.money import EXACT, exact_sum
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

#: The groups 5 § gives a share, with their share of the whole as a fraction (numerator,
#: denominator); Arbetsförmedlingen is given none.
_GROUPS: dict[str, tuple[Translatable, int, int]] = {
    "FORSAKRINGSKASSAN": (T_("Försäkringskassan"), 1, 2),
    "ARBETSFORMEDLINGEN": (T_("Arbetsförmedlingen"), 0, 1),
    "REGIONS": (T_("regionerna tillsammans"), 1, 4),
    "MUNICIPALITIES": (T_("kommunerna tillsammans"), 1, 4),
}


def _group(share: FundingShare) -> str | None:
    agency = state_member(share.member)
    if agency is StateMember.FORSAKRINGSKASSAN:
        return "FORSAKRINGSKASSAN"
    if agency is StateMember.ARBETSFORMEDLINGEN:
        return "ARBETSFORMEDLINGEN"
    if isinstance(share.member, Region):
        return "REGIONS"
    if isinstance(share.member, Municipality):
        return "MUNICIPALITIES"
    return None


def _plain(value: Decimal) -> str:
    """An exact number as plain text (a Decimal parameter would render as kronor)."""
    return format(value.normalize(EXACT), "f")


def _values(funding: tuple[FundingShare, ...]) -> tuple[str, list[Decimal]] | None:
    """The figures to compare: every share's percent, or else every share's amount."""
    if all(s.percent is not None for s in funding):
        return "percent", [s.percent for s in funding if s.percent is not None]
    if all(s.amount is not None for s in funding) and len({s.year for s in funding}) == 1:
        return "amount", [s.amount for s in funding if s.amount is not None]
    return None


@rule(
    "FINSAM-5-funding",
    applies_to=CoordinationAssociation,
    cites=("2003:1210 5 §",),
    valid_from=FINSAM_REGIONS,
)
def funding_shares_fixed_by_law(
    association: CoordinationAssociation, ctx: RuleContext
) -> Iterator[Finding]:
    """Försäkringskassan pays half the means, the regions a quarter and the kommuner a quarter.

    Försäkringskassan contributes half of the means of the financial coordination, the
    participating region or regions a quarter and the participating kommun or kommuner a
    quarter; several kommuner count as one party and divide their quarter as they agree, and
    so do several regions (5 §). The act gives Arbetsförmedlingen no share: the state's half
    is Försäkringskassan's. The shares are compared as per cent of 100 where every
    contribution states one, otherwise as amounts where every contribution states one for
    the same year; each group off its share is an error, as is a contribution by someone who
    is not a member.

    Does not check: a kommun outside any region (Gotland), whose share 5 a § sets and which
    is reported as not judged; how the kommuner divide their quarter among themselves; and
    contributions for several years at once (compare one year at a time).
    """
    funding = association.funding
    if not funding:
        yield ctx.not_recorded(
            N_("Medlemmarnas bidrag till medlen anges inte; fördelningen har inte prövats."),
            path="$.funding",
        )
        return
    for index, share in enumerate(funding):
        if share.member not in association.members:
            yield ctx.finding(
                N_("{member} bidrar med medel men är inte medlem i förbundet."),
                path=f"$.funding[{index}].member",
                fix=N_("Ta bort bidraget från {member}: bara medlemmarna bidrar med medel."),
                member=share.member,
            )
    if any(
        isinstance(m, Municipality) and m.carries_regional_responsibilities
        for m in association.members
    ):
        yield ctx.not_judged(
            N_(
                "En kommun som inte ingår i en region är medlem; dess andel följer 5 a § och "
                "fördelningen har inte prövats."
            ),
            path="$.funding",
        )
        return
    found = _values(funding)
    if found is None:
        yield ctx.not_recorded(
            N_(
                "Bidragen anges inte alla i procent, eller alla som belopp för samma år; "
                "fördelningen har inte prövats."
            ),
            path="$.funding",
        )
        return
    unit, values = found
    total = Decimal(100) if unit == "percent" else exact_sum(values)
    sums: dict[str, Decimal] = dict.fromkeys(_GROUPS, Decimal(0))
    for share, value in zip(funding, values, strict=True):
        group = _group(share)
        if group is not None:
            sums[group] = EXACT.add(sums[group], value)
    for group, (label, numerator, denominator) in _GROUPS.items():
        if EXACT.multiply(sums[group], Decimal(denominator)) == EXACT.multiply(
            total, Decimal(numerator)
        ):
            continue
        expected = EXACT.divide(EXACT.multiply(total, Decimal(numerator)), Decimal(denominator))
        yield ctx.finding(
            N_("{group} bidrar med {actual} av {total}; enligt lagen ska andelen vara {expected}."),
            path="$.funding",
            fix=N_("Ändra bidragen så att {group} står för {expected} av {total}."),
            group=label,
            actual=_plain(sums[group]) + (" %" if unit == "percent" else " kr"),
            total=_plain(total) + (" %" if unit == "percent" else " kr"),
            expected=_plain(expected) + (" %" if unit == "percent" else " kr"),
            facts={"group": group, "unit": unit, "actual": str(sums[group])},
        )
