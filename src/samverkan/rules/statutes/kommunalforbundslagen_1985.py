"""Kommunalförbundslagen (1985:894): the federation before 1998, on which samverkan reports
what it does not judge.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import KFL_1985, KFL_1985_LAST_DAY
from samverkan.model import LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KFL1985-federation",
    applies_to=LocalFederation,
    cites=("1985:894 1:1", "1985:894 1:7"),
    valid_from=KFL_1985,
    valid_to=KFL_1985_LAST_DAY,
    severity=Severity.INFO,
)
def federation_under_kfl_1985(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """On this date a federation was governed by kommunalförbundslagen (1985:894), partly encoded.

    From 1986-01-01 to 1997-12-31 the kommunalförbund rested on kommunalförbundslagen
    (1985:894): municipalities and landsting could join in a förbund to run municipal matters
    (1 kap. 1 §), under a förbundsordning the members adopted (1 kap. 7 §). The act was
    repealed by SFS 1997:550; a federation formed before 1998 could keep its rules
    until 2002-12-31. samverkan's rules follow Kommunallag (2017:725); for a date in this
    period the rules in :mod:`samverkan.rules.statutes.kfl_1985_rules` judge the members, the
    form, the förbundsordning's adoption and the common task, and this rule reports, once,
    what is not judged.

    Does not check: the förbundsordning's content (1 kap. 9 §) and exit; after 1997 a
    federation formed before 1998 that kept the old rules is reported as not judged by the
    KL (1991:900) rules until 2002-12-31.
    """
    yield ctx.not_judged(
        N_(
            "Den {on} gällde kommunalförbundslagen (1985:894) för kommunalförbund; samverkan "
            "prövar medlemmarna, formen, förbundsordningens antagande och att uppgifterna är "
            "gemensamma, men inte förbundsordningens innehåll eller utträdet."
        ),
        path="$",
        on=ctx.as_of,
    )
