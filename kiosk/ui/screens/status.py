"""Live status: the timeline with times, the expected wait, connection trouble; the customer
may leave while the kiosk keeps following the order."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.app.controller import SessionController
from kiosk.tracking import ActionKind

from ..texts import expected_wait
from ..widgets.common import button, focus_first, label, set_button, set_label
from ..widgets.flow_layout import FlowLayout
from ..widgets.order_strip import problem_text
from ..widgets.timeline import Timeline
from .base import Screen, cancel_order


class StatusScreen(Screen):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._cancel = self.slot("cancel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.title = label("title")
        self.method = label("subtitle")
        self.wait = label("muted")
        layout.addWidget(self.title)
        layout.addWidget(self.method)
        layout.addWidget(self.wait)
        layout.addSpacing(12)
        self.timeline = Timeline()
        layout.addWidget(self.timeline)
        self.verifying = label("muted")
        layout.addWidget(self.verifying)
        self.problem = label()
        self.problem.setObjectName("connectionProblem")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.support = label("small", selectable=True)
        layout.addWidget(self.support)
        self.error = label("error")
        layout.addWidget(self.error)
        layout.addStretch()
        row = QHBoxLayout()
        self.cancel = button("danger")
        self.cancel.clicked.connect(lambda: self._cancel.start(self._cancel_order()))
        self.back = button()
        self.back.clicked.connect(self.ctl.show_handoff)
        self.leave_button = button("primary")
        self.leave_button.clicked.connect(self.ctl.wipe)
        row.addStretch()
        # One above the other where long texts leave no room for all side by side (1024 px
        # screens, large text).
        right = FlowLayout()
        right.addWidget(self.cancel)
        right.addWidget(self.back)
        right.addWidget(self.leave_button)
        row.addLayout(right)
        layout.addLayout(row)
        controller.orderChanged.connect(self._order_changed)
        self.retranslate()

    def enter(self) -> None:
        self.retranslate()
        focus_first(self.leave_button)

    def _order_changed(self) -> None:
        if self.isVisible():
            self.retranslate()

    async def _cancel_order(self) -> None:
        await cancel_order(self.ctl, self.cancel, self.error)

    def wipe(self) -> None:
        self.timeline.clear()
        for widget in (self.method, self.support, self.problem, self.error, self.verifying):
            set_label(widget, "")

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Identification in progress"))
        order = self.ctl.order
        customer = self.ctl.customer
        set_button(self.cancel, self.tr("Cancel identification"))
        set_button(self.back, self.tr("Back"), self.tr("Back to the identification"))
        set_button(self.leave_button, self.tr("Done here — keep following"),
                   self.tr("The customer may leave; the kiosk keeps following the "
                           "identification"))
        if order is None or customer is None:
            return
        set_label(self.method, customer.method_name)
        set_label(self.wait, expected_wait(customer.spec))
        self.timeline.show_order(order)
        verifying = order.next_action is not None and \
            order.next_action.kind is ActionKind.VERIFY
        set_label(self.verifying, self.tr("Checking the evidence with the registration "
                                          "service…") if verifying else "")
        set_label(self.problem, problem_text(order))
        support = self.tr("Reference ID: %1").replace("%1", order.ref_id)
        if order.order_id:
            support += "   " + self.tr("Order ID: %1").replace("%1", order.order_id)
        set_label(self.support, support)
