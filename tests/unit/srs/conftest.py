"""Fixtures for testing SrsClient against the live simulator over real HTTP.

Requests are recorded with httpx event hooks on a real AsyncClient (nothing is mocked), so tests
can count token fetches, retries and which headers went out.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from kiosk.srs import ClientCredentials, RetryPolicy, SrsClient, SrsEndpoints

CREDENTIALS = ClientCredentials("misswaggerclient", "misswaggerclientsecret")
# Fast retries so failure paths take milliseconds.
FAST_RETRY = RetryPolicy(
    attempts=4, base_delay_s=0.01, max_delay_s=0.05, jitter_s=0.01, max_retry_after_s=3.0
)


class Recorder:
    """Every request the client sends, in order."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def matching(self, method: str, path_prefix: str) -> list[httpx.Request]:
        return [
            r for r in self.requests if r.method == method and r.url.path.startswith(path_prefix)
        ]

    @property
    def token_requests(self) -> list[httpx.Request]:
        return self.matching("POST", "/oauth/token")


class Sim:
    """The simulator's control endpoints (/_sim/...)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def fault(self, path: str, kind: str, **extra: Any) -> None:
        response = await self.http.post("/_sim/faults", json={"path": path, "kind": kind, **extra})
        response.raise_for_status()

    async def force(self, ref_id: str, status: str, reason: str | None = None) -> None:
        body: dict[str, Any] = {"status": status}
        if reason is not None:
            body["reason"] = reason
        response = await self.http.post(f"/_sim/orders/{ref_id}/status", json=body)
        response.raise_for_status()

    async def expire_tokens(self) -> None:
        (await self.http.post("/_sim/tokens/expire")).raise_for_status()

    async def orders(self) -> list[dict[str, Any]]:
        response = await self.http.get("/_sim/orders")
        response.raise_for_status()
        data = response.json()
        return list(data["orders"] if isinstance(data, dict) else data)


def endpoints_for(base: str) -> SrsEndpoints:
    return SrsEndpoints(api_url=base, token_url=base + "/oauth/token", ras_url=base)


@pytest.fixture
def endpoints(sim_url: str) -> SrsEndpoints:
    return endpoints_for(sim_url)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def http(recorder: Recorder) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(event_hooks={"request": [recorder]}) as client:
        yield client


@pytest.fixture
async def client(endpoints: SrsEndpoints, http: httpx.AsyncClient) -> AsyncIterator[SrsClient]:
    async with SrsClient(endpoints, CREDENTIALS, http=http, retry=FAST_RETRY) as srs:
        yield srs


@pytest.fixture
async def sim(sim_url: str) -> AsyncIterator[Sim]:
    async with httpx.AsyncClient(base_url=sim_url, timeout=10) as control:
        yield Sim(control)
