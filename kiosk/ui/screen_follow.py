"""Which screen a window is on, and when that screen changes under it: another screen
(``screenChanged``, also when its screen is unplugged), another resolution
(``geometryChanged``), a taskbar that comes, goes or grows (``availableGeometryChanged``)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget


class ScreenFollower(QObject):
    """Calls ``changed`` whenever the screen of ``window``, or that screen's size, changes."""

    def __init__(self, window: QWidget, changed: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self._changed = changed
        self._screen: QScreen | None = None
        self._handle_watched = False

    def watch(self) -> None:
        """From when the window has its native handle (once it is shown) on."""
        handle = self.window.windowHandle()
        if handle is not None and not self._handle_watched:
            handle.screenChanged.connect(self._on_change)
            self._handle_watched = True
        self.follow()

    def follow(self) -> None:
        """Listen to the screen the window is on now (and no longer to the one before)."""
        screen = self.window.screen()
        if screen is self._screen:
            return
        if self._screen is not None:
            with contextlib.suppress(RuntimeError):  # unplugged: Qt deleted that screen
                self._screen.geometryChanged.disconnect(self._on_change)
                self._screen.availableGeometryChanged.disconnect(self._on_change)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_change)
            screen.availableGeometryChanged.connect(self._on_change)

    def _on_change(self, _what: object) -> None:
        self._changed()
