#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/Package.swift, with -sanitize=fuzzer,address) and runs them
# (README "Fuzzing"). The seed corpus is made at run time from corpus/ and a few pages of
# ../shared/peers/article_extraction (when present), never copied into the repo.
#   fuzz/run.sh TARGET [libFuzzer options…]    one of: plain-text html jsonl pipeline
#   fuzz/run.sh --smoke                        every target, a few thousand inputs each (CI)
# Inputs found along the way go to fuzz/work/TARGET (ignored by git); crashes to fuzz/work/crashes.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
PAGES="$ROOT/../shared/peers/article_extraction/html"
TARGETS="plain-text html jsonl pipeline"

# KIJI_FUZZ_CONFIG=release for long runs (several times more inputs a second); debug by default.
CONFIG=${KIJI_FUZZ_CONFIG:-debug}
build() {
  swift build -c "$CONFIG" -Xswiftc -sanitize=fuzzer,address >&2
  swift build -c "$CONFIG" -Xswiftc -sanitize=fuzzer,address --show-bin-path
}

# seeds TARGET DIR: the sample articles (as text, as JSONL lines) and a few HTML pages.
seeds() {
  local target=$1 dir=$2
  mkdir -p "$dir"
  local pages=()
  if [ -d "$PAGES" ]; then pages=("$PAGES"/*.html); pages=("${pages[@]:0:8}"); fi
  case "$target" in
    plain-text) cp "$ROOT"/corpus/*.txt "$dir"/ ;;
    html) [ ${#pages[@]} -gt 0 ] && cp "${pages[@]}" "$dir"/ || printf '<html><body><p>Tokyo said so.</p></body></html>' > "$dir/page.html" ;;
    jsonl)
      for file in "$ROOT"/corpus/*.txt; do
        python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "text": open(sys.argv[2]).read()}))' \
          "$(basename "$file" .txt)" "$file" > "$dir/$(basename "$file" .txt).jsonl"
      done
      cp "$ROOT"/gold/*.json "$dir"/ 2>/dev/null || true ;;
    pipeline) cp "$ROOT"/corpus/*.txt "$dir"/; [ ${#pages[@]} -gt 0 ] && cp "${pages[@]:0:3}" "$dir"/ || true ;;
  esac
}

# fuzz TARGET BIN_DIR [libFuzzer options…]
fuzz() {
  local target=$1 bin=$2
  shift 2
  local work="work/$target" seed
  seed=$(mktemp -d)
  seeds "$target" "$seed"
  mkdir -p "$work" work/crashes
  # No Swift backtracer (ASan reads its memory server as a fault); detect_leaks: the Swift runtime's caches are not leaks, but per-input growth is (rss_limit_mb).
  KIJI_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} "$bin/kiji-fuzz" "$work" "$seed" \
    -max_len=16384 -timeout=20 -rss_limit_mb=2048 -artifact_prefix="work/crashes/$target-" -print_final_stats=1 "$@"
  rm -rf "$seed"
}

BIN=$(build | tail -n 1)
if [ "${1:-}" = "--smoke" ]; then
  for target in $TARGETS; do fuzz "$target" "$BIN" -runs=3000 -max_total_time=60; done
else
  target=${1:?usage: fuzz/run.sh TARGET [libFuzzer options] | --smoke}; shift
  fuzz "$target" "$BIN" "$@"
fi
