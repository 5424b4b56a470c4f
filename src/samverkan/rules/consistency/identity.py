"""A company's organisation number (*organisationsnummer*) has the form and check digit of one."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.model import JointlyOwnedCompany
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import consistency_rule


@consistency_rule("COMPANY-orgnr", applies_to=JointlyOwnedCompany)
def organisation_number_is_valid(
    company: JointlyOwnedCompany, ctx: RuleContext
) -> Iterator[Finding]:
    """The company's organisation number has the form and check digit of one.

    Documents of schema 1.1 and earlier could give any text as a company's organisation
    number, so a number that fails python-stdnum's check (ten digits, the Luhn check digit, a
    valid group number) is reported as a warning rather than refused, and such documents keep
    loading. A förbund's or samordningsförbund's number, new in schema 1.2, is checked when it
    is read.

    Does not check: that the number belongs to this company (Bolagsverket's register is not
    consulted).
    """
    if company.orgnr is None:
        return
    from stdnum.se import orgnr as stdnum_orgnr  # slow to import: at first use

    if not stdnum_orgnr.is_valid(company.orgnr):
        yield ctx.finding(
            N_(
                "Organisationsnumret {orgnr} är inte ett giltigt organisationsnummer (formen "
                "eller kontrollsiffran stämmer inte)."
            ),
            path="$.orgnr",
            orgnr=company.orgnr,
        )
