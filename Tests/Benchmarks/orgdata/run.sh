#!/usr/bin/env bash
# Benchmark (not a test): read a 20,000-person Workday-style export into a unit chart with
# roll-ups and draw it (`orgbook render units.yaml`), against Graphviz `dot -Tsvg` on the
# 2,000-unit chart of Tests/Benchmarks/orgchart, whole process to whole process, alternating.
#
#   Tests/Benchmarks/orgdata/run.sh                    # 20,000 people, 11 runs each
#   PEOPLE=5000 RUNS=5 Tests/Benchmarks/orgdata/run.sh
#   ORGBOOK=/path/to/orgbook Tests/Benchmarks/orgdata/run.sh   # skip the release build
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
PEOPLE="${PEOPLE:-20000}"
RUNS="${RUNS:-11}"

command -v dot >/dev/null || { echo "Graphviz is missing: sudo apt-get install -y graphviz" >&2; exit 1; }
if [ -z "${ORGBOOK:-}" ]; then
  (cd "$root" && swift build -c release --product orgbook >&2)
  ORGBOOK="$root/.build/release/orgbook"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$PEOPLE" "$work"
python3 "$here/../orgchart/generate.py" 2000 "$work" >/dev/null

"$ORGBOOK" render "$work/units.yaml" -o "$work/units.svg"
dot -Tsvg "$work/chart.dot" -o "$work/dot.svg"
echo "input: $PEOPLE people ($(wc -c <"$work/export.csv") bytes) → $(grep -c 'class="node unit' "$work/units.svg") units; dot: 2,000-unit chart"

python3 "$here/../orgchart/measure.py" "$RUNS" \
  -- "$ORGBOOK" render "$work/units.yaml" -o "$work/units.svg" \
  -- dot -Tsvg "$work/chart.dot" -o "$work/dot.svg"
