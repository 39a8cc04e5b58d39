#!/usr/bin/env bash
# The instruction budget: a deterministic speed check for CI.
#
#   benches/instructions.sh            measure, and fail when a row is over its budget
#   benches/instructions.sh --print    measure and print only (no check)
#
# Time is noisy on shared machines; instruction counts are not. This counts
# the instructions `dutycheck check -j 1` executes (valgrind's callgrind, the
# `Ir` event) over a fixed slice of the benchmark corpus (`xtask gen-corpus
# --n 100`, fixed seed: the same 100 reports on every machine), divides by the
# slice's bytes, and compares each row with `benches/instruction-budget.txt`.
# A budget is the figure measured when it was set plus 10%, so that a change
# that makes the pipeline 10% slower per byte fails CI when it lands, not a
# year later. To raise a budget, measure, and write the reason in the commit.
#
# Rows:
#   check-text    default rules, text output (what a person runs). The slice
#                 holds reports of 2019-2025, so the run builds region
#                 histories first and judges the history rules; its reports
#                 fit in what the history pass keeps for the check pass
#                 (crates/dutycheck/src/kept.rs), so each is read once
#   check-json    the same, JSON output (what CI runs)
#   rules-1000    1,000 generated threshold rules (`xtask gen-rules`), JSON
#   one-year      default rules, text, `--year 2022`: every report judged as
#                 one year, so no histories: the single-report pipeline
#
# Needs valgrind (apt-get install -y valgrind); `.ci/run` installs it.
# Generated files go to $BENCH_DIR (default: target/bench-instructions).
set -euo pipefail
MODE=${1:-check}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DIR=${BENCH_DIR:-$TARGET/bench-instructions}
BUDGET=${INSTRUCTION_BUDGET:-$ROOT/benches/instruction-budget.txt}
cd "$ROOT"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "error: valgrind is not installed (apt-get install -y valgrind)" >&2
  exit 2
fi
cargo build --release -q -p dutycheck-cli -p xtask
BIN=$TARGET/release/dutycheck
X=$TARGET/release/xtask
mkdir -p "$DIR"
[ -d "$DIR/c100" ] || "$X" gen-corpus --n 100 --out "$DIR/c100" 2>/dev/null
[ -f "$DIR/rules-1000.yaml" ] || "$X" gen-rules --n 1000 --out "$DIR/rules-1000.yaml"
BYTES=$(du -sb --apparent-size "$DIR/c100" | cut -f1)

# count NAME ARGS... → instructions of `dutycheck ARGS...`
count() {
  local name=$1; shift
  local out="$DIR/callgrind.$name.out"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$BIN" "$@" > /dev/null 2> "$DIR/valgrind.$name.log" || true
  # `summary: N` (older valgrind writes `totals: N`): the total of the Ir event.
  local n
  n=$(awk '/^(summary|totals):/ {print $2; exit}' "$out")
  if [ -z "$n" ]; then
    echo "error: no instruction total in $out; see $DIR/valgrind.$name.log" >&2
    exit 2
  fi
  echo "$n"
}

status=0
printf '%-12s %14s %10s %10s %s\n' row instructions per-byte budget verdict
for row in check-text check-json rules-1000 one-year; do
  case $row in
    check-text) n=$(count "$row" check -j 1 --color never "$DIR/c100") ;;
    check-json) n=$(count "$row" check -j 1 --format json "$DIR/c100") ;;
    rules-1000) n=$(count "$row" check -j 1 --format json --rules "$DIR/rules-1000.yaml" "$DIR/c100") ;;
    one-year) n=$(count "$row" check -j 1 --color never --year 2022 "$DIR/c100") ;;
  esac
  per=$(awk -v n="$n" -v b="$BYTES" 'BEGIN {printf "%.1f", n/b}')
  budget=$(awk -v r="$row" '$1 == r {print $2}' "$BUDGET")
  verdict="-"
  if [ "$MODE" != "--print" ]; then
    if [ -z "$budget" ]; then
      verdict="NO BUDGET (add '$row <per-byte>' to benches/instruction-budget.txt)"; status=1
    elif awk -v p="$per" -v b="$budget" 'BEGIN {exit !(p > b)}'; then
      verdict="OVER BUDGET by $(awk -v p="$per" -v b="$budget" 'BEGIN {printf "%.1f%%", (p/b-1)*100}')"; status=1
    else
      verdict="ok ($(awk -v p="$per" -v b="$budget" 'BEGIN {printf "%.0f%%", p/b*100}') of budget)"
    fi
  fi
  printf '%-12s %14s %10s %10s %s\n' "$row" "$n" "$per" "${budget:--}" "$verdict"
done
echo "slice: 100 reports, $BYTES bytes (xtask gen-corpus --n 100, fixed seed)"
exit $status
