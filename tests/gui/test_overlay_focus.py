"""A panel over the screen keeps the keyboard while the screen behind it changes: a customer's
result arriving behind the staff menu took the focus, and the Enter meant for the menu wiped the
customer's result (review s8). The control the new screen focuses gets it when the panel
closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, start
from tests.gui.test_staff_pin import PIN, enter_pin


def test_a_result_behind_the_staff_menu_does_not_take_its_keyboard(kiosk: Kiosk) -> None:
    start(kiosk, "AUTHADA", {"mobile": "+41 79 123 45 67", "external_id": "SIM-WAIT"})
    started = kiosk.ctl.started
    assert started is not None
    window, menu = kiosk.window, kiosk.window.staff_menu
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, window.staff)
    enter_pin(kiosk, PIN)
    kiosk.wait(menu.isVisible)
    assert menu.isAncestorOf(QApplication.focusWidget())

    kiosk.sim(
        "POST",
        f"/_sim/orders/{started.ref_id}/status",
        status="IDENTIFICATION_NEGATIVELY_CONDUCTED",
        reason="Test",
    )
    kiosk.wait(lambda: window.current is window.result)
    assert menu.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None and menu.isAncestorOf(focus), focus
    # Enter goes to the menu's control, never to the result's "finish and wipe".
    kiosk.qtbot.keyClick(focus, Qt.Key.Key_Escape)
    kiosk.wait(lambda: not menu.isVisible())
    assert kiosk.ctl.stage is Stage.RESULT  # the customer's result is still there
    kiosk.wait(lambda: QApplication.focusWidget() is window.result.finish)
