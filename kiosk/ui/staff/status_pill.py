"""The dashboard's status column as pills: the status text on a tint that says at a glance
where the order stands (in progress, verified, ended without evidence, failed or cancelled).
Every text keeps at least 4.5:1 against its tint; the selected row keeps the table's own
selection colours (the pill is outlined there)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.tracking import Outcome

from .orders_model import OrdersModel

# (text, background) per outcome; PENDING: still followed.
PILL_COLOURS: dict[Outcome, tuple[str, str]] = {
    Outcome.PENDING: ("#0b4a8b", "#e3edf8"),
    Outcome.VERIFIED: ("#0b5e43", "#dff3ea"),
    Outcome.NO_EVIDENCE: ("#6b4300", "#fff1d6"),
    Outcome.FAILED: ("#8f1317", "#fde6e6"),
    Outcome.CANCELLED: ("#3d4652", "#eceef1"),
    Outcome.EXPIRED: ("#3d4652", "#eceef1"),
}
_MARGIN_X, _MARGIN_Y, _PAD_X = 4, 3, 10


class StatusPillDelegate(QStyledItemDelegate):
    def _outcome(self, index: QModelIndex | QPersistentModelIndex) -> Outcome | None:
        model = index.model()
        if not isinstance(model, OrdersModel):
            return None
        order = model.order_at(index.row())
        return order.outcome if order is not None else None

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * (_MARGIN_X + _PAD_X), size.height() + 2 * _MARGIN_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        outcome = self._outcome(index)
        if outcome is None:
            super().paint(painter, option, index)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect
        text_colour, tint = PILL_COLOURS[outcome]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, option.palette.highlight())
        pill = rect.adjusted(_MARGIN_X, _MARGIN_Y, -_MARGIN_X, -_MARGIN_Y)
        radius = pill.height() / 2
        painter.setPen(QPen(QColor("#ffffff"), 1.5) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tint))
        painter.drawRoundedRect(pill, radius, radius)
        painter.setPen(QColor(text_colour))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        inner = pill.adjusted(_PAD_X, 0, -_PAD_X, 0)
        elided = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.setFont(option.font)
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()
