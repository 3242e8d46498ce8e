"""Small helpers so every screen builds labels and buttons the same way (roles for the QSS)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def label(role: str | None = None, *, wrap: bool = True, parent: QWidget | None = None,
          selectable: bool = False) -> QLabel:
    widget = QLabel(parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def button(role: str | None = None, *, parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(parent)
    if role:
        widget.setProperty("role", role)
    widget.setAutoDefault(False)
    # Never squeezed below the text's width (the style sheet's padding included).
    widget.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
    return widget


def set_label(widget: QLabel, text: str, accessible: str | None = None) -> None:
    widget.setText(text)
    widget.setVisible(bool(text))
    widget.setAccessibleName(accessible or text)


def set_button(widget: QPushButton, text: str, accessible: str | None = None) -> None:
    widget.setText(text)
    widget.setAccessibleName(accessible or text)
