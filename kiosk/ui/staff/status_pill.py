"""The dashboard's status column as pills: the status text on a tint that says at a glance
where the order stands (in progress, verified, ended without evidence, failed or cancelled).
Every text keeps at least 4.5:1 against its tint; the selected row keeps the table's own
selection colours (the pill is outlined there). Where the column is narrower than the text
(a small screen, large text, a long language) the text wraps at its words in a taller pill."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
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
_PAD_Y = 2  # above and below a wrapped text
_WRAP = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


class StatusPillDelegate(QStyledItemDelegate):
    def _outcome(self, index: QModelIndex | QPersistentModelIndex) -> Outcome | None:
        model = index.model()
        if isinstance(model, QSortFilterProxyModel):  # the dashboard's search and filter
            index = model.mapToSource(index)
            model = index.model()
        if not isinstance(model, OrdersModel):
            return None
        order = model.order_at(index.row())
        return order.outcome if order is not None else None

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """On one line; with a width to wrap in (the table's row heights), as high as the
        text wrapped in it. As wide as :meth:`paint` needs the text on one line (its pill's
        margins and padding, not the style's text margins as well): a cell narrower than
        that is one ``paint`` wraps, and only that (else a cell a few pixels narrower than
        this width was painted on one line but measured, and its row sized, as wrapped)."""
        if self._outcome(index) is None:
            return super().sizeHint(option, index)  # painted as a plain cell
        one_line = QStyleOptionViewItem(option)
        one_line.rect = QRect()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = option.fontMetrics.horizontalAdvance(text) + 2 * (_MARGIN_X + _PAD_X)
        height = super().sizeHint(one_line, index).height() + 2 * _MARGIN_Y
        if option.rect.isValid() and option.rect.width() < width:
            wrapped = self._wrapped(option, text, option.rect)
            height = max(height, wrapped.height() + 2 * (_MARGIN_Y + _PAD_Y))
        return QSize(width, height)

    @staticmethod
    def _inner(rect: QRect) -> QRect:
        """Where the text goes in a cell."""
        return rect.adjusted(_MARGIN_X + _PAD_X, _MARGIN_Y, -_MARGIN_X - _PAD_X, -_MARGIN_Y)

    def _wrapped(self, option: QStyleOptionViewItem, text: str, cell: QRect) -> QRect:
        inner = self._inner(cell)
        return option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, inner.width()), 10_000), _WRAP, text
        )

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
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        inner = self._inner(rect)
        lines = option.fontMetrics.horizontalAdvance(text) > inner.width()
        pill = rect.adjusted(_MARGIN_X, _MARGIN_Y, -_MARGIN_X, -_MARGIN_Y)
        if lines:  # wrapped: a pill round the lines, no taller than they need
            need = self._wrapped(option, text, rect).height() + 2 * _PAD_Y
            if need < pill.height():
                pill.setTop(pill.center().y() - need // 2)
                pill.setHeight(need)
        # Round ends on one line; a rounded box round several.
        radius = pill.height() / 2 if not lines else option.fontMetrics.height() / 2
        painter.setPen(QPen(QColor("#ffffff"), 1.5) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tint))
        painter.drawRoundedRect(pill, radius, radius)
        painter.setPen(QColor(text_colour))
        painter.setFont(option.font)
        if lines:
            painter.drawText(inner, _WRAP, text)
        else:
            painter.drawText(
                inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
            )
        painter.restore()
