"""Start the kiosk window: Qt application, style, asyncio on the Qt loop (qasync), backend,
session controller, window; on quit, close what was opened."""

from __future__ import annotations

import asyncio
import gc
import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.composition import build_controller
from kiosk.app.controller import SessionController
from kiosk.app.qt_loop import install_loop
from kiosk.app.recovery import Recovery
from kiosk.config import BrandingSettings, Settings, data_dir
from kiosk.logs import LogFile, open_log_file
from kiosk.services import open_backend
from kiosk.tracking import JournalError, journal_path
from kiosk.ui.fullscreen import ScreenCover
from kiosk.ui.keyboard import avoid_qml_keyboard
from kiosk.ui.keyboard_follower import follow_keyboard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.startup_problem import StartupProblem
from kiosk.ui.style import apply_style

log = logging.getLogger(__name__)
EXIT_CANNOT_START = 3  # as the command line's "service unavailable"


def make_app(*, large_text: bool = False, branding: BrandingSettings | None = None
             ) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        avoid_qml_keyboard()  # the kiosk has its own (kiosk.ui.keyboard says why)
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("SRS Branch Kiosk")
    app.setOrganizationName("srs-kiosk")
    app.setQuitOnLastWindowClosed(False)  # the launcher ends the loop after cleaning up
    apply_style(app, large_text=large_text, branding=branding)
    return app


class TextSize(QObject):
    """Keeps the style's text size as the staff setting ``[kiosk] large_text`` says, and its
    colours as ``[branding]`` says, also when staff change them on the settings screen (the
    style sheet is re-applied: every widget is polished and laid out again)."""

    def __init__(self, app: QApplication, controller: SessionController) -> None:
        super().__init__(controller)
        self.app = app
        self.ctl = controller
        self.large = controller.settings.kiosk.large_text
        self.branding = controller.settings.branding
        controller.settingsChanged.connect(self.follow)

    def follow(self) -> None:
        large, branding = self.ctl.settings.kiosk.large_text, self.ctl.settings.branding
        if (large, branding) != (self.large, self.branding):
            self.large, self.branding = large, branding
            apply_style(self.app, large_text=large, branding=branding)


def run_kiosk(settings: Settings, *, windowed: bool, config_path: Path | None = None) -> int:
    """``config_path``: where the settings screen saves (``--config FILE`` when given; else
    the user's settings file). Returns the exit code: 0, or 3 when the kiosk could not start
    (the window said why)."""
    logs = _open_log_file()
    log_path = str(logs.path) if logs is not None else "stderr"
    try:
        app = make_app(large_text=settings.kiosk.large_text, branding=settings.branding)
        loop = install_loop(app)
        with open_backend(settings) as backend, loop:
            try:
                controller = build_controller(backend, settings, config_path=config_path)
            except JOURNAL_FAILURES as exc:
                problem = journal_problem(exc, settings)
                return int(loop.run_until_complete(
                    show_startup_problem(app, problem, log_path, windowed=windowed)))
            TextSize(app, controller)  # lives as long as the controller (its parent)
            controller.language.switch(settings.kiosk.language)
            window = MainWindow(controller, kiosk_mode=not windowed)
            follow_keyboard(window, lambda: (controller.language.language,
                                             controller.language.staff_language),
                            lambda: controller.settings.kiosk.on_screen_keyboard)
            recovery = Recovery(controller.wipe, log_path, controller)
            recovery.recovered.connect(window.recovered)
            recovery.install(loop)
            try:
                # One run of the loop for the whole life of the app: QtWebEngine must never
                # see the Qt event loop exit while a page is alive.
                return int(loop.run_until_complete(
                    serve(app, window, controller, windowed=windowed, log_path=log_path)))
            finally:
                recovery.uninstall()
    finally:
        if logs is not None:
            logs.close()


def _open_log_file() -> LogFile | None:
    try:
        return open_log_file()
    except OSError as exc:  # a read-only profile: the kiosk still runs, logging to stderr
        log.warning("no log file (%s): logging to standard error only", exc)
        return None


async def serve(app: QApplication, window: MainWindow, controller: SessionController, *,
                windowed: bool, log_path: str = "stderr") -> int:
    try:
        await controller.start_tracking()  # resumes the journal's unfinished orders
    except JOURNAL_FAILURES as exc:
        problem = journal_problem(exc, controller.settings)
        await shut_down(window, controller)
        return await show_startup_problem(app, problem, log_path, windowed=windowed)
    _show(window, windowed=windowed)
    # The readiness check runs in the background: the attract screen is already up.
    window.start_readiness()
    # Start-up objects live for the whole run: keep them out of the cyclic GC's full
    # collections, which otherwise stall the loop for ~30 ms with many orders tracked.
    gc.freeze()
    done = asyncio.Event()
    window.quitRequested.connect(done.set)
    app.aboutToQuit.connect(done.set)  # the session ends (log-out, shutdown)
    await done.wait()
    await shut_down(window, controller)
    return 0


def _show(window: QWidget, *, windowed: bool) -> None:
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:  # the whole screen, also without a window manager (and following screen changes)
        ScreenCover(window).cover()


# The journal cannot be opened or read: damaged, read-only, locked by another program, on a
# full disk, or an empty file where one existed (kiosk.tracking.journal refuses that).
JOURNAL_FAILURES = (JournalError, sqlite3.Error, OSError)


def journal_problem(exc: BaseException, settings: Settings) -> str:
    text = str(exc)
    path = str(journal_path(data_dir(), training=settings.training_mode))
    return text if path in text else f"{path}: {text}"


async def show_startup_problem(app: QApplication, problem: str, log_path: str, *,
                               windowed: bool) -> int:
    """Say why the kiosk cannot start (window, log, one line on stderr) until it is closed."""
    log.error("the kiosk cannot start: the order journal cannot be used: %s", problem)
    print(f"srs-kiosk: the order journal cannot be used: {problem}", file=sys.stderr)
    page = StartupProblem(problem, log_path)
    done = asyncio.Event()
    page.closed.connect(done.set)
    app.aboutToQuit.connect(done.set)
    _show(page, windowed=windowed)
    await done.wait()
    page.deleteLater()
    return EXIT_CANNOT_START


async def shut_down(window: MainWindow, controller: SessionController) -> None:
    """Wipe every screen, close the services, and let Qt delete the web pages."""
    window.allow_close()
    window.close()
    await controller.aclose()
    window.deleteLater()
    await asyncio.sleep(0.3)  # deleteLater of the view, then of its page's profile
