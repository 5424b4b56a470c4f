"""Kommunallagen (2017:725) 1 kap. 4 § and 3 kap. 4 §: a decision-making organ of one party
decides for that party only, unless it is a gemensam nämnd."""

from __future__ import annotations

from collections.abc import Iterator

from samverkan.i18n import N_
from samverkan.law import parse_citation
from samverkan.law.dates import KL_2017
from samverkan.model.structure import BodyKind, CollaborationStructure
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import rule


@rule(
    "STRUCT-organ-decides-for-own-party",
    applies_to=CollaborationStructure,
    cites=("KL 1:4 2 st.", "KL 3:4"),
    valid_from=KL_2017,
)
def organ_decides_for_its_own_party(
    structure: CollaborationStructure, ctx: RuleContext
) -> Iterator[Finding]:
    """A decision-making organ of one party may not decide for the other parties.

    Decision-making power in a kommun or region is exercised by its fullmäktige, and
    decisions may also be taken by other municipal organs "i enlighet med vad som anges i
    denna lag eller annan författning" (KL 1:4 1–2 st.); the nämnder are those fullmäktige
    appoints to fulfil the kommun's or region's own tasks (KL 3:4). A nämnd of one party thus
    has no power to decide for another. The exception is a gemensam nämnd, which belongs to
    the host's organisation and fulfils the tasks of every cooperating party (KL 9:19–21,
    lag 2003:192). A decision-making organ recorded as belonging to one party, recorded as not
    a gemensam nämnd, and given a mandate to decide for another party is an error; one whose
    status as a gemensam nämnd, or whose owner, is not recorded is reported as not judged.

    Does not check: avtalssamverkan in which one party's employee decides for the other under
    KL 9:37 2 st. (a delegation to a person, not an organ); a kommunalförbund,
    which is a legal person of its own; whether a gemensam nämnd's mandate matches its
    agreement (KL 9:22).
    """
    decisive = (parse_citation("KL 1:4 2 st.", on=ctx.as_of),)
    for index, body in enumerate(structure.bodies):
        if body.kind is not BodyKind.DECISION_MAKING or body.mandate is None:
            continue
        if body.joint_committee or not body.mandate.over_principals:
            continue
        if body.belongs_to is None:
            yield ctx.not_recorded(
                N_(
                    "Det anges inte vilken huvudman {body} är organ för; om organet får besluta "
                    "för {principals} har inte prövats."
                ),
                path=f"$.bodies[{index}].belongs_to",
                citations=decisive,
                body=body.name,
                principals=", ".join(str(p) for p in body.mandate.on_behalf_of),
            )
            continue
        others = [p for p in body.mandate.on_behalf_of if p != body.belongs_to]
        if not others:
            continue
        if body.joint_committee is None:
            yield ctx.not_recorded(
                N_(
                    "{body} är organ för {owner} och har mandat att besluta för {principals}; "
                    "det anges inte om organet är en gemensam nämnd, och mandatet har inte "
                    "prövats."
                ),
                path=f"$.bodies[{index}].joint_committee",
                citations=decisive,
                body=body.name,
                owner=body.belongs_to,
                principals=", ".join(str(p) for p in others),
            )
            continue
        yield ctx.finding(
            N_(
                "{body} är organ för {owner} men har mandat att besluta för {principals}; ett "
                "organ i en kommun eller region kan inte besluta för en annan huvudman om det "
                "inte är en gemensam nämnd."
            ),
            path=f"$.bodies[{index}].mandate.on_behalf_of",
            body=body.name,
            owner=body.belongs_to,
            principals=", ".join(str(p) for p in others),
        )
