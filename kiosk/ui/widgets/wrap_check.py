"""A check box whose text wraps onto more lines where the width is short (a 1024 px screen,
long languages, large text), as a word-wrapped label does, instead of widening its form until
staff must scroll sideways. ``text()`` is the whole text; the lines are laid out on resize."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._whole = ""
        self.setText(text)

    def text(self) -> str:  # the whole text, not the lines shown
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        super().setText(text)
        self._flow(self.width())
        self.updateGeometry()

    def _size_for(self, text_size: QSize) -> QSize:
        """The box's size around a text of ``text_size`` (indicator, spacing, style sheet)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_CheckBox, option, text_size, self
        )

    def _chrome(self) -> int:
        return self._size_for(QSize(0, 0)).width()

    def _lines(self, width: int) -> list[str]:
        """The text broken into lines no wider than ``width`` (a long word stays whole)."""
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._whole.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def _flow(self, width: int) -> None:
        if width <= 0:
            return
        wrapped = "\n".join(self._lines(width - self._chrome()))
        if wrapped != super().text():
            super().setText(wrapped)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow(event.size().width())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return self._size_for(QSize(metrics.horizontalAdvance(self._whole), metrics.height()))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self._whole.split()), default=0)
        return self._size_for(QSize(word, metrics.height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        metrics = self.fontMetrics()
        lines = len(self._lines(width - self._chrome()))
        return self._size_for(QSize(0, metrics.lineSpacing() * lines)).height()
