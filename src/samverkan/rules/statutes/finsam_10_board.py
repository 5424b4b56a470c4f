"""Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser 10, 12 and 17 §§: the
styrelse of a samordningsförbund, who appoints its members and who chairs it.

Source: the consolidated text in Regeringskansliets rättsdatabaser, up to SFS 2023:644;
10 and 17 §§ in their original wording, 12 § in the wording of SFS 2022:637.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, T_
from samverkan.law import parse_citation
from samverkan.law.dates import FINSAM_2004, FINSAM_REGIONS
from samverkan.model import Body, CoordinationAssociation, Office, Role
from samverkan.parties import Municipality, Region
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.organ_totals import judge_organ_total
from samverkan.rules.participants import organ_term
from samverkan.rules.registry import rule
from samverkan.rules.representation import Gap, OrganRepresentation

_GAPS = {
    Gap.NO_SEAT: N_(
        "{member} har ingen plats i styrelsen; varje medlem ska ha minst en ledamot och en "
        "ersättare."
    ),
    Gap.LACKS_MEMBER: N_(
        "{member} saknar ledamot i styrelsen (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.LACKS_SUBSTITUTE: N_(
        "{member} saknar ersättare i styrelsen (ledamöter: {members}, ersättare: {substitutes})."
    ),
    Gap.UNBALANCED: N_(
        "{member} har inte lika många ersättare som ledamöter i styrelsen (ledamöter: "
        "{members}, ersättare: {substitutes}); lagen kräver lika många i styrelsen som helhet."
    ),
}

#: What makes each gap lawful: the seats 10 § 1 st. asks of every member.
_GAP_FIXES = {
    Gap.NO_SEAT: N_("Låt {member} utse minst en ledamot och en ersättare i styrelsen."),
    Gap.LACKS_MEMBER: N_("Låt {member} utse minst en ledamot i styrelsen."),
    Gap.LACKS_SUBSTITUTE: N_("Låt {member} utse minst en ersättare i styrelsen."),
    Gap.UNBALANCED: None,
}


@rule(
    "FINSAM-10-board",
    applies_to=CoordinationAssociation,
    cites=("2003:1210 10 §", "2003:1210 12 §", "2003:1210 17 §"),
    valid_from=FINSAM_2004,
)
def every_member_on_the_board(
    association: CoordinationAssociation, ctx: RuleContext
) -> Iterator[Finding]:
    """Every member has at least one ledamot and one ersättare in the styrelse, as many
    ersättare as ledamöter, and the chair and vice chairs are ledamöter.

    Every member is represented in the styrelse by at least one ledamot and one ersättare,
    and there are as many ersättare as ledamöter (10 § 1 st.); a member lacking either is an
    error, the equal number is asked of the styrelse as a whole (one member's imbalance is a
    warning). The styrelse chooses among its ledamöter a chair and one or two vice chairs
    (17 §): a chair or vice chair held by an ersättare, two chairs or three vice chairs are
    errors. From the wording of SFS 2019:914 on, a kommun's or region's seats are appointed
    by its fullmäktige (12 § 1 st.); a seat appointed by another organ, or by someone who is
    not a member, is an error.

    Where the styrelse is recorded only as a total (``board_totals``), each member's own
    representation is not recorded and not judged; the total is judged for what it decides:
    fewer ledamöter or ersättare than members, and unequal numbers.

    Does not check: who is eligible (12 § 2 st.: fullmäktige members and the agencies'
    employees), proportional elections, the order in which ersättare are called, and the
    term (13 §).
    """
    seats, totals = association.board_seats, association.board_totals
    members = association.members
    first = (parse_citation("2003:1210 10 §", on=ctx.as_of),)
    if not seats and totals is not None:
        yield from judge_organ_total(
            ctx,
            totals,
            len(members),
            path="$.board_totals",
            organ=T_("styrelsen"),
            citations=first,
        )
        return
    if not seats and not association.board_seats_complete:
        yield ctx.not_recorded(
            N_("Styrelsens platser anges inte; representationen har inte prövats."),
            path="$.board_seats",
        )
        return
    organ = OrganRepresentation.of(seats, members, association.board_seats_complete)
    for item in organ.parties:
        for gap in item.gaps:
            if gap is Gap.UNRECORDED:
                yield ctx.not_recorded(
                    N_(
                        "Platserna för {member} i styrelsen anges inte; medlemmens "
                        "representation har inte prövats."
                    ),
                    path=f"$.members[{item.index}]",
                    citations=first,
                    member=item.party,
                )
                continue
            yield ctx.finding(
                _GAPS[gap],
                path=f"$.members[{item.index}]",
                severity=Severity.WARNING if gap is Gap.UNBALANCED else None,
                fix=_GAP_FIXES[gap],
                citations=first,
                member=item.party,
                members=item.found.members,
                substitutes=item.found.substitutes,
                facts=item.found.counts(),
            )
    if organ.total_unbalanced:
        yield ctx.finding(
            N_(
                "Styrelsen har {members} ledamöter och {substitutes} ersättare; antalen ska vara "
                "lika."
            ),
            path="$.board_seats",
            fix=N_("Ändra antalen så att styrelsen har lika många ersättare som ledamöter."),
            citations=first,
            members=organ.total.members,
            substitutes=organ.total.substitutes,
            facts=organ.total.counts(),
        )
    yield from _offices(association, ctx)
    if ctx.as_of >= FINSAM_REGIONS:
        yield from _appointments(association, ctx)


def _offices(association: CoordinationAssociation, ctx: RuleContext) -> Iterator[Finding]:
    chair = (parse_citation("2003:1210 17 §", on=ctx.as_of),)
    chairs = vice = 0
    for index, seat in enumerate(association.board_seats):
        if seat.office is None:
            continue
        if seat.office is Office.CHAIR:
            chairs += 1
        else:
            vice += 1
        if seat.role is Role.SUBSTITUTE:
            yield ctx.finding(
                N_("En ersättare anges som {office}; styrelsen väljer dem bland sina ledamöter."),
                path=f"$.board_seats[{index}].office",
                fix=N_("Låt styrelsen välja {office} bland sina ledamöter."),
                citations=chair,
                office=seat.office.value,
            )
    if chairs > 1:
        yield ctx.finding(
            N_("Styrelsen har {count} ordförande; den ska ha en."),
            path="$.board_seats",
            fix=N_("Låt styrelsen välja en enda ordförande bland sina ledamöter."),
            citations=chair,
            count=chairs,
        )
    if vice > 2:
        yield ctx.finding(
            N_("Styrelsen har {count} vice ordförande; den ska ha en eller två."),
            path="$.board_seats",
            fix=N_("Låt styrelsen välja en eller två vice ordförande bland sina ledamöter."),
            citations=chair,
            count=vice,
        )


def _appointments(association: CoordinationAssociation, ctx: RuleContext) -> Iterator[Finding]:
    twelve = (parse_citation("2003:1210 12 §", on=ctx.as_of),)
    for index, seat in enumerate(association.board_seats):
        if seat.party not in association.members:
            yield ctx.finding(
                N_("Platsen tillsätts av {party}, som inte är medlem i förbundet."),
                path=f"$.board_seats[{index}].party",
                fix=N_("Ange den medlem som tillsätter platsen."),
                citations=twelve,
                party=seat.party,
            )
        elif (
            isinstance(seat.party, Municipality | Region)
            and seat.appointed_by is not Body.FULLMAKTIGE
        ):
            yield ctx.finding(
                N_(
                    "Platsen tillsätts av {body} i {party}; en kommuns eller regions ledamöter "
                    "och ersättare i styrelsen utses av fullmäktige."
                ),
                path=f"$.board_seats[{index}].appointed_by",
                fix=N_("Låt fullmäktige i {party} utse platsen."),
                citations=twelve,
                party=seat.party,
                body=organ_term(seat.appointed_by, seat.party, ctx),
            )
