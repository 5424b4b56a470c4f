"""The gettext catalogues: complete, current, consistent, and compiled.

Swedish is the source language: every msgid is the Swedish text in the code. The template
(``samverkan.pot``) must be what extraction gives today, the English catalogue must translate
every message with the same parameters, and the compiled ``.mo`` must match the ``.po``.
``scripts/update_messages.sh`` brings all three up to date.
"""

from __future__ import annotations

import copy
import enum
import io
import pickle
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from catalogue_checks import compiled_matches
from samverkan import model
from samverkan.errors import UnsupportedLocaleError
from samverkan.i18n import (
    T_,
    TC_,
    Listing,
    Localised,
    Translatable,
    extract_messages,
    format_value,
    render,
    translate,
)
from samverkan.model import (
    Body,
    DelegateKind,
    Delegation,
    MatterCategory,
    Organisation,
    Seat,
    Task,
)
from samverkan.model import OrganisationKind as Kind
from samverkan.model.structure import BodyKind, Bound, Level
from samverkan.parties import registry
from samverkan.rules import check
from seeds import gns

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "samverkan" / "locale"
POT = LOCALE / "samverkan.pot"
PO = LOCALE / "en" / "LC_MESSAGES" / "samverkan.po"
MO = LOCALE / "en" / "LC_MESSAGES" / "samverkan.mo"
#: The keywords scripts/update_messages.sh passes to pybabel.
KEYWORDS = {"N_": None, "T_": None, "TC_": ((1, "c"), 2)}

Key = tuple[str | None, str]


def read(path: Path) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream)


def keys(catalog: Catalog) -> set[Key]:
    return {(m.context, m.id) for m in catalog if m.id and isinstance(m.id, str)}


def extracted() -> set[Key]:
    """What the extraction gives from the source tree today, with babel.cfg's mapping."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = extract_from_dir(ROOT / "src", method_map, options_map, keywords=KEYWORDS)
    return {(context, message) for _, _, message, _, context in found}


def fields(text: str) -> list[str]:
    """The ``{named}`` fields of a message, sorted; raises on a malformed brace."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


# -- the catalogues --------------------------------------------------------------------------


def test_template_matches_the_source() -> None:
    in_code, in_template = extracted(), keys(read(POT))
    assert in_code - in_template == set(), "messages in the code but not in samverkan.pot"
    assert in_template - in_code == set(), "messages in samverkan.pot no longer in the code"
    assert len(in_code) > 200


def test_english_translates_every_message() -> None:
    catalog = read(PO)
    assert str(catalog.locale) == "en"
    assert keys(catalog) == keys(read(POT))
    untranslated = [m.id for m in catalog if m.id and not m.string]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert list(catalog.obsolete) == []


def test_parameters_are_the_same_in_both_languages() -> None:
    differing = {
        m.id: (fields(str(m.id)), fields(str(m.string)))
        for m in read(PO)
        if m.id and fields(str(m.id)) != fields(str(m.string))
    }
    assert differing == {}


def test_every_message_formats_in_both_languages() -> None:
    for message in read(PO):
        if not message.id:
            continue
        values = dict.fromkeys(fields(str(message.id)), "x")
        assert str(message.id).format(**values)
        assert str(message.string).format(**values)


def test_compiled_catalogue_is_current() -> None:
    assert compiled_matches(PO, MO)


def test_enum_values_used_in_messages_are_translated() -> None:
    enums: tuple[type[enum.Enum], ...] = (
        Body,
        BodyKind,
        Bound,
        DelegateKind,
        Level,
        MatterCategory,
        model.AssemblyForm,
        model.Office,
        model.Role,
    )
    for kind in enums:
        for member in kind:
            english = translate(member.value, "en")
            assert english != member.value, member


# -- rendering -------------------------------------------------------------------------------

GRANT = "Beslutet i ärende {case} beviljar {granted} men potten rymmer bara {available} den {on}."
GRANT_PARAMS: dict[str, object] = {
    "case": "RUN/189/2019",
    "granted": Decimal("1000000"),
    "available": Decimal("903791.50"),
    "on": date(2019, 9, 2),
}


def test_rendering_in_swedish_formats_dates_and_money_with_babel() -> None:
    assert render(GRANT, GRANT_PARAMS, "sv") == (
        "Beslutet i ärende RUN/189/2019 beviljar 1\xa0000\xa0000 kr men potten rymmer bara "
        "903\xa0791,50 kr den 2 sep. 2019."
    )


def test_rendering_in_english_formats_dates_and_money_with_babel() -> None:
    assert render(GRANT, GRANT_PARAMS, "en") == (
        "The decision in case RUN/189/2019 grants SEK\xa01,000,000, but the pot holds only "
        "SEK\xa0903,791.50 on Sep 2, 2019."
    )


def test_swedish_words_as_parameters_are_translated() -> None:
    committee = gns()
    berg = registry().municipality("2326")
    seats = (*(Seat(p) for p in committee.parties), Seat(berg, appointed_by=Body.NAMND))
    report = check(attrs.evolve(committee, seats=seats), as_of=date(2019, 9, 2))
    (finding,) = [f for f in report if f.path.endswith(".appointed_by")]
    assert finding.message("sv") == (
        "Platsen tillsätts av en nämnd i Berg (2326); ledamöter och ersättare väljs av fullmäktige."
    )
    assert finding.message("en") == (
        "The seat is filled by a committee (nämnd) of Berg (2326); members and substitutes "
        "are elected by the full council (fullmäktige)."
    )


def test_a_plural_word_is_told_apart_by_its_context() -> None:
    company = Organisation("Bolaget AB", Kind.AKTIEBOLAG)
    committee = attrs.evolve(gns(), parties=(*gns().parties, company))
    before = check(committee, as_of=date(2019, 1, 1)).by_rule("KL-9-19-parties")
    after = check(committee, as_of=date(2020, 1, 1)).by_rule("KL-9-19-parties")
    assert "only municipalities and county councils may" in before[0].message("en")
    assert "bara kommuner och landsting kan" in before[0].message("sv")
    assert "only municipalities and regions may" in after[0].message("en")
    assert translate("landsting", "en") == "county council"
    assert translate("landsting", "en", context="plural") == "county councils"


def test_listed_delegation_categories_are_translated() -> None:
    delegation = Delegation(
        "bygglov",
        DelegateKind.EMPLOYEE,
        employer=gns().parties[1],
        categories=frozenset({MatterCategory.CITIZEN_PROPOSAL, MatterCategory.PROCUREMENT}),
    )
    committee = attrs.evolve(gns(), delegations=(delegation,))
    (finding,) = check(committee, as_of=date(2020, 1, 1)).by_rule("KL-9-30-delegation-any-party")
    assert finding.message("sv") == (
        "Beslutanderätten i ärendet ”bygglov” får inte delegeras (medborgarförslag)."
    )
    assert finding.message("en") == (
        "The power to decide in the matter “bygglov” may not be delegated (citizens' proposals "
        "(medborgarförslag))."
    )


def test_task_area_names_come_in_both_languages() -> None:
    committee = attrs.evolve(gns(), tasks=(Task("lso.rescue-services"),))
    (finding,) = check(committee, as_of=date(2020, 1, 1)).by_rule("KL-2-1-competence")
    assert finding.message("sv").startswith(
        "Region Jämtland Härjedalen (23) har inte befogenhet för Förebyggande verksamhet och "
        "räddningstjänst (lso.rescue-services), så uppgiften kan inte skötas i den gemensamma "
        "nämnden för dess räkning."
    )
    assert finding.message("en").startswith(
        "Region Jämtland Härjedalen (23) has no competence for Accident prevention and rescue "
        "services (lso.rescue-services), so the task cannot be handled in the joint committee "
        "(gemensam nämnd) on its behalf."
    )
    value = Localised("räddningstjänst", "rescue services")
    assert format_value(value, "en") == "rescue services"
    assert format_value(value, "sv") == "räddningstjänst"
    assert value == "räddningstjänst"
    with pytest.raises(UnsupportedLocaleError):
        value.localise("fi")


# -- the parameter types ---------------------------------------------------------------------


def test_parameter_types_are_strings_that_survive_copying() -> None:
    values = [
        T_("fullmäktige"),
        TC_("plural", "landsting"),
        Localised("räddningstjänst", "rescue services"),
        Listing([T_("upphandling"), "X", 3]),
    ]
    for value in values:
        assert isinstance(value, str)
        for clone in (copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
            assert clone == value
            assert type(clone) is type(value)
            assert format_value(clone, "en") == format_value(value, "en")
    assert values[1].context == "plural"
    assert str(values[3]) == "upphandling, X, 3"
    assert format_value(values[3], "en") == "procurement, X, 3"
    assert Listing(["a", "b"], " och ").localise("sv") == "a och b"
    assert isinstance(T_("x"), Translatable)


# -- the extraction method -------------------------------------------------------------------

SOURCE = b"""
import enum
from samverkan.i18n import N_

class Wanted(enum.Enum):
    A = "ett"
    B = 2
    C: str = "annoterad"
    obj.attr = "attribut"

class Other(enum.Enum):
    D = "annan"

MESSAGE = N_("meddelande")
"""


def run_extractor(options: dict[str, str]) -> list[tuple[str, list[str]]]:
    found = extract_messages(io.BytesIO(SOURCE), KEYWORDS, [], options)
    return [(message, comments) for _, _, message, comments in found]


def test_extractor_yields_the_values_of_the_enums_asked_for() -> None:
    assert run_extractor({"enums": "Wanted"}) == [("meddelande", []), ("ett", ["Wanted.A"])]


def test_extractor_without_enums_is_the_python_extractor() -> None:
    assert run_extractor({}) == [("meddelande", [])]
