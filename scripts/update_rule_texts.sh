#!/bin/sh
# Update the Swedish translation of the rules' descriptions: extract -> update -> compile.
#
#   scripts/update_rule_texts.sh          # from the repository root
#
# The rules' descriptions are their docstrings, written in English. They have a gettext
# domain of their own, samverkan_rules, whose message ids are the docstrings' paragraphs
# (whitespace normalised; one message per list item):
# 1. extract: scripts/rule_texts.py reads every registered rule's docstring and writes
#    src/samverkan/locale/samverkan_rules.pot;
# 2. update: merge the template into sv/LC_MESSAGES/samverkan_rules.po; a new paragraph
#    arrives untranslated, a changed one marked fuzzy;
# 3. translate: edit the .po by hand (this script stops short of that);
# 4. compile: write the .mo that ships in the wheel (scripts/rule_texts.py: the messages are
#    prose, so pybabel compile's format checks, which take "100 % of" for a placeholder, are
#    not wanted).
#
# Run it again after translating, so the .mo matches the .po. tests/test_rule_texts.py fails
# while a paragraph lacks a Swedish translation, is fuzzy, or the .mo is stale.
#
# Set PYBABEL and PYTHON to use others than the project's virtual environment's.
set -eu

cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
PYTHON="${PYTHON:-.venv/bin/python}"
LOCALE_DIR=src/samverkan/locale
DOMAIN=samverkan_rules
POT="$LOCALE_DIR/$DOMAIN.pot"

"$PYTHON" scripts/rule_texts.py extract "$POT"

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
    "$PYTHON" scripts/rule_texts.py compile "$messages.po" "$messages.mo"
done
