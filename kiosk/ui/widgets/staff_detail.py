"""The staff strip's technical line: what went wrong in the staff's words, with the HTTP status,
the SRS's error code and the provider's reason, which customer screens never show (they say one
sentence in the customer's language). Fed by ``CustomerFlow.staffDetail``; hidden while
empty; cleared at the wipe."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .common import label, set_label


class StaffDetail:
    """Owns the strip's label (placed by the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.label: QLabel = label(parent=parent, selectable=True)
        self.label.setObjectName("staffDetail")
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.hide()

    def show_text(self, text: str) -> None:
        """``text`` (in the staff language, starting "For staff:"); "" hides the line."""
        set_label(self.label, text)

    def clear(self) -> None:
        self.show_text("")

    @property
    def text(self) -> str:
        return self.label.text()
