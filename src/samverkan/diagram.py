"""Graphviz diagrams of collaboration structures, joint committees and local federations.

:func:`to_dot` writes DOT text (no Graphviz needed); :func:`to_svg` runs Graphviz's ``dot``
program on it. Labels come from the message catalogues, in Swedish unless another locale is
asked for; names are the documents' own. The output is deterministic: the same model gives
the same bytes.

* A structure (:class:`~samverkan.model.structure.CollaborationStructure`): its bodies grouped
  by level in ``cluster_political`` and ``cluster_official``, reporting lines as edges
  (dashed from a preparatory group to the body it prepares for), the seats each principal
  holds in a body as ``ledamöter + ersättare`` on the body, and the principals as one node
  when a body reports to all of them.
* A joint committee: the parties with their seats, the host marked.
* A local federation: the members with their seats in the assembly, the board, and the
  companies the federation owns.

>>> from samverkan.parties import registry
>>> from samverkan.model import JointCommittee, Role, Seat
>>> reg = registry()
>>> ost, berg = reg.municipality("2380"), reg.municipality("2326")
>>> committee = JointCommittee(
...     "Nämnd", parties=(ost, berg), host=ost, seats=(Seat(ost), Seat(ost, Role.SUBSTITUTE))
... )
>>> print(to_dot(committee, "en"), end="")
digraph samverkan {
  graph [fontname="Helvetica", label="Nämnd\\nSeats: members + substitutes", labelloc="t"];
  node [fontname="Helvetica", shape="box", style="rounded"];
  edge [fontname="Helvetica"];
  "committee" [label="Nämnd\\njoint committee (gemensam nämnd), KL 9:19", style="bold"];
  "party:2380" [label="Östersund (2380)\\nhost party", shape="ellipse", style="bold"];
  "party:2326" [label="Berg (2326)", shape="ellipse"];
  "party:2380" -> "committee" [label="1 + 1"];
  "party:2326" -> "committee" [label="0 + 0"];
}
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeAlias

from samverkan.errors import DiagramError, GraphvizNotFoundError, printable
from samverkan.i18n import DEFAULT_LOCALE, N_, translate
from samverkan.model import JointCommittee, LocalFederation, Office, Participant, Role, Seat
from samverkan.model.seats import seat_count
from samverkan.model.structure import BodyKind, CollaborationStructure, CooperationBody, Level
from samverkan.parties import Municipality, Region

__all__ = [
    "DOT_SECONDS",
    "LABEL_BYTES",
    "DiagramError",
    "Drawable",
    "GraphvizNotFoundError",
    "quote",
    "to_dot",
    "to_svg",
]

#: How long Graphviz may take to draw one diagram, in seconds, before it is stopped.
DOT_SECONDS = 60

#: The models that can be drawn.
Drawable: TypeAlias = CollaborationStructure | JointCommittee | LocalFederation

#: The widest line of names in a label, in characters, before it wraps.
_LINE_WIDTH = 48
_CLUSTERS = {Level.POLITICAL: "cluster_political", Level.OFFICIAL: "cluster_official"}
_BODY_STYLE: Mapping[BodyKind, dict[str, str]] = {
    BodyKind.DECISION_MAKING: {"style": "bold"},
    BodyKind.ADVISORY_COUNCIL: {},
    BodyKind.PREPARATORY_GROUP: {"style": "rounded,dashed"},
    BodyKind.NETWORK: {"shape": "ellipse", "style": "solid"},
    BodyKind.COORDINATION: {"shape": "hexagon", "style": "solid"},
}
_ELLIPSE: Mapping[str, str] = {"shape": "ellipse"}
_BOLD: Mapping[str, str] = {"style": "bold"}
_SEATS_LEGEND = N_("Platser: ledamöter + ersättare")


def quote(text: str) -> str:
    r"""``text`` as a quoted DOT string; line breaks become ``\n``, other text stays literal.

    Other control characters are written as escapes (``\x00`` shows as the four characters
    ``\x00``: Graphviz refuses a NUL, and a terminal would act on the rest), and a text longer
    than Graphviz reads in one string (:data:`LABEL_BYTES`) is cut short with an ellipsis.

    >>> print(quote('Ett "namn"\nC:\\temp'))
    "Ett \"namn\"\nC:\\temp"
    >>> print(quote("Nul\x00\x1b"))
    "Nul\\x00\\x1b"
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = printable(lines, keep_newlines=True).replace("\\", "\\\\").replace('"', '\\"')
    escaped = _shortened(escaped.replace("\n", "\\n"))
    return f'"{escaped}"'


#: The longest DOT string Graphviz reads, in bytes of UTF-8 (its limit is 16 384).
LABEL_BYTES = 16_000


def _shortened(escaped: str) -> str:
    """``escaped`` (DOT string content) cut to :data:`LABEL_BYTES` with "…", never inside an
    escape."""
    if len(escaped) * 4 <= LABEL_BYTES or len(escaped.encode("utf-8")) <= LABEL_BYTES:
        return escaped
    cut = escaped.encode("utf-8")[: LABEL_BYTES - 3].decode("utf-8", "ignore")
    trailing = len(cut) - len(cut.rstrip("\\"))  # an odd number: an escape cut in two
    return (cut[:-1] if trailing % 2 else cut) + "…"


def _attributes(attributes: Mapping[str, str]) -> str:
    if not attributes:
        return ""
    listed = ", ".join(f"{key}={quote(attributes[key])}" for key in sorted(attributes))
    return f" [{listed}]"


class _Graph:
    """DOT statements in the order they are added."""

    def __init__(self, title: str, locale: str) -> None:
        self.title = title
        self.locale = locale
        self.body: list[str] = []
        self.legend = False
        self.indent = "  "

    def text(self, message: str) -> str:
        return translate(message, self.locale)

    def node(
        self, node_id: str, lines: Sequence[str], attrs: Mapping[str, str] | None = None
    ) -> None:
        label = {"label": "\n".join(lines), **(attrs or {})}
        self.body.append(f"{self.indent}{quote(node_id)}{_attributes(label)};")

    def cluster(self, name: str, label: str) -> None:
        """Open a ``subgraph``; nodes go into it until :meth:`end_cluster`."""
        self.body.append(f"  subgraph {name} {{")
        self.body.append(f"    label={quote(label)};")
        self.indent = "    "

    def end_cluster(self) -> None:
        self.body.append("  }")
        self.indent = "  "

    def edge(self, source: str, target: str, **attrs: str) -> None:
        self.body.append(f"  {quote(source)} -> {quote(target)}{_attributes(attrs)};")

    def seats(self, seats: Sequence[Seat], party: Participant) -> tuple[int, int]:
        """The numbers of ``party``'s ledamöter and ersättare; the graph gets the legend."""
        self.legend = True
        counted = tuple(seats)
        return seat_count(counted, party, Role.MEMBER), seat_count(counted, party, Role.SUBSTITUTE)

    def render(self, compound: bool = False) -> str:
        label = self.title + ("\n" + self.text(_SEATS_LEGEND) if self.legend else "")
        graph = {"fontname": "Helvetica", "label": label, "labelloc": "t"}
        if compound:
            graph["compound"] = "true"
        lines = [
            "digraph samverkan {",
            f"  graph{_attributes(graph)};",
            '  node [fontname="Helvetica", shape="box", style="rounded"];',
            '  edge [fontname="Helvetica"];',
            *self.body,
            "}",
        ]
        return "\n".join(lines) + "\n"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _party_id(party: Participant) -> str:
    if isinstance(party, Municipality | Region):
        return f"party:{party.code}"
    return f"party:{party.name}"


def _counts(counts: tuple[int, int]) -> str:
    return f"{counts[0]} + {counts[1]}"


def _wrapped(prefix: str, names: Iterable[str]) -> list[str]:
    """``prefix`` and ``names`` separated by commas, broken into lines of moderate width."""
    lines: list[str] = []
    line: list[str] = []
    width = len(prefix)
    for name in names:
        if line and width + 2 + len(name) > _LINE_WIDTH:
            lines.append(", ".join(line) + ",")
            line, width = [], 0
        width += len(name) + (2 if line else 0)
        line.append(name)
    lines.append(", ".join(line))
    lines[0] = prefix + lines[0]
    return lines


def _offices(graph: _Graph, seats: Sequence[Seat]) -> list[str]:
    """A line per presidium office held, such as ``ordförande: Region Stockholm``."""
    lines = []
    for office in Office:
        holders = list(dict.fromkeys(s.party.name for s in seats if s.office is office))
        if holders:
            lines.append(f"{graph.text(office.value)}: {', '.join(holders)}")
    return lines


def _seat_lines(graph: _Graph, seats: Sequence[Seat]) -> list[str]:
    """Each principal's seats in a body, parties with the same numbers on one line."""
    groups: dict[tuple[int, int], list[str]] = {}
    for party in dict.fromkeys(seat.party for seat in seats):
        groups.setdefault(graph.seats(seats, party), []).append(party.name)
    lines: list[str] = []
    for counts in sorted(groups, reverse=True):
        lines += _wrapped(f"{_counts(counts)}: ", groups[counts])
    return lines


# -- Structures ------------------------------------------------------------------------------


def _body_lines(graph: _Graph, body: CooperationBody) -> list[str]:
    title = body.name if body.id == body.name else f"{body.name} ({body.id})"
    lines = [title, graph.text(body.kind.value)]
    if body.belongs_to is not None:
        lines.append(str(body.belongs_to))
    lines += _offices(graph, body.seats)
    lines += _seat_lines(graph, body.seats)
    return lines


def _structure_dot(structure: CollaborationStructure, locale: str) -> str:
    graph = _Graph(structure.name, locale)
    known = {body.id for body in structure.bodies}
    for level, cluster in _CLUSTERS.items():
        bodies = [body for body in structure.bodies if body.level is level]
        if not bodies:
            continue
        graph.cluster(cluster, _capitalised(graph.text(level.value)))
        for body in bodies:
            graph.node(f"body:{body.id}", _body_lines(graph, body), _BODY_STYLE[body.kind])
        graph.end_cluster()
    principals = set(structure.principals)
    to_all = [
        bool(principals) and principals <= set(b.reports_to_principals) for b in structure.bodies
    ]
    drawn: set[str] = set()

    def party_node(party: Participant) -> str:
        node_id = _party_id(party)
        if node_id not in drawn:
            drawn.add(node_id)
            graph.node(node_id, [str(party)], _ELLIPSE)
        return node_id

    if any(to_all):
        heading = graph.text(N_("Huvudmännen ({count})")).format(count=len(principals))
        names = _wrapped("", (p.name for p in structure.principals))
        graph.node("principals", [heading, *names], _ELLIPSE)
    for body, reports_to_all in zip(structure.bodies, to_all, strict=True):
        source = f"body:{body.id}"
        dashed = {"style": "dashed"} if body.kind is BodyKind.PREPARATORY_GROUP else {}
        for target in dict.fromkeys(body.reports_to):
            if target not in known and f"body:{target}" not in drawn:
                drawn.add(f"body:{target}")
                graph.node(f"body:{target}", [target], {"color": "red", "style": "dashed"})
            graph.edge(source, f"body:{target}", **dashed)
        if reports_to_all:
            graph.edge(source, "principals")
            continue
        for party in dict.fromkeys(body.reports_to_principals):
            graph.edge(source, party_node(party))
    return graph.render()


# -- Joint committees and federations --------------------------------------------------------


def _committee_dot(committee: JointCommittee, locale: str) -> str:
    graph = _Graph(committee.name, locale)
    form = graph.text(N_("gemensam nämnd"))
    kind = f"{form}, {committee.basis.value}"
    title = committee.short_name or committee.name
    graph.node("committee", [title, kind, *_offices(graph, committee.seats)], _BOLD)
    parties = list(dict.fromkeys((*committee.parties, committee.host)))
    for party in parties:
        if party == committee.host:
            lines = [str(party), graph.text(N_("värdpart"))]
            graph.node(_party_id(party), lines, {**_ELLIPSE, **_BOLD})
        else:
            graph.node(_party_id(party), [str(party)], _ELLIPSE)
    for party in committee.parties:
        seats = {"label": _counts(graph.seats(committee.seats, party))} if committee.seats else {}
        graph.edge(_party_id(party), "committee", **seats)
    return graph.render()


def _federation_dot(federation: LocalFederation, locale: str) -> str:
    graph = _Graph(federation.name, locale)
    kind = graph.text(N_("kommunalförbund"))
    title = f"{federation.short_name} – {kind}" if federation.short_name else _capitalised(kind)
    assembly = [_capitalised(graph.text(federation.assembly.value))]
    graph.cluster("cluster_federation", title)
    graph.node("assembly", [*assembly, *_offices(graph, federation.seats)], _BOLD)
    if federation.board_seats:
        board = [graph.text(N_("Förbundsstyrelse")), *_offices(graph, federation.board_seats)]
        graph.node("board", board)
    graph.end_cluster()
    for member in dict.fromkeys(federation.members):
        graph.node(_party_id(member), [str(member)], _ELLIPSE)
    if federation.board_seats:
        graph.edge("assembly", "board", label=graph.text(N_("tillsätter")))
    for member in dict.fromkeys(federation.members):
        seats = (
            {"label": _counts(graph.seats(federation.seats, member))} if federation.seats else {}
        )
        graph.edge(_party_id(member), "assembly", **seats)
    for company in federation.owned_companies:
        graph.node(f"company:{company}", [company], {"shape": "component", "style": "solid"})
        graph.edge(
            "assembly",
            f"company:{company}",
            label=graph.text(N_("äger")),
            ltail="cluster_federation",
        )
    return graph.render(compound=bool(federation.owned_companies))


def to_dot(model: Drawable, locale: str = DEFAULT_LOCALE) -> str:
    """The DOT text of a structure, joint committee or local federation."""
    if isinstance(model, CollaborationStructure):
        return _structure_dot(model, locale)
    if isinstance(model, JointCommittee):
        return _committee_dot(model, locale)
    if isinstance(model, LocalFederation):
        return _federation_dot(model, locale)
    raise DiagramError(
        f"cannot draw a {type(model).__name__}; diagrams exist for collaboration structures, "
        "joint committees and local federations"
    )


def to_svg(dot: str) -> bytes:
    """Run Graphviz's ``dot`` on DOT text and return the SVG.

    Raises :class:`GraphvizNotFoundError` when ``dot`` is not installed and
    :class:`DiagramError` when it fails or takes more than :data:`DOT_SECONDS`.
    """
    program = shutil.which("dot")
    if program is None:
        raise GraphvizNotFoundError()
    try:
        done = subprocess.run(
            [program, "-Tsvg"],
            input=dot.encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=DOT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise DiagramError(f"Graphviz 'dot' took more than {DOT_SECONDS} s; stopped") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip() or f"exit status {done.returncode}"
        raise DiagramError(f"Graphviz 'dot' failed: {reason}")
    return done.stdout
