"""The kiosk's look: one QSS file under resources/."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.resources import resource_path


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on every platform; QSS builds on it
    app.setStyleSheet(resource_path("styles", "kiosk.qss").read_text(encoding="utf-8"))
