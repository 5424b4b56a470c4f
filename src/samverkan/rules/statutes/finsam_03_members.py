"""Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser 3–4 §§: who the
members of a samordningsförbund are.

Source: the consolidated text in Regeringskansliets rättsdatabaser, up to SFS 2023:644;
3 § in the wording of SFS 2019:914.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law.dates import FINSAM_REGIONS
from samverkan.model import CoordinationAssociation, StateMember, state_member
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "FINSAM-3-members",
    applies_to=CoordinationAssociation,
    cites=("2003:1210 3 §", "2003:1210 4 §"),
    valid_from=FINSAM_REGIONS,
)
def members_of_a_coordination_association(
    association: CoordinationAssociation, ctx: RuleContext
) -> Iterator[Finding]:
    """A samordningsförbund's members are Försäkringskassan, Arbetsförmedlingen, at least one
    region and at least one kommun, and no one else.

    Försäkringskassan, Arbetsförmedlingen, one or more regions and one or more kommuner may
    take part as samverkande parter; financial coordination may be carried on only if
    Försäkringskassan, Arbetsförmedlingen, at least one region and at least one kommun take
    part, except that a kommun outside any region takes the region's place (3 §). The
    coordination is run by a samordningsförbund whose members are the samverkande parter
    (4 §). A missing member is an error, as is a member that is none of these, and one listed
    twice. A kommun outside any region (Gotland) counts as the regional member.

    Does not check: that a region and a kommun take part for every part of the
    samordningsområde (3 § third sentence), which needs the area, and the wording before SFS
    2019:914 (landsting; until 2008 the länsarbetsnämnd in Arbetsförmedlingen's place).
    """
    found: dict[StateMember, int] = {}
    regional = local = 0
    seen: set[object] = set()
    for index, member in enumerate(association.members):
        path = f"$.members[{index}]"
        if member in seen:
            yield ctx.finding(
                N_("{member} anges två gånger som medlem."),
                path=path,
                fix=N_("Ta bort den andra uppgiften om {member} bland medlemmarna."),
                member=member,
            )
            continue
        seen.add(member)
        agency = state_member(member)
        if agency is not None:
            found[agency] = index
        elif isinstance(member, Region):
            regional += 1
        elif isinstance(member, Municipality):
            local += 1
            regional += member.carries_regional_responsibilities
        else:
            yield ctx.finding(
                N_(
                    "{member} kan inte vara medlem i ett samordningsförbund; medlemmar är "
                    "Försäkringskassan, Arbetsförmedlingen, regioner och kommuner."
                ),
                path=path,
                fix=N_("Ta bort {member} ur medlemmarna."),
                member=member,
            )
    for agency in StateMember:
        if agency not in found:
            yield ctx.finding(
                N_("{agency} är inte medlem; den ska delta i den finansiella samordningen."),
                path="$.members",
                fix=N_("Lägg till {agency} som medlem."),
                agency=agency.value,
                facts={"missing": agency.name},
            )
    if not regional:
        yield ctx.finding(
            N_("Ingen region är medlem; minst en region ska delta i den finansiella samordningen."),
            path="$.members",
            fix=N_("Lägg till en region som medlem."),
            facts={"missing": "REGION"},
        )
    if not local:
        yield ctx.finding(
            N_("Ingen kommun är medlem; minst en kommun ska delta i den finansiella samordningen."),
            path="$.members",
            fix=N_("Lägg till minst en kommun som medlem."),
            facts={"missing": "KOMMUN"},
        )
