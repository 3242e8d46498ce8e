"""Start the kiosk window: Qt application, asyncio on the Qt loop (qasync), backend, window."""

from __future__ import annotations

import asyncio
import sys

import qasync
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.services import open_backend
from kiosk.ui.main_window import MainWindow


def run_kiosk(settings: Settings, *, windowed: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SRS Branch Kiosk")
    app.setOrganizationName("srs-kiosk")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with open_backend(settings) as backend, loop:
        window = MainWindow(backend)
        if windowed:
            window.resize(1280, 800)
            window.show()
        else:
            window.showFullScreen()
        window.load_methods()
        loop.run_until_complete(closed.wait())
    return 0
