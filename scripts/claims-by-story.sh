#!/usr/bin/env bash
# Claims by story group (the samples 0*, the May set h1-*, the June–July set h2-*), each group
# processed on its own: detection, links within the group, and the one-line baseline's detection
# (scripts/claims-baseline.py) on Kiji's own sentences and numbers.
# Usage: scripts/claims-by-story.sh [path/to/kiji]   (default .build/debug/kiji; build first)
set -euo pipefail
cd "$(dirname "$0")/.."
KIJI=${1:-.build/debug/kiji}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for group in 0 h1 h2; do
  mkdir -p "$WORK/corpus-$group" "$WORK/gold-$group"
  cp corpus/"$group"*.txt "$WORK/corpus-$group/"
  cp gold/"$group"*.json "$WORK/gold-$group/"
  "$KIJI" process "$WORK/corpus-$group" --out "$WORK/kiji-$group.jsonl" --quiet
  python3 scripts/claims-baseline.py "$WORK/kiji-$group.jsonl" "$WORK/baseline-$group.jsonl"
  figures=$("$KIJI" score --gold "$WORK/gold-$group" "$WORK/kiji-$group.jsonl" | grep -A1 '^claims' | tr -s ' \n' ' ')
  baseline=$("$KIJI" score --gold "$WORK/gold-$group" "$WORK/baseline-$group.jsonl" | grep '^claims' | awk '{print $7}')
  echo "group $group: $figures| baseline detection F1 $baseline"
done
