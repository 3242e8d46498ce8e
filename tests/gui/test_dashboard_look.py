"""How the order dashboard looks at the kiosk's reference size (review s6 item 12): a disabled
button looks disabled whatever its kind (the danger button lost its red outline, the primary
one its blue), the button row keeps off the screen's bottom edge, and the next action is
shown whole at 1280 px in English beside the longest method and status names (wrapped where
the room runs out, never elided; its tooltip has it too)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

from kiosk.ui.staff.dashboard_screen import DashboardScreen
from kiosk.ui.staff.orders_model import Column
from kiosk.ui.widgets.column_fit import OneLine
from tests.gui.conftest import Kiosk
from tests.gui.test_layout_fit import REFERENCE, _elided_cells, orders_in_every_final_status
from tests.gui.test_staff_dashboard import open_dashboard, start_order

DISABLED_FILL = "#e6e8ec"


def colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }


def near(colour: str, found: set[str], tolerance: int = 24) -> bool:
    """Whether a colour within ``tolerance`` per channel of ``colour`` is among ``found``
    (antialiased edges blend it with the background)."""
    want = QColor(colour)
    for name in found:
        c = QColor(name)
        if all(
            abs(a - b) <= tolerance
            for a, b in zip(
                (c.red(), c.green(), c.blue()), (want.red(), want.green(), want.blue()), strict=True
            )
        ):
            return True
    return False


def loaded(screen: DashboardScreen) -> bool:
    """The list read (the count shows) and no read under way (Refresh is off meanwhile)."""
    return screen.state.text().startswith("Orders:") and screen.refresh.isEnabled()


def look(button: QPushButton) -> tuple[str, set[str]]:
    """The button's fill (inside its border, above the text) and every colour it shows."""
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 6).name(), colours(image)


def test_disabled_buttons_of_every_kind_look_disabled(kiosk: Kiosk) -> None:
    kiosk.window.resize(REFERENCE)
    open_dashboard(kiosk)  # no order selected: its actions are off
    screen = kiosk.window.dashboard
    kiosk.wait(lambda: loaded(screen))
    kinds = {
        "danger": (screen.cancel_button, "#a4161a"),
        "primary": (screen.support, "#0b5cad"),
        "plain": (screen.show_code, None),
    }
    for kind, (button, own_colour) in kinds.items():
        assert button.property("role") == (None if kind == "plain" else kind)
        assert not button.isEnabled()
        fill, shown = look(button)
        assert fill == DISABLED_FILL, f"a disabled {kind} button is filled {fill}"
        if own_colour is not None:
            assert not near(own_colour, shown), f"a disabled {kind} button keeps {own_colour}"
    # Enabled, the kinds keep their colours (the check above sees them where they are).
    screen.cancel_button.setEnabled(True)
    screen.support.setEnabled(True)
    try:
        assert near("#a4161a", look(screen.cancel_button)[1])
        assert look(screen.support)[0] == "#0b5cad"
    finally:
        screen.cancel_button.setEnabled(False)
        screen.support.setEnabled(False)


def test_the_button_row_keeps_off_the_bottom_edge(kiosk: Kiosk) -> None:
    w = kiosk.window
    w.resize(REFERENCE)
    open_dashboard(kiosk)
    screen = w.dashboard
    kiosk.wait(lambda: loaded(screen))
    assert w.size() == REFERENCE
    for button in (screen.refresh, screen.show_code, screen.cancel_button, screen.support):
        bottom = button.mapTo(w, button.rect().bottomLeft()).y()
        assert w.height() - bottom >= 24, f"{button.text()!r} ends {w.height() - bottom} px above"


def test_the_next_action_is_shown_whole(kiosk: Kiosk) -> None:
    w = kiosk.window
    w.resize(REFERENCE)
    under_way = start_order(kiosk)
    kiosk.ctl.wipe()
    orders_in_every_final_status(kiosk)  # the long method and status names beside it
    open_dashboard(kiosk)
    screen = w.dashboard
    kiosk.wait(lambda: any(o.ref_id == under_way for o in screen.model.orders))
    kiosk.wait(lambda: loaded(screen))
    table, shown = screen.table, screen.shown
    assert w.size() == QSize(REFERENCE)
    # Where the columns run out of room the next action wraps at its words (the rows grow)
    # rather than eliding: staff act on it.
    assert Column.NEXT not in screen.column_fit.elides
    assert not isinstance(table.itemDelegateForColumn(Column.NEXT), OneLine)
    for row in range(shown.rowCount()):
        index = shown.index(row, Column.NEXT)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()  # whole, on a hover
    # The columns are fitted once the event loop is back after each change (the numbers
    # arriving widen the mobile column): the fit settles.
    try:
        kiosk.wait(lambda: _elided_cells(table) == [])
    except TimeoutError:
        assert _elided_cells(table) == []
