"""Kommunallagen (2017:725) 9 kap. 23 § and 6 kap. 21 §: who elects a joint committee's chair
(*ordförande i gemensam nämnd*), which the act leaves to the parties.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
    Office,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KL-9-chair-unregulated",
    applies_to=JointCommittee,
    cites=("KL 9:23", "KL 6:21"),
    valid_from=KL_2017,
    severity=Severity.INFO,
)
def chair_not_regulated(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Which party's fullmäktige elects the chair is not regulated; the parties should agree it.

    Through KL 9:23 the rules on nämnder apply to a joint committee, and under 6:21
    fullmäktige elects a nämnd's chair and vice-chairs. KL 9 kap. does not say which of the
    cooperating parties' fullmäktige does so. When seats are recorded but none holds the
    chair, the rule notes that the parties should settle it between themselves.

    Does not check: how the parties usually settle the question (recalled practice only), more
    than one chair, the vice-chairs, nor anything when no seats are recorded
    (``KL-9-24-representation`` notes that).
    """
    if committee.seats and not any(s.office is Office.CHAIR for s in committee.seats):
        yield ctx.finding(
            N_(
                "Ingen av nämndens platser har ordförandeposten. Kommunallagen anger inte "
                "vilken parts fullmäktige som väljer ordförande (9 kap. 23 § och 6 kap. 21 §); "
                "parterna bör komma överens om det."
            ),
            path="$.seats",
        )
