"""Kommunallagen (2017:725) 9 kap. 30–31 §§ with 6 kap. 37–38 §§: delegation within a joint
committee to an employee of any cooperating party, within the limits of 6:38.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law import parse_citation
from samverkan.law.dates import KL_2017, KL_AUTOMATED_DECISIONS
from samverkan.model import (
    DelegateKind,
    JointCommittee,
)
from samverkan.rules.context import RuleContext
from samverkan.rules.facts import NON_DELEGABLE, NOT_AUTOMATABLE, category_listing
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

_KL_9_30 = parse_citation("KL 9:30", on=KL_2017)
_KL_9_31 = parse_citation("KL 9:31", on=KL_2017)
_KL_6_38_1 = parse_citation("KL 6:38 1 st.", on=KL_2017)


_KL_6_38_2 = parse_citation("KL 6:38 2 st.", on=KL_AUTOMATED_DECISIONS)


@rule(
    "KL-9-30-delegation-any-party",
    applies_to=JointCommittee,
    cites=("KL 9:30", "KL 9:31", "KL 6:37", "KL 6:38"),
    valid_from=KL_2017,
)
def delegation_to_any_party(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """Delegation to employees of any party, within the limits of KL 6:38.

    Besides delegating to employees of the host (KL 7:5), a joint committee may delegate
    decisions to an employee of any of the cooperating parties on the same conditions (9:30),
    and a förvaltningschef may sub-delegate (*vidaredelegera*) to an employee of the host or of
    any other party (9:31). A delegation to the employee of someone who is not a party is an
    error, and so is a sub-delegation to anyone but an employee. Whoever the delegate, the
    matters listed in KL 6:38 1 st. may not be delegated at all (goals and quality,
    submissions to fullmäktige, myndighetsutövning of principle or greater importance,
    medborgarförslag, matters another act keeps with the nämnd). Before 2022-07-01 KL 6:37
    allowed no delegation to an automated decision function at all; from then (SFS 2022:638)
    it does, except for appealable decisions, decisions that may not be appealed by law,
    procurement and authorisation or choice systems (6:38 2 st.).

    Does not check: the extra limits of PBL 12:6 and LSO 3:16 (rules of their own), whether a
    delegation names a specific matter or group of matters, reporting back (KL 7:8) and jäv;
    the categories of a matter are
    taken as recorded. When an employee's employer is not recorded, the rule says once per
    delegation that it was not checked.
    """
    automation_rules = ctx.as_of >= KL_AUTOMATED_DECISIONS
    for index, delegation in enumerate(committee.delegations):
        path = f"$.delegations[{index}]"
        if delegation.delegate is DelegateKind.EMPLOYEE:
            if delegation.employer is None:
                yield ctx.not_recorded(
                    N_(
                        "Det anges inte hos vilken part den anställde som får delegationen i "
                        "ärendet ”{matter}” är anställd; 9 kap. 30 § kommunallagen har inte "
                        "prövats för den."
                    ),
                    path=f"{path}.employer",
                    citations=(_KL_9_30,),
                    matter=delegation.matter,
                )
            elif delegation.employer not in committee.parties:
                yield ctx.finding(
                    N_(
                        "Delegationen i ärendet ”{matter}” går till en anställd hos {employer}, "
                        "som inte är part i nämnden; en gemensam nämnd får bara delegera till "
                        "anställda hos de samverkande parterna."
                    ),
                    fix=N_("Delegera till en anställd hos någon av nämndens parter."),
                    path=f"{path}.employer",
                    citations=(_KL_9_30,),
                    matter=delegation.matter,
                    employer=delegation.employer,
                )
        elif delegation.sub_delegation:
            yield ctx.finding(
                N_(
                    "Vidaredelegeringen i ärendet ”{matter}” går till {delegate}; en "
                    "förvaltningschef får bara vidaredelegera till en anställd."
                ),
                fix=N_("Vidaredelegera bara till en anställd."),
                path=f"{path}.delegate",
                citations=(_KL_9_31,),
                matter=delegation.matter,
                delegate=Translatable(delegation.delegate.value),
            )
        barred = delegation.categories & NON_DELEGABLE
        if barred:
            yield ctx.finding(
                N_("Beslutanderätten i ärendet ”{matter}” får inte delegeras ({categories})."),
                fix=N_("Låt nämnden själv besluta i ärendet."),
                path=f"{path}.categories",
                citations=(_KL_6_38_1,),
                facts={"categories": sorted(c.name for c in barred)},
                matter=delegation.matter,
                categories=category_listing(barred),
            )
        if delegation.delegate is DelegateKind.AUTOMATED and not automation_rules:
            yield ctx.finding(
                N_(
                    "Beslut i ärendet ”{matter}” delegeras till en automatiserad beslutsfunktion; "
                    "före den "
                    "1 juli 2022 fick en nämnd inte delegera beslutanderätt till en sådan."
                ),
                fix=N_("Låt en människa besluta i ärendet."),
                path=f"{path}.delegate",
                citations=(parse_citation("KL 6:37", on=ctx.as_of),),
                matter=delegation.matter,
            )
        automated = delegation.categories & NOT_AUTOMATABLE
        if automation_rules and delegation.delegate is DelegateKind.AUTOMATED and automated:
            yield ctx.finding(
                N_(
                    "Beslut i ärendet ”{matter}” får inte delegeras till en automatiserad "
                    "beslutsfunktion ({categories})."
                ),
                fix=N_("Låt en människa besluta i ärendet."),
                path=f"{path}.delegate",
                citations=(_KL_6_38_2,),
                facts={"categories": sorted(c.name for c in automated)},
                matter=delegation.matter,
                categories=category_listing(automated),
            )
