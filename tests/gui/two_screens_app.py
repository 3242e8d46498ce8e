"""A capped window (kiosk.ui.window_cap) on two screens side by side, 1280x800 and 1024x768
(the offscreen platform's screens, given by the test as ``QT_QPA_PLATFORM``): shown on the
first at the windowed size, then moved onto the second. One JSON object on stdout: the
window's frame and its screen's available area, before and after."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk.ui.window_cap import WindowCap, WindowScroll


def _settle(until: Callable[[], bool], timeout_s: float = 60) -> None:
    """Qt's events until ``until()`` (or the time is up: the test says what was reached)."""
    deadline = time.monotonic() + timeout_s
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def _where(window: QWidget) -> dict[str, object]:
    return {
        "screen": window.screen().name(),
        "frame": list(window.frameGeometry().getRect()),
        "available": list(window.screen().availableGeometry().getRect()),
    }


def main() -> int:
    app = QApplication(sys.argv)
    _first, second = app.screens()
    window = QWidget()
    content = QLabel("content")
    content.setMinimumSize(300, 200)
    QVBoxLayout(window).addWidget(WindowScroll(content))
    cap = WindowCap(window)
    cap.show(QSize(1280, 800))
    _settle(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    before = _where(window)
    window.move(second.geometry().topLeft())  # dragged onto the smaller screen
    _settle(
        lambda: (
            window.screen() is second
            and second.availableGeometry().contains(window.frameGeometry())
        )
    )
    after = _where(window)
    sys.stdout.write(json.dumps({"before": before, "after": after}) + "\n")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
