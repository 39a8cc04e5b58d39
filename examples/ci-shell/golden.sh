#!/bin/sh
# A golden test for reports, in plain shell (the shell recipe of docs/ci.md):
# check the reports and compare the JSON with the reviewed copy in
# expected.json. Run it from anywhere; UPDATE=1 accepts the new output.
#
#   DUTYCHECK=path/to/dutycheck examples/ci-shell/golden.sh
set -eu
dutycheck=${DUTYCHECK:-dutycheck}
cd "$(dirname "$0")"
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
# --fail-on never: findings are what we compare, not a reason to stop.
# Exit code 2 (a report or rule that cannot be read) still stops the test.
"$dutycheck" check reports --no-config --format json --fail-on never >"$actual"
if [ "${UPDATE:-}" = 1 ]; then
    cp "$actual" expected.json
    echo "golden.sh: expected.json updated"
    exit 0
fi
if ! diff -u expected.json "$actual"; then
    echo "golden.sh: the check changed; review the diff, then run with UPDATE=1" >&2
    exit 1
fi
echo "golden.sh: ok"
