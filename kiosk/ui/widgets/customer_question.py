"""A question put to the customer over the screen: a title, a text and two large answers, the
one that ends something on the left, the safe one on the right with the focus (Enter picks it).
Subclasses name the answers, fill the texts (``retranslate``) and say what Escape means
(``dismiss``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .common import button, label
from .overlay import Overlay


class CustomerQuestion(Overlay):
    def __init__(self, parent: QWidget, *lines: QLabel) -> None:
        """``lines``: more lines of text under the title and the text, above the answers."""
        super().__init__(parent)
        self.title = label("big")
        self.text = label()
        self.ending = button("danger")
        self.safe = button("primary")
        for control in (self.ending, self.safe):
            control.setObjectName("confirmAnswer")  # large: for a customer's finger (QSS)
        answers = QHBoxLayout()
        answers.addWidget(self.ending)
        answers.addStretch()
        answers.addWidget(self.safe)
        # In reading order: a screen reader follows the order the widgets join the panel.
        for line in (self.title, self.text, *lines):
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.body.addWidget(line)
        self.body.addLayout(answers)
        self.dialog.setMaximumWidth(760)
        self.announce(self.title, self.text)

    def open(self) -> None:
        # Big: most of the width, up to a comfortable line length.
        host = self.parentWidget()
        if host is not None:
            self.dialog.setMinimumWidth(max(460, min(760, host.width() - 64)))
        super().open()
        self.safe.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
