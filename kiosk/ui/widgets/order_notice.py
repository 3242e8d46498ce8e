"""A note in the staff strip (never over the customer's screen) when an order ends while the
kiosk serves someone else, shown while no customer is served; a touch opens the order dashboard
(behind the PIN)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.i18n import fill
from kiosk.tracking import TrackedOrder

from ..staff.orders_model import outcome_name
from ..texts import plural
from .common import button, set_button


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class OrderNotice(QObject):
    """Owns the strip's button; ``ended`` is the ref ids not yet seen on the dashboard. A QObject
    for ``self.tr`` (the "OrderNotice" context of its plural texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button: QPushButton = button(parent=parent)
        self.button.setObjectName("orderNotice")
        # Never wider than its text: the training banner keeps its room.
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button.hide()
        self.ended: list[str] = []
        self._last: TrackedOrder | None = None
        self._allowed = True

    def add(self, order: TrackedOrder) -> None:
        if order.ref_id not in self.ended:
            self.ended.append(order.ref_id)
        self._last = order
        self.retranslate()
        self.button.setVisible(self._allowed)

    def allow(self, allowed: bool) -> None:
        """Shown only where no customer is served (the start screen, staff screens): another
        order's end is staff's business, not the next customer's to read."""
        self._allowed = allowed
        self.button.setVisible(allowed and bool(self.ended))

    def clear(self) -> None:
        self.ended.clear()
        self._last = None
        self.button.hide()

    def retranslate(self) -> None:
        order = self._last
        if order is None:
            return
        if len(self.ended) == 1:
            short = order.ref_id[:8] + ("…" if len(order.ref_id) > 8 else "")
            text = fill(
                translate("OrderNotice", "Order %1: %2"), short, outcome_name(order.outcome)
            )
            spoken = fill(
                translate("OrderNotice", "Order %1 ended: %2. Open the order dashboard."),
                order.ref_id,
                outcome_name(order.outcome),
            )
        else:
            count = len(self.ended)
            text = plural(self.tr("%n orders ended", "", count), count)
            spoken = plural(self.tr("%n orders ended. Open the order dashboard.", "", count), count)
        set_button(self.button, text, spoken)
        self.button.setToolTip(spoken)
