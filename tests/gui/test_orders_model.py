"""The dashboard's table model on its own: cell texts (problem, cancel pending, next action,
time since start), the mobile number asked for once per shown row, masked, and forgotten."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.srs import Status
from kiosk.tracking import PROBLEM_AFTER_FAILURES, SESSION_TIMED_OUT
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
    assert text(0, Column.NEXT).startswith("status check")
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
