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
# The steps are scripts/update_text_catalogue.sh's. Set PYBABEL and PYTHON to use others than
# the project's virtual environment's.
set -eu

cd "$(dirname "$0")/.."
sh scripts/update_text_catalogue.sh samverkan_rules scripts/rule_texts.py
