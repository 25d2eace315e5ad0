#!/usr/bin/env bash
# Benchmark (not a test): draw a 2,000-unit org chart with `orgbook render` and with
# Graphviz `dot -Tsvg`, whole process to whole process, alternating, and report medians.
#
#   Tests/Benchmarks/orgchart/run.sh            # 2,000 units, 11 runs each
#   UNITS=5000 RUNS=5 Tests/Benchmarks/orgchart/run.sh
#   FORMAT=csv Tests/Benchmarks/orgchart/run.sh # render the CSV export instead of YAML
#   ORGBOOK=/path/to/orgbook Tests/Benchmarks/orgchart/run.sh   # skip the release build
#   SPLIT=1 Tests/Benchmarks/orgchart/run.sh    # `render --split -o DIR/`: overview and branch pages
#   BEFORE=/path/to/older/orgbook Tests/Benchmarks/orgchart/run.sh   # time it too, alternating
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
UNITS="${UNITS:-2000}"
RUNS="${RUNS:-11}"
FORMAT="${FORMAT:-yaml}"
SPLIT="${SPLIT:-}"

command -v dot >/dev/null || { echo "Graphviz is missing: sudo apt-get install -y graphviz" >&2; exit 1; }
if [ -z "${ORGBOOK:-}" ]; then
  (cd "$root" && swift build -c release --product orgbook >&2)
  ORGBOOK="$root/.build/release/orgbook"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$UNITS" "$work"

# Both tools must succeed on the input before anything is timed.
if [ -n "$SPLIT" ]; then
  render=(render "$work/chart.$FORMAT" --split -o "$work/pages")
  "$ORGBOOK" "${render[@]}" >/dev/null
  echo "input: $UNITS units ($FORMAT); orgbook wrote $(ls "$work/pages" | wc -l) pages, $(cat "$work/pages"/*.svg | wc -c) bytes"
else
  render=(render "$work/chart.$FORMAT" -o "$work/orgbook.svg")
  "$ORGBOOK" "${render[@]}"
  echo "input: $UNITS units ($FORMAT); outputs: orgbook $(wc -c <"$work/orgbook.svg") bytes"
fi
dot -Tsvg "$work/chart.dot" -o "$work/dot.svg"
echo "dot: $(wc -c <"$work/dot.svg") bytes"

commands=()
if [ -n "${BEFORE:-}" ]; then
  echo "(1) is $BEFORE, (2) is $ORGBOOK"
  commands+=(-- "$BEFORE" "${render[@]}")
fi
commands+=(-- "$ORGBOOK" "${render[@]}" -- dot -Tsvg "$work/chart.dot" -o "$work/dot.svg")
python3 "$here/measure.py" "$RUNS" "${commands[@]}"
