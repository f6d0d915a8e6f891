"""A port still held by a stopping server is waited for, a taken one is reported."""

from __future__ import annotations

import asyncio
import socket

from localllm.server import _port_freed


def _hold() -> tuple[socket.socket, int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock, int(sock.getsockname()[1])


async def test_a_port_released_meanwhile_counts_as_free() -> None:
    sock, port = _hold()
    asyncio.get_running_loop().call_later(0.3, sock.close)
    assert await _port_freed(port, within=5.0)


async def test_a_port_that_stays_taken_is_reported() -> None:
    sock, port = _hold()
    try:
        assert not await _port_freed(port, within=0.6)
    finally:
        sock.close()


async def test_a_port_with_only_closed_connections_left_counts_as_free() -> None:
    # A server that closed its connections first leaves them in TIME_WAIT for a minute; a new
    # server (SO_REUSEADDR, as llama-server binds) can take the port at once.
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = int(server.getsockname()[1])
    client = socket.create_connection(("127.0.0.1", port))
    accepted, _ = server.accept()
    accepted.close()  # the server side closes first
    await asyncio.sleep(0.2)
    client.close()
    server.close()
    assert await _port_freed(port, within=0.1)
