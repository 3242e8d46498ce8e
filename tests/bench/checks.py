"""Readiness check figures (`.venv/bin/python -m tests.bench.checks`; not part of the suite).

- total time of a full check in training mode (Qt backends: QtMultimedia, QtWebEngine with
  Chromium's fake devices; a local coturn for STUN/ICE when installed);
- the Qt event loop's longest stall while the bandwidth probes run: a 1 ms precise QTimer
  records the gaps between its ticks (target: under one frame at 60 Hz, 16.7 ms), with the
  transfer in its worker thread (as shipped) and, for comparison, on the GUI loop itself;
- measured vs shaped throughput on links shaped with tc to 0.3, 1 and 4 MB/s (root, netns).

Run it with the test environment: QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
QTWEBENGINE_CHROMIUM_FLAGS=--use-fake-device-for-media-stream (`make bench` sets them).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream")

import PySide6.QtWebEngineCore  # noqa: F401 - before the application object
import qasync
from PySide6.QtCore import QCoreApplication, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kiosk.checks.core import Window, make_plan
from kiosk.checks.core.probes import bandwidth
from kiosk.checks.qt.factory import qt_check_for_plan
from kiosk.config import Settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import SrsEndpoints
from tests.unit.checks.peers import coturn, coturn_missing
from tests.unit.checks.shaped_link import shaped_link, unavailable


class StallMeter:
    """Ticks every millisecond; the longest gap minus the interval is the longest stall."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest_stall_ms(self) -> float:
        return max(self.gaps, default=0.001) * 1000 - 1

    def summary(self) -> str:
        ms = sorted(g * 1000 for g in self.gaps)
        p99 = ms[int(len(ms) * 0.99) - 1] if ms else 0.0
        return (
            f"longest stall {max(ms, default=0) - 1:6.1f} ms   p99 gap {p99:5.1f} ms   "
            f"median gap {statistics.median(ms) if ms else 0:4.1f} ms   ({len(ms)} ticks)"
        )


async def measured(meter: StallMeter, work: Callable[[], Awaitable[object]]) -> object:
    meter.start()
    try:
        return await work()
    finally:
        meter.stop()


async def on_gui_loop(direction: str, url: str, window: Window) -> float | None:
    """The same transfer without the worker thread: what the worker thread saves us."""
    transfer = bandwidth._download if direction == "download" else bandwidth._upload
    endpoint = bandwidth.SpeedTest.under(url).url(direction)
    meter = await transfer(endpoint, window, 15.0, threading.Event())
    return meter.rate


async def main(sim: EmbeddedSimulator, stun: str) -> None:
    url = sim.base_url
    endpoints = SrsEndpoints(url, f"{url}/oauth/token", url)
    settings = Settings.model_validate({"checks": {"udp_high_peer": stun}})  # loopback only
    plan = make_plan(settings, endpoints, training=True, stun=stun)
    check = qt_check_for_plan(plan)
    await check.run()  # warm-up: the web engine's first start is slower
    totals = []
    for _ in range(3):
        started = time.perf_counter()
        report = await check.run()
        totals.append(time.perf_counter() - started)
    print(
        f"{'full check, training mode':<38} median {statistics.median(totals):5.2f} s   "
        f"(runs: {', '.join(f'{t:.2f}' for t in totals)}; STUN: {stun or 'none'})"
    )
    slowest = max(report.results, key=lambda r: r.duration_s)
    print(f"{'  slowest probe':<38} {slowest.name.value} {slowest.duration_s:.2f} s")

    meter = StallMeter()
    bw = f"{url}/_sim/bandwidth"
    window = plan.window
    for direction in ("download", "upload"):
        outcome = await measured(
            meter, lambda d=direction: bandwidth.probe_bandwidth(d, bw, 0.5, window, 15.0)
        )
        print(
            f"{direction + ' probe (worker thread)':<38} {meter.summary()}   "
            f"{getattr(outcome, 'value', None)} MB/s"
        )
        rate = await measured(meter, lambda d=direction: on_gui_loop(d, bw, window))
        shown = f"{rate / 1e6:.1f}" if isinstance(rate, float) else "?"
        print(f"{direction + ' on the GUI loop (comparison)':<38} {meter.summary()}   {shown} MB/s")

    why_not = unavailable()
    if why_not:
        print(f"shaped links: skipped ({why_not})")
        return
    for rate in (0.3e6, 1e6, 4e6):
        with shaped_link(rate) as link:
            for direction in ("download", "upload"):
                started = time.perf_counter()
                outcome = await measured(
                    meter,
                    lambda d=direction: bandwidth.probe_bandwidth(
                        d, link.bandwidth_url, 0.5, Window(), 15.0
                    ),
                )
                value = outcome.value if isinstance(outcome.value, float) else float("nan")
                payload = link.payload_bytes_s / 1e6
                print(
                    f"shaped {rate / 1e6:3.1f} MB/s {direction:<8} measured {value:6.3f} MB/s "
                    f"({(value / (rate / 1e6) - 1) * 100:+5.1f} % of the wire rate, "
                    f"{(value / payload - 1) * 100:+5.1f} % of the payload rate)   "
                    f"{time.perf_counter() - started:4.1f} s   "
                    f"longest stall {meter.longest_stall_ms:4.1f} ms"
                )


async def _then_settle(work: Awaitable[None]) -> None:
    await work
    await asyncio.sleep(0.3)  # let the probe pages go


def run() -> None:
    qInstallMessageHandler(lambda *args: None)  # headless Qt chatter is not a figure
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with ExitStack() as stack, loop:
        sim = stack.enter_context(EmbeddedSimulator(speed=60.0))
        stun = ""
        if coturn_missing() is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            stun = f"127.0.0.1:{stack.enter_context(coturn(folder))}"
        # One run of the loop: each run ends in QApplication.exec() returning, which emits
        # aboutToQuit, and the web engine tears its context down then (a second run crashed
        # at its end, the probe pages outliving it).
        loop.run_until_complete(_then_settle(main(sim, stun)))
    QCoreApplication.processEvents()


if __name__ == "__main__":
    run()
