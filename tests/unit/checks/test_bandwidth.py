"""download/upload against the simulator's bandwidth endpoints (real HTTP on loopback), the
meter's warm-up and window, and endpoints that do not work."""

from __future__ import annotations

import time

from kiosk.checks.core import Status, Window
from kiosk.checks.core.probes.bandwidth import MB, Meter, next_request_bytes, probe_bandwidth

from .peers import free_tcp_port

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
    meter = Meter(Window(warmup_s=1.0, measure_s=3.0, warmup_bytes=MB, measure_bytes=10 * MB),
                  clock=clock)
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
    closed = await probe_bandwidth("download", f"http://127.0.0.1:{free_tcp_port()}/bw", 0.5,
                                   QUICK, 5)
    unknown = await probe_bandwidth("upload", "http://speed.kiosk-readiness.invalid/bw", 0.5,
                                    QUICK, 5)
    wrong = await probe_bandwidth("download", f"{sim_url}/no-such-endpoint", 0.5, QUICK, 5)
    assert time.perf_counter() - started < 3
    assert closed.status is Status.FAIL and closed.detail.endswith("refused")
    assert unknown.status is Status.FAIL and "DNS" in unknown.detail
    assert wrong.status is Status.FAIL and wrong.detail.endswith("HTTP 404")
    assert "bandwidth_url" in str(wrong.advice)


async def test_not_configured_is_skipped() -> None:
    outcome = await probe_bandwidth("download", None, 0.5, QUICK, 5)
    assert outcome.status is Status.SKIPPED
    assert "bandwidth_url" in str(outcome.advice)
