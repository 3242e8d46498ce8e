"""The clipboard holds nothing of one person for the next: what a customer copied (in the bank's
page, a field) goes at the session's wipe, a support card staff copied when they leave it."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer)


def clear_clipboard() -> None:
    """Empty every clipboard the platform has (X11's selection too: text merely selected)."""
    clipboard = QGuiApplication.clipboard()
    for mode in _MODES:
        clipboard.clear(mode)  # a mode the platform lacks: nothing happens
