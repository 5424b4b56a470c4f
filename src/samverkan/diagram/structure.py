"""A collaboration structure (*samverkansstruktur*) as a graph.

Its bodies are grouped by level in ``cluster_political`` and ``cluster_official``; reporting
lines are edges (dashed from a preparatory group to the body it prepares for); each body shows
its kind, the party it belongs to, its presidium, its remit (areas and target groups) and the
seats each principal holds as ``ledamöter + ersättare``; the principals are one node when a
body reports to all of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from samverkan.diagram.graph import Graph, capitalised, party_id, wrapped
from samverkan.i18n import N_
from samverkan.model import Participant, Seat
from samverkan.model.structure import BodyKind, CollaborationStructure, CooperationBody, Level

__all__ = ["draw_structure", "seat_lines"]

_LEVELS = {Level.POLITICAL: "political", Level.OFFICIAL: "official"}
BODY_STYLE: Mapping[BodyKind, dict[str, str]] = {
    BodyKind.DECISION_MAKING: {"style": "bold"},
    BodyKind.ADVISORY_COUNCIL: {},
    BodyKind.PREPARATORY_GROUP: {"style": "rounded,dashed"},
    BodyKind.NETWORK: {"shape": "ellipse", "style": "solid"},
    BodyKind.COORDINATION: {"shape": "hexagon", "style": "solid"},
}
ELLIPSE: Mapping[str, str] = {"shape": "ellipse"}
PRINCIPALS = N_("Huvudmännen ({count})")
AREAS = N_("Områden: ")
TARGET_GROUPS = N_("Målgrupper: ")


def seat_lines(graph: Graph, seats: Sequence[Seat]) -> list[str]:
    """Each principal's seats in a body, parties with the same numbers on one line."""
    groups: dict[tuple[int, int], list[str]] = {}
    for party in dict.fromkeys(seat.party for seat in seats):
        groups.setdefault(graph.seats(seats, party), []).append(party.name)
    lines: list[str] = []
    for counts in sorted(groups, reverse=True):
        lines += wrapped(f"{counts[0]} + {counts[1]}: ", groups[counts])
    return lines


def _body_lines(graph: Graph, body: CooperationBody) -> list[str]:
    title = body.name if body.id == body.name else f"{body.name} ({body.id})"
    lines = [*wrapped("", [title]), graph.text(body.kind.value)]
    if body.belongs_to is not None:
        lines.append(str(body.belongs_to))
    lines += graph.offices(body.seats)
    if body.remit is not None:
        if body.remit.areas:
            lines += wrapped(graph.text(AREAS), body.remit.areas)
        if body.remit.target_groups:
            lines += wrapped(graph.text(TARGET_GROUPS), body.remit.target_groups)
    lines += seat_lines(graph, body.seats)
    return lines


def draw_structure(graph: Graph, structure: CollaborationStructure, prefix: str = "") -> None:
    """Draw ``structure`` into ``graph``; node ids and cluster names carry ``prefix``
    (``"2_"`` for the third item of a bundle)."""
    known = {body.id for body in structure.bodies}

    def body_id(body: str) -> str:
        return f"{prefix}body:{body}"

    for level, name in _LEVELS.items():
        bodies = [body for body in structure.bodies if body.level is level]
        if not bodies:
            continue
        graph.cluster(f"cluster_{prefix}{name}", capitalised(graph.text(level.value)))
        for body in bodies:
            graph.node(body_id(body.id), _body_lines(graph, body), BODY_STYLE[body.kind])
        graph.end_cluster()
    principals = set(structure.principals)
    to_all = [
        bool(principals) and principals <= set(b.reports_to_principals) for b in structure.bodies
    ]

    def party_node(party: Participant) -> str:
        graph.node(party_id(party), [str(party)], ELLIPSE)
        return party_id(party)

    if any(to_all):
        heading = graph.text(PRINCIPALS).format(count=len(principals))
        names = wrapped("", (p.name for p in structure.principals))
        graph.node(f"{prefix}principals", [heading, *names], ELLIPSE)
    for body, reports_to_all in zip(structure.bodies, to_all, strict=True):
        dashed = {"style": "dashed"} if body.kind is BodyKind.PREPARATORY_GROUP else {}
        for target in body.reports_to:
            if target not in known:
                unknown = {"color": "red", "style": "dashed"}
                graph.node(body_id(target), [target], unknown)
            graph.edge(body_id(body.id), body_id(target), **dashed)
        if reports_to_all:
            graph.edge(body_id(body.id), f"{prefix}principals")
            continue
        for party in body.reports_to_principals:
            graph.edge(body_id(body.id), party_node(party))
