"""Kommunallagen (2017:725) 9 kap. 12–15 §§: the audit and discharge of a kommunalförbund."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_, Translatable
from samverkan.law import parse_citation
from samverkan.law.dates import KL_2017
from samverkan.model import AssemblyForm, AuditorElection, LocalFederation
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.grouping import Wording, listed_parties
from samverkan.rules.registry import rule


@rule(
    "KL-9-12-forbund-auditors",
    applies_to=LocalFederation,
    cites=("KL 9:12 2 st.",),
    valid_from=KL_2017,
)
def auditors_elected_by_the_assembly(
    federation: LocalFederation, ctx: RuleContext
) -> Iterator[Finding]:
    """In a förbund with förbundsfullmäktige, förbundsfullmäktige elects the revisorer.

    The rules of KL 12 kap. 4–5 §§ on electing revisorer do not apply to a kommunalförbund
    (KL 9:12 1 st.). In a förbund with förbundsfullmäktige the revisorer are elected by
    förbundsfullmäktige; in a förbund with förbundsdirektion they are appointed as the
    förbundsordning states (9:12 2 st.). A förbund with förbundsfullmäktige whose revisorer
    are recorded as elected by the members' fullmäktige or another organ is an error. A
    proposal that states no audit arrangement follows the law, which applies by itself; one
    that states an arrangement without saying who elects the revisorer is reported as not
    judged.

    Does not check: how a förbund with förbundsdirektion appoints its revisorer beyond what the
    förbundsordning must state (KL 9:6 p. 4–5, checked by KL-9-6-forbundsordning-18); the
    number of revisorer and their term; eligibility of revisorer (KL 9:7 2 st.); the revisorer's
    duty to inform the members' revisorer (KL 9:15).
    """
    audit = federation.audit
    if audit is None or federation.assembly is not AssemblyForm.FULLMAKTIGE:
        return
    if audit.auditors_elected_by is None:
        yield ctx.not_recorded(
            N_("Det anges inte vem som väljer förbundets revisorer; valet har inte prövats."),
            path="$.audit.auditors_elected_by",
        )
        return
    if audit.auditors_elected_by is not AuditorElection.ASSEMBLY:
        yield ctx.finding(
            N_(
                "Förbundets revisorer väljs enligt förslaget av {elector}; i ett "
                "kommunalförbund med förbundsfullmäktige väljs revisorerna av "
                "förbundsfullmäktige."
            ),
            fix=N_("Låt förbundsfullmäktige välja revisorerna."),
            path="$.audit.auditors_elected_by",
            elector=Translatable(audit.auditors_elected_by.value),
        )


#: KL 9:13: a member whose fullmäktige does not receive the report or decide on discharge,
#: and a stranger listed.
_NOT_REPORTED_TO = Wording(
    N_(
        "Fullmäktige i {member} anges inte bland dem som får revisionsberättelsen; "
        "revisorerna ska lämna den till fullmäktige i varje förbundsmedlem."
    ),
    N_(
        "Fullmäktige i {parties} anges inte bland dem som får revisionsberättelsen; "
        "revisorerna ska lämna den till fullmäktige i varje förbundsmedlem."
    ),
    N_("Lägg till fullmäktige i {member} bland mottagarna av revisionsberättelsen."),
    N_("Lägg till fullmäktige i {parties} bland mottagarna av revisionsberättelsen."),
)
_STRANGE_RECIPIENTS = Wording(
    N_(
        "{participant} anges bland dem som får revisionsberättelsen men är inte medlem i förbundet."
    ),
    N_(
        "{participants} anges bland dem som får revisionsberättelsen men är inte "
        "medlemmar i förbundet."
    ),
    N_("Ta bort {participant} ur listan; bara förbundsmedlemmar ska stå där."),
    N_("Ta bort {participants} ur listan; bara förbundsmedlemmar ska stå där."),
)
_NOT_DISCHARGING = Wording(
    N_(
        "Fullmäktige i {member} anges inte bland dem som prövar ansvarsfrihet; "
        "fullmäktige i varje förbundsmedlem ska pröva ansvarsfrihet och anmärkning."
    ),
    N_(
        "Fullmäktige i {parties} anges inte bland dem som prövar ansvarsfrihet; "
        "fullmäktige i varje förbundsmedlem ska pröva ansvarsfrihet och anmärkning."
    ),
    N_("Lägg till fullmäktige i {member} bland dem som prövar ansvarsfrihet."),
    N_("Lägg till fullmäktige i {parties} bland dem som prövar ansvarsfrihet."),
)
_STRANGE_DISCHARGERS = Wording(
    N_("{participant} anges bland dem som prövar ansvarsfrihet men är inte medlem i förbundet."),
    N_(
        "{participants} anges bland dem som prövar ansvarsfrihet men är inte medlemmar i förbundet."
    ),
    N_("Ta bort {participant} ur listan; bara förbundsmedlemmar ska stå där."),
    N_("Ta bort {participants} ur listan; bara förbundsmedlemmar ska stå där."),
)


@rule(
    "KL-9-13-forbund-discharge",
    applies_to=LocalFederation,
    applies_when=lambda federation: federation.assembly is AssemblyForm.DIREKTION,
    cites=("KL 9:13", "KL 5:24"),
    valid_from=KL_2017,
)
def discharged_by_every_member(federation: LocalFederation, ctx: RuleContext) -> Iterator[Finding]:
    """In a förbund with förbundsdirektion, every member's fullmäktige decides on discharge.

    In a kommunalförbund with förbundsdirektion the revisorer submit a revisionsberättelse to
    each of the members' fullmäktige, and what KL 5 kap. 24, 25, 32 and 49 §§ say of
    fullmäktige applies to the members' fullmäktige (KL 9:13): each member's fullmäktige
    decides on ansvarsfrihet and anmärkning. A direktion recorded as deciding on its own
    discharge is an error; where the arrangement lists whose fullmäktige receive the report or
    decide on discharge, a member left out, or a listed participant that is not a member, is an
    error. A proposal that states no arrangement follows the law, which applies by itself; an
    arrangement that lists neither is reported as not judged.

    Does not check: a förbund with förbundsfullmäktige, where förbundsfullmäktige decides on
    discharge by KL 9:2 and 5:24 (an inference, not an express provision); the direktion's
    discharge of the nämnder it has set up (KL 9:14); the duty to inform the members'
    revisorer (KL 9:15); whether the members reach the same decision.
    """
    audit = federation.audit
    if audit is None:
        return
    decisive = (parse_citation("KL 9:13", on=ctx.as_of),)
    if audit.assembly_discharges:
        yield ctx.finding(
            N_(
                "Förbundsdirektionen prövar enligt förslaget sin egen ansvarsfrihet; i ett "
                "förbund med förbundsdirektion prövar fullmäktige i varje förbundsmedlem "
                "frågan om ansvarsfrihet och anmärkning."
            ),
            fix=N_("Låt fullmäktige i varje förbundsmedlem pröva ansvarsfriheten."),
            path="$.audit.assembly_discharges",
        )
    if audit.reported_to:
        yield from listed_parties(
            ctx,
            federation.members,
            audit.reported_to,
            parties_path="$.members",
            listed_path="$.audit.reported_to",
            missing=_NOT_REPORTED_TO,
            strangers=_STRANGE_RECIPIENTS,
            one_party="member",
        )
    if audit.discharging_parties:
        yield from listed_parties(
            ctx,
            federation.members,
            audit.discharging_parties,
            parties_path="$.members",
            listed_path="$.audit.discharging_parties",
            missing=_NOT_DISCHARGING,
            strangers=_STRANGE_DISCHARGERS,
            one_party="member",
        )
    if not audit.reported_to and not audit.discharging_parties:
        yield ctx.not_recorded(
            N_(
                "Det anges inte i vilka förbundsmedlemmars fullmäktige revisionsberättelsen "
                "lämnas och ansvarsfriheten prövas; det har inte prövats."
            ),
            path="$.audit",
            citations=decisive,
        )
