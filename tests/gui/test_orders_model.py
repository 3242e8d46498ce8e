"""The dashboard's table model on its own: cell texts (problem, cancel pending, next action,
time since start), the mobile number asked for once per shown row, masked, and forgotten."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.srs import Status
from kiosk.tracking import PROBLEM_AFTER_FAILURES, SERVICE_FORGOT, SESSION_TIMED_OUT
from kiosk.ui.staff.orders_filter import OrdersFilter
from kiosk.ui.staff.orders_model import Column, OrdersModel
from tests.unit.app.test_support_card import T0, order


def test_cells_and_the_mobile_number(qapp: QApplication) -> None:
    stuck = order(
        Status.INITIALIZED,
        cancel_pending=True,
        failures=PROBLEM_AFTER_FAILURES,
        last_error="The SRS did not answer in time.",
    )
    done = replace(order(Status.TERMINATED, done=True, evidence_id="ev-1"), ref_id="ref-2")
    model = OrdersModel()
    model.now = lambda: T0 + timedelta(minutes=75)
    model.set_orders([stuck, done])
    wanted: list[str] = []
    model.mobileWanted.connect(wanted.append)

    def text(row: int, column: Column) -> str:
        return str(model.data(model.index(row, column)))

    assert model.rowCount() == 2 and model.columnCount() == len(Column)
    assert model.headerData(Column.MOBILE, Qt.Orientation.Horizontal) == "Mobile"
    assert "VIDEO" in text(0, Column.METHOD)
    assert text(0, Column.SINCE) == "1 h 15 min"
    assert "Cancel pending" in text(0, Column.PROBLEM)
    assert f"Connection problem: {PROBLEM_AFTER_FAILURES} failed attempts in a row" in text(
        0, Column.PROBLEM
    )
    assert "did not answer" not in text(0, Column.PROBLEM)  # the technical text: a tooltip
    tooltip = model.data(model.index(0, Column.PROBLEM), Qt.ItemDataRole.ToolTipRole)
    assert "did not answer" in str(tooltip)
    # Due at T0 + 4 min, 75 minutes on: the poll is due now, not at a time long past.
    assert text(0, Column.NEXT) == "status check now"
    model.now = lambda: T0
    due = (T0 + timedelta(minutes=4)).astimezone()
    assert text(0, Column.NEXT) == f"status check {due:%H:%M:%S}"
    model.now = lambda: T0 + timedelta(minutes=75)
    assert text(1, Column.NEXT) == "done (verified)"
    assert text(0, Column.MOBILE) == "…" and text(0, Column.MOBILE) == "…"
    assert wanted == ["ref-1"]  # asked once, however often the cell is painted
    model.set_mobile("ref-1", "+41791234567")
    assert text(0, Column.MOBILE) == "+41 79 *** ** 67"
    model.forget_mobiles()
    assert text(0, Column.MOBILE) == "…" and wanted == ["ref-1", "ref-1"]
    model.update_order(replace(stuck, cancel_pending=False, failures=0))
    assert text(0, Column.PROBLEM) == ""


def test_a_session_that_ran_out_says_so(qapp: QApplication) -> None:
    # Review item 6: SIM-EXPIRE left the problem column empty.
    expired = order(
        Status.IDENTIFICATION_NEGATIVELY_CONDUCTED,
        done=True,
        issuer="KLARNA",
        method="bankident",
        reason=SESSION_TIMED_OUT,
    )
    model = OrdersModel()
    model.set_orders([expired])
    problem = str(model.data(model.index(0, Column.PROBLEM)))
    assert problem == "The session ran out: start a new identification"
    # Review s8 item 15: an order the SRS answered 404 for is listed under "Needs attention":
    # its row says why.
    forgotten = order(Status.EXPIRED, done=True, reason=SERVICE_FORGOT)
    model.set_orders([forgotten])
    assert forgotten.needs_attention
    assert model.data(model.index(0, Column.PROBLEM)) == "The SRS no longer knows this order"


def test_whole_column_texts_are_what_the_cells_show(qapp: QApplication) -> None:
    """ColumnFit measures a column from column_texts(): the same texts as data(), row by row."""
    orders = [
        replace(
            order(status, done=status.is_final, issuer=issuer, method=method),
            ref_id=f"ref-{i}",
            created_at=T0 - timedelta(minutes=7 * i),
        )
        for i, (status, (issuer, method)) in enumerate(
            zip(
                [Status.INITIALIZED, Status.TERMINATED, Status.ERROR, Status.CANCELLED] * 5,
                [("IDENTITY.TM", "video"), ("AUTHADA", "eid"), ("KLARNA", "bankident")] * 7,
                strict=False,
            )
        )
    ]
    model = OrdersModel()
    model.now = lambda: T0 + timedelta(minutes=75)
    model.set_orders(orders)
    model.row_shown = lambda _row: False  # no number is asked for here
    for column in Column:
        shown = [str(model.data(model.index(row, column))) for row in range(len(orders))]
        assert model.column_texts(column) == shown, column.name
    assert model.column_texts(Column.SINCE)[-1] == "3 h 28 min"
    assert model.row_of("ref-19") == 19 and model.find("ref-3") == orders[3]


def test_numbers_are_asked_for_only_for_rows_on_screen(qapp: QApplication) -> None:
    model = OrdersModel()
    model.set_orders([replace(order(Status.INITIALIZED), ref_id=f"ref-{i}") for i in range(3)])
    wanted: list[str] = []
    model.mobileWanted.connect(wanted.append)
    model.row_shown = lambda row: row == 1  # a view measures rows it does not show
    texts = [model.data(model.index(row, Column.MOBILE)) for row in range(3)]
    assert texts == ["…"] * 3 and wanted == ["ref-1"]
    model.set_mobile("ref-0", "+41791234567")  # known numbers show on any row
    assert model.data(model.index(0, Column.MOBILE)) == "+41 79 *** ** 67"
    assert wanted == ["ref-1"]


def test_the_filters_column_texts_are_what_its_rows_show(qapp: QApplication) -> None:
    """Through the search and "Open only", ColumnFit still measures what the table shows."""
    orders = [
        replace(order(status, done=status.is_final), ref_id=f"ref-{i}-{status.name.lower()}")
        for i, status in enumerate([Status.INITIALIZED, Status.TERMINATED, Status.ERROR] * 3)
    ]
    model = OrdersModel()
    model.set_orders(orders)
    model.row_shown = lambda _row: False
    shown = OrdersFilter(model)
    for query, open_only in (("", False), ("", True), ("ref-4", False), ("-error", True)):
        shown.set_query(query)
        shown.set_open_only(open_only)
        for column in Column:
            rows = [str(shown.data(shown.index(row, column))) for row in range(shown.rowCount())]
            assert shown.column_texts(column) == rows, (query, open_only, column.name)


def test_a_tick_repaints_the_next_action_only_when_a_steps_time_has_come(
    qapp: QApplication,
) -> None:
    running = order(Status.INITIALIZED)  # its status check is due at T0 + 4 min
    model = OrdersModel()
    now = [T0 + timedelta(minutes=1)]
    model.now = lambda: now[0]
    model.set_orders([running])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda first, last, *_: changed.append((first.column(), last.column()))
    )
    model.tick()  # the first tick: everything due so far
    changed.clear()
    now[0] = T0 + timedelta(minutes=2)
    model.tick()
    assert changed == [(Column.SINCE, Column.SINCE)]  # nothing came due: "since" only
    changed.clear()
    now[0] = T0 + timedelta(minutes=5)
    model.tick()
    assert (Column.NEXT, Column.NEXT) in changed
    assert str(model.data(model.index(0, Column.NEXT))) == "status check now"
