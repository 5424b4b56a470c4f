"""Kommunallagen (1991:900) 3 kap. 20–28 §§: the local federation (*kommunalförbund*) from
1998-01-01 until Kommunallag (2017:725) replaced the act on 2018-01-01.

Sources: 3 kap. 20, 23 and 27 §§ were read only as quoted on a federation's own page
(Räddningstjänsten Höga Kusten–Ådalen, hka.se), and so were 24 § (the term) and 25 § (the
förbundsstyrelse); 28 § 12 p. (the cost division) only as cited in a legal memorandum
(docplayer.se); the dates in prop. 1996/97:105 (lagen.nu). The rules resting on them report at
most a warning. The other points of 28 § were not found in any source read, nor was the
wording of the audit sections SFS 1997:550 changed or added (9 kap. 2, 16 and 19–21 §§), so
they are not encoded.
"""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import Verification
from samverkan.law.dates import (
    KL_1991_FEDERATION,
    KL_1991_LAST_DAY,
)
from samverkan.model import AssemblyForm, LocalFederation
from samverkan.model.federation import CharterItem
from samverkan.rules.context import RuleContext
from samverkan.rules.federation_board import missing_board
from samverkan.rules.finding import Finding, Severity
from samverkan.rules.grouping import Wording
from samverkan.rules.kl_1991_common import (
    may_keep_1985_rules,
    representation_1991,
    transition_note,
)
from samverkan.rules.membership_findings import MembershipWording, membership_findings
from samverkan.rules.recorded import Recorded, adoption_of, charter_item_findings, instrument_record
from samverkan.rules.registry import rule

#: 3 kap. 20 § of the 1991 act in the federation's words (a warning rule: no fix hints).
_MEMBERS = MembershipWording(
    not_party=Wording(
        N_(
            "{participant} kunde inte vara medlem i ett kommunalförbund: bara kommuner "
            "och {regions} kunde bilda förbund."
        ),
        N_(
            "{participants} kunde inte vara medlemmar i ett kommunalförbund: bara kommuner "
            "och {regions} kunde bilda förbund."
        ),
    ),
    repeated=None,
    too_few=N_("Ett kommunalförbund behövde minst två medlemmar; {count} anges."),
    kind_facts=False,
)


@rule(
    "KL1991-3-20-members",
    applies_to=LocalFederation,
    cites=("3 kap. 20 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_members(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """Only kommuner and landsting could form a kommunalförbund, and at least two.

    "Kommuner och landsting får bilda kommunalförbund och lämna över vården av kommunala
    angelägenheter till sådana förbund" (KL 1991:900 3 kap. 20 §, as quoted by a federation;
    the statute text itself was not read, so a finding is a warning). A federation formed
    before 1998 could keep kommunalförbundslagen (1985:894) until 2002-12-31; for it the
    rule is not judged in that period.

    Does not check: whether a member's fullmäktige adopted the förbundsordning (see
    KL1991-3-27-charter), nor special acts that compelled a förbund.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield transition_note(federation, ctx)
        return
    yield from membership_findings(ctx, federation.members, _MEMBERS, path="$.members")


@rule(
    "KL1991-3-23-representation",
    applies_to=LocalFederation,
    cites=("3 kap. 23 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_representation(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """Each member had at least one ledamot and one ersättare, and as many ersättare as ledamöter.

    The assembly was förbundsfullmäktige or a förbundsdirektion; "Varje förbundsmedlem skall
    vara representerad i den beslutande församlingen med minst en ledamot och en ersättare.
    Antalet ersättare skall vara lika många som antalet ledamöter" (KL 1991:900 3 kap. 23 §,
    as quoted by a federation; a finding is a warning). A member without a ledamot or an
    ersättare is reported, and so is an assembly whose seats, declared complete, hold unequal
    numbers of ledamöter and ersättare (the quoted text asks it of the assembly, not of each
    member).

    Does not check: who elected the seats (the members' fullmäktige, as the quoted text says),
    the term of office (3 kap. 24 §, KL1991-3-24-term), the förbundsstyrelse (3 kap. 25 §,
    KL1991-3-25-board), nor, for a federation that could still keep the 1985 act, anything
    (not judged).
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield transition_note(federation, ctx)
        return
    yield from representation_1991(
        federation.seats,
        federation.members,
        federation.seats_complete,
        ctx,
        "$.members",
        equal_numbers=True,
    )


@rule(
    "KL1991-3-25-board",
    applies_to=LocalFederation,
    cites=("3 kap. 25 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_board(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """The assembly appointed a förbundsstyrelse; a förbundsdirektion was itself the styrelse.

    "Den beslutande församlingen skall tillsätta en förbundsstyrelse. Om ett förbund är
    organiserat med förbundsdirektion, skall direktionen också vara förbundsstyrelse" (KL
    1991:900 3 kap. 25 §, as quoted by a federation; a finding is a warning). A förbund with
    förbundsfullmäktige whose seats are declared complete but list no styrelse seat is
    reported (the styrelse may be recorded elsewhere); with the seats not declared complete
    the styrelse is not recorded. Separate styrelse seats listed for a förbund with a
    förbundsdirektion are reported as probably a mistake in the document.

    Does not check: the styrelse's size, composition or election, the förbund's other
    nämnder, nor, for a federation that could still keep the 1985 act, anything (not judged).
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield transition_note(federation, ctx)
        return
    if federation.assembly is AssemblyForm.DIREKTION and federation.board_seats:
        yield ctx.finding(
            N_(
                "Förbundet har förbundsdirektion, som också är förbundsstyrelse; "
                "{count} separata styrelseplatser anges ändå."
            ),
            path="$.board_seats",
            count=len(federation.board_seats),
        )
        return
    yield from missing_board(federation, ctx)


@rule(
    "KL1991-3-27-charter",
    applies_to=LocalFederation,
    cites=("3 kap. 27 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_charter(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """A förbundsordning adopted by every member's fullmäktige.

    "För ett kommunalförbund skall det finnas en förbundsordning med närmare bestämmelser om
    förbundet. Förbundsordningen skall fastställas av förbundsmedlemmarnas fullmäktige" (KL
    1991:900 3 kap. 27 §, as quoted by a federation; a finding is a warning).

    Does not check: the förbundsordning's required content (3 kap. 28 §, whose wording was
    not found; the cost division: see KL1991-3-28-cost-division), exit and liquidation, nor
    the audit of the förbund.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield transition_note(federation, ctx)
        return
    recorded = instrument_record(federation.charter)
    if recorded is Recorded.UNRECORDED or federation.charter is None:
        yield ctx.not_recorded(
            N_("Förbundsordningen anges inte; den har inte prövats."), path="$.charter"
        )
        return
    if recorded is Recorded.ABSENT:
        yield ctx.finding(N_("Förbundet har ingen förbundsordning."), path="$.charter")
        return
    for index, member in enumerate(federation.members):
        adopted = adoption_of(federation.charter, member).status
        if adopted is Recorded.ABSENT:
            yield ctx.finding(
                N_("Fullmäktige i {member} har inte fastställt förbundsordningen."),
                path=f"$.members[{index}]",
                member=member,
            )
        elif adopted is Recorded.UNRECORDED:
            yield ctx.not_recorded(
                N_("Om fullmäktige i {member} fastställt förbundsordningen anges inte."),
                path=f"$.members[{index}]",
                member=member,
            )


#: The assembly's longest term under 3 kap. 24 §.
_TERM_YEARS = 4


@rule(
    "KL1991-3-24-term",
    applies_to=LocalFederation,
    cites=("3 kap. 24 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_term(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """The assembly's term was four years unless the förbundsordning set a shorter one.

    "Den beslutande församlingen väljs för fyra år, om inte en kortare mandattid anges i
    förbundsordningen" (KL 1991:900 3 kap. 24 §, as quoted by a federation; a finding is a
    warning). A recorded term longer than four years is reported; no recorded term means
    the act's four years applied.

    Does not check: when the term started (by default 1 January after the general election),
    nor the terms of the styrelse or the revisorer.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield transition_note(federation, ctx)
        return
    if federation.charter is None or federation.charter.term_years is None:
        return
    years = federation.charter.term_years
    if years > _TERM_YEARS:
        yield ctx.finding(
            N_(
                "Förbundsordningen anger en mandattid på {years} år; den beslutande församlingen "
                "valdes för fyra år om förbundsordningen inte angav en kortare tid."
            ),
            path="$.charter.term_years",
            years=years,
        )


@rule(
    "KL1991-3-28-cost-division",
    applies_to=LocalFederation,
    cites=("3 kap. 28 § kommunallagen (1991:900)",),
    valid_from=KL_1991_FEDERATION,
    valid_to=KL_1991_LAST_DAY,
    severity=Severity.WARNING,
    verification=Verification.VERIFIED_SEC,
)
def kl_1991_federation_cost_division(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """The förbundsordning stated how the förbund's costs were divided among the members.

    A legal memorandum on a regional kollektivtrafik förbund (docplayer.se) reads the act so:
    "Hur fördelningen av ett kommunalförbunds kostnader mellan medlemmarna ska ske ska då
    framgå av förbundsordningen (3 kap. 28 punkt 12 kommunallagen, KL)". The text of 3 kap.
    28 § was not read, so a förbundsordning recorded without the item is a warning; the item
    is KL 9:6 p. 11 today (shares in assets and debts and the cost division).

    Does not check: the other items of 3 kap. 28 §, whose list was not read, nor whether the
    division is reasonable.
    """
    if may_keep_1985_rules(federation, ctx.as_of):
        yield transition_note(federation, ctx)
        return
    yield from charter_item_findings(
        ctx,
        federation.charter,
        CharterItem.SHARES_AND_COST_DIVISION,
        unrecorded=N_(
            "Det anges inte om förbundsordningen bestämmer hur kostnaderna fördelas mellan "
            "medlemmarna; det har inte prövats."
        ),
        absent=N_("Förbundsordningen anger inte hur kostnaderna fördelas mellan medlemmarna."),
    )
