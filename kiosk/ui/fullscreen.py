"""Kiosk mode's full screen, also on a bare X server (xinit, no window manager).

``showFullScreen()`` only asks the window manager (``_NET_WM_STATE_FULLSCREEN``); with none the
window keeps its default size in a corner. So the window is also made frameless and given the
screen's geometry itself, and follows its screen: a resolution change (``geometryChanged``) or
a move to another screen (``screenChanged``, also when its screen is unplugged).

While it covers the screen the window's minimum size is the screen's: Qt otherwise makes a
window at least as large as its layout's minimum, and content that asks for more than the
screen (a large logo, large text) would grow the window past the screen's edges for good. The
content must fit the screen instead (tests/gui/test_fullscreen_xvfb.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from .screen_follow import ScreenFollower


class ScreenCover(QObject):
    """Keeps ``window`` covering the whole of the screen it is on while ``active``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._screen = ScreenFollower(window, self.fit)

    def cover(self) -> None:
        """Frameless, the screen's geometry, full-screen state (for a window manager), shown."""
        self.active = True
        w = self.window
        w.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # hides a shown window
        self._pin(self.target())
        w.showFullScreen()
        self._screen.watch()
        self.fit()  # the handle's screen is known only now
        w.activateWindow()  # with no window manager nobody else gives it the keyboard

    def release(self) -> None:
        """Back to a normal framed window (the staff menu's "leave kiosk mode")."""
        self.active = False
        self.window.setMinimumSize(0, 0)  # the layout's minimum again
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.window.showNormal()

    def target(self) -> QRect:
        """The geometry of the screen the window is on (the primary one before it shows)."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else self.window.geometry()

    def fit(self) -> None:
        if not self.active:
            return
        self._screen.follow()
        target = self.target()
        if self.window.geometry() != target or self.window.minimumSize() != target.size():
            self._pin(target)

    def _pin(self, target: QRect) -> None:
        """The window at ``target``, at least that large whatever its content asks for (an
        explicit minimum size: the layout's no longer applies)."""
        self.window.setMinimumSize(target.size())
        self.window.setGeometry(target)
