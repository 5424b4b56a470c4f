#!/bin/sh
# Redraw the pictures of the examples in the documentation (docs/_static/diagrams/): the DOT
# that samverkan writes and the SVG that Graphviz's dot draws from it. Needs Graphviz.
#
#   scripts/update_diagrams.sh          # from anywhere; set PYTHON to use another interpreter
set -eu

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
"$PYTHON" scripts/update_diagrams.py
