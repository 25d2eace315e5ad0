#!/usr/bin/env bash
# Build benchmark: Orgbook against Hugo and a libcmark floor on the same generated corpus.
#
#   Tests/Benchmarks/build/run.sh [--pages "1000 10000"] [--rounds 5] [--seed 1]
#                                 [--tools orgbook,hugo,floor] [--work DIR] [--perf] [--callgrind]
#                                 [--cores "1 2 4 8 16"]
#
# For each corpus size it generates the corpus (generate.py, seeded, cached in the work
# folder) and checks that every tool builds it and renders every page. Then each round runs
# every size with the tools in alternation (the order rotates each round), cleaning outputs
# between runs, and times each run with GNU time (wall, CPU, peak RSS). The markdown table
# of medians and ratios goes to stdout (ready for the README); progress goes to stderr.
# --perf adds the top functions of one Orgbook build of the smallest corpus, sampled by
# `perf record -g`; --callgrind the same from valgrind's instruction counts, which repeat
# to within 0.2% from run to run
# (Orgbook's main is synchronous for this: valgrind 3.19 crashes under an async one).
#
# --cores runs Orgbook once per core count, pinned with `taskset` to that many distinct
# physical cores (one hardware thread each, as `lscpu -p` lists them, until they run out),
# as the tools `orgbook@N`; the report then adds wall, CPU and peak RSS per core count
# with CPU over the one-core CPU. A 100k-page size is `--pages "10000 100000"`.
#
# On a busy machine, `--work /dev/shm/orgbook-bench` keeps disk writes out of the numbers.
#
# Environment: ORGBOOK (default .build/release/orgbook; built when missing),
# ORGBOOK_ARGS (extra arguments to `orgbook build`). Needs bash, python3, hugo, cc,
# pkg-config and libcmark-dev; installs Debian `time` when missing.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PAGES="1000 10000"
ROUNDS=5
SEED=1
TOOLS="orgbook,hugo,floor"
WORK="$ROOT/.bench"
CALLGRIND=0
PERF=0
CORES=""

usage() { sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --tools) TOOLS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --callgrind) CALLGRIND=1; shift ;;
    --perf) PERF=1; shift ;;
    --cores) CORES="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -n "$CORES" ]; then
  # orgbook@N replaces orgbook: one pinned run per core count.
  pinned=""
  for n in $CORES; do pinned="$pinned,orgbook@$n"; done
  TOOLS="$(sed -E 's/(^|,)orgbook(,|$)/\1\2/; s/^,//; s/,$//; s/,,/,/' <<<"$TOOLS")${pinned}"
  TOOLS="${TOOLS#,}"
fi
IFS=',' read -r -a TOOL_LIST <<<"$TOOLS"
ORGBOOK="${ORGBOOK:-$ROOT/.build/release/orgbook}"
case "$ORGBOOK" in /*) ;; *) ORGBOOK="$ROOT/$ORGBOOK" ;; esac
read -r -a ORGBOOK_EXTRA <<<"${ORGBOOK_ARGS:-}"

say() { echo "==> $*" >&2; }
die() { echo "run.sh: $*" >&2; exit 1; }
uses() { [[ ",$TOOLS," == *",$1,"* || ( "$1" = orgbook && ",$TOOLS," == *",orgbook@"* ) ]]; }

# cpus_for N: a taskset list of N logical CPUs on distinct physical cores where there are
# enough (the first hardware thread of each core first, then the second ones).
cpus_for() {
  lscpu -p=CPU,CORE,SOCKET | grep -v '^#' | python3 -c '
import sys
rows = [tuple(map(int, line.split(","))) for line in sys.stdin if line.strip()]
seen, first, rest = set(), [], []
for cpu, core, socket in rows:
    (rest if (socket, core) in seen else first).append(cpu)
    seen.add((socket, core))
order = first + rest
n = int(sys.argv[1])
if n > len(order):
    sys.exit(f"only {len(order)} CPUs here, {n} asked for")
print(",".join(map(str, order[:n])))' "$1"
}

# -- prerequisites ----------------------------------------------------------------------------
command -v python3 >/dev/null || die "python3 is needed"
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2 || die "could not install time"
fi
if uses hugo; then command -v hugo >/dev/null || die "hugo is needed (apt-get install hugo)"; fi
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"

FLOOR="$WORK/floor"
if uses floor && { [ ! -x "$FLOOR" ] || [ "$HERE/floor.c" -nt "$FLOOR" ]; }; then
  say "compiling the libcmark floor"
  # shellcheck disable=SC2046
  cc -O2 -o "$FLOOR" "$HERE/floor.c" $(pkg-config --cflags --libs libcmark) || die "cannot compile floor.c"
fi
if uses orgbook && [ ! -x "$ORGBOOK" ]; then
  say "building orgbook (release)"
  (cd "$ROOT" && swift build -c release --product orgbook >&2) || die "cannot build orgbook"
fi

# -- corpus -----------------------------------------------------------------------------------
# Regenerated when the generator, the Hugo site files, the size or the seed change.
corpus_stamp() {
  { cat "$HERE/generate.py"; find "$HERE/hugo" -type f | LC_ALL=C sort | xargs cat; echo "$1 $SEED"; } \
    | sha256sum | cut -d' ' -f1
}
corpus_dir() { echo "$WORK/corpus-$1-seed$SEED"; }
make_corpus() {
  local pages="$1" dir stamp
  dir="$(corpus_dir "$pages")"
  stamp="$(corpus_stamp "$pages")"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "generating $pages pages (seed $SEED)"
    python3 "$HERE/generate.py" --pages "$pages" --seed "$SEED" --out "$dir" 2>/dev/null
    echo "$stamp" >"$dir/.stamp"
  fi
}

# -- one run of one tool ----------------------------------------------------------------------
# Orgbook runs from the repository root, where its default templates are.
cd "$ROOT"

# tool_command TOOL PAGES OUT: sets CMD to the command that builds the corpus into OUT.
tool_command() {
  local dir
  dir="$(corpus_dir "$2")"
  case "$1" in
    orgbook) CMD=("$ORGBOOK" build --content "$dir/orgbook" --output "$3" "${ORGBOOK_EXTRA[@]}") ;;
    orgbook@*) CMD=(taskset -c "$(cpus_for "${1#orgbook@}")" "$ORGBOOK" build --content "$dir/orgbook" --output "$3" "${ORGBOOK_EXTRA[@]}") ;;
    hugo) CMD=(hugo --source "$dir/hugo" --destination "$3" --quiet) ;;
    floor) CMD=("$FLOOR" "$dir/orgbook" "$3") ;;
    *) die "unknown tool $1" ;;
  esac
}

# measure TOOL PAGES ROUND: one timed run (outputs cleaned first), appended to $RESULTS.
measure() {
  local tool="$1" pages="$2" round="$3" out="$WORK/out-$1" timing="$WORK/time.txt" start end
  tool_command "$tool" "$pages" "$out"
  rm -rf "$out"
  sync
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%e %U %S %M' -o "$timing" "${CMD[@]}" >"$WORK/last-$tool.log" 2>&1; then
    tail -n 20 "$WORK/last-$tool.log" >&2
    die "$tool failed on the $pages-page corpus (log: $WORK/last-$tool.log)"
  fi
  end=$(date +%s%N)
  read -r _ user sys rss <"$timing"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pages" "$tool" "$round" \
    "$(( (end - start) / 1000000 ))" "$user" "$sys" "$rss" >>"$RESULTS"
}

# Pages each tool wrote: Hugo and the floor write exactly one index.html per Markdown file.
count_pages() { find "$WORK/out-$1" -name '*.html' | wc -l; }

# -- the runs ---------------------------------------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$WORK/results-$STAMP.tsv"
printf 'pages\ttool\tround\twall_ms\tuser_s\tsys_s\trss_kb\n' >"$RESULTS"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
COUNTS=""
for pages in $PAGES; do
  make_corpus "$pages"
  for tool in "${TOOL_LIST[@]}"; do
    say "$pages pages: checking $tool (warm-up run, not timed)"
    measure "$tool" "$pages" 0
    written="$(count_pages "$tool")"
    COUNTS="$COUNTS$pages $tool $written;"
    if [[ "$tool" != orgbook* ]] && [ "$written" -ne "$pages" ]; then
      die "$tool wrote $written pages for $pages Markdown files"
    fi
    if [[ "$tool" == orgbook* ]] && [ "$written" -lt "$pages" ]; then
      die "orgbook wrote $written HTML files for $pages Markdown files"
    fi
  done
done
# Each round runs every size, so a size ratio (the growth target) compares runs made minutes
# apart, not one block of runs against another made after the machine's state changed.
for round in $(seq 1 "$ROUNDS"); do
  for pages in $PAGES; do
    # Rotate the order each round so no tool always runs first (or after the same peer).
    count=${#TOOL_LIST[@]}
    order=()
    for i in $(seq 0 $((count - 1))); do order+=("${TOOL_LIST[$(( (i + round) % count ))]}"); done
    say "$pages pages: round $round/$ROUNDS (${order[*]})"
    for tool in "${order[@]}"; do measure "$tool" "$pages" "$round"; done
  done
done
for tool in "${TOOL_LIST[@]}"; do rm -rf "$WORK/out-$tool"; done

# -- profiles ---------------------------------------------------------------------------------
SMALLEST="$(tr ' ' '\n' <<<"$PAGES" | sort -n | head -n1)"
PROFILE_ARGS=()
if [ "$PERF" = 1 ] && uses orgbook; then
  command -v perf >/dev/null || die "perf is needed for --perf (apt-get install linux-perf)"
  PERF_FILE="$WORK/perf-$STAMP.data"
  say "perf: one orgbook build of $SMALLEST pages"
  rm -rf "$WORK/out-profile"
  if perf record -F 999 -g -o "$PERF_FILE" \
      "$ORGBOOK" build --content "$(corpus_dir "$SMALLEST")/orgbook" --output "$WORK/out-profile" \
      "${ORGBOOK_EXTRA[@]}" >"$WORK/last-perf.log" 2>&1; then
    PROFILE_ARGS+=(--perf "$PERF_FILE")
  else
    say "perf failed (log: $WORK/last-perf.log); no profile in the report"
  fi
fi
if [ "$CALLGRIND" = 1 ] && uses orgbook; then
  command -v valgrind >/dev/null || die "valgrind is needed for --callgrind"
  CALLGRIND_FILE="$WORK/callgrind-$STAMP.out"
  # Valgrind 3.19 cannot read the DWARF 5 the Swift toolchain writes: profile a copy
  # without debug info (the symbol table still names the functions).
  strip --strip-debug -o "$WORK/orgbook-nodebug" "$ORGBOOK"
  say "callgrind: one orgbook build of $SMALLEST pages (slow)"
  rm -rf "$WORK/out-profile"
  if valgrind --tool=callgrind --callgrind-out-file="$CALLGRIND_FILE" \
      "$WORK/orgbook-nodebug" build --content "$(corpus_dir "$SMALLEST")/orgbook" --output "$WORK/out-profile" \
      "${ORGBOOK_EXTRA[@]}" >"$WORK/last-callgrind.log" 2>&1; then
    PROFILE_ARGS+=(--callgrind "$CALLGRIND_FILE")
  else
    say "callgrind failed (log: $WORK/last-callgrind.log); no instruction counts in the report"
  fi
fi
rm -rf "$WORK/out-profile"

# -- report -----------------------------------------------------------------------------------
REPORT="$WORK/results-$STAMP.md"
python3 "$HERE/report.py" --results "$RESULTS" --work "$WORK" --seed "$SEED" \
  --load "$LOAD_BEFORE" --counts "$COUNTS" --root "$ROOT" \
  --profiled-pages "$SMALLEST" "${PROFILE_ARGS[@]}" | tee "$REPORT"
say "raw results: $RESULTS; table: $REPORT"
