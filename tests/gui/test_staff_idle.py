"""The staff idle time: what staff opened behind the PIN closes by itself after
``[kiosk] staff_idle_s`` without input, back to the customer's screen (whose idle wipe runs
again) or the start screen; unsaved settings are dropped, said in the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import IdleRule, Stage
from kiosk.config import KioskSettings
from tests.gui.conftest import Kiosk
from tests.gui.flow import click, to_methods
from tests.gui.test_settings_screen import open_settings
from tests.gui.test_staff_dashboard import MOBILE, open_dashboard, start_order
from tests.gui.test_staff_pin import PIN, enter_pin


def test_the_staff_idle_time_is_a_validated_setting() -> None:
    assert KioskSettings().staff_idle_s == 120
    for wrong in (5, 7200):
        with pytest.raises(ValueError, match="staff_idle_s"):
            KioskSettings.model_validate({"staff_idle_s": wrong})


def test_settings_over_a_customer_close_and_the_customer_wipe_resumes(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:
    window = kiosk.window
    to_methods(kiosk)  # a customer is choosing a method
    open_settings(kiosk)
    assert not kiosk.ctl.idle_rules.timer.active  # no wipe under staff's hands
    s = window.settings
    s.edits["api_url"].setText("https://srs.example.com")  # typed, never saved
    s.edits["current_pin"].setText(PIN)
    caplog.set_level(logging.INFO, logger="kiosk.ui.main_window")
    window.staff_idle.set_timeout(2)  # as [kiosk] staff_idle_s, shorter
    kiosk.wait(lambda: window.countdown.isVisible())
    assert "staff screen closes in" in window.countdown.text()
    kiosk.wait(lambda: window.current is window.methods)
    assert kiosk.ctl.stage is Stage.SETUP  # the customer's screen, as it was
    assert not window.countdown.isVisible() and not window.staff_idle.running
    assert "unsaved changes dropped" in caplog.text
    assert s.edits["current_pin"].text() == "" and not kiosk.terminal.config_path.exists()
    # The customer's own idle wipe runs again.
    assert kiosk.ctl.idle_rules.rule is IdleRule.WIPE and kiosk.ctl.idle_rules.timer.active
    open_settings(kiosk)  # opened again: the saved settings
    assert s.edits["api_url"].text() == ""


def test_the_staff_menu_and_the_dashboard_close_to_the_start_screen(kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, window.staff)
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: window.staff_menu.isVisible())
    window.staff_idle.set_timeout(1)
    kiosk.wait(lambda: not window.staff_menu.isVisible())

    click(kiosk, window.staff)
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: window.staff_menu.isVisible())
    click(kiosk, window.staff_menu.dashboard)
    assert window.current is window.dashboard
    kiosk.wait(lambda: window.current is window.attract)
    assert not window.staff_idle.running


def test_input_keeps_a_staff_screen_open(kiosk: Kiosk) -> None:
    window = kiosk.window
    open_settings(kiosk)
    window.staff_idle.set_timeout(60)
    kiosk.wait(lambda: window.staff_idle.timer.seconds_left() < 59.5)
    # Through the window, as real input arrives (QTest's widget overload bypasses it).
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    assert window.staff_idle.timer.seconds_left() > 59.5
    assert window.current is window.settings


def test_a_support_card_left_open_closes_by_itself(kiosk: Kiosk) -> None:
    """The support card shows the customer's number in full: left open, it closes by itself
    (and what staff copied of it leaves the clipboard)."""
    window = kiosk.window
    ref_id = start_order(kiosk)  # the customer is at the hand-off
    assert window.current is window.handoff_qr
    open_dashboard(kiosk)
    dashboard = window.dashboard
    kiosk.wait(lambda: any(o.ref_id == ref_id for o in dashboard.model.orders))
    dashboard.select(ref_id)
    click(kiosk, dashboard.support)
    card = window.support
    kiosk.wait(lambda: card.values["msisdn"].text() == MOBILE)  # in full: not to be left open
    click(kiosk, card.copy)
    assert QApplication.clipboard().text()
    window.staff_idle.set_timeout(1)
    kiosk.wait(lambda: window.current is window.handoff_qr)
    assert QApplication.clipboard().text() == ""
    assert kiosk.ctl.idle_rules.rule is IdleRule.ASK  # the hand-off's own rule again
