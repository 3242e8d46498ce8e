"""The readiness check: the plan's probes, run under their timeouts, turned into a report with
a verdict per method. Device and web-engine backends are injected (Qt ones in the app, fakes in
tests); without them those probes are skipped with a reason."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.srs import MethodSpec

from .devices import MediaDevices
from .model import Outcome, ProbeName, ProbeResult, Status
from .plan import CheckPlan
from .probes.bandwidth import probe_bandwidth
from .probes.camera import probe_camera
from .probes.microphone import probe_microphone
from .probes.non_tls import probe_non_tls
from .probes.proxy import probe_proxy
from .probes.stun import probe_stun
from .probes.tcp import probe_tcp
from .probes.tls import probe_tls
from .probes.tls_video import probe_tls_video
from .probes.udp_high import probe_udp_high
from .probes.webrtc import WebEngine, probe_webrtc
from .probes.websocket import probe_websocket
from .runner import Probe, ResultCallback, run_probes
from .texts import QT_TRANSLATE_NOOP, text
from .verdicts import MethodVerdict, probes_for, verdict, verdicts
from .worker import in_worker_thread

NO_BACKEND = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "Not checked: this needs the graphical application (Qt), which could not be started here.",
)


@dataclass(frozen=True)
class Report:
    results: tuple[ProbeResult, ...]  # in report order
    verdicts: tuple[MethodVerdict, ...]  # one per enabled method
    started_at: datetime
    duration_s: float
    training: bool

    def result(self, name: ProbeName) -> ProbeResult | None:
        return next((r for r in self.results if r.name is name), None)

    def verdict_for(self, issuer: str, method: str) -> MethodVerdict | None:
        key = (issuer.casefold(), method.casefold())
        return next(
            (v for v in self.verdicts if (v.issuer.casefold(), v.method.casefold()) == key), None
        )

    @property
    def all_ready(self) -> bool:
        return all(v.ready for v in self.verdicts)


def _budget(timeout_s: float) -> float:
    """A probe's own deadline, a little inside the runner's hard timeout, so the probe can
    still say what it saw ("no answer from ...") before the runner gives up on it."""
    return timeout_s - min(0.5, timeout_s * 0.1)


class ReadinessCheck:
    def __init__(
        self, plan: CheckPlan, devices: MediaDevices | None = None, engine: WebEngine | None = None
    ) -> None:
        self.plan = plan
        self._devices = devices
        self._engine = engine

    def probes(self, only: Iterable[ProbeName] | None = None) -> list[Probe]:
        wanted = set(ProbeName if only is None else only)
        return [p for p in self._all_probes() if p.name in wanted]

    async def run(
        self, on_result: ResultCallback | None = None, *, only: Iterable[ProbeName] | None = None
    ) -> Report:
        started_at = datetime.now(UTC)
        started = time.perf_counter()
        results = await run_probes(self.probes(only), on_result)
        return Report(
            tuple(results),
            verdicts(self.plan.methods, results),
            started_at,
            round(time.perf_counter() - started, 3),
            self.plan.training,
        )

    async def preflight(
        self, spec: MethodSpec, on_result: ResultCallback | None = None
    ) -> MethodVerdict:
        """Only the probes ``spec`` needs (before an identification starts)."""
        report = await self.run(on_result, only=probes_for([spec]))
        return verdict(spec, {r.name: r for r in report.results})

    def _all_probes(self) -> list[Probe]:
        plan, limits = self.plan, self.plan.thresholds
        devices, engine = self._devices, self._engine

        def probe(
            name: ProbeName, run: Callable[[float], Awaitable[Outcome]], exclusive: bool = False
        ) -> Probe:
            timeout = plan.timeout(name)
            return Probe(name, lambda: run(_budget(timeout)), timeout, exclusive)

        return [
            probe(
                ProbeName.CAMERA,
                lambda b: probe_camera(devices, limits.camera) if devices else _skipped(),
            ),
            probe(
                ProbeName.MICROPHONE, lambda b: probe_microphone(devices) if devices else _skipped()
            ),
            probe(
                ProbeName.DOWNLOAD,
                lambda b: probe_bandwidth(
                    "download", plan.speed_test, limits.download_mbytes_s, plan.window, b
                ),
                exclusive=True,
            ),
            probe(
                ProbeName.UPLOAD,
                lambda b: probe_bandwidth(
                    "upload", plan.speed_test, limits.upload_mbytes_s, plan.window, b
                ),
                exclusive=True,
            ),
            probe(ProbeName.TCP, lambda b: probe_tcp(plan.tcp_targets, b)),
            probe(
                ProbeName.TLS,
                lambda b: probe_tls(plan.tls_target, limits.tls, b, cafile=plan.tls_cafile),
            ),
            probe(
                ProbeName.TLS_VIDEO,
                lambda b: off_gui(
                    ProbeName.TLS_VIDEO,
                    lambda: probe_tls_video(
                        plan.video_tls,
                        limits.tls,
                        b,
                        cafile=plan.tls_cafile,
                        wildcards=plan.video_wildcards,
                    ),
                ),
            ),
            probe(
                ProbeName.WEBSOCKET,
                lambda b: off_gui(
                    ProbeName.WEBSOCKET,
                    lambda: probe_websocket(plan.websockets, b, cafile=plan.tls_cafile),
                ),
            ),
            probe(
                ProbeName.NON_TLS_443,
                lambda b: off_gui(
                    ProbeName.NON_TLS_443, lambda: probe_non_tls(plan.non_tls_peer, b)
                ),
            ),
            probe(ProbeName.STUN, lambda b: probe_stun(plan.stun, b)),
            probe(
                ProbeName.UDP_HIGH,
                lambda b: off_gui(ProbeName.UDP_HIGH, lambda: probe_udp_high(plan.udp_high, b)),
            ),
            probe(
                ProbeName.WEBRTC,
                lambda b: (
                    probe_webrtc(engine, plan.stun, limits.camera, b) if engine else _skipped()
                ),
            ),
            probe(ProbeName.PROXY, lambda b: probe_proxy(plan.proxy_url)),
        ]


async def off_gui(name: ProbeName, work: Callable[[], Awaitable[Outcome]]) -> Outcome:
    """``work()`` on its own loop in a worker thread: TLS contexts load the system's trust
    store and handshakes cost CPU, which the GUI thread should not spend. ``work`` ends by
    itself within its budget, so a cancelled caller leaves nothing running for long."""

    async def run(stop: threading.Event) -> Outcome:
        return await work()

    return await in_worker_thread(run, name=f"{name.value}-probe")


async def _skipped() -> Outcome:
    return Outcome(Status.SKIPPED, advice=text(NO_BACKEND), detail="no Qt backend")
