"""Consent: the guide's redirect notice in the customer's language; nothing is sent before the
customer accepts. Accepting starts the order; a failure is shown and the data is kept. Below the
notice, the guide's advice for the customer: activate Mobile ID beforehand, and the SMS that
follows the identification (accepting the terms finishes it).
A journal that cannot record the start is told to the customer and, in the staff's language, to
staff; the button stays off then (a second tap must not start a second order)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.app.failures import Action, CustomerError
from kiosk.app.flow import CustomerFlow, JournalFailed, StartOutcome, StartResult, StartStep
from kiosk.app.language import staff_texts
from kiosk.app.readiness import Preflight
from kiosk.app.stages import Stage
from kiosk.i18n import fill
from kiosk.srs import FieldProblem

from ..diagnosis.probe_row import advice_text
from ..diagnosis.words import Words
from ..widgets.common import button, focus_first, label, scroll_area, set_button, set_label
from .base import STAFF_START_FAILED, Screen, report_to_staff


class ConsentScreen(Screen):
    # The fields the SRS refused, for the data form when the customer goes back to them.
    refusedFields = Signal(object)  # noqa: N815 - tuple[FieldProblem, ...]

    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._start = self.slot("start")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(64, 40, 64, 40)
        # The texts scroll where a small screen with large text has no room for them all;
        # the buttons stay in reach below.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(body), 1)
        self.title = label("title")
        layout.addWidget(self.title)
        layout.addSpacing(16)
        self.notice = label("notice")
        layout.addWidget(self.notice)
        layout.addSpacing(12)
        # The guide's advice for the end user: Mobile ID beforehand, and the SMS for the terms.
        self.mobile_id = label("muted")
        layout.addWidget(self.mobile_id)
        self.terms_sms = label("muted")
        layout.addWidget(self.terms_sms)
        layout.addSpacing(12)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.state = label()
        self.error = label("error")
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addStretch()
        row = QHBoxLayout()
        self.back = button()
        self.back.clicked.connect(self.ctl.back)
        self.accept = button("primary")
        self.accept.clicked.connect(self.agree)
        row.addWidget(self.back)
        row.addStretch()
        row.addWidget(self.accept)
        outer.addLayout(row)
        self._failed = False
        self._journal_failed = False
        self._failure: CustomerError | None = None  # what the customer was told, and can do
        self._refused: tuple[FieldProblem, ...] = ()
        self._words = Words(self)
        flow.startStep.connect(self._show_step)
        self.retranslate()

    def enter(self) -> None:
        if self.ctl.stage is Stage.CONSENT and not self._start.busy:
            self._failed = False
            self._journal_failed = False
            self._failure = None
            self.accept.setEnabled(True)
            self.accept.show()
            set_label(self.error, "")
            set_label(self.state, "")
        self.retranslate()
        focus_first(self.accept, self.back)

    def agree(self) -> None:
        """The primary button: start; after a failure the one action the customer was given."""
        action = self._failure.action if self._failure is not None else Action.RETRY
        if action is Action.CORRECT:
            refused = self._refused
            self.ctl.back()  # to the details, kept, with what the SRS refused
            self.refusedFields.emit(refused)
            return
        if action is Action.OTHER_METHOD:
            self.ctl.other_method()
            return
        if not self._start.busy and not self.ctl.starting and not self._journal_failed:
            self._start.start(self._run())

    async def _run(self) -> None:
        """The flow runs the pre-flight and the start; this shows its steps and outcome."""
        self.accept.setEnabled(False)
        self.back.setEnabled(False)
        self.busy.show()
        set_label(self.error, "")
        self._failure = None
        try:
            self._show_outcome(await self.ctl.agree())
        finally:
            self.busy.hide()
            # After a journal failure no "Try again": the way on is through staff.
            self.accept.setEnabled(not self._journal_failed)
            self.accept.setVisible(not self._journal_failed)
            self.back.setEnabled(True)
            self.retranslate()
            if self.isVisible():  # not started: "Try again" (disabling moved the focus)
                focus_first(self.accept, self.back)

    def _show_step(self, step: str) -> None:
        if step == StartStep.PREFLIGHT:
            set_label(
                self.state,
                self.tr("Checking this terminal for the video call (camera, microphone, network)…"),
            )
        else:
            set_label(self.state, self.tr("Requesting the personal identification link…"))

    def _show_outcome(self, outcome: StartOutcome) -> None:
        if outcome.result in (StartResult.STARTED, StartResult.BUSY):
            return
        set_label(self.state, "")
        self._failed = True
        if outcome.journal is not None:
            self._journal_failed = True
            set_label(self.error, self._journal_failure_text(outcome.journal))
            return
        self._failure = outcome.failure
        self._refused = outcome.refused
        if self._failure is not None:
            set_label(self.error, self._failure.text())
        if outcome.preflight is not None:
            self._tell_staff_blocked(outcome.preflight)
        elif outcome.error is not None:
            # One sentence and one action for the customer; the detail to the staff strip.
            report_to_staff(self.ctl, STAFF_START_FAILED, outcome.error)

    def _journal_failure_text(self, exc: JournalFailed) -> str:
        """For the customer in their language; for staff in theirs, in the staff strip."""
        customer = self.tr(
            "This terminal cannot record identifications right now, so your "
            "identification was not started. Please ask the staff for help."
        )
        with staff_texts():
            if exc.ref_id is None:
                staff = self.tr(
                    "For staff: the order journal could not be written, so the "
                    "start was not sent (%1). Check the disk space and the data "
                    "folder, then restart the kiosk."
                )
            elif exc.cancelled:
                staff = self.tr(
                    "For staff: the order journal could not be written (%1). Order "
                    "%2 was created and has been cancelled again. Check the disk "
                    "space and the data folder, then restart the kiosk."
                )
            else:
                staff = self.tr(
                    "For staff: the order journal could not be written (%1). Order "
                    "%2 was created and could NOT be cancelled: cancel it with "
                    "support. Check the disk space and the data folder, then "
                    "restart the kiosk."
                )
        staff = fill(staff, str(exc), exc.ref_id or "")
        self.ctl.staffDetail.emit(staff)
        return customer

    def _tell_staff_blocked(self, check: Preflight) -> None:
        """The pre-flight found the method cannot run here: nothing was sent; the customer
        reads one sentence (choose another method), staff get the probes' findings."""
        with staff_texts():
            reasons = []
            for result in check.blocking():
                advice = advice_text(result.advice) if result.advice else ""
                reasons.append(f"{self._words.probe(result.name)}: {advice}".strip().rstrip(":"))
            staff = fill(
                QCoreApplication.translate(
                    "StaffDetail",
                    "For staff: this terminal cannot run this method now; nothing was sent. %1",
                ),
                " ".join(reasons),
            )
        self.ctl.staffDetail.emit(staff)

    def wipe(self) -> None:
        set_label(self.notice, "")
        set_label(self.error, "")
        set_label(self.state, "")
        self._failed = False
        self._failure = None

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Before you continue"))
        if self.ctl.customer is not None and self.ctl.customer.method is not None:
            set_label(self.notice, self.ctl.notice())
        set_label(
            self.mobile_id,
            self.tr(
                "Tip: activate Mobile ID (on your SIM card or in the Mobile ID app) before you "
                "start. You can then sign with it easily; otherwise you sign with a password and a "
                "code by SMS."
            ),
        )
        set_label(
            self.terms_sms,
            self.tr(
                "After the identification you get an SMS from Swisscom: accept the terms to finish."
            ),
        )
        set_button(self.back, self.tr("Back"), self.tr("Back to the customer details"))
        if self._failure is not None:
            set_label(self.error, self._failure.text())  # in the language now chosen
        if self._failure is not None and self._failure.action is Action.CORRECT:
            set_button(
                self.accept,
                self.tr("Check my details"),
                self.tr("Back to the details to check them"),
            )
        elif self._failure is not None and self._failure.action is Action.OTHER_METHOD:
            set_button(
                self.accept, self.tr("Choose another method"), self.tr("Back to the method choice")
            )
        elif self._failed:
            set_button(self.accept, self.tr("Try again"), self.tr("Try again to start"))
        else:
            set_button(
                self.accept,
                self.tr("I agree — continue"),
                self.tr("I agree to the notice: continue"),
            )
