"""Lag (2010:1065) om kollektivtrafik 2 kap. 1–4 §§: the regional public transport authority
organised as a joint committee (*gemensam nämnd*)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from samverkan.errors import UnknownPartyError
from samverkan.i18n import N_
from samverkan.law import parse_citation
from samverkan.law.dates import KTL_2012
from samverkan.model import JointCommittee, is_party
from samverkan.parties import Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule

#: The task area of regional public transport (KTL 2:1).
PUBLIC_TRANSPORT_AREA = "ktl.regional-public-transport"
#: Gotlands län, where the kommun is the authority (KTL 2:2 5 st.).
GOTLAND_COUNTY = "09"


def _is_transport_authority(committee: JointCommittee) -> bool:
    return any(task.area == PUBLIC_TRANSPORT_AREA for task in committee.tasks)


def _county_name(ctx: RuleContext, code: str) -> str:
    try:
        return ctx.context.parties.county(code).name
    except UnknownPartyError:
        return code


@rule(
    "KTL-2-2-rkm-joint-committee",
    applies_to=JointCommittee,
    applies_when=_is_transport_authority,
    cites=("KTL 2:2 3 st.", "KTL 2:2 5 st.", "KTL 2:4"),
    valid_from=KTL_2012,
)
def transport_authority_as_joint_committee(
    committee: JointCommittee, ctx: RuleContext
) -> Iterator[Finding]:
    """A kollektivtrafikmyndighet organised as a joint committee: one county, by agreement.

    Where the region and the kommuner of a county share the responsibility for regional public
    transport, or the kommuner alone bear it, the authority is a kommunalförbund, but those
    responsible in the county may agree to organise it as a gemensam nämnd instead (KTL 2:2
    2–3 st.); in Gotlands län the kommun is the authority (2:2 5 st.). A joint committee
    carrying regional public transport whose parties belong to more than one county, or which
    includes a Gotland party, is an error. That those responsible agreed on the form is not a
    fact the model records: it is reported as not recorded, with the reminder that the
    government's power to decide when the parties disagree (2:4) exists only for a
    kommunalförbund.

    Does not check: whether every kommun sharing the responsibility is a party (KTL 2:1);
    whether the responsibility is in fact shared or the kommuner's alone (where the region
    alone is responsible it is itself the authority, 2:2 4 st.); the agreements of 2:1 1–2 st.
    on who bears the responsibility; the färdtjänst tasks of 2:1 4 st.
    """
    parties = [p for p in committee.parties if is_party(p)]
    if parties:
        regions = [p for p in parties if isinstance(p, Region)]
        county = (
            regions[0].county_code
            if regions
            else Counter(p.county_code for p in parties).most_common(1)[0][0]
        )
        third = (parse_citation("KTL 2:2 3 st.", on=ctx.as_of),)
        gotland = (parse_citation("KTL 2:2 5 st.", on=ctx.as_of),)
        for index, party in enumerate(committee.parties):
            if not is_party(party):
                continue
            if party.county_code == GOTLAND_COUNTY:
                yield ctx.finding(
                    N_(
                        "{party} är part i en gemensam nämnd som är regional "
                        "kollektivtrafikmyndighet; i Gotlands län är kommunen själv regional "
                        "kollektivtrafikmyndighet."
                    ),
                    fix=N_("Låt kommunen själv vara regional kollektivtrafikmyndighet."),
                    path=f"$.parties[{index}]",
                    citations=gotland,
                    party=party,
                )
            elif party.county_code != county:
                yield ctx.finding(
                    N_(
                        "{party} hör till {other}, men nämnden är regional "
                        "kollektivtrafikmyndighet för {county}; nämnden bildas av dem som "
                        "ansvarar för den regionala kollektivtrafiken i ett och samma län."
                    ),
                    path=f"$.parties[{index}]",
                    citations=third,
                    party=party,
                    other=_county_name(ctx, party.county_code),
                    county=_county_name(ctx, county),
                    facts={"county": county, "party_county": party.county_code},
                )
    yield ctx.not_recorded(
        N_(
            "Att kollektivtrafikmyndigheten organiseras som gemensam nämnd förutsätter att de "
            "som ansvarar för den regionala kollektivtrafiken i länet har kommit överens om "
            "det; någon sådan överenskommelse anges inte. Regeringen kan besluta vid oenighet "
            "bara om förbundsordningen för ett kommunalförbund, inte om en gemensam nämnd."
        ),
        path="$.agreement",
        citations=(
            parse_citation("KTL 2:2 3 st.", on=ctx.as_of),
            parse_citation("KTL 2:4", on=ctx.as_of),
        ),
    )
