"""Injected faults: rules set through /_sim/faults, applied by an ASGI middleware to any route."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import asdict, dataclass

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.simulator.errors import ApiError, error_code

FAULT_KINDS = ("error", "delay", "drop", "malformed", "rate_limit")

# The server puts the connection's asyncio transport here so a "drop" can close it without
# any HTTP answer (ASGI itself has no way to do that).
TRANSPORT_SCOPE_KEY = "kiosk.simulator.transport"

# Control endpoints are never faulted: a rule on "/" must not lock the tests out.
_EXEMPT_PREFIXES = ("/_sim/orders", "/_sim/clock", "/_sim/faults", "/_sim/tokens", "/_sim/dialects")

MALFORMED_BODY = b'{"refId": "0f6e", "status": "TERMIN'


@dataclass
class FaultRule:
    path: str
    kind: str
    method: str | None = None
    status: int = 503
    count: int = 1
    delay_s: float = 1.0
    retry_after: int = 2

    def matches(self, path: str, method: str) -> bool:
        return (
            self.count > 0
            and path.startswith(self.path)
            and (self.method is None or self.method == method.upper())
        )

    def as_json(self) -> dict[str, object]:
        return asdict(self)


class FaultBook:
    """The active rules; each request uses up at most one (the oldest that matches)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(self, rule: FaultRule) -> None:
        with self._lock:
            self._rules.append(rule)

    def clear(self) -> int:
        with self._lock:
            count = len(self._rules)
            self._rules.clear()
            return count

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def take(self, path: str, method: str) -> FaultRule | None:
        if path.startswith(_EXEMPT_PREFIXES):
            return None
        with self._lock:
            for rule in self._rules:
                if rule.matches(path, method):
                    rule.count -= 1
                    if rule.count == 0:
                        self._rules.remove(rule)
                    return rule
        return None


class FaultMiddleware:
    def __init__(self, app: ASGIApp, book: FaultBook) -> None:
        self._app = app
        self._book = book

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        rule = self._book.take(scope["path"], scope["method"])
        if rule is None:
            await self._app(scope, receive, send)
            return
        if rule.kind == "delay":
            await asyncio.sleep(rule.delay_s)
            await self._app(scope, receive, send)
        elif rule.kind == "drop":
            await _drop(scope, receive)
        else:
            await _fault_response(rule)(scope, receive, send)


def _fault_response(rule: FaultRule) -> Response:
    if rule.kind == "rate_limit":
        return ApiError(
            429,
            "rate_limited",
            f"Too many requests (simulated); retry after {rule.retry_after} s.",
            headers={"Retry-After": str(rule.retry_after)},
        ).response()
    if rule.kind == "malformed":
        return Response(MALFORMED_BODY, status_code=200, media_type="application/json")
    return ApiError(
        rule.status,
        error_code(rule.status),
        f"Simulated failure (HTTP {rule.status}); the request may be retried.",
    ).response()


async def _drop(scope: Scope, receive: Receive) -> None:
    transport = scope.get(TRANSPORT_SCOPE_KEY)
    if transport is None:
        # Not behind the simulator's own server (e.g. an in-process ASGI client): fail loudly.
        raise ConnectionAbortedError("simulated dropped connection")
    transport.abort()
    # Wait until the server has noticed the loss, so it does not try to answer with a 500.
    async with asyncio.timeout(5):
        while (await receive())["type"] != "http.disconnect":
            pass
