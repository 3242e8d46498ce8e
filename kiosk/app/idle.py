"""The idle timer: no input for ``timeout_s`` on a customer screen → wipe (DESIGN §4).

Watches the input of the window(s) it is given (``watch``) through an event filter on each
QWindow, which sees every key, mouse and touch event before its widgets do. (Not an
application-wide filter: under PySide that sees QtWebEngine's internal objects too, and
wrapping those for Python crashes.) The last ``warn_s`` seconds are announced each second
(``countdown``) so the screen can show them.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

WARN_S = 15

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleTimer(QObject):
    countdown = Signal(int)  # seconds left, in the last warn_s seconds; -1: warning is over
    expired = Signal()

    def __init__(self, timeout_s: float, warn_s: float = WARN_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_s = timeout_s
        self._warn_s = warn_s
        self._deadline = 0.0
        self._warning = False
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._watched: list[QObject] = []

    def watch(self, window: QObject) -> None:
        """Count input to ``window`` (a QWindow) as activity."""
        if window not in self._watched:
            window.installEventFilter(self)
            self._watched.append(window)

    @property
    def active(self) -> bool:
        return self._tick.isActive()

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    @property
    def warn_s(self) -> float:
        return self._warn_s

    def set_timeout(self, timeout_s: float, warn_s: float | None = None) -> None:
        """A new timeout (and warning time: 0 for none), counted from now if running."""
        self._timeout_s = timeout_s
        if warn_s is not None:
            self._warn_s = warn_s
        if self.active:
            self.poke()

    def start(self) -> None:
        self.poke()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self._end_warning()

    def poke(self) -> None:
        """Activity: the full timeout starts again."""
        self._deadline = time.monotonic() + self._timeout_s
        self._end_warning()

    def seconds_left(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if self.active and event.type() in _INPUT:
            self.poke()
        return False

    def _on_tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self.stop()
            self.expired.emit()
        elif self._warn_s > 0 and left <= self._warn_s:
            self._warning = True
            self.countdown.emit(math.ceil(left))

    def _end_warning(self) -> None:
        if self._warning:
            self._warning = False
            self.countdown.emit(-1)

    def shutdown(self) -> None:
        self.stop()
        for window in self._watched:
            window.removeEventFilter(self)
        self._watched.clear()
