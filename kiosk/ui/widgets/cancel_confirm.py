"""The customer's "Cancel identification?" question: one tap on a cancel button never cancels
the order at the provider by itself (it cannot be undone). Shown over the screen that asks it,
with large buttons; "No, go on" has the focus, Escape answers it too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from .common import button, label, set_button, set_label
from .overlay import Overlay


class CancelConfirm(Overlay):
    confirmed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = label("big")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes = button("danger")
        self.yes.clicked.connect(self._yes)
        self.no = button("primary")
        self.no.clicked.connect(self.dismiss)
        for control in (self.yes, self.no):
            control.setObjectName("confirmAnswer")  # large: for a customer's finger (QSS)
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addStretch()
        row.addWidget(self.no)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addLayout(row)
        self.dialog.setMaximumWidth(760)
        self.retranslate()

    def open(self) -> None:
        host = self.parentWidget()
        if host is not None:
            self.dialog.setMinimumWidth(max(460, min(760, host.width() - 64)))
        super().open()
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Cancel this identification?"))
        set_label(
            self.text,
            self.tr(
                "The identification stops at the provider and cannot be continued. "
                "To be identified later, you start a new one."
            ),
        )
        set_button(self.yes, self.tr("Yes, cancel"), self.tr("Yes, cancel the identification"))
        set_button(self.no, self.tr("No, go on"), self.tr("No, go on with the identification"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
