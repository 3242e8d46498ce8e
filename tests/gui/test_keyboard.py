"""Keyboard only, with real key events (Tab, Shift+Tab, Space, Enter, Escape), on every screen
of the kiosk and on the PIN pad and staff menu overlays.

For each screen or overlay, in a representative state:

(a) Tab reaches every visible, enabled control that takes the focus by Tab before it comes back
    to where it started (the staff button in the top bar is part of every screen's cycle);
(b) in reading order: top to bottom, left to right within a visual row (widgets whose vertical
    extents overlap are in one row);
(c) never on a hidden widget, a hidden screen, or the screen behind an open overlay;
(d) Shift+Tab walks the same cycle backwards.

Exceptions, by design: buttons of an exclusive group (the attract screen's languages, the
method presets) are one Tab stop, the arrow keys move within it, as for radio buttons; the PIN
pad's on-screen digit keys never take the focus (the keyboard types into the entry); scroll
areas are no Tab stop when their content has controls (Tab scrolls those into view), the
diagnosis' result list is one (it holds only text, scrolled with the arrow keys); the order
table is one stop (the arrow keys and Space choose the row).

The main actions work from the keyboard: Enter or Space presses the focused button; in the data
form Enter moves to the next field and in the last one it is Next; Escape closes an overlay and
gives the focus back to the control that had it. Entering a screen puts the focus on its first
sensible control: the primary action, the first empty field of a form, the first method.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPushButton,
    QWidget,
)

from kiosk.app.stages import Stage
from tests.gui.conftest import Kiosk
from tests.gui.flow import card, click
from tests.gui.qt_noise import QT_MULTIMEDIA_HEADLESS
from tests.gui.test_staff_dashboard import start_order

PIN = "482613"
LIMIT = 80  # more stops than any screen has: a cycle that does not close is a trap


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text!r})"


def key(
    k: Kiosk, code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed and released on the focused widget, as a keyboard delivers it."""
    QTest.keyClick(focused(), code, modifier)


def tab(k: Kiosk, backwards: bool = False) -> None:
    if backwards:
        key(k, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        key(k, Qt.Key.Key_Tab)


def tab_to(k: Kiosk, widget: QWidget) -> None:
    for _ in range(LIMIT):
        if focused() is widget:
            return
        tab(k)
    raise AssertionError(f"Tab never reaches {name(widget)}")


def top_bar(k: Kiosk) -> list[QWidget]:
    return [k.window.staff, k.window.notice.button]


def tab_stops(roots: Iterable[QWidget]) -> set[QWidget]:
    """Every visible, enabled widget under (or being) one of ``roots`` that Tab may focus."""
    stops: set[QWidget] = set()
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                # the line edit inside a spin box or combo box is its owner's
                and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
            ):
                stops.add(widget)
    return stops


def cycle(k: Kiosk, roots: Sequence[QWidget], backwards: bool = False) -> list[QWidget]:
    """Tab (or Shift+Tab) from the focused widget until it comes back; (c) on the way."""
    first = focused()
    seen: list[QWidget] = []
    for _ in range(LIMIT):
        widget = focused()
        assert widget.isVisible(), f"focus on a hidden {name(widget)}"
        assert any(r is widget or r.isAncestorOf(widget) for r in roots), (
            f"focus escaped to {name(widget)}"
        )
        assert widget not in seen, f"Tab loops without {name(first)}: {[name(w) for w in seen]}"
        seen.append(widget)
        tab(k, backwards)
        if focused() is first:
            return seen
    raise AssertionError(f"Tab never comes back to {name(first)}")


def box(widget: QWidget) -> QRect:
    """Where ``widget`` is in the window, as laid out: inside a scroll area, where it is in the
    content scrolled to its top (Tab scrolls as it goes)."""
    at, child = widget.pos(), widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            at += QPoint(area.horizontalScrollBar().value(), area.verticalScrollBar().value())
        if not parent.isWindow():
            at += parent.pos()
        child, parent = parent, parent.parentWidget()
    return QRect(at, widget.size())


def placed(widget: QWidget, other: QWidget) -> QWidget:
    """What stands for ``widget`` when it is compared with ``other``: the outermost scroll
    area that holds ``widget`` but not ``other`` (its content is read where the area is)."""
    stand_in, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            stand_in = parent
        parent = parent.parentWidget()
    return stand_in


def reads_before(a: QWidget, b: QWidget) -> bool:
    """``a`` comes before ``b`` in reading order: in one row (vertical extents overlap) when
    it is left of ``b``, else when it is above it."""
    ra, rb = box(placed(a, b)), box(placed(b, a))
    if ra.top() <= rb.bottom() and rb.top() <= ra.bottom():
        return ra.left() < rb.left()
    return ra.center().y() < rb.center().y()


def check_keyboard(
    k: Kiosk, root: QWidget, *, with_top_bar: bool = True, expected: Sequence[QWidget] = ()
) -> list[QWidget]:
    """(a) to (d) on ``root`` (a screen with the top bar, or an overlay alone); ``expected``:
    stops that must be among them. Returns the cycle in reading order."""
    roots = [root, *top_bar(k)] if with_top_bar else [root]
    forward = cycle(k, roots)
    assert set(forward) == tab_stops(roots), (  # (a)
        f"not reached: {[name(w) for w in tab_stops(roots) - set(forward)]}"
    )
    for widget in expected:
        assert widget in forward, f"{name(widget)} is no Tab stop"
    # (b): the cycle read from its first widget in reading order.
    start = next(
        i
        for i, w in enumerate(forward)
        if not any(reads_before(other, w) for other in forward if other is not w)
    )
    ordered = forward[start:] + forward[:start]
    for a, b in pairwise(ordered):
        assert reads_before(a, b), f"{name(a)} {box(a)} before {name(b)} {box(b)}"
    backward = cycle(k, roots, backwards=True)  # (d)
    assert backward[0] is forward[0] and backward[1:] == forward[:0:-1]
    return ordered


def press(k: Kiosk, code: Qt.Key = Qt.Key.Key_Return) -> None:
    key(k, code)


def activate(k: Kiosk) -> None:
    k.window.activateWindow()
    k.qtbot.waitActive(k.window)


def test_customer_flow_by_keyboard(kiosk: Kiosk) -> None:
    window = kiosk.window
    activate(kiosk)
    attract = window.attract
    assert focused() is attract.start
    stops = check_keyboard(kiosk, attract, expected=[window.staff, attract.start])
    # The languages: one stop (the chosen one); the arrow keys move and choose.
    languages = [w for w in stops if w in attract.languages.values()]
    assert languages == [attract.languages["en"]]
    languages[0].setFocus()
    key(kiosk, Qt.Key.Key_Left)
    assert focused() is not languages[0] and focused().isChecked()
    key(kiosk, Qt.Key.Key_Right)
    assert attract.languages["en"].isChecked()
    tab_to(kiosk, attract.start)
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.ctl.stage is Stage.SETUP

    methods = window.methods
    kiosk.wait(lambda: len(methods.cards) == 3 and focused() is methods.cards[0].choose)
    stops = check_keyboard(
        kiosk, methods, expected=[*(c.choose for c in methods.cards), methods.cancel, methods.more]
    )
    assert stops.index(methods.cards[-1].choose) < stops.index(methods.cancel)
    assert not any(f in stops for f in methods.filters.values())  # behind "More filters"
    # Opened by keyboard, the seven filters join the cycle right after their button.
    tab_to(kiosk, methods.more)
    press(kiosk, Qt.Key.Key_Space)
    assert methods.more.isChecked() and methods.filter_panel.isVisible()
    stops = check_keyboard(
        kiosk,
        methods,
        expected=[methods.more, *methods.filters.values(), *(c.choose for c in methods.cards)],
    )
    more = stops.index(methods.more)
    assert stops[more + 1 : more + 8] == list(methods.filters.values())
    tab_to(kiosk, methods.more)
    press(kiosk, Qt.Key.Key_Space)
    assert not methods.filter_panel.isVisible()
    tab_to(kiosk, card(kiosk, "AUTHADA").choose)
    press(kiosk)  # Enter on the card's Choose
    assert kiosk.ctl.stage is Stage.DATA

    data = window.data
    fields = list(data.fields.values())
    assert focused() is fields[0].edit  # the first empty field
    check_keyboard(kiosk, data, expected=[*(f.edit for f in fields), data.back, data.next])
    assert focused() is fields[0].edit
    QTest.keyClicks(focused(), "+41 79 123 45 67")
    press(kiosk)  # Enter: the next field, nothing checked yet
    assert focused() is fields[1].edit and kiosk.ctl.stage is Stage.DATA
    data.fields["external_id"].edit.setFocus()
    QTest.keyClicks(focused(), "SIM-WAIT")
    assert list(data.fields)[-1] == "external_id"
    press(kiosk)  # Enter in the last field: Next
    assert kiosk.ctl.stage is Stage.CONSENT

    consent = window.consent
    assert focused() is consent.accept
    check_keyboard(kiosk, consent, expected=[consent.back, consent.accept])
    press(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF)

    qr = window.handoff_qr
    assert window.current is qr and focused() is qr.progress
    check_keyboard(kiosk, qr, expected=[qr.progress, qr.cancel])
    press(kiosk)
    assert window.current is window.status

    status = window.status
    assert focused() is status.leave_button
    check_keyboard(kiosk, status, expected=[status.cancel, status.back, status.leave_button])
    started = kiosk.ctl.started
    assert started is not None
    kiosk.sim("POST", f"/_sim/orders/{started.ref_id}/status", status="ERROR", reason="Test")
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.RESULT)

    result = window.result
    assert focused() is result.finish
    check_keyboard(kiosk, result, expected=[result.again, result.finish])
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.ctl.stage is Stage.IDLE and focused() is attract.start


def open_pad_from_staff_button(k: Kiosk) -> None:
    tab_to(k, k.window.staff)
    press(k, Qt.Key.Key_Space)
    assert k.window.pin_pad.isVisible() and focused() is k.window.pin_pad.entry


def open_menu(k: Kiosk) -> None:
    open_pad_from_staff_button(k)
    QTest.keyClicks(focused(), PIN)
    press(k)  # Enter in the entry: OK
    menu = k.window.staff_menu
    k.wait(lambda: menu.isVisible())
    assert focused() is menu.dashboard


@pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)  # the diagnosis screen
def test_overlays_and_staff_screens_by_keyboard(kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.terminal.pins.store.set_pin(PIN)
    activate(kiosk)
    pad = window.pin_pad
    open_pad_from_staff_button(kiosk)
    # The pad keeps the focus: entry, Cancel, OK (the digit keys are for touch only).
    stops = check_keyboard(kiosk, pad, with_top_bar=False)
    assert stops == [pad.entry, pad.cancel_button, pad.ok]
    key(kiosk, Qt.Key.Key_Escape)
    assert not pad.isVisible() and focused() is window.staff  # the focus comes back

    open_menu(kiosk)
    menu = window.staff_menu
    stops = check_keyboard(kiosk, menu, with_top_bar=False)
    assert stops == [
        menu.dashboard,
        menu.settings,
        menu.diagnosis,
        menu.mode,
        menu.quit,
        menu.close_button,
    ]
    key(kiosk, Qt.Key.Key_Escape)
    assert not menu.isVisible() and focused() is window.staff

    open_menu(kiosk)
    tab_to(kiosk, menu.settings)
    press(kiosk)
    settings = window.settings
    # No field focused (an on-screen keyboard would cover the screen): Tab goes to the first.
    assert window.current is settings and focused() is settings
    key(kiosk, Qt.Key.Key_Tab)
    assert focused() is settings.edits["api_url"]
    check_keyboard(
        kiosk,
        settings,
        expected=[
            *settings.edits.values(),
            settings.idle,
            settings.staff_idle,
            settings.language,
            settings.aml,
            *settings.method_checks.values(),
            settings.close_button,
            settings.save,
        ],
    )
    tab_to(kiosk, settings.close_button)
    press(kiosk, Qt.Key.Key_Space)
    assert window.current is window.attract and focused() is window.attract.start

    open_menu(kiosk)
    tab_to(kiosk, menu.diagnosis)
    press(kiosk)
    diagnosis = window.diagnosis
    assert diagnosis.widget is not None
    assert window.current is diagnosis and focused() is diagnosis.widget.run_button
    check_keyboard(
        kiosk,
        diagnosis,
        expected=[diagnosis.widget.run_button, diagnosis.widget.results_area, diagnosis.back],
    )
    tab_to(kiosk, diagnosis.back)
    press(kiosk)
    assert window.current is window.attract


def test_dashboard_and_support_card_by_keyboard(kiosk: Kiosk) -> None:
    window = kiosk.window
    start_order(kiosk)
    click(kiosk, window.handoff_qr.progress)
    activate(kiosk)
    window.open_staff_screen(window.dashboard)  # the way there is the staff menu, above
    dashboard = window.dashboard
    # The tracker's signal may fill the rows before the load ends (Refresh is off until then).
    kiosk.wait(lambda: bool(dashboard.model.orders) and dashboard.refresh.isEnabled())
    assert focused() is dashboard.table
    check_keyboard(
        kiosk,
        dashboard,
        expected=[
            dashboard.back,
            dashboard.search,
            dashboard.open_only,
            dashboard.attention_only,
            dashboard.table,
            dashboard.refresh,
        ],
    )
    tab_to(kiosk, dashboard.refresh)
    moves: list[bool] = []  # whether each focus change went to Refresh

    def moved(_old: QWidget | None, new: QWidget | None) -> None:
        moves.append(new is dashboard.refresh)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(moved)
    try:
        press(kiosk, Qt.Key.Key_Space)  # off while it loads: Qt moves the focus on ...
        kiosk.wait(lambda: len(moves) >= 2 and dashboard.refresh.isEnabled())
    finally:
        app.focusChanged.disconnect(moved)
    assert moves[0] is False
    assert focused() is dashboard.refresh  # ... and it comes back where the person left it
    tab_to(kiosk, dashboard.table)
    key(kiosk, Qt.Key.Key_Space)  # chooses the current row (the arrow keys move it)
    assert dashboard.selected() is not None
    stops = check_keyboard(kiosk, dashboard)
    assert stops[-2:] == [dashboard.cancel_button, dashboard.support]
    tab_to(kiosk, dashboard.cancel_button)
    press(kiosk)  # asks first, with the focus on "No"
    assert focused() is dashboard.confirm_no
    check_keyboard(kiosk, dashboard, expected=[dashboard.confirm_no, dashboard.confirm_yes])
    press(kiosk, Qt.Key.Key_Space)
    assert not dashboard.confirm_yes.isVisible()
    tab_to(kiosk, dashboard.support)
    press(kiosk)

    support = window.support
    assert window.current is support and focused() is support.description
    QTest.keyClicks(focused(), "The phone crashed")
    tab(kiosk)  # leaves the box, types no tab character
    assert focused() is support.copy
    assert support.description.toPlainText() == "The phone crashed"
    support.description.setFocus()
    check_keyboard(
        kiosk,
        support,
        expected=[
            support.back,
            support.description,
            support.copy,
            support.export_text,
            support.export_json,
        ],
    )
    tab_to(kiosk, support.back)
    press(kiosk)
    assert window.current is dashboard
    tab_to(kiosk, dashboard.back)
    press(kiosk, Qt.Key.Key_Space)
    assert window.current is window.status
    assert isinstance(focused(), QPushButton) and window.status.isAncestorOf(focused())
