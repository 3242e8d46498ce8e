"""The "Need more time?" prompt: shown over the customer's screen when nobody has touched it for a
long time while the customer is busy elsewhere (installing an app, reading the ID card,
accepting the SMS). Continue keeps everything; End here wipes the session (the order goes on being
followed). Without an answer the session ends by itself; the prompt counts the seconds down."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..texts import plural
from .common import label, set_button, set_label
from .customer_question import CustomerQuestion


class MoreTimePrompt(CustomerQuestion):
    continued = Signal()
    ended = Signal()

    def __init__(self, parent: QWidget) -> None:
        countdown = label("muted")
        super().__init__(parent, countdown)
        self.countdown = countdown
        self.end, self.go_on = self.ending, self.safe
        self.end.clicked.connect(self.ended)
        self.go_on.clicked.connect(self.continued)
        self.retranslate()

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
