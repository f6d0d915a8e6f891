"""A raw-socket client that streams a large body and notes how much was sent before an answer.

httpx would send the whole body before reading the response; an attacker does not care about
the answer, but the question here is how much the server swallows before it answers.
"""

from __future__ import annotations

import select
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

CHUNK = 64 * 1024
MIB = 1024 * 1024


@dataclass(frozen=True)
class StreamedAnswer:
    status: int | None
    sent_bytes: int


def stream_post(base_url: str, path: str, total_bytes: int, *, headers: dict[str, str],
                chunked: bool = False, timeout: float = 60.0) -> StreamedAnswer:
    """POSTs ``total_bytes`` of body; stops sending as soon as a response arrives."""
    url = urlsplit(base_url)
    sock = socket.create_connection((url.hostname or "127.0.0.1", url.port or 80))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CHUNK)
    head = [f"POST {path} HTTP/1.1", f"Host: {url.netloc}",
            "Content-Type: multipart/form-data; boundary=xyz"]
    head += ["Transfer-Encoding: chunked"] if chunked else [f"Content-Length: {total_bytes}"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    sock.setblocking(False)
    body = b"--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n\r\n"
    body += b"x" * (CHUNK - len(body))
    filler = b"x" * CHUNK
    sent, pending, received = 0, b"", b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if not pending and sent < total_bytes:
                piece = (body if sent == 0 else filler)[: total_bytes - sent]
                sent += len(piece)
                pending = (f"{len(piece):x}\r\n".encode() + piece + b"\r\n") if chunked \
                    else piece
            want_write = [sock] if pending else []
            readable, writable, _ = select.select([sock], want_write, [], 0.5)
            if readable:
                try:
                    data = sock.recv(65536)
                except ConnectionResetError:
                    data = b""
                received += data
                if b"\r\n" in received or not data:
                    break
            if writable and pending:
                try:
                    n = sock.send(pending)
                except (BrokenPipeError, ConnectionResetError):
                    # The server answered and closed while we were still sending (a busy machine
                    # makes this likely): its answer may still be waiting in our receive buffer.
                    received += _rest(sock)
                    break
                pending = pending[n:]
        status = int(received.split(b" ", 2)[1]) if received.startswith(b"HTTP/1.1 ") else None
        return StreamedAnswer(status, sent - len(pending))
    finally:
        sock.close()


def _rest(sock: socket.socket) -> bytes:
    sock.setblocking(True)
    sock.settimeout(2.0)
    try:
        return sock.recv(65536)
    except OSError:
        return b""
