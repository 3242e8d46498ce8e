"""A line for staff under the staff strip after the kiosk recovered from an unexpected error
(kiosk.app.recovery): what happened and where the log is. It stays until staff enter their
PIN (they have seen it then)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.app.language import staff_texts
from kiosk.i18n import fill

from .common import set_label


class RecoveryNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # a long log path wraps instead of widening the window
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("recoveryNotice")
        self.log_path = ""
        self.hide()

    def show_for(self, log_path: str) -> None:
        self.log_path = log_path
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self.log_path = ""
        self.hide()

    def retranslate(self) -> None:
        if not self.log_path:
            return
        with staff_texts():
            set_label(
                self,
                fill(
                    self.tr(
                        "An unexpected error occurred; the kiosk recovered. Details in the log: %1"
                    ),
                    self.log_path,
                ),
            )
