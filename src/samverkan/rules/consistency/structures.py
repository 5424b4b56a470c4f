"""Consistency of a collaboration structure with itself: seats against its own scheme, reporting
lines, preparatory groups and cost keys.

These rules check the parties' own arrangements, not a statute: their findings are of the
consistency category and cite no provision.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from samverkan.i18n import N_, Translatable
from samverkan.model.structure import BodyKind, CollaborationStructure, CooperationBody
from samverkan.rules.context import RuleContext
from samverkan.rules.finding import Finding
from samverkan.rules.registry import consistency_rule
from samverkan.rules.representation import Tally


def _number(value: Decimal) -> int | str:
    """A percentage as a message parameter: an int when whole (localised), else its text."""
    return int(value) if value == value.to_integral_value() else str(value)


@consistency_rule(
    "STRUCT-representation",
    applies_to=CollaborationStructure,
)
def every_principal_represented(
    structure: CollaborationStructure, ctx: RuleContext
) -> Iterator[Finding]:
    """Every principal holds a member seat in each county-wide body whose scheme says so.

    No statute governs representation in an advisory structure; the requirement is the
    structure's own ("Samtliga huvudmän ska vara representerade i regional samverkan", as
    Västerbotten's agreement puts it), and is marked by ``every_principal`` in the body's
    representation scheme. No provision is cited: KL 9:24 governs joint committees, not an
    advisory structure.

    Does not check: bodies without a scheme or whose scheme does not promise every principal a
    seat, substitutes (a principal is represented by a member seat), or how many seats each
    principal holds (see STRUCT-seat-count). A body listing no seats at all is noted once as
    information instead of reporting every principal.
    """
    for index, body in enumerate(structure.bodies):
        scheme = body.representation
        if scheme is None or not scheme.every_principal:
            continue
        if not body.seats:
            yield ctx.not_recorded(
                N_("Platserna i {body} anges inte; representationen har inte prövats."),
                path=f"$.bodies[{index}].seats",
                body=body.name,
            )
            continue
        tally = Tally.count(body.seats)  # once per body, not once per principal
        for principal in structure.principals:
            if tally.of(principal).lacks_member:
                yield ctx.finding(
                    N_("{party} saknar ledamot i {body}, där alla huvudmän ska vara företrädda."),
                    path=f"$.bodies[{index}].seats",
                    party=principal,
                    body=body.name,
                )


def _seat_findings(
    ctx: RuleContext, structure: CollaborationStructure, index: int, body: CooperationBody
) -> Iterator[Finding]:
    scheme = body.representation
    assert scheme is not None
    parties = list(dict.fromkeys(seat.party for seat in body.seats))
    tally = Tally.count(body.seats)  # once per body, not once per party
    principals = set(structure.principals)
    for party in parties:
        if party not in principals:
            seat_index = next(i for i, s in enumerate(body.seats) if s.party == party)
            yield ctx.finding(
                N_("En plats i {body} tillsätts av {party}, som inte är huvudman i strukturen."),
                path=f"$.bodies[{index}].seats[{seat_index}].party",
                body=body.name,
                party=party,
            )
            continue
        quota = scheme.quota_for(party)
        found = tally.of(party)
        counts = found.counts()
        if not quota.bound.admits(found.members, quota.members):
            yield ctx.finding(
                N_(
                    "Antalet ledamöter för {party} i {body} är {members}; ordningen anger "
                    "{bound} {expected}."
                ),
                path=f"$.bodies[{index}].seats",
                party=party,
                body=body.name,
                members=found.members,
                bound=Translatable(quota.bound.value),
                expected=quota.members,
                facts=counts,
            )
        if quota.substitutes is not None and not quota.bound.admits(
            found.substitutes, quota.substitutes
        ):
            yield ctx.finding(
                N_(
                    "Antalet ersättare för {party} i {body} är {substitutes}; ordningen anger "
                    "{bound} {expected}."
                ),
                path=f"$.bodies[{index}].seats",
                party=party,
                body=body.name,
                substitutes=found.substitutes,
                bound=Translatable(quota.bound.value),
                expected=quota.substitutes,
                facts=counts,
            )


@consistency_rule(
    "STRUCT-seat-count",
    applies_to=CollaborationStructure,
)
def seats_match_scheme(structure: CollaborationStructure, ctx: RuleContext) -> Iterator[Finding]:
    """The seats each party holds in a body match the body's representation scheme.

    A consistency check between two parts of the same document: the scheme (one seat per
    municipality, up to two for Umeå and Skellefteå, three plus three substitutes for the
    region) and the seats actually listed. Members and, where the scheme states them,
    substitutes are counted per party and compared as the scheme's bound says (exactly, at
    least, at most). A seat held by someone who is not a principal is reported too. The
    disagreement is one of arithmetic within the document, not of law, so no provision is
    cited.

    Does not check: parties that hold no seat at all (see STRUCT-representation), bodies that
    list no seats or have no scheme, and which ersättare stands in for which ledamot.
    """
    for index, body in enumerate(structure.bodies):
        if body.representation is None or not body.seats:
            continue
        yield from _seat_findings(ctx, structure, index, body)


def _cycles(structure: CollaborationStructure) -> list[list[str]]:
    """Every elementary reporting cycle once, each starting at its first body in order.

    Walking only to bodies listed after the start finds each cycle from its first body only.
    """
    known = {b.id for b in structure.bodies}
    order = {b.id: i for i, b in enumerate(structure.bodies)}
    found: list[list[str]] = []

    def walk(start: str, node: str, trail: list[str]) -> None:
        for target in structure.body(node).reports_to:
            if target not in known or order[target] < order[start]:
                continue
            if target == start:
                found.append([*trail, start])
            elif target not in trail:
                walk(start, target, [*trail, target])

    for body in structure.bodies:
        walk(body.id, body.id, [body.id])
    return found


@consistency_rule(
    "STRUCT-reporting-acyclic",
    applies_to=CollaborationStructure,
)
def reporting_lines_acyclic(
    structure: CollaborationStructure, ctx: RuleContext
) -> Iterator[Finding]:
    """Reporting lines name bodies of the structure and never run in a circle.

    A matter handed from body to body must reach someone who can decide it (KL 1:4, 3:4); a
    circle of reporting lines (A reports to B, B to A) never does, and a line to a body the
    structure does not contain leads nowhere. Both are faults in the structure's own
    description.

    Does not check: whether each chain ends where a decision can be taken (see
    STRUCT-reporting-ends), nor whether the bodies actually meet or hand matters on.
    """
    known = {b.id for b in structure.bodies}
    for index, body in enumerate(structure.bodies):
        for line, target in enumerate(body.reports_to):
            if target not in known:
                yield ctx.finding(
                    N_("{body} rapporterar till {target}, som inte finns i strukturen."),
                    path=f"$.bodies[{index}].reports_to[{line}]",
                    body=body.name,
                    target=target,
                )
    for cycle in _cycles(structure):
        first = structure.index_of(cycle[0])
        yield ctx.finding(
            N_("Rapporteringsvägarna går i cirkel: {cycle}."),
            path=f"$.bodies[{first}].reports_to",
            cycle=" → ".join(cycle),
            facts={"cycle": cycle},
        )


@consistency_rule(
    "STRUCT-reporting-ends",
    applies_to=CollaborationStructure,
)
def reporting_chains_end_at_decision(
    structure: CollaborationStructure, ctx: RuleContext
) -> Iterator[Finding]:
    """Every reporting chain ends at a principal or at a decision-making organ.

    Since decisions are taken only by fullmäktige and the organs KL provides for (KL 1:4,
    3:4), a body that reports to no other body should be a decision-making organ itself or
    hand its matters to the principals' line organisations. A body that does neither leaves
    its recommendations without a decision-maker. A line to a "principal" that is not among
    the structure's principals is reported too. A warning: the structure may work without
    it, but matters can be lost.

    Does not check: chains that run in a circle or to unknown bodies (see
    STRUCT-reporting-acyclic), nor whether the principal reached is the right one for the
    matter.
    """
    principals = set(structure.principals)
    for index, body in enumerate(structure.bodies):
        for line, party in enumerate(body.reports_to_principals):
            if party not in principals:
                yield ctx.finding(
                    N_("{body} rapporterar till {party}, som inte är huvudman i strukturen."),
                    path=f"$.bodies[{index}].reports_to_principals[{line}]",
                    body=body.name,
                    party=party,
                )
        if body.kind is BodyKind.DECISION_MAKING:
            continue
        if not body.reports_to and not body.reports_to_principals:
            yield ctx.finding(
                N_(
                    "{body} rapporterar varken till ett annat organ eller till huvudmännen; "
                    "kedjan slutar utan beslutsfattare."
                ),
                path=f"$.bodies[{index}].reports_to",
                body=body.name,
            )


@consistency_rule(
    "STRUCT-preparatory-attached",
    applies_to=CollaborationStructure,
)
def preparatory_groups_attached(
    structure: CollaborationStructure, ctx: RuleContext
) -> Iterator[Finding]:
    """Each preparatory group is attached to a body of the structure.

    A beredning prepares matters for a body that carries them on towards a decision in the
    principals' line organisations (KL 1:4, 3:4). One that reports to no body of the
    structure prepares for no one. No statute requires the attachment; it is the logic of
    the structure, hence a warning.

    Does not check: whether the body it is attached to exists (see STRUCT-reporting-acyclic),
    nor preparatory work done inside the principals' own organisations.
    """
    for index, body in enumerate(structure.bodies):
        if body.kind is BodyKind.PREPARATORY_GROUP and not body.reports_to:
            yield ctx.finding(
                N_("Beredningen {body} är inte knuten till något organ i strukturen."),
                path=f"$.bodies[{index}].reports_to",
                body=body.name,
            )


@consistency_rule(
    "STRUCT-cost-key",
    applies_to=CollaborationStructure,
)
def cost_keys_sum_to_100(structure: CollaborationStructure, ctx: RuleContext) -> Iterator[Finding]:
    """A cost-sharing key shares out exactly 100 % of the costs.

    No statute governs how a structure's coordinators are paid for; the key is the
    principals' own agreement (Västerbotten: 50 % the municipalities, 50 % the region); KL 9:6
    11 p. governs a förbundsordning, not an advisory structure, and is not cited. A key that
    sums to anything but exactly 100 % leaves costs unpaid or paid twice: an arithmetic
    disagreement within the document. The sum is exact (Decimal), so a key of
    three shares of 33.33 % is reported.

    Does not check: support without a cost key, how a group of payers (the municipalities)
    divides its share within the group, and whether the payers are principals.
    """
    for index, support in enumerate(structure.support):
        if not support.cost_key:
            continue
        total = support.cost_key_total
        if total != Decimal(100):
            yield ctx.finding(
                N_("Kostnadsfördelningen för {support} summerar till {total} %, inte 100 %."),
                path=f"$.support[{index}].cost_key",
                support=support.name,
                total=_number(total),
                facts={"total": str(total)},
            )
