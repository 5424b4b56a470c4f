"""Writing DOT: quoting, attributes, and a graph laid out to fit an A4 page.

:class:`Graph` collects statements in the order they are added (so the same model gives the
same bytes), draws each node and each edge once, and writes the graph with its title, legend
and caption as the graph's label. Every text is at least :data:`MIN_FONT_SIZE` points, long
labels are wrapped, and the drawing is scaled to :data:`A4_SIZE` inches at most.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from samverkan.errors import printable
from samverkan.i18n import N_, translate
from samverkan.model import Office, Participant, Role, Seat, is_party
from samverkan.model.seats import seat_count

__all__ = [
    "A4_SIZE",
    "FONT_SIZES",
    "LABEL_BYTES",
    "LINE_WIDTH",
    "MIN_FONT_SIZE",
    "Graph",
    "attributes",
    "capitalised",
    "party_id",
    "quote",
    "wrapped",
]

#: The longest DOT string Graphviz reads, in bytes of UTF-8 (its limit is 16 384).
LABEL_BYTES = 16_000
#: The widest line of a node's label, in characters, before it wraps.
LINE_WIDTH = 28
#: The widest line of the graph's title and caption, in characters.
TITLE_WIDTH = 70
#: The largest drawing, in inches: A4 (8.27 × 11.69) less a margin of about half an inch.
A4_SIZE = "7.3,10.7"
#: The smallest font size written, in points.
MIN_FONT_SIZE = 8
#: The font sizes of the graph's label (and clusters'), nodes and edges, in points.
FONT_SIZES = {"graph": 12, "node": 10, "edge": 10}

SEATS_LEGEND = N_("Platser: ledamöter + ersättare")


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


def _shortened(escaped: str) -> str:
    """``escaped`` (DOT string content) cut to :data:`LABEL_BYTES` with "…", never inside an
    escape."""
    if len(escaped) * 4 <= LABEL_BYTES or len(escaped.encode("utf-8")) <= LABEL_BYTES:
        return escaped
    cut = escaped.encode("utf-8")[: LABEL_BYTES - 3].decode("utf-8", "ignore")
    trailing = len(cut) - len(cut.rstrip("\\"))  # an odd number: an escape cut in two
    return (cut[:-1] if trailing % 2 else cut) + "…"


def attributes(attrs: Mapping[str, str]) -> str:
    """`` [a="1", b="2"]`` with the keys sorted, or nothing."""
    if not attrs:
        return ""
    listed = ", ".join(f"{key}={quote(attrs[key])}" for key in sorted(attrs))
    return f" [{listed}]"


def capitalised(text: str) -> str:
    """``text`` with its first letter a capital."""
    return text[:1].upper() + text[1:]


def party_id(party: Participant) -> str:
    """The node id of a party: its code, or the name of an organisation."""
    if is_party(party):
        return f"party:{party.code}"
    return f"party:{party.name}"


def wrapped(prefix: str, names: Iterable[str], width: int = LINE_WIDTH) -> list[str]:
    """``prefix`` and ``names`` separated by commas, broken into lines of at most ``width``
    characters where the names allow; a name longer than a line is broken between words.

    >>> wrapped("Parter: ", ["Region Jämtland Härjedalen", "Berg", "Bräcke", "Krokom"], 30)
    ['Parter: Region Jämtland', 'Härjedalen, Berg, Bräcke,', 'Krokom']
    """
    words = [word for name in names for word in f"{name},".split()]
    if words:
        words[-1] = words[-1].removesuffix(",")
    lines: list[str] = []
    line = prefix.rstrip()
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


class Graph:
    """DOT statements in the order they are added; each node id and each edge once."""

    def __init__(self, title: str, locale: str) -> None:
        self.title = title
        self.locale = locale
        self.body: list[str] = []
        self.legend = False
        self.caption: list[str] = []
        self.indent = "  "
        self.compound = False
        self.nodes: set[str] = set()
        self.edges: set[tuple[str, str]] = set()

    def text(self, message: str) -> str:
        """``message`` from the catalogue, in the graph's language."""
        return translate(message, self.locale)

    def node(
        self, node_id: str, lines: Sequence[str], attrs: Mapping[str, str] | None = None
    ) -> None:
        """Draw ``node_id`` with one label line each of ``lines``, unless it is drawn."""
        if node_id in self.nodes:
            return
        self.nodes.add(node_id)
        label = {"label": "\n".join(lines), **(attrs or {})}
        self.body.append(f"{self.indent}{quote(node_id)}{attributes(label)};")

    def cluster(self, name: str, label: str) -> None:
        """Open a ``subgraph`` (``name`` starts with ``cluster``); nodes go into it until
        :meth:`end_cluster`. Clusters nest."""
        self.body.append(f"{self.indent}subgraph {name} {{")
        self.indent += "  "
        self.body.append(f"{self.indent}label={quote(label)};")

    def end_cluster(self) -> None:
        """Close the innermost open cluster."""
        self.indent = self.indent[:-2]
        self.body.append(f"{self.indent}}}")

    def edge(self, source: str, target: str, **attrs: str) -> None:
        """Draw an edge from ``source`` to ``target``, unless one is drawn; ``ltail`` and
        ``lhead`` make the graph compound."""
        if (source, target) in self.edges:
            return
        self.edges.add((source, target))
        if "ltail" in attrs or "lhead" in attrs:
            self.compound = True
        self.body.append(f"  {quote(source)} -> {quote(target)}{attributes(attrs)};")

    def seats(self, seats: Sequence[Seat], party: Participant) -> tuple[int, int]:
        """The numbers of ``party``'s ledamöter and ersättare; the graph gets the legend."""
        self.legend = True
        counted = tuple(seats)
        return seat_count(counted, party, Role.MEMBER), seat_count(counted, party, Role.SUBSTITUTE)

    def offices(self, seats: Sequence[Seat]) -> list[str]:
        """A line per presidium office held, such as ``ordförande: Region Stockholm``."""
        lines = []
        for office in Office:
            holders = list(dict.fromkeys(s.party.name for s in seats if s.office is office))
            if holders:
                lines += wrapped(f"{self.text(office.value)}: ", holders)
        return lines

    def render(self, direction: str = "TB") -> str:
        """The DOT text, ranks running ``direction`` (``TB`` or ``LR``)."""
        label = wrapped("", [self.title], TITLE_WIDTH)
        if self.legend:
            label.append(self.text(SEATS_LEGEND))
        label += self.caption
        graph = {
            "fontname": "Helvetica",
            "fontsize": str(FONT_SIZES["graph"]),
            "label": "\n".join(label),
            "labelloc": "t",
            "nodesep": "0.2",
            "rankdir": direction,
            "ranksep": "0.35",
            "ratio": "compress",
            "size": A4_SIZE,
        }
        if self.compound:
            graph["compound"] = "true"
        node = {"fontname": "Helvetica", "fontsize": str(FONT_SIZES["node"])}
        node |= {"shape": "box", "style": "rounded"}
        edge = {"fontname": "Helvetica", "fontsize": str(FONT_SIZES["edge"])}
        lines = [
            "digraph samverkan {",
            f"  graph{attributes(graph)};",
            f"  node{attributes(node)};",
            f"  edge{attributes(edge)};",
            *self.body,
            "}",
        ]
        return "\n".join(lines) + "\n"
