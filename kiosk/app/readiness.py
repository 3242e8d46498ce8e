"""The terminal's readiness in the running kiosk (DESIGN §6): one background check after the
attract screen is shown (it never delays it), whose verdicts the method list uses, and a
pre-flight of the method's own probes before a video identification starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from kiosk.checks.core import MethodVerdict, ProbeName, ProbeResult, ReadinessCheck
from kiosk.checks.qt.factory import qt_readiness_check
from kiosk.checks.qt.monitor import ReadinessMonitor
from kiosk.config import Settings
from kiosk.services import Backend
from kiosk.srs import MethodSpec

CheckFactory = Callable[[], ReadinessCheck]


def needs_preflight(spec: MethodSpec | None) -> bool:
    """Methods that use the terminal's camera or microphone (the video call)."""
    if spec is None:
        return False
    needs = spec.terminal
    return needs.camera_min_resolution is not None or needs.microphone


@dataclass(frozen=True)
class Preflight:
    """A pre-flight's verdict and the results of the probes it ran."""

    verdict: MethodVerdict
    results: tuple[ProbeResult, ...]

    @property
    def ready(self) -> bool:
        return self.verdict.ready

    def blocking(self) -> tuple[ProbeResult, ...]:
        """The failed results that stop the method, in report order."""
        return tuple(r for r in self.results if r.name in self.verdict.blocking)


class TerminalReadiness(QObject):
    """Owns the app's ``ReadinessMonitor`` (the staff diagnosis screen shows its runs).

    ``make_check`` builds a check for the current settings and backend at each run; tests
    replace it (a fake camera backend where the machine has none).
    """

    def __init__(self, make_check: CheckFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make_check = make_check
        self.monitor = ReadinessMonitor(lambda: self.make_check(), self)

    def start_background(self) -> None:
        """The start-up run: returns at once; the verdicts arrive with ``monitor.finished``."""
        if not self.monitor.running and self.monitor.report is None:
            self.monitor.start()

    async def preflight(
        self, spec: MethodSpec, on_result: Callable[[ProbeResult], None] | None = None
    ) -> Preflight:
        """Run the probes ``spec`` needs (a check of its own: the background verdicts of the
        other methods stay as they are)."""
        results: dict[ProbeName, ProbeResult] = {}

        def seen(result: ProbeResult) -> None:
            results[result.name] = result
            if on_result is not None:
                on_result(result)

        verdict = await self.make_check().preflight(spec, seen)
        ordered = tuple(results[name] for name in ProbeName if name in results)
        return Preflight(verdict, ordered)

    def shutdown(self) -> None:
        self.monitor.cancel()


def app_check_factory(
    settings: Callable[[], Settings], backend: Callable[[], Backend]
) -> CheckFactory:
    """The Qt-backed check for whatever settings and backend are current at each run."""
    return lambda: qt_readiness_check(settings(), backend())
