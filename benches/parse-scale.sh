#!/usr/bin/env bash
# Does `dutycheck parse` (read → parse → extract) stay linear in the size of
# one file? Prints MB/s for single files of 100 KB, 1 MB, 10 MB and 50 MB in
# three shapes; flat MB/s across a row means linear cost.
#
#   benches/parse-scale.sh [RUNS]     (default 3 runs per file; medians)
#
# Shapes (generated with a fixed pattern, see `gen` below):
#   one-section  one region with as many numbered cases as fit (the issue-13
#                attack: 40,000 cases in 2.6 MB);
#   sections     as many regions as fit, three cases each;
#   one-case     one region, one case: a single paragraph of the whole size.
# Files go to $BENCH_DIR (default: target/bench-scale); never commit them.
set -euo pipefail
RUNS=${1:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DIR=${BENCH_DIR:-$TARGET/bench-scale}
cd "$ROOT"
cargo build --release -q -p dutycheck-cli
BIN=$TARGET/release/dutycheck
mkdir -p "$DIR"

# gen SHAPE BYTES FILE
gen() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
shape, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
body = "全县普惠性幼儿园覆盖率达到{p}%，新建幼儿园{n}所，投入资金{m}万元。"
out = ["2021年某市履行教育职责典型工作案例\n"]
total = len(out[0].encode())
def add(s):
    global total
    out.append(s)
    total += len(s.encode())
k = 0
if shape == "one-section":
    add("一、甲市\n")
    while total < size:
        k += 1
        add(f"{k}." + body.format(p=80 + k % 20, n=k % 50, m=k % 9000 + 100) + "\n")
elif shape == "sections":
    while total < size:
        k += 1
        add(f"{k}、某区{k}\n")
        for c in range(1, 4):
            add(f"（{c}）" + body.format(p=80 + k % 20, n=c, m=k % 9000 + 100) + "\n")
else:
    add("一、甲市\n1.")
    while total < size:
        k += 1
        add(body.format(p=80 + k % 20, n=k % 50, m=k % 9000 + 100))
    add("\n")
open(path, "w", encoding="utf-8").write("".join(out))
PY
}

# median over RUNS runs of `parse --format json` of: wall-clock seconds,
# and CPU seconds (user + system; less disturbed by other load on a shared
# machine than the wall clock), and the peak RSS in MB.
measure() {
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$DIR/time.txt" \
      "$BIN" parse --format json --max-bytes 200000000 "$1" >/dev/null
    cat "$DIR/time.txt"
  done | awk '{w[NR]=$1; c[NR]=$2+$3; m[NR]=$4/1024}
    function med(a,  n,i,j,t) { n=NR; for(i=1;i<=n;i++) for(j=i+1;j<=n;j++) if(a[j]<a[i]) {t=a[i];a[i]=a[j];a[j]=t}; return a[int((n+1)/2)] }
    END {print med(w), med(c), med(m)}'
}

printf '%-12s' shape
for size in 100K 1M 10M 50M; do printf '%22s' "$size"; done
echo "   (MB/s by wall clock / by CPU time, peak RSS MB; medians of $RUNS)"
for shape in one-section sections one-case; do
  printf '%-12s' "$shape"
  for size in 102400 1048576 10485760 52428800; do
    file=$DIR/$shape-$size.txt
    [ -f "$file" ] || gen "$shape" "$size" "$file"
    bytes=$(stat -c %s "$file")
    read -r wall cpu rss < <(measure "$file")
    printf '%22s' "$(printf '%.1f / %.1f, %.0f' "$(echo "$bytes / 1048576 / $wall" | bc -l)" "$(echo "$bytes / 1048576 / ($cpu + 0.001)" | bc -l)" "$rss")"
  done
  echo
done
