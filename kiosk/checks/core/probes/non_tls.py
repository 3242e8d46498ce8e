"""``non_tls_443``: a non-TLS exchange over TCP port 443 — a STUN Binding request over TCP
(RFC 5389 §7.2.2) to a configured STUN/TURN server listening on plain TCP, as OpenTok's own
pre-call test does with its TURN servers.

The guide: "Some firewall/proxy rules only allow for SSL traffic over port 443. You will need
to make sure that non-web traffic can also pass over this port." Such a firewall lets the TCP
connection open, then cuts it (or holds it silently) once the first bytes are not a TLS
handshake: that shows as a failure with advice for IT, told apart from a host that cannot be
reached at all.
"""

from __future__ import annotations

import asyncio
import struct
import time

from ..addresses import HostPort, classify
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text
from .tcp import open_stream

NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No peer for non-TLS traffic over port 443 is configured ([checks] non_tls_peer: a STUN "
    "or TURN server listening on plain TCP 443), so this was not checked.",
)
CUT = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The connection to %1 on TCP port %2 opened, but %3 when it carried non-TLS traffic (a "
    "STUN request). A firewall or proxy on the way probably lets only TLS (HTTPS) through port "
    "%2; video calls need other traffic over it too. Ask IT to allow all outgoing TCP traffic "
    "to port %2 (not only TLS/HTTPS), at least to %1 and the video provider's hosts.",
)
NOT_REACHED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The non-TLS test peer %1 could not be reached (%2). Check the network connection and the "
    "[checks] non_tls_peer setting; ask IT to allow outgoing TCP port %3 to %4.",
)
_HEADER = 20  # STUN: type, length, magic cookie, transaction id


async def exchange(peer: HostPort, budget_s: float) -> tuple[float, str]:
    """One STUN Binding transaction over TCP: (round-trip seconds, mapped address). Raises
    OSError / TimeoutError when no connection opens, ``_Cut`` when one opened but the
    exchange did not happen."""
    from aioice import stun  # loaded when the probe runs: not before the kiosk's first paint

    deadline = asyncio.get_running_loop().time() + budget_s
    reader, writer = await open_stream(peer, budget_s)
    try:
        request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
        started = time.perf_counter()
        try:
            async with asyncio.timeout_at(deadline):
                writer.write(bytes(request))
                await writer.drain()
                head = await reader.readexactly(_HEADER)
                (length,) = struct.unpack("!H", head[2:4])
                data = head + await reader.readexactly(length)
        except TimeoutError as exc:
            raise _Cut("gave no answer") from exc
        except asyncio.IncompleteReadError as exc:
            raise _Cut("was closed" if not exc.partial else "was cut short") from exc
        except ConnectionError as exc:
            raise _Cut("was reset") from exc
        rtt = time.perf_counter() - started
        try:
            answer = stun.parse_message(data)
        except ValueError as exc:
            raise _Cut(f"was answered with something other than STUN ({data[:8]!r})") from exc
        if answer.transaction_id != request.transaction_id:
            raise _Cut("was answered with another transaction's STUN message")
        mapped = answer.attributes.get("XOR-MAPPED-ADDRESS") or answer.attributes.get(
            "MAPPED-ADDRESS"
        )
        shown = f"{mapped[0]}:{mapped[1]}" if mapped else "no mapped address"
        return rtt, shown
    finally:
        writer.transport.abort()
        await asyncio.sleep(0)


class _Cut(Exception):  # noqa: N818 - what the network did, not an error of ours
    """Connected, then the non-TLS exchange did not happen; the text says what happened."""


async def probe_non_tls(peer: HostPort | None, budget_s: float) -> Outcome:
    if peer is None:
        return Outcome(Status.SKIPPED, None, "ms", None, text(NOT_CONFIGURED))
    try:
        rtt, mapped = await exchange(peer, budget_s)
    except _Cut as exc:
        what = str(exc)
        return Outcome(
            Status.FAIL,
            None,
            "ms",
            None,
            text(CUT, peer.host, peer.port, what),
            f"{peer}: connected, then the STUN exchange {what}",
        )
    except (OSError, TimeoutError) as exc:
        reason = "timed out" if isinstance(exc, TimeoutError) else classify(exc)[1]
        return Outcome(
            Status.FAIL,
            None,
            "ms",
            None,
            text(NOT_REACHED, peer, reason, peer.port, peer.host),
            f"{peer}: {reason}",
        )
    return Outcome(
        Status.PASS,
        round(rtt * 1000, 1),
        "ms",
        None,
        None,
        f"{peer}: STUN over TCP answered, mapped address {mapped}",
    )
