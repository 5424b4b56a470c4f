"""Participant fields refuse codes and other non-parties at construction."""

from __future__ import annotations

import attrs
import pytest

from samverkan.model import ContractualCooperation, JointCommittee
from samverkan.parties import registry
from seeds import gns, jamtland_agreement, norrtalje_federation, tiohundra


def test_codes_as_strings_are_refused_at_construction() -> None:
    with pytest.raises(TypeError) as raised:
        JointCommittee("X", ("2380", "2326"), "2380")  # type: ignore[arg-type]
    message = str(raised.value)
    assert "JointCommittee.parties[0] must be a Municipality, Region or Organisation" in message
    assert "not str '2380'" in message
    assert "samverkan.parties.registry().party('2380')" in message


def test_a_string_for_a_tuple_is_refused() -> None:
    with pytest.raises(TypeError, match=r"JointCommittee.parties must be a tuple of parties"):
        JointCommittee("X", "2380", "2380")  # type: ignore[arg-type]


def test_a_host_code_is_refused() -> None:
    ostersund = registry().party("2380")
    with pytest.raises(TypeError, match=r"JointCommittee.host must be a Municipality"):
        JointCommittee("X", (ostersund,), "2380")  # type: ignore[arg-type]


def test_contractual_and_federation_fields() -> None:
    berg = registry().party("2326")
    with pytest.raises(TypeError, match=r"ContractualCooperation.performing must be"):
        ContractualCooperation("X", (berg,), 2380, ())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"ContractualCooperation.commissioning\[1\] must be"):
        ContractualCooperation("X", (berg, None), berg, ())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"LocalFederation.members\[0\] must be"):
        attrs.evolve(norrtalje_federation(), members=("2380",))  # type: ignore[arg-type]


def test_company_and_cooperation_agreement_fields() -> None:
    with pytest.raises(TypeError, match=r"\.owner must be a Municipality"):
        attrs.evolve(tiohundra().holdings[0], owner="2480")
    agreement = jamtland_agreement()
    with pytest.raises(TypeError, match=r"\.region must be a Municipality"):
        attrs.evolve(agreement, region="24")
    with pytest.raises(TypeError, match=r"\.municipalities\[0\] must be"):
        attrs.evolve(agreement, municipalities=("2480",))


def test_real_parties_still_pass() -> None:
    assert gns().host in gns().parties
