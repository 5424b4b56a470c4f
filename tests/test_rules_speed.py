"""The rule engine's caches give the answers it gave without them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

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


def test_a_lazy_registry_loads_once_at_first_use_and_keeps_early_rules_last() -> None:
    loads: list[int] = []

    def load() -> None:
        loads.append(1)
        _add(own, "TEST-loaded", JointCommittee)
        assert len(own) == 1  # a use while loading sees what is loaded so far

    own = RuleRegistry(load)
    _add(own, "TEST-early", JointCommittee)  # added before the first use
    assert loads == []
    assert [r.id for r in own] == ["TEST-loaded", "TEST-early"]
    assert "TEST-early" in own
    assert own.get("TEST-loaded").id == "TEST-loaded"
    assert loads == [1]


def test_an_early_rule_that_the_load_also_registers_is_refused() -> None:
    own = RuleRegistry(lambda: _add(own, "TEST-twice", JointCommittee))
    _add(own, "TEST-twice", JointCommittee)
    with pytest.raises(ValueError, match="already registered"):
        len(own)


def test_plans_split_the_rules_by_date_and_are_renewed_when_a_rule_is_added() -> None:
    own = RuleRegistry()
    _add(own, "TEST-one", JointCommittee)
    plan = own.plan(JointCommittee, date(2017, 1, 1))
    assert (plan.known, plan.in_force, plan.not_in_force) == (True, (), ("TEST-one",))
    assert own.plan(JointCommittee, date(2017, 1, 1)) is plan
    assert [r.id for r in own.plan(JointCommittee, date(2019, 1, 1)).in_force] == ["TEST-one"]
    assert not own.plan(ContractualCooperation, date(2019, 1, 1)).known
    _add(own, "TEST-two", JointCommittee)
    assert own.plan(JointCommittee, date(2017, 1, 1)).not_in_force == ("TEST-one", "TEST-two")


def test_plans_are_kept_for_a_bounded_number_of_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    from samverkan.rules import registry as registry_module

    monkeypatch.setattr(registry_module, "_PLANS_KEPT", 2)
    own = RuleRegistry()
    _add(own, "TEST-one", JointCommittee)
    first = own.plan(JointCommittee, date(2019, 1, 1))
    own.plan(JointCommittee, date(2019, 1, 2))
    own.plan(JointCommittee, date(2019, 1, 3))  # starts afresh
    assert own.plan(JointCommittee, date(2019, 1, 1)) is not first


def test_reports_are_the_same_whatever_contexts_were_checked_before() -> None:
    from samverkan.parties import registry
    from samverkan.rules import Context, check

    reg = registry()
    ost, berg = reg.municipality("2380"), reg.municipality("2326")
    committee = JointCommittee("Nämnd", parties=(ost, berg), host=ost)
    first = check(committee, as_of=date(2020, 1, 1))
    for offset in range(100):  # more contexts than the engine keeps bound
        check(committee, context=Context(date(2020, 2, 1) + timedelta(days=offset)))
    again = check(committee, context=Context(date(2020, 1, 1)))
    assert again == first
    assert [f.message() for f in again] == [f.message() for f in first]


def test_a_basis_exists_exactly_where_one_is_found() -> None:
    from itertools import product

    from samverkan.competence import CATALOGUE
    from samverkan.law import parse_citation
    from samverkan.model import Organisation, OrganisationKind
    from samverkan.parties import registry
    from samverkan.rules.localisation import find_localisation_basis, has_localisation_basis

    reg = registry()
    company = Organisation("Bolaget AB", OrganisationKind.AKTIEBOLAG)
    parties = (reg.municipality("2380"), reg.municipality("2326"), reg.region("23"), company)
    claims = ((), (parse_citation("2009:47 3:2"),), (parse_citation("HSL 14:1"),))
    days = (date(2017, 1, 1), date(2019, 1, 1), date(2021, 1, 1))
    checked = 0
    for area, performer, beneficiary, on, claimed in product(
        CATALOGUE, parties, parties, days, claims
    ):
        found = find_localisation_basis(performer, beneficiary, area, on, claimed=claimed)
        assert has_localisation_basis(performer, beneficiary, area, on, claimed=claimed) is (
            found is not None
        ), (area.id, str(performer), str(beneficiary), on, claimed)
        checked += 1
    assert checked > 1000


def test_rule_modules_are_imported_at_the_registrys_first_use_in_one_order() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n{first}\n"
        "print(sum(m.startswith('samverkan.rules.statutes.') for m in sys.modules))\n"
        "from samverkan.rules import REGISTRY\n"
        "print(' '.join(r.id for r in REGISTRY))\n"
    )

    def run(first: str) -> list[str]:
        code = probe.format(first=first)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    imported, order = run("import samverkan.rules")
    assert imported == "0"
    direct_count, direct_order = run("import samverkan.rules.statutes.kl_09_38_annual_report")
    assert int(direct_count) > 50  # one rule module imports them all, in the usual order
    assert direct_order == order
