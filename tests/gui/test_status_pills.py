"""The dashboard's status pills: a tint per outcome, every text readable on its tint."""

from __future__ import annotations

from PySide6.QtGui import QColor

from kiosk.config import contrast_ratio
from kiosk.tracking import Outcome
from kiosk.ui.staff.orders_model import Column
from kiosk.ui.staff.status_pill import PILL_COLOURS, StatusPillDelegate
from tests.gui.conftest import Kiosk
from tests.gui.test_staff_dashboard import open_dashboard, row_of, start_order


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
