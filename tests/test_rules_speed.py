"""The rule engine's caches give the answers it gave without them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from samverkan.model import ContractualCooperation, JointCommittee
from samverkan.rules import RuleContext, RuleRegistry, rule
from samverkan.rules.finding import Finding


def _nothing(subject: object, ctx: RuleContext) -> Iterator[Finding]:
    """Prov.

    Does not check: anything.
    """
    yield from ()


def _add(own: RuleRegistry, rule_id: str, applies_to: type) -> None:
    rule(
        rule_id,
        applies_to=applies_to,
        cites=("KL 9:19",),
        valid_from=date(2018, 1, 1),
        registry=own,
    )(_nothing)


def test_rules_by_subject_are_cached_and_renewed_when_a_rule_is_added() -> None:
    own = RuleRegistry()
    committee = object.__new__(JointCommittee)
    _add(own, "TEST-one", JointCommittee)
    first = own.for_subject(committee)
    assert [r.id for r in first] == ["TEST-one"]
    first.clear()  # the caller's own list: the cache is untouched
    assert [r.id for r in own.for_subject(committee)] == ["TEST-one"]
    assert own.for_subject(object.__new__(ContractualCooperation)) == []
    _add(own, "TEST-two", JointCommittee)
    _add(own, "TEST-three", ContractualCooperation)
    assert [r.id for r in own.for_subject(committee)] == ["TEST-one", "TEST-two"]
    assert [r.id for r in own.for_subject(object.__new__(ContractualCooperation))] == ["TEST-three"]


def test_a_basis_writes_its_explanation_when_it_is_read() -> None:
    from samverkan.law import Citation
    from samverkan.rules.localisation import BasisKind, LocalisationBasis

    calls: list[int] = []

    def write() -> str:
        calls.append(1)
        return "Avtalssamverkan."

    citation = Citation("2017:725", 9, "37")
    lazy = LocalisationBasis(citation, BasisKind.AVTALSSAMVERKAN, write)
    eager = LocalisationBasis(citation, BasisKind.AVTALSSAMVERKAN, "Avtalssamverkan.")
    assert calls == []
    assert lazy == eager
    assert hash(lazy) == hash(eager)
    assert repr(lazy) == repr(eager)
    assert lazy.explanation == "Avtalssamverkan."
    assert lazy.explanation == "Avtalssamverkan."
    assert len(calls) <= 4  # eq, hash and repr may each write it; reading keeps it
    before = len(calls)
    assert lazy.explanation == "Avtalssamverkan."
    assert len(calls) == before
