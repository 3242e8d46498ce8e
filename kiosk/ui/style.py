"""The kiosk's look: one QSS file under resources/; the staff setting "larger text" scales its
font sizes (and the heights of the controls that hold text) from that same file."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from kiosk.resources import resource_path

LARGE_TEXT_SCALE = 1.25
# What grows with the text: font sizes, and the minimum heights of controls that hold one
# line of text (buttons, fields); widths and paddings stay, layouts wrap instead.
_SCALED = re.compile(r"\b(font-size|min-height)(\s*:\s*)(\d+(?:\.\d+)?)(pt|px)\b")


def stylesheet(*, large_text: bool = False) -> str:
    """The kiosk's style sheet, its text sizes scaled by ``LARGE_TEXT_SCALE`` if
    ``large_text``."""
    text = resource_path("styles", "kiosk.qss").read_text(encoding="utf-8")
    return scale_stylesheet(text, LARGE_TEXT_SCALE) if large_text else text


def scale_stylesheet(qss: str, factor: float) -> str:
    """``qss`` with every ``font-size`` and ``min-height`` multiplied by ``factor`` (rounded
    to whole points/pixels)."""

    def scaled(match: re.Match[str]) -> str:
        prop, sep, number, unit = match.groups()
        return f"{prop}{sep}{round(float(number) * factor)}{unit}"

    return _SCALED.sub(scaled, qss)


def apply_style(app: QApplication, *, large_text: bool = False) -> None:
    app.setStyle("Fusion")  # the same look on every platform; QSS builds on it
    app.setStyleSheet(stylesheet(large_text=large_text))
