"""``download`` and ``upload``: throughput in MB/s (10^6 bytes per second).

Against an endpoint serving ``GET {url}/download?bytes=N`` and ``POST {url}/upload`` (the
training simulator does). The first second (or first few megabytes) is a warm-up that is not
counted: TCP's slow start and the filling of socket buffers would skew the figure. Then a
window of a few seconds is measured between chunk arrivals (download) or between completed
writes (upload). A fast link ends the window early once enough bytes give a precise figure.
The transfer runs in a worker thread (see ``worker``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from ..addresses import classify_chain
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text
from ..worker import in_worker_thread

MB = 1_000_000
CHUNK = 64 * 1024
MIN_REQUEST_BYTES = 256 * 1024
MAX_REQUEST_BYTES = 50 * MB  # the simulator serves up to 100 MB per request
REQUEST_SECONDS = 0.8  # download requests are sized to last about this long
# Not all zeros: a compressing proxy must not make the link look fast.
_PAYLOAD = bytes(range(256)) * (CHUNK // 256)

TOO_SLOW = {
    "download": QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "The download speed is %1 MB/s; video identification needs at least %2 MB/s. Check "
        "whether other devices or downloads load the connection, or ask IT for a faster line."),
    "upload": QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "The upload speed is %1 MB/s; video identification needs at least %2 MB/s. Check "
        "whether other devices or uploads load the connection, or ask IT for a faster line."),
}
NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No bandwidth test endpoint is configured ([checks] bandwidth_url), so the speed was not "
    "measured.")
ENDPOINT_FAILED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The speed test endpoint %1 could not be used (%2). Check the network connection and the "
    "[checks] bandwidth_url setting.")


@dataclass(frozen=True)
class Window:
    warmup_s: float = 1.0
    measure_s: float = 3.0
    warmup_bytes: int = 4 * MB  # on a fast link TCP is up to speed long before a second
    measure_bytes: int = 40 * MB  # enough for a precise figure; spares a fast link's CPU


@dataclass
class Meter:
    """Counts bytes against the clock: skips the warm-up, then measures one window."""

    window: Window
    clock: Callable[[], float] = time.perf_counter
    started: float = field(init=False)
    total: int = 0
    mark: tuple[float, int] | None = None  # (time, bytes) where the window began
    last: tuple[float, int] | None = None

    def __post_init__(self) -> None:
        self.started = self.clock()

    def add(self, count: int) -> None:
        now = self.clock()
        self.total += count
        if self.mark is None:
            if (now - self.started >= self.window.warmup_s
                    or self.total >= self.window.warmup_bytes):
                self.mark = (now, self.total)
            return
        self.last = (now, self.total)

    @property
    def seconds(self) -> float:
        return self.last[0] - self.mark[0] if self.last and self.mark else 0.0

    @property
    def measured_bytes(self) -> int:
        return self.last[1] - self.mark[1] if self.last and self.mark else 0

    @property
    def done(self) -> bool:
        return (self.seconds >= self.window.measure_s
                or self.measured_bytes >= self.window.measure_bytes)

    @property
    def rate(self) -> float | None:
        """Bytes per second over the window; None before any measured interval."""
        return self.measured_bytes / self.seconds if self.seconds > 0 else None


def _trust_env(url: str) -> bool:
    """Use the system proxy, except for the training simulator on this computer."""
    host = urlsplit(url).hostname or ""
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host != "localhost"


def next_request_bytes(meter: Meter) -> int:
    """About a second's worth at the speed seen so far: each response is read to its end
    (closing mid-body makes a server write into a dead socket), so the last one must not
    run far past the window."""
    elapsed = meter.clock() - meter.started
    rate = meter.total / elapsed if meter.total and elapsed > 0 else 0.0
    return int(min(MAX_REQUEST_BYTES, max(MIN_REQUEST_BYTES, rate * REQUEST_SECONDS)))


async def _download(url: str, window: Window, budget_s: float, stop: threading.Event) -> Meter:
    deadline = time.perf_counter() + budget_s
    async with httpx.AsyncClient(timeout=budget_s, trust_env=_trust_env(url)) as client:
        meter = Meter(window)
        while not meter.done and not stop.is_set() and time.perf_counter() < deadline:
            async with client.stream("GET", f"{url}/download",
                                     params={"bytes": next_request_bytes(meter)},
                                     headers={"Cache-Control": "no-store"}) as response:
                response.raise_for_status()
                async for chunk in response.aiter_raw():
                    meter.add(len(chunk))
                    if stop.is_set() or time.perf_counter() >= deadline:
                        break  # given up: leaving the block closes the connection
        return meter


async def _upload(url: str, window: Window, budget_s: float, stop: threading.Event) -> Meter:
    deadline = time.perf_counter() + budget_s
    meter = Meter(window)

    async def body() -> AsyncIterator[bytes]:
        while not meter.done and not stop.is_set() and time.perf_counter() < deadline:
            yield _PAYLOAD
            meter.add(len(_PAYLOAD))  # resumed: the chunk before is written

    async with httpx.AsyncClient(timeout=budget_s, trust_env=_trust_env(url)) as client:
        try:
            # The answer only waits for the socket buffers to drain: don't wait past the budget.
            response = await asyncio.wait_for(
                client.post(f"{url}/upload", content=body(),
                            headers={"Content-Type": "application/octet-stream"}),
                max(0.1, deadline - time.perf_counter()))
        except TimeoutError:
            if meter.done:
                return meter
            raise
        if not meter.done:
            response.raise_for_status()  # an early answer can only be a refusal
    return meter


async def probe_bandwidth(direction: str, url: str | None, minimum: float, window: Window,
                          budget_s: float) -> Outcome:
    """``direction`` "download" or "upload"; ``minimum`` in MB/s."""
    if url is None:
        return Outcome(Status.SKIPPED, None, "MB/s", minimum, text(NOT_CONFIGURED))
    base = url.rstrip("/")
    transfer = _download if direction == "download" else _upload
    try:
        meter = await in_worker_thread(
            lambda stop: transfer(base, window, budget_s, stop), name=f"{direction}-probe")
    except (httpx.HTTPError, OSError, TimeoutError) as exc:
        reason = _reason(exc)
        return Outcome(Status.FAIL, None, "MB/s", minimum,
                       text(ENDPOINT_FAILED, base, reason), f"{base}: {reason}")
    rate = meter.rate
    if rate is None:  # the budget ran out during the warm-up
        return Outcome(Status.FAIL, None, "MB/s", minimum,
                       text(TOO_SLOW[direction], "< 0.01", f"{minimum:g}"),
                       f"{meter.total} bytes in the warm-up, nothing measured")
    value = round(rate / MB, 3)
    detail = (f"{meter.measured_bytes / MB:.2f} MB in {meter.seconds:.2f} s after the warm-up "
              f"({base})")
    if value < minimum:
        return Outcome(Status.FAIL, value, "MB/s", minimum,
                       text(TOO_SLOW[direction], f"{value:g}", f"{minimum:g}"),
                       detail)
    return Outcome(Status.PASS, value, "MB/s", minimum, None, detail)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return "timed out"
    found = classify_chain(exc)
    return found[1] if found else str(exc) or type(exc).__name__
