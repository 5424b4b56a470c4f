"""Kommunallagen (1991:900): dates before Kommunallag (2017:725), on which samverkan reports
what it does not judge.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import (
    KL_1991_FEDERATION,
    KL_1991_JOINT_COMMITTEE,
    KL_1991_LAST_DAY,
)
from samverkan.model import (
    JointCommittee,
    LocalFederation,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "KL1991-3-3a-joint-committee",
    applies_to=JointCommittee,
    cites=("3 kap. 3 a–3 c §§ kommunallagen (1991:900)",),
    valid_from=KL_1991_JOINT_COMMITTEE,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.INFO,
    verification=Verification.VERIFIED_PROP,
)
def joint_committee_under_kl_1991(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """On this date a joint committee was governed by KL (1991:900), only partly encoded.

    From 1997-08-01 (prop. 1996/97:105) to 2017-12-31 the joint committee rested on 3 kap.
    3 a–3 c §§ of Kommunallag (1991:900). samverkan's rules follow Kommunallag (2017:725) and
    apply from 2018-01-01; for an earlier date the rules in
    :mod:`samverkan.rules.statutes.kl_1991_03_03a_joint_committee` judge the parties, the
    host, the representation, the agreement and the reglemente (the last three from recall,
    as warnings), and this rule reports, once, what of the 1991 act is not judged.

    Does not check: the audit and the discharge under the 1991 act (which party's revisorer
    examined the committee and which fullmäktige decided on ansvarsfrihet). SFS 1997:550,
    which brought the joint committee, also amended 9 kap. 2 and 16 §§ and added 9 kap.
    19–21 §§ (read in the print's opening clause); their wording was not found in a source.
    The rules of lag (2003:192), which applied from 2003-07-01, still run.
    """
    yield ctx.not_judged(
        N_(
            "Den {on} gällde kommunallagen (1991:900) för gemensamma nämnder; samverkan prövar "
            "parterna, värdskapet, representationen, överenskommelsen och reglementet men inte "
            "revisionen eller ansvarsprövningen enligt den lagen."
        ),
        path="$",
        on=ctx.as_of,
    )


@rule(
    "KL1991-3-20-federation",
    applies_to=LocalFederation,
    cites=("3 kap. 20–28 §§ kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.INFO,
    verification=Verification.VERIFIED_PROP,
)
def federation_under_kl_1991(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """On this date a federation was governed by KL (1991:900), only partly encoded.

    From 1998-01-01 (prop. 1996/97:105) to 2017-12-31 the kommunalförbund rested on 3 kap.
    20–28 §§ of Kommunallag (1991:900). samverkan's rules follow Kommunallag (2017:725) and
    apply from 2018-01-01; for an earlier date the rules in
    :mod:`samverkan.rules.statutes.kl_1991_03_20_federation` judge the members, the
    representation, the term, the förbundsstyrelse, the adoption of the förbundsordning and
    its cost division, and this rule reports, once, what is not judged.

    Does not check: the förbundsordning's other content (3 kap. 28 §, whose list was not found
    in a source), exit, and the audit and discharge under the 1991 act (SFS 1997:550 amended
    9 kap. 2 and 16 §§ and added 9 kap. 19–21 §§, whose wording was not found); the rules of
    lag (2010:1065) on the regional public transport authority still run from 2012-01-01.
    """
    yield ctx.not_judged(
        N_(
            "Den {on} gällde kommunallagen (1991:900) för kommunalförbund; samverkan prövar "
            "medlemmarna, representationen, mandattiden, förbundsstyrelsen, förbundsordningens "
            "fastställande och kostnadsfördelningen men inte förbundsordningens övriga innehåll, "
            "utträdet eller revisionen."
        ),
        path="$",
        on=ctx.as_of,
    )
