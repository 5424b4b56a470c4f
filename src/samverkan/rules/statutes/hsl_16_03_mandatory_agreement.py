"""Hälso- och sjukvårdslagen (2017:30) 16 kap. 3 §: the överenskommelse a region must conclude
with a kommun on three groups."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law.dates import HSL_MANDATORY_AGREEMENTS_2024
from samverkan.law.verification import Verification
from samverkan.model import CareGroup, CooperationAgreement
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "HSL-16-3-mandatory-agreement",
    applies_to=CooperationAgreement,
    applies_when=lambda agreement: agreement.care_groups is not None,
    cites=("HSL 16:3 1 st.",),
    valid_from=HSL_MANDATORY_AGREEMENTS_2024,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def agreement_on_the_three_groups(
    agreement: CooperationAgreement, ctx: RuleContext
) -> Iterator[Finding]:
    """The region concludes an överenskommelse with the kommun on three groups of people.

    "Regionen ska ingå en överenskommelse med kommunen om ett samarbete i fråga om" persons
    with a psykisk funktionsnedsättning, persons who misuse alcohol, drugs, other addictive
    substances, medicines, doping substances or gambling, and children and young people cared
    for outside their own home or placed in a skyddat boende (HSL 16:3 1 st., wording of SFS
    2024:90; the text read in the consolidated HSL, the in-force date 2024-04-01 from the SFS
    register as a secondary source reproduces it). For an agreement recorded as the 16:3
    överenskommelse, a group it leaves out is a warning: the law does not say that one
    överenskommelse must cover all three, so the group may be covered by another; and one
    without a kommun is a warning, since the region concludes it "med kommunen".

    Does not check: the wording before SFS 2024:90 (the chapter's earlier text was not read);
    whether organisations representing the groups were consulted (16:3 2 st., a "bör");
    the parallel duty of the kommun under socialtjänstlagen (2025:400), not read; the
    agreement's content beyond the groups named.
    """
    groups = agreement.care_groups or frozenset()
    for group in CareGroup:
        if group not in groups:
            yield ctx.finding(
                N_(
                    "Överenskommelsen enligt 16 kap. 3 § hälso- och sjukvårdslagen omfattar inte "
                    "{group}; regionen ska ingå en överenskommelse med kommunen även om dem."
                ),
                path="$.care_groups",
                group=Translatable(group.value),
            )
    if not agreement.municipalities:
        yield ctx.finding(
            N_(
                "Överenskommelsen enligt 16 kap. 3 § hälso- och sjukvårdslagen anger ingen "
                "kommun; regionen ska ingå den med kommunen."
            ),
            path="$.municipalities",
        )
