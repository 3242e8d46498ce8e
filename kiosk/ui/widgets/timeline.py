"""The order's timeline: Created → Initialized → Identification done → Data ready → Terminated,
each with the time it was reached; an error or negative end replaces the remaining steps."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.srs import Status
from kiosk.tracking import TrackedOrder

from ..texts import status_name
from .common import label, set_label

STEPS = (Status.CREATED, Status.INITIALIZED, Status.IDENTIFICATION_DONE, Status.DATA_READY,
         Status.TERMINATED)


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(len(STEPS) + 1):
            mark, name, when = label(wrap=False), label(wrap=False), label("muted", wrap=False)
            mark.setMinimumWidth(36)
            grid.addWidget(mark, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(when, row, 2)
            self._rows.append((mark, name, when))
        grid.setColumnStretch(1, 1)
        self._history: list[tuple[Status, datetime]] = []
        self._current: Status | None = None
        self.show_history([], None)

    def show_history(self, history: list[tuple[Status, datetime]], current: Status | None
                     ) -> None:
        self._history, self._current = list(history), current
        reached = {status: at for status, at in history}
        final_bad = current if current is not None and current.is_final \
            and current is not Status.TERMINATED else None
        for i, step in enumerate(STEPS):
            mark, name, when = self._rows[i]
            at = reached.get(step)
            set_label(name, status_name(step))
            name.setProperty("role", "success" if at else "muted")
            if at is not None:
                set_label(mark, "✓", QCoreApplication.translate("Timeline", "done"))
                set_label(when, at.astimezone().strftime("%H:%M:%S"))
            elif final_bad is None and current is not None and i == _next_index(reached):
                set_label(mark, "…", QCoreApplication.translate("Timeline", "waiting"))
                set_label(when, QCoreApplication.translate("Timeline", "waiting"))
            else:
                set_label(mark, "○", QCoreApplication.translate("Timeline", "not yet"))
                when.setText("")
            name.style().unpolish(name)
            name.style().polish(name)
        mark, name, when = self._rows[-1]
        if final_bad is not None:
            set_label(mark, "✕", QCoreApplication.translate("Timeline", "failed"))
            set_label(name, status_name(final_bad))
            name.setProperty("role", "error")
            at = reached.get(final_bad)
            set_label(when, at.astimezone().strftime("%H:%M:%S") if at else "")
            name.style().unpolish(name)
            name.style().polish(name)
        else:
            for w in (mark, name, when):
                w.setText("")
                w.hide()

    def show_order(self, order: TrackedOrder) -> None:
        self.show_history([(e.status, e.at) for e in order.history], order.status)

    def clear(self) -> None:
        self.show_history([], None)

    def retranslate(self) -> None:
        self.show_history(self._history, self._current)


def _next_index(reached: dict[Status, datetime]) -> int:
    for i, step in enumerate(STEPS):
        if step not in reached:
            return i
    return len(STEPS)
