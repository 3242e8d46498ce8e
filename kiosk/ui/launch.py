"""Start the kiosk window: Qt application, style, asyncio on the Qt loop (qasync), backend,
session controller, window; on quit, close what was opened."""

from __future__ import annotations

import asyncio
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.app.composition import build_controller
from kiosk.app.controller import SessionController
from kiosk.app.qt_loop import install_loop
from kiosk.config import BrandingSettings, Settings
from kiosk.services import open_backend
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import apply_style


def make_app(*, large_text: bool = False, branding: BrandingSettings | None = None
             ) -> QApplication:
    existing = QApplication.instance()
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
    the user's settings file)."""
    app = make_app(large_text=settings.kiosk.large_text, branding=settings.branding)
    loop = install_loop(app)
    with open_backend(settings) as backend, loop:
        controller = build_controller(backend, settings, config_path=config_path)
        TextSize(app, controller)  # lives as long as the controller (its parent)
        controller.language.switch(settings.kiosk.language)
        window = MainWindow(controller, kiosk_mode=not windowed)
        # One run of the loop for the whole life of the app: QtWebEngine must never see the
        # Qt event loop exit while a page is alive.
        loop.run_until_complete(serve(app, window, controller, windowed=windowed))
    return 0


async def serve(app: QApplication, window: MainWindow, controller: SessionController, *,
                windowed: bool) -> None:
    await controller.start_tracking()  # resumes the journal's unfinished orders
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.show_kiosk()  # covers the screen also without a window manager
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


async def shut_down(window: MainWindow, controller: SessionController) -> None:
    """Wipe every screen, close the services, and let Qt delete the web pages."""
    window.allow_close()
    window.close()
    await controller.aclose()
    window.deleteLater()
    await asyncio.sleep(0.3)  # deleteLater of the view, then of its page's profile
