"""Shared helpers for the tracker tests: constants, the simulator's control calls, a recorder."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx

from kiosk.srs import ClientCredentials, IdentityData, SrsClient, StartedIdentification
from kiosk.tracking import DEFAULT_POLICY, OrderChanged, StaticKey, TrackedOrder, Tracker

SPEED = 600.0
SCALE = 1 / SPEED
CREDENTIALS = ClientCredentials("misswaggerclient", "misswaggerclientsecret")
POLICY = replace(DEFAULT_POLICY, min_delay_s=0.02)
KEYS = StaticKey(bytes(range(32)))  # the journal's secret, instead of the OS keyring

TrackerFactory = Callable[..., Tracker]


@dataclass(frozen=True)
class Sent:
    at: float  # when the request went out
    answered: float
    method: str
    path: str
    status: int
    body: bytes = b""  # what was sent (JSON bodies of POSTs)


class Requests:
    """Every answered request: when it went out and came back, what it was, the HTTP status."""

    def __init__(self) -> None:
        self.log: list[Sent] = []

    async def sent(self, request: httpx.Request) -> None:
        request.extensions["sent_at"] = time.time()

    async def __call__(self, response: httpx.Response) -> None:
        request = response.request
        self.log.append(
            Sent(
                request.extensions["sent_at"],
                time.time(),
                request.method,
                request.url.path,
                response.status_code,
                request.content,
            )
        )

    def matching(self, method: str, prefix: str) -> list[Sent]:
        return [s for s in self.log if s.method == method and s.path.startswith(prefix)]


class Sim:
    """The simulator's control endpoints (/_sim/...)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def fault(self, path: str, kind: str, **extra: Any) -> None:
        answer = await self.http.post("/_sim/faults", json={"path": path, "kind": kind, **extra})
        answer.raise_for_status()

    async def clear_faults(self) -> None:
        (await self.http.delete("/_sim/faults")).raise_for_status()

    async def force(self, ref_id: str, status: str, reason: str | None = None) -> None:
        body: dict[str, Any] = {"status": status}
        if reason is not None:
            body["reason"] = reason
        (await self.http.post(f"/_sim/orders/{ref_id}/status", json=body)).raise_for_status()

    async def advance(self, seconds: float) -> None:
        (await self.http.post("/_sim/clock", json={"advance_s": seconds})).raise_for_status()

    async def expire_tokens(self) -> None:
        (await self.http.post("/_sim/tokens/expire")).raise_for_status()

    async def complete_page(self, target_url: str) -> None:
        (await self.http.post(f"{target_url}/complete")).raise_for_status()

    async def orders(self) -> dict[str, dict[str, Any]]:
        answer = await self.http.get("/_sim/orders")
        answer.raise_for_status()
        return {o["refId"]: o for o in answer.json()["orders"]}


async def start(
    client: SrsClient,
    target: str,
    mobile: str | None,
    *,
    external_id: str | None = None,
    **fields: Any,
) -> StartedIdentification:
    issuer, method = target.split("/")
    data = IdentityData(mobile=mobile, external_id=external_id, **fields)
    return await client.start(issuer, method, data)


class Events:
    """Collects a tracker's OrderChanged events; ``wait`` returns the first that matches."""

    def __init__(self, tracker: Tracker) -> None:
        self.seen: list[OrderChanged] = []
        self._arrived = asyncio.Event()
        tracker.subscribe(self._on_change)

    def _on_change(self, event: OrderChanged) -> None:
        self.seen.append(event)
        self._arrived.set()

    async def wait(
        self, predicate: Callable[[OrderChanged], bool], timeout_s: float = 30
    ) -> OrderChanged:
        async with asyncio.timeout(timeout_s):
            while True:
                match = next((e for e in self.seen if predicate(e)), None)
                if match is not None:
                    return match
                self._arrived.clear()
                await self._arrived.wait()


async def follow(tracker: Tracker, ref_id: str, timeout_s: float = 30) -> TrackedOrder:
    """Start the tracker if needed and return the order once it is done."""
    if not tracker.following:
        await tracker.start()
    async with asyncio.timeout(timeout_s):
        return await tracker.wait_done(ref_id)
