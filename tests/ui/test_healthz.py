"""`GET /healthz` and `antragswerk status` against the real parts: a real Temporal dev server and
worker, the scripted model endpoint, real SQLite/PostgreSQL; and with each part missing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rich.console import Console
from sqlalchemy import make_url, text
from temporalio.client import Client

from config.settings import Settings
from orchestration.client import data_converter
from stack.status_cli import print_status
from storage.database import engine_for, new_engine
from storage.schema import head_revision
from tests.ui.conftest import unused_port
from ui.app import create_app


def _app_settings(settings: Settings, tmp_path: Path, db_url: str, **changes: object) -> Settings:
    return settings.model_copy(update={"state_dir": tmp_path, "database_url": db_url, **changes})


def _healthz(settings: Settings, client: Client | None) -> tuple[int, dict[str, object]]:
    async def connect(s: Settings) -> Client:
        if client is None:
            raise RuntimeError("Temporal is down")
        target = client.service_client.config.target_host
        return await Client.connect(target, namespace=client.namespace,
                                    data_converter=data_converter(s))

    with TestClient(create_app(settings, temporal_client_factory=connect)) as http:
        response = http.get("/healthz")
    return response.status_code, response.json()


def test_everything_up_is_200(client: Client, settings: Settings, tmp_path: Path,
                              db_url: str) -> None:
    status, body = _healthz(_app_settings(settings, tmp_path, db_url), client)
    assert status == 200, body
    assert body["status"] == "ok"
    checks = body["checks"]
    assert isinstance(checks, dict)
    assert {name: c["ok"] for name, c in checks.items()} == {
        "ui": True, "temporal": True, "model": True, "database": True}
    assert head_revision() in checks["database"]["detail"]
    assert "127.0.0.1" not in str(body)  # no address for anonymous callers


def test_an_outdated_schema_is_503(client: Client, settings: Settings, tmp_path: Path,
                                   db_url: str) -> None:
    app_settings = _app_settings(settings, tmp_path, db_url)
    engine_for(db_url)
    with new_engine(db_url).begin() as db:  # as if a newer release's migration had not run
        db.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    status, body = _healthz(app_settings, client)
    assert status == 503
    assert body["checks"]["database"] == {  # type: ignore[index]
        "ok": False, "detail": f"{make_url(db_url).get_backend_name()}, schema 0001, expected "
                               f"{head_revision()}: run `antragswerk db upgrade`"}


@pytest.mark.parametrize("missing", ["temporal", "model"])
def test_a_missing_part_is_503_and_named(missing: str, client: Client, settings: Settings,
                                         tmp_path: Path, db_url: str) -> None:
    changes = {"llm_base_url": f"http://127.0.0.1:{unused_port()}/v1"} if missing == "model" \
        else {}
    status, body = _healthz(_app_settings(settings, tmp_path, db_url, **changes),
                            None if missing == "temporal" else client)
    assert status == 503
    checks = body["checks"]
    assert isinstance(checks, dict)
    assert [name for name, c in checks.items() if not c["ok"]] == [missing]


@pytest.mark.usefixtures("worker")
async def test_status_prints_checks_and_each_queue_with_its_pollers(
        client: Client, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    # status connects as every antragswerk command does: TEMPORAL_ADDRESS (the test server's)
    monkeypatch.setenv("TEMPORAL_ADDRESS", client.service_client.config.target_host)
    engine_for(settings.db_url)  # the schema the worker's first connect brings to head
    out = io.StringIO()
    healthy = await print_status(settings, Console(file=out, width=120))
    text = out.getvalue()
    assert healthy, text
    for queue in (settings.task_queue, f"{settings.task_queue}-ocr",
                  f"{settings.task_queue}-llm"):
        line = next(line for line in text.splitlines() if f" {queue} " in line)
        backlog, pollers = (int(v) for v in line.strip(" │").split("│")[-2:])
        assert backlog >= 0 and pollers >= 1, line
