"""The schemas as the LLM sees them: described, bounded, nullable, spec enums only."""

from __future__ import annotations

from typing import Any

import pytest

from apptypes.base import flatten, schema_keys
from apptypes.registry import all_types, get_type
from extractors.field_kinds import field_kinds
from extractors.structured_call import json_schema_of
from extractors.values import normalize_value

TYPES = sorted(all_types())


def test_registry_finds_all_four_types() -> None:
    assert set(TYPES) >= {"wohnsitzanmeldung", "geburtsurkunde", "wunschkennzeichen",
                          "bewohnerparkausweis"}


def _leaves(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    defs = schema.get("$defs", {})
    found: list[tuple[str, dict[str, Any]]] = []

    def walk(props: dict[str, Any], prefix: str) -> None:
        for name, prop in props.items():
            refs = [p["$ref"] for p in prop.get("anyOf", []) if "$ref" in p]
            if refs:
                walk(defs[refs[0].split("/")[-1]]["properties"], f"{prefix}{name}.")
            else:
                found.append((f"{prefix}{name}", prop))

    walk(schema["properties"], "")
    return found


@pytest.mark.parametrize("key", TYPES)
def test_every_leaf_is_described_nullable_and_bounded(key: str) -> None:
    app_type = get_type(key)
    leaves = _leaves(app_type.schema.model_json_schema())
    assert [k for k, _ in leaves] == schema_keys(app_type.schema)
    for name, prop in leaves:
        assert prop.get("description"), name
        assert prop.get("default", "missing") is None, name
        variants = prop.get("anyOf", [prop])
        assert {"type": "null"} in variants, name
        for variant in variants:
            if variant.get("type") == "string" and "enum" not in variant:
                assert "maxLength" in variant or "pattern" in variant, name


@pytest.mark.parametrize("key", TYPES)
def test_absent_values_validate_as_null(key: str) -> None:
    empty = get_type(key).schema.model_validate({})
    assert all(v is None for v in flatten(empty.model_dump()).values())


def test_dates_are_copied_as_written_and_stored_as_iso() -> None:
    """The model copies "3.2.2026"; the worker, not the model, reads it day first."""
    schema = get_type("wohnsitzanmeldung").schema
    kind = field_kinds(schema)["einzugsdatum"]
    assert kind.kind == "date"
    assert normalize_value("3.2.2026", kind) == "2026-02-03"
    shown = json_schema_of(schema)["properties"]["einzugsdatum"]
    assert "pattern" not in shown and "x-kind" not in shown
    assert "wie im Dokument geschrieben" in shown["description"]


def test_enums_accept_only_spec_values() -> None:
    schema = get_type("wohnsitzanmeldung").schema
    assert schema.model_validate({"geschlecht": "maennlich"})
    with pytest.raises(ValueError):
        schema.model_validate({"geschlecht": "männlich"})


@pytest.mark.parametrize("key", TYPES)
def test_prompt_is_short_and_has_no_placeholders(key: str) -> None:
    prompt = get_type(key).prompt
    assert 0 < len(prompt) < 2000
    assert "{" not in prompt and "$" not in prompt
