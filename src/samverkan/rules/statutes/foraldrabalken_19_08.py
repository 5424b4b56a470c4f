"""Föräldrabalken 19 kap. 8 §: who may sit in a joint överförmyndarnämnd (19:16)."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import FB_ELIGIBILITY_2018
from samverkan.model import JointCommittee, JointCommitteeBasis
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.registry import rule


@rule(
    "FB-19-8-residence",
    applies_to=JointCommittee,
    applies_when=lambda committee: committee.basis is JointCommitteeBasis.GUARDIANSHIP,
    cites=("FB 19:8 1 st.", "FB 19:16 2 st."),
    valid_from=FB_ELIGIBILITY_2018,
    verification=Verification.VERIFIED_SEC,
)
def folkbokford_in_the_kommun(committee: JointCommittee, ctx: RuleContext) -> Iterator[Finding]:
    """The ledamöter and ersättare of an överförmyndarnämnd are folkbokförda in the kommun.

    A ledamot or ersättare in an överförmyndarnämnd shall have the right to vote in the
    kommunfullmäktige election and be folkbokförd "i kommunen" (FB 19:8 1 st., wording of
    SFS 2018:412, in force 2018-07-01); kommuner may have a joint överförmyndarnämnd, to which
    the kommunallag's rules on joint nämnder apply (19:16 2 st.), and 19:16 1 st. lets the
    chapter's own rules prevail over the kommunallag's. The wording was read in a reproduction
    of the consolidated text (se-lex, SFS 1949:381 as published 2025-12-15), which agrees with
    the riksdagen.se digest of the legal review.

    For a joint överförmyndarnämnd, a seat whose holder is recorded as folkbokförd in a kommun
    that is not a party to the nämnd is an error: under any reading of "i kommunen" the
    holder is outside every cooperating kommun. A holder folkbokförd in another party than
    the kommun that elects the seat is a warning: whether the requirement means the electing
    kommun is an open question the text does not settle. A document that records no seat's
    folkbokföring does not address eligibility and is not judged; one that records it for
    some seats but not all reports the others once as not recorded.

    Does not check: the right to vote (rösträtt) in the kommunfullmäktige election; that no
    one in konkurs or with a förvaltare holds the seat (1 st. 2 men.); a lagfaren domare of
    the tingsrätt within its domkrets (2 st.); the right to decline the seat (3 st.); the
    wording before 2018-07-01, which was not read.
    """
    unrecorded = 0
    for index, seat in enumerate(committee.seats):
        place = seat.registered_in
        path = f"$.seats[{index}].registered_in"
        if place is None:
            unrecorded += 1
        elif place not in committee.parties:
            yield ctx.finding(
                N_(
                    "Platsen som {party} väljer innehas av någon som är folkbokförd i {place}, "
                    "som inte är part i nämnden; ledamöter och ersättare i en "
                    "överförmyndarnämnd ska vara folkbokförda i kommunen."
                ),
                fix=N_("Välj till platsen någon som är folkbokförd i {party}."),
                path=path,
                party=seat.party,
                place=place,
            )
        elif place != seat.party:
            yield ctx.finding(
                N_(
                    "Platsen som {party} väljer innehas av någon som är folkbokförd i "
                    "{place}; om en ledamot i en gemensam överförmyndarnämnd ska vara "
                    "folkbokförd i den kommun som väljer platsen är en öppen fråga."
                ),
                path=path,
                severity=Severity.WARNING,
                party=seat.party,
                place=place,
            )
    if unrecorded and unrecorded < len(committee.seats):
        yield ctx.not_recorded(
            N_(
                "För {count} av nämndens platser anges inte var innehavaren är folkbokförd; "
                "deras valbarhet har inte prövats."
            ),
            path="$.seats",
            facts={"unrecorded": unrecorded, "seats": len(committee.seats)},
            count=unrecorded,
        )
