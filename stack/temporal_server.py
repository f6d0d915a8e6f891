"""The embedded Temporal dev server (persistent SQLite in WAL mode under the state dir)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
from dataclasses import dataclass, field

from config.settings import Settings
from stack.binaries import temporal_cli
from stack.child_process import spawn, stop


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.3)
        return s.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class TemporalDevServer:
    settings: Settings
    proc: subprocess.Popen[bytes] | None = field(default=None, init=False)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.settings.temporal_port}"

    @property
    def ui_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.temporal_ui_port}"

    async def start(self, timeout: float = 60.0) -> None:
        s = self.settings
        if _port_open(s.temporal_port):
            raise RuntimeError(
                f"Port {s.temporal_port} is in use: another Temporal server runs there. Stop it, "
                "or set TEMPORAL_ADDRESS to use it, or ANTRAGSWERK_TEMPORAL_PORT for another port."
            )
        s.state_dir.mkdir(parents=True, exist_ok=True)
        self.proc = spawn(
            [
                str(temporal_cli()),
                "server",
                "start-dev",
                "--db-filename",
                str(s.state_dir / "temporal.sqlite"),
                "--ip",
                "127.0.0.1",
                "--port",
                str(s.temporal_port),
                "--ui-port",
                str(s.temporal_ui_port),
                "--ui-disable-news-fetch",
                "--sqlite-pragma",
                "journal_mode=wal",
                "--sqlite-pragma",
                "synchronous=normal",
                "--log-level",
                "warn",
            ],
            s.state_dir / "logs" / "temporal.log",
        )
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not _port_open(s.temporal_port):
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"Temporal dev server exited; see {s.state_dir}/logs/temporal.log"
                )
            if loop.time() > deadline:
                raise TimeoutError("Temporal dev server did not start in time")
            await asyncio.sleep(0.3)

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)
