"""``antragswerk submit`` and the drop-folder watcher wait for Temporal instead of crashing.

A real dev server on a port of its own is started late, or stopped and started again.
"""

from __future__ import annotations

import asyncio
import io
import socket
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from temporalio.testing import WorkflowEnvironment

from config.settings import Settings
from intake.drop_folder import DONE_DIR, watch_folder
from orchestration.client import data_converter
from stack.binaries import temporal_cli
from stack.submit_cli import submit_files
from tests.pipeline.helpers import plate_letter


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _server(settings: Settings, port: int) -> WorkflowEnvironment:
    return await WorkflowEnvironment.start_local(
        port=port,
        dev_server_existing_path=str(temporal_cli()),
        data_converter=data_converter(settings),
    )


async def _until(check: Callable[[], bool], timeout: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.2)


async def test_submit_waits_for_temporal_and_says_so_in_one_line(
    settings: Settings, tmp_path: Path
) -> None:
    port = _free_port()
    own = settings.model_copy(update={"temporal_port": port})
    letter = tmp_path / "antrag.txt"
    letter.write_bytes(plate_letter("Spaetstart", "BO-SP 3"))
    out = io.StringIO()
    task = asyncio.create_task(
        submit_files(own, [letter], None, wait=False, console=Console(file=out, width=300))
    )
    await asyncio.sleep(3)
    # Before: the command had already died with "RuntimeError: Failed client connect".
    assert not task.done(), task.exception() if task.done() else None
    env = await _server(own, port)
    try:
        await asyncio.wait_for(task, timeout=60)
    finally:
        await env.shutdown()
    lines = out.getvalue().splitlines()
    assert any(line.startswith("Temporal nicht erreichbar") for line in lines), lines
    assert "Traceback" not in out.getvalue()
    assert lines[-1].startswith("Fall case-")


async def test_watcher_survives_a_temporal_restart(settings: Settings, tmp_path: Path) -> None:
    port = _free_port()
    own = settings.model_copy(update={"temporal_port": port})
    folder = tmp_path / "eingang"
    out = io.StringIO()
    env = await _server(own, port)
    task = asyncio.create_task(
        watch_folder(own, folder, None, console=Console(file=out, width=300), poll_seconds=0.2)
    )
    try:
        await _until(lambda: "Überwache" in out.getvalue(), 30)
        await env.shutdown()
        (folder / "antrag.txt").write_bytes(plate_letter("Neustart", "BO-NS 4"))
        await _until(lambda: "nicht erreichbar" in out.getvalue() or task.done(), 30)
        # Before: the watcher ended with an RPCError traceback here.
        assert not task.done(), task.exception() if task.done() else None
        env = await _server(own, port)
        await _until(lambda: (folder / DONE_DIR / "antrag.txt").exists(), 60)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await env.shutdown()
