"""The staff's order dashboard: every order this terminal tracks (its journals), live; cancel
one (after a confirmation); check one with the SRS now; open its support card. Mobile numbers
are fetched from the SRS only for the rows shown, masked, and forgotten when staff leave the
screen.

Orders another process follows (a command-line ``srs-kiosk track``, a second window on the same
journal) say so in "Next action"; while the screen shows, their rows are re-read from the journal
every few seconds (no SRS calls), and go back to normal once this kiosk takes them over. Starts
whose answer never arrived are listed above the table's notes, to check with support."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from kiosk.app.elsewhere_watch import ElsewhereWatch
from kiosk.app.flow import CustomerFlow
from kiosk.app.language import staff_texts
from kiosk.app.order_tracking import InterruptedStart
from kiosk.app.staff_orders import StaffOrders
from kiosk.app.tasks import TaskSlot, within
from kiosk.i18n import fill
from kiosk.srs import SrsError
from kiosk.tracking import Outcome, TrackedOrder, UnknownOrder

from ..input_hints import FieldKind, hint_field
from ..screens.base import REQUEST_TIMEOUT_S
from ..texts import plural, status_name
from ..widgets.column_fit import ColumnFit
from ..widgets.common import button, disabled_while, focus_first, label, set_button, set_label
from ..widgets.flow_layout import FlowLayout
from ..widgets.touch_scroll import touch_scrolling
from .orders_filter import OrdersFilter, without_label
from .orders_model import (
    Column,
    OrdersModel,
    followed_by_text,
    next_action_text,
    outcome_name,
)
from .staff_screen import StaffScreen
from .status_pill import StatusPillDelegate

TICK_MS = 30_000  # "since start" is shown in minutes
REF_ID_WIDTH = 150
PROBLEM_KEEPS = 40  # characters of the problem kept while other headings can wrap instead


class DashboardScreen(StaffScreen):
    supportRequested = Signal(str)  # noqa: N815 - the ref id of the order
    handoffReopened = Signal()  # noqa: N815 - an order's hand-off is the customer's screen again

    def __init__(
        self,
        orders: StaffOrders,
        elsewhere: ElsewhereWatch,
        customer_flow: CustomerFlow,
        parent: QWidget | None = None,
    ) -> None:
        """``customer_flow``: the customer's path, for showing an order's code again (and
        whether that ends a session)."""
        super().__init__(parent)
        self.orders = orders
        self.elsewhere = elsewhere
        self.flow = customer_flow
        self._load = self.slot("load")
        self._cancel = self.slot("cancel")
        self._check = self.slot("check")
        self._reopen = self.slot("reopen")
        self._lookups: set[asyncio.Task[None]] = set()
        self.model = OrdersModel(self)
        self.model.mobileWanted.connect(self._fetch_mobile)
        self.model.followed_by = orders.followed_elsewhere
        # What the table shows: the orders the search and "Open only" let through.
        self.shown = OrdersFilter(self.model, self)
        self.model.row_shown = self._row_shown
        self.table = touch_scrolling(QTableView())
        self.table.setModel(self.shown)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One Tab stop: the arrow keys choose the row, Tab goes on to the buttons.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)  # rows that read at a glance
        self.pills = StatusPillDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.STATUS, self.pills)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its heading and cells, none stretched (a stretched one is
        # squeezed below its heading when long headings or large text need more than the
        # width). Where that is wider than the table (1024 px screens, large text), the long
        # headings wrap, and the Ref-ID and problem give up width, eliding (the tooltip and
        # the support card have them whole); the method, the status and the next action stay
        # whole (staff tell orders apart by the first two and act on the third): where even
        # that is too wide, their cells wrap at their words (the rows grow). The table scrolls
        # sideways only past that.
        self.column_fit = ColumnFit(
            self.table,
            {
                Column.REF_ID: REF_ID_WIDTH,
                Column.METHOD: None,
                Column.STATUS: None,
                Column.SINCE: None,
                Column.NEXT: None,
                Column.PROBLEM: None,
            },
            elides=frozenset({Column.REF_ID, Column.PROBLEM}),
            # The provider's reason readable ("The ID card could not be verified") where the
            # other headings can wrap instead (review s8 item 5: cut to "The…ied").
            keeps={Column.PROBLEM: PROBLEM_KEEPS},
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.content.addLayout(self._build_filters())
        self.content.addWidget(self.table, 1)

        self.state = label("muted")
        self.error = label("error")
        # Starts whose answer never arrived (issue 17 item 10): the SRS may hold an order this
        # kiosk does not follow; staff check with support.
        self.interrupted = label("error", selectable=True)
        self.content.addWidget(self.state)
        self.content.addWidget(self.interrupted)
        self.content.addWidget(self.error)
        self._interrupted: list[InterruptedStart] = []
        self.confirm_text = label()
        self.confirm_yes = button("danger")
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no = button()
        self.confirm_no.clicked.connect(self._hide_confirm)
        # The question over its answers, the whole width for it: beside them it had a third of
        # the width and was cut off ("…this cannot be undone" missing) on a small screen.
        self.content.addWidget(self.confirm_text)
        answers = QHBoxLayout()
        answers.addStretch(1)
        answers.addWidget(self.confirm_no)
        answers.addWidget(self.confirm_yes)
        self.content.addLayout(answers)
        row = self.footer
        self.refresh = button()
        self.refresh.clicked.connect(self.reload)
        self.cancel_button = button("danger")
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.support = button("primary")
        self.support.clicked.connect(self._open_support)
        # Brings back a pending order's QR code / web page for its customer (issue 14 item 2).
        self.show_code = button()
        self.show_code.clicked.connect(self.ask_show_code)
        # The customer says they are done: the next status or verify call now, not at its time.
        self.check_now = button()
        self.check_now.clicked.connect(self.run_check_now)
        # The actions wrap onto a second row where the width runs out (portrait, large text).
        actions = QWidget()
        flow = FlowLayout(actions, spacing=12)
        for widget in (
            self.refresh,
            self.check_now,
            self.show_code,
            self.cancel_button,
            self.support,
        ):
            flow.addWidget(widget)
        row.addWidget(actions, 1)
        self._note = ""  # what the last action did (see _say)
        self._to_cancel: str | None = None
        self._to_reopen: str | None = None
        self._shown = False  # between enter() and leave(): numbers are fetched only then
        # Back from the support card: the order chosen stays chosen (any other visit starts
        # with none: a row chosen long ago, scrolled away, opened the wrong order's card).
        self._coming_back = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.model.tick)
        customer_flow.backgroundChanged.connect(self._orders_changed)
        self._hide_confirm()
        self.retranslate()
        self._selection_changed()

    def _build_filters(self) -> QHBoxLayout:
        """The search by Ref-ID, the "Open only" and "Needs attention" switches above the
        table."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        hint_field(self.search, FieldKind.CODE)
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self._filter_changed)
        self.attention_only = QCheckBox()
        self.attention_only.toggled.connect(self._filter_changed)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.search, 1)
        row.addWidget(self.open_only)
        row.addWidget(self.attention_only)
        # A hidden order's buttons act on nothing: the rows shown changing updates them.
        for changed in (self.shown.rowsRemoved, self.shown.rowsInserted, self.shown.modelReset):
            changed.connect(self._selection_changed)
        return row

    def _filter_changed(self) -> None:
        self.shown.set_query(self.search.text())
        self.shown.set_open_only(self.open_only.isChecked())
        self.shown.set_attention_only(self.attention_only.isChecked())
        self._note = ""  # staff look for something else now: how many are shown
        self._show_count()
        self._selection_changed()

    def _search_entered(self) -> None:
        """Enter in the search: the first order found is chosen; the only one found takes the
        focus too (the on-screen keyboard goes, the row and the buttons show)."""
        if self.shown.rowCount() == 0:
            return
        self.table.selectRow(0)
        self.table.scrollTo(self.shown.index(0, 0))
        if self.shown.rowCount() == 1:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- visits ------------------------------------------------------------------------------

    def coming_back(self) -> None:
        """The next visit returns from the support card: the order chosen stays chosen."""
        self._coming_back = True

    def enter(self) -> None:
        if not self._coming_back:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
            self._selection_changed()
        self._coming_back = False
        focus_first(self.table)
        self._shown = True
        self._timer.start()
        self.elsewhere.watch_closely(True)  # rows of orders another process follows
        self.reload()

    def leave(self) -> None:
        super().leave()
        self._shown = False
        self._timer.stop()
        self.elsewhere.watch_closely(False)
        for task in list(self._lookups):
            task.cancel()
        self._lookups.clear()
        self.model.forget_mobiles()  # numbers live only while the screen shows them
        self._hide_confirm()

    def reload(self) -> None:
        self._note = ""  # (staff asked for the list again: the count, not the last action)
        self._load.start(self._run_load())

    async def _run_load(self) -> None:
        with disabled_while(self.refresh):
            try:
                await within(self.orders.sync_elsewhere(), REQUEST_TIMEOUT_S)
                orders = await within(self.orders.all(), REQUEST_TIMEOUT_S)
                self._interrupted = await within(
                    self.orders.interrupted_starts(), REQUEST_TIMEOUT_S
                )
            except (OSError, TimeoutError, sqlite3.Error) as exc:
                set_label(
                    self.error,
                    fill(self.tr("The orders could not be read: %1"), self.describe_error(exc)),
                )
                return
        chosen = self.selected()
        self.model.set_orders(orders)
        if chosen is not None:  # chosen while the list loaded: still chosen
            self.select(chosen.ref_id)
        set_label(self.error, "")
        self._show_interrupted()
        self._show_count()
        self._selection_changed()

    def _show_interrupted(self) -> None:
        starts = self._interrupted
        if not starts:
            set_label(self.interrupted, "")
            return
        lines = [
            plural(
                self.tr(
                    "%n start(s) got no answer from the SRS: it may hold an order "
                    "this terminal does not follow. Check with support:",
                    "",
                    len(starts),
                ),
                len(starts),
            )
        ]
        for start in starts:
            lines.append(
                fill(
                    self.tr("%1/%2, External ID %3, started %4"),
                    start.issuer,
                    start.method,
                    start.external_id or "–",
                    start.created_at.astimezone().strftime("%d.%m. %H:%M"),
                )
            )
        set_label(self.interrupted, "\n".join(lines))

    def _orders_changed(self) -> None:
        """Some order changed (tracker): refresh the rows from what the tracker holds."""
        if not self.isVisible():
            return
        # What the trackings hold (the orders they follow, those that changed): a few, where
        # the table may have thousands of rows.
        for current in self.orders.held():
            shown = self.model.find(current.ref_id)
            new = shown is None and current.outcome is Outcome.PENDING
            if new or (shown is not None and shown != current):
                self.model.update_order(current)
        # Who follows an order is no part of it: a take-over changes only these columns.
        self.model.refresh(Column.NEXT, Column.PROBLEM)
        self._show_count()
        self._selection_changed()

    # -- mobile numbers ----------------------------------------------------------------------

    def _row_shown(self, row: int) -> bool:
        """The model's ``row`` is on screen (through the search and "Open only")."""
        shown = self.shown.mapFromSource(self.model.index(row, 0)).row()
        if shown < 0:
            return False
        top = self.table.rowViewportPosition(shown)
        return top + self.table.rowHeight(shown) > 0 and top < self.table.viewport().height()

    def _fetch_mobile(self, ref_id: str) -> None:
        if not self._shown:
            self.model.mobile_not_fetched(ref_id)  # asked again when the screen shows the row
            return
        task = asyncio.ensure_future(self._run_fetch(ref_id))
        self._lookups.add(task)
        task.add_done_callback(self._lookups.discard)

    async def _run_fetch(self, ref_id: str) -> None:
        try:
            mobile = await within(self.orders.mobile(ref_id), REQUEST_TIMEOUT_S)
        except (SrsError, TimeoutError):
            # Shown as "…" and asked again on the next visit, not at the row's next paint: an
            # order the SRS no longer knows would cost a status call at every repaint.
            return
        if self._shown:
            self.model.set_mobile(ref_id, mobile)

    # -- selection, cancel, support ----------------------------------------------------------

    def selected(self) -> TrackedOrder | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown.order_at(rows[0].row()) if rows else None

    def select(self, ref_id: str) -> bool:
        """Select the row of ``ref_id``, scrolled into view; False where it is not shown (or
        not listed)."""
        row = self.shown.row_of(ref_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.shown.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        order = self.selected()
        self.cancel_button.setEnabled(
            order is not None and not order.is_done and not self._cancel.busy
        )
        self.support.setEnabled(order is not None)
        self.check_now.setEnabled(
            order is not None
            and order.next_action is not None
            and self.orders.followed_elsewhere(order.ref_id) is None
            and not self._check.busy
        )
        self.show_code.setEnabled(
            order is not None and self.flow.reopenable(order) and not self._reopen.busy
        )

    def ask_cancel(self) -> None:
        order = self.selected()
        if order is None or order.is_done:
            return
        self._to_reopen = None
        self._to_cancel = order.ref_id
        set_button(self.confirm_yes, self.tr("Yes, cancel the order"))
        set_label(
            self.confirm_text,
            fill(
                self.tr(
                    "Cancel order %1? The identification stops at "
                    "the provider; this cannot be undone."
                ),
                order.ref_id,
            ),
        )
        self._show_confirm()

    def ask_show_code(self) -> None:
        """Show the selected order's code again; first a confirmation when that ends another
        customer's session."""
        order = self.selected()
        if order is None or not self.flow.reopenable(order):
            return
        if not self.flow.session_in_the_way(order.ref_id):
            self._act(self._reopen, self._run_reopen(order.ref_id))
            return
        self._hide_confirm()
        self._to_reopen = order.ref_id
        set_label(
            self.confirm_text,
            fill(
                self.tr(
                    "Another customer's session is open on this terminal. Showing the code of "
                    "%1 ends that session (an order under way goes on being followed)."
                ),
                order.ref_id,
            ),
        )
        set_button(self.confirm_yes, self.tr("Yes, show the code"))
        self._show_confirm()

    async def _run_reopen(self, ref_id: str) -> None:
        set_label(self.error, "")
        with disabled_while(self.show_code):
            try:
                await within(self.flow.reopen_handoff(ref_id), REQUEST_TIMEOUT_S)
            except ValueError:
                set_label(
                    self.error,
                    fill(
                        self.tr(
                            "The code of %1 cannot be shown again: the order "
                            "is no longer waiting for its customer."
                        ),
                        ref_id,
                    ),
                )
                return
            except (OSError, TimeoutError) as exc:
                set_label(
                    self.error,
                    fill(
                        self.tr("Could not show the code of %1: %2"),
                        ref_id,
                        self.describe_error(exc),
                    ),
                )
                return
        self.handoffReopened.emit()

    def _show_confirm(self) -> None:
        # The last action's message makes room for the question (a 768-px screen, large text).
        self.state.hide()
        for widget in (self.confirm_yes, self.confirm_no):
            widget.show()
        self.confirm_no.setFocus()

    def _hide_confirm(self) -> None:
        self._to_cancel = None
        self._to_reopen = None
        set_label(self.confirm_text, "")
        self.confirm_text.hide()
        self.confirm_yes.hide()
        self.confirm_no.hide()
        self.state.setVisible(bool(self.state.text()))

    def _confirmed(self) -> None:
        ref_id, reopen = self._to_cancel, self._to_reopen
        self.table.setFocus()  # not to the next button when "Yes" hides
        self._hide_confirm()
        if ref_id is not None:
            self._act(self._cancel, self._run_cancel(ref_id))
        elif reopen is not None:
            self._act(self._reopen, self._run_reopen(reopen))

    async def _run_cancel(self, ref_id: str) -> None:
        self.cancel_button.setEnabled(False)
        set_label(self.error, "")
        self._say(fill(self.tr("Cancelling %1…"), ref_id))
        try:
            order = await within(self.orders.cancel(ref_id), REQUEST_TIMEOUT_S)
        except (SrsError, TimeoutError, UnknownOrder) as exc:
            self._say("")
            set_label(
                self.error,
                fill(self.tr("Could not cancel %1: %2"), ref_id, self.describe_error(exc)),
            )
        else:
            self.model.update_order(order)
            holder = self.orders.followed_elsewhere(ref_id)
            if order.cancel_pending and holder is not None:
                # Tracker.cancel only flags it: the lease holder cancels it when it next renews
                # its lease (or this kiosk does, should it take the order over).
                self._say(
                    fill(
                        self.tr(
                            "Cancel of %1 requested: another process (pid %2 on %3) follows "
                            "this order and cancels it at its next lease renewal, shortly. "
                            "The row shows the result."
                        ),
                        ref_id,
                        str(holder.pid),
                        holder.host,
                    ),
                )
            elif order.cancel_pending:
                self._say(
                    fill(
                        self.tr(
                            "Cancel of %1 requested: the SRS did not confirm "
                            "yet; the kiosk keeps trying."
                        ),
                        ref_id,
                    ),
                )
            elif order.outcome is Outcome.PENDING:  # the SRS has no cancel call for it
                self._say(
                    fill(
                        self.tr(
                            "The SRS did not cancel %1: it offers no cancel for this order. The "
                            "identification stays open until it ends; the row shows how."
                        ),
                        ref_id,
                    ),
                )
            else:
                self._say(fill(self.tr("Order %1: %2."), ref_id, outcome_name(order.outcome)))
        finally:
            self._selection_changed()

    def _act(self, slot: TaskSlot, work: Coroutine[Any, Any, None]) -> None:
        """Run an action; once it is over, the buttons say again what may be done (its own
        ``finally`` runs while the slot is still busy). Meanwhile the keyboard focus waits on
        the table: a button disabled while it has the focus hands it to the next one, and a
        key pressed then would do that one (show a customer's code again)."""
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self.table and self.isAncestorOf(focused):
            self.table.setFocus()
        else:
            focused = None

        def over(_: object) -> None:
            self._selection_changed()
            back = focused is not None and focused.isVisible() and focused.isEnabled()
            if back and focused is not None and self.table.hasFocus():
                focused.setFocus()

        slot.start(work).add_done_callback(over)

    def run_check_now(self) -> None:
        order = self.selected()
        if order is not None and order.next_action is not None:
            self._act(self._check, self._run_check(order.ref_id))

    async def _run_check(self, ref_id: str) -> None:
        self.check_now.setEnabled(False)
        set_label(self.error, "")
        self._say(fill(self.tr("Asking the SRS about %1…"), ref_id))
        try:
            order = await within(self.orders.check_now(ref_id), REQUEST_TIMEOUT_S)
        except (SrsError, TimeoutError, UnknownOrder, OSError, sqlite3.Error) as exc:
            self._say("")
            set_label(
                self.error,
                fill(self.tr("Could not check %1: %2"), ref_id, self.describe_error(exc)),
            )
        else:
            if order is None:
                holder = self.orders.followed_elsewhere(ref_id)
                self._say(
                    fill(
                        self.tr("Another process follows %1 (%2) and checks it on its own."),
                        ref_id,
                        followed_by_text(holder) if holder is not None else "–",
                    ),
                )
            else:
                self.model.update_order(order)
                with staff_texts():
                    status = status_name(order.status)
                self._say(
                    fill(
                        self.tr("Checked %1: SRS status %2, %3; next: %4."),
                        ref_id,
                        status,
                        outcome_name(order.outcome),
                        next_action_text(order),
                    ),
                )
        finally:
            self._selection_changed()

    def _open_support(self) -> None:
        order = self.selected()
        if order is not None:
            self.supportRequested.emit(order.ref_id)

    # -- texts -------------------------------------------------------------------------------

    def _say(self, note: str) -> None:
        """What an action did: stays in place of the order count until the next reload (the
        count is written again at every order change, and would hide it at once)."""
        self._note = note
        set_label(self.state, note)

    def _show_count(self) -> None:
        if self._note:
            return
        active = sum(1 for o in self.model.orders if not o.is_done)
        count = fill(
            self.tr("Orders: %1; still in progress: %2."), str(len(self.model.orders)), str(active)
        )
        if self.shown.active:
            shown = self.shown.rowCount()
            count += " " + fill(self.tr("Shown: %1."), str(shown))
            hint = self._none_shown_hint() if shown == 0 else ""
            if hint:
                count += " " + hint
        set_label(self.state, count)

    def _none_shown_hint(self) -> str:
        """Why no order is shown, and what to do (the switches and the search together)."""
        switched = self.shown.open_only or self.shown.attention_only
        if without_label(self.search.text()):
            if switched:
                return self.tr(
                    "No order matches: check the Ref-ID, or clear the search or the switches."
                )
            return self.tr("No order matches: check the Ref-ID or clear the search.")
        if self.shown.open_only and self.shown.attention_only:
            # Most orders that need attention have ended (failed, no evidence).
            return self.tr(
                'No order in progress needs attention: turn off "Open only" to see the '
                "ended ones that do."
            )
        return ""

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Orders on this terminal"))
        self.retranslate_back(self.tr("Close the order dashboard"))
        self.table.setAccessibleName(self.tr("Orders"))
        self.search.setPlaceholderText(self.tr("Search by Ref-ID"))
        self.search.setAccessibleName(self.tr("Search orders by Ref-ID"))
        self.search.setAccessibleDescription(
            self.tr("Part of the Ref-ID; the list shows the orders whose Ref-ID holds it")
        )
        self.open_only.setText(self.tr("Open only"))
        self.open_only.setAccessibleName(self.tr("Show only the orders still in progress"))
        self.attention_only.setText(self.tr("Needs attention"))
        self.attention_only.setAccessibleName(
            self.tr("Show only the orders that failed, ended without evidence or cannot be checked")
        )
        set_button(self.refresh, self.tr("Refresh"), self.tr("Refresh the order list"))
        set_button(
            self.cancel_button, self.tr("Cancel order…"), self.tr("Cancel the selected order")
        )
        set_button(
            self.support,
            self.tr("Support card"),
            self.tr("Open the support card of the selected order"),
        )
        set_button(self.confirm_yes, self.tr("Yes, cancel the order"))
        set_button(
            self.check_now,
            self.tr("Check now"),
            self.tr("Ask the SRS about the selected order now, not at its next check"),
        )
        set_button(
            self.show_code,
            self.tr("Show the code again"),
            self.tr("Show the selected order's QR code or web page to its customer again"),
        )
        set_button(self.confirm_no, self.tr("No, keep it"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._show_interrupted()
