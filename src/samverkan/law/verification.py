"""How well a legal fact has been checked against a source.

The labels follow the project's legal digest: a fact verified in the official consolidated
text is ``VERIFIED_RK``; one only remembered is ``RECALLED``. A rule built on a recalled fact
may warn, never report an error.
"""

from __future__ import annotations

import enum

from samverkan.i18n import N_

__all__ = ["VERIFICATION_LABELS", "Verification"]


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


#: How people read each verification level.
VERIFICATION_LABELS = {
    Verification.VERIFIED_RK: N_("kontrollerad mot Regeringskansliets rättsdatabaser"),
    Verification.VERIFIED_RD: N_("kontrollerad mot riksdagen.se"),
    Verification.VERIFIED_SFS: N_("kontrollerad mot den tryckta författningen i SFS"),
    Verification.VERIFIED_PROP: N_("kontrollerad mot förarbeten"),
    Verification.VERIFIED_SEC: N_("kontrollerad mot en tillförlitlig sekundärkälla"),
    Verification.RECALLED: N_("inte kontrollerad mot någon källa"),
}
