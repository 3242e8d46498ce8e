"""The "Need more time?" prompt: shown over the customer's screen when nobody has touched it for a
long time while the customer is busy elsewhere (installing an app, reading the ID card,
accepting the SMS). Continue keeps everything; End here wipes the session (the order goes on being
followed). Without an answer the session ends by itself; the prompt counts the seconds down."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..texts import plural
from .common import button, label, set_button, set_label
from .overlay import Overlay


class MoreTimePrompt(Overlay):
    continued = Signal()
    ended = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.title = label("big")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("muted")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end = button("danger")
        self.end.clicked.connect(self.ended)
        self.go_on = button("primary")
        self.go_on.clicked.connect(self.continued)
        row = QHBoxLayout()
        row.addWidget(self.end)
        row.addStretch()
        row.addWidget(self.go_on)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addWidget(self.countdown)
        self.body.addLayout(row)
        self.dialog.setMaximumWidth(760)
        self.retranslate()

    def open(self) -> None:
        # Big: most of the width, up to a comfortable line length.
        host = self.parentWidget()
        if host is not None:
            self.dialog.setMinimumWidth(max(460, min(760, host.width() - 64)))
        super().open()
        self.go_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        """Escape means "I am here": continue."""
        self.continued.emit()

    def show_seconds(self, seconds: int) -> None:
        if seconds < 0:
            set_label(self.countdown, "")
            return
        set_label(
            self.countdown,
            plural(
                self.tr("Without an answer, the session ends in %n second(s).", "", seconds),
                seconds,
            ),
        )

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Need more time?"))
        set_label(
            self.text,
            self.tr(
                "Take the time you need: your identification goes on. Touch Continue to keep "
                "this screen, or End here to close it; the identification is not cancelled."
            ),
        )
        set_button(self.go_on, self.tr("Continue"), self.tr("Continue: I need more time"))
        # The words the text uses for it (and the status screen's "End here").
        set_button(
            self.end,
            self.tr("End here"),
            self.tr("End here and clear this screen; the identification goes on"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
