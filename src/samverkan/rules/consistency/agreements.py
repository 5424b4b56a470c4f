"""Consistency of a cooperation agreement: use after expiry and revisions that agree with the
assignments and the budget.

These rules check the parties' own agreement, not a statute: their findings are of the
consistency category and cite no provision.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.model.cooperation_agreement import (
    CooperationAgreement,
    RevisedAssignments,
    Revision,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import consistency_rule


@consistency_rule(
    "AGR-expired",
    applies_to=CooperationAgreement,
)
def not_used_after_expiry(agreement: CooperationAgreement, ctx: RuleContext) -> Iterator[Finding]:
    """An agreement is not relied on after it has expired.

    Fullmäktige adopted the agreement for a period (KL 1:4, 5:1); extensions decided by the
    parties lengthen it. An act that relies on the agreement after its last day, extensions
    included, has no agreed basis: the parties must extend it or conclude a new one. A
    warning, since the parties may have extended it in a decision not recorded here.

    Does not check: acts dated after the date of the check, acts before the agreement took
    effect, and whether an extension was decided before or after the period ran out.
    """
    end = agreement.end
    if end is None:
        return
    for index, use in enumerate(agreement.uses):
        if end < use.on <= ctx.as_of:
            yield ctx.finding(
                N_("{what} ({on}) stöder sig på överenskommelsen, som upphörde {end}."),
                path=f"$.uses[{index}].on",
                what=use.what,
                on=use.on,
                end=end,
            )


def _states(agreement: CooperationAgreement) -> Iterator[tuple[int, Revision, RevisedAssignments]]:
    """Each revision in the order proposed, with the assignments it was proposed against."""
    current = RevisedAssignments(agreement.assignments)
    order = sorted(enumerate(agreement.revisions), key=lambda pair: (pair[1].proposed_on, pair[0]))
    for index, revision in order:
        yield index, revision, current
        current.apply(revision)


@consistency_rule(
    "AGR-revision-consistent",
    applies_to=CooperationAgreement,
)
def revision_matches_assignments(
    agreement: CooperationAgreement, ctx: RuleContext
) -> Iterator[Finding]:
    """A revision removes only assignments the agreement has and adds only new ones.

    A revision is put to each party's fullmäktige (KL 5:1) as a list of changes. Removing an
    assignment the agreement (as revised before) does not hold, or adding one it already
    holds, means the list does not describe the agreement: usually a misspelt name. An
    error of consistency within the document.

    Does not check: whether the removed and added assignments are the ones the parties
    meant, nor changes to an assignment's wording or budget that keep its name.
    """
    for index, revision, before in _states(agreement):
        names = before.names
        for k, name in enumerate(revision.removes):
            if name not in names:
                yield ctx.finding(
                    N_("Revideringen tar bort uppdraget {assignment}, som inte finns i avtalet."),
                    path=f"$.revisions[{index}].removes[{k}]",
                    assignment=name,
                )
        for k, added in enumerate(revision.adds):
            if added.name in names and added.name not in revision.removes:
                yield ctx.finding(
                    N_("Revideringen lägger till uppdraget {assignment}, som redan finns."),
                    path=f"$.revisions[{index}].adds[{k}]",
                    assignment=added.name,
                )


@consistency_rule(
    "AGR-revision-budget",
    applies_to=CooperationAgreement,
)
def revision_keeps_budget(agreement: CooperationAgreement, ctx: RuleContext) -> Iterator[Finding]:
    """A revision that claims to leave the total budget unchanged does leave it unchanged.

    Budgets and other important economic matters are for fullmäktige (KL 5:1); a revision
    put to it as budget-neutral must be so. The total of the assignments' budgets before the
    revision is compared with the total after it, exactly. When an assignment has no stated
    budget the claim cannot be tested, which is noted as information (the seeds state no
    amounts, and none are guessed).

    Does not check: revisions that make no claim about the budget, budget lines outside the
    assignments (administration, overheads), and changes in later years.
    """
    for index, revision, before in _states(agreement):
        if revision.claims_budget_unchanged is not True:
            continue
        old, new = before.budget(), before.budget_after(revision)
        if old is None or new is None:
            yield ctx.not_recorded(
                N_(
                    "Revideringen sägs inte ändra den totala budgeten, men budgeten anges inte "
                    "för alla uppdrag; påståendet har inte prövats."
                ),
                path=f"$.revisions[{index}].claims_budget_unchanged",
            )
        elif old != new:
            yield ctx.finding(
                N_(
                    "Revideringen sägs inte ändra den totala budgeten, men den ändras från "
                    "{old} till {new}."
                ),
                path=f"$.revisions[{index}].claims_budget_unchanged",
                old=old,
                new=new,
                facts={"before": str(old), "after": str(new)},
            )
