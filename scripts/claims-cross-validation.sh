#!/usr/bin/env bash
# Leave-one-story-out cross-validation of the claim linker's one tuned threshold, the largest
# share of positions a topic term may carry and still link two positions (ClaimLinker
# `commonTopicShare`, read from KIJI_COMMON_TOPIC_SHARE). The dev articles form three story groups
# (the samples 0*, the May set h1-*, the June–July set h2-*); each group is processed on its own, so
# its links are links within the group. For each held-out group the threshold is the one with the
# best pooled link F1 on the two other groups; the held-out group is then scored with it.
# Usage: scripts/claims-cross-validation.sh [path/to/kiji]   (default .build/debug/kiji; build first)
set -euo pipefail
cd "$(dirname "$0")/.."
KIJI=${1:-.build/debug/kiji}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
GROUPS_=(0 h1 h2)
THRESHOLDS=(0.05 0.1 0.15 0.2 0.25 0.3 1.0)
for group in "${GROUPS_[@]}"; do
  mkdir -p "$WORK/corpus-$group" "$WORK/gold-$group"
  cp corpus/"$group"*.txt "$WORK/corpus-$group/"
  cp gold/"$group"*.json "$WORK/gold-$group/"
done
for threshold in "${THRESHOLDS[@]}"; do
  for group in "${GROUPS_[@]}"; do
    KIJI_COMMON_TOPIC_SHARE=$threshold "$KIJI" process "$WORK/corpus-$group" --out "$WORK/out.jsonl" --quiet
    line=$("$KIJI" score --gold "$WORK/gold-$group" "$WORK/out.jsonl" | grep 'links P')
    echo "$threshold $group $line" >> "$WORK/results"
  done
done
python3 - "$WORK/results" "${THRESHOLDS[@]}" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    threshold, group, rest = line.split(" ", 2)
    m = re.search(r"links P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+) \((\d+) pred, (\d+) gold\)", rest)
    p, r, f, npred, ngold = float(m[1]), float(m[2]), float(m[3]), int(m[4]), int(m[5])
    rows[(threshold, group)] = (p * npred, npred, r * ngold, ngold, f)
def pooled(threshold, groups):
    mp = sum(rows[(threshold, g)][0] for g in groups); npred = sum(rows[(threshold, g)][1] for g in groups)
    mr = sum(rows[(threshold, g)][2] for g in groups); ngold = sum(rows[(threshold, g)][3] for g in groups)
    p = mp / npred if npred else 0; r = mr / ngold if ngold else 0
    return 2 * p * r / (p + r) if p + r else 0
groups = ["0", "h1", "h2"]
thresholds = sys.argv[2:]
print("threshold  " + "  ".join(f"{g:>5}" for g in groups) + "  pooled")
for t in thresholds:
    print(f"{t:>9}  " + "  ".join(f"{rows[(t, g)][4]:.3f}" for g in groups) + f"  {pooled(t, groups):.3f}")
best_all = max(thresholds, key=lambda t: pooled(t, groups))
print(f"all-in: threshold {best_all}, pooled link F1 {pooled(best_all, groups):.3f}")
held = []
for g in groups:
    train = [x for x in groups if x != g]
    t = max(thresholds, key=lambda t: pooled(t, train))
    held.append((g, t))
    print(f"fold {g}: threshold {t} (train pooled {pooled(t, train):.3f}), held-out link F1 {rows[(t, g)][4]:.3f} (all-in {rows[(best_all, g)][4]:.3f})")
PY
