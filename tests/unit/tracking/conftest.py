"""The tracker against the live simulator over loopback, with a real SQLite journal in tmp.

The simulator runs at SPEED simulated seconds per real second and the tracker at 1/SPEED, so a
15-minute video identification takes 1.5 s. Requests are recorded with httpx event hooks on a
real client (nothing of ours is mocked).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import SrsClient, SrsEndpoints
from kiosk.tracking import TRACKER_CLIENT_RETRY, Journal, Tracker, TrackingPolicy

from .helpers import CREDENTIALS, KEYS, POLICY, SCALE, SPEED, Requests, Sim, TrackerFactory


@pytest.fixture
def fast_sim() -> Iterator[EmbeddedSimulator]:
    with EmbeddedSimulator(speed=SPEED) as sim:
        yield sim


@pytest.fixture
async def sim(fast_sim: EmbeddedSimulator) -> AsyncIterator[Sim]:
    async with httpx.AsyncClient(base_url=fast_sim.base_url, timeout=10) as control:
        yield Sim(control)


@pytest.fixture
def requests() -> Requests:
    return Requests()


@pytest.fixture
async def client(fast_sim: EmbeddedSimulator, requests: Requests) -> AsyncIterator[SrsClient]:
    base = fast_sim.base_url
    async with (
        httpx.AsyncClient(event_hooks={"request": [requests.sent], "response": [requests]}) as http,
        SrsClient(
            SrsEndpoints(base, f"{base}/oauth/token", base),
            CREDENTIALS,
            http=http,
            timeout_s=5,
            retry=TRACKER_CLIENT_RETRY,
        ) as srs,
    ):
        yield srs


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite"


@pytest.fixture
def journal(journal_file: Path) -> Iterator[Journal]:
    with Journal(journal_file, keys=KEYS) as j:
        yield j


@pytest.fixture
async def make_tracker(client: SrsClient, journal: Journal) -> AsyncIterator[TrackerFactory]:
    made: list[Tracker] = []

    def make(
        *, policy: TrackingPolicy = POLICY, time_scale: float = SCALE, **options: Any
    ) -> Tracker:
        tracker = Tracker(client, journal, time_scale=time_scale, policy=policy, **options)
        made.append(tracker)
        return tracker

    yield make
    for tracker in made:
        await tracker.aclose()


@pytest.fixture
async def tracker(make_tracker: TrackerFactory) -> Tracker:
    return make_tracker()
