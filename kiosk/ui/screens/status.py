"""Live status, addressed to the customer: the four milestones with times and estimates, what to
do now (or that there is nothing to do), connection trouble; the customer may end here ("End
here: the identification goes on": no staff needed, nothing is cancelled) while the kiosk keeps
following the order. After TERMINATED, until the evidence is confirmed, the last
step is announced: the SMS with the terms to accept, sent to the (masked) mobile number, with
the guide's advice to activate Mobile ID. The provider's status and the IDs are in the staff
strip only; a status the kiosk does not know is shown there as the provider wrote it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.app.flow import CustomerFlow
from kiosk.app.milestones import Milestone, current_milestone
from kiosk.app.stages import PAST_HANDOFF
from kiosk.i18n import fill
from kiosk.srs import HandOff, mask_msisdn
from kiosk.tracking import ActionKind, Outcome, TrackedOrder

from ..widgets.cancel_confirm import CancelConfirm
from ..widgets.common import (
    button,
    focus_first,
    label,
    scroll_area,
    set_button,
    set_label,
)
from ..widgets.flow_layout import FlowLayout
from ..widgets.order_strip import problem_text
from ..widgets.staff_strip import staff_strip_text
from ..widgets.timeline import Timeline
from .base import Screen, cancel_order


class StatusScreen(Screen):
    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._cancel = self.slot("cancel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        # The texts scroll where a small screen with large text has no room for them all;
        # the staff strip and the buttons stay in reach below.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(body), 1)
        self.title = label("title")
        self.method = label("subtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.method)
        # The last step (TERMINATED, not confirmed yet): the SMS with the terms.
        self.last_step = label("lastStep")
        self.last_step.hide()
        layout.addWidget(self.last_step)
        self.mobile_id = label()
        self.mobile_id.hide()
        layout.addWidget(self.mobile_id)
        self.next = label("muted")
        layout.addWidget(self.next)
        layout.addSpacing(12)
        self.timeline = Timeline()
        layout.addWidget(self.timeline)
        self.verifying = label("muted")
        layout.addWidget(self.verifying)
        self.problem = label()
        self.problem.setObjectName("connectionProblem")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.error = label("error")
        layout.addWidget(self.error)
        layout.addStretch()
        self.staff_strip = label("small", selectable=True)
        self.staff_strip.setObjectName("staffStrip")
        outer.addWidget(self.staff_strip)
        # What "End here" does, said before it is tapped: it ends only this screen.
        self.leave_hint = label("muted")
        outer.addWidget(self.leave_hint)
        row = QHBoxLayout()
        self.cancel = button("danger")
        # Asked first: a cancel stops the identification at the provider for good.
        self.confirm_cancel = CancelConfirm(self)
        self.cancel.clicked.connect(self.confirm_cancel.open)
        self.confirm_cancel.confirmed.connect(lambda: self._cancel.start(self._cancel_order()))
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
        outer.addLayout(row)
        flow.orderChanged.connect(self._order_changed)
        self.retranslate()

    def enter(self) -> None:
        self.retranslate()
        focus_first(self.leave_button)

    def _order_changed(self) -> None:
        if self.isVisible():
            self.retranslate()

    async def _cancel_order(self) -> None:
        await cancel_order(self.ctl, self.cancel, self.error)

    def leave(self) -> None:
        self.confirm_cancel.hide()
        super().leave()

    def wipe(self) -> None:
        self.confirm_cancel.hide()
        self.timeline.clear()
        for widget in (
            self.method,
            self.staff_strip,
            self.problem,
            self.error,
            self.verifying,
            self.last_step,
            self.mobile_id,
            self.next,
        ):
            set_label(widget, "")

    def sms_text(self) -> str:
        """The last step, with the number the SMS goes to (masked) where the kiosk has it."""
        customer = self.ctl.customer
        mobile = customer.identity.mobile if customer and customer.identity else None
        if not mobile:
            return self.tr("Open the SMS sent to your mobile phone and accept the terms.")
        return fill(self.tr("Open the SMS sent to %1 and accept the terms."), mask_msisdn(mobile))

    def _next_text(self, order: TrackedOrder, step: Milestone) -> str:
        if step is Milestone.IDENTIFY:
            if self.ctl.hand_off is HandOff.QR_DEEPLINK:  # an app on the phone (AUTHADA)
                return self.tr("Finish the identification on your phone.")
            return self.tr("Finish the identification on your phone or on this screen.")
        if step is Milestone.CHECKS:
            return self.tr(
                "Nothing to do for you now: the provider checks your "
                "identification. You may leave; the kiosk keeps following it."
            )
        if step is Milestone.SMS and order.outcome is Outcome.PENDING:
            return self.tr("The SMS may take a minute or two. No SMS? Ask the staff.")
        return ""

    def retranslate(self) -> None:
        order = self.ctl.order
        customer = self.ctl.customer
        set_button(self.cancel, self.tr("Cancel identification"))
        set_button(self.back, self.tr("Back"), self.tr("Back to the identification"))
        # The customer's own choice, without staff: it cancels nothing (the identification goes
        # on, the kiosk keeps following it) and does what the idle timeout would do anyway.
        set_button(
            self.leave_button,
            self.tr("End here: the identification goes on"),
            self.tr(
                "End here and clear this screen: the identification goes on and is not cancelled"
            ),
        )
        set_label(
            self.leave_hint,
            self.tr(
                "Ending here clears your details from this screen. Your identification is not "
                "cancelled: it goes on, and the kiosk keeps following it."
            ),
        )
        if order is None or customer is None:
            set_label(self.title, self.tr("Identification in progress"))
            return
        step = current_milestone(order)
        last = step is Milestone.SMS and order.outcome is Outcome.PENDING
        set_label(
            self.title, self.tr("One last step") if last else self.tr("Identification in progress")
        )
        set_label(self.method, customer.method_name)
        set_label(self.last_step, self.sms_text() if last else "")
        set_label(
            self.mobile_id,
            self.tr(
                "Tip: activate Mobile ID (the Mobile ID app or your SIM card) before you sign: "
                "then signing takes one tap. Without it you sign with a password and a code "
                "by SMS."
            )
            if last
            else "",
        )
        set_label(self.next, self._next_text(order, step))
        self.timeline.show_order(order, customer.spec)
        verifying = (
            not last
            and order.next_action is not None
            and order.next_action.kind is ActionKind.VERIFY
        )
        set_label(
            self.verifying,
            self.tr("Checking the evidence with the registration service…") if verifying else "",
        )
        set_label(self.problem, problem_text(order))
        set_label(self.staff_strip, staff_strip_text(order))
        # Nothing to go back to or cancel once the customer's own identification is done.
        self.back.setVisible(order.status not in PAST_HANDOFF and not order.is_done)
        self.cancel.setVisible(step is Milestone.IDENTIFY or step is Milestone.CHECKS)
