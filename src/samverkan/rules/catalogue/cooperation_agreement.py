"""Rules for cooperation agreements between a region and its municipalities
(*överenskommelse / samverkansavtal*).

Such agreements carry out the region's responsibility for regional development together
with the municipalities (lag (2010:630) om regionalt utvecklingsansvar 5 §), and are adopted
by each party's fullmäktige (KL 1:4, 5:1). Their periods, reporting duties and budgets are
the parties' own terms; the rules check the agreement against them and cite the closest
provision, as each docstring says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.model.cooperation_agreement import (
    AgreementRegister,
    CooperationAgreement,
    RevisedAssignments,
    Revision,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

#: Kommunallag (2017:725) entered into force.
KL_2017 = date(2018, 1, 1)


@rule(
    "AGR-expired",
    applies_to=CooperationAgreement,
    cites=("KL 1:4", "KL 5:1"),
    valid_from=KL_2017,
    severity=Severity.WARNING,
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


def _shared_start(first: CooperationAgreement, second: CooperationAgreement) -> date:
    return max(first.period.start, second.period.start)


@rule(
    "AGR-overlap",
    applies_to=AgreementRegister,
    cites=("2010:630 8 § 1 p.",),
    valid_from=KL_2017,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_RD,
)
def no_overlapping_assignments(register: AgreementRegister, ctx: RuleContext) -> Iterator[Finding]:
    """No assignment is given by two agreements in force at the same time.

    The region shall cooperate with the county's municipalities in its regional development
    work (lag (2010:630) om regionalt utvecklingsansvar 8 § 1 p.); the law prescribes no form,
    and these agreements are how the parties set the cooperation's terms. Two agreements that
    both give the same assignment over the same days leave unclear which terms and which
    budget apply, and may pay for the work twice. Assignments are matched by name, over the
    agreements' whole periods with extensions. A warning: a later agreement that replaces an
    earlier one should start after it ends.

    Does not check: assignments worded differently for the same work, nor whether an
    assignment added by a revision was in force on the overlapping days.
    """
    agreements = register.agreements
    for j, second in enumerate(agreements):
        for i, first in enumerate(agreements[:j]):
            if not first.effective_period.overlaps(second.effective_period):
                continue
            shared = set(first.all_assignment_names()) & set(second.all_assignment_names())
            for name in second.all_assignment_names():
                if name not in shared:
                    continue
                index = next((k for k, a in enumerate(second.assignments) if a.name == name), None)
                path = (
                    f"$.agreements[{j}].assignments[{index}]"
                    if index is not None
                    else f"$.agreements[{j}].revisions"
                )
                yield ctx.finding(
                    N_(
                        "Uppdraget {assignment} ingår i både {first} och {second}, som gäller "
                        "samtidigt från {start}."
                    ),
                    path=path,
                    assignment=name,
                    first=first.title,
                    second=second.title,
                    start=_shared_start(first, second),
                    facts={"agreements": [i, j]},
                )


@rule(
    "AGR-annual-report",
    applies_to=CooperationAgreement,
    cites=("2010:630 8 § 1 p.",),
    valid_from=KL_2017,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_RD,
)
def yearly_report_made(agreement: CooperationAgreement, ctx: RuleContext) -> Iterator[Finding]:
    """The region reports every year how the agreement has been fulfilled.

    Jämtland's agreement obliges the region to report yearly, in a verksamhetsberättelse,
    so that the municipalities can judge whether it is fulfilled. The duty is the
    agreement's own: no statute requires the report. The provision cited is the region's duty
    to cooperate with the municipalities (lag (2010:630) 8 § 1 p.), which the agreement
    carries out. A report is missing
    when a year the agreement ran has no report and the report's due date (the reporting
    duty's months after the year's end) has passed by the date of the check. A warning:
    the report may exist without being recorded.

    Does not check: agreements that state no reporting duty, reports presented late, and the
    content of the report.
    """
    duty = agreement.reporting
    if duty is None:
        return
    last = agreement.end or ctx.as_of
    for year in range(agreement.period.start.year, min(last, ctx.as_of).year + 1):
        try:
            due = duty.due(year)
        except (ValueError, OverflowError):  # due outside the calendar (years 1 to 9999)
            continue
        if due < ctx.as_of and agreement.report_for(year) is None:
            yield ctx.finding(
                N_("{form} för {year} saknas; den skulle ha lämnats senast {due}."),
                path="$.reports",
                form=duty.form.capitalize(),
                year=str(year),
                due=due,
                facts={"year": year},
            )


def _states(agreement: CooperationAgreement) -> Iterator[tuple[int, Revision, RevisedAssignments]]:
    """Each revision in the order proposed, with the assignments it was proposed against."""
    current = RevisedAssignments(agreement.assignments)
    order = sorted(enumerate(agreement.revisions), key=lambda pair: (pair[1].proposed_on, pair[0]))
    for index, revision in order:
        yield index, revision, current
        current.apply(revision)


@rule(
    "AGR-revision-consistent",
    applies_to=CooperationAgreement,
    cites=("KL 5:1",),
    valid_from=KL_2017,
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


@rule(
    "AGR-revision-budget",
    applies_to=CooperationAgreement,
    cites=("KL 5:1",),
    valid_from=KL_2017,
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
            yield ctx.finding(
                N_(
                    "Revideringen sägs inte ändra den totala budgeten, men budgeten anges inte "
                    "för alla uppdrag; påståendet har inte prövats."
                ),
                path=f"$.revisions[{index}].claims_budget_unchanged",
                severity=Severity.INFO,
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
