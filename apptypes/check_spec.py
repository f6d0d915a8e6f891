"""Comparing the registered types with the process owners' spec document."""

from __future__ import annotations

from apptypes.base import ApplicationType, schema_keys
from apptypes.problems import Problem
from apptypes.schema_facts import schema_enums
from apptypes.spec_document import SpecType


def compare_with_spec(spec: dict[str, SpecType],
                      types: list[ApplicationType]) -> list[Problem]:
    by_key = {t.key: t for t in types}
    problems = [Problem(key, "the spec describes this type, but there is no apptypes package "
                             "for it") for key in spec if key not in by_key]
    for key, spec_type in spec.items():
        if key in by_key:
            problems += _compare_type(spec_type, by_key[key])
    return problems


def _compare_type(spec: SpecType, t: ApplicationType) -> list[Problem]:
    keys = set(schema_keys(t.schema)) | {c.key for c in t.composed}
    enums = schema_enums(t.schema)
    problems = [Problem(t.key, f"spec field '{k}' is missing in schema.py")
                for k in spec.fields if k not in keys]
    auxiliary = set(t.auxiliary_keys)
    problems += [Problem(t.key, f"schema.py has '{k}', which the spec does not list; if only the "
                                "rules need it, name it in auxiliary_keys in definition.py")
                 for k in sorted(keys - set(spec.fields) - auxiliary)]
    problems += [Problem(t.key, f"the spec lists '{k}', so it is a spec key: remove it from "
                                "auxiliary_keys in definition.py")
                 for k in sorted(auxiliary & set(spec.fields))]
    for k, spec_field in spec.fields.items():
        if k in keys and spec_field.required != (k in t.required):
            state = "required" if spec_field.required else "optional"
            problems.append(Problem(t.key, f"the spec marks '{k}' as {state}; fix 'required' "
                                           "in definition.py"))
        if spec_field.enum and enums.get(k) != spec_field.enum:
            problems.append(Problem(t.key, f"'{k}' must allow exactly "
                                           f"{', '.join(spec_field.enum)}"))
    codes = [r.code for r in t.rules]
    problems += [Problem(t.key, f"spec rule {c} is not implemented in rules.py")
                 for c in spec.rules if c not in codes]
    problems += [Problem(t.key, f"rule {c} is not in the spec (add it there too)", "warning")
                 for c in codes if c not in spec.rules]
    return problems
