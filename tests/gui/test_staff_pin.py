"""The staff PIN: chosen on first use and stored as a salted hash, needed to quit (close
requests and Alt+F4 are intercepted), wrong PINs slow down progressively."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kiosk.app.staff_pin import PinStore
from tests.gui.conftest import Kiosk
from tests.gui.flow import click


def enter_pin(k: Kiosk, pin: str) -> None:
    pad = k.window.pin_pad
    for digit in pin:  # on the pad's own keys, as staff do on a touch screen
        key = next(b for b in pad.keys if b.text() == digit)
        click(k, key)
    click(k, pad.ok)
    k.wait(lambda: not pad.busy)


def test_first_use_sets_a_hashed_pin_then_opens_the_menu(kiosk: Kiosk) -> None:
    window = kiosk.window
    click(kiosk, window.staff)
    pad = window.pin_pad
    assert pad.isVisible() and "Choose a staff PIN" in pad.title.text()
    enter_pin(kiosk, "1234")  # a run of digits: refused
    assert "run" in pad.message.text()
    enter_pin(kiosk, "4826")
    assert "once more" in pad.hint.text()
    enter_pin(kiosk, "4826")
    kiosk.wait(lambda: window.staff_menu.isVisible())
    stored = (kiosk.data_folder / "staff-pin.json").read_text()
    record = json.loads(stored)
    assert "4826" not in stored and record["kdf"] == "scrypt" and len(record["salt"]) == 32
    assert PinStore(kiosk.data_folder).matches("4826")
    assert not PinStore(kiosk.data_folder).matches("4827")


def test_close_needs_the_pin_and_wrong_pins_slow_down(kiosk: Kiosk) -> None:
    window, pad = kiosk.window, kiosk.window.pin_pad
    kiosk.ctl.pins.store.set_pin("4826")
    now = [1000.0]
    kiosk.ctl.pins._clock = lambda: now[0]  # a clock the test moves
    quits: list[bool] = []
    window.quitRequested.connect(lambda: quits.append(True))

    window.close()  # what the window manager sends for Alt+F4 or the close button
    assert window.isVisible() and pad.isVisible()
    assert "quit the kiosk" in pad.hint.text()
    for attempt in (1, 2):
        enter_pin(kiosk, "1111")
        assert "Wrong PIN" in pad.message.text() and pad.ok.isEnabled()
        assert kiosk.ctl.pins.failures == attempt
    enter_pin(kiosk, "2222")  # the third wrong PIN locks the pad for a while
    kiosk.wait(lambda: not pad.ok.isEnabled() and "Try again in 2 s" in pad.message.text())
    assert not pad.entry.isEnabled()
    assert kiosk.ctl.pins.wait_s() == 2.0
    now[0] += 2.5
    kiosk.wait(lambda: pad.ok.isEnabled())
    enter_pin(kiosk, "3333")  # and the next wait is longer
    kiosk.wait(lambda: "Try again in 4 s" in pad.message.text())
    now[0] += 4.5
    kiosk.wait(lambda: pad.ok.isEnabled())
    enter_pin(kiosk, "4826")
    kiosk.wait(lambda: bool(quits))
    assert not window.isVisible()
    assert kiosk.ctl.pins.failures == 0


def test_alt_f4_asks_for_the_pin(kiosk: Kiosk) -> None:
    kiosk.ctl.pins.store.set_pin("4826")
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk.window.pin_pad.isVisible()
    click(kiosk, kiosk.window.pin_pad.cancel_button)
    assert not kiosk.window.pin_pad.isVisible() and kiosk.window.isVisible()


def test_staff_menu_leaves_and_returns_to_kiosk_mode(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.toggle_kiosk_mode()  # the fixture runs windowed: enter kiosk mode first
    assert window.kiosk_mode and window.isFullScreen()
    kiosk.ctl.pins.store.set_pin("4826")
    click(kiosk, window.staff)
    enter_pin(kiosk, "4826")
    kiosk.wait(lambda: window.staff_menu.isVisible())
    assert window.staff_menu.mode.text() == "Leave kiosk mode"
    click(kiosk, window.staff_menu.mode)
    assert not window.kiosk_mode and not window.isFullScreen()
    assert not window.staff_menu.isVisible()
