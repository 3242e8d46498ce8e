"""A panel shown over the whole window (no nested event loop, unlike QDialog.exec())."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dialog = QFrame(self)
        self.dialog.setObjectName("dialog")
        self.dialog.setMinimumWidth(460)
        outer.addWidget(self.dialog, 0, Qt.AlignmentFlag.AlignCenter)
        self.body = QVBoxLayout(self.dialog)
        self.body.setContentsMargins(32, 28, 32, 28)
        self.body.setSpacing(14)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def open(self) -> None:
        self._fit()
        self.show()
        self.raise_()
