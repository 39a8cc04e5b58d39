#!/usr/bin/env bash
# End-to-end benchmark of `dutycheck check` over the generated corpus.
#
#   benches/corpus.sh [RUNS]        (default 5 runs per measurement; medians are printed)
#
# Builds release binaries, generates the corpus with the fixed seed
# (xtask gen-corpus: 1,000, 3,000 and 10,000 reports), a pack of 10 and of 1,000
# generated threshold rules, and the catalog's names for ripgrep, then prints
# the machine's load average (time is noisy on a shared machine: compare
# ratios taken in one run) and:
#   - throughput in MB/s with 1 and 2 threads (default rules, text output);
#   - `check -j 1 --format json` on 3,000 reports in MB/s, and its ratio to
#     ripgrep searching the same corpus for every catalog name and alias
#     (`rg -c -F -f names.txt`, the reading-speed floor), with one thread
#     each and with two threads each;
#   - textlint with an equivalent naive rule (benches/textlint/threshold.js)
#     on 1,000 reports in one process, against dutycheck on the same reports,
#     when `npx` is available (skipped with a note otherwise);
#   - peak RSS for 1,000 and 10,000 reports, and their ratio;
#   - time with 10 rules against 1,000 generated threshold rules, twice: with
#     realistic bounds (most values pass: the cost of evaluating many rules)
#     and with `--strict` bounds (half of the values fail every rule: the
#     findings, and the output, grow with the rules);
#   - per output format (text, json, sarif, junit, github, markdown, html):
#     peak RSS and time at 3,000 and 10,000 reports (`-j 2`), with the
#     10k/3k ratios (targets: RSS within 1.3x, time at most 3.5x), and the
#     CPU time (user + system) with its ratio, steadier than the wall clock
#     on a loaded machine. Set
#     FORMATS="text json" to measure some formats only, FORMAT_RUNS=N for
#     more than one run each, FORMATS_ONLY=1 to skip the other measures.
# Needs /usr/bin/time (apt-get install -y time) and rg (apt-get install -y ripgrep).
# The deterministic counterpart, instructions per byte with a budget that CI
# enforces, is benches/instructions.sh.
# Generated files go to $BENCH_DIR (default: target/bench-corpus); never commit them.
set -euo pipefail
RUNS=${1:-5}
FORMATS=${FORMATS:-text json sarif junit github markdown html}
FORMAT_RUNS=${FORMAT_RUNS:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DIR=${BENCH_DIR:-$TARGET/bench-corpus}
cd "$ROOT"
cargo build --release -q -p dutycheck-cli -p xtask
BIN=$TARGET/release/dutycheck
X=$TARGET/release/xtask
mkdir -p "$DIR"
[ -d "$DIR/c1k" ] || "$X" gen-corpus --n 1000 --out "$DIR/c1k"
[ -d "$DIR/c3k" ] || "$X" gen-corpus --n 3000 --out "$DIR/c3k"
[ -d "$DIR/c10k" ] || "$X" gen-corpus --n 10000 --out "$DIR/c10k"
"$X" gen-rules --n 10 --out "$DIR/rules-10.yaml"
"$X" gen-rules --n 1000 --out "$DIR/rules-1000.yaml"
"$X" gen-rules --strict --n 10 --out "$DIR/strict-10.yaml"
"$X" gen-rules --strict --n 1000 --out "$DIR/strict-1000.yaml"
"$X" names --out "$DIR/names.txt"
bytes() { du -sb --apparent-size "$1" | cut -f1; }

# measure LABEL CMD... → prints "seconds maxrss_kb cpu_seconds" medians over
# $RUNS runs (cpu: user + system time, which a loaded machine disturbs far
# less than the wall clock).
measure() {
  local label=$1; shift
  local ts=() rs=() cs=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M %U %S" -o "$DIR/time.out" "$@" > /dev/null 2>&1 || true
    read -r t r u y < <(tail -1 "$DIR/time.out")
    ts+=("$t"); rs+=("$r"); cs+=("$(awk -v u="$u" -v y="$y" 'BEGIN {printf "%.2f", u+y}')")
  done
  local mt mr mc
  mc=$(printf '%s\n' "${cs[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mt=$(printf '%s\n' "${ts[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rs[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$mt $mr $mc"
  echo "  [$label] runs: ${ts[*]} s; rss: ${rs[*]} KB; cpu: ${cs[*]} s" >&2
}

MB10=$(awk -v b="$(bytes "$DIR/c10k")" 'BEGIN {printf "%.1f", b/1e6}')
MB1=$(awk -v b="$(bytes "$DIR/c1k")" 'BEGIN {printf "%.1f", b/1e6}')
MB3=$(awk -v b="$(bytes "$DIR/c3k")" 'BEGIN {printf "%.1f", b/1e6}')
echo "corpus: 10,000 reports $MB10 MB; 3,000 reports $MB3 MB; 1,000 reports $MB1 MB; $RUNS runs each, medians"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

if [ -z "${FORMATS_ONLY:-}" ]; then
read -r t1 r1 _ < <(measure "10k -j1" "$BIN" check -j 1 "$DIR/c10k")
read -r t2 r2 _ < <(measure "10k -j2" "$BIN" check -j 2 "$DIR/c10k")
echo "throughput, default rules, text: 1 thread $(awk -v m="$MB10" -v t="$t1" 'BEGIN {printf "%.1f", m/t}') MB/s ($t1 s); 2 threads $(awk -v m="$MB10" -v t="$t2" 'BEGIN {printf "%.1f", m/t}') MB/s ($t2 s)"

read -r _ k1 _ < <(measure "1k -j2" "$BIN" check -j 2 "$DIR/c1k")
echo "peak RSS: 1,000 reports $k1 KB; 10,000 reports $r2 KB; ratio $(awk -v a="$r2" -v b="$k1" 'BEGIN {printf "%.2f", a/b}')"

echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r s10 _ _ < <(measure "1k 10 rules" "$BIN" check -j 1 --rules "$DIR/rules-10.yaml" "$DIR/c1k")
read -r s1000 _ _ < <(measure "1k 1000 rules" "$BIN" check -j 1 --rules "$DIR/rules-1000.yaml" "$DIR/c1k")
echo "rules (1,000 reports, 1 thread): 10 rules $s10 s; 1,000 rules $s1000 s; ratio $(awk -v a="$s1000" -v b="$s10" 'BEGIN {printf "%.2f", a/b}')"
read -r t10 _ _ < <(measure "1k 10 strict rules" "$BIN" check -j 1 --rules "$DIR/strict-10.yaml" "$DIR/c1k")
read -r t1000 _ _ < <(measure "1k 1000 strict rules" "$BIN" check -j 1 --rules "$DIR/strict-1000.yaml" "$DIR/c1k")
out10=$("$BIN" check -j 1 --rules "$DIR/strict-10.yaml" "$DIR/c1k" 2>/dev/null | wc -c || true)
out1000=$("$BIN" check -j 1 --rules "$DIR/strict-1000.yaml" "$DIR/c1k" 2>/dev/null | wc -c || true)
echo "strict rules (1,000 reports, 1 thread): 10 rules $t10 s; 1,000 rules $t1000 s; ratio $(awk -v a="$t1000" -v b="$t10" 'BEGIN {printf "%.2f", a/b}'); output $out10 vs $out1000 bytes"

read -r rg1 _ _ < <(measure "rg -j1 10k" rg -j 1 -c -F -f "$DIR/names.txt" "$DIR/c10k")
echo "ripgrep (1 thread, all names and aliases, 10k): $rg1 s, $(awk -v m="$MB10" -v t="$rg1" 'BEGIN {printf "%.1f", m/t}') MB/s; dutycheck text/rg time ratio $(awk -v a="$t1" -v b="$rg1" 'BEGIN {printf "%.1f", a/b}')"

# The issue-17 table: 3,000 reports, JSON, against ripgrep, one and two threads each.
read -r j1 _ _ < <(measure "3k json -j1" "$BIN" check -j 1 --format json "$DIR/c3k")
read -r j2 _ _ < <(measure "3k json -j2" "$BIN" check -j 2 --format json "$DIR/c3k")
read -r g1 _ _ < <(measure "3k rg -j1" rg -j 1 -c -F -f "$DIR/names.txt" "$DIR/c3k")
read -r g2 _ _ < <(measure "3k rg -j2" rg -j 2 -c -F -f "$DIR/names.txt" "$DIR/c3k")
echo "| dutycheck check -j 1 --format json, 3,000 reports | $j1 s, $(awk -v m="$MB3" -v t="$j1" 'BEGIN {printf "%.1f", m/t}') MB/s | >= 100 MB/s per core |"
echo "| ripgrep -j1 -c -F -f names.txt, same reports | $g1 s | floor |"
echo "| dutycheck / ripgrep, one thread each | $(awk -v a="$j1" -v b="$g1" 'BEGIN {printf "%.1f", a/b}')x | <= 3x |"
echo "| the same with two threads each | $(awk -v a="$j2" -v b="$g2" 'BEGIN {printf "%.1f", a/b}')x (dutycheck 2 threads: $(awk -v a="$j1" -v b="$j2" 'BEGIN {printf "%.2f", a/b}')x one) | <= 3x; 2 threads >= 1.8x |"
if command -v npx >/dev/null 2>&1 && npx --yes textlint@14 --version >/dev/null 2>&1; then
  read -r tl _ _ < <(DUTYCHECK_NAMES="$DIR/names.txt" measure "1k textlint" npx --yes textlint@14 --no-color --rulesdir "$ROOT/benches/textlint" "$DIR/c1k")
  read -r dj _ _ < <(measure "1k json -j1" "$BIN" check -j 1 --format json "$DIR/c1k")
  echo "| textlint, a naive equivalent rule, one process, 1,000 reports | $tl s vs dutycheck $dj s: dutycheck $(awk -v a="$tl" -v b="$dj" 'BEGIN {printf "%.1f", a/b}')x faster | >= 10x |"
else
  echo "| textlint | skipped: npx (Node.js) or the npm registry is not available here | |"
fi

fi

echo "per format, -j 2 ($FORMAT_RUNS run(s) each, medians; $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)): format | 3k RSS | 10k RSS | ratio | 3k time | 10k time | ratio | 3k cpu | 10k cpu | ratio"
for f in $FORMATS; do
  read -r ft3 fr3 fc3 < <(RUNS=$FORMAT_RUNS measure "3k $f" "$BIN" check -j 2 --format "$f" "$DIR/c3k")
  read -r ft10 fr10 fc10 < <(RUNS=$FORMAT_RUNS measure "10k $f" "$BIN" check -j 2 --format "$f" "$DIR/c10k")
  echo "| $f | $(awk -v k="$fr3" 'BEGIN {printf "%.1f MB", k/1024}') | $(awk -v k="$fr10" 'BEGIN {printf "%.1f MB", k/1024}') | $(awk -v a="$fr10" -v b="$fr3" 'BEGIN {printf "%.2f", a/b}') | $ft3 s | $ft10 s | $(awk -v a="$ft10" -v b="$ft3" 'BEGIN {printf "%.2f", a/b}') | $fc3 s | $fc10 s | $(awk -v a="$fc10" -v b="$fc3" 'BEGIN {printf "%.2f", a/b}') |"
done
echo "load average after the formats: $(cut -d' ' -f1-3 /proc/loadavg)"
