"""The customer's "Cancel identification?" question: one tap on a cancel button never cancels
the order at the provider by itself (it cannot be undone). Shown over the screen that asks it,
with large buttons; "No, go on" has the focus, Escape answers it too."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .common import set_button, set_label
from .customer_question import CustomerQuestion


class CancelConfirm(CustomerQuestion):
    confirmed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.yes, self.no = self.ending, self.safe
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self.dismiss)
        self.retranslate()

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
