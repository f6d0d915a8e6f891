"""Loading the analyzer and redacting must not touch the network (no model, no suffix list)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import socket

    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from redaction import get_analyzer, redact_text
    get_analyzer()
    print(redact_text("Mail an anna.kowalski@example.co.uk, Frau Kowalski").text)
""")


def test_analyzer_loads_and_runs_without_network(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Mail an <EMAIL_ADDRESS>, Frau <PERSON>"
