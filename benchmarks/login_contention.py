"""Static-file latency while 8 clients keep failing to log in (argon2 is deliberately slow).

``python -m benchmarks.login_contention [--seconds 10] [--clients 8]`` serves the real app on a
free loopback port (own temporary state dir), runs the failed logins in parallel threads and
meanwhile fetches ``/static/app.css`` every 20 ms. It prints p50/p95/max of those fetches, first
without and then with the login load. Goal: p95 under 200 ms on 2 cores — argon2 and SQLite must
run in the threadpool, not on the event loop. Every login uses a new unknown user name (argon2
still runs: unknown users are verified against a dummy hash), and the throttle is set high, so
the load is argon2 and not a cheap 429.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from config.settings import Settings
from ui.app import create_app
from ui.serving import serve_in_thread

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
STATIC = "/static/app.css"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fail_logins(base_url: str, client_no: int, stop: threading.Event,
                 counter: list[int]) -> None:
    with httpx.Client(base_url=base_url, timeout=60) as client:
        n = 0
        while not stop.is_set():
            match = _CSRF.search(client.get("/anmelden").text)
            assert match, "login page without CSRF token"
            client.post("/anmelden", data={"username": f"gast-{client_no}-{n}",
                                           "password": "falsch-falsch", "csrf_token": match[1]})
            n += 1
        counter.append(n)


def _static_latencies(base_url: str, seconds: float) -> list[float]:
    out: list[float] = []
    with httpx.Client(base_url=base_url, timeout=60) as client:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            started = time.perf_counter()
            client.get(STATIC).raise_for_status()
            out.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
    return out


def _summary(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"{label:<28} n={len(values):4d}  p50={statistics.median(values):7.1f} ms  "
            f"p95={p95:7.1f} ms  max={ordered[-1]:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(state_dir=Path(tmp), temporal_port=_free_port(),
                            ui_login_failures_per_account=10**9,
                            ui_login_failures_per_address=10**9)
        with serve_in_thread(create_app(settings), settings, port=_free_port()) as url:
            print(_summary("static, idle", _static_latencies(url, min(args.seconds, 3.0))))
            stop, counter = threading.Event(), list[int]()
            workers = [threading.Thread(target=_fail_logins, args=(url, i, stop, counter))
                       for i in range(args.clients)]
            for worker in workers:
                worker.start()
            time.sleep(0.5)  # let the logins get going
            loaded = _static_latencies(url, args.seconds)
            stop.set()
            for worker in workers:
                worker.join()
            print(_summary(f"static, {args.clients} failing logins", loaded))
            print(f"failed logins answered: {sum(counter)} "
                  f"({sum(counter) / (args.seconds + 0.5):.1f}/s)")


if __name__ == "__main__":
    main()
