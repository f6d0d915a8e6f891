from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from evals.dataset import DatasetError, load_dataset
from tests.evals.builders import expected, write_case

REALFORMS = Path("/work/shared/datasets/realforms-v1")
W = "wohnsitzanmeldung"


@pytest.mark.skipif(not REALFORMS.is_dir(), reason="shared dataset not mounted")
def test_loads_realforms() -> None:
    ds = load_dataset(REALFORMS)
    assert (ds.name, ds.version) == ("realforms-v1", "1.0")
    assert len(ds.cases) == 12
    assert sorted(c.case_id for c in ds.cases if c.application_type is None) == [
        "rf03-acroform", "rf07-flat", "rf10-scan"]
    first = ds.case("rf01-acroform")
    assert first.submitted_at == date(2026, 3, 6)
    assert [p.name for p in first.documents] == ["anmeldung.pdf", "wohnungsgeberbestaetigung.pdf"]
    assert all(p.is_file() for c in ds.cases for p in c.documents)
    assert first.expected.fields["staatsangehoerigkeiten"] == ["deutsch"]
    assert first.expected.fields["wohnungsgeber.ist_eigentuemer"] is False
    assert {c.expected.route for c in ds.cases} == {"auto_approve", "clerk_review"}


def test_minimal_dataset_without_dataset_json(tmp_path: Path) -> None:
    write_case(tmp_path, "k1", expected=expected(W, "auto_approve", {"familienname": "X"}),
               documents=("a.pdf", "b.JPG"))
    ds = load_dataset(tmp_path)
    assert ds.name == tmp_path.name and ds.version is None
    assert ds.cases[0].application_type is None


def _problems(root: Path) -> list[str]:
    with pytest.raises(DatasetError) as info:
        load_dataset(root)
    return info.value.problems


def test_broken_dataset_reports_every_problem(tmp_path: Path) -> None:
    ok = expected(W, "auto_approve", {})
    write_case(tmp_path, "no-docs", expected=ok, documents=())
    write_case(tmp_path, "six-docs", expected=ok, documents=tuple(f"d{i}.pdf" for i in range(6)))
    write_case(tmp_path, "unknown-key", expected=ok, extra_case_keys={"prioritaet": 1})
    write_case(tmp_path, "missing-file", expected=ok, create_documents=False)
    write_case(tmp_path, "bad-suffix", expected=ok, documents=("antrag.docx",))
    write_case(tmp_path, "bad-expected", expected={**ok, "route": "vielleicht", "notiz": "x"})
    write_case(tmp_path, "bad-key", expected=expected(W, "auto_approve", {"Neue Wohnung": "x"}))
    no_case_json = write_case(tmp_path, "no-case-json", expected=ok)
    (no_case_json / "case.json").unlink()
    broken_json = write_case(tmp_path, "broken-json", expected=ok)
    (broken_json / "expected.json").write_text("{", encoding="utf-8")
    problems = "\n".join(_problems(tmp_path))
    for needle in ("no-docs/case.json: 'documents' muss 1 bis 5 Dateien nennen, nennt 0",
                   "six-docs/case.json: 'documents' muss 1 bis 5 Dateien nennen, nennt 6",
                   "unknown-key/case.json: unbekannter Schlüssel 'prioritaet'",
                   "missing-file/case.json: Dokument 'antrag.txt' fehlt",
                   "bad-suffix/case.json: Dateityp von 'antrag.docx'",
                   "bad-expected/expected.json: route:",
                   "bad-expected/expected.json: unbekannter Schlüssel 'notiz'",
                   "bad-key/expected.json: Feldschlüssel 'Neue Wohnung'",
                   "no-case-json/case.json: Datei fehlt",
                   "broken-json/expected.json: kein gültiges JSON"):
        assert needle in problems
    assert "vielleicht" not in problems  # values may be personal data: never echoed


def test_wrong_value_type_does_not_echo_value(tmp_path: Path) -> None:
    write_case(tmp_path, "k", expected=expected(W, "auto_approve",
                                                {"familienname": {"geheim": "Kowalski"}}))
    problems = "\n".join(_problems(tmp_path))
    assert "familienname" in problems and "Kowalski" not in problems


def test_not_a_dataset(tmp_path: Path) -> None:
    assert _problems(tmp_path / "fehlt") == ["Verzeichnis existiert nicht"]
    assert _problems(tmp_path) == ["Unterverzeichnis 'cases/' fehlt"]
    (tmp_path / "cases").mkdir()
    assert _problems(tmp_path) == ["'cases/' enthält keinen Fall"]
    (tmp_path / "dataset.json").write_text(json.dumps({"name": "x", "autor": "y"}), "utf-8")
    assert "dataset.json: unbekannter Schlüssel 'autor'" in _problems(tmp_path)
