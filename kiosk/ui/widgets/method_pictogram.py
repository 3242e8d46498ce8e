"""A method's pictogram for its tile, drawn here (no third-party artwork): a camera for video,
an ID card with its chip for eID, a bank for bank identification; another method's initial."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.srs import MethodType

INK = QColor("#0b5cad")
DISC = QColor("#e6eef8")


class MethodPictogram(QWidget):
    def __init__(
        self, kind: MethodType | None, initial: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.initial = initial[:1].upper()
        self.setFixedSize(QSize(64, 64))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("")  # decoration: the tile's name says what it is

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(DISC)
        p.drawEllipse(QRectF(0, 0, side, side))
        pen = QPen(INK, side / 22)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        u = side / 64  # drawing units: a 64×64 grid
        if self.kind is MethodType.VIDEO:
            p.drawRoundedRect(QRectF(13 * u, 22 * u, 26 * u, 20 * u), 4 * u, 4 * u)
            p.drawPolygon(
                QPolygonF(
                    [QPointF(41 * u, 32 * u), QPointF(51 * u, 25 * u), QPointF(51 * u, 39 * u)]
                )
            )
        elif self.kind is MethodType.EID:
            p.drawRoundedRect(QRectF(12 * u, 19 * u, 40 * u, 26 * u), 4 * u, 4 * u)
            p.setBrush(INK)
            p.drawRoundedRect(QRectF(17 * u, 26 * u, 9 * u, 8 * u), 1.5 * u, 1.5 * u)
            p.setBrush(Qt.BrushStyle.NoBrush)
            for y in (27, 33, 39):
                p.drawLine(QPointF(31 * u, y * u), QPointF(46 * u, y * u))
        elif self.kind is MethodType.BANKIDENT:
            p.drawPolygon(
                QPolygonF(
                    [QPointF(12 * u, 26 * u), QPointF(32 * u, 14 * u), QPointF(52 * u, 26 * u)]
                )
            )
            for x in (18, 28, 36, 46):
                p.drawLine(QPointF(x * u, 30 * u), QPointF(x * u, 42 * u))
            p.drawLine(QPointF(12 * u, 47 * u), QPointF(52 * u, 47 * u))
        else:
            font = QFont(self.font())
            font.setPixelSize(round(30 * u))
            font.setBold(True)
            p.setFont(font)
            p.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, self.initial)
        p.end()
