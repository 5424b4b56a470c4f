"""Föräldrabalken 19 kap.: the joint överförmyndarnämnd (19:16)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification, parse_citation
from samverkan.law.dates import (
    KL_2017,
)
from samverkan.model import (
    JointCommittee,
    JointCommitteeBasis,
)
from samverkan.parties import Municipality
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule

_FB_19_16 = parse_citation("FB 19:16", on=KL_2017)


#: The task area of an överförmyndare or överförmyndarnämnd (FB 19 kap.).


@rule(
    "FB-19-16-joint-overformyndare",
    applies_to=JointCommittee,
    cites=("FB 19:16",),
    valid_from=KL_2017,
    verification=Verification.VERIFIED_RD,
)
def joint_guardianship_committee(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """A joint överförmyndarnämnd is for municipalities only, and for guardianship tasks.

    Municipalities may decide to have a joint guardianship committee (*gemensam
    överförmyndarnämnd*); the KL rules on joint committees apply to it (Föräldrabalken 19:16).
    Regions may not take part. For a committee formed on this basis every party that is not a
    municipality is an error, and a task outside the guardianship area is a warning, since
    such a committee exists for the överförmyndare's tasks. A committee formed under KL that
    carries guardianship tasks gets a note that FB 19:16 is the provision for a joint
    överförmyndarnämnd. The rule is dated from the 2018 kommunallag, the earliest date this
    rule set applies; the provision's own start (SFS 2006:557, 2006-07-01) is recalled, not
    verified.

    Does not check: the residence requirement of FB 19:8 (see FB-19-8-residence), the minimum
    of three ledamöter (FB 19:5, see FB-19-5-three-members) or the term (19:7).
    """
    if committee.basis is JointCommitteeBasis.GUARDIANSHIP:
        for index, participant in enumerate(committee.parties):
            if not isinstance(participant, Municipality):
                yield ctx.finding(
                    N_(
                        "{participant} kan inte vara part i en gemensam överförmyndarnämnd; "
                        "bara kommuner får ha en sådan nämnd."
                    ),
                    fix=N_("Ta bort {participant} ur parterna; bara kommuner kan vara parter."),
                    path=f"$.parties[{index}]",
                    facts={"kind": type(participant).__name__},
                    participant=participant,
                )
        for index, task in enumerate(committee.tasks):
            area = ctx.context.competence.find(task.area)
            if area is not None and not area.guardianship:
                yield ctx.finding(
                    N_(
                        "{area} är inte en överförmyndaruppgift; en gemensam "
                        "överförmyndarnämnd är till för överförmyndarens uppgifter."
                    ),
                    path=f"$.tasks[{index}]",
                    severity=Severity.WARNING,
                    area=task.area,
                )
    elif committee.basis is JointCommitteeBasis.KL:
        for index, task in enumerate(committee.tasks):
            area = ctx.context.competence.find(task.area)
            if area is not None and area.guardianship:
                yield ctx.finding(
                    N_(
                        "Nämnden har överförmyndarens uppgifter; en gemensam "
                        "överförmyndarnämnd bildas enligt 19 kap. 16 § föräldrabalken, som "
                        "hänvisar till kommunallagens regler om gemensam nämnd."
                    ),
                    path=f"$.tasks[{index}]",
                    severity=Severity.INFO,
                    citations=(_FB_19_16,),
                )
