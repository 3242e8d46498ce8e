"""The staff idle time: what staff opened behind the PIN (a staff screen, the staff menu)
closes after ``[kiosk] staff_idle_s`` without a touch or key, so a passer-by finds nothing of it
left open. The last seconds are counted down (``countdown``), as on customer screens.

Input to the kiosk window counts (no staff screen opens a window of its own: its panels are
overlays, the reports are saved without a file dialog)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from kiosk.app.idle import IdleTimer

# The last seconds announced before a staff screen closes.
STAFF_WARN_S = 15


class StaffIdle(QObject):
    expired = Signal()  # no input for staff_idle_s while staff were in: close what is open
    countdown = Signal(int)  # seconds left in the last STAFF_WARN_S; -1: input came

    def __init__(self, window: QWidget, timeout_s: float) -> None:
        super().__init__(window)
        self._window = window
        self.timer = IdleTimer(timeout_s, min(STAFF_WARN_S, timeout_s / 2), parent=self)
        self.timer.expired.connect(self.expired)
        self.timer.countdown.connect(self.countdown)

    @property
    def running(self) -> bool:
        return self.timer.active

    def watch(self, window: QWindow) -> None:
        self.timer.watch(window)

    def set_timeout(self, timeout_s: float) -> None:
        self.timer.set_timeout(timeout_s, min(STAFF_WARN_S, timeout_s / 2))

    def start(self) -> None:
        """Staff are in (again): the full time from now."""
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
