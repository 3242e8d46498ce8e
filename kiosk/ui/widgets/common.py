"""Small helpers so every screen builds labels and buttons the same way (roles for the QSS)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def label(
    role: str | None = None,
    *,
    wrap: bool = True,
    parent: QWidget | None = None,
    selectable: bool = False,
) -> QLabel:
    widget = QLabel(parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class TextButton(QPushButton):
    """A push button that layouts never squeeze below its text. The style sheet's
    ``min-width`` sets an explicit minimum width, which layouts take instead of the size hint
    (the text's width, that minimum included); this keeps the minimum at the size hint when
    the text, the font or the style sheet (larger text) changes."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_text()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_text()
        return handled

    def _fit_text(self) -> None:
        width = self.sizeHint().width()
        if width != self.minimumWidth():
            self.setMinimumWidth(width)


def button(role: str | None = None, *, parent: QWidget | None = None) -> QPushButton:
    widget = TextButton(parent)
    if role:
        widget.setProperty("role", role)
    # Enter and Return press the focused button, as Space does (there is no QDialog, so no
    # default button that Enter would press instead).
    widget.setAutoDefault(True)
    # Never squeezed below the text's width (the style sheet's padding included).
    widget.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
    return widget


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` scrolling up and down only, without a frame; the area is no Tab stop itself:
    Tab goes to the controls inside and scrolls them into view."""
    from .readable_scroll import readable  # here: the attract screen's first paint has none

    area = readable(QScrollArea())  # a screen reader cannot crash it: see readable_scroll
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


# A screen's widget with this property true (a title, an introduction) is hidden while the
# on-screen keyboard is up where the screen could not end above the keys otherwise (large text
# on a small screen): its Back and Next stay in reach (kiosk.ui.keyboard_follower).
MAY_HIDE_FOR_KEYS = "mayHideForKeys"

_Value = TypeVar("_Value", bound="QAbstractSpinBox | QComboBox")


class _WheelToPage(QObject):
    """Passes the mouse wheel on to the page (the scroll area around) instead of the value
    under the pointer, except in the field the person is in (with ``focused_steps``)."""

    def __init__(self, *, focused_steps: bool) -> None:
        super().__init__()
        self.focused_steps = focused_steps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        if self.focused_steps and isinstance(watched, QWidget) and watched.hasFocus():
            return False
        # Left unaccepted, Qt offers it to the parents: the scroll area scrolls the page.
        event.ignore()
        return True


# One filter for each rule, shared by every field (kept alive here: no parent).
_WHEEL_RULES = {steps: _WheelToPage(focused_steps=steps) for steps in (False, True)}


def wheel_scrolls_page(widget: _Value, *, focused_steps: bool = True) -> _Value:
    """A spin box or combo box whose value the mouse wheel never changes on its way past: the
    wheel scrolls the page; it steps the value only in the field that has the focus (given by a
    tap or Tab, never by the wheel itself), and never with ``focused_steps=False`` (the
    arrow keys still do). A combo box's list, opened, scrolls by touch too."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: no focus from the wheel
    for rule in _WHEEL_RULES.values():
        widget.removeEventFilter(rule)
    widget.installEventFilter(_WHEEL_RULES[focused_steps])
    from PySide6.QtWidgets import QComboBox  # here: PySide builds a class at first use

    if isinstance(widget, QComboBox):
        from .touch_scroll import touch_scrolling

        touch_scrolling(widget.view())
    return widget


def tab_order(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order (each placed right after the one before it)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def focus_first(*candidates: QWidget | None) -> QWidget | None:
    """Keyboard focus to the first candidate that can take it (the control a screen or panel
    starts on); returns it."""
    for widget in candidates:
        if (
            widget is not None
            and widget.isEnabled()
            and widget.isVisibleTo(widget.window())
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return widget
    return None


@contextmanager
def disabled_while(control: QWidget) -> Iterator[None]:
    """``control`` is off meanwhile (a request in flight); a keyboard user who pressed it gets
    the focus back afterwards, where Qt had moved it on to the next control."""
    had_focus = control.hasFocus()
    control.setEnabled(False)
    try:
        yield
    finally:
        control.setEnabled(True)
        if had_focus and control.isVisible() and _focus_moved_on(control):
            control.setFocus(Qt.FocusReason.OtherFocusReason)


def _focus_moved_on(control: QWidget) -> bool:
    """Focus is where Qt put it when ``control`` went off (or nowhere), not somewhere the
    person chose: not in a field, a table or another window."""
    now = QApplication.focusWidget()
    return now is None or (now.window() is control.window() and isinstance(now, QPushButton))


def set_label(widget: QLabel, text: str, accessible: str | None = None) -> None:
    widget.setText(text)
    widget.setVisible(bool(text))
    widget.setAccessibleName(accessible or text)


def set_button(widget: QPushButton, text: str, accessible: str | None = None) -> None:
    widget.setText(text)
    widget.setAccessibleName(accessible or text)
