"""GUI test helpers: asyncio on the Qt loop (qasync), as the kiosk runs it; the kiosk window
against the live simulator."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import qasync
import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

# The window imports its screens after its first paint; here before any test: QtMultimedia
# (loaded with the diagnosis screen) says on import which media libraries this machine lacks,
# which must not count as a test's Qt warning.
import kiosk.ui.staff.diagnosis_screen
from kiosk.app.flow import CustomerFlow
from kiosk.app.terminal import Terminal
from kiosk.composition import Composition
from kiosk.config import TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET, Settings
from kiosk.services import Backend
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import ClientCredentials, SrsEndpoints
from kiosk.ui.launch import TextSize
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import apply_style

T = TypeVar("T")


def _qasync_running(loop: qasync.QEventLoop, running: bool) -> None:
    """The one place that touches qasync's privates: its name-mangled ``__is_running`` flag,
    which ``is_running()`` reads. qasync has no public way to run its loop on a local Qt event
    loop (see _ResidentLoop); re-check this on every qasync upgrade (pinned in pyproject.toml
    together with PySide6)."""
    loop._QEventLoop__is_running = running


class _ResidentLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop, adapted to a test process that runs the loop many times.

    - It stays registered as the running loop between runs: pytest-qt processes Qt events after
      each test phase and inside ``qtbot.wait*``; qasync's asyncio callbacks are Qt timers, so
      they run then too, and code in them (httpx, anyio, the tracker) needs
      ``asyncio.get_running_loop()`` as it has in the app, where everything runs in the loop.
    - Each run spins a local QEventLoop instead of ``QApplication.exec()``: stopping qasync's
      loop calls ``QApplication.exit()``, which emits ``aboutToQuit``, on which QtWebEngine
      shuts Chromium down for good; the next web view then crashes the process.
    """

    def run_forever(self) -> None:
        if self.is_running():
            raise RuntimeError("Event loop already running")
        _qasync_running(self, True)
        self._before_run_forever()
        self._local = QEventLoop()
        try:
            asyncio.events._set_running_loop(self)
            self._local.exec()
        finally:
            asyncio.events._set_running_loop(self)
            self._after_run_forever()
            _qasync_running(self, False)

    def stop(self) -> None:
        if self.is_running():
            _qasync_running(self, False)
            self._local.quit()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = _ResidentLoop(qapp)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop
    # What the code under test cancelled itself winds down first: only what then still runs
    # is the test's leftover.
    run(loop, asyncio.sleep(0.05))
    left = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in left:
        task.cancel()
    if left:
        run(loop, asyncio.gather(*left, return_exceptions=True))
    # Callbacks already scheduled (a transport's deferred close after abort()) run now, or the
    # socket leaks into a later test's garbage collection as a ResourceWarning.
    run(loop, asyncio.sleep(0.05))
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)
    gc.collect()  # on this thread: see delete_now
    assert not left, f"the test left asyncio tasks running: {_names(left)}"


def _names(tasks: list[asyncio.Task[Any]]) -> str:
    return ", ".join(sorted(str(t.get_coro()) for t in tasks))


# Hidden top-level widgets Qt keeps for the whole process once made: not a test's leftovers.
QT_OWN_TOP_LEVELS = frozenset(
    {
        "QTipLabel",  # the tooltip window, reused for every tooltip
    }
)


@pytest.fixture(autouse=True)
def no_leftovers(qapp: QApplication) -> Iterator[None]:
    """As napari's conftest: a test fails (in its teardown, naming them) when it leaves a
    top-level widget or a running QTimer behind, or (see ``qloop``) an asyncio task. Runs
    after every other fixture's teardown: the kiosk's and qtbot's clean-ups count."""
    before = list(QApplication.topLevelWidgets())
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    widgets = [
        w
        for w in QApplication.topLevelWidgets()
        if not any(w is b for b in before)
        and shiboken6.isValid(w)
        and type(w).__name__ not in QT_OWN_TOP_LEVELS
    ]
    timers = [
        t
        for t in gc.get_objects()
        if isinstance(t, QTimer) and shiboken6.isValid(t) and t.isActive()
    ]
    left = (f"top-level widgets: {_describe(widgets)}; " if widgets else "") + (
        f"running QTimers: {_describe(timers)}" if timers else ""
    )
    for widget in widgets:  # the next test starts clean either way
        widget.close()
        widget.deleteLater()
    for timer in timers:
        timer.stop()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not left, f"the test left {left}"


def _describe(objects: list[Any]) -> str:
    return ", ".join(sorted(f"{type(o).__name__}({o.objectName()!r})" for o in objects))


# A condition's deadline unless a test names one: far beyond what a step takes on a loaded 2-core
# CI machine (a web engine, an HTTP round trip, a poll), as the waits end when it holds.
PATIENCE_S = 60.0


def wait_for(
    loop: qasync.QEventLoop, predicate: Callable[[], bool], timeout: float = PATIENCE_S
) -> None:
    """Process Qt events (and so the asyncio callbacks qasync runs as Qt timers) until
    ``predicate`` holds, or fail after ``timeout``.

    Polls instead of ``loop.run_until_complete``: that starts and exits ``QApplication.exec()``
    each time, and exiting it while QtWebEngine is busy crashes Chromium's message pump. The
    app itself runs one ``exec()`` for its whole life.
    """
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        QTest.qWait(5)


def run(loop: qasync.QEventLoop, work: Coroutine[Any, Any, T], timeout: float = PATIENCE_S) -> T:
    """Drive ``work`` to its end on the loop (see ``wait_for``) and return its result."""
    future = asyncio.ensure_future(work, loop=loop)
    wait_for(loop, future.done, timeout)
    return future.result()


def pause(loop: qasync.QEventLoop, seconds: float) -> None:
    QTest.qWait(round(seconds * 1000))


@dataclass
class Kiosk:
    """The kiosk window on a test simulator, with the customer's flow (``ctl``), the
    terminal's services and the loop."""

    window: MainWindow
    ctl: CustomerFlow
    terminal: Terminal
    sim_url: str
    loop: qasync.QEventLoop
    qtbot: QtBot
    data_folder: Path

    def wait(self, predicate: Callable[[], bool], timeout: float = PATIENCE_S) -> None:
        wait_for(self.loop, predicate, timeout)

    def sim(self, verb: str, url_path: str, **body: object) -> httpx.Response:
        """A call to the simulator (control endpoints, ISP page actions)."""
        answer = httpx.request(verb, f"{self.sim_url}{url_path}", json=body or None)
        answer.raise_for_status()
        return answer


def training_backend(simulator: EmbeddedSimulator, time_scale: float = 1 / 60) -> Backend:
    url = simulator.base_url
    return Backend(
        SrsEndpoints(url, f"{url}/oauth/token", url),
        ClientCredentials(TRAINING_CLIENT_ID, TRAINING_CLIENT_SECRET),
        time_scale=time_scale,
        timeout_s=10.0,
        simulator=simulator,
    )


def kiosk_settings() -> Settings:
    """Default settings, without the video pre-flight: this machine has no camera (the
    pre-flight's own tests switch it on with a fake device backend). The branch's default
    language is English here, the language the tests read (the compiled catalogues are there
    after set-up); tests of other languages pick one on the attract screen."""
    settings = Settings()
    return settings.model_copy(
        update={
            "checks": settings.checks.model_copy(update={"preflight": False}),
            "kiosk": settings.kiosk.model_copy(update={"language": "en"}),
        }
    )


@pytest.fixture
def time_scale(request: pytest.FixtureRequest) -> float:
    """The factor on the kiosk's tracking delays: 1/60, as the simulator's speed, unless a test
    asks for more (``indirect``). At 1/60 the kiosk counts a Klarna page's 60 minutes as 60
    real seconds from the first load, which a test that reloads the page often may outlast on
    a busy machine."""
    return float(getattr(request, "param", 1 / 60))


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    tmp_path: Path,
    time_scale: float,
) -> Iterator[Kiosk]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    apply_style(qapp)
    settings = kiosk_settings()
    root = Composition(settings, config_path=tmp_path / "config.toml", data_folder=tmp_path)
    session = root.session(training_backend(simulator, time_scale))
    run(qloop, session.terminal.start_tracking())
    TextSize(qapp, session.terminal)  # the staff setting "larger text", live, as the app has it
    session.terminal.language.switch(settings.kiosk.language)
    # Closed below: qtbot's close would ask the PIN.
    window = MainWindow.for_session(session, kiosk_mode=False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield Kiosk(window, session.flow, session.terminal, simulator.base_url, qloop, qtbot, tmp_path)
    run(qloop, session.aclose())
    window.allow_close()
    window.close()
    qapp.setStyleSheet("")
    delete_now(window, session.flow)


def delete_now(*objects: QObject) -> None:
    """Delete Qt objects here, on the GUI thread, now. Left to Python's cycle collector they
    may be destroyed on whichever thread it runs (the simulator's, the journal's), with their
    timers still registered here ("Timers cannot be stopped from another thread", crashes)."""
    for obj in objects:
        obj.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
