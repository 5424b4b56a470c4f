"""Lag (2010:630) om regionalt utvecklingsansvar 8 § 1 p.: coordination of a region's
cooperation agreements, applied by analogy to the register of agreements.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model.cooperation_agreement import (
    AgreementRegister,
    CooperationAgreement,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


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
