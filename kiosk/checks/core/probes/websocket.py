"""``websocket``: a real WebSocket upgrade (HTTP 101 and a valid ``Sec-WebSocket-Accept``) to
Pusher, as the video page's signalling does, not just a TCP connection.

The guide names ``wss://ws.pusherapp.com`` on port 443 and ``ws://ws.pusherapp.com`` on port 80,
and says WSS on 443 works where port 80 is blocked: WSS is required, plain WS only warns. A
proxy that lets HTTPS through but not the upgrade (or strips its headers) fails here. The
connection is closed right after the upgrade: no Pusher application key is needed for that.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..addresses import HostPort, classify, classify_chain
from ..model import Outcome, Status, TargetResult, worst
from ..texts import QT_TRANSLATE_NOOP, text
from .tls import client_context

BLOCKED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No WebSocket connection to %1 (%2). Video calls need it for signalling: ask IT to allow "
    "outgoing TCP port %3 to %4 including WebSocket upgrades (%5), also through any proxy.",
)
FALLBACK_BLOCKED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No plain WebSocket connection to %1 (%2). Video calls still work over WSS on port 443; "
    "for the fallback, ask IT to allow outgoing TCP port %3 to %4 including WebSocket "
    "upgrades (%5).",
)
NO_URLS = QT_TRANSLATE_NOOP(
    "ReadinessCheck", "No WebSocket address to check: no enabled method uses one, or training mode."
)


@dataclass(frozen=True)
class WebSocketTarget:
    url: str  # ws://host:port/path or wss://...
    required: bool = True  # an optional one that fails only warns (plain ws:// on port 80)

    @property
    def address(self) -> HostPort:
        parts = urlsplit(self.url)
        secure = parts.scheme == "wss"
        return HostPort(parts.hostname or "", parts.port or (443 if secure else 80))

    @property
    def protocol(self) -> str:
        return "WSS, WebSocket over TLS" if self.url.startswith("wss:") else "WS, plain WebSocket"


def _direct(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


async def upgrade(
    target: WebSocketTarget, budget_s: float, cafile: Path | None = None
) -> tuple[bool, str]:
    """(True, "upgraded in N ms") or (False, why not)."""
    # websockets loads when the probe runs: not on the kiosk's way to its first paint.
    from websockets.asyncio.client import connect
    from websockets.exceptions import InvalidStatus, WebSocketException

    host = target.address.host
    secure = target.url.startswith("wss:")
    started = time.perf_counter()
    try:
        async with asyncio.timeout(budget_s):
            # Like the web engine, through the system proxy (not for loopback test peers).
            async with connect(
                target.url,
                open_timeout=None,
                close_timeout=0.5,
                proxy=None if _direct(host) else True,
                compression=None,
                ssl=client_context(cafile) if secure else None,
                user_agent_header="srs-kiosk readiness check",
            ):
                pass
    except InvalidStatus as exc:  # the server or a proxy answered, but not with 101
        response = exc.response
        return False, f"HTTP {response.status_code} {response.reason_phrase} instead of 101"
    except TimeoutError:
        return False, "timed out"
    except OSError as exc:
        return False, classify(exc)[1]
    except WebSocketException as exc:  # a malformed or refused upgrade
        found = classify_chain(exc)
        return False, found[1] if found else f"no WebSocket upgrade: {exc}"
    return True, f"upgraded in {(time.perf_counter() - started) * 1000:.0f} ms"


async def probe_websocket(
    targets: Sequence[WebSocketTarget], budget_s: float, *, cafile: Path | None = None
) -> Outcome:
    if not targets:
        return Outcome(Status.SKIPPED, None, "", None, text(NO_URLS))
    answers = await asyncio.gather(*(upgrade(t, budget_s, cafile) for t in targets))
    results = tuple(
        TargetResult(
            t.url,
            Status.PASS if ok else Status.FAIL if t.required else Status.WARN,
            said,
            "required" if t.required else "fallback",
        )
        for t, (ok, said) in zip(targets, answers, strict=True)
    )
    failed = [(t, said) for t, (ok, said) in zip(targets, answers, strict=True) if not ok]
    advice = None
    if failed:
        # The required one first: its advice matters more than the fallback's.
        target, said = min(failed, key=lambda f: not f[0].required)
        address = target.address
        advice = text(
            BLOCKED if target.required else FALLBACK_BLOCKED,
            target.url,
            said,
            address.port,
            address.host,
            target.protocol,
        )
    reached = sum(1 for ok, _ in answers if ok)
    detail = "; ".join(f"{r.target} {r.outcome}" for r in results)
    return Outcome(
        worst([r.status for r in results]),
        reached,
        "hosts",
        len(targets),
        advice,
        detail,
        targets=results,
    )
