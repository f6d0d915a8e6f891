"""A real PostgreSQL server for the tests: Debian's binaries, a temporary directory, loopback.

``initdb`` refuses to run as root (CI runs as root), so as root the cluster belongs to an
unprivileged system user (``postgres`` from the Debian package, or ``ANTRAGSWERK_TEST_PG_USER``)
and every server command runs through ``runuser``. The socket lives in the cluster directory, the
server listens on 127.0.0.1 on a free port, and authentication is ``trust`` (loopback only).
A server that does not start raises with the end of its log: the tests fail, they never skip.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

SUPERUSER = "antragswerk"


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    configured = os.environ.get("ANTRAGSWERK_TEST_PG_BIN")
    found = shutil.which("initdb")
    candidates = [configured] if configured else [
        *([str(Path(found).resolve().parent)] if found else []),
        *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise PostgresUnavailable(f"No PostgreSQL server binaries (initdb, pg_ctl) in "
                              f"{', '.join(candidates) or 'PATH or /usr/lib/postgresql'}; "
                              "install postgresql or set ANTRAGSWERK_TEST_PG_BIN.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        self._bin = _bin_dir()
        as_root = os.geteuid() == 0
        # As root, TMPDIR may be a directory the cluster's owner cannot enter; /tmp is 1777.
        self._root = Path(tempfile.mkdtemp(prefix="antragswerk-pg-",
                                           dir=os.environ.get("ANTRAGSWERK_TEST_PG_DIR",
                                                              "/tmp" if as_root else None)))
        self.data_dir = self._root / "data"
        self.log_file = self._root / "server.log"
        self.port = 0
        self._owner = os.environ.get("ANTRAGSWERK_TEST_PG_USER", "postgres")
        if as_root:
            if shutil.which("runuser") is None:
                raise PostgresUnavailable("Running as root needs runuser (util-linux) to start "
                                          "PostgreSQL as an unprivileged user.")
            try:
                entry = pwd.getpwnam(self._owner)
            except KeyError as missing:
                raise PostgresUnavailable(
                    f"Running as root, but there is no user {self._owner!r} to own the test "
                    "cluster (initdb refuses root); set ANTRAGSWERK_TEST_PG_USER.") from missing
            os.chown(self._root, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self._owner, "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120,
                              check=False)

    def start(self, attempts: int = 3) -> PostgresServer:
        initdb = self._run(str(self._bin / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER,
                           "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        if initdb.returncode != 0:
            raise PostgresUnavailable(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}")
        for _ in range(attempts):  # a free port can be taken between looking and listening
            self.port = _free_port()
            options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                       f"-c unix_socket_directories={self._root} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off "
                       "-c dynamic_shared_memory_type=mmap -c max_connections=200")
            started = self._run(str(self._bin / "pg_ctl"), "start", "-w", "-t", "60",
                                "-D", str(self.data_dir), "-l", str(self.log_file),
                                "-o", options)
            if started.returncode == 0:
                return self
        raise PostgresUnavailable(f"pg_ctl start failed:\n{started.stderr}\n{self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log_file.read_text().splitlines()[-30:])
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        self._run(str(self._bin / "pg_ctl"), "stop", "-m", "fast", "-D", str(self.data_dir))
        shutil.rmtree(self._root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
