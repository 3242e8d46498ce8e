"""Keeping an eye on the orders another process follows (a command-line ``srs-kiosk track``, a
second kiosk): their rows in the journal are re-read now and then (every few seconds while the
staff dashboard shows them), so the window knows when one ends (the staff strip's note) or when
this kiosk has taken one over. No SRS calls."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer

from .staff_orders import StaffOrders
from .tasks import TaskSlot, within

log = logging.getLogger(__name__)

INTERVAL_MS = 15_000  # a note a few seconds late is fine
CLOSELY_MS = 3_000  # while the staff dashboard shows those orders' rows
_TIMEOUT_S = 30.0


class ElsewhereWatch(QObject):
    def __init__(self, orders: StaffOrders, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._orders = orders
        self._slot = TaskSlot("ElsewhereWatch.sync")
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync)

    def start(self) -> None:
        self.timer.start()

    def watch_closely(self, closely: bool) -> None:
        """Re-read every few seconds (the dashboard shows the rows) or now and then."""
        self.timer.setInterval(CLOSELY_MS if closely else INTERVAL_MS)

    def sync(self) -> None:
        if not self._slot.busy:
            self._slot.start(self._run())

    async def _run(self) -> None:
        try:
            await within(self._orders.sync_elsewhere(), _TIMEOUT_S)
        except (OSError, TimeoutError, sqlite3.Error) as exc:  # tried again at the next tick
            log.warning("could not re-read the orders followed elsewhere: %s", exc)

    def shutdown(self) -> None:
        self.timer.stop()
        self._slot.cancel()
