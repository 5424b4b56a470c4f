from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from samverkan.errors import UnsupportedLocaleError
from samverkan.i18n import (
    N_,
    catalogue_path,
    format_sek,
    format_value,
    read_translations,
    render,
    translate,
)


def test_marker_returns_text() -> None:
    assert N_("hej") == "hej"


def test_swedish_is_the_source() -> None:
    assert translate("{party} saknar ledamot", "sv") == "{party} saknar ledamot"


def test_unknown_locale() -> None:
    with pytest.raises(UnsupportedLocaleError, match="fi"):
        translate("x", "fi")
    with pytest.raises(UnsupportedLocaleError):
        format_sek(Decimal(1), "fi")


def test_values_are_formatted_per_locale() -> None:
    assert format_value(date(2019, 10, 29), "sv") == "29 okt. 2019"
    assert format_value(date(2019, 10, 29), "en") == "Oct 29, 2019"
    assert format_value(1000, "sv") == "1\xa0000"
    assert format_value(True, "sv") == "True"
    assert format_value("Berg", "en") == "Berg"


def test_money_is_exact() -> None:
    assert format_sek(Decimal("6605000"), "sv") == "6\xa0605\xa0000 kr"
    assert format_sek(Decimal("368000.004"), "sv") == "368\xa0000,004 kr"
    assert format_sek(Decimal("903791"), "en") == "SEK\xa0903,791"
    assert format_sek(Decimal("0.5"), "sv") == "0,50 kr"


def test_render_fills_parameters() -> None:
    assert render("{a} och {b}", {"a": "x", "b": Decimal("5")}, "sv") == "x och 5 kr"


def test_a_locale_without_a_catalogue_reads_every_message_as_it_is() -> None:
    english = read_translations(catalogue_path("samverkan", "en"))
    assert english.gettext("fullmäktige") == "full council (fullmäktige)"
    swedish = read_translations(catalogue_path("samverkan", "sv"))
    assert swedish.gettext("fullmäktige") == "fullmäktige"
    assert swedish.pgettext("landsting", "landsting") == "landsting"
