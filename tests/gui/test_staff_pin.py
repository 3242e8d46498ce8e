"""The staff PIN: provisioned by IT (never chosen at the counter), needed to open the staff
menu and to quit (close requests and Alt+F4 are intercepted); wrong PINs slow down, also after
a restart."""

from __future__ import annotations

import hashlib
import itertools
import json
import os

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from kiosk.app.staff_pin import PIN_FILE, PinGuard, PinStore
from tests.gui.conftest import Kiosk
from tests.gui.flow import click

PIN = "482613"


def enter_pin(k: Kiosk, pin: str) -> None:
    pad = k.window.pin_pad
    for digit in pin:  # on the pad's own keys, as staff do on a touch screen
        key = next(b for b in pad.keys if b.text() == digit)
        click(k, key)
    click(k, pad.ok)
    k.wait(lambda: not pad.busy)


def test_without_a_pin_the_staff_button_only_says_so(kiosk: Kiosk) -> None:
    window, pad = kiosk.window, kiosk.window.pin_pad
    click(kiosk, window.staff)
    assert pad.isVisible() and pad.unavailable
    assert "No staff PIN set" in pad.hint.text()
    assert "srs-kiosk staff-pin set" in pad.hint.text()
    # Nothing to type, nothing to choose: only Close.
    assert not pad.entry.isVisible() and not pad.ok.isVisible()
    assert not any(key.isVisible() for key in pad.keys)
    assert pad.cancel_button.text() == "Close"
    pad.submit()  # even from code: nothing happens
    assert not pad.busy and not (kiosk.data_folder / PIN_FILE).exists()
    click(kiosk, pad.cancel_button)
    assert not pad.isVisible() and not window.staff_menu.isVisible()

    window.close()  # nor can the kiosk be quit without a PIN
    assert window.isVisible() and pad.isVisible() and pad.unavailable
    click(kiosk, pad.cancel_button)

    # IT provisions the PIN from the command line while the kiosk runs: the next tap asks it.
    PinStore(kiosk.data_folder).set_pin(PIN)
    click(kiosk, window.staff)
    assert not pad.unavailable and pad.entry.isVisible()
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: window.staff_menu.isVisible())


def test_a_damaged_pin_file_names_the_reset_command(kiosk: Kiosk) -> None:
    (kiosk.data_folder / PIN_FILE).write_text("{half a file")
    click(kiosk, kiosk.window.staff)
    pad = kiosk.window.pin_pad
    assert pad.unavailable and "damaged" in pad.hint.text()
    assert "srs-kiosk staff-pin reset" in pad.hint.text()
    assert not pad.entry.isVisible()


def test_an_old_four_digit_pin_sends_staff_to_it(kiosk: Kiosk) -> None:
    salt = os.urandom(16)  # the file as the previous version wrote it
    digest = hashlib.scrypt(b"4826", salt=salt, n=2**14, r=8, p=1, dklen=32)
    (kiosk.data_folder / PIN_FILE).write_text(
        json.dumps(
            {"kdf": "scrypt", "n": 2**14, "r": 8, "p": 1, "salt": salt.hex(), "hash": digest.hex()}
        )
    )
    pad = kiosk.window.pin_pad
    click(kiosk, kiosk.window.staff)
    enter_pin(kiosk, "4826")
    assert "at least 6 digits" in pad.message.text()
    assert "srs-kiosk staff-pin set" in pad.message.text()
    assert not kiosk.window.staff_menu.isVisible() and kiosk.terminal.pins.failures == 0


def test_the_pin_is_checked_off_the_gui_thread(kiosk: Kiosk) -> None:
    kiosk.terminal.pins.store.set_pin(PIN)
    pad = kiosk.window.pin_pad
    ticks_while_checking: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks_while_checking.append(pad.busy))
    timer.start(5)
    click(kiosk, kiosk.window.staff)
    enter_pin(kiosk, PIN)  # scrypt takes ~0.1-0.2 s: the GUI's timers keep firing meanwhile
    timer.stop()
    kiosk.wait(lambda: kiosk.window.staff_menu.isVisible())
    assert ticks_while_checking.count(True) >= 5


def test_checking_is_said_neutrally_a_wrong_pin_in_red(kiosk: Kiosk) -> None:
    kiosk.terminal.pins.store.set_pin(PIN)
    pad = kiosk.window.pin_pad
    seen: list[tuple[str, str]] = []
    timer = QTimer()
    timer.timeout.connect(lambda: seen.append((pad.message.text(), pad.message.property("role"))))
    timer.start(5)
    click(kiosk, kiosk.window.staff)
    enter_pin(kiosk, "111111")  # scrypt takes ~0.1-0.2 s: the line is sampled meanwhile
    timer.stop()
    assert ("Checking…", "muted") in seen and ("Checking…", "error") not in seen
    assert pad.message.text() == "Wrong PIN." and pad.message.property("role") == "error"


def test_wrong_pins_stay_counted_after_a_restart(kiosk: Kiosk) -> None:
    kiosk.terminal.pins.store.set_pin(PIN)
    pad = kiosk.window.pin_pad
    click(kiosk, kiosk.window.staff)
    for wrong in ("111111", "222222", "333333"):
        enter_pin(kiosk, wrong)
    kiosk.wait(lambda: "Try again in" in pad.message.text())
    restarted = PinGuard(PinStore(kiosk.data_folder))  # what a restarted kiosk reads
    assert restarted.failures == 3 and restarted.wait_s() > 0


def test_close_needs_the_pin_and_wrong_pins_slow_down(kiosk: Kiosk) -> None:
    window, pad = kiosk.window, kiosk.window.pin_pad
    kiosk.terminal.pins.store.set_pin(PIN)
    now = [1000.0]
    kiosk.terminal.pins._clock = lambda: now[0]  # a clock the test moves
    quits: list[bool] = []
    window.quitRequested.connect(lambda: quits.append(True))

    window.close()  # what the window manager sends for Alt+F4 or the close button
    assert window.isVisible() and pad.isVisible()
    assert "quit the kiosk" in pad.hint.text()
    for attempt in (1, 2):
        enter_pin(kiosk, "111111")
        assert "Wrong PIN" in pad.message.text() and pad.ok.isEnabled()
        assert kiosk.terminal.pins.failures == attempt
    enter_pin(kiosk, "222222")  # the third wrong PIN locks the pad for a while
    kiosk.wait(lambda: not pad.ok.isEnabled() and "Try again in 2 s" in pad.message.text())
    assert not pad.entry.isEnabled()
    assert kiosk.terminal.pins.wait_s() == 2.0
    now[0] += 2.5
    kiosk.wait(lambda: pad.ok.isEnabled())
    enter_pin(kiosk, "333333")  # and the next wait is longer
    kiosk.wait(lambda: "Try again in 4 s" in pad.message.text())
    now[0] += 4.5
    kiosk.wait(lambda: pad.ok.isEnabled())
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: bool(quits))
    assert not window.isVisible()
    assert kiosk.terminal.pins.failures == 0


def test_nothing_behind_the_pin_pad_reaches_a_screen_reader(kiosk: Kiosk) -> None:
    window, pad = kiosk.window, kiosk.window.pin_pad
    start = window.attract.start

    def showing(widget: QWidget) -> bool:  # what Qt tells AT-SPI ("showing", "visible")
        found = QAccessible.queryAccessibleInterface(widget)
        return found is not None and not found.state().invisible

    start.setFocus()
    assert showing(start)
    kiosk.terminal.pins.store.set_pin(PIN)
    kiosk.qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert pad.isVisible() and pad.entry.hasFocus()
    assert not showing(start)  # covered by the pad: not reachable behind it
    assert all(showing(key) for key in pad.keys)
    click(kiosk, pad.cancel_button)
    assert showing(start) and start.hasFocus()  # back as it was


def test_alt_f4_asks_for_the_pin(kiosk: Kiosk) -> None:
    kiosk.terminal.pins.store.set_pin(PIN)
    kiosk.qtbot.keyClick(kiosk.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk.window.pin_pad.isVisible()
    click(kiosk, kiosk.window.pin_pad.cancel_button)
    assert not kiosk.window.pin_pad.isVisible() and kiosk.window.isVisible()


def test_staff_menu_leaves_and_returns_to_kiosk_mode(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.toggle_kiosk_mode()  # the fixture runs windowed: enter kiosk mode first
    assert window.kiosk_mode and window.isFullScreen()
    screen = window.cover.target().size()
    assert window.minimumSize() == screen  # the screen's size, whatever the content asks
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, window.staff)
    enter_pin(kiosk, PIN)
    kiosk.wait(lambda: window.staff_menu.isVisible())
    assert window.staff_menu.mode.text() == "Leave kiosk mode"
    click(kiosk, window.staff_menu.mode)
    assert not window.kiosk_mode and not window.isFullScreen()
    assert not window.staff_menu.isVisible()
    kiosk.wait(lambda: window.minimumSize() != screen)  # the layout's minimum again


def test_the_keys_never_overlap_on_a_small_screen_with_large_text(kiosk: Kiosk) -> None:
    """1024×768, the customer's "Aa", a hint on two lines and a message: every key whole."""
    window, pad = kiosk.window, kiosk.window.pin_pad
    window.resize(1024, 768)
    kiosk.wait(lambda: window.size() == QSize(1024, 768))
    click(kiosk, window.attract.adapt)
    kiosk.terminal.pins.store.set_pin(PIN)
    click(kiosk, window.staff)
    enter_pin(kiosk, "000000")  # a wrong one: the message shows too
    kiosk.wait(lambda: bool(pad.message.text()))
    pad.hint.setText(pad.hint.text() + " " + pad.hint.text())  # two lines, as in German

    def box(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(pad, QPoint(0, 0)), widget.size())

    kiosk.wait(lambda: box(pad.ok).top() >= box(pad.erase).bottom())
    rows = [box(pad.keys[i]) for i in (0, 3, 6)] + [box(pad.erase)]
    for above, below in itertools.pairwise(rows):
        assert below.top() > above.bottom(), (above, below)
    assert all(box(k).height() >= 48 for k in pad.keys)  # still a finger's size
    assert box(pad.dialog).bottom() < pad.height()


def test_a_screen_reader_hears_the_pad_as_a_dialog_named_by_its_title(kiosk: Kiosk) -> None:
    """Entering the pad, a reader says "Staff PIN, dialog" and what it is for (the hint),
    the title as a heading, in the language shown; the staff menu and a customer question
    are dialogs by their titles too."""
    PinStore(kiosk.data_folder).set_pin(PIN)
    window, pad = kiosk.window, kiosk.window.pin_pad
    click(kiosk, window.staff)
    panel = QAccessible.queryAccessibleInterface(pad.dialog)
    assert panel.role() == QAccessible.Role.Dialog
    assert panel.text(QAccessible.Text.Name) == "Staff PIN"
    assert panel.state().modal  # nothing else can be used meanwhile
    assert panel.text(QAccessible.Text.Description) == pad.hint.text() != ""
    title = QAccessible.queryAccessibleInterface(pad.title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(QAccessible.Text.Name) == "Staff PIN"
    # Its controls are inside the dialog for a reader (it walks up from the focus).
    ancestors, node = [], QAccessible.queryAccessibleInterface(pad.entry).parent()
    while node is not None and node.isValid():
        ancestors.append(node.role())
        node = node.parent()
    assert QAccessible.Role.Dialog in ancestors
    enter_pin(kiosk, PIN)
    menu = window.staff_menu
    kiosk.wait(lambda: menu.isVisible())
    answer = QAccessible.queryAccessibleInterface(menu.dialog)
    assert (answer.role(), answer.text(QAccessible.Text.Name)) == (QAccessible.Role.Dialog, "Staff")
    click(kiosk, menu.close_button)
    # Read when asked: the name follows the title into another language.
    kiosk.ctl.language.switch_staff("de")
    click(kiosk, window.staff)
    kiosk.wait(lambda: pad.title.text() != "Staff PIN")
    assert panel.text(QAccessible.Text.Name) == pad.title.text()
    click(kiosk, pad.cancel_button)
    kiosk.ctl.language.switch_staff("en")
