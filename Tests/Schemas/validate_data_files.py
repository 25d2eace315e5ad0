#!/usr/bin/env python3
"""Validates every YAML data file of the sites given (folders holding Content/) against its
JSON Schema with the real `jsonschema` validator. The schema of a file is the one its
`# yaml-language-server: $schema=…` line names, else `site` for site.yaml, else its `kind:`.
A file none of these names fails: every bundled data file must be covered.

    validate_data_files.py SCHEMAS_DIR SITE…"""
import os
import re
import sys

from schema_loading import load_yaml, validators as load_validators

SCHEMA_LINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)", re.M)


def schema_kind(path, text, document):
    named = SCHEMA_LINE.search(text)
    if named:
        target = os.path.normpath(os.path.join(os.path.dirname(path), named.group(1)))
        if not os.path.exists(target):
            return None, f"its $schema line names {named.group(1)}, which does not exist"
        return os.path.basename(target)[: -len(".schema.json")], None
    if os.path.basename(path) == "site.yaml":
        return "site", None
    if isinstance(document, dict) and isinstance(document.get("kind"), str):
        return document["kind"], None
    return None, "no $schema line, no kind: and not site.yaml — add `# yaml-language-server: $schema=…`"


def main():
    schemas, sites = sys.argv[1], sys.argv[2:]
    validators = load_validators(schemas)
    failures, count = [], 0
    for site in sites:
        for folder, subfolders, names in os.walk(os.path.join(site, "Content")):
            subfolders.sort()
            for name in sorted(n for n in names if n.endswith((".yaml", ".yml"))):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                document = load_yaml(text)
                kind, problem = schema_kind(path, text, document)
                if kind is not None and kind not in validators:
                    problem = f"no schema for kind '{kind}'"
                if problem:
                    failures.append(f"{path}: error: {problem}")
                    continue
                count += 1
                for error in validators[kind].iter_errors(document):
                    failures.append(f"{path}: error: {error.json_path}: {error.message} (schema {kind})")
    for failure in failures:
        print(failure)
    print(f"{count} data files checked against {len(validators)} schemas: " + ("FAILED" if failures else "ok"))
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
