"""Joint committees, federations, companies and contractual cooperation as graphs, alone or
together in a bundle.

Each body is a node (a federation a cluster of its assembly and board) showing its name, its
kind with the provision that provides for it, its presidium and its tasks by the competence
catalogue's short Swedish names. The parties are ellipses, drawn once however many bodies they
take part in, with an edge to each body: labelled with their seats as ``ledamöter +
ersättare``, bold and marked ``värd`` from the host. A company is linked to its owners with
their shares, a contractual cooperation to the parties that order and the one that performs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from samverkan.analysis.overview import KIND_TERMS, percent, task_names
from samverkan.diagram.graph import LINE_WIDTH, TITLE_WIDTH, Graph, capitalised, party_id, wrapped
from samverkan.diagram.structure import ELLIPSE, draw_structure
from samverkan.i18n import N_
from samverkan.model import (
    CollaborationStructure,
    ContractualCooperation,
    JointCommittee,
    JointlyOwnedCompany,
    LocalFederation,
    Participant,
    Seat,
    Task,
)
from samverkan.model.kinds import Bundle, kind_row, type_tag

__all__ = ["DRAWN", "draw_body", "draw_bundle"]

#: The kinds of model drawn, alone or in a bundle.
DRAWN = (
    CollaborationStructure,
    ContractualCooperation,
    JointCommittee,
    JointlyOwnedCompany,
    LocalFederation,
)

BOLD: Mapping[str, str] = {"style": "bold"}
HOST = N_("värd")
BOARD = N_("Förbundsstyrelse")
APPOINTS = N_("tillsätter")
OWNS = N_("äger")
ORDERS = N_("beställer")
PERFORMS = N_("utför")
NOT_DRAWN = N_("Inte ritat: {items}")


def _task_lines(graph: Graph, tasks: Sequence[Task]) -> list[str]:
    lines: list[str] = []
    for name in task_names(tasks, graph.locale):
        lines += wrapped("– ", [name])
    return lines


def _kind(graph: Graph, model: object, citation: str | None = None) -> list[str]:
    """The kind's term and the provision that provides for it, wrapped."""
    term = graph.text(KIND_TERMS[type_tag(type(model))])
    basis = citation or str(kind_row(type(model)).citation)  # every kind drawn has one
    if len(term) + 2 + len(basis) <= LINE_WIDTH:
        return [f"{term}, {basis}"]
    return [*wrapped("", [f"{term},"]), basis]


def _member_edges(
    graph: Graph, target: str, parties: Sequence[Participant], seats: Sequence[Seat]
) -> None:
    """An edge from each party to ``target``, labelled with its seats when any are listed."""
    for party in dict.fromkeys(parties):
        graph.node(party_id(party), [str(party)], ELLIPSE)
        label = {}
        if seats:
            members, substitutes = graph.seats(seats, party)
            label = {"label": f"{members} + {substitutes}"}
        graph.edge(party_id(party), target, **label)


def _committee(graph: Graph, committee: JointCommittee, prefix: str) -> None:
    node = f"{prefix}committee"
    title = wrapped("", [committee.short_name or committee.name])
    kind = _kind(graph, committee, committee.basis.value)
    lines = [*title, *kind, *graph.offices(committee.seats), *_task_lines(graph, committee.tasks)]
    graph.node(node, lines, BOLD)
    host = party_id(committee.host)
    graph.node(host, [str(committee.host)], ELLIPSE)
    seats = {}
    if committee.seats:
        members, substitutes = graph.seats(committee.seats, committee.host)
        seats = {"label": f"{graph.text(HOST)}, {members} + {substitutes}"}
    graph.edge(host, node, **{"label": graph.text(HOST), "style": "bold", **seats})
    _member_edges(graph, node, committee.parties, committee.seats)


def _federation(graph: Graph, federation: LocalFederation, prefix: str) -> None:
    kind = " ".join(_kind(graph, federation))
    title = f"{federation.short_name} – {kind}" if federation.short_name else capitalised(kind)
    graph.cluster(f"cluster_{prefix}federation", title)
    assembly = [capitalised(graph.text(federation.assembly.value))]
    assembly += graph.offices(federation.seats) + _task_lines(graph, federation.tasks)
    graph.node(f"{prefix}assembly", assembly, BOLD)
    if federation.board_seats:
        board = [graph.text(BOARD), *graph.offices(federation.board_seats)]
        graph.node(f"{prefix}board", board)
    graph.end_cluster()
    if federation.board_seats:
        graph.edge(f"{prefix}assembly", f"{prefix}board", label=graph.text(APPOINTS))
    _member_edges(graph, f"{prefix}assembly", federation.members, federation.seats)
    for company in federation.owned_companies:
        graph.node(f"company:{company}", [company], {"shape": "component", "style": "solid"})
        graph.edge(
            f"{prefix}assembly",
            f"company:{company}",
            label=graph.text(OWNS),
            ltail=f"cluster_{prefix}federation",
        )


def _company_node(graph: Graph, company: JointlyOwnedCompany) -> None:
    lines = [*wrapped("", [company.name]), *_kind(graph, company)]
    graph.node(f"company:{company.name}", lines, {"shape": "component", "style": "solid"})


def _company(graph: Graph, company: JointlyOwnedCompany, owners: Mapping[str, str]) -> None:
    node = f"company:{company.name}"
    _company_node(graph, company)
    for holding in company.holdings:
        owner = getattr(holding.owner, "name", "")
        source = owners.get(owner) or party_id(holding.owner)
        graph.node(source, [str(holding.owner)], ELLIPSE)
        share = percent(holding.percent, graph.locale)
        graph.edge(source, node, label=f"{graph.text(OWNS)} {share}")


def _contractual(graph: Graph, cooperation: ContractualCooperation, prefix: str) -> None:
    node = f"{prefix}agreement"
    lines = [*wrapped("", [cooperation.name]), *_kind(graph, cooperation)]
    graph.node(node, lines + _task_lines(graph, cooperation.tasks), {"shape": "note"})
    for party in cooperation.commissioning:
        graph.node(party_id(party), [str(party)], ELLIPSE)
        graph.edge(party_id(party), node, label=graph.text(ORDERS))
    performer = party_id(cooperation.performing)
    graph.node(performer, [str(cooperation.performing)], ELLIPSE)
    graph.edge(performer, node, label=graph.text(PERFORMS), style="bold")


def draw_body(
    graph: Graph, model: object, prefix: str = "", owners: Mapping[str, str] | None = None
) -> None:
    """Draw one model of :data:`DRAWN` into ``graph``; node ids carry ``prefix``, and a
    company's owner named in ``owners`` is drawn as that node (a federation of the bundle)."""
    if isinstance(model, JointCommittee):
        _committee(graph, model, prefix)
    elif isinstance(model, LocalFederation):
        _federation(graph, model, prefix)
    elif isinstance(model, JointlyOwnedCompany):
        _company(graph, model, owners or {})
    elif isinstance(model, ContractualCooperation):
        _contractual(graph, model, prefix)
    else:
        assert isinstance(model, CollaborationStructure)
        graph.cluster(f"cluster_{prefix}structure", model.name)
        draw_structure(graph, model, prefix)
        graph.end_cluster()


def draw_bundle(graph: Graph, bundle: Bundle) -> None:
    """Draw every model of ``bundle`` that can be drawn; the caption names the others."""
    owners = {
        item.name: f"{i}_assembly"
        for i, item in enumerate(bundle.items)
        if isinstance(item, LocalFederation)
    }
    left_out: list[str] = []
    # A company's node first, with its kind, even when a federation of the bundle owns it;
    # its owners' edges last, so that an owner that is a federation of the bundle is its
    # assembly, drawn in the federation's cluster.
    for item in bundle.items:
        if isinstance(item, JointlyOwnedCompany):
            _company_node(graph, item)
    ordered = sorted(enumerate(bundle.items), key=lambda e: isinstance(e[1], JointlyOwnedCompany))
    for i, item in ordered:
        if isinstance(item, DRAWN):
            draw_body(graph, item, f"{i}_", owners)
        else:
            term = graph.text(KIND_TERMS[type_tag(type(item))])
            left_out.append(f"{getattr(item, 'name', None) or getattr(item, 'title', '')} ({term})")
    if left_out:
        graph.caption += wrapped(graph.text(NOT_DRAWN).format(items=""), left_out, TITLE_WIDTH)
