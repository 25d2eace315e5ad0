#!/usr/bin/env bash
# Benchmark of `orgbook serve` (not a test): on a generated 1,000-page site, measure
#  1. edit-to-event: file write → build event on /_orgbook/events (goal < 100 ms),
#     median and p95 over 20 edits;
#  2. throughput with wrk at 50 connections on one page (goal: zero errors).
# Usage: Tests/Benchmarks/serve/run.sh [PAGES] [EDITS]   (from the repository root)
set -euo pipefail

PAGES=${1:-1000}
EDITS=${2:-20}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
HERE="$ROOT/Tests/Benchmarks/serve"
WORK=$(mktemp -d /tmp/orgbook-serve-bench.XXXXXX)
PORT=${PORT:-18$(( RANDOM % 900 + 100 ))}
SERVER_PID=""

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -INT "$SERVER_PID"; wait "$SERVER_PID" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "==> building orgbook (release)"
(cd "$ROOT" && swift build -c release --product orgbook >/dev/null)
ORGBOOK="$ROOT/.build/release/orgbook"

echo "==> generating a $PAGES-page site in $WORK"
python3 "$HERE/generate_site.py" "$WORK" "$PAGES"
cp -R "$ROOT/Templates" "$WORK/Templates"

echo "==> starting orgbook serve on port $PORT"
(cd "$WORK" && exec "$ORGBOOK" serve --port "$PORT") > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  grep -q "^Serving" "$WORK/serve.log" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.1
done
grep "^Built\|^Serving" "$WORK/serve.log" || true

PAGE_FILE=$(find "$WORK/Content" -name 'page-*.md' | sort | sed -n 10p)
echo "==> edit-to-event: $EDITS edits of ${PAGE_FILE#$WORK/}"
python3 "$HERE/measure_events.py" "$PORT" "$PAGE_FILE" "$EDITS"

URL_PATH=$(cd "$WORK/Public" && find . -name index.html -path '*section-01*' | sort | sed -n 2p | sed 's|^\.||; s|index.html$||')
URL="http://127.0.0.1:$PORT${URL_PATH:-/}"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' "$URL")
echo "==> throughput: wrk -t2 -c50 -d10s $URL (status $STATUS)"
wrk -t2 -c50 -d10s --latency "$URL" | tee "$WORK/wrk.txt"
if grep -q "Non-2xx\|Socket errors" "$WORK/wrk.txt"; then
  echo "ERRORS under load" >&2
  exit 1
fi
echo "==> zero errors; $(grep 'Requests/sec' "$WORK/wrk.txt")"

echo "==> stopping with SIGINT"
kill -INT "$SERVER_PID"
wait "$SERVER_PID" && echo "clean exit" || echo "exit status $?"
SERVER_PID=""
