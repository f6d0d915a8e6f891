"""`antragswerk types list` names every registered type with its version and registered forms."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from activities.type_version import type_version
from apptypes.cli import app
from apptypes.registry import all_types


@pytest.mark.parametrize("width", ["60", "200"])  # the plain list and the table
def test_every_type_is_listed_with_version_threshold_and_forms(
        width: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", width)
    result = CliRunner().invoke(app, ["list"])
    assert result.exit_code == 0, result.output
    assert "…" not in result.output
    for key, app_type in all_types().items():
        assert key in result.output and app_type.title in result.output
        assert type_version(app_type) in result.output
        assert f"{app_type.config.confidence_threshold:.3f}" in result.output
    assert "anmeldung-ab" in result.output and "anmeldung-tsb" in result.output
