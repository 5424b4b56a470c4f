"""Graphviz diagrams of structures, joint committees, federations, bundles and mergers.

:func:`to_dot` writes DOT text (no Graphviz needed) of a collaboration structure, a joint
committee, a local federation, a jointly owned company, a contractual cooperation or a bundle
of them; :func:`scenario_dot` of a merger scenario before and after. :func:`render` runs
Graphviz's ``dot`` program to make SVG, PNG or PDF. Labels come from the message catalogues,
in Swedish unless another locale is asked for; names are the documents' own. Each body shows
its tasks by the competence catalogue's short names. A :class:`Caption` puts the source and the
date on the picture. The drawing fits an A4 page (:data:`~samverkan.diagram.graph.A4_SIZE`),
its ranks run left to right when they would be wide, long labels wrap, and no text is smaller
than 8 points. The output is deterministic: the same model gives the same bytes.

>>> from samverkan.parties import registry
>>> from samverkan.model import JointCommittee, Role, Seat, Task
>>> reg = registry()
>>> ost, berg = reg.municipality("2380"), reg.municipality("2326")
>>> committee = JointCommittee(
...     "Nämnd", parties=(ost, berg), host=ost, tasks=(Task("internal.it"),),
...     seats=(Seat(ost), Seat(ost, Role.SUBSTITUTE)),
... )
>>> dot = to_dot(committee, "en")
>>> print(*(line for line in dot.splitlines() if "->" in line), sep=chr(10))
  "party:2380" -> "committee" [label="host, 1 + 1", style="bold"];
  "party:2326" -> "committee" [label="0 + 0"];
>>> print(*dot.splitlines()[4].split(r"\\n"), sep=chr(10))
  "committee" [label="Nämnd
joint committee (gemensam nämnd), KL 9:19
– IT and digital services for own
use", style="bold"];
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from typing import TypeAlias

from samverkan._frozen import frozen
from samverkan.analysis import MergerReport
from samverkan.diagram.bodies import DRAWN, draw_body, draw_bundle
from samverkan.diagram.graph import LABEL_BYTES, TITLE_WIDTH, Graph, quote, wrapped
from samverkan.diagram.merger import STAGES, draw_merger
from samverkan.errors import DiagramError, GraphvizNotFoundError
from samverkan.i18n import DEFAULT_LOCALE, N_, format_value
from samverkan.io.scenario import MergerScenario
from samverkan.model import (
    CollaborationStructure,
    ContractualCooperation,
    JointCommittee,
    JointlyOwnedCompany,
    LocalFederation,
    state_on,
)
from samverkan.model.kinds import Bundle
from samverkan.rules.bundles import item_name

__all__ = [
    "DIRECTIONS",
    "DOT_SECONDS",
    "FORMATS",
    "LABEL_BYTES",
    "STAGES",
    "Caption",
    "DiagramError",
    "Drawable",
    "GraphvizNotFoundError",
    "quote",
    "render",
    "scenario_dot",
    "to_dot",
    "to_svg",
]

#: How long Graphviz may take to draw one diagram, in seconds, before it is stopped.
DOT_SECONDS = 60

#: The output formats: DOT text, and the pictures Graphviz draws from it.
FORMATS = ("dot", "svg", "png", "pdf")

#: Which way the ranks run: chosen from the model's width (``auto``), top to bottom, or left
#: to right.
DIRECTIONS = ("auto", "TB", "LR")

#: The models that can be drawn.
Drawable: TypeAlias = (
    CollaborationStructure
    | JointCommittee
    | LocalFederation
    | JointlyOwnedCompany
    | ContractualCooperation
    | Bundle
)

#: More nodes side by side than this, and the ranks run left to right.
_WIDEST_RANK = 4
SOURCE = N_("Underlag: {source}")
AS_OF = N_("Per {date}")


@frozen
class Caption:
    """What the picture says it shows: the ``source`` (a file name or title) and the date
    the bodies are drawn as of."""

    source: str
    as_of: date


def _graph(title: str, locale: str, caption: Caption | None) -> Graph:
    graph = Graph(title, locale)
    if caption is not None:
        source = graph.text(SOURCE).format(source=caption.source)
        graph.caption += wrapped("", [source], TITLE_WIDTH)
        graph.caption.append(graph.text(AS_OF).format(date=format_value(caption.as_of, locale)))
    return graph


def _width(model: Drawable) -> int:
    """How many nodes a rank of the drawing may hold side by side: the parties, or the bodies
    of one level of a structure."""
    items = model.items if isinstance(model, Bundle) else (model,)
    widest = 0
    parties: set[object] = set()
    for item in items:
        if isinstance(item, CollaborationStructure):
            for level in {body.level for body in item.bodies}:
                widest = max(widest, sum(1 for body in item.bodies if body.level is level))
        for name in ("parties", "members", "commissioning"):
            parties.update(getattr(item, name, ()))
        parties.update(h.owner for h in getattr(item, "holdings", ()))
    return max(widest, len(parties))


def _direction(direction: str, model: Drawable) -> str:
    if direction != "auto":
        return direction
    return "LR" if _width(model) > _WIDEST_RANK else "TB"


def to_dot(
    model: Drawable,
    locale: str = DEFAULT_LOCALE,
    *,
    caption: Caption | None = None,
    direction: str = "auto",
) -> str:
    """The DOT text of a model; with a ``caption``, the bodies as they stood on its date.

    ``direction`` is one of :data:`DIRECTIONS`.
    """
    if isinstance(model, Bundle):
        title = ", ".join(item_name(item).split(": ")[0] for item in model.items)
        if caption is not None:
            model = Bundle(tuple(state_on(item, caption.as_of) for item in model.items))
        graph = _graph(title, locale, None if caption is None else caption)
        draw_bundle(graph, model)
        return graph.render(_direction(direction, model))
    if not isinstance(model, DRAWN):
        raise DiagramError(
            f"cannot draw a {type(model).__name__}; diagrams exist for collaboration "
            "structures, joint committees, local federations, jointly owned companies, "
            "contractual cooperation and bundles"
        )
    if caption is not None:
        model = state_on(model, caption.as_of)
    graph = _graph(model.name, locale, caption)
    if isinstance(model, CollaborationStructure):
        from samverkan.diagram.structure import draw_structure

        draw_structure(graph, model)
    else:
        draw_body(graph, model)
    return graph.render(_direction(direction, model))


def scenario_dot(
    scenario: MergerScenario,
    report: MergerReport,
    locale: str = DEFAULT_LOCALE,
    *,
    stage: str = "both",
    caption: Caption | None = None,
    direction: str = "auto",
) -> str:
    """The DOT text of a merger scenario and its analysis (``report``): the committees
    before, the merged one after, or one ``stage`` of :data:`STAGES`."""
    graph = _graph(scenario.name, locale, caption)
    draw_merger(graph, scenario, report, stage)
    return graph.render("LR" if direction == "auto" else direction)


def render(dot: str, format: str = "svg") -> bytes:
    """Run Graphviz's ``dot`` on DOT text and return the picture: ``svg``, ``png`` or ``pdf``.

    Raises :class:`GraphvizNotFoundError` when ``dot`` is not installed and
    :class:`DiagramError` when it fails or takes more than :data:`DOT_SECONDS`.
    """
    if format not in FORMATS[1:]:
        raise DiagramError(f"unknown picture format {format!r}; one of: svg, png, pdf")
    program = shutil.which("dot")
    if program is None:
        raise GraphvizNotFoundError()
    try:
        done = subprocess.run(
            [program, f"-T{format}"],
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


def to_svg(dot: str) -> bytes:
    """:func:`render` as SVG."""
    return render(dot, "svg")
