"""What a primärt samverkansavtal on gymnasieskola and komvux covers (SkolL 2:2 b)."""

from __future__ import annotations

import enum

__all__ = ["PrimaryCooperationScope"]


class PrimaryCooperationScope(enum.Enum):
    """One of the three things a primärt samverkansavtal shall cover (SkolL 2:2 b 1 st.)."""

    #: Planering av utbildning.
    PLANNING = "planering"
    #: Dimensionering av utbildning.
    DIMENSIONING = "dimensionering"
    #: Erbjudande av utbildning.
    OFFER = "erbjudande av utbildning"
