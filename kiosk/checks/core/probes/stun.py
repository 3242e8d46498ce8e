"""``stun``: an RFC 5389 Binding request over UDP to the configured STUN server.

The message format and the retransmission schedule (RTO 500 ms, doubling) are aioice's; this
module adds the UDP socket, the round-trip time and the plain-language outcome. The guide
calls UDP 3478 "better experience": without it video falls back to TCP.
"""

from __future__ import annotations

import asyncio
import socket
import time
from typing import TYPE_CHECKING, Any

from ..addresses import Failure, HostPort, classify
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text

if TYPE_CHECKING:  # aioice loads when a probe runs: not before the kiosk's first paint
    from aioice import stun

NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "ReadinessCheck", "No STUN server is configured ([checks] stun_server), so UDP was not checked."
)
NO_ANSWER = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No answer over UDP from the STUN server %1 (%2). Video calls still work over TCP 443, but "
    "with lower quality: ask IT to allow outgoing UDP to port %3 (better: ports 1025–65535).",
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The STUN server name %1 could not be looked up (%2). Check the network connection and the "
    "[checks] stun_server setting.",
)


class _Client(asyncio.DatagramProtocol):
    """Feeds answers to the one transaction in flight; an ICMP error ends it at once."""

    def __init__(self) -> None:
        # Not typed as DatagramTransport: qasync's datagram transport does not derive from it.
        self.transport: Any = None
        self.transaction: stun.Transaction | None = None
        self.failed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr: tuple[Any, int]) -> None:
        from aioice import stun

        try:
            message = stun.parse_message(data)
        except ValueError:
            return  # not STUN: ignore, as RFC 5389 §7.3 says
        if self.transaction is not None:
            self.transaction.response_received(message, (str(addr[0]), addr[1]))

    def error_received(self, exc: Exception) -> None:  # e.g. ICMP port unreachable
        if not self.failed.done():
            self.failed.set_exception(exc)

    def send_stun(self, message: stun.Message, addr: tuple[str, int]) -> None:
        if self.transport is not None:
            self.transport.sendto(bytes(message))


async def binding(server: HostPort, budget_s: float) -> tuple[float, tuple[str, int]]:
    """One Binding transaction: (round-trip seconds, mapped address). Raises OSError,
    TimeoutError or aioice's TransactionError."""
    from aioice import stun

    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget_s
    infos = await asyncio.wait_for(
        loop.getaddrinfo(server.host, server.port, type=socket.SOCK_DGRAM), budget_s
    )
    # IPv4 first: the guide's firewall rules are written for it.
    family, _, _, _, sockaddr = sorted(infos, key=lambda i: i[0] != socket.AF_INET)[0]
    peer = (str(sockaddr[0]), int(sockaddr[1]))
    transport, client = await loop.create_datagram_endpoint(
        _Client, remote_addr=peer, family=family
    )
    try:
        request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
        transaction = stun.Transaction(request, peer, client)
        client.transaction = transaction
        started = time.perf_counter()
        answer = asyncio.ensure_future(transaction.run())
        try:
            waiting: set[asyncio.Future[Any]] = {answer, client.failed}
            done, _ = await asyncio.wait(
                waiting,
                timeout=max(0.0, deadline - loop.time()),
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            answer.cancel()
        if client.failed in done:
            client.failed.result()  # raises the socket error
        if answer not in done:
            raise TimeoutError
        rtt = time.perf_counter() - started
        response, _ = answer.result()
        mapped = response.attributes.get("XOR-MAPPED-ADDRESS") or response.attributes.get(
            "MAPPED-ADDRESS"
        )
        if mapped is None:
            raise stun.TransactionError("no mapped address in the answer")
        return rtt, (str(mapped[0]), int(mapped[1]))
    finally:
        transport.close()
        if not client.failed.cancel() and not client.failed.cancelled():
            client.failed.exception()  # retrieved: an ICMP error after the answer is no news


async def probe_stun(server: HostPort | None, budget_s: float) -> Outcome:
    from aioice import stun

    if server is None:
        return Outcome(Status.SKIPPED, None, "ms", None, text(NOT_CONFIGURED))
    try:
        rtt, mapped = await binding(server, budget_s)
    except (OSError, TimeoutError, stun.TransactionError) as exc:
        if isinstance(exc, stun.TransactionError):
            kind, reason = Failure.OTHER, str(exc)
        else:
            kind, reason = classify(exc)
        template = NOT_FOUND if kind is Failure.DNS else NO_ANSWER
        advice = (
            text(template, server.host, reason)
            if kind is Failure.DNS
            else text(template, server, reason, server.port)
        )
        return Outcome(Status.FAIL, None, "ms", None, advice, f"{server}: {reason}")
    host = f"[{mapped[0]}]" if ":" in mapped[0] else mapped[0]
    return Outcome(
        Status.PASS,
        round(rtt * 1000, 1),
        "ms",
        None,
        None,
        f"{server}: mapped address {host}:{mapped[1]}",
    )
