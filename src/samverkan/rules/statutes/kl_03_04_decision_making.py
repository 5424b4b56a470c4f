"""Kommunallagen (2017:725) 1 kap. 4 § and 3 kap. 4 §, 6 kap. 37 §: only a municipality's own organs
decide; an advisory body decides nothing, and a fund pot's grants need a body with a mandate.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

from samverkan.i18n import N_, Translatable
from samverkan.law import parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model.pot import Payment, Pot
from samverkan.model.structure import BodyKind, CollaborationStructure
from samverkan.money import EXACT
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "STRUCT-advisory-no-mandate",
    applies_to=CollaborationStructure,
    cites=("KL 1:4", "KL 3:4"),
    valid_from=KL_2017,
)
def advisory_bodies_decide_nothing(
    structure: CollaborationStructure, ctx: RuleContext
) -> Iterator[Finding]:
    """Only a decision-making organ holds a mandate to decide for a principal.

    Decision-making power in a municipality or region is exercised by its elected fullmäktige
    and by the organs KL provides for, such as the nämnder fullmäktige appoints (KL 1:4, 3:4).
    A samverkansråd, a beredning, a network or a coordinating function is none of these: it
    may recommend, and the decision is then taken in each principal's own line organisation.
    A body of those kinds whose mandate lets it decide on a principal's behalf is reported.

    Does not check: whether a decision-making organ's mandate is actually delegated to it by
    the principal it names (the reglemente and delegationsordning are not modelled here), nor
    internal matters an advisory body may settle for itself (its agenda, a request for views).
    """
    for index, body in enumerate(structure.bodies):
        if body.kind is BodyKind.DECISION_MAKING or body.mandate is None:
            continue
        if body.mandate.over_principals:
            yield ctx.finding(
                N_(
                    "{body} är {kind} men har mandat att besluta för {principals}; beslut "
                    "fattas i huvudmännens egna linjeorganisationer."
                ),
                path=f"$.bodies[{index}].mandate.on_behalf_of",
                body=body.name,
                kind=Translatable(body.kind.value),
                principals=", ".join(str(p) for p in body.mandate.on_behalf_of),
                facts={"kind": body.kind.value, "matters": list(body.mandate.matters)},
            )


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
            citations=(parse_citation("KL 3:4", on=ctx.as_of),),
            body=decider.name,
            kind=Translatable(decider.kind.value),
        )
    elif decider.mandate is None or not decider.mandate.covers(pot.matter):
        yield ctx.finding(
            N_("Mandatet för {body} omfattar inte {matter}."),
            path="$.decider.mandate",
            citations=(parse_citation("KL 3:4", on=ctx.as_of),),
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
