"""The clipboard holds nothing of one person for the next: what a customer copied (in the bank's
page, a field) goes at the session's wipe, a support card staff copied when they leave it, and
the bank's page copies nothing while it is shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer)


def clear_clipboard() -> None:
    """Empty every clipboard the platform has (X11's selection too: text merely selected)."""
    clipboard = QGuiApplication.clipboard()
    for mode in _MODES:
        clipboard.clear(mode)  # a mode the platform lacks: nothing happens


class PageCopyGuard(QObject):
    """Empties what ``view``'s web page puts on a clipboard (copied or, on X11, merely
    selected) while the page is shown: a customer's data typed or shown there stays in the
    page. Staff copying on a staff screen over it (the page hidden) keep theirs."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)  # goes with the view, and its connections with it
        self._view = view
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._copied)
        clipboard.selectionChanged.connect(self._selected)

    def _copied(self) -> None:
        QTimer.singleShot(0, self, lambda: self._clear(QClipboard.Mode.Clipboard))

    def _selected(self) -> None:
        QTimer.singleShot(0, self, lambda: self._clear(QClipboard.Mode.Selection))

    def _clear(self, mode: QClipboard.Mode) -> None:
        """After the change (not inside the clipboard's own signal): cleared once; clearing
        changes it again, to nothing, which is left alone."""
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData(mode)
        if self._view.isVisible() and data is not None and data.formats():
            clipboard.clear(mode)
