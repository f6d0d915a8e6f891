"""``LlamaServer``: runs llama-server on 127.0.0.1, waits for health, restarts it if it dies.

Async because the stack command runs on asyncio::

    server = LlamaServer(settings, binary=ensure_llama_server(settings),
                         model=ensure_model(settings))
    await server.start()          # returns once /health answers 200
    ...  # use server.base_url with any OpenAI client
    await server.stop()

The child gets SIGTERM when the thread that started it dies (``PR_SET_PDEATHSIG``), so a
crashed or killed parent leaves no server behind; ``stop()`` is the orderly way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import subprocess
import time
from pathlib import Path

import httpx

from config.settings import Settings
from localllm.errors import LlamaServerStartError, log_tail
from localllm.server_command import llama_server_args, llama_server_env
from stack.child_process import spawn
from stack.child_process import stop as stop_process

log = logging.getLogger(__name__)

STARTUP_TIMEOUT_SECONDS = 180.0
_POLL_SECONDS = 0.25
_BACKOFF_FIRST, _BACKOFF_MAX = 1.0, 30.0
# A process that ran this long before dying counts as healthy: the backoff starts over.
_STABLE_SECONDS = 60.0


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As llama-server binds: connections of a stopped server left in TIME_WAIT (a minute)
        # do not keep a new one from listening, only a listening socket does.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


# A llama-server of the previous command may still be shutting down (it frees its port a few
# seconds after SIGTERM): wait that long before calling the port taken.
PORT_RELEASE_SECONDS = 30.0


async def _port_freed(port: int, within: float = PORT_RELEASE_SECONDS) -> bool:
    deadline = time.monotonic() + within
    while not _port_is_free(port):
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(0.5)
    return True


class LlamaServer:
    def __init__(
        self,
        settings: Settings,
        *,
        binary: Path,
        model: Path,
        port: int | None = None,
        log_file: Path | None = None,
        startup_timeout: float = STARTUP_TIMEOUT_SECONDS,
        threads: int | None = None,
    ) -> None:
        self.port = port or settings.llm_port
        self.log_file = log_file or settings.state_dir / "logs" / "llama-server.log"
        self.startup_timeout = startup_timeout
        self.restarts = 0
        self._args = llama_server_args(settings, binary, model, self.port, threads)
        self._env = llama_server_env(settings)
        self._proc: subprocess.Popen[bytes] | None = None
        self._started_at = 0.0
        self._supervisor: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible API root, e.g. for ``ChatOpenAI(base_url=...)``."""
        return f"{self.root_url}/v1"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    @property
    def args(self) -> list[str]:
        return list(self._args)

    async def start(self) -> None:
        if self._supervisor is not None:
            return
        if not await _port_freed(self.port):
            raise LlamaServerStartError(
                f"Port {self.port} on 127.0.0.1 is already in use; set ANTRAGSWERK_LLM_PORT to a "
                "free port (or ANTRAGSWERK_LLM_BASE_URL to use a server that is already running)."
            )
        self._stopping = False
        await self._launch()
        self._supervisor = asyncio.create_task(self._supervise(), name="llama-server-supervisor")

    async def stop(self) -> None:
        self._stopping = True
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        await self._terminate()

    async def wait_healthy(self, timeout: float | None = None) -> None:
        """Poll ``/health`` until 200; fails early with the log tail if the process exits."""
        deadline = time.monotonic() + (timeout or self.startup_timeout)
        async with httpx.AsyncClient(timeout=2.0) as client:
            while True:
                proc = self._proc
                if proc is None or proc.poll() is not None:
                    code = None if proc is None else proc.returncode
                    raise self._start_error(f"llama-server exited with code {code}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get(f"{self.root_url}/health")).status_code == 200:
                        return
                if time.monotonic() > deadline:
                    raise self._start_error(
                        f"llama-server did not become healthy within {self.startup_timeout:.0f} s"
                    )
                await asyncio.sleep(_POLL_SECONDS)

    def _start_error(self, reason: str) -> LlamaServerStartError:
        return LlamaServerStartError(
            f"{reason}. Log: {self.log_file}\nLast lines:\n{log_tail(self.log_file)}"
        )

    async def _launch(self) -> None:
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("a") as f:
            f.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} starting: "
                    f"{' '.join(self._args)}\n")
        self._proc = spawn(self._args, self.log_file, env=self._env)
        self._started_at = time.monotonic()
        try:
            await self.wait_healthy()
        except BaseException:
            await self._terminate()
            raise
        log.info("llama-server ready on %s (pid %s)", self.base_url, self._proc.pid)

    async def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            await asyncio.to_thread(stop_process, proc)

    async def _supervise(self) -> None:
        backoff = _BACKOFF_FIRST
        while not self._stopping:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                await asyncio.sleep(_POLL_SECONDS)
                continue
            if time.monotonic() - self._started_at > _STABLE_SECONDS:
                backoff = _BACKOFF_FIRST
            code = None if proc is None else proc.returncode
            log.warning("llama-server exited (code %s); restarting in %.0f s", code, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, _BACKOFF_MAX)
            try:
                await self._launch()
            except LlamaServerStartError as exc:
                log.error("restarting llama-server failed: %s", exc)
                continue
            self.restarts += 1
