"""Fixtures for testing SrsClient against the live simulator over real HTTP.

Requests are recorded with httpx event hooks on a real AsyncClient (nothing is mocked), so tests
can count token fetches, retries and which headers went out.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import ClientCredentials, RetryPolicy, SrsClient, SrsEndpoints

from .other_srs import OtherSrs, Reading

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


@dataclass
class Case:
    """A client of a fresh simulator playing some dialects, what it sent, the simulator's
    controls."""

    client: SrsClient
    recorder: Recorder
    sim: Sim

    async def evidence_for_klarna(self) -> None:
        """A Klarna order of the Klarna customer's number, terminated with its evidence
        ready."""
        from .test_client_calls import KLARNA_CUSTOMER

        started = await self.client.start("KLARNA", "bankident", KLARNA_CUSTOMER)
        await self.sim.force(started.ref_id, "TERMINATED")
        self.recorder.requests.clear()

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        return self.recorder.matching(method, path)


CaseFor = Callable[..., Awaitable[Case]]


@pytest.fixture
async def case_for() -> AsyncIterator[CaseFor]:
    """``await case_for("dialect", ...)``: a client of a fresh simulator playing the dialects."""
    opened: list[tuple[EmbeddedSimulator, httpx.AsyncClient, httpx.AsyncClient]] = []

    async def make(*dialects: str) -> Case:
        simulator = EmbeddedSimulator(speed=60.0, dialects=dialects)
        simulator.start()
        recorder = Recorder()
        http = httpx.AsyncClient(event_hooks={"request": [recorder]})
        control = httpx.AsyncClient(base_url=simulator.base_url, timeout=10)
        opened.append((simulator, http, control))
        client = SrsClient(
            endpoints_for(simulator.base_url), CREDENTIALS, http=http, retry=FAST_RETRY
        )
        return Case(client, recorder, Sim(control))

    yield make
    for simulator, http, control in opened:
        await http.aclose()
        await control.aclose()
        simulator.stop()


Other = Callable[..., tuple[OtherSrs, SrsClient]]


@pytest.fixture
async def other() -> AsyncIterator[Other]:
    """``other(Reading(...), **client_options)``: an SRS of a reading of the guide's own (a
    small starlette app, :mod:`.other_srs`) and a client of it."""
    made: list[OtherSrs] = []

    def make(reading: Reading | None = None, **kwargs: object) -> tuple[OtherSrs, SrsClient]:
        server = OtherSrs(reading or Reading())
        made.append(server)
        return server, server.client(**kwargs)

    yield make
    for server in made:
        await server.aclose()
