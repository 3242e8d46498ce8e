"""What the dashboard's table shows of its orders: those whose Ref-ID holds what staff typed
(never the mobile number: the search keeps to identifiers), with "Open only" the orders not
final yet, with "Needs attention" those staff should look at (failed, without evidence, calls
failing). A proxy over :class:`OrdersModel`: the rows keep the model's order, and the view's
indexes map back to the model's (``order_at``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from kiosk.tracking import TrackedOrder

from .orders_model import OrdersModel

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
# "062338…1cce64" as the table shows an elided Ref-ID (or typed "062338...1cce64"): the two
# ends, in that order.
_ELLIPSIS = re.compile(r"…|\.{2,}")
_NOT_HEX = re.compile(r"[^0-9a-z]")
# A label copied with the Ref-ID ("Ref-ID: f6a9…" from the staff line or an export, "Order ID
# …"): up to a colon (a Ref-ID has none), or one of the labels the kiosk's languages use.
_LABEL = re.compile(
    r"^.*:|^\s*(?:ref(?:erenz|erence)?[\s.-]*id|order[\s-]*id|auftrags-?id|id du mandat"
    r"|id dell['’]\s*incarico|r[ée]f[ée]rence|riferimento)(?=\s|$)",
    re.IGNORECASE | re.DOTALL,
)


def _plain(text: str) -> str:
    """Letters and digits only, lower case: "0623 38-AB" finds "062338ab-…"."""
    return _NOT_HEX.sub("", text.lower())


def without_label(query: str) -> str:
    """``query`` without a leading label such as "Ref-ID:" (as copied with the Ref-ID)."""
    return _LABEL.sub("", query, count=1).strip()


def ref_id_matches(ref_id: str, query: str) -> bool:
    """Whether ``ref_id`` holds ``query`` (a label such as "Ref-ID:" before it, case, spaces
    and dashes aside; an ellipsis stands for any part between)."""
    parts = [_plain(part) for part in _ELLIPSIS.split(without_label(query))]
    plain, start = _plain(ref_id), 0
    for part in parts:
        found = plain.find(part, start)
        if found < 0:
            return False
        start = found + len(part)
    return True


class OrdersFilter(QSortFilterProxyModel):
    def __init__(self, source: OrdersModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.orders = source
        self.query = ""
        self.open_only = False
        self.attention_only = False

    @property
    def active(self) -> bool:
        """Some orders may be hidden."""
        return bool(self.query.strip()) or self.open_only or self.attention_only

    def set_query(self, query: str) -> None:
        if query != self.query:
            self.beginFilterChange()
            self.query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_open_only(self, open_only: bool) -> None:
        if open_only != self.open_only:
            self.beginFilterChange()
            self.open_only = open_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_attention_only(self, attention_only: bool) -> None:
        if attention_only != self.attention_only:
            self.beginFilterChange()
            self.attention_only = attention_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def shows(self, order: TrackedOrder) -> bool:
        if self.open_only and order.is_done:
            return False
        if self.attention_only and not order.needs_attention:
            return False
        query = without_label(self.query)
        return not query or ref_id_matches(order.ref_id, query)

    def column_texts(self, column: int) -> list[str]:
        """The shown rows' texts in ``column`` (ColumnFit's fast path, through the filter)."""
        texts = self.orders.column_texts(column)
        if not self.active:
            return texts
        return [texts[self.mapToSource(self.index(row, 0)).row()] for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        order = self.orders.order_at(source_row)
        return order is not None and self.shows(order)

    def order_at(self, row: int) -> TrackedOrder | None:
        """The order in the view's ``row``."""
        index = self.index(row, 0)
        return self.orders.order_at(self.mapToSource(index).row()) if index.isValid() else None

    def row_of(self, ref_id: str) -> int | None:
        """The view's row of ``ref_id``; None where it is hidden (or not listed)."""
        row = self.orders.row_of(ref_id)
        if row is None:
            return None
        shown = self.mapFromSource(self.orders.index(row, 0))
        return shown.row() if shown.isValid() else None
