"""The runner: per-probe timeouts, crashes contained, results as they come, bandwidth alone."""

from __future__ import annotations

import asyncio
import time

from kiosk.checks.core import Outcome, Probe, ProbeName, ProbeResult, Status, run_probes


def comma(value: float, digits: int) -> str:
    """Decimal numbers as German writes them (the UI passes the staff language's format)."""
    return f"{value:.{digits}g}".replace(".", ",")


def quick(
    name: ProbeName,
    delay: float = 0.0,
    log: list[str] | None = None,
    exclusive: bool = False,
    timeout: float = 2.0,
) -> Probe:
    async def run() -> Outcome:
        if log is not None:
            log.append(f"start {name}")
        await asyncio.sleep(delay)
        if log is not None:
            log.append(f"end {name}")
        return Outcome(Status.PASS, 1, "x")

    return Probe(name, run, timeout, exclusive)


async def test_a_hanging_probe_fails_at_its_timeout_with_advice() -> None:
    async def hang() -> Outcome:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    started = time.perf_counter()
    results = await run_probes([Probe(ProbeName.STUN, hang, 0.3), quick(ProbeName.TCP)])
    assert time.perf_counter() - started < 2  # not hanging (a busy machine is slower)
    stun = results[1]
    assert stun.name is ProbeName.STUN and stun.status is Status.FAIL
    assert "0.3 s" in str(stun.advice)
    assert stun.advice is not None and "0,3 s" in stun.advice.render(number=comma)  # German
    assert 0.3 <= stun.duration_s < 2


async def test_a_crashing_probe_fails_without_stopping_the_others() -> None:
    async def crash() -> Outcome:
        raise KeyError("oops")

    results = await run_probes([Probe(ProbeName.PROXY, crash, 1), quick(ProbeName.TLS)])
    assert [(r.name, r.status) for r in results] == [
        (ProbeName.TLS, Status.PASS),
        (ProbeName.PROXY, Status.FAIL),
    ]
    assert "KeyError" in results[1].detail


async def test_results_arrive_as_they_finish_and_come_back_in_report_order() -> None:
    heard: list[ProbeName] = []

    def on_result(result: ProbeResult) -> None:
        heard.append(result.name)

    results = await run_probes(
        [quick(ProbeName.CAMERA, 0.2), quick(ProbeName.TCP, 0.0), quick(ProbeName.PROXY, 0.1)],
        on_result,
    )
    assert heard == [ProbeName.TCP, ProbeName.PROXY, ProbeName.CAMERA]
    assert [r.name for r in results] == [ProbeName.CAMERA, ProbeName.TCP, ProbeName.PROXY]


async def test_exclusive_probes_run_alone_one_after_another() -> None:
    log: list[str] = []
    await run_probes(
        [
            quick(ProbeName.DOWNLOAD, 0.05, log, exclusive=True),
            quick(ProbeName.UPLOAD, 0.05, log, exclusive=True),
            quick(ProbeName.TCP, 0.05, log),
            quick(ProbeName.STUN, 0.05, log),
        ]
    )
    assert log[:2] == ["start tcp", "start stun"]
    assert log[4:] == ["start download", "end download", "start upload", "end upload"]


async def test_cancelling_the_run_cancels_every_probe() -> None:
    ended: list[str] = []

    async def long() -> Outcome:
        try:
            await asyncio.sleep(5)
        finally:
            ended.append("cleaned up")
        return Outcome(Status.PASS)

    task = asyncio.ensure_future(run_probes([Probe(ProbeName.TCP, long, 10)]))
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)
    assert ended == ["cleaned up"]
