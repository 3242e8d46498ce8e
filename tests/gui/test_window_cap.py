"""Windowed mode's bounds (kiosk.ui.window_cap) on the offscreen platform: never larger than
the screen's available area, moved back onto it, content that grows scrolls in the window
instead of growing it; the kiosk window switching between windowed and kiosk mode. With a
window manager's frame and a taskbar: tests/gui/test_fullscreen_xvfb.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.keyboard_follower import follow_keyboard
from kiosk.ui.widgets.date_input import DateInput
from kiosk.ui.window_cap import QWIDGETSIZE_MAX, WindowCap, WindowScroll, clamped
from tests.gui.conftest import PATIENCE_S, Kiosk
from tests.gui.flow import choose, to_methods


def test_clamped_moves_a_frame_onto_the_area_as_little_as_it_can() -> None:
    area = QRect(0, 0, 1024, 720)
    assert clamped(QRect(100, 50, 400, 300), area) == QPoint(100, 50)  # already on it
    assert clamped(QRect(900, 600, 400, 300), area) == QPoint(624, 420)  # past right, bottom
    assert clamped(QRect(-50, -20, 400, 300), area) == QPoint(0, 0)
    # Larger than the area: its top left corner (its title bar) on the area.
    assert clamped(QRect(300, 200, 1282, 825), area) == QPoint(0, 0)
    assert clamped(QRect(0, 0, 400, 300), QRect(1024, 0, 800, 600)) == QPoint(1024, 0)


def _window(qtbot: QtBot, content_minimum: QSize) -> tuple[QWidget, QWidget]:
    """A framed window whose content (in a WindowScroll) asks for ``content_minimum``."""
    window = QWidget()
    qtbot.addWidget(window)
    content = QLabel("content")
    content.setMinimumSize(content_minimum)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(WindowScroll(content))
    return window, content


def _within(window: QWidget, area: QRect) -> bool:
    return area.contains(window.frameGeometry())


def test_the_window_stays_within_the_available_area(qtbot: QtBot) -> None:
    window, _content = _window(qtbot, QSize(300, 200))
    cap = WindowCap(window)
    cap.show(QSize(5000, 4000))  # more than any screen has
    qtbot.waitExposed(window)
    area = cap.area()
    assert area == window.screen().availableGeometry()
    # As large as there is room for with its frame (offscreen draws none but counts one).
    assert window.frameGeometry().size() == area.size()
    assert window.maximumSize() == window.size()
    # Moved partly off the screen (by a person, a program): back onto it, as it is.
    window.resize(400, 300)
    window.move(area.right() - 100, area.bottom() - 50)
    qtbot.waitUntil(lambda: _within(window, area), timeout=int(PATIENCE_S * 1000))
    assert window.size() == QSize(400, 300)
    assert window.frameGeometry().bottomRight() == area.bottomRight()


def test_content_that_grows_scrolls_instead_of_growing_the_window(qtbot: QtBot) -> None:
    window, content = _window(qtbot, QSize(300, 200))
    cap = WindowCap(window)
    cap.show(QSize(640, 480))
    qtbot.waitExposed(window)
    area = cap.area()
    scroll = window.findChild(WindowScroll)
    assert scroll is not None
    assert scroll.verticalScrollBar().maximum() == 0  # fits: nothing to scroll
    # Larger text, a long error: the content asks for more than the screen has.
    content.setMinimumSize(area.width() + 200, area.height() + 300)
    qtbot.waitUntil(
        lambda: scroll.verticalScrollBar().maximum() > 0, timeout=int(PATIENCE_S * 1000)
    )
    assert _within(window, area) and window.size() == QSize(640, 480)
    assert scroll.horizontalScrollBar().maximum() > 0
    # A person enlarges it: no further than the available area.
    window.resize(area.width() + 500, area.height() + 500)
    assert window.frameGeometry().size() == area.size()
    cap.stop()  # kiosk mode: no bound of its own
    assert window.maximumSize() == QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)


def test_the_kiosk_window_windowed_and_in_kiosk_mode(kiosk: Kiosk) -> None:
    """Windowed: the content in a window scroll, the window within the available area (the
    offscreen screen is smaller than the windowed size); kiosk mode covers the screen, and
    back."""
    window = kiosk.window
    window.show_windowed()
    area = window.screen().availableGeometry()
    assert isinstance(window.centralWidget(), WindowScroll)
    assert window.attract.start.isVisible()  # its content moved there, shown (was: hidden)
    kiosk.wait(lambda: _within(window, area))
    assert window.frameGeometry().size() == area.size()  # 1280x800 asked: the screen is smaller
    window.toggle_kiosk_mode()
    assert window.kiosk_mode and window.isFullScreen()
    kiosk.wait(lambda: window.geometry() == window.screen().geometry())
    window.toggle_kiosk_mode()
    assert not window.kiosk_mode and not window.isFullScreen()
    kiosk.wait(lambda: _within(window, area) and window.maximumSize() == window.size())
    # The window's own content is the one it had: the screens, in one window scroll.
    assert window.findChildren(WindowScroll) == [window.centralWidget()]
    assert window.stack.window() is window


def test_the_on_screen_keyboard_keeps_a_field_in_view_in_a_window(kiosk: Kiosk) -> None:
    """Windowed, the screen's own scroll area still brings a field above the keys (the
    window's scroll is not the one the keyboard scrolls)."""
    window = kiosk.window
    window.show_windowed()
    follower = follow_keyboard(
        window,
        lambda: (kiosk.ctl.language.language, kiosk.ctl.language.staff_language),
        lambda: True,
    )
    keys = follower.keyboard
    to_methods(kiosk)
    choose(kiosk, "KLARNA")
    kiosk.wait(keys.isVisible)  # the form focuses its first field
    assert keys.geometry().bottom() == window.height() - 1
    for field in window.data.fields.values():
        edit = field.edit.parts[0] if isinstance(field.edit, DateInput) else field.edit
        edit.setFocus()

        def above(edit: QWidget = edit) -> bool:
            top = edit.mapTo(window, QPoint(0, 0)).y()
            shown = edit.visibleRegion().boundingRect().height() == edit.height()
            return keys.isVisible() and shown and top + edit.height() <= keys.y()

        kiosk.wait(above)


def test_the_window_follows_onto_a_smaller_screen(tmp_path: Path) -> None:
    """Dragged from a 1280x800 screen onto a 1024x768 one beside it (tests.gui.two_screens_app
    on the offscreen platform's two screens): within the smaller one's area."""
    screens = {
        "windowFrameMargins": True,
        "screens": [
            {"name": "A", "x": 0, "y": 0, "width": 1280, "height": 800},
            {"name": "B", "x": 1280, "y": 0, "width": 1024, "height": 768},
        ],
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.two_screens_app"],
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    moves = json.loads(done.stdout.splitlines()[-1])
    assert moves["before"] == {
        "screen": "A",
        "frame": [0, 0, 1280, 800],
        "available": [0, 0, 1280, 800],
    }
    assert moves["after"] == {
        "screen": "B",
        "frame": [1280, 0, 1024, 768],
        "available": [1280, 0, 1024, 768],
    }
