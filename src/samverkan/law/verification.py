"""How well a legal fact has been checked against a source.

The labels follow the project's legal digest: a fact verified in the official consolidated
text is ``VERIFIED_RK``; one only remembered is ``RECALLED``. A rule built on a recalled fact
may warn, never report an error.
"""

from __future__ import annotations

import enum

__all__ = ["Verification"]


class Verification(enum.Enum):
    """Source against which a legal fact was confirmed."""

    #: Official consolidated text (Regeringskansliets rättsdatabaser).
    VERIFIED_RK = "verified-rk"
    #: The riksdagen.se consolidated text.
    VERIFIED_RD = "verified-rd"
    #: The printed SFS amendment.
    VERIFIED_SFS = "verified-sfs"
    #: A preparatory work (proposition, betänkande).
    VERIFIED_PROP = "verified-prop"
    #: A reliable secondary source (SKR, a government agency, a region's own page).
    VERIFIED_SEC = "verified-sec"
    #: Not checked against any source.
    RECALLED = "recalled"

    @property
    def is_verified(self) -> bool:
        """``True`` for every label except :attr:`RECALLED`."""
        return self is not Verification.RECALLED
