"""The staff dashboard's table model: one row per tracked order (the view is separate).

The mobile number is not in the journal: the model asks for it (``mobileWanted``) the first
time the view paints a row's mobile cell, and shows it masked once it arrives. The numbers
live in this model's memory only and go with ``forget_mobiles()``.

An order another process follows (``followed_by``) shows that process as its next action: this
kiosk's tracker does nothing for it until it takes it over.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
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
from kiosk.tracking import (
    SERVICE_FORGOT,
    SESSION_TIMED_OUT,
    ActionKind,
    LeaseHolder,
    Outcome,
    TrackedOrder,
)

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


def minutes_since(since: datetime, now: datetime) -> int:
    return max(0, int((now - since).total_seconds() // 60))


def elapsed_text(since: datetime, now: datetime) -> str:
    return minutes_text(minutes_since(since, now), elapsed_patterns())


def elapsed_patterns() -> tuple[str, str]:
    """The texts for minutes and for hours and minutes, translated (once for many rows)."""
    return translate("OrdersModel", "%1 min"), translate("OrdersModel", "%1 h %2 min")


def minutes_text(minutes: int, patterns: tuple[str, str]) -> str:
    if minutes < 60:
        return fill(patterns[0], str(minutes))
    return fill(patterns[1], str(minutes // 60), str(minutes % 60))


def followed_by_text(holder: LeaseHolder) -> str:
    return fill(
        translate("OrdersModel", "followed by another process (pid %1 on %2)"),
        str(holder.pid),
        holder.host,
    )


def next_action_text(
    order: TrackedOrder, followed_by: LeaseHolder | None = None, now: datetime | None = None
) -> str:
    """The next step, or the other process that follows the order (``followed_by``). A step
    whose time has come says "now" (the journal keeps the time a quiet poll was planned for:
    an order polled every few seconds would show a time long past)."""
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
    if action.due <= (now or datetime.now(UTC)):
        return fill(translate("OrdersModel", "%1 now"), what)
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
    elif order.outcome is Outcome.FAILED and order.reason == SESSION_TIMED_OUT:
        parts.append(translate("OrdersModel", "The session ran out: start a new identification"))
    elif order.outcome is Outcome.FAILED and order.reason:
        parts.append(order.reason)  # the provider's reason code, as support asks for it
    elif order.outcome is Outcome.EXPIRED and order.reason == SERVICE_FORGOT:
        # "Needs attention" lists it: the row says why.
        parts.append(translate("OrdersModel", "The SRS no longer knows this order"))
    return " · ".join(parts)


_COLUMNS = tuple(Column)  # by number (faster than Column(number), for thousands of cells)
_TEXT_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)
# Columns whose text depends on one value of the order only.
_SAME_TEXT_FOR: dict[Column, Callable[[TrackedOrder], Hashable]] = {
    Column.METHOD: lambda order: (order.issuer, order.method),
    Column.STATUS: lambda order: order.status,
}


class OrdersModel(QAbstractTableModel):
    mobileWanted = Signal(str)  # noqa: N815 - a ref id whose number a row needs

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.orders: list[TrackedOrder] = []
        self._rows: dict[str, int] = {}  # ref id → row
        self._mobiles: dict[str, str | None] = {}  # ref id → MSISDN (memory only)
        self._asked: set[str] = set()
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._ticked = datetime.min.replace(tzinfo=UTC)  # the clock at the last tick
        # Which other process follows an order (none: this kiosk's tracker does).
        self.followed_by: Callable[[str], LeaseHolder | None] = lambda _ref_id: None
        # Whether the view shows a row: numbers are fetched only for those (a view measures
        # rows it does not show, and the SRS would be asked for hundreds).
        self.row_shown: Callable[[int], bool] = lambda _row: True

    # -- contents ----------------------------------------------------------------------------

    def set_orders(self, orders: list[TrackedOrder]) -> None:
        self.beginResetModel()
        self.orders = list(orders)
        self._rows = {order.ref_id: row for row, order in enumerate(self.orders)}
        self.endResetModel()

    def update_order(self, order: TrackedOrder) -> None:
        """A changed order: its row is refreshed, or added at the top."""
        row = self.row_of(order.ref_id)
        if row is not None:
            self.orders[row] = order
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            return
        self.beginInsertRows(_NO_INDEX, 0, 0)
        self.orders.insert(0, order)
        self._rows = {order.ref_id: row for row, order in enumerate(self.orders)}
        self.endInsertRows()

    def row_of(self, ref_id: str) -> int | None:
        return self._rows.get(ref_id)

    def find(self, ref_id: str) -> TrackedOrder | None:
        """The order as the table shows it."""
        row = self._rows.get(ref_id)
        return None if row is None else self.orders[row]

    def order_at(self, row: int) -> TrackedOrder | None:
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def set_mobile(self, ref_id: str, mobile: str | None) -> None:
        self._mobiles[ref_id] = mobile
        row = self.row_of(ref_id)
        if row is not None:
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
        """The clock moved: refresh the "since start", and the next action where a step's time
        has come since the last tick (it says "now" then; measuring that column again for
        thousands of rows is the costly part of a tick)."""
        now = self.now()
        since, self._ticked = self._ticked, now
        came = any(
            o.next_action is not None and since < o.next_action.due <= now for o in self.orders
        )
        self.refresh(Column.SINCE, *((Column.NEXT,) if came else ()))

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
        # First the role: a view asks for a dozen (font, colours, alignment ...) per cell.
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        row = index.row()
        order = self.order_at(row)
        if order is None:
            return None
        column = _COLUMNS[index.column()]
        if column is Column.PROBLEM and role == Qt.ItemDataRole.ToolTipRole:
            return problem_text(order, detail=True, followed_by=self.followed_by(order.ref_id))
        if column is Column.MOBILE and not self.row_shown(row):
            return self._known_mobile(order.ref_id)
        return self.cell_text(order, column)

    def column_texts(self, column: int) -> list[str]:
        """Every row's text in ``column``, as data() shows it, for measuring the column: a
        text that depends on one value (a method, a status, the minutes) is made once for each
        value, not once for each of the thousands of rows."""
        which = Column(column)
        if which is Column.SINCE:
            now, patterns = self.now(), elapsed_patterns()
            minutes: dict[int, str] = {}
            texts = []
            for order in self.orders:
                m = minutes_since(order.created_at, now)
                text = minutes.get(m)
                if text is None:
                    text = minutes[m] = minutes_text(m, patterns)
                texts.append(text)
            return texts
        key = _SAME_TEXT_FOR.get(which)
        if key is None:
            return [self.cell_text(order, which) for order in self.orders]
        made: dict[Hashable, str] = {}
        texts = []
        for order in self.orders:
            value = key(order)
            text = made.get(value)
            if text is None:
                text = made[value] = self.cell_text(order, which)
            texts.append(text)
        return texts

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
            return next_action_text(order, self.followed_by(order.ref_id), self.now())
        if column is Column.PROBLEM:
            return problem_text(order, followed_by=self.followed_by(order.ref_id))
        return self._mobile_text(order.ref_id)

    def _mobile_text(self, ref_id: str) -> str:
        if ref_id not in self._mobiles and ref_id not in self._asked:
            self._asked.add(ref_id)
            self.mobileWanted.emit(ref_id)
        return self._known_mobile(ref_id)

    def _known_mobile(self, ref_id: str) -> str:
        return mask_msisdn(self._mobiles[ref_id]) if ref_id in self._mobiles else "…"
