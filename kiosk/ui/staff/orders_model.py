"""The staff dashboard's table model: one row per tracked order (the view is separate).

The mobile number is not in the journal: the model asks for it (``mobileWanted``) the first
time the view paints a row's mobile cell, and shows it masked once it arrives. The numbers
live in this model's memory only and go with ``forget_mobiles()``.

An order another process follows (``followed_by``) shows that process as its next action: this
kiosk's tracker does nothing for it until it takes it over.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kiosk.app.language import staff_texts
from kiosk.i18n import fill
from kiosk.srs import find_method_spec, mask_msisdn
from kiosk.tracking import ActionKind, LeaseHolder, Outcome, TrackedOrder

from ..texts import status_name, translate

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class Column(IntEnum):
    REF_ID = 0
    METHOD = 1
    STATUS = 2
    SINCE = 3
    NEXT = 4
    PROBLEM = 5
    MOBILE = 6


def column_title(column: Column) -> str:
    return {
        Column.REF_ID: translate("OrdersModel", "Ref-ID"),
        Column.METHOD: translate("OrdersModel", "Method"),
        Column.STATUS: translate("OrdersModel", "Status"),
        Column.SINCE: translate("OrdersModel", "Since start"),
        Column.NEXT: translate("OrdersModel", "Next action"),
        Column.PROBLEM: translate("OrdersModel", "Problem"),
        Column.MOBILE: translate("OrdersModel", "Mobile"),
    }[column]


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.PENDING: translate("OrdersModel", "in progress"),
        Outcome.VERIFIED: translate("OrdersModel", "verified"),
        Outcome.NO_EVIDENCE: translate("OrdersModel", "ended without evidence"),
        Outcome.FAILED: translate("OrdersModel", "failed"),
        Outcome.CANCELLED: translate("OrdersModel", "cancelled"),
        Outcome.EXPIRED: translate("OrdersModel", "expired"),
    }[outcome]


def elapsed_text(since: datetime, now: datetime) -> str:
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return fill(translate("OrdersModel", "%1 min"), str(minutes))
    return fill(translate("OrdersModel", "%1 h %2 min"), str(minutes // 60), str(minutes % 60))


def followed_by_text(holder: LeaseHolder) -> str:
    return fill(
        translate("OrdersModel", "followed by another process (pid %1 on %2)"),
        str(holder.pid),
        holder.host,
    )


def next_action_text(order: TrackedOrder, followed_by: LeaseHolder | None = None) -> str:
    """The next step, or the other process that follows the order (``followed_by``)."""
    action = order.next_action
    if action is None:
        return fill(translate("OrdersModel", "done (%1)"), outcome_name(order.outcome))
    if followed_by is not None:
        return followed_by_text(followed_by)
    what = {
        ActionKind.POLL: translate("OrdersModel", "status check"),
        ActionKind.VERIFY: translate("OrdersModel", "verify evidence"),
        ActionKind.CANCEL: translate("OrdersModel", "cancel at SRS"),
    }[action.kind]
    return f"{what} {action.due.astimezone():%H:%M:%S}"


def problem_text(
    order: TrackedOrder, *, detail: bool = False, followed_by: LeaseHolder | None = None
) -> str:
    """What is wrong, in the staff's words; ``detail``: with the technical text (the service's
    or the tracker's, in English) for the tooltip and support; ``followed_by``: the other
    process that follows the order (and does its pending cancel)."""
    parts = []
    if order.cancel_pending and followed_by is not None:
        parts.append(translate("OrdersModel", "Cancel requested (the other process does it)"))
    elif order.cancel_pending:
        parts.append(translate("OrdersModel", "Cancel pending (retrying)"))
    if order.problem:
        # Always several (a problem shows from PROBLEM_AFTER_FAILURES on): no plural forms.
        parts.append(
            fill(
                translate("OrdersModel", "Connection problem: %1 failed attempts in a row"),
                str(order.failures),
            )
        )
        if detail:
            parts.append(order.problem)
    elif order.outcome is Outcome.FAILED and order.reason:
        parts.append(order.reason)  # the provider's reason code, as support asks for it
    return " · ".join(parts)


class OrdersModel(QAbstractTableModel):
    mobileWanted = Signal(str)  # noqa: N815 - a ref id whose number a row needs

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.orders: list[TrackedOrder] = []
        self._mobiles: dict[str, str | None] = {}  # ref id → MSISDN (memory only)
        self._asked: set[str] = set()
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        # Which other process follows an order (none: this kiosk's tracker does).
        self.followed_by: Callable[[str], LeaseHolder | None] = lambda _ref_id: None

    # -- contents ----------------------------------------------------------------------------

    def set_orders(self, orders: list[TrackedOrder]) -> None:
        self.beginResetModel()
        self.orders = list(orders)
        self.endResetModel()

    def update_order(self, order: TrackedOrder) -> None:
        """A changed order: its row is refreshed, or added at the top."""
        for row, known in enumerate(self.orders):
            if known.ref_id == order.ref_id:
                self.orders[row] = order
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return
        self.beginInsertRows(_NO_INDEX, 0, 0)
        self.orders.insert(0, order)
        self.endInsertRows()

    def order_at(self, row: int) -> TrackedOrder | None:
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def set_mobile(self, ref_id: str, mobile: str | None) -> None:
        self._mobiles[ref_id] = mobile
        for row, order in enumerate(self.orders):
            if order.ref_id == ref_id:
                cell = self.index(row, Column.MOBILE)
                self.dataChanged.emit(cell, cell)

    def mobile_not_fetched(self, ref_id: str) -> None:
        """The number was not fetched (the screen was not shown): ask again the next time the
        row is painted."""
        self._asked.discard(ref_id)

    def forget_mobiles(self) -> None:
        self._mobiles.clear()
        self._asked.clear()
        if self.orders:
            self.dataChanged.emit(
                self.index(0, Column.MOBILE), self.index(len(self.orders) - 1, Column.MOBILE)
            )

    def tick(self) -> None:
        """The clock moved: refresh the "since start" column."""
        self.refresh(Column.SINCE)

    def refresh(self, *columns: Column) -> None:
        """Repaint these columns of every row (e.g. which process follows the orders)."""
        for column in columns:
            if self.orders:
                self.dataChanged.emit(
                    self.index(0, column), self.index(len(self.orders) - 1, column)
                )

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.orders)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation is Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return column_title(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        order = self.order_at(index.row()) if index.isValid() else None
        if order is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        column = Column(index.column())
        if column is Column.PROBLEM and role == Qt.ItemDataRole.ToolTipRole:
            return problem_text(order, detail=True, followed_by=self.followed_by(order.ref_id))
        return self.cell_text(order, column)

    def cell_text(self, order: TrackedOrder, column: Column) -> str:
        if column is Column.REF_ID:
            return order.ref_id
        if column is Column.METHOD:
            spec = find_method_spec(order.issuer, order.method)
            return spec.name if spec else f"{order.issuer}/{order.method}"
        if column is Column.STATUS:
            with staff_texts():  # a shared text, in the staff's language
                return status_name(order.status)
        if column is Column.SINCE:
            return elapsed_text(order.created_at, self.now())
        if column is Column.NEXT:
            return next_action_text(order, self.followed_by(order.ref_id))
        if column is Column.PROBLEM:
            return problem_text(order, followed_by=self.followed_by(order.ref_id))
        return self._mobile_text(order.ref_id)

    def _mobile_text(self, ref_id: str) -> str:
        if ref_id in self._mobiles:
            return mask_msisdn(self._mobiles[ref_id])
        if ref_id not in self._asked:
            self._asked.add(ref_id)
            self.mobileWanted.emit(ref_id)
        return "…"
