"""Consistency of a fund pot's ledger: grants within the balance and earmarks, and case numbers.

These rules check the parties' own arithmetic, not a statute: their findings are of the
consistency category and cite no provision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from samverkan.i18n import N_
from samverkan.model.pot import Decision, Pot
from samverkan.money import EXACT, exact_difference
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import consistency_rule

#: A diarienummer as the regions of the seeds write them: organ, serial number, year.
CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]+/\d+/\d{4}\Z")


def _ordered(pot: Pot) -> list[tuple[int, Decision]]:
    """The decisions with their positions, by date and then by position."""
    return sorted(enumerate(pot.decisions), key=lambda pair: (pair[1].on, pair[0]))


def _earlier_grants(pot: Pot, by_earmark: bool) -> dict[int, Decimal]:
    """For each decision, by position: what the decisions before it (earlier days, or earlier
    in the list on the same day) granted from the whole pot, or (``by_earmark``) from the
    decision's own earmark. One pass in date order, so a long ledger costs linear time.
    """
    totals: dict[str | None, Decimal] = {}
    before: dict[int, Decimal] = {}
    for index, decision in _ordered(pot):
        key = decision.earmark if by_earmark else None
        running = totals.get(key, Decimal(0))
        before[index] = running
        totals[key] = EXACT.add(running, decision.granted)
    return before


@consistency_rule(
    "POT-balance",
    applies_to=Pot,
)
def grant_within_balance(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """No grant exceeds what the pot holds on the day it is decided.

    No provision speaks of the pot itself: it is a sum the principals placed under the
    deciding nämnd (appointed under KL 3:4), and a grant beyond what is there on the decision
    date, after the grants decided before it, cannot be paid. Contributions count from the
    day they are made; grants from the day they are decided, paid or not. Decisions on the
    same day count in the order listed. An arithmetic disagreement within the ledger, so no
    provision is cited.

    Does not check: decisions taken after the date of the check (they are counted like any
    other), payments (see POT-decision-mandate), nor funds promised but not yet contributed.
    """
    earlier = _earlier_grants(pot, by_earmark=False)
    for index, decision in _ordered(pot):
        if decision.granted == 0:
            continue
        available = exact_difference(pot.contributed(decision.on), earlier[index])
        if decision.granted > available:
            yield ctx.finding(
                N_(
                    "Beslutet i ärende {case} beviljar {granted} men potten rymmer bara "
                    "{available} den {on}."
                ),
                path=f"$.decisions[{index}].granted",
                case=decision.case_number,
                granted=decision.granted,
                available=available,
                on=decision.on,
                facts={"granted": str(decision.granted), "available": str(available)},
            )


@consistency_rule(
    "POT-earmark",
    applies_to=Pot,
)
def grant_within_earmark(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """No grant exceeds what remains of the earmarked funds it draws on.

    Money contributed for a purpose (the 903 791 kr of social-welfare funds of primärkommunal
    provenance in Jämtland's pot) may be granted for that purpose up to what was contributed,
    less what earlier grants took from it. As for POT-balance, the limit is the contributors'
    own; exceeding it is an arithmetic disagreement within the ledger, and no provision is
    cited (KL 3:4 says who decides, not how much there is). A
    grant naming an earmark no contribution carries is reported too.

    Does not check: grants that name no earmark (whether they draw on earmarked money is not
    recorded), nor whether the purpose of the grant fits the earmark.
    """
    earmarks = set(pot.earmarks())
    earlier = _earlier_grants(pot, by_earmark=True)
    for index, decision in _ordered(pot):
        earmark = decision.earmark
        if earmark is None or decision.granted == 0:
            continue
        path = f"$.decisions[{index}].earmark"
        if earmark not in earmarks:
            yield ctx.finding(
                N_("Beslutet i ärende {case} tar medel ur {earmark}, som inga tillskott avser."),
                path=path,
                case=decision.case_number,
                earmark=earmark,
            )
            continue
        available = exact_difference(pot.contributed(decision.on, earmark), earlier[index])
        if decision.granted > available:
            yield ctx.finding(
                N_(
                    "Beslutet i ärende {case} beviljar {granted} ur {earmark}, där bara "
                    "{available} återstår den {on}."
                ),
                path=path,
                case=decision.case_number,
                granted=decision.granted,
                earmark=earmark,
                available=available,
                on=decision.on,
                facts={"granted": str(decision.granted), "available": str(available)},
            )


@consistency_rule(
    "POT-case-number",
    applies_to=Pot,
)
def case_numbers_well_formed(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """Case numbers are well formed and every step names a registered application.

    No statute prescribes the form of a diarienummer. The regions of the seeds write the
    registering organ's abbreviation, a serial number and the year (``RUN/189/2019``,
    ``RS/559/2019``); the prefix names the nämnd or styrelse whose case it is. A number of
    another form, or a proposal, decision or payment whose
    case number matches no application, is a warning: it is likely a typing error that
    breaks the link between the steps of a case.

    Does not check: that the serial number exists in the organ's diarium, that the year is
    the year of registration, or other organs' numbering practice (a different practice
    means ignoring this warning).
    """
    for index, application in enumerate(pot.applications):
        if not CASE_NUMBER.match(application.case_number):
            yield ctx.finding(
                N_("Diarienumret {case} har inte formen ORGAN/löpnummer/år."),
                path=f"$.applications[{index}].case_number",
                case=application.case_number,
            )
    registered = {a.case_number for a in pot.applications}
    steps = (
        ("proposals", [p.case_number for p in pot.proposals]),
        ("decisions", [d.case_number for d in pot.decisions]),
        ("payments", [p.case_number for p in pot.payments]),
    )
    for name, numbers in steps:
        for index, number in enumerate(numbers):
            if number not in registered:
                yield ctx.finding(
                    N_("Ärende {case} motsvarar ingen registrerad ansökan."),
                    path=f"$.{name}[{index}].case_number",
                    case=number,
                )
