"""``types check`` passes on the repository and names the problems it is built to find."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from apptypes.base import Rule, schema_keys
from apptypes.check import check_one, check_tests, check_types, check_unique_codes, repo_root
from apptypes.check_spec import compare_with_spec
from apptypes.registry import all_types, get_type
from apptypes.spec_document import expand_keys, parse_spec

SPEC_EXCERPT = """
## `wunschkennzeichen` — plates

| key | type | req | meaning |
|---|---|---|---|
| halter.familienname | str | req | keeper |
| halter.vornamen | str | req | |
| halter.anschrift.strasse / .hausnummer / .plz / .ort | str | req | |
| kennzeichen | str | req | plate |
| fahrzeugart | enum `pkw`, `motorrad`, `lkw` | | |

Rules:
- `K1_bezirk`: district.
- `K9_neu`: a rule the type lacks.

| zone | streets |
|---|---|
| B1 | Kortumstraße |
"""


def test_check_passes_on_the_repository() -> None:
    errors = [p for p in check_types() if p.severity == "error"]
    assert errors == []


def test_spec_document_is_compared_when_present() -> None:
    spec = repo_root().parent / "shared" / "spec" / "application-types.md"
    if not spec.is_file():
        return
    wrong = replace(get_type("geburtsurkunde"), required=("anzahl",))
    problems = compare_with_spec(parse_spec(spec.read_text(encoding="utf-8")), [wrong])
    assert any("'person.vornamen' as required" in p.message for p in problems)


def test_spec_parsing_expands_addresses_and_ignores_other_tables() -> None:
    spec = parse_spec(SPEC_EXCERPT)["wunschkennzeichen"]
    assert "halter.anschrift.ort" in spec.fields and "B1" not in spec.fields
    assert spec.fields["fahrzeugart"].enum == ("pkw", "motorrad", "lkw")
    assert spec.rules == ["K1_bezirk", "K9_neu"]
    assert expand_keys("a.b.strasse / .plz") == ["a.b.strasse", "a.b.plz"]


def test_spec_differences_are_reported() -> None:
    messages = [p.message for p in compare_with_spec(parse_spec(SPEC_EXCERPT),
                                                     [get_type("wunschkennzeichen")])]
    assert "'fahrzeugart' must allow exactly pkw, motorrad, lkw" in messages
    assert "spec rule K9_neu is not implemented in rules.py" in messages
    assert not any("halter.anschrift" in m for m in messages)


def test_missing_required_key_and_empty_prompt_are_errors() -> None:
    broken = replace(get_type("geburtsurkunde"), required=("gibt_es_nicht",), prompt=" \n")
    messages = [p.message for p in check_one(broken, None)]
    assert "required field 'gibt_es_nicht' is not in schema.py" in messages
    assert any("prompt.md is empty" in m for m in messages)


def test_auxiliary_keys_are_schema_keys_outside_the_spec() -> None:
    app_type = get_type("wohnsitzanmeldung")
    aux = set(app_type.auxiliary_keys)
    assert "wohnungsgeber.eingezogene_personen" in aux
    assert aux.isdisjoint(app_type.spec_keys) and aux.isdisjoint(app_type.required)
    assert aux | set(app_type.spec_keys) == set(schema_keys(app_type.schema))
    assert [p for p in check_one(app_type, None) if p.severity == "error"] == []


def test_wrong_auxiliary_keys_are_errors() -> None:
    t = get_type("wohnsitzanmeldung")
    messages = [p.message for p in check_one(replace(
        t, auxiliary_keys=(*t.auxiliary_keys, "gibt_es_nicht", "familienname"),
        required=(*t.required, "wohnungsgeber.wohnung_plz")), None)]
    assert any(m.startswith("auxiliary key 'gibt_es_nicht' (auxiliary_keys in definition.py) "
                            "is not in schema.py") for m in messages)
    assert any(m.startswith("'familienname' is both a spec key and an auxiliary key")
               for m in messages)
    assert any(m.startswith("auxiliary key 'wohnungsgeber.wohnung_plz' cannot be required")
               for m in messages)


def test_spec_comparison_accepts_only_declared_auxiliary_keys() -> None:
    spec = repo_root().parent / "shared" / "spec" / "application-types.md"
    if not spec.is_file():
        return
    t = get_type("wohnsitzanmeldung")
    parsed = {t.key: parse_spec(spec.read_text(encoding="utf-8"))[t.key]}
    assert compare_with_spec(parsed, [t]) == []
    undeclared = [p.message for p in compare_with_spec(parsed, [replace(t, auxiliary_keys=())])]
    assert ("schema.py has 'wohnungsgeber.wohnung_plz', which the spec does not list; if only "
            "the rules need it, name it in auxiliary_keys in definition.py") in undeclared
    in_spec = replace(t, auxiliary_keys=(*t.auxiliary_keys, "geburtsort"))
    assert ("the spec lists 'geburtsort', so it is a spec key: remove it from auxiliary_keys in "
            "definition.py") in [p.message for p in compare_with_spec(parsed, [in_spec])]


def test_duplicate_rule_codes_across_types_are_errors() -> None:
    a = get_type("geburtsurkunde")
    b = replace(get_type("wunschkennzeichen"),
                rules=(Rule("G3_anzahl", "x", lambda ctx: False),))
    assert [p.message for p in check_unique_codes([a, b])] == [
        "rule code G3_anzahl is used 2 times; codes must be unique across all types"]


def test_rule_without_test_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("# G1_nicht_bochum\n", encoding="utf-8")
    problems = check_tests(tmp_path, [get_type("geburtsurkunde")])
    assert sorted(p.message.split()[1] for p in problems) == ["G2_berechtigung", "G3_anzahl"]


def test_eval_cases_are_looked_up_in_expected_json(tmp_path: Path) -> None:
    case = tmp_path / "evals" / "suites" / "s1" / "cases" / "c1"
    case.mkdir(parents=True)
    (case / "expected.json").write_text('{"rules": ["G1_nicht_bochum", "G3_anzahl"]}')
    problems = check_types(root=tmp_path, spec_path=tmp_path / "none.md")
    uncovered = {p.message.split()[1] for p in problems
                 if p.type_key == "geburtsurkunde" and "evaluation case" in p.message}
    assert uncovered == {"G2_berechtigung"}
    assert all(p.severity == "warning" for p in problems if "evaluation" in p.message)


def test_no_suites_is_one_warning(tmp_path: Path) -> None:
    problems = check_types(root=tmp_path, spec_path=tmp_path / "none.md")
    evals = [p for p in problems if "evaluation" in p.message]
    assert len(evals) == 1 and evals[0].severity == "warning"


def test_registry_and_check_see_the_same_types() -> None:
    from apptypes.check import load_all_types

    loaded, problems = load_all_types()
    assert problems == []
    assert sorted(t.key for t, _ in loaded) == sorted(all_types())
