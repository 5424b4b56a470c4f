"""Kommunallagen (2017:725) 9 kap. 38 §: the yearly report on contractual cooperation
(*avtalssamverkan*) to fullmäktige.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from samverkan.i18n import N_
from samverkan.law.dates import (
    AVTALSSAMVERKAN,
)
from samverkan.model import (
    PARTY_TYPES,
    Body,
    ContractualCooperation,
    Participant,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.participants import (
    organ_term,
)
from samverkan.rules.recorded import Recorded, listed
from samverkan.rules.registry import rule


def _due_years(cooperation: ContractualCooperation, as_of: date) -> range:
    """The years whose report is due by ``as_of``: the full calendar years of the agreement
    from its start (or conclusion), not before 2018-07-01."""
    period = cooperation.period
    start = period.start if period is not None else cooperation.concluded_on
    if start is None:
        return range(0)
    if start < AVTALSSAMVERKAN:
        start = AVTALSSAMVERKAN
    first = start.year if start.month == 1 and start.day == 1 else start.year + 1
    # A year's report falls due in the following year, so it is missing only once that
    # following year has ended too; a year counts only if the agreement ran all of it.
    stop = as_of.year - 1
    end = period.end if period is not None else None
    if end is not None:
        last_full_year = end.year if end.month == 12 and end.day == 31 else end.year - 1
        stop = min(stop, last_full_year + 1)
    return range(first, stop)


@rule(
    "KL-9-38-annual-report",
    applies_to=ContractualCooperation,
    cites=("KL 9:38",),
    valid_from=AVTALSSAMVERKAN,
    severity=Severity.WARNING,
)
def annual_report(cooperation: ContractualCooperation, ctx: RuleContext) -> Iterator[Finding]:
    """Each party's styrelse reports its avtalssamverkan to fullmäktige every year.

    The kommunstyrelse or regionstyrelse shall report yearly to fullmäktige on the party's
    avtalssamverkan under 9:37 or another act (KL 9:38, from 2018-07-01): one report on all of
    the party's agreements, not one per agreement. For every commissioning and performing
    municipality or region and every full calendar year of the agreement's period (from its
    start, or from when it was concluded, and not before 2018-07-01), a report for that year
    is looked for once the following year has ended too. A missing party-year is a warning,
    since the report may have been made on the party's agreements together without this one
    recording it. A party with no report listed has unrecorded reporting, unless the list is
    declared complete.

    Does not check: when in the following year the report is given (KL 9:38 sets no date),
    part years, the report's content, or whether the styrelse or fullmäktige handled it.
    Participants that are not municipalities or regions have no styrelse in this sense and
    are skipped.
    """
    years = _due_years(cooperation, ctx.as_of)
    if not years:
        return
    complete = cooperation.annual_reports_complete
    if not cooperation.annual_reports and not complete:
        yield ctx.not_recorded(
            N_(
                "Inga årliga redovisningar till fullmäktige anges för åren {first}–{last}; "
                "redovisningen har inte prövats."
            ),
            path="$.annual_reports",
            first=str(years[0]),
            last=str(years[-1]),
        )
        return
    parties = list(dict.fromkeys((*cooperation.commissioning, cooperation.performing)))
    # the years reported, by party: each report's party hashed once
    reported: defaultdict[Participant, set[int]] = defaultdict(set)
    for report in cooperation.annual_reports:
        reported[report.party].add(report.year)
    for party in parties:
        if not isinstance(party, PARTY_TYPES):  # is_party, without a call
            continue
        party_years = reported.get(party)
        if listed(party_years is not None, complete) is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_(
                    "Inga årliga redovisningar anges för {party}; redovisningen har inte "
                    "prövats för den parten."
                ),
                path="$.annual_reports",
                party=party,
            )
            continue
        if party_years is not None and party_years.issuperset(years):
            continue
        for year in years:
            if party_years is None or year not in party_years:
                yield ctx.finding(
                    N_(
                        "{board} i {party} har inte redovisat avtalssamverkan för {year} till "
                        "fullmäktige."
                    ),
                    path="$.annual_reports",
                    party=party,
                    board=organ_term(Body.STYRELSE, party, ctx, capitalised=True),
                    year=str(year),
                    facts={"year": year},
                )
