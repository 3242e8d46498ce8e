"""The idle timer: no input for ``timeout_s`` on a customer screen → wipe (DESIGN §4).

Watches the input of the window(s) it is given (``watch``) through an event filter on each
QWindow, which sees every key, mouse and touch event before its widgets do. (Not an
application-wide filter: under PySide that sees QtWebEngine's internal objects too, and
wrapping those for Python crashes.) The last ``warn_s`` seconds are announced each second
(``countdown``) so the screen can show them.

:class:`IdleRules` applies the rule of the customer's stage and order to that timer: a wipe
after ``[kiosk] idle_timeout_s``, or "Need more time?" after ``[kiosk] handoff_timeout_s``.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from shiboken6 import Shiboken

from kiosk.config import KioskSettings

from .stages import IdleRule

log = logging.getLogger(__name__)

WARN_S = 15
# How long the "Need more time?" prompt waits for an answer before the session is wiped (the
# customer has gone; the order goes on being followed and staff can show its code again).
ASK_ANSWER_S = 60

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleTimer(QObject):
    countdown = Signal(int)  # seconds left, in the last warn_s seconds; -1: warning is over
    expired = Signal()

    def __init__(
        self, timeout_s: float, warn_s: float = WARN_S, parent: QObject | None = None
    ) -> None:
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
            # Qt deletes a QWindow on its own (the X server goes away, the native window is
            # made again): it is no longer watched then.
            window.destroyed.connect(self._forget)

    def _forget(self, window: QObject) -> None:
        self._watched = [w for w in self._watched if w is not window and Shiboken.isValid(w)]

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
            if Shiboken.isValid(window):  # not deleted by Qt meanwhile
                window.removeEventFilter(self)
        self._watched.clear()


class IdleRules(QObject):
    """What no input leads to now, applied to the idle timer: nothing, a wipe (``wipeDue``),
    or the "Need more time?" prompt first (``moreTimeAsked``). ``rule_now`` gives the rule of
    the stage and order (``stages.idle_rule``); ``kiosk`` the current ``[kiosk]`` settings."""

    # The "Need more time?" prompt is to be shown (True) or is over (False).
    moreTimeAsked = Signal(bool)  # noqa: N815 (Qt signal names)
    wipeDue = Signal()  # noqa: N815 - no input for too long: the session is to be wiped

    def __init__(
        self,
        rule_now: Callable[[], IdleRule],
        kiosk: Callable[[], KioskSettings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rule_now = rule_now
        self._kiosk = kiosk
        self.timer = IdleTimer(kiosk().idle_timeout_s, parent=self)
        self.timer.expired.connect(self._expired)
        self._holds: set[str] = set()
        self._rule = IdleRule.NONE
        self.asking = False
        self.ask_answer_s: float = ASK_ANSWER_S

    @property
    def rule(self) -> IdleRule:
        """What no input leads to now (nothing while held)."""
        return self._rule

    def update(self, *, force: bool = False) -> None:
        """Apply the idle rule of the stage and order; the timer runs on unless the rule
        changed (an order's news is no activity)."""
        rule = IdleRule.NONE if self._holds else self._rule_now()
        kiosk = self._kiosk()
        if rule is not self._rule or force:
            self._rule = rule
            self._set_asking(False)
            if rule is IdleRule.ASK:
                self.timer.set_timeout(kiosk.handoff_timeout_s, 0)
            else:  # stopped (NONE) it keeps the short timeout too, the one usually next
                self.timer.set_timeout(kiosk.idle_timeout_s, WARN_S)
        if rule is IdleRule.NONE:
            if self.timer.active:
                self.timer.stop()
        elif not self.timer.active:
            self.timer.start()

    def _set_asking(self, asking: bool) -> None:
        if asking != self.asking:
            self.asking = asking
            self.moreTimeAsked.emit(asking)

    def ask_more_time(self) -> None:
        """The "Need more time?" prompt; no answer within ``ask_answer_s``: the wipe."""
        if self._rule is not IdleRule.ASK:
            return
        self._set_asking(True)
        self.timer.set_timeout(self.ask_answer_s, self.ask_answer_s)
        if not self.timer.active:
            self.timer.start()

    def more_time(self) -> None:
        """The customer chose Continue: the prompt goes, the long wait starts again."""
        if not self.asking:
            return
        self._set_asking(False)
        self.timer.set_timeout(self._kiosk().handoff_timeout_s, 0)
        if not self.timer.active and self._rule is IdleRule.ASK:
            self.timer.start()

    def hold(self, reason: str, held: bool) -> None:
        """No idle wipe while held: a call runs in the web view (nobody touches the screen),
        or staff are in the settings."""
        if held:
            self._holds.add(reason)
        else:
            self._holds.discard(reason)
        self.update()

    def reset(self) -> None:
        """The session was wiped: no prompt, no call in the web view any more."""
        self._holds.discard("media")
        self._set_asking(False)
        self.update()

    def _expired(self) -> None:
        if self._holds:
            return
        rule = self._rule
        if rule is IdleRule.WIPE or (rule is IdleRule.ASK and self.asking):
            log.info("idle timeout: wiping the session")
            self.wipeDue.emit()
        elif rule is IdleRule.ASK:
            log.info("idle for a long time: asking whether the customer needs more time")
            self.ask_more_time()

    def shutdown(self) -> None:
        self.timer.shutdown()
