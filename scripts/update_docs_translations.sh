#!/bin/sh
# Extract the documentation's messages and bring the Swedish catalogues of the translated pages
# up to date. Fill the new and fuzzy entries of docs/locales/sv/LC_MESSAGES/<page>.po; the
# docs build compiles them. A page without a catalogue is shown in English in the Swedish site.
set -eu
cd "$(dirname "$0")/.."
PAGES="index start domain/forms domain/localisation domain/competence domain/representation
domain/time reference/rules"
.venv/bin/sphinx-build -q -b gettext docs docs/locales/pot
for page in $PAGES; do
    pot="docs/locales/pot/$page.pot"
    po="docs/locales/sv/LC_MESSAGES/$page.po"
    mkdir -p "$(dirname "$po")"
    if [ -f "$po" ]; then
        .venv/bin/pybabel update --no-wrap --ignore-obsolete -i "$pot" -o "$po" -l sv
    else
        .venv/bin/pybabel init --no-wrap -i "$pot" -o "$po" -l sv
    fi
done
