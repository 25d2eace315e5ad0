#!/usr/bin/env python3
"""Checks the JSON Schemas in this folder (needs PyPI's jsonschema and PyYAML):
each is a valid draft 2020-12 schema, every YAML example in README.md and every YAML
fixture of the OrgModel tests validates against the schema of its `kind`, and a few
known-bad documents are rejected. Run from anywhere: python3 check-schemas.py"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Schemas"))
from schema_loading import load_yaml, validators as load_validators  # noqa: E402


def main():
    validators = load_validators(HERE)
    failures = []

    def check(name, document, expect_valid=True):
        kind = document.get("kind") if isinstance(document, dict) else None
        if kind not in validators:
            failures.append(f"{name}: no known kind")
            return
        errors = list(validators[kind].iter_errors(document))
        if expect_valid and errors:
            failures.extend(f"{name}: {e.json_path}: {e.message}" for e in errors)
        if not expect_valid and not errors:
            failures.append(f"{name}: should have been rejected")

    with open(os.path.join(ROOT, "README.md")) as f:
        readme = f.read()
    examples = [block for block in re.findall(r"```yaml\n(.*?)```", readme, re.S) if re.search(r"^kind:", block, re.M)]
    for index, block in enumerate(examples, 1):
        check(f"README.md example {index}", load_yaml(block))
    fixtures = sorted(glob.glob(os.path.join(ROOT, "Tests", "OrgModelTests", "Fixtures", "**", "*.yaml"), recursive=True))
    for path in fixtures:
        with open(path) as f:
            check(os.path.relpath(path, ROOT), load_yaml(f.read()))

    good = {
        "measures and settings": {"kind": "orgchart", "currency": "EUR", "show": ["headcount", "cost"],
                                  "measures": [{"key": "contractors", "label": "Contractors"}],
                                  "targets": {"span": {"min": 4, "max": 12}, "layers": {"max": 7}},
                                  "units": [{"id": "a", "name": "A", "headcount": 12, "cost": "1,240.50", "contractors": 3}]},
        "people": {"kind": "orgchart", "private": ["cost", "name"],
                   "people": [{"id": 1, "name": "Ana", "fte": "80%"}, {"id": 2, "manager": 1, "vacant": True}]},
        "export": {"kind": "orgchart", "source": "export.xlsx", "sheet": "People", "preset": "bamboohr",
                   "columns": {"name": ["First Name", "Last Name"], "cost": "Pay"}, "group-by": "unit", "color-by": "Location"},
        "diff of exports": {"kind": "org-diff", "before": {"source": "a.csv", "preset": "workday", "group-by": "unit"},
                            "after": {"source": "b.csv", "preset": "workday", "group-by": "unit"}},
        "bound RACI matrix": {"kind": "ownership-matrix", "legend": "raci", "org": "target.yaml",
                              "columns": [{"id": "coe", "name": "CoE", "unit": "cx_coe", "limits": {"A": 3}}],
                              "rules": {"accountable": "error", "consulted": "off"}, "limits": {"A": 8}, "max-consulted": 4,
                              "rows": [{"task": "T", "cells": {"coe": ["A", "R"]}}]},
        "columns from a chart": {"kind": "ownership-matrix", "legend": "raci", "columns": {"from": "target.yaml", "branch": "cco"},
                                 "rules": "warning", "rows": []},
    }
    for name, document in good.items():
        check(f"good: {name}", document)

    bad = {
        "negative headcount": {"kind": "orgchart", "units": [{"id": "a", "name": "A", "headcount": -1}]},
        "unknown preset": {"kind": "orgchart", "source": "x.csv", "preset": "sap"},
        "source of another type": {"kind": "orgchart", "source": "x.xls"},
        "unit without name": {"kind": "orgchart", "units": [{"id": "a"}]},
        "misspelt key": {"kind": "orgchart", "units": [{"id": "a", "name": "A", "parnet": "b"}]},
        "question and outcome": {"kind": "decision-tree", "question": "Q?", "outcome": "X", "answers": []},
        "answer without label": {"kind": "decision-tree", "question": "Q?", "answers": [{"outcome": "X"}]},
        "unknown legend": {"kind": "ownership-matrix", "legend": "rasci", "columns": [], "rows": []},
        "limit not positive": {"kind": "ownership-matrix", "legend": "raci", "columns": [], "rows": [], "limits": {"A": 0}},
        "unknown rule level": {"kind": "ownership-matrix", "legend": "raci", "columns": [], "rows": [], "rules": "loud"},
        "columns from nothing": {"kind": "ownership-matrix", "legend": "raci", "columns": {"layer": 2}, "rows": []},
        "diff side of another type": {"kind": "org-diff", "before": "before.txt", "after": "after.csv"},
    }
    for name, document in bad.items():
        check(f"bad: {name}", document, expect_valid=False)

    for failure in failures:
        print(failure)
    print(f"{len(examples)} README examples, {len(fixtures)} fixtures, {len(good)} good and {len(bad)} bad documents: "
          + ("FAILED" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
