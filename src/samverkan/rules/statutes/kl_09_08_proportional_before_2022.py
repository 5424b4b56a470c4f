"""Kommunallagen (2017:725) 9 kap. 8 § before 2022-07-01: proportional elections to a
kommunalförbund's assembly under lag (1992:339) om proportionellt valsätt (recalled)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.law import Verification
from samverkan.law.dates import KL_2017, KL_PROPORTIONAL_ELECTIONS_1992_LAST_DAY
from samverkan.model import LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule
from samverkan.rules.statutes.kl_09_08_proportional_elections import proportional_when_demanded


@rule(
    "KL-9-8-proportional-before-2022",
    applies_to=LocalFederation,
    cites=("KL 9:8 1 st.",),
    valid_from=KL_2017,
    valid_to=KL_PROPORTIONAL_ELECTIONS_1992_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.RECALLED,
)
def proportional_when_demanded_before_2022(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Before 2022-07-01, elections to the assembly were proportional under lag (1992:339).

    From 2018-01-01 until SFS 2022:638 took effect on 2022-07-01, KL 9:8 made the election of
    ledamöter and ersättare to a förbund's beslutande församling, and of revisorer,
    proportional under the conditions of lag (1992:339) om proportionellt valsätt. That
    wording and the act are recalled, not read (the consolidated text read is the one after
    SFS 2022:638), so a member's election recorded as demanded proportional and held
    otherwise is a warning, and one whose manner is not recorded is reported as not judged,
    as under KL-9-8-proportional.

    Does not check: whether the demand met the conditions of lag (1992:339) (the number of
    ledamöter needed to demand it); the assembly's own elections (9:8 2 st.); elections
    under KL (1991:900) before 2018.
    """
    yield from proportional_when_demanded(federation, ctx)
