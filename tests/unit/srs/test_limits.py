"""Issue 17 item 12: a deadline per call and a size limit per answer, against real local servers.

The servers are plain asyncio TCP servers on loopback speaking just enough HTTP/1.1: one drips
its answer a byte at a time (so no single read ever times out), one sends far too much.
"""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from kiosk.srs import (
    ClientCredentials,
    MalformedResponse,
    RetryPolicy,
    ServiceUnavailable,
    SrsClient,
    SrsEndpoints,
)

TOKEN = b'{"access_token": "T", "token_type": "bearer", "expires_in": 600}'
Handler = Callable[[bytes, asyncio.StreamWriter], Awaitable[None]]


async def _answer_token(writer: asyncio.StreamWriter) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(TOKEN), TOKEN)
    )
    await writer.drain()


Serve = Callable[..., Awaitable[str]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    servers: list[asyncio.Server] = []
    tasks: set[asyncio.Task[None]] = set()

    async def start(api: Handler, token: Handler | None = None) -> str:
        async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            tasks.add(task)
            try:
                while True:
                    head = await reader.readuntil(b"\r\n\r\n")
                    length = 0
                    for line in head.split(b"\r\n"):
                        if line.lower().startswith(b"content-length:"):
                            length = int(line.split(b":")[1])
                    await reader.readexactly(length)
                    if head.startswith(b"POST /oauth/token"):
                        await (token(head, writer) if token else _answer_token(writer))
                    else:
                        await api(head, writer)
            except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
                pass
            finally:
                writer.close()
                tasks.discard(task)

        server = await asyncio.start_server(connection, "127.0.0.1", 0)
        servers.append(server)
        port = server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    yield start
    for task in list(tasks):
        task.cancel()
    for server in servers:
        server.close()
        await server.wait_closed()


def _client(base: str, **kwargs: object) -> SrsClient:
    return SrsClient(
        SrsEndpoints(base, base + "/oauth/token", base),
        ClientCredentials("id", "secret"),
        retry=RetryPolicy(attempts=3, base_delay_s=0.01, max_delay_s=0.02, jitter_s=0.0),
        **kwargs,  # type: ignore[arg-type]
    )


async def _drip(head: bytes, writer: asyncio.StreamWriter) -> None:
    body = b"[" + b" " * 1000 + b"]"
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body))
    for byte in body:  # one byte every 0.1 s: each read is well within the timeout
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(0.1)


async def test_a_dripping_server_cannot_hang_the_method_list(serve: Serve) -> None:
    base = await serve(_drip)
    async with _client(base, timeout_s=0.5) as srs:
        began = time.monotonic()
        with pytest.raises(ServiceUnavailable, match=r"did not answer within 1 s"):
            await srs.list_methods()
        assert time.monotonic() - began < 5  # the drip lasts 100 s; a busy machine is slower


async def test_one_deadline_covers_the_token_fetch_and_the_call(serve: Serve) -> None:
    """A dripping login service: one deadline for the whole call, not one per placement tried."""
    base = await serve(_drip, token=_drip)
    async with _client(base, timeout_s=0.5) as srs:
        began = time.monotonic()
        with pytest.raises(ServiceUnavailable, match=r"did not answer within 1 s"):
            await srs.status("R-1")
        assert time.monotonic() - began < 5  # the drip lasts 100 s; a busy machine is slower


@pytest.mark.parametrize("declared", [True, False])
async def test_an_oversized_answer_is_not_read_whole(serve: Serve, declared: bool) -> None:
    sent = 0

    async def flood(head: bytes, writer: asyncio.StreamWriter) -> None:
        nonlocal sent
        chunk = b"[" + b" " * 65535
        if declared:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(3200):  # 200 MiB, if anyone read it
            writer.write(chunk if declared else b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
            await writer.drain()

    base = await serve(flood)
    async with _client(base) as srs:
        with pytest.raises(MalformedResponse, match="larger than 1024 KiB"):
            await srs.list_methods()
    assert sent < 50 * 2**20


async def test_a_compressed_bomb_is_stopped_after_unpacking_the_limit(
    serve: Serve,
) -> None:
    bomb = gzip.compress(b"[" + b" " * (20 * 2**20) + b"]")  # 20 MiB in about 20 KiB

    async def send_bomb(head: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s"
            % (len(bomb), bomb)
        )
        await writer.drain()

    base = await serve(send_bomb)
    async with _client(base) as srs:
        with pytest.raises(MalformedResponse, match="larger than"):
            await srs.list_methods()


async def test_a_compressed_answer_within_the_limit_reads(
    serve: Serve,
) -> None:
    body = gzip.compress(b'[{"issuer": "KLARNA", "method": "bankident"}]')

    async def send(head: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        )
        await writer.drain()

    base = await serve(send)
    async with _client(base) as srs:
        [method] = await srs.list_methods()
    assert method.issuer == "KLARNA"
