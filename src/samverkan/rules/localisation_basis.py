"""What a legal basis for performing a task for another party is (*stöd i lag för att frångå
lokaliseringsprincipen*): its kind, provision and explanation, and whether a provision the
parties claim names it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from attrs import field

from samverkan._frozen import frozen
from samverkan.law import Citation, Verification
from samverkan.law.citation import section_key

__all__ = ["KL", "KOMBEF", "MB", "SKOLL", "BasisKind", "LocalisationBasis", "claim_covers"]

KL = "2017:725"
KOMBEF = "2009:47"
SKOLL = "2010:800"
MB = "1998:808"


class BasisKind(enum.Enum):
    """The kind of basis that lets a party perform a task for another."""

    #: KL 9:37: contractual cooperation between municipalities and regions.
    AVTALSSAMVERKAN = "avtalssamverkan"
    #: A special act: an exception in lag (2009:47) 1 kap. 2 § or a statutory transfer.
    SPECIAL_LAW = "särskild lag"
    #: SkolL 23:3: a municipality or region performs school tasks for another huvudman.
    SCHOOL_ENTREPRENAD = "entreprenad enligt skollagen"
    #: A joint committee or local federation in which both take part.
    JOINT_FORM = "gemensam organisationsform"


def _text(explanation: str | Callable[[], str]) -> str:
    return explanation if isinstance(explanation, str) else explanation()


@frozen
class LocalisationBasis:
    """A provision that lets ``performer`` act for another party's area or members.

    ``explanation`` says in Swedish why the basis applies; ``verification`` is the weakest
    label of the facts it rests on. The explanation may be given as a function that writes
    it: most bases are looked for only to know whether there is one, so the text is written
    when it is first read.
    """

    citation: Citation
    kind: BasisKind
    _explanation: str | Callable[[], str] = field(
        alias="explanation", eq=_text, repr=lambda e: repr(_text(e))
    )
    verification: Verification = Verification.VERIFIED_RK

    @property
    def explanation(self) -> str:
        """Why the basis applies, in Swedish."""
        text = _text(self._explanation)
        object.__setattr__(self, "_explanation", text)  # written once
        return text


def claim_covers(claim: Citation, citation: Citation) -> bool:
    """Whether a claimed provision names ``citation`` (or the umbrella provision listing it)."""
    if claim.sfs != citation.sfs:
        return False
    if claim.sfs == KOMBEF and (claim.chapter, claim.section) == (1, "2"):
        return True
    if claim.sfs == SKOLL and (claim.chapter, claim.section) == (23, "21"):
        return citation.chapter == 23 and citation.section in {"22", "23", "24"}
    if claim.chapter != citation.chapter:
        return False
    if claim.through is None:
        return claim.section == citation.section
    return section_key(claim.section) <= section_key(citation.section) <= section_key(claim.through)
