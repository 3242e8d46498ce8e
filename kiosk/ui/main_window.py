"""The kiosk's main window. For now: the method list of the configured (or training) SRS,
loaded asynchronously; the session flow's screens replace the body."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import Backend
from kiosk.srs import SrsError


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend) -> None:
        super().__init__()
        self._backend = backend
        self._task: asyncio.Task[None] | None = None
        self.setWindowTitle(self.tr("SRS Branch Kiosk"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("SRS Branch Kiosk"), body)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 28pt; font-weight: 600;")
        layout.addWidget(title)
        if backend.training:
            banner = QLabel(self.tr("Training mode: a built-in simulator plays the SRS. "
                                    "No real identification takes place."), body)
            banner.setObjectName("trainingBanner")
            banner.setWordWrap(True)
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(banner)
        self.state = QLabel(body)
        self.state.setObjectName("methodsState")
        layout.addWidget(self.state)
        self.methods = QListWidget(body)
        self.methods.setAccessibleName(self.tr("Identification methods"))
        layout.addWidget(self.methods, 1)
        self.retry = QPushButton(self.tr("Try again"), body)
        self.retry.setAccessibleName(self.tr("Load the methods again"))
        self.retry.clicked.connect(self.load_methods)
        self.retry.hide()
        layout.addWidget(self.retry)
        self.setCentralWidget(body)

    def load_methods(self) -> None:
        """Start loading; a new load cancels the previous one (one in flight at most)."""
        if self._task is not None:
            self._task.cancel()
        self._task = asyncio.ensure_future(self._load())

    async def _load(self) -> None:
        self.retry.hide()
        self.state.setText(self.tr("Loading the identification methods…"))
        self.methods.clear()
        try:
            async with self._backend.client() as client:
                methods = await asyncio.wait_for(client.list_methods(), 30)
        except (SrsError, TimeoutError) as exc:
            message = exc.message if isinstance(exc, SrsError) else self.tr("no answer in time")
            self.state.setText(self.tr("The methods could not be loaded: %1").replace("%1",
                                                                                     message))
            self.retry.show()
            return
        for m in methods:
            self.methods.addItem(f"{m.name} — {m.method_type.value}, "
                                 f"{', '.join(j.value for j in m.jurisdictions)}, LOA {m.loa}")
        self.state.setText(self.tr("%n method(s) available", "", len(methods)))
