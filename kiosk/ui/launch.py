"""Start the kiosk window: Qt application, style, the attract screen painted first; then
asyncio on the Qt loop (qasync), the settings validated, the services from the composition root
(kiosk.composition), the rest of the window; on quit, close what was opened.

What the first paint needs is all that is imported before it (the settings' first look, the
style, the translations, the attract screen): the SRS client, the journal, the simulator, the
web engine and the other screens come after it, while the customer already sees the screen.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.language import LanguageSwitcher
from kiosk.config_glance import SettingsGlance, glance_settings
from kiosk.logs import LogFile, open_log_file
from kiosk.ui.fullscreen import ScreenCover
from kiosk.ui.input_method import avoid_qml_keyboard
from kiosk.ui.main_window import WINDOWED_SIZE, MainWindow
from kiosk.ui.style import BrandColours, apply_style, style_arguments
from kiosk.ui.window_cap import WindowCap

if TYPE_CHECKING:
    import asyncio

    from kiosk.app.session import Session
    from kiosk.app.terminal import Terminal
    from kiosk.config import Settings

log = logging.getLogger(__name__)
EXIT_CANNOT_START = 3  # as the command line's "service unavailable"
EXIT_BAD_SETTINGS = 2  # as the command line's for a configuration error
FIRST_PAINT_WAIT_MS = 3000  # at most, before the rest is built anyway (no display to paint?)


def make_app(*, large_text: bool = False, branding: BrandColours | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        avoid_qml_keyboard()  # the kiosk has its own (kiosk.ui.keyboard says why)
        # The web engine is imported after the first paint: it needs this set beforehand.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication([*sys.argv, *style_arguments()])
    app.setApplicationName("SRS Branch Kiosk")
    app.setOrganizationName("srs-kiosk")
    app.setQuitOnLastWindowClosed(False)  # the launcher ends the loop after cleaning up
    apply_style(app, large_text=large_text, branding=branding)
    return app


def _look(large_text: bool, branding: BrandColours) -> tuple[bool, str | None, str | None]:
    return large_text, branding.primary_color, branding.accent_color


class TextSize(QObject):
    """Keeps the style's text size as the staff setting ``[kiosk] large_text`` says, and its
    colours as ``[branding]`` says, also when staff change them on the settings screen (the
    style sheet is re-applied: every widget is polished and laid out again). ``applied``: the
    text size and branding the style has now (the first paint's)."""

    def __init__(
        self,
        app: QApplication,
        terminal: Terminal,
        applied: tuple[bool, BrandColours] | None = None,
    ) -> None:
        super().__init__(terminal)
        self.app = app
        self.terminal = terminal
        settings = terminal.settings
        self.look = _look(*(applied or (settings.kiosk.large_text, settings.branding)))
        terminal.settingsChanged.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        settings = self.terminal.settings
        large, branding = settings.kiosk.large_text, settings.branding
        if _look(large, branding) != self.look:
            self.look = _look(large, branding)
            apply_style(self.app, large_text=large, branding=branding)


def run_kiosk(config_path: Path | None = None, *, windowed: bool) -> int:
    """``config_path``: ``--config FILE`` when given (the settings screen saves there too;
    else the user's settings file). Returns the exit code: 0, or 3 when the kiosk could not
    start (the window said why). Raises ConfigError (the settings, or what they describe, are
    wrong: the window closes, the caller says why)."""
    logs = _open_log_file()
    log_path = str(logs.path) if logs is not None else "stderr"
    try:
        look = glance_settings(config_path)
        app = make_app(large_text=look.large_text, branding=look.branding)
        language = LanguageSwitcher(app)
        language.switch_staff(look.staff_language_or_default)
        language.switch(look.language)
        window = MainWindow(
            look.branding,
            look.language,
            language,
            training=look.training_mode,
            kiosk_mode=not windowed,
        )
        _show(window, windowed=windowed)
        paint_first(window.attract)
        _rotate(logs)
        from kiosk.app.qt_loop import install_loop  # asyncio: after the first paint

        loop = install_loop(app)
        with loop:
            # One run of the loop for the whole life of the app: QtWebEngine must never
            # see the Qt event loop exit while a page is alive.
            return int(
                loop.run_until_complete(
                    start(
                        app,
                        window,
                        language,
                        look,
                        config_path=config_path,
                        loop=loop,
                        windowed=windowed,
                        log_path=log_path,
                    )
                )
            )
    finally:
        if logs is not None:
            logs.close()


class _Painted(QObject):
    def __init__(self, done: Callable[[], None]) -> None:
        super().__init__()
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._done)  # once the paint (and its flush) is through
        return False


def paint_first(widget: QWidget) -> None:
    """Run Qt's events until ``widget`` has been painted (at most FIRST_PAINT_WAIT_MS)."""
    waiting = QEventLoop()
    painted = _Painted(waiting.quit)
    widget.installEventFilter(painted)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, waiting.quit)
    waiting.exec()
    widget.removeEventFilter(painted)


def _open_log_file() -> LogFile | None:
    try:
        # Rotating only after the first paint (_rotate): every line is in the file meanwhile.
        return open_log_file(rotating=False)
    except OSError as exc:  # a read-only profile: the kiosk still runs, logging to stderr
        log.warning("no log file (%s): logging to standard error only", exc)
        return None


def _rotate(logs: LogFile | None) -> None:
    if logs is None:
        return
    try:
        logs.rotate()
    except OSError as exc:  # written to until now: it goes on growing, still written to
        log.warning("the log file cannot rotate (%s): it is appended to as it is", exc)


async def start(
    app: QApplication,
    window: MainWindow,
    language: LanguageSwitcher,
    look: SettingsGlance,
    *,
    config_path: Path | None,
    loop: asyncio.AbstractEventLoop,
    windowed: bool,
    log_path: str = "stderr",
) -> int:
    """After the first paint: validate the settings, build the services and the rest of the
    window, then :func:`serve`. Wrong settings: the window closes, a screen says why."""
    import asyncio

    from kiosk.app.order_tracking import JOURNAL_FAILURES
    from kiosk.app.recovery import Recovery
    from kiosk.composition import Composition
    from kiosk.config import ConfigError, load_settings
    from kiosk.ui.keyboard_follower import follow_keyboard

    with ExitStack() as stack:
        try:
            settings = load_settings(config_path).settings
            # Watched: in training the simulated customer takes the hand-off at a pace staff see.
            root = Composition(settings, config_path=config_path, watched=True)
            # In training mode the simulator starts meanwhile: the window answers taps.
            backend = await asyncio.to_thread(stack.enter_context, root.backend())
        except ConfigError as exc:
            await _close(window)
            return await show_startup_problem(
                app, str(exc), log_path, windowed=windowed, settings=True
            )
        try:
            session = root.session(backend, language=language)
        except JOURNAL_FAILURES as exc:
            await _close(window)
            return await show_startup_problem(
                app, journal_problem(exc, settings), log_path, windowed=windowed
            )
        terminal = session.terminal
        TextSize(app, terminal, (look.large_text, look.branding))
        window.attach(session)
        follow_keyboard(
            window,
            lambda: (terminal.language.language, terminal.language.staff_language),
            lambda: terminal.settings.kiosk.on_screen_keyboard,
        )
        recovery = Recovery(session.flow.wipe, log_path, session.flow)
        recovery.recovered.connect(window.recovered)
        recovery.install(loop)
        try:
            return await serve(app, window, session, windowed=windowed, log_path=log_path)
        finally:
            recovery.uninstall()


async def serve(
    app: QApplication,
    window: MainWindow,
    session: Session,
    *,
    windowed: bool,
    log_path: str = "stderr",
) -> int:
    """Resume the journal's orders, show the window (if it is not yet), run until staff quit
    (or the session ends), then close everything."""
    import asyncio
    import gc

    # The journal cannot be opened or read: damaged, read-only, locked by another program, on
    # a full disk, or an empty file where one existed (kiosk.tracking.journal refuses that).
    from kiosk.app.order_tracking import JOURNAL_FAILURES

    try:
        await session.terminal.start_tracking()  # resumes the journal's unfinished orders
    except JOURNAL_FAILURES as exc:
        problem = journal_problem(exc, session.terminal.settings)
        await shut_down(window, session)
        return await show_startup_problem(app, problem, log_path, windowed=windowed)
    if not window.isVisible():
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
    await shut_down(window, session)
    return 0


async def _close(window: MainWindow) -> None:
    """The window without services (they could not be built)."""
    import asyncio

    window.allow_close()
    window.close()
    window.deleteLater()
    await asyncio.sleep(0)


def _show(window: QWidget, *, windowed: bool) -> None:
    """Windowed: framed, within its screen's available area; else the whole screen, also
    without a window manager; either following screen changes."""
    if isinstance(window, MainWindow):  # its own cover and cap: the staff menu switches them
        if windowed:
            window.show_windowed()
        else:
            window.show_kiosk()
    elif windowed:
        WindowCap(window).show(WINDOWED_SIZE)
    else:
        ScreenCover(window).cover()


def journal_problem(exc: BaseException, settings: Settings) -> str:
    from kiosk.config import data_dir
    from kiosk.tracking import journal_path

    text = str(exc)
    path = str(journal_path(data_dir(), training=settings.training_mode))
    return text if path in text else f"{path}: {text}"


async def show_startup_problem(
    app: QApplication, problem: str, log_path: str, *, windowed: bool, settings: bool = False
) -> int:
    """Say why the kiosk cannot start (window, log, stderr) until it is closed. ``settings``:
    the settings are wrong (else the order journal cannot be used)."""
    import asyncio

    from kiosk.ui.startup_problem import StartupProblem

    what = "configuration error" if settings else "the order journal cannot be used"
    log.error("the kiosk cannot start: %s: %s", what, problem)
    print(f"srs-kiosk: {what}: {problem}", file=sys.stderr)
    page = StartupProblem(problem, log_path, settings=settings)
    done = asyncio.Event()
    page.closed.connect(done.set)
    app.aboutToQuit.connect(done.set)
    _show(page, windowed=windowed)
    await done.wait()
    page.deleteLater()
    return EXIT_BAD_SETTINGS if settings else EXIT_CANNOT_START


async def shut_down(window: MainWindow, session: Session) -> None:
    """Wipe every screen, close the services, and let Qt delete the web pages."""
    import asyncio

    window.allow_close()
    window.close()
    await session.aclose()
    window.deleteLater()
    await asyncio.sleep(0.3)  # deleteLater of the view, then of its page's profile
