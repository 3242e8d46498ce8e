"""Benchmarks that print figures (`make bench`); never run by `make test`.

- token + method list round trip (fresh client each time: token fetch + list);
- start → ref id latency (cached token);
- the simulator's status reads per second under 50 concurrent clients.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from kiosk.config import TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import ClientCredentials, IdentityData, SrsClient, SrsEndpoints
from tests.bench.sim_process import simulator_process


def _summary(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(
        f"{name:<34} n={len(ms):<5} median {statistics.median(ms):7.2f} ms   "
        f"p95 {p95:7.2f} ms   min {ms[0]:6.2f} ms"
    )


async def _timed(n: int, fn: Callable[[], Awaitable[object]]) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        await fn()
        out.append(time.perf_counter() - t0)
    return out


async def main(base: str) -> None:
    endpoints = SrsEndpoints(base, f"{base}/oauth/token", base)
    creds = ClientCredentials(TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET)

    async def token_and_list() -> None:
        async with SrsClient(endpoints, creds) as client:
            await client.list_methods()

    _summary("token + method list (new client)", await _timed(200, token_and_list))

    async with SrsClient(endpoints, creds) as client:
        await client.list_methods()  # warm: token cached, connection open
        data = IdentityData(last_name="Muster", mobile="+41791234567")
        _summary(
            "start -> ref id (warm client)",
            await _timed(300, lambda: client.start("IDENTITY.TM", "video", data)),
        )


async def status_reads(base: str, clients: int = 50, duration: float = 5.0) -> None:
    """Status reads/s from a simulator in its own process (as `srs-kiosk simulator` runs)."""
    token = await _raw_token(base)
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            f"{base}/api/providers/IDENTITY.TM/video",
            headers={"Authorization": f"Bearer {token}"},
            json={"lastName": "Muster"},
        )
        answer.raise_for_status()
        ref = answer.json()["refId"]
    count = 0

    async def reader(http: httpx.AsyncClient) -> None:
        nonlocal count
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            answer = await http.get(
                f"{base}/api/identifications/{ref}", headers={"Authorization": f"Bearer {token}"}
            )
            answer.raise_for_status()
            count += 1

    async with httpx.AsyncClient() as http:
        t0 = time.perf_counter()
        await asyncio.gather(*(reader(http) for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    print(
        f"{'simulator status reads, 50 clients':<34} {count / elapsed:8.0f} req/s "
        f"({count} in {elapsed:.1f} s; load generator and simulator share the 2 cores)"
    )


async def _raw_token(base: str) -> str:
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            f"{base}/oauth/token",
            data={
                "client_id": TRAINING_CLIENT_ID,
                "client_secret": TRAINING_CLIENT_SECRET,
                "grant_type": "client_credentials",
                "scope": "miss",
            },
        )
        answer.raise_for_status()
        return str(answer.json()["access_token"])


if __name__ == "__main__":
    with EmbeddedSimulator(speed=60.0) as sim:
        print(f"simulator at {sim.base_url} (in-process thread, loopback HTTP)")
        asyncio.run(main(sim.base_url))
    proc, base = simulator_process()
    try:
        asyncio.run(status_reads(base))
    finally:
        proc.terminate()
        proc.wait(10)
