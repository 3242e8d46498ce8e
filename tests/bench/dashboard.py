"""Benchmark: the staff dashboard with many orders (``python -m tests.bench.dashboard``); prints
figures. Never part of the suite.

The real window and services (training mode, the simulator in this process) on a journal that
holds N orders (a busy branch keeps 600 to 2000 for the 30 days' retention), in a mix of methods
and outcomes, written through the journal's own API before the kiosk starts. Staff open the
dashboard past the PIN pad, as on the touch screen. Measured on the GUI thread, each from the
action to the last repaint of the table once nothing is pending (no refit queued, no paint for
QUIET_S):

- load: Refresh pressed → the orders read and the table shown (the first visit included);
- tick: the clock's tick (the "Since start" column) and what it causes;
- update: a tracker's change of a live order (started on the simulator) → the row repainted;
- language: the staff language switched with the dashboard shown;
- the longest stall of a 10 ms QTimer on the GUI thread over the whole visit.

Beside each wall time: the GUI thread's CPU time up to the end of the refit, which other
processes on a busy machine do not stretch (the stalls and wall times include being preempted).

Headless machines: QT_QPA_PLATFORM=offscreen (set when there is no display).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.srs import IdentityData, Jurisdiction, Status

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

SIZES = (200, 600, 2000)
RUNS = 5
LIVE_ORDERS = 3  # started on the simulator: their changes are the "update" samples
QUIET_S = 0.15
PIN = "482613"
DOB = date(1985, 4, 12)
EIDAS = Jurisdiction.EIDAS
LOAD = "load (Refresh: orders read, table shown)"
TICK = "tick of the clock"
UPDATE = "update of a live order (tracker to row)"
LANGUAGE = "staff language switch"
VISIT = "the whole visit"
LABELS = (LOAD, TICK, UPDATE, LANGUAGE)
METHODS = (
    ("AUTHADA", "eid"),
    ("KLARNA", "bankident"),
    ("IDENTITY.TM", "video"),
    ("IDENTITY.TM", "autoident"),
)
# Of every 20 orders: how they ended (the rest, 1 in 20, still in progress).
ENDINGS = (
    [Status.TERMINATED] * 11
    + [Status.ERROR] * 3
    + [Status.CANCELLED] * 2
    + [Status.EXPIRED] * 2
    + [Status.IDENTIFICATION_NEGATIVELY_CONDUCTED]
)


def fill_journal(folder: Path, n: int) -> None:
    """N orders over the last 20 days, newest first, through the journal's own API."""
    from kiosk.tracking import ActionKind, NewOrder, NextAction, open_journal

    now = time.time()
    with open_journal(folder, training=True) as journal:
        for i in range(n):
            issuer, method = METHODS[i % len(METHODS)]
            at = now - 120 - i * (20 * 86400 / n)
            ref_id = f"BENCH-{i:05d}"
            journal.add(
                NewOrder(
                    ref_id=ref_id,
                    issuer=issuer,
                    method=method,
                    jurisdiction=EIDAS,
                    loa=4,
                    status=Status.INITIALIZED,
                    # Pending ones are due far ahead: the tracker leaves them alone meanwhile.
                    next_action=NextAction(
                        ActionKind.POLL, datetime.fromtimestamp(now, UTC) + timedelta(days=2)
                    ),
                ),
                at,
            )
            ending = i % 20
            if ending == len(ENDINGS):
                continue
            status = ENDINGS[ending]
            end = at + 600
            if status is Status.TERMINATED:
                journal.record_status(
                    ref_id,
                    Status.TERMINATED,
                    reason=None,
                    order_id=None,
                    history=[],
                    next_action=None,
                    at=end,
                )
                journal.record_verify(ref_id, next_action=None, at=end, evidence_id=f"EV-{i}")
            else:
                reason = "ID_EXPIRED" if status is Status.ERROR else "bench"
                journal.finish(ref_id, status, reason, end)


class Ticker:
    """A 10 ms QTimer on the GUI thread: the gaps between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, float]] = []  # (when, gap before it)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now, now - self._last))
        self._last = now

    def stop(self) -> None:
        self._timer.stop()

    def longest(self, since: float = 0.0) -> float:
        """The longest stall (beyond the 10 ms) of the ticks since ``since``."""
        return max((gap for at, gap in self.gaps if at >= since), default=0.010) - 0.010


class Paints:
    """The times the table's viewport was painted."""

    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, _obj: QObject, event: QEvent) -> bool:  # noqa: N802, N805
                if event.type() == QEvent.Type.Paint:
                    self.times.append(time.perf_counter())
                return False

        self.times: list[float] = []
        self.filter = Filter()
        window.dashboard.table.viewport().installEventFilter(self.filter)


async def until(predicate: Callable[[], bool], limit_s: float = 60.0) -> None:
    deadline = time.monotonic() + limit_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step did not finish")
        await asyncio.sleep(0.001)


def now() -> tuple[float, float]:
    """The wall clock and the GUI thread's CPU time (which a loaded machine does not stretch)."""
    return time.perf_counter(), time.thread_time()


async def settled(window: MainWindow, paints: Paints, since: float) -> tuple[float, float]:
    """Once nothing is pending: the time of the last repaint after ``since`` (or of the end of
    the refit), and the GUI thread's CPU time then."""
    fit = window.dashboard.column_fit
    while True:
        await until(lambda: not fit._pending.isActive() and not window.dashboard._load.busy)
        quiet, cpu = now()  # a refit that repaints nothing ends here
        seen = len(paints.times)
        await asyncio.sleep(QUIET_S)
        if len(paints.times) == seen and not fit._pending.isActive():
            return max([quiet] + [t for t in paints.times if t >= since]), cpu


def summary(name: str, samples: list[float], cpu: list[float], stall: float) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[max(0, round(len(ms) * 0.95) - 1)]
    print(
        f"  {name:<40} n={len(ms):<3} median {statistics.median(ms):5.0f} ms  "
        f"p95 {p95:5.0f} ms  GUI-thread CPU median {1000 * statistics.median(cpu):4.0f} ms  "
        f"longest stall {1000 * stall:4.0f} ms"
    )


def one_size(n: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from kiosk.app.qt_loop import install_loop
    from kiosk.composition import Composition
    from kiosk.config import Settings
    from kiosk.tracking import OrderChanged
    from kiosk.ui.launch import make_app, shut_down
    from kiosk.ui.main_window import MainWindow

    app = make_app()
    loop = install_loop(app)
    samples: dict[str, list[float]] = {label: [] for label in LABELS}
    cpus: dict[str, list[float]] = {label: [] for label in LABELS}
    stalls: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        fill_journal(folder, n)
        filled = time.perf_counter() - t0
        defaults = Settings()
        settings = defaults.model_copy(
            update={"checks": defaults.checks.model_copy(update={"preflight": False})}
        )
        root = Composition(settings, config_path=folder / "c.toml", data_folder=folder)
        with root.backend() as backend, loop:
            session = root.session(backend)

            async def main() -> None:
                await session.terminal.start_tracking()
                session.terminal.language.switch("en")
                w = MainWindow.for_session(session, kiosk_mode=False)
                w.resize(1280, 800)
                w.show()
                await until(w.isVisible)
                # As a kiosk that has been running: its first SRS call (imports, TLS context,
                # token; ~0.3 s once a process) was made before staff open the dashboard.
                await session.terminal.holder.tracking.client.list_methods()
                paints = Paints(w)
                session.terminal.pins.store.set_pin(PIN)
                # Staff open the dashboard as on the touch screen: Staff, the PIN, Dashboard.
                w.staff.click()
                await until(w.pin_pad.isVisible)
                for digit in PIN:
                    next(b for b in w.pin_pad.keys if b.text() == digit).click()
                w.pin_pad.ok.click()
                await until(w.staff_menu.isVisible)
                ticker = Ticker()

                async def sample(label: str, start: tuple[float, float]) -> None:
                    end, cpu = await settled(w, paints, start[0])
                    samples[label].append(end - start[0])
                    cpus[label].append(cpu - start[1])
                    stalls[label] = max(stalls.get(label, 0.0), ticker.longest(start[0]))

                dashboard = w.dashboard
                t0 = now()
                w.staff_menu.dashboard.click()
                await until(lambda: dashboard.model.rowCount() >= n)
                await sample(LOAD, t0)
                for _ in range(RUNS - 1):
                    t0 = now()
                    dashboard.refresh.click()
                    await until(lambda: dashboard._load.busy)
                    await sample(LOAD, t0)
                for _ in range(RUNS):
                    t0 = now()
                    dashboard.model.tick()
                    await sample(TICK, t0)
                for index in range(RUNS):
                    t0 = now()
                    session.terminal.language.switch_staff(("de", "fr", "it", "en")[index % 4])
                    QCoreApplication.sendPostedEvents()  # LanguageChange: every widget
                    await sample(LANGUAGE, t0)
                # Live orders: each batch of the tracker's changes is one sample, from its news
                # (heard before the window's own listener hears it) to the rows repainted.
                tracking = session.terminal.holder.tracking
                changes: list[tuple[float, float]] = []

                def heard(_event: OrderChanged) -> None:
                    changes.append(now())

                tracking._tracker._subscribers.insert(0, heard)
                for i, (issuer, method) in enumerate(METHODS[:LIVE_ORDERS]):
                    mobile = f"+4179{i:07d}"
                    data = IdentityData(mobile=mobile)
                    if issuer != "AUTHADA":
                        data = IdentityData(
                            first_name="Anna", last_name="Muster", dob=DOB, mobile=mobile
                        )
                    intent = await tracking.begin_start(issuer, method, None)
                    started = await tracking.client.start(issuer, method, data)
                    await tracking.register(
                        started, intent_id=intent, mobile=mobile, jurisdiction=EIDAS, loa=4
                    )
                deadline = time.monotonic() + 20
                while len(samples[UPDATE]) < 2 * RUNS:
                    try:
                        await until(lambda: bool(changes), limit_s=deadline - time.monotonic())
                    except TimeoutError:
                        break  # the live orders ended: fewer samples
                    first = changes[0]
                    changes.clear()
                    await sample(UPDATE, first)
                stalls[VISIT] = ticker.longest()
                ticker.stop()
                await shut_down(w, session)

            loop.run_until_complete(main())
    print(f"{n} orders in the journal (written in {filled:.1f} s):")
    for label in LABELS:
        if samples[label]:
            summary(label, samples[label], cpus[label], stalls[label])
    print(f"  {VISIT:<44} longest stall {1000 * stalls[VISIT]:6.0f} ms")


def main() -> None:
    if not os.environ.get("DISPLAY") and sys.platform == "linux":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    # The journal's key in a file of a throw-away config folder, not the desktop's keyring.
    with tempfile.TemporaryDirectory() as config:
        os.environ["XDG_CONFIG_HOME"] = config
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        if len(sys.argv) > 1:
            one_size(int(sys.argv[1]))
            return
        for n in SIZES:  # each in a fresh process (one QApplication each)
            subprocess.run([sys.executable, "-m", "tests.bench.dashboard", str(n)], check=True)


if __name__ == "__main__":
    main()
