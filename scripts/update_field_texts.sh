#!/bin/sh
# Update the Swedish translation of the fields' meanings: extract -> update -> compile.
#
#   scripts/update_field_texts.sh          # from the repository root
#
# A field's meaning is the text written on it with described(...), in English; a class's is
# the first paragraph of its docstring. They have a gettext domain of their own,
# samverkan_fields, whose message ids are those texts:
# 1. extract: scripts/field_texts.py walks every class a document kind reaches and writes
#    src/samverkan/locale/samverkan_fields.pot;
# 2. update: merge the template into sv/LC_MESSAGES/samverkan_fields.po; a new field's meaning
#    arrives untranslated, a changed one marked fuzzy;
# 3. translate: edit the .po by hand (this script stops short of that);
# 4. compile: write the .mo that ships in the wheel.
#
# Run it again after translating, so the .mo matches the .po. tests/test_field_texts.py fails
# while a meaning lacks a Swedish translation, is fuzzy, or the .mo is stale.
#
# The steps are scripts/update_text_catalogue.sh's. Set PYBABEL and PYTHON to use others than
# the project's virtual environment's.
set -eu

cd "$(dirname "$0")/.."
sh scripts/update_text_catalogue.sh samverkan_fields scripts/field_texts.py
