"""Shows the on-screen keyboard while a field of the kiosk window has the focus, and keeps
that field above it: the field's screen ends above the keys as far as its layout allows (its
Back and Next with it), in a scroll area the field is scrolled up (its content given room below
for what the keyboard still covers), a web view ends above the keys. The keyboard lies over the
window's bottom, not in its layout: the screens' minimum heights plus the keyboard's would
make the window taller than the screen.

A tap on a button takes the focus from the field at the press: the keyboard then stays, and
the layout with it, until the finger is lifted (the click lands on the button it pressed, not
on whatever the layout moved under the finger), and goes just after the release."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy, QStackedWidget, QWidget

from .keyboard import OnScreenKeyboard, in_web_view, is_typing_field
from .widgets.common import MAY_HIDE_FOR_KEYS
from .window_cap import WindowScroll


def _staff_facing(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if getattr(type(parent), "staff_facing", False):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The screen's scroll area around ``widget`` (windowed mode's around the whole window
    is not a screen's: the field's screen ends above the keys within the window instead)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and not isinstance(parent, WindowScroll):
            return parent
        parent = parent.parentWidget()
    return None


def _screen_of(widget: QWidget) -> QWidget | None:
    """The screen (a page of the window's stack) that holds ``widget``."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            return child
        child, parent = parent, parent.parentWidget()
    return None


def _set_bottom_margin(widget: QWidget, bottom: int) -> None:
    with contextlib.suppress(RuntimeError):  # gone meanwhile (a form built again, a page wiped)
        m = widget.contentsMargins()
        widget.setContentsMargins(m.left(), m.top(), m.right(), bottom)


# The events that end a press (a touch that Qt does not turn into mouse events ends so).
_RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)

# Room kept between the field and the keyboard (the field's problem line below it).
FIELD_MARGIN = 48


class KeyboardFollower(QObject):
    """Shows the keyboard over the bottom of ``window`` while one of its fields has the focus
    and ``enabled()`` (the setting, read at every focus change: switching it takes effect at
    once), in the language of whoever types there (``languages()``: the customer's and the
    staff's codes), and keeps the field above it."""

    def __init__(
        self, window: QWidget, languages: Callable[[], tuple[str, str]], enabled: Callable[[], bool]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.languages = languages
        self.enabled = enabled
        self.keyboard = OnScreenKeyboard(window)
        self.keyboard.hide()
        self.keyboard.dismissed.connect(self._hide_key)
        self.keyboard.restyled.connect(self.follow)  # larger keys: placed again
        # The scrolled content given room at its bottom, with its own bottom margin.
        self._padded: tuple[QWidget, int] | None = None
        # The widget holding a web view, made to end above the keys, with its own margin.
        # (and its own size policy: a screen's is Ignored meanwhile, see _end_above_keys).
        self._shortened: tuple[QWidget, int, QSizePolicy] | None = None
        self._hidden_for: QWidget | None = None  # the field whose keyboard was put away
        self._folded: list[QWidget] = []  # a screen's MAY_HIDE_FOR_KEYS widgets hidden
        # A press took the focus to no field: the keys stay until its release (see the top).
        self._awaiting_release = False
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        app.focusChanged.connect(self._focus_changed)
        # A web page's input taking or leaving its focus moves no widget focus: the web view
        # updates the input method (the cursor's rectangle among it) instead.
        QGuiApplication.inputMethod().cursorRectangleChanged.connect(self._input_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._awaiting_release and event.type() in _RELEASES:
            # Every release passes the application's filter first: the one that ends the
            # press (the last button up, the last finger lifted); after it the click is done.
            if event.type() != QEvent.Type.MouseButtonRelease or (
                QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
            ):
                self._stop_awaiting()
                QTimer.singleShot(0, self, self.follow)
            return False
        if watched is self._hidden_for and event.type() == QEvent.Type.MouseButtonPress:
            self._forget_hidden()  # a tap in the field the keyboard was put away for
            QTimer.singleShot(0, self, self.follow)
        elif (
            watched is self.window
            and event.type() == QEvent.Type.Resize
            and self.keyboard.isVisible()
        ):
            self._place()
            QTimer.singleShot(0, self, self._keep_in_view)
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._forget_hidden()
        if self._awaiting_release:
            if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
                return  # the release decides, with the focus then
            self._stop_awaiting()  # a release that never came past the filter (a grab)
        if (
            self.keyboard.isVisible()
            and not is_typing_field(new)
            and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        ):
            # Pressed on a button: hiding now would move it from under the finger.
            self._awaiting_release = True
            self.app.installEventFilter(self)
            return
        self.follow(new)

    def _stop_awaiting(self) -> None:
        self._awaiting_release = False
        self.app.removeEventFilter(self)

    def _forget_hidden(self) -> None:
        if self._hidden_for is not None:
            with contextlib.suppress(RuntimeError):  # the field is gone (a form rebuilt)
                self._hidden_for.removeEventFilter(self)
            self._hidden_for = None

    def _input_changed(self) -> None:
        field = QApplication.focusWidget()
        if field is None or not in_web_view(field) or field is self._hidden_for:
            return
        self.follow(field)  # another input of the page (other keys), or none: hidden

    def follow(self, field: QWidget | None = None) -> None:
        """Show the keyboard for ``field`` (the focused widget), or hide it."""
        field = QApplication.focusWidget() if field is None else field
        if (
            field is None
            or field.window() is not self.window
            or not is_typing_field(field)
            or not self.enabled()
        ):
            self._dismiss()
            return
        customer, staff = self.languages()
        self.keyboard.serve(field, staff if _staff_facing(field) else customer)
        self._place()
        self.keyboard.show()
        self.keyboard.raise_()
        QTimer.singleShot(0, self, self._keep_in_view)

    def _hide_key(self) -> None:
        self._hidden_for = self.keyboard.target
        if self._hidden_for is not None:
            self._hidden_for.installEventFilter(self)  # a tap there brings the keys back
        self._dismiss()

    def _dismiss(self) -> None:
        self.keyboard.target = None
        self.keyboard.hide()
        self._unpad()
        self._lengthen()

    def _lengthen(self) -> None:
        if self._shortened is not None:
            host, bottom, policy = self._shortened
            self._shortened = None
            _set_bottom_margin(host, bottom)
            with contextlib.suppress(RuntimeError):  # gone meanwhile
                host.setSizePolicy(policy)
        for widget in self._folded:
            with contextlib.suppress(RuntimeError):
                widget.show()
        self._folded = []

    def _shorten(self, field: QWidget) -> None:
        """A web page cannot be scrolled from here: its view ends above the keys instead (the
        widget that holds it leaves the keyboard's height free at its bottom; the page lays
        itself out again, the customer scrolls it by touch)."""
        view: QWidget | None = field
        while view is not None and not view.inherits("QWebEngineView"):
            view = view.parentWidget()
        host = view.parentWidget() if view is not None else None
        if host is not None:
            self._end_above_keys(host, squeeze=True)

    def _end_above_keys(self, host: QWidget, *, squeeze: bool) -> None:
        """``host`` leaves the keyboard's height free at its bottom; without ``squeeze`` only
        as far as its layout allows (a screen's minimum height plus the keyboard's would make
        the window taller than the screen): the rest is scrolled into view."""
        if self._shortened is None or self._shortened[0] is not host:
            self._lengthen()
            self._shortened = (host, host.contentsMargins().bottom(), host.sizePolicy())
            if not squeeze:
                # Its minimum height (the margin's in it) then never makes the window taller,
                # even when the screen shows a line more meanwhile (a summary of problems).
                policy = QSizePolicy(host.sizePolicy())
                policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
                host.setSizePolicy(policy)
        own = self._shortened[1]
        bottom = host.mapTo(self.window, QPoint(0, host.height())).y()
        covered = max(0, bottom - self.keyboard.y())
        m = host.contentsMargins()
        if not squeeze:
            spare = self._spare(host, own)
            if spare < covered and not self._folded:
                self._folded = [
                    w
                    for w in host.findChildren(QWidget)
                    if w.property(MAY_HIDE_FOR_KEYS) and w.isVisible()
                ]
                for widget in self._folded:
                    widget.hide()
                spare = self._spare(host, own)
            covered = min(covered, max(0, spare))
        if m.bottom() != own + covered:
            host.setContentsMargins(m.left(), m.top(), m.right(), own + covered)
            layout = host.layout()
            if layout is not None:
                layout.activate()  # the scroll area's new height before scrolling in it

    @staticmethod
    def _spare(host: QWidget, own: int) -> int:
        """How much shorter than now ``host`` can be with its own bottom margin ``own``."""
        extra = host.contentsMargins().bottom() - own
        return host.height() - (host.minimumSizeHint().height() - extra)

    def _place(self) -> None:
        layout = self.keyboard.layout()
        if layout is not None:
            layout.activate()  # its height for the page just built
        width = self.window.width()
        height = self.keyboard.sizeHint().height()
        self.keyboard.setGeometry(0, self.window.height() - height, width, height)

    def _unpad(self) -> None:
        if self._padded is not None:
            content, bottom = self._padded
            self._padded = None
            _set_bottom_margin(content, bottom)

    def _keep_in_view(self) -> None:
        field = self.keyboard.target
        if field is None or not self.keyboard.isVisible():
            return
        area = _scroll_area_of(field)
        if (area is None or area.widget() is None) and in_web_view(field):
            self._shorten(field)
            return
        screen = _screen_of(field)
        if screen is not None:
            self._end_above_keys(screen, squeeze=False)  # its Back and Next above the keys
        if area is None or area.widget() is None:
            return
        viewport = area.viewport()
        top_of_keys = viewport.mapFrom(self.window, QPoint(0, self.keyboard.y())).y()
        covered = max(0, viewport.height() - top_of_keys)
        content = area.widget()
        assert content is not None
        if self._padded is None or self._padded[0] is not content:
            self._unpad()
            self._padded = (content, content.contentsMargins().bottom())
        m = content.contentsMargins()
        wanted = self._padded[1] + covered  # the last field can scroll above the keys
        if m.bottom() != wanted:
            content.setContentsMargins(m.left(), m.top(), m.right(), wanted)
            layout = content.layout()
            if layout is not None:
                layout.activate()
            QCoreApplication.sendPostedEvents(content, QEvent.Type.LayoutRequest.value)
        top = field.mapTo(viewport, QPoint(0, 0)).y()
        bottom = top + field.height()
        # The room below only where the field still fits whole above it (a small page).
        above_keys = viewport.height() - covered
        shown_bottom = max(above_keys - FIELD_MARGIN, min(above_keys, field.height()))
        bar = area.verticalScrollBar()
        if bottom > shown_bottom:
            bar.setValue(bar.value() + bottom - shown_bottom)
        elif top < 0:
            bar.setValue(bar.value() + top)


def follow_keyboard(
    window: QWidget, languages: Callable[[], tuple[str, str]], enabled: Callable[[], bool]
) -> KeyboardFollower:
    """The on-screen keyboard for ``window``'s fields (see :class:`KeyboardFollower`)."""
    return KeyboardFollower(window, languages, enabled)
