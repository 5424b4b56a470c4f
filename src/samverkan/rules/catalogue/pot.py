"""Rules for a shared fund pot (*gemensam pott*).

The pot is money the principals placed under one nämnd's decisions. Who may decide follows
from KL (3:4, 6:37); that the money suffices is arithmetic; the form of a case number is
practice, cited to the closest provision as each docstring says.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

from samverkan.i18n import N_, Translatable
from samverkan.model.pot import Decision, Payment, Pot
from samverkan.model.structure import BodyKind
from samverkan.money import EXACT, exact_difference
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

#: Kommunallag (2017:725) entered into force.
KL_2017 = date(2018, 1, 1)

#: A diarienummer as the regions of the seeds write them: organ, serial number, year.
CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]+/\d+/\d{4}\Z")


def _running_totals(
    entries: Iterable[tuple[str, date, Decimal]],
) -> dict[str, tuple[list[date], list[Decimal]]]:
    """For each case number: the days of ``entries`` (in the order given, by date) and the
    exact total up to and including each."""
    totals: dict[str, tuple[list[date], list[Decimal]]] = {}
    for case, on, amount in entries:
        days, sums = totals.setdefault(case, ([], []))
        days.append(on)
        sums.append(EXACT.add(sums[-1] if sums else Decimal(0), amount))
    return totals


def _paid_so_far(payments: tuple[Payment, ...]) -> dict[int, Decimal]:
    """For each payment, by position: what its case has paid up to and including it (earlier
    days, or earlier in the list on the same day)."""
    ordered = sorted(enumerate(payments), key=lambda pair: (pair[1].on, pair[0]))
    entries = ((p.case_number, p.on, p.amount) for _, p in ordered)
    totals = {case: iter(sums) for case, (_, sums) in _running_totals(entries).items()}
    return {index: next(totals[p.case_number]) for index, p in ordered}


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


@rule(
    "POT-balance",
    applies_to=Pot,
    cites=("KL 3:4",),
    valid_from=KL_2017,
)
def grant_within_balance(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """No grant exceeds what the pot holds on the day it is decided.

    No provision speaks of the pot itself: it is a sum the principals placed under the
    deciding nämnd (appointed under KL 3:4), and a grant beyond what is there on the decision
    date, after the grants decided before it, cannot be paid. Contributions count from the
    day they are made; grants from the day they are decided, paid or not. Decisions on the
    same day count in the order listed. An arithmetic error.

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


@rule(
    "POT-earmark",
    applies_to=Pot,
    cites=("KL 3:4",),
    valid_from=KL_2017,
)
def grant_within_earmark(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """No grant exceeds what remains of the earmarked funds it draws on.

    Money contributed for a purpose (the 903 791 kr of social-welfare funds of primärkommunal
    provenance in Jämtland's pot) may be granted for that purpose up to what was contributed,
    less what earlier grants took from it. As for POT-balance, the limit is the contributors'
    own (KL 3:4 is cited for the nämnd that decides); exceeding it is an arithmetic error. A
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


@rule(
    "POT-decision-mandate",
    applies_to=Pot,
    cites=("KL 3:4", "KL 6:37"),
    valid_from=KL_2017,
)
def decided_by_mandated_body(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """Only the body whose mandate covers the pot decides on it; a proposal is no decision.

    The use of the pot is decided by a nämnd appointed by fullmäktige (KL 3:4) whose mandate
    covers the pot (Jämtland: regionala utvecklingsnämnden). A nämnd may let its presidium,
    an utskott, a member, a substitute or an employee decide for it (KL 6:37, 7:5), but not
    an advisory council: the samverkansråd's proposal is not a decision, and a decision
    recorded as the proposer's, or any other body's, is reported. So is a deciding body that
    is not a decision-making organ or whose mandate does not cover the pot, and a payment for
    which no decision grants enough by the day it is made.

    Does not check: delegation within the deciding nämnd (a decision by its chair under a
    delegationsordning must be recorded as the nämnd's), nor whether the deciding nämnd
    followed the proposal.
    """
    decider = pot.decider
    if decider.kind is not BodyKind.DECISION_MAKING:
        yield ctx.finding(
            N_("{body} är {kind} och kan inte vara det organ som beslutar om potten."),
            path="$.decider.kind",
            body=decider.name,
            kind=Translatable(decider.kind.value),
        )
    elif decider.mandate is None or not decider.mandate.covers(pot.matter):
        yield ctx.finding(
            N_("Mandatet för {body} omfattar inte {matter}."),
            path="$.decider.mandate",
            body=decider.name,
            matter=pot.matter,
        )
    proposer = pot.proposer
    for index, decision in enumerate(pot.decisions):
        if decision.by == decider.id:
            continue
        if proposer is not None and decision.by == proposer.id:
            yield ctx.finding(
                N_("Ärende {case}: {body} kan bara föreslå; beslutet fattas av {decider}."),
                path=f"$.decisions[{index}].by",
                case=decision.case_number,
                body=proposer.name,
                decider=decider.name,
            )
        else:
            yield ctx.finding(
                N_("Ärende {case} avgörs av {by}; beslutet fattas av {decider}."),
                path=f"$.decisions[{index}].by",
                case=decision.case_number,
                by=decision.by,
                decider=decider.name,
            )
    # Running totals by case number in date order, once: a long ledger costs n log n.
    valid = sorted((d for d in pot.decisions if d.by == decider.id), key=lambda d: d.on)
    grants = _running_totals((d.case_number, d.on, d.granted) for d in valid)
    paid_by_index = _paid_so_far(pot.payments)
    for index, payment in enumerate(pot.payments):
        days, totals = grants.get(payment.case_number, ([], []))
        granted_count = bisect_right(days, payment.on)
        granted = totals[granted_count - 1] if granted_count else Decimal(0)
        paid = paid_by_index[index]
        if paid > granted:
            yield ctx.finding(
                N_(
                    "Utbetalningen i ärende {case} den {on} för upp utbetalt belopp till {paid}, "
                    "men beslut av {decider} beviljar {granted}."
                ),
                path=f"$.payments[{index}]",
                case=payment.case_number,
                on=payment.on,
                paid=paid,
                granted=granted,
                decider=decider.name,
            )


@rule(
    "POT-case-number",
    applies_to=Pot,
    cites=("KL 3:4",),
    valid_from=KL_2017,
    severity=Severity.WARNING,
)
def case_numbers_well_formed(pot: Pot, ctx: RuleContext) -> Iterator[Finding]:
    """Case numbers are well formed and every step names a registered application.

    No statute prescribes the form of a diarienummer. The regions of the seeds write the
    registering organ's abbreviation, a serial number and the year (``RUN/189/2019``,
    ``RS/559/2019``); KL 3:4 is cited only because the prefix names the nämnd or styrelse
    whose case it is. A number of another form, or a proposal, decision or payment whose
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
