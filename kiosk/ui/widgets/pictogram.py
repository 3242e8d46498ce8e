"""Simple pictograms drawn with QPainter (our own drawings, no third-party artwork) for the
steps of a hand-off: a phone with NFC waves, an ID card on the back of a phone, a 6-digit PIN.
Crisp at any size and in any theme: lines scale with the widget."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1b1f24")
ACCENT = QColor("#0b5cad")
CARD = QColor("#e6eef8")


class Pictogram(StrEnum):
    NFC_PHONE = "nfc_phone"
    CARD_ON_PHONE = "card_on_phone"
    PIN = "pin"


class PictogramWidget(QWidget):
    """One pictogram in a square of ``size`` pixels; decorative (the step's text says it)."""

    def __init__(self, kind: Pictogram, size: int = 72, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(min(self.width(), self.height()))
        painter.scale(s / 100.0, s / 100.0)  # draw on a 100 x 100 grid
        {
            Pictogram.NFC_PHONE: _nfc_phone,
            Pictogram.CARD_ON_PHONE: _card_on_phone,
            Pictogram.PIN: _pin,
        }[self.kind](painter)
        painter.end()


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _phone(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(_pen(INK, 4))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(rect, 7, 7)
    painter.drawLine(
        QPointF(rect.center().x() - 6, rect.bottom() - 6),
        QPointF(rect.center().x() + 6, rect.bottom() - 6),
    )


def _nfc_phone(painter: QPainter) -> None:
    _phone(painter, QRectF(18, 10, 38, 80))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(ACCENT, 4))
    for radius in (10.0, 19.0, 28.0):  # radio waves to the right of the phone
        painter.drawArc(QRectF(56 - radius, 50 - radius, 2 * radius, 2 * radius), -45 * 16, 90 * 16)


def _card_on_phone(painter: QPainter) -> None:
    _phone(painter, QRectF(30, 8, 40, 84))
    painter.setPen(_pen(ACCENT, 4))
    painter.setBrush(CARD)
    card = QRectF(8, 46, 60, 38)
    painter.drawRoundedRect(card, 5, 5)
    painter.setPen(_pen(ACCENT, 3))
    painter.drawEllipse(QRectF(14, 54, 14, 16))  # the photo
    for y in (57.0, 65.0, 73.0):  # lines of text
        painter.drawLine(QPointF(34, y), QPointF(60, y))


def _pin(painter: QPainter) -> None:
    painter.setPen(_pen(INK, 4))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(6, 28, 88, 44), 9, 9)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    for index in range(6):  # six digits
        painter.drawEllipse(QPointF(18 + index * 12.8, 50), 4.6, 4.6)
