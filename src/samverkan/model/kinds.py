"""The kinds of document: one row per model that can stand alone in a document.

Everything that needs to know the kinds derives from :data:`DOCUMENT_KINDS`: the reader's
``kind`` field and the ``"type"`` tags in unions (:mod:`samverkan.io`), the JSON Schema of each
kind, what ``samverkan diagram`` can draw, the table of kinds in the documentation and the tests
run over every kind. Adding a cooperation form is one row here, plus its model, its rules, an
example and its documentation.

>>> [row.tag for row in DOCUMENT_KINDS][:3]
['joint_committee', 'local_federation', 'contractual_cooperation']
>>> kind_row(JointCommittee).term
'gemensam nämnd'
"""

from __future__ import annotations

import re
from typing import TypeAlias

from samverkan._frozen import frozen
from samverkan.i18n import N_
from samverkan.model.common import described
from samverkan.model.company import JointlyOwnedCompany
from samverkan.model.contractual import ContractualCooperation
from samverkan.model.cooperation_agreement import AgreementRegister, CooperationAgreement
from samverkan.model.coordination import CoordinationAssociation
from samverkan.model.federation import LocalFederation
from samverkan.model.joint_committee import JointCommittee
from samverkan.model.own_activity import OwnActivity
from samverkan.model.pot import Pot
from samverkan.model.structure import CollaborationStructure

__all__ = ["DOCUMENT_KINDS", "Bundle", "DocumentKind", "Subject", "kind_row", "type_tag"]

#: Any model that can stand alone in a document (the classes of the rows but the bundle's).
Subject: TypeAlias = (
    JointCommittee
    | LocalFederation
    | ContractualCooperation
    | JointlyOwnedCompany
    | CollaborationStructure
    | Pot
    | CooperationAgreement
    | AgreementRegister
    | CoordinationAssociation
    | OwnActivity
)


@frozen
class Bundle:
    """Several models in one document, each tagged with its kind in ``"type"``."""

    items: tuple[Subject, ...] = described(
        "The models in the bundle, each tagged with its kind in 'type'.", default=()
    )


@frozen
class DocumentKind:
    """One kind of document: its tag, the class of its content and what the law calls it."""

    #: The tag naming the kind in a document's ``kind`` and in a union's ``"type"``.
    tag: str
    #: The class of the content.
    cls: type
    #: The Swedish term (a catalogue text: ``translate`` gives it in English).
    term: str
    #: The provision that provides for the form, in the short form (``"KL 9:19"``), or ``None``
    #: for a term of practice.
    citation: str | None = None
    #: Whether ``samverkan diagram`` can draw it.
    drawable: bool = False


#: The kinds of document, in the order the documentation and the messages list them.
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("joint_committee", JointCommittee, N_("gemensam nämnd"), "KL 9:19", drawable=True),
    DocumentKind(
        "local_federation", LocalFederation, N_("kommunalförbund"), "KL 9:1", drawable=True
    ),
    DocumentKind(
        "contractual_cooperation",
        ContractualCooperation,
        N_("avtalssamverkan"),
        "KL 9:37 1 st.",
        drawable=True,
    ),
    DocumentKind(
        "jointly_owned_company", JointlyOwnedCompany, N_("bolag"), "KL 10:1", drawable=True
    ),
    DocumentKind(
        "collaboration_structure", CollaborationStructure, N_("samverkansstruktur"), drawable=True
    ),
    DocumentKind("fund_pot", Pot, N_("gemensam pott")),
    DocumentKind("cooperation_agreement", CooperationAgreement, N_("överenskommelse")),
    DocumentKind("agreement_register", AgreementRegister, N_("avtalsregister")),
    DocumentKind(
        "coordination_association",
        CoordinationAssociation,
        N_("samordningsförbund"),
        "2003:1210 4 §",
    ),
    DocumentKind("own_activity", OwnActivity, N_("egen verksamhet"), "KL 2:1"),
    DocumentKind("bundle", Bundle, N_("samling"), drawable=True),
)

_BY_CLASS = {row.cls: row for row in DOCUMENT_KINDS}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def kind_row(cls: type) -> DocumentKind:
    """The row of the kind whose content is a ``cls``; :class:`KeyError` if there is none."""
    return _BY_CLASS[cls]


def type_tag(cls: type) -> str:
    """The tag naming ``cls`` in a union and in a report: the tag of its document kind, or else
    its class name in snake case.

    >>> from samverkan.model import Organisation
    >>> type_tag(JointCommittee), type_tag(Pot), type_tag(Organisation)
    ('joint_committee', 'fund_pot', 'organisation')
    """
    row = _BY_CLASS.get(cls)
    return row.tag if row else _CAMEL.sub("_", cls.__name__).lower()
