"""The result: verified with the evidence id, or the reason and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.app.flow import CustomerFlow
from kiosk.app.language import staff_texts
from kiosk.i18n import fill
from kiosk.srs import Status, mask_msisdn

from ..texts import ReasonKind, failure_title, next_steps, reason_kind, reason_sentence
from ..widgets.common import button, focus_first, label, set_button, set_label
from ..widgets.staff_strip import staff_strip_text
from ..widgets.timeline import Timeline
from .base import Screen


class ResultScreen(Screen):
    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 40)
        self.headline = label("big")
        layout.addWidget(self.headline)
        self.details = label(selectable=True)
        layout.addWidget(self.details)
        self.reason = label("error")
        layout.addWidget(self.reason)
        self.advice = label()
        layout.addWidget(self.advice)
        layout.addSpacing(12)
        self.timeline = Timeline()
        layout.addWidget(self.timeline)
        layout.addStretch()
        # The provider's status and the IDs (Ref-ID, Evidence ID): for staff (issue 14 item 3).
        self.staff_strip = label("small", selectable=True)
        self.staff_strip.setObjectName("staffStrip")
        layout.addWidget(self.staff_strip)
        row = QHBoxLayout()
        self.again = button()
        self.again.clicked.connect(self._again)
        self.finish = button("primary")
        self.finish.clicked.connect(self.ctl.wipe)
        row.addWidget(self.again)
        row.addStretch()
        row.addWidget(self.finish)
        layout.addLayout(row)
        self.retranslate()

    def enter(self) -> None:
        self.retranslate()
        focus_first(self.finish)
        self._tell_staff()

    def _corrects_data(self) -> bool:
        """The provider found the details did not match the ID: start again from them."""
        return self._kind() is ReasonKind.DATA

    def _kind(self) -> ReasonKind | None:
        order = self.ctl.order
        if order is None:
            return None
        return reason_kind(order.status, order.reason, camera=self._uses_camera())

    def _uses_camera(self) -> bool:
        """Whether the method uses the terminal's camera or microphone (unknown: maybe)."""
        customer = self.ctl.customer
        spec = customer.spec if customer is not None else None
        if spec is None:
            return True
        return spec.terminal.camera_min_resolution is not None or spec.terminal.microphone

    def _again(self) -> None:
        # The details, kept, first when the provider found they did not match the ID; the
        # method choice when this method cannot serve the customer (their bank, their device).
        kind = self._kind()  # read before: a new start forgets the order
        self.ctl.start_over(to_details=kind is ReasonKind.DATA)
        if kind is ReasonKind.UNSUPPORTED:
            self.ctl.other_method()

    def _tell_staff(self) -> None:
        """The provider's own words and the status go to the staff strip, not to the customer."""
        order = self.ctl.order
        if order is None or order.evidence_id or not order.reason:
            return
        self.ctl.staffDetail.emit(
            fill(
                QCoreApplication.translate(
                    "StaffDetail", "For staff: order %1 ended %2; the provider's reason: %3"
                ),
                order.ref_id,
                order.status_text or order.status.value,
                order.reason,
            )
        )

    def _staff_strip_text(self) -> str:
        """The order for staff; after a failure also whom to call ([support] contact): the
        advice says "call support with the reference ID", and the number should be there."""
        order = self.ctl.order
        text = staff_strip_text(order)
        contact = self.ctl.settings.support.contact.strip()
        if order is None or order.evidence_id or not contact:
            return text
        with staff_texts():
            support = fill(QCoreApplication.translate("StaffStrip", "Support: %1"), contact)
        return f"{text} · {support}"

    def wipe(self) -> None:
        self.timeline.clear()
        for widget in (self.headline, self.details, self.reason, self.advice, self.staff_strip):
            set_label(widget, "")

    def retranslate(self) -> None:
        set_button(self.finish, self.tr("Finish"), self.tr("Finish and wipe the session"))
        set_button(
            self.again,
            self.tr("Start a new identification"),
            self.tr("Start a new identification with the same details"),
        )
        order = self.ctl.order
        customer = self.ctl.customer
        if order is None or customer is None:
            return
        self.timeline.show_order(order, customer.spec)
        set_label(self.staff_strip, self._staff_strip_text())
        lines = [customer.method_name]
        if order.evidence_id:
            self.headline.setProperty("role", "bigSuccess")
            set_label(self.headline, self.tr("✓ Identification confirmed"))
            mobile = customer.identity.mobile if customer.identity else None
            lines.append(fill(self.tr("Mobile number: %1"), mask_msisdn(mobile)))
            if order.evidence_valid_until is not None:
                lines.append(
                    fill(
                        self.tr("Valid until: %1"),
                        order.evidence_valid_until.astimezone().strftime("%d.%m.%Y"),
                    )
                )
            set_label(self.reason, "")
            set_label(
                self.advice,
                self.tr(
                    "The customer can now sign with this mobile "
                    "number (Mobile ID, or password and SMS code)."
                ),
            )
            self.again.hide()
        else:
            self.headline.setProperty("role", "bigError")
            set_label(self.headline, failure_title(order.status))
            # The customer's words for the provider's reason (the reason itself: staff strip).
            camera = self._uses_camera()
            set_label(self.reason, reason_sentence(order.status, order.reason, camera=camera))
            advice = next_steps(order.status, order.reason, camera=camera)
            if order.status is Status.TERMINATED:  # the last step: the SMS with the terms
                mobile = customer.identity.mobile if customer.identity else None
                sms = (
                    fill(
                        self.tr("Open the SMS sent to %1 and accept the terms."),
                        mask_msisdn(mobile),
                    )
                    if mobile
                    else self.tr("Open the SMS sent to your mobile phone and accept the terms.")
                )
                advice = sms + "\n" + advice
            set_label(self.advice, advice)
            self.again.setVisible(order.status is not Status.TERMINATED)
            if self._corrects_data():
                set_button(
                    self.again,
                    self.tr("Correct the details and start again"),
                    self.tr("Back to the details to correct them, then start again"),
                )
            elif self._kind() is ReasonKind.UNSUPPORTED:
                set_button(self.again, self.tr("Choose another method"))
        set_label(self.details, "\n".join(lines))
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
