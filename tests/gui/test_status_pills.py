"""The dashboard's status pills: a tint per outcome, every text readable on its tint."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from kiosk.config import contrast_ratio
from kiosk.srs import Status
from kiosk.tracking import Outcome
from kiosk.ui.staff.orders_filter import OrdersFilter
from kiosk.ui.staff.orders_model import Column, OrdersModel
from kiosk.ui.staff.status_pill import PILL_COLOURS, StatusPillDelegate
from tests.gui.conftest import Kiosk
from tests.gui.test_staff_dashboard import open_dashboard, row_of, start_order
from tests.unit.app.test_support_card import order


def test_every_outcome_has_a_readable_pill() -> None:
    assert set(PILL_COLOURS) == set(Outcome)
    for outcome, (text, tint) in PILL_COLOURS.items():
        assert contrast_ratio(text, tint) >= 4.5, outcome


def test_the_dashboard_paints_the_status_as_a_pill(kiosk: Kiosk) -> None:
    ref_id = start_order(kiosk)
    open_dashboard(kiosk)
    screen = kiosk.window.dashboard
    table = screen.table
    assert isinstance(table.itemDelegateForColumn(Column.STATUS), StatusPillDelegate)
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in screen.model.orders))
    table.clearSelection()
    cell = table.visualRect(
        screen.shown.mapFromSource(screen.model.index(row_of(kiosk, ref_id), Column.STATUS))
    )
    image = table.viewport().grab(cell).toImage()
    tint = QColor(PILL_COLOURS[Outcome.PENDING][1])
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert tint.name() in colours


def test_a_pill_wraps_exactly_where_it_is_narrower_than_its_hint(qtbot: QtBot) -> None:
    # The pill's hint counted the style's text margins that paint() does not leave: a column a
    # few pixels narrower than the hint was painted on one line but measured as wrapped (the
    # layout check found the dashboard's status cell "cut" at 1024 px in the pseudo-language).
    model = OrdersModel()
    model.set_orders([order(Status.IDENTIFICATION_NEGATIVELY_CONDUCTED, done=True)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(OrdersFilter(model, table))  # the dashboard's search and filter proxy
    pills = StatusPillDelegate(table)
    table.setItemDelegateForColumn(Column.STATUS, pills)
    table.setWordWrap(True)
    for column in Column:  # the status alone sizes the row
        table.setColumnHidden(column, column is not Column.STATUS)
    index = table.model().index(0, Column.STATUS)
    text = str(index.data())
    assert len(text.split()) > 1  # it can wrap
    hint = table.sizeHintForIndex(index)
    assert hint.width() == table.fontMetrics().horizontalAdvance(text) + 28  # the pill's padding

    def row_height(cell: int) -> int:
        """The row's height as Qt sizes it to its contents, the status cell ``cell`` wide (the
        column less the grid line)."""
        table.setColumnWidth(Column.STATUS, cell + int(table.showGrid()))
        return table.sizeHintForRow(0)

    one_line = row_height(hint.width())
    assert row_height(hint.width() + 40) == one_line
    assert row_height(hint.width() - 1) > one_line  # wrapped: a taller pill
