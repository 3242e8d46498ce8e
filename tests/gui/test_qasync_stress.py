"""qasync on our pinned PySide6 under load: qasync < 0.28 crashed at random with PySide6 >= 6.8
(qasync#154). Many concurrent HTTP tasks, timers, cancellations and Qt signals on one loop."""

from __future__ import annotations

import asyncio
import random

import httpx
import qasync
from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.simulator.server import EmbeddedSimulator


class Pinger(QObject):
    ping = Signal(int)


def test_many_tasks_timers_and_signals(
    qloop: qasync.QEventLoop, simulator: EmbeddedSimulator
) -> None:
    url = f"{simulator.base_url}/oauth/token"
    params = {
        "client_id": "misswaggerclient",
        "client_secret": "misswaggerclientsecret",
        "grant_type": "client_credentials",
        "scope": "miss",
    }
    received: list[int] = []
    pinger = Pinger()
    pinger.ping.connect(received.append)
    timer = QTimer()
    timer.setInterval(1)
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1
        pinger.ping.emit(ticks)

    timer.timeout.connect(tick)
    rng = random.Random(7)

    async def worker(http: httpx.AsyncClient, n: int) -> int:
        ok = 0
        for _ in range(n):
            answer = await http.post(url, params=params)
            ok += answer.status_code == 200
            await asyncio.sleep(rng.random() / 500)
        return ok

    async def main() -> tuple[int, int]:
        timer.start()
        async with httpx.AsyncClient(timeout=60) as http:  # 60 tasks on a busy machine
            doomed = [asyncio.ensure_future(worker(http, 1000)) for _ in range(20)]
            kept = [asyncio.ensure_future(worker(http, 15)) for _ in range(40)]
            await asyncio.sleep(0.05)
            for task in doomed:
                task.cancel()
            results = await asyncio.gather(*kept)
            cancelled = await asyncio.gather(*doomed, return_exceptions=True)
        timer.stop()
        return sum(results), sum(isinstance(c, asyncio.CancelledError) for c in cancelled)

    ok, cancelled = qloop.run_until_complete(asyncio.wait_for(main(), 120))
    assert ok == 40 * 15
    assert cancelled == 20
    assert ticks > 10 and received == list(range(1, ticks + 1))
