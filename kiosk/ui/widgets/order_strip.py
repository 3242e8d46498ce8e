"""One line about the current order (status, connection trouble), shown on the hand-off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.tracking import TrackedOrder

from .common import label, set_label
from .staff_strip import staff_strip_text


def problem_text(order: TrackedOrder) -> str:
    if order.problem:
        # For the customer: no technical text (the dashboard and support card have it).
        return QCoreApplication.translate(
            "OrderStrip",
            "The connection to the identification service is interrupted. The "
            "kiosk keeps trying by itself; nothing is lost.",
        )
    return ""


class OrderStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = label("small", selectable=True)
        self.status.setObjectName("staffStrip")  # the staff strip: in the staff language
        self.problem = label()
        self.problem.setObjectName("connectionProblem")
        self.problem.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.problem)

    def show_order(self, order: TrackedOrder | None) -> None:
        if order is None:
            self.clear()
            return
        # The provider's status and the IDs are for staff (issue 14 item 3).
        set_label(self.status, staff_strip_text(order))
        set_label(self.problem, problem_text(order))

    def clear(self) -> None:
        set_label(self.status, "")
        set_label(self.problem, "")
