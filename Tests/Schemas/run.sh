#!/usr/bin/env bash
# Validates data against the JSON Schemas with PyPI's jsonschema (installed when missing):
# every YAML data file under Content/ and in both starters `orgbook new` writes, against the
# schemas `orgbook schema -o` writes; then the schemas' own checks (README examples,
# OrgModel fixtures, known-good and known-bad documents).
#
#   ORGBOOK=.build/debug/orgbook bash Tests/Schemas/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
ORGBOOK=${ORGBOOK:-.build/debug/orgbook}
PYTHON=${PYTHON:-python3}
ORGBOOK=$(cd "$(dirname "$ORGBOOK")" && pwd)/$(basename "$ORGBOOK")

if ! "$PYTHON" -c "import jsonschema, referencing, yaml" 2>/dev/null; then
  echo "==> installing jsonschema and PyYAML"
  "$PYTHON" -m pip install --quiet --disable-pip-version-check jsonschema pyyaml 2>/dev/null \
    || "$PYTHON" -m pip install --quiet --disable-pip-version-check --user --break-system-packages jsonschema pyyaml
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$ORGBOOK" schema -o "$work/schemas" >/dev/null
(cd "$work" && "$ORGBOOK" new starter >/dev/null && "$ORGBOOK" new --bare bare >/dev/null)

"$PYTHON" Tests/Schemas/validate_data_files.py "$work/schemas" . "$work/starter" "$work/bare"
"$PYTHON" Sources/OrgModel/Schemas/check-schemas.py
