"""Run probes, each under its own timeout; report every result as soon as it is known.

Light probes run together; "exclusive" ones (bandwidth) run one after another once those are
done, because any other traffic on the link would skew their figures and their traffic would
skew the round-trip times of the others.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from .model import Outcome, ProbeName, ProbeResult, Status
from .texts import QT_TRANSLATE_NOOP, Number, text

log = logging.getLogger(__name__)

TIMED_OUT = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The check did not finish within %1 s. The network or the device did not answer: "
    "check the cable or Wi-Fi and that nothing blocks this application, then run it again.",
)
CRASHED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The check itself failed (%1). Run it again; if it keeps failing, send the report to support.",
)


@dataclass(frozen=True)
class Probe:
    name: ProbeName
    run: Callable[[], Awaitable[Outcome]]
    timeout_s: float
    exclusive: bool = False


ResultCallback = Callable[[ProbeResult], None]


async def run_probe(probe: Probe) -> ProbeResult:
    """One probe under its timeout; a timeout or a crash becomes a failed result."""
    started = time.perf_counter()
    try:
        outcome = await asyncio.wait_for(probe.run(), probe.timeout_s)
    except TimeoutError:
        outcome = Outcome(
            Status.FAIL,
            advice=text(TIMED_OUT, Number(probe.timeout_s)),
            detail=f"timed out after {probe.timeout_s:g} s",
        )
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # a probe bug must not take the whole check down
        log.exception("probe %s crashed", probe.name)
        outcome = Outcome(
            Status.FAIL,
            advice=text(CRASHED, type(exc).__name__),
            detail=f"{type(exc).__name__}: {exc}",
        )
    return ProbeResult.of(probe.name, outcome, time.perf_counter() - started)


async def run_probes(
    probes: Sequence[Probe], on_result: ResultCallback | None = None
) -> list[ProbeResult]:
    """Run ``probes`` and return their results in report order; ``on_result`` hears each one
    as it finishes. Cancelling this cancels every probe still running."""
    results: list[ProbeResult] = []

    def done(result: ProbeResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    async def one(probe: Probe) -> None:
        done(await run_probe(probe))

    light = [p for p in probes if not p.exclusive]
    tasks = [asyncio.ensure_future(one(p)) for p in light]
    try:
        if tasks:
            await asyncio.gather(*tasks)
        for probe in (p for p in probes if p.exclusive):
            await one(probe)
    finally:
        for task in tasks:
            task.cancel()
    order = list(ProbeName)
    return sorted(results, key=lambda r: order.index(r.name))
