"""download/upload against the simulator's bandwidth endpoints (real HTTP on loopback), the
meter's warm-up and window, and endpoints that do not work."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest

from kiosk.checks.core import Status, Window
from kiosk.checks.core.probes.bandwidth import (
    CLOUDFLARE,
    MB,
    Meter,
    SpeedTest,
    next_request_bytes,
    probe_bandwidth,
)

from .peers import free_tcp_port, http_answer, http_peer

QUICK = Window(warmup_s=0.2, measure_s=0.5)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_meter_skips_the_warm_up_then_measures_one_window() -> None:
    clock = Clock()
    meter = Meter(Window(warmup_s=1.0, measure_s=3.0), clock=clock)
    clock.now += 0.5
    meter.add(3 * MB)  # the burst into the socket buffers: not counted
    assert meter.rate is None
    clock.now += 0.5
    meter.add(100_000)  # first chunk after the warm-up: the window starts here
    for _ in range(12):
        assert not meter.done
        clock.now += 0.25
        meter.add(125_000)
    assert meter.done
    assert meter.measured_bytes == 1_500_000
    assert abs(meter.seconds - 3.0) < 1e-9
    assert meter.rate is not None and abs(meter.rate - 500_000) < 1e-6


def test_meter_ends_a_fast_window_by_bytes() -> None:
    clock = Clock()
    meter = Meter(
        Window(warmup_s=1.0, measure_s=3.0, warmup_bytes=MB, measure_bytes=10 * MB), clock=clock
    )
    meter.add(MB)  # warm-up ends by bytes
    clock.now += 0.01
    meter.add(10 * MB)
    assert meter.done and meter.rate is not None and meter.rate > 900 * MB


def test_download_requests_last_about_a_second() -> None:
    clock = Clock()
    meter = Meter(Window(), clock=clock)
    assert next_request_bytes(meter) == 256 * 1024  # nothing known yet: start small
    clock.now += 1.0
    meter.add(2 * MB)
    assert 1.5 * MB < next_request_bytes(meter) < 2 * MB


async def test_download_and_upload_against_the_simulator(sim_url: str) -> None:
    url = f"{sim_url}/_sim/bandwidth"
    for direction in ("download", "upload"):
        outcome = await probe_bandwidth(direction, url, 0.5, QUICK, budget_s=10)
        assert outcome.status is Status.PASS, outcome
        assert outcome.unit == "MB/s" and outcome.threshold == 0.5
        assert isinstance(outcome.value, float) and outcome.value > 0.5
        assert "after the warm-up" in outcome.detail


async def test_too_slow_fails_with_advice(sim_url: str) -> None:
    # Loopback is fast: an absurd minimum shows the failing path against a real endpoint.
    outcome = await probe_bandwidth("upload", f"{sim_url}/_sim/bandwidth", 1e9, QUICK, 10)
    assert outcome.status is Status.FAIL
    assert "upload speed" in str(outcome.advice)


async def test_unreachable_unknown_and_wrong_endpoints_fail_fast(sim_url: str) -> None:
    started = time.perf_counter()
    closed = await probe_bandwidth(
        "download", f"http://127.0.0.1:{free_tcp_port()}/bw", 0.5, QUICK, 5
    )
    unknown = await probe_bandwidth(
        "upload", "http://speed.kiosk-readiness.invalid/bw", 0.5, QUICK, 5
    )
    wrong = await probe_bandwidth("download", f"{sim_url}/no-such-endpoint", 0.5, QUICK, 5)
    assert time.perf_counter() - started < 3
    assert closed.status is Status.FAIL and closed.detail.endswith("refused")
    assert unknown.status is Status.FAIL and "DNS" in unknown.detail
    assert wrong.status is Status.FAIL and "HTTP 404 Not Found" in wrong.detail
    assert "bandwidth_url" in str(wrong.advice)


async def test_an_upload_to_an_endpoint_answering_404_is_no_speed_test(sim_url: str) -> None:
    # It used to pass at ~1,000 MB/s: the bytes counted were those written into socket buffers.
    url = f"{sim_url}/no-such-endpoint"
    outcome = await probe_bandwidth("upload", url, 0.5, QUICK, 5)
    assert outcome.status is Status.FAIL and outcome.value is None
    advice = str(outcome.advice)
    assert f"{url}/upload" in advice and "HTTP 404 Not Found" in advice
    assert "There is no endpoint POST" in advice  # the endpoint's own answer, quoted
    port = url.rpartition(":")[2].partition("/")[0]
    assert f"HTTP (TCP port {port}) to 127.0.0.1" in advice  # what IT is asked to open


async def _reads_body(length: int, reader: asyncio.StreamReader) -> None:
    await reader.readexactly(length)


@pytest.mark.parametrize(
    ("name", "body"), [("short", b"<html>captive portal</html>"), ("empty", b"")]
)
async def test_a_download_answered_with_a_short_or_empty_2xx_fails(name: str, body: bytes) -> None:
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        return http_answer("200 OK", body)

    async with http_peer(answer) as base:
        outcome = await probe_bandwidth(
            "download", SpeedTest(f"{base}/down", f"{base}/up"), 0.5, QUICK, 5
        )
    assert outcome.status is Status.FAIL and outcome.value is None, name
    assert f"with {len(body)} of the 262144 bytes asked for" in str(outcome.advice)
    assert f"{base}/down" in str(outcome.advice)


async def test_an_upload_endpoint_that_counts_fewer_bytes_fails() -> None:
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        await _reads_body(length, reader)
        return http_answer(
            "200 OK",
            json.dumps({"bytes": length // 2, "seconds": 0.01}).encode(),
            "application/json",
        )

    async with http_peer(answer) as base:
        outcome = await probe_bandwidth(
            "upload", SpeedTest(f"{base}/down", f"{base}/up"), 0.5, QUICK, 5
        )
    assert outcome.status is Status.FAIL and outcome.value is None
    assert "received only 131072 of 262144 bytes" in str(outcome.advice)


async def test_an_upload_answered_before_the_body_arrived_fails() -> None:
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        return http_answer("200 OK", b"ok")  # without reading what was sent

    async with http_peer(answer) as base:
        outcome = await probe_bandwidth("upload", f"{base}/bw", 0.5, QUICK, 5)
    assert outcome.status is Status.FAIL and outcome.value is None
    assert f"{base}/bw/upload" in str(outcome.advice)


async def test_an_upload_endpoint_without_a_count_is_measured_by_its_answers() -> None:
    # Cloudflare's __up answers without {"bytes"}: the answer after the whole body counts.
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> bytes:
        await _reads_body(length, reader)
        return http_answer("200 OK", b"")

    async with http_peer(answer) as base:
        outcome = await probe_bandwidth(
            "upload", SpeedTest(f"{base}/__down", f"{base}/__up"), 0.5, QUICK, 5
        )
    assert outcome.status is Status.PASS and isinstance(outcome.value, float), outcome
    assert f"{base}/__up" in outcome.detail


async def test_a_slow_endpoint_fails_naming_it_within_the_budget() -> None:
    async def trickle(asked: int) -> AsyncIterator[bytes]:
        yield (f"HTTP/1.1 200 OK\r\nContent-Length: {asked}\r\n\r\n").encode()
        for _ in range(asked // 1000):
            yield b"x" * 1000
            await asyncio.sleep(0.02)  # about 50 kB/s

    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
        return trickle(int(line.split("bytes=")[1].split()[0]))

    async with http_peer(answer) as base:
        started = time.perf_counter()
        outcome = await probe_bandwidth("download", f"{base}/bw", 0.5, QUICK, 2)
        assert time.perf_counter() - started < 2.5
    assert outcome.status is Status.FAIL
    # Not one request finished: no measured value, but a rough figure for the advice.
    assert outcome.value is None
    advice = str(outcome.advice)
    assert "The download speed is ~0.0" in advice, advice
    # The numbers stay numbers until the screen writes them in its language's format.
    assert outcome.advice is not None
    german = outcome.advice.render(
        number=lambda value, digits: f"{value:.{digits}g}".replace(".", ",")
    )
    assert "The download speed is ~0,0" in german and "at least 0,5 MB/s" in german, german
    assert f"measured with {base}/bw/download" in advice


@pytest.mark.parametrize("direction", ["download", "upload"])
async def test_a_silent_endpoint_fails_within_the_budget(direction: str) -> None:
    async def answer(line: str, length: int, reader: asyncio.StreamReader) -> None:
        return None  # never answers

    async with http_peer(answer) as base:
        started = time.perf_counter()
        outcome = await probe_bandwidth(direction, f"{base}/bw", 0.5, QUICK, 1.5)
        elapsed = time.perf_counter() - started
    assert outcome.status is Status.FAIL
    assert elapsed < 2.5
    assert "timed out" in outcome.detail and f"{base}/bw/{direction}" in str(outcome.advice)


async def test_switched_off_is_skipped() -> None:
    outcome = await probe_bandwidth("download", None, 0.5, QUICK, 5)
    assert outcome.status is Status.SKIPPED
    assert "bandwidth_url" in str(outcome.advice)


def test_the_default_speed_test_is_cloudflare_s() -> None:
    assert CLOUDFLARE.url("download") == "https://speed.cloudflare.com/__down"
    assert CLOUDFLARE.url("upload") == "https://speed.cloudflare.com/__up"
    assert SpeedTest.under("http://h/_sim/bandwidth/") == SpeedTest(
        "http://h/_sim/bandwidth/download", "http://h/_sim/bandwidth/upload"
    )
