"""The task area catalogue: look-ups by id, and the bundled :data:`CATALOGUE`.

>>> CATALOGUE.get("hsl.home-care").name_sv
'Hemsjukvård'
>>> "sol.social-services" in CATALOGUE
True
>>> try:
...     CATALOGUE.get("hsl.home-cares")
... except UnknownTaskAreaError as problem:
...     problem.suggestions[0]
'hsl.home-care'

An application builds its own catalogue from the bundled one and adds its areas:

>>> mine = TaskAreaCatalogue(CATALOGUE)
>>> len(mine) == len(CATALOGUE)
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from samverkan.competence.areas import BUNDLED_AREAS
from samverkan.competence.model import TaskArea
from samverkan.errors import UnknownTaskAreaError, close_matches

__all__ = ["CATALOGUE", "TaskAreaCatalogue", "UnknownTaskAreaError"]


class TaskAreaCatalogue:
    """A set of task areas, looked up by id and iterated in id order.

    The bundled instance is :data:`CATALOGUE`; ``TaskAreaCatalogue(CATALOGUE)`` copies it so
    that an application can :meth:`add` its own areas.
    """

    def __init__(self, areas: Iterable[TaskArea] = ()) -> None:
        self._by_id: dict[str, TaskArea] = {}
        for area in areas:
            self.add(area)

    def add(self, area: TaskArea) -> None:
        """Add an area; an id may be added only once."""
        if area.id in self._by_id:
            raise ValueError(f"task area {area.id!r} is already in the catalogue")
        self._by_id[area.id] = area

    def find(self, area_id: str) -> TaskArea | None:
        """The area with id ``area_id``, or ``None`` when the catalogue does not know it.

        >>> CATALOGUE.find("lso.rescue-services").name_en
        'Accident prevention and rescue services'
        >>> CATALOGUE.find("lso.rescue-service") is None
        True
        """
        return self._by_id.get(area_id)

    def get(self, area_id: str) -> TaskArea:
        """The area with id ``area_id``; raises :class:`UnknownTaskAreaError` if none."""
        try:
            return self._by_id[area_id]
        except KeyError:
            close = close_matches(area_id, list(self._by_id), n=3)
            raise UnknownTaskAreaError(area_id, close) from None

    def __iter__(self) -> Iterator[TaskArea]:
        return iter(sorted(self._by_id.values(), key=lambda area: area.id))

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, area_id: object) -> bool:
        return area_id in self._by_id


#: The bundled catalogue of task areas (see :mod:`samverkan.competence.areas`).
CATALOGUE = TaskAreaCatalogue(BUNDLED_AREAS)
