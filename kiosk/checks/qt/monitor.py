"""Runs the readiness check in the background on the Qt loop (qasync) and signals each result,
so the staff's diagnosis screen fills in as probes finish and the method list can grey out
methods once the verdicts are in. One run at a time: a new run cancels the one before."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from kiosk.checks.core import MethodVerdict, ProbeName, ProbeResult, ReadinessCheck, Report

log = logging.getLogger(__name__)


class ReadinessMonitor(QObject):
    started = Signal()
    probeFinished = Signal(object)  # noqa: N815 - a ProbeResult
    finished = Signal(object)  # the Report
    failed = Signal(str)  # the check itself broke (a bug): a message for the screen

    def __init__(
        self, make_check: Callable[[], ReadinessCheck], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_check = make_check
        self._task: asyncio.Task[Report | None] | None = None
        self._runs = itertools.count(1)
        self._current = 0  # the run whose results count; 0: none running
        self.report: Report | None = None  # the latest complete run
        self.partial: dict[ProbeName, ProbeResult] = {}  # the run in progress, so far

    @property
    def running(self) -> bool:
        return self._current != 0

    def start(self, only: Iterable[ProbeName] | None = None) -> asyncio.Task[Report | None]:
        """Start a run (cancelling one in progress); the task's result is the report.
        ``only`` runs a subset, e.g. ``probes_for([spec])`` as a pre-flight."""
        self.cancel()
        self.partial = {}
        self._current = run = next(self._runs)
        self._task = asyncio.ensure_future(self._run(run, None if only is None else tuple(only)))
        self.started.emit()  # now, not when the task first runs: screens update at once
        return self._task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        self._current = 0

    def verdict_for(self, issuer: str, method: str) -> MethodVerdict | None:
        """The latest verdict for a method, or None before the first run has finished."""
        return self.report.verdict_for(issuer, method) if self.report else None

    async def _run(self, run: int, only: tuple[ProbeName, ...] | None) -> Report | None:
        try:
            report = await self._make_check().run(lambda r: self._result(run, r), only=only)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the runner catches probe failures: this is a bug
            log.exception("the readiness check failed")
            if run == self._current:
                self._current = 0
                self.failed.emit(f"{type(exc).__name__}: {exc}")
            return None
        if run == self._current:
            self._current = 0
            self.report = report
            self.finished.emit(report)
        return report

    def _result(self, run: int, result: ProbeResult) -> None:
        if run == self._current:
            self.partial[result.name] = result
            self.probeFinished.emit(result)
