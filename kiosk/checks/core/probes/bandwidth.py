"""``download`` and ``upload``: throughput in MB/s (10^6 bytes per second).

Against any service with ``GET {download}?bytes=N`` and ``POST {upload}`` semantics: by default
Cloudflare's public speed test (``speed.cloudflare.com/__down`` and ``__up``); in training mode
the simulator's ``/_sim/bandwidth/download`` and ``/upload``. Requests follow one another on
one connection, each sized to last about REQUEST_SECONDS; the clock counts whole requests,
from one's end to another's. The first second (or first few megabytes) is a warm-up that is
not counted: TCP's slow start would skew the figure. Then a window of a few seconds is
measured. A fast link ends the window early once enough bytes give a precise figure. The
transfer runs in a worker thread (see ``worker``).

Only what the far end took part in counts: a download must be a 2xx carrying every byte asked
for; an upload counts when its answer (a 2xx, after the whole body) arrives, with the number of
bytes the endpoint says it received (``{"bytes": N, "seconds": S}``) where it says one. Bytes
written into socket buffers say nothing: an endpoint that refuses, answers early or reports
fewer bytes is a failure naming it, never a fast link.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from ..addresses import classify_chain
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, Number, text
from ..worker import in_worker_thread

MB = 1_000_000
CHUNK = 64 * 1024
MIN_REQUEST_BYTES = 256 * 1024
MAX_REQUEST_BYTES = 50 * MB  # the simulator serves up to 100 MB per request
REQUEST_SECONDS = 0.8  # requests are sized to last about this long
# Not all zeros: a compressing proxy must not make the link look fast.
_PAYLOAD = bytes(range(256)) * (CHUNK // 256)
_SHOWN_ANSWER = 120  # characters of a refusing endpoint's answer quoted in the advice

TOO_SLOW = {
    "download": QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "The download speed is %1 MB/s (measured with %3); video identification needs at least "
        "%2 MB/s. Check whether other devices or downloads load the connection, or ask IT for a "
        "faster line.",
    ),
    "upload": QT_TRANSLATE_NOOP(
        "ReadinessCheck",
        "The upload speed is %1 MB/s (measured with %3); video identification needs at least "
        "%2 MB/s. Check whether other devices or uploads load the connection, or ask IT for a "
        "faster line.",
    ),
}
NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    'The speed test is switched off ([checks] bandwidth_url = ""), so the speed was not measured.',
)
ENDPOINT_FAILED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The speed test endpoint %1 could not be used (%2). Check the network connection; ask IT "
    "to allow outgoing %3 to %4, or set [checks] bandwidth_url to a working speed test.",
)
ENDPOINT_REFUSED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The speed test endpoint %1 refused the test: it answered %2. No speed was measured. "
    "If a proxy or filter answered instead, ask IT to allow outgoing %3 to %4; otherwise "
    "set [checks] bandwidth_url to a working speed test.",
)


@dataclass(frozen=True)
class SpeedTest:
    """Where to measure: ``GET {download}?bytes=N`` answers N bytes, ``POST {upload}`` takes a
    body (and may say ``{"bytes": N, "seconds": S}`` about it)."""

    download: str
    upload: str

    @classmethod
    def under(cls, base: str) -> SpeedTest:
        """``{base}/download`` and ``{base}/upload``, as the simulator serves them."""
        root = base.rstrip("/")
        return cls(f"{root}/download", f"{root}/upload")

    def url(self, direction: str) -> str:
        return self.download if direction == "download" else self.upload


# Cloudflare's public speed test (the one speed.cloudflare.com runs): no account, anycast,
# GET __down?bytes=N and POST __up.
CLOUDFLARE = SpeedTest("https://speed.cloudflare.com/__down", "https://speed.cloudflare.com/__up")


class NotASpeedTestError(Exception):
    """The endpoint answered, but not as a speed test does; ``answer`` says what it did."""

    def __init__(self, answer: str) -> None:
        super().__init__(answer)
        self.answer = answer


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
    pending: int = 0  # bytes of the request in progress (a rough figure when nothing is done)
    mark: tuple[float, int] | None = None  # (time, bytes) where the window began
    last: tuple[float, int] | None = None

    def __post_init__(self) -> None:
        self.started = self.clock()

    def add(self, count: int) -> None:
        now = self.clock()
        self.total += count
        if self.mark is None:
            if now - self.started >= self.window.warmup_s or self.total >= self.window.warmup_bytes:
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
        return (
            self.seconds >= self.window.measure_s
            or self.measured_bytes >= self.window.measure_bytes
        )

    @property
    def rate(self) -> float | None:
        """Bytes per second over the window; None before any measured interval."""
        return self.measured_bytes / self.seconds if self.seconds > 0 else None

    @property
    def rough_rate(self) -> float:
        """Everything moved so far over the time so far, warm-up and unfinished request
        included: for a link too slow to finish a single request within the budget."""
        elapsed = self.clock() - self.started
        return (self.total + self.pending) / elapsed if elapsed > 0 else 0.0


def _trust_env(url: str) -> bool:
    """Use the system proxy, except for the training simulator on this computer."""
    host = urlsplit(url).hostname or ""
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host != "localhost"


def next_request_bytes(meter: Meter) -> int:
    """About a second's worth at the speed seen so far: each request is carried to its end
    (closing mid-body makes a server write into a dead socket), so the last one must not
    run far past the window."""
    elapsed = meter.clock() - meter.started
    rate = meter.total / elapsed if meter.total and elapsed > 0 else 0.0
    return int(min(MAX_REQUEST_BYTES, max(MIN_REQUEST_BYTES, rate * REQUEST_SECONDS)))


async def _answer(response: httpx.Response) -> str:
    """ "HTTP 404 Not Found: {first characters of the body}", for the advice."""
    try:
        body = (await response.aread())[:2000].decode("utf-8", "replace")
    except httpx.HTTPError:
        body = ""
    shown = " ".join(body.split())[:_SHOWN_ANSWER]
    head = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    return f"{head}: {shown}" if shown else head


async def _download(url: str, window: Window, budget_s: float, stop: threading.Event) -> Meter:
    deadline = time.perf_counter() + budget_s
    async with httpx.AsyncClient(timeout=budget_s, trust_env=_trust_env(url)) as client:
        meter = Meter(window)
        while not meter.done and not stop.is_set() and time.perf_counter() < deadline:
            asked = next_request_bytes(meter)
            async with client.stream(
                "GET",
                url,
                params={"bytes": asked},
                headers={"Cache-Control": "no-store", "Accept-Encoding": "identity"},
            ) as response:
                if not response.is_success:
                    raise NotASpeedTestError(await _answer(response))
                got = 0
                async for chunk in response.aiter_bytes():
                    got += len(chunk)
                    meter.pending = got
                    if stop.is_set() or time.perf_counter() >= deadline:
                        return meter  # given up: leaving the block closes the connection
            if got < asked:  # a 2xx page, a cut stream: no speed test
                raise NotASpeedTestError(
                    f"HTTP {response.status_code} with {got} of the {asked} bytes asked for"
                )
            # Whole answers only: none of their bytes can have arrived before the request
            # went out, while a chunk read late (a busy machine) may have waited in the socket
            # buffer since long before the window began.
            meter.pending = 0
            meter.add(got)
        return meter


def _received(response: httpx.Response, sent: int) -> int:
    """The bytes the endpoint says it received, or ``sent`` when it says nothing."""
    try:
        said = json.loads(response.content)
    except ValueError:
        return sent
    count = said.get("bytes") if isinstance(said, dict) else None
    return count if isinstance(count, int) and not isinstance(count, bool) else sent


async def _upload(url: str, window: Window, budget_s: float, stop: threading.Event) -> Meter:
    deadline = time.perf_counter() + budget_s
    meter = Meter(window)

    async with httpx.AsyncClient(timeout=budget_s, trust_env=_trust_env(url)) as client:
        while not meter.done and not stop.is_set():
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                break
            size = next_request_bytes(meter)
            written = 0

            async def body(size: int = size) -> AsyncIterator[bytes]:
                nonlocal written
                while written < size and not stop.is_set():
                    piece = _PAYLOAD[: size - written]
                    yield piece
                    written += len(piece)
                    meter.pending = written

            try:
                async with asyncio.timeout(remaining):
                    response = await client.post(
                        url,
                        content=body(),
                        headers={
                            "Content-Type": "application/octet-stream",
                            "Content-Length": str(size),
                            "Cache-Control": "no-store",
                        },
                    )
            except TimeoutError:
                if meter.rate is not None:
                    break  # the budget ends mid-request: the requests before it are measured
                raise
            if not response.is_success:
                raise NotASpeedTestError(await _answer(response))
            if written < size:  # answered before taking the body: it did not receive it
                raise NotASpeedTestError(
                    f"HTTP {response.status_code} before the upload was complete "
                    f"({written} of {size} bytes sent)"
                )
            received = _received(response, size)
            if received < size:
                raise NotASpeedTestError(
                    f"HTTP {response.status_code}, but it received only {received} of {size} bytes"
                )
            meter.pending = 0
            meter.add(size)
    return meter


async def probe_bandwidth(
    direction: str,
    endpoint: SpeedTest | str | None,
    minimum: float,
    window: Window,
    budget_s: float,
) -> Outcome:
    """``direction`` "download" or "upload"; ``endpoint`` a speed test, a base URL serving
    ``/download`` and ``/upload``, or None (switched off); ``minimum`` in MB/s."""
    if endpoint is None:
        return Outcome(Status.SKIPPED, None, "MB/s", minimum, text(NOT_CONFIGURED))
    test = SpeedTest.under(endpoint) if isinstance(endpoint, str) else endpoint
    url = test.url(direction)
    parts = urlsplit(url)
    host = parts.hostname or url
    # What IT opens: the protocol and the TCP port, e.g. "HTTPS (TCP port 443)".
    service = (
        f"{'HTTPS' if parts.scheme == 'https' else 'HTTP'} (TCP port "
        f"{parts.port or (443 if parts.scheme == 'https' else 80)})"
    )
    transfer = _download if direction == "download" else _upload
    try:
        meter = await in_worker_thread(
            lambda stop: transfer(url, window, budget_s, stop), name=f"{direction}-probe"
        )
    except NotASpeedTestError as exc:
        return Outcome(
            Status.FAIL,
            None,
            "MB/s",
            minimum,
            text(ENDPOINT_REFUSED, url, exc.answer, service, host),
            f"{url}: {exc.answer}",
        )
    except (httpx.HTTPError, OSError, TimeoutError) as exc:
        reason = _reason(exc)
        return Outcome(
            Status.FAIL,
            None,
            "MB/s",
            minimum,
            text(ENDPOINT_FAILED, url, reason, service, host),
            f"{url}: {reason}",
        )
    rate = meter.rate
    if rate is None:  # the budget ran out during the warm-up
        return Outcome(
            Status.FAIL,
            None,
            "MB/s",
            minimum,
            text(
                TOO_SLOW[direction],
                Number(meter.rough_rate / MB, digits=2, about=True),
                Number(minimum),
                url,
            ),
            f"{meter.total + meter.pending} bytes within the budget, no request "
            f"finished after the warm-up ({url})",
        )
    value = round(rate / MB, 3)
    detail = (
        f"{meter.measured_bytes / MB:.2f} MB in {meter.seconds:.2f} s after the warm-up ({url})"
    )
    if value < minimum:
        return Outcome(
            Status.FAIL,
            value,
            "MB/s",
            minimum,
            text(TOO_SLOW[direction], Number(value), Number(minimum), url),
            detail,
        )
    return Outcome(Status.PASS, value, "MB/s", minimum, None, detail)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return "timed out"
    found = classify_chain(exc)
    return found[1] if found else str(exc) or type(exc).__name__
