"""Instead of the kiosk, when it cannot start (the order journal is damaged, read-only, locked
or on a full disk; the settings have mistakes): what is wrong, for staff and IT, in a window
that stays up, never a traceback on the console and no window at all. No order can be started
meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.app.language import staff_texts
from kiosk.i18n import fill

from .widgets.common import label, set_label


class StartupProblem(QWidget):
    closed = Signal()

    def __init__(self, problem: str, log_path: str, *, settings: bool = False) -> None:
        super().__init__()
        self.setObjectName("startupProblem")
        self.problem = problem
        self.settings = settings  # the settings are wrong (else: the journal cannot be used)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(24)
        layout.addStretch()
        self.title = label("title")
        self.body = label(selectable=True)
        self.advice = label(selectable=True)
        for widget in (self.title, self.body, self.advice):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        if settings:  # a list of mistakes, one a line
            self.body.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.log_path = log_path
        self.retranslate()

    def retranslate(self) -> None:
        with staff_texts():
            self.setWindowTitle(self.tr("SRS Branch Kiosk"))
            set_label(self.title, self.tr("The kiosk cannot start"))
            if self.settings:
                self._settings_texts()
                return
            set_label(
                self.body, fill(self.tr("The order journal cannot be used: %1"), self.problem)
            )
            set_label(
                self.advice,
                fill(
                    self.tr(
                        "No identification can be started until IT repairs or replaces the journal "
                        "file; then start the kiosk again. Details in the log: %1"
                    ),
                    self.log_path,
                ),
            )

    def _settings_texts(self) -> None:
        # The problem names the file and lists every mistake in it (kiosk.config.ConfigError).
        set_label(self.body, fill(self.tr("The settings cannot be used: %1"), self.problem))
        set_label(
            self.advice,
            fill(
                self.tr(
                    "No identification can be started until IT corrects the settings; then "
                    "start the kiosk again. Details in the log: %1"
                ),
                self.log_path,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
