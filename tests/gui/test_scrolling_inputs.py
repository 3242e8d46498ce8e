"""Pages that scroll as people expect on the kiosk's terminals: the mouse wheel scrolls the page
and changes no value on its way past (a birth date changed so fails the identification); a
finger drags every scroll area; the on-screen keyboard leaves the data form's Back and Next in
reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QScrollArea,
    QScroller,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.app.stages import Stage
from kiosk.ui.keyboard_follower import follow_keyboard
from kiosk.ui.widgets.date_input import DateInput
from kiosk.ui.widgets.touch_scroll import touch_scrolling
from tests.gui.conftest import Kiosk, run
from tests.gui.flow import KLARNA_CUSTOMER, card, choose, click, fill, to_methods


def _wheel(widget: QWidget, steps: int) -> None:
    """One notch of the mouse wheel (up for positive ``steps``) over ``widget``'s middle: from
    the window system where it is on screen (as a mouse's, offered to the parents in turn), else
    straight to it."""
    middle = QPoint(widget.width() // 2, widget.height() // 2)
    window = widget.window()
    handle = window.windowHandle()
    if widget.isVisible() and handle is not None:
        QTest.wheelEvent(handle, QPointF(widget.mapTo(window, middle)), QPoint(0, 120 * steps))
        QApplication.processEvents()
        return
    event = QWheelEvent(
        QPointF(middle),
        QPointF(widget.mapToGlobal(middle)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def _klarna_form(k: Kiosk) -> None:
    to_methods(k)
    click(k, k.window.methods.more)  # the filters' combo boxes shown
    choose(k, "KLARNA")


def test_the_wheel_changes_no_value_it_passes_over(kiosk: Kiosk) -> None:
    _klarna_form(kiosk)
    fill(kiosk, {"dob": "12.08.1964"})
    kiosk.window.data.fields["first_name"].edit.setFocus()
    boxes = [
        *kiosk.window.findChildren(QAbstractSpinBox),
        *kiosk.window.findChildren(QComboBox),
    ]
    names = {type(b.parentWidget()).__name__ for b in boxes}
    assert len(boxes) >= 3 + 7 + 3, names  # the date, the method filters, the settings
    for box in boxes:
        # The wheel never gives the focus (StrongFocus, not WheelFocus).
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus, box.accessibleName()
        before = _value(box)
        for steps in (1, -1, -1):
            _wheel(box, steps)
            assert _value(box) == before, box.accessibleName()
            assert not box.hasFocus(), box.accessibleName()
    assert dob_of(kiosk).date() is not None


def dob_of(k: Kiosk) -> DateInput:
    edit = k.window.data.fields["dob"].edit
    assert isinstance(edit, DateInput)
    return edit


def test_the_wheel_over_the_date_scrolls_the_form(kiosk: Kiosk) -> None:
    kiosk.window.resize(1280, 600)  # a form taller than its page
    _klarna_form(kiosk)
    fill(kiosk, {"dob": "12.08.1964"})
    data = kiosk.window.data
    bar = data.scroller.verticalScrollBar()
    kiosk.wait(lambda: bar.maximum() > 0)
    dob = dob_of(kiosk)
    # Even over the focused part: the arrow keys step it, the wheel scrolls the page.
    dob.day.setFocus()
    _wheel(dob.day, -1)
    assert bar.value() > 0
    assert dob.text() == "12.08.1964"
    QTest.keyClick(dob.day, Qt.Key.Key_Up)
    assert dob.text() == "13.08.1964"


def test_the_focused_combo_box_steps_with_the_wheel(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    click(kiosk, kiosk.window.methods.more)
    combo = kiosk.window.methods.filters["issuer"]
    _wheel(combo, -1)
    assert combo.currentIndex() == 0
    combo.setFocus()  # a tap or Tab: then the person means it
    _wheel(combo, -1)
    assert combo.currentIndex() == 1


def _touch_scrolls(area: QAbstractScrollArea) -> bool:
    viewport = area.viewport()
    return (
        QScroller.hasScroller(viewport)
        and QScroller.grabbedGesture(viewport) != Qt.GestureType.CustomGesture
        and viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    )


def test_every_scroll_area_of_the_kiosk_scrolls_by_touch(kiosk: Kiosk) -> None:
    """Pages, and item views and text boxes too (the dashboard's table, the support card's
    description, the combo boxes' lists): Qt gives them no touch scrolling of their own."""
    _klarna_form(kiosk)  # the data form's page built
    areas = [
        area
        for area in kiosk.window.findChildren(QAbstractScrollArea)
        if not isinstance(area, QHeaderView)  # moves with its table
    ]
    assert len(areas) >= 4  # methods, data form, settings, diagnosis, ...
    views = {type(a).__name__ for a in areas if isinstance(a, QAbstractItemView | QPlainTextEdit)}
    assert {"QTableView", "QPlainTextEdit", "QListView"} <= views
    untouchable = [
        f"{type(area.parent()).__name__}/{type(area).__name__}"
        for area in areas
        if not _touch_scrolls(area)
    ]
    assert not untouchable, f"scroll areas a finger cannot drag: {untouchable}"


def _drag_up(viewport: QWidget) -> None:
    """A finger put down near the bottom of ``viewport`` and moved 240 px up."""
    screen = QTest.createTouchDevice()
    start = QPoint(viewport.width() // 2, viewport.height() - 20)
    QTest.touchEvent(viewport, screen).press(0, start, viewport)
    for step in range(1, 21):
        QTest.qWait(10)
        QTest.touchEvent(viewport, screen).move(0, start - QPoint(0, 12 * step), viewport)
    QTest.touchEvent(viewport, screen).release(0, start - QPoint(0, 240), viewport)


@pytest.mark.parametrize("kind", [QTableView, QPlainTextEdit])
def test_a_finger_drags_a_table_and_a_text_box(
    qtbot: QtBot, kind: type[QTableView | QPlainTextEdit]
) -> None:
    """The kinds of the dashboard's table and the support card's description, given their
    touch scrolling as those screens do (test above), with more rows or lines than they show."""
    area = touch_scrolling(kind())
    qtbot.addWidget(area)
    if isinstance(area, QTableView):
        rows = QStandardItemModel(80, 3, area)
        for row in range(80):
            rows.setItem(row, 0, QStandardItem(f"row {row}"))
        area.setModel(rows)
    else:
        area.setPlainText("\n".join(f"line {n}" for n in range(80)))
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    viewport = area.viewport()
    _drag_up(viewport)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=15_000)
    QScroller.scroller(viewport).stop()


def test_a_finger_drags_the_data_form(kiosk: Kiosk) -> None:
    kiosk.window.resize(1280, 600)
    _klarna_form(kiosk)
    area = kiosk.window.data.scroller
    assert isinstance(area, QScrollArea)
    bar = area.verticalScrollBar()
    kiosk.wait(lambda: bar.maximum() > 0)
    viewport = area.viewport()
    _drag_up(viewport)
    kiosk.wait(lambda: bar.value() > 0)
    kiosk.wait(lambda: QScroller.scroller(viewport).state() == QScroller.State.Inactive)


@pytest.mark.parametrize(
    ("size", "large"),
    [(QSize(1280, 800), False), (QSize(1280, 800), True), (QSize(1024, 768), True)],
)
def test_the_keyboard_leaves_back_and_next_in_reach(kiosk: Kiosk, size: QSize, large: bool) -> None:
    """At the reference size the form's page ends above the keys; with large text (a small
    screen) its title and introduction make room while the keys are up; the count of fields
    to correct, once shown, too (it sits beside Next: 1024x768 with large text has no line to
    spare for it)."""
    if large:
        _large_text(kiosk)
    kiosk.window.resize(size)
    follower = follow_keyboard(
        kiosk.window,
        lambda: (kiosk.ctl.language.language, kiosk.ctl.language.staff_language),
        lambda: True,
    )
    keys = follower.keyboard
    _klarna_form(kiosk)
    data = kiosk.window.data
    kiosk.wait(lambda: keys.isVisible())  # the form focuses its first field
    for name in ("first_name", "last_name", "mobile", "external_id"):
        edit = data.fields[name].edit
        edit.setFocus()
        reach = (edit, data.back, data.next)
        kiosk.wait(lambda r=reach: all(_above_keys(w, keys.y()) for w in r))  # type: ignore[misc]
    fill(kiosk, {**KLARNA_CUSTOMER, "last_name": ""})
    click(kiosk, data.next)  # a tap on Next while the keys are up: it is there to tap
    assert data.fields["last_name"].edit.hasFocus() and data.summary.isVisible()
    reach = (data.fields["last_name"].edit, data.summary, data.back, data.next)
    kiosk.wait(lambda: all(_above_keys(w, keys.y()) for w in reach))
    # The keys put away: the screen has its full height again.
    focused = QApplication.focusWidget()
    assert focused is not None
    focused.clearFocus()
    kiosk.wait(lambda: not keys.isVisible())
    bottom = data.next.mapTo(kiosk.window, QPoint(0, data.next.height())).y()
    assert bottom > keys.y()
    assert kiosk.window.size() == size  # never made taller than the screen meanwhile
    assert data.title.isVisible() and data.intro.isVisible()  # back with the keys put away


def _large_text(k: Kiosk) -> None:
    """The staff setting "larger text" on, as staff save it."""
    settings = k.ctl.settings
    larger = settings.kiosk.model_copy(update={"large_text": True})
    run(k.loop, k.terminal.apply_settings(settings.model_copy(update={"kiosk": larger})))


def _above_keys(widget: QWidget, top_of_keys: int) -> bool:
    shown = widget.visibleRegion().boundingRect()
    bottom = widget.mapTo(widget.window(), QPoint(0, widget.height())).y()
    return widget.isVisible() and shown.height() == widget.height() and bottom <= top_of_keys


def test_a_tap_still_presses_a_button_in_a_touch_scrolled_page(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    choose_button = card(kiosk, "KLARNA").choose
    assert _touch_scrolls(kiosk.window.methods.scroller)
    screen = QTest.createTouchDevice()
    window = kiosk.window
    at = choose_button.mapTo(window, choose_button.rect().center())
    QTest.touchEvent(window, screen).press(0, at, window)
    QTest.qWait(20)
    QTest.touchEvent(window, screen).release(0, at, window)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.DATA)
