#!/bin/sh
# Update a catalogue of texts written in English and translated into Swedish:
# extract -> update -> compile.
#
#   scripts/update_text_catalogue.sh DOMAIN SCRIPT     # from the repository root
#
# Run by scripts/update_rule_texts.sh (samverkan_rules, scripts/rule_texts.py) and
# scripts/update_field_texts.sh (samverkan_fields, scripts/field_texts.py). SCRIPT writes the
# template with `SCRIPT extract OUTPUT.pot` and compiles with `SCRIPT compile INPUT.po OUTPUT.mo`.
# 1. extract: SCRIPT writes src/samverkan/locale/DOMAIN.pot;
# 2. update: merge the template into sv/LC_MESSAGES/DOMAIN.po; a new text arrives
#    untranslated, a changed one marked fuzzy;
# 3. translate: edit the .po by hand (this script stops short of that);
# 4. compile: write the .mo that ships in the wheel (without pybabel compile's format checks,
#    which take "100 % of" in prose for a placeholder).
#
# Set PYBABEL and PYTHON to use others than the project's virtual environment's.
set -eu

DOMAIN="$1"
SCRIPT="$2"
cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
PYTHON="${PYTHON:-.venv/bin/python}"
LOCALE_DIR=src/samverkan/locale
POT="$LOCALE_DIR/$DOMAIN.pot"

"$PYTHON" "$SCRIPT" extract "$POT"

for locale in sv; do
    po="$LOCALE_DIR/$locale/LC_MESSAGES/$DOMAIN.po"
    if [ -f "$po" ]; then
        "$PYBABEL" update --domain="$DOMAIN" --input-file="$POT" --output-dir="$LOCALE_DIR" \
            --locale="$locale" --width=100 --ignore-obsolete
    else
        "$PYBABEL" init --domain="$DOMAIN" --input-file="$POT" --output-dir="$LOCALE_DIR" \
            --locale="$locale" --width=100
    fi
done

for locale in sv; do
    messages="$LOCALE_DIR/$locale/LC_MESSAGES/$DOMAIN"
    "$PYTHON" "$SCRIPT" compile "$messages.po" "$messages.mo"
done
