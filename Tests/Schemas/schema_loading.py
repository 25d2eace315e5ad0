"""Shared by the schema checks: reading the Orgbook JSON Schemas into one registry (they
refer to each other by file name) and reading YAML the way Orgbook does for these checks."""
import json
import os

import jsonschema
import referencing
import yaml


class OrgbookYAMLLoader(yaml.SafeLoader):
    """PyYAML's safe loader without the timestamp rule: Orgbook reads `date: 2026-03-12` as
    text (checked by the report reader), and so does the JSON Schema."""


OrgbookYAMLLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text):
    return yaml.load(text, Loader=OrgbookYAMLLoader)


def validators(folder):
    """kind → a Draft 2020-12 validator for every `KIND.schema.json` in `folder`, each
    checked to be a valid schema, resolving `$ref`s to the others by file name."""
    schemas = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".schema.json"):
            with open(os.path.join(folder, name)) as f:
                schemas[name[: -len(".schema.json")]] = json.load(f)
    registry = referencing.Registry().with_resources(
        (f"{kind}.schema.json", referencing.Resource.from_contents(schema)) for kind, schema in schemas.items()
    )
    result = {}
    for kind, schema in schemas.items():
        jsonschema.Draft202012Validator.check_schema(schema)
        result[kind] = jsonschema.Draft202012Validator(schema, registry=registry)
    return result
