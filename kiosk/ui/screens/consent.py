"""Consent: the guide's redirect notice in the customer's language; nothing is sent before the
customer accepts. Accepting starts the order; a failure is shown and the data is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.app.controller import SessionController
from kiosk.app.stages import Stage
from kiosk.app.tasks import within
from kiosk.srs import SrsError

from ..widgets.common import button, label, set_button, set_label
from .base import REQUEST_TIMEOUT_S, Screen, error_text


class ConsentScreen(Screen):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._start = self.slot("start")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 40)
        self.title = label("title")
        layout.addWidget(self.title)
        layout.addSpacing(16)
        self.notice = label("notice")
        layout.addWidget(self.notice)
        layout.addSpacing(16)
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
        layout.addLayout(row)
        self._failed = False
        self.retranslate()

    def enter(self) -> None:
        if self.ctl.stage is Stage.CONSENT and not self._start.busy:
            self._failed = False
            set_label(self.error, "")
            set_label(self.state, "")
        self.retranslate()

    def agree(self) -> None:
        if not self._start.busy:
            self._start.start(self._run())

    async def _run(self) -> None:
        self.accept.setEnabled(False)
        self.back.setEnabled(False)
        self.busy.show()
        set_label(self.error, "")
        set_label(self.state, self.tr("Requesting the personal identification link…"))
        try:
            await within(self.ctl.start(), REQUEST_TIMEOUT_S)
        except (SrsError, TimeoutError) as exc:
            self._failed = True
            set_label(self.state, "")
            set_label(self.error, self.tr("The identification could not be started: %1 "
                                          "The details are kept; try again.")
                      .replace("%1", error_text(exc)))
        finally:
            self.busy.hide()
            self.accept.setEnabled(True)
            self.back.setEnabled(True)
            self.retranslate()

    def wipe(self) -> None:
        set_label(self.notice, "")
        set_label(self.error, "")
        set_label(self.state, "")
        self._failed = False

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Before you continue"))
        if self.ctl.customer is not None and self.ctl.customer.method is not None:
            set_label(self.notice, self.ctl.notice())
        set_button(self.back, self.tr("Back"), self.tr("Back to the customer details"))
        if self._failed:
            set_button(self.accept, self.tr("Try again"), self.tr("Try again to start"))
        else:
            set_button(self.accept, self.tr("I agree — continue"),
                       self.tr("I agree to the notice: continue"))
