"""Delegation of decision-making power (*delegering*, KL 6:37–38, 7:5–8, 9:30–31, 9:37 2 st.).

A :class:`Delegation` records that an organ lets someone decide on its behalf in a matter or a
group of matters. Its ``categories`` say which legal categories the matter falls in; the rules
use them to find delegations the law forbids.
"""

from __future__ import annotations

import enum

from samverkan._frozen import frozen
from samverkan.model.common import Participant, described

__all__ = ["DelegateKind", "Delegation", "MatterCategory"]


class DelegateKind(enum.Enum):
    """Who receives the power to decide (KL 6:37, 7:5)."""

    PRESIDIUM = "presidiet"
    UTSKOTT = "utskott"
    MEMBER = "ledamot eller ersättare"
    EMPLOYEE = "anställd"
    AUTOMATED = "automatiserad beslutsfunktion"


class MatterCategory(enum.Enum):
    """Legal categories of matters that limit delegation."""

    #: KL 6:38 1 st. 1: goals, direction, scope or quality of the activity.
    GOALS_AND_QUALITY = "mål, inriktning, omfattning eller kvalitet"
    #: KL 6:38 1 st. 2: submissions to fullmäktige, or opinions on an appealed decision.
    SUBMISSION_TO_FULLMAKTIGE = "framställning eller yttrande till fullmäktige"
    #: KL 6:38 1 st. 3: exercise of public authority of principle or greater importance.
    MAJOR_AUTHORITY = "myndighetsutövning av principiell beskaffenhet eller större vikt"
    #: KL 6:38 1 st. 4: matters raised by medborgarförslag.
    CITIZEN_PROPOSAL = "medborgarförslag"
    #: KL 6:38 1 st. 5: matters that another act makes non-delegable.
    NON_DELEGABLE_BY_LAW = "får enligt lag inte delegeras"
    #: Exercise of public authority towards individuals (myndighetsutövning).
    AUTHORITY = "myndighetsutövning"
    #: KL 6:38 2 st. 1: decisions appealable under KL 13 kap.
    APPEALABLE = "kan överklagas enligt 13 kap. KL"
    #: KL 6:38 2 st. 2: decisions that may not be appealed by law.
    NOT_APPEALABLE_BY_LAW = "får enligt lag inte överklagas"
    #: KL 6:38 2 st. 3: procurement.
    PROCUREMENT = "upphandling"
    #: KL 6:38 2 st. 4: authorisation or choice systems.
    CHOICE_SYSTEM = "auktorisations- eller valfrihetssystem"
    #: PBL 12:6 1: building matters of principle or greater importance.
    PBL_PRINCIPLE = "PBL: principiell beskaffenhet eller större vikt"
    #: PBL 12:6 2: vitesföreläggande.
    PBL_FINE = "PBL: vitesföreläggande"
    #: PBL 12:6 3: föreläggande with action at the addressee's expense.
    PBL_AT_EXPENSE = "PBL: föreläggande med åtgärd på den försumliges bekostnad"
    #: PBL 12:6 4: byggsanktionsavgift.
    PBL_SANCTION = "PBL: byggsanktionsavgift"
    #: LSO 3:16: decisions of the räddningschef or räddningsledare.
    RESCUE_COMMAND = "LSO: räddningschefens eller räddningsledarens beslut"
    #: LSO 3:13: föreläggande or förbud on pain of a fine (vite).
    LSO_FINE = "LSO: föreläggande eller förbud vid vite"
    #: LSO 3:13: carrying out a measure at the defaulter's expense.
    LSO_AT_EXPENSE = "LSO: verkställande av åtgärd på den försumliges bekostnad"
    #: SoL (2001:453) 10:4–5: decisions an employee may not take on the socialnämnd's behalf.
    SOL_NOT_TO_EMPLOYEES = "SoL: beslut som inte får delegeras till anställda"
    #: LVU 6 § 2 st.: omedelbart omhändertagande when the nämnd's decision cannot wait.
    LVU_IMMEDIATE_CUSTODY = "LVU: omedelbart omhändertagande"
    #: LVM 13 §: omedelbart omhändertagande when the nämnd's decision cannot wait.
    LVM_IMMEDIATE_CUSTODY = "LVM: omedelbart omhändertagande"


@frozen
class Delegation:
    """A delegation of decision-making in ``matter`` to a ``delegate``.

    ``employer`` is the party that employs the delegate (for employees); ``sub_delegation``
    marks a förvaltningschef's onward delegation (*vidaredelegering*, KL 7:6, 9:31).
    """

    matter: str = described("The matter or group of matters delegated (ärende).")
    delegate: DelegateKind = described("Who receives the power to decide (delegat).")
    employer: Participant | None = described(
        "The party that employs the delegate, for employees.",
        default=None,
    )
    categories: frozenset[MatterCategory] = described(
        "The legal categories of the matter that limit delegation.",
        default=frozenset(),
    )
    sub_delegation: bool = described(
        "Whether this is a förvaltningschef's onward delegation (vidaredelegering).",
        default=False,
    )
