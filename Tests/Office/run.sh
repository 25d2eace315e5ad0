#!/usr/bin/env bash
# Office tests: exports both bundled reports to .pptx and .xlsx and a generated 400-unit
# chart to a split deck, and both reports again through a brand template (python-pptx's
# default, at 16:9, as .potx and .pptx); reads them back with python-pptx and openpyxl
# (check.py), checks that bad templates fail at their line with nothing written, opens
# each file with LibreOffice headless (converted to PDF) and renders the slides to PNG
# under .artifacts/office/. Installs what is missing first.
#
#   ORGBOOK=.build/debug/orgbook bash Tests/Office/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
started=$(date +%s)
OUT=${ARTIFACTS:-.artifacts}/office
ORGBOOK=${ORGBOOK:-.build/debug/orgbook}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
PYTHON=${PYTHON:-python3}

say() { printf '==> %s\n' "$*"; }

# --- what the tests need ---------------------------------------------------------------
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null \
   || ! fc-list 2>/dev/null | grep -i "Liberation Sans" >/dev/null; then
  say "installing libreoffice-impress, libreoffice-calc, poppler-utils, fonts-liberation"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-impress libreoffice-calc poppler-utils fonts-liberation >/dev/null
fi
if ! "$PYTHON" -c "import pptx, openpyxl, PIL" 2>/dev/null; then
  "$PYTHON" -m pip install --quiet --disable-pip-version-check python-pptx openpyxl pillow 2>/dev/null \
    || "$PYTHON" -m pip install --quiet --disable-pip-version-check --user --break-system-packages python-pptx openpyxl pillow
fi
[ -x "$ORGBOOK" ] || swift build --product orgbook

rm -rf "$OUT"; mkdir -p "$OUT"

# --- write the files ---------------------------------------------------------------------
"$PYTHON" - "$OUT/chart-400.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,name,parent,title,dotted\nu0,Group,,Chief executive,\n")
    for k in range(1, 400):
        f.write(f"u{k},Unit {k},u{(k - 1) // 6},Head of unit {k},{'u3' if k == 40 else ''}\n")
PY
"$ORGBOOK" render "$OUT/chart-400.csv" -o "$OUT/chart-400.pptx"
for client in harbourline-mutual fernhill-rowe; do
  "$ORGBOOK" export "Content/reports/$client" -o "$OUT/$client.pptx"
  "$ORGBOOK" export "Content/reports/$client" -o "$OUT/$client.xlsx"
done
# Same input, same bytes.
"$ORGBOOK" render "$OUT/chart-400.csv" -o "$OUT/again.pptx" >/dev/null
cmp "$OUT/chart-400.pptx" "$OUT/again.pptx" && rm "$OUT/again.pptx"

# --- a brand template: a copy of Content whose site brand names one ----------------------
mkdir -p "$OUT/template"
"$PYTHON" Tests/Office/make_template.py "$OUT/template"
branded="$OUT/template/Content"
cp -r Content "$branded"
cp "$OUT/template/template.potx" "$OUT/template/template.pptx" "$OUT/template/template-4x3.potx" "$branded/"
echo "not a zip" >"$branded/broken.potx"
cp "$branded/template.potx" "$branded/template.key"
use_template() { # NAME: the site brand's template
  "$PYTHON" - "$branded/site.yaml" "$1" <<'PY'
import re, sys
path, name = sys.argv[1], sys.argv[2]
text = re.sub(r"\n  template: .*", "", open(path).read())
open(path, "w").write(text.replace("\nbrand:\n", f"\nbrand:\n  template: {name}\n", 1))
PY
}
use_template template.potx
"$ORGBOOK" export "$branded/reports/fernhill-rowe" -o "$OUT/fernhill-rowe-template.pptx"
"$ORGBOOK" export "$branded/reports/fernhill-rowe" -o "$OUT/again.pptx" >/dev/null
cmp "$OUT/fernhill-rowe-template.pptx" "$OUT/again.pptx" && rm "$OUT/again.pptx"
use_template template.pptx
"$ORGBOOK" export "$branded/reports/harbourline-mutual" -o "$OUT/harbourline-mutual-template.pptx"
# Bad templates: an error at the template: line, a non-zero exit, nothing written.
for bad in missing.potx broken.potx template.key template-4x3.potx; do
  use_template "$bad"
  if "$ORGBOOK" export "$branded/reports/fernhill-rowe" -o "$OUT/bad.pptx" 2>"$OUT/bad.txt"; then
    echo "FAIL: template $bad was accepted"; exit 1
  fi
  grep -Eq "site\.yaml:[0-9]+:[0-9]+: error: .*template '$bad'" "$OUT/bad.txt" \
    || { echo "FAIL: template $bad: no error at its line:"; cat "$OUT/bad.txt"; exit 1; }
  [ ! -e "$OUT/bad.pptx" ] || { echo "FAIL: template $bad: a deck was written"; exit 1; }
done
rm "$OUT/bad.txt"

# --- read them back ------------------------------------------------------------------------
"$PYTHON" Tests/Office/check.py deck "$OUT/chart-400.pptx" "$OUT/chart-400.csv"
for client in harbourline-mutual fernhill-rowe; do
  "$PYTHON" Tests/Office/check.py report "$OUT/$client.pptx" "$OUT/$client.xlsx"
  "$PYTHON" Tests/Office/check.py template "$OUT/$client-template.pptx" "$OUT/$client.pptx" "Liberation Sans"
done

# --- open them with LibreOffice, slides to PNG -----------------------------------------------
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$OUT/workbooks"
for file in "$OUT"/*.pptx "$OUT"/*.xlsx; do
  # Workbooks go to their own folder: a deck and a workbook share the client's name.
  dir="$OUT"; case "$file" in *.xlsx) dir="$OUT/workbooks" ;; esac
  timeout 120 soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$dir" "$file" >/dev/null 2>&1 || true
  pdf="$dir/$(basename "${file%.*}").pdf"
  if [ ! -s "$pdf" ]; then echo "FAIL: LibreOffice could not open $file"; exit 1; fi
done
for client in harbourline-mutual fernhill-rowe chart-400 harbourline-mutual-template fernhill-rowe-template; do
  pages=$(pdfinfo "$OUT/$client.pdf" | awk '/^Pages:/ {print $2}')
  [ "$pages" -ge 5 ] || { echo "FAIL: $client.pdf has $pages pages"; exit 1; }
  pdftoppm -png -r 50 -f 1 -l 8 "$OUT/$client.pdf" "$OUT/$client-slide"
done
# The SVG logo as LibreOffice draws it (from the main blip) on the title slide.
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$OUT/harbourline-mutual.pdf" "$OUT/harbourline-mutual-title"
"$PYTHON" Tests/Office/check.py logo "$OUT/harbourline-mutual-title.png"
say "office tests passed in $(( $(date +%s) - started )) s; slides in $OUT"
