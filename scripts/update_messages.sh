#!/bin/sh
# Update samverkan's message catalogues: extract -> update -> compile.
#
#   scripts/update_messages.sh          # from the repository root
#
# 1. extract: every N_("..."), T_("...") and TC_("context", "...") text and the enum values
#    named in babel.cfg, from src/samverkan, into src/samverkan/locale/samverkan.pot;
# 2. update: merge the template into each translation (en/LC_MESSAGES/samverkan.po); new
#    messages arrive untranslated, changed ones marked fuzzy;
# 3. translate: edit the .po by hand (this script stops short of that);
# 4. compile: write the .mo files that ship in the wheel.
#
# Run it again after translating, so the .mo matches the .po. tests/test_i18n_catalogues.py
# fails while a message lacks a translation, is fuzzy, or the .mo is stale.
#
# Set PYBABEL and PYTHON to use others than the project's virtual environment's.
set -eu

cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
PYTHON="${PYTHON:-.venv/bin/python}"
VERSION="$("$PYTHON" -c 'import samverkan; print(samverkan.__version__)')"
LOCALE_DIR=src/samverkan/locale
POT="$LOCALE_DIR/samverkan.pot"

"$PYBABEL" extract \
    --mapping-file=babel.cfg \
    --no-default-keywords --keyword=N_ --keyword=T_ --keyword=TC_:1c,2 \
    --add-comments=TRANSLATORS: \
    --add-location=file --sort-by-file --width=100 \
    --project=samverkan --version="$VERSION" \
    --copyright-holder="samverkan contributors" \
    --output-file="$POT" \
    src

for locale in en; do
    po="$LOCALE_DIR/$locale/LC_MESSAGES/samverkan.po"
    if [ -f "$po" ]; then
        "$PYBABEL" update --domain=samverkan --input-file="$POT" --output-dir="$LOCALE_DIR" \
            --locale="$locale" --width=100 --ignore-obsolete
    else
        "$PYBABEL" init --domain=samverkan --input-file="$POT" --output-dir="$LOCALE_DIR" \
            --locale="$locale" --width=100
    fi
done

"$PYBABEL" compile --domain=samverkan --directory="$LOCALE_DIR" --statistics
