"""Windowed mode's bounds: a framed window never larger than its screen's available area (the
screen less a taskbar or a panel) and never partly off it.

The window's maximum size is that area less the window manager's frame, known only once the
window is shown and decorated (a move or resize event then carries it): the window is fitted
again after each. A window manager started after the kiosk (a kiosk session's autostart race)
frames the window where it is, with no event to the window at all: the fit is also checked
every second (cheap: nothing changes while it fits). The frame is read from the window system's
window (``QWindow``), live: the widget's own ``frameGeometry`` keeps the frame it knew at the
last move (none, for a window framed where it stood). It follows its screen: another screen
(``screenChanged``), another resolution (``geometryChanged``), a taskbar that comes, goes or
grows (``availableGeometryChanged``).

Content that needs more than that (large text, the pseudo-locale, a long error, a taskbar on
a 768-px screen) scrolls instead of growing the window: the window's content sits in a
:class:`WindowScroll`, so the window's own minimum is that of a scroll area, which a maximum
size can hold (Qt raises a window's maximum to the minimum its layout asks for). The main
window puts its content there once its other screens come (the first paint needs no scroll
area's screen-reader guard, see kiosk.ui.widgets.readable_scroll). Kiosk mode
(kiosk.ui.fullscreen) covers the screen instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from .screen_follow import ScreenFollower

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum size"
# A move or resize of the window (the window manager's placing, its frame) fits it again.
_REFIT_EVENTS = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)
# How often a frame that came without an event is looked for.
_CHECK_MS = 1000


class WindowScroll(QScrollArea):
    """The whole window's content, scrolled when the window is smaller than the content's
    minimum (windowed mode only: kiosk mode's content fits the screen). The screens' own
    scroll areas are inside it; the on-screen keyboard keeps fields in view in those, not in
    this one.

    The content is sized here, not by Qt's "widget resizable": that makes content with
    wrapping texts at least its preferred height for the width, and the window's content (a
    stack of every screen) prefers more than the tallest screen needs, so a window with room
    enough scrolled anyway."""

    def __init__(self, content: QWidget) -> None:
        from .widgets.readable_scroll import readable  # here: the first paint needs none

        super().__init__()
        readable(self)  # a screen reader cannot crash it; touch scrolling
        self.setObjectName("windowScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)
        content.installEventFilter(self)  # its layout's new minimum (LayoutRequest)
        self.fit_content()

    def fit_content(self) -> None:
        """The content as large as the viewport, or as its minimum where that is larger."""
        content = self.widget()
        if content is not None:
            need = content.minimumSizeHint().expandedTo(content.minimumSize())
            content.resize(self.viewport().size().expandedTo(need))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar shown or hidden
            self.fit_content()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_content)  # once the layout has its minimum
        return super().eventFilter(watched, event)


def clamped(frame: QRect, area: QRect) -> QPoint:
    """Where ``frame`` goes to be within ``area`` (moved as little as it can be; its top left
    corner on the area if it is the larger)."""
    x = max(area.left(), min(frame.x(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.y(), area.bottom() + 1 - frame.height()))
    return QPoint(x, y)


class WindowCap(QObject):
    """Keeps ``window`` (framed) within its screen's available area while ``active``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._screen = ScreenFollower(window, self.fit)
        self._queued = False
        self._check = QTimer(self)
        self._check.setInterval(_CHECK_MS)
        self._check.timeout.connect(self.fit)
        window.installEventFilter(self)

    def show(self, preferred: QSize) -> None:
        """The window shown framed, ``preferred`` large or as large as its screen allows."""
        self.active = True
        w = self.window
        w.resize(preferred.boundedTo(self.room()))
        w.show()
        self._screen.watch()
        self._check.start()
        self.fit()

    def stop(self) -> None:
        """No bounds (kiosk mode covers the screen)."""
        self.active = False
        self._check.stop()
        self.window.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)

    def frame(self) -> QRect:
        """The window with its frame, as the window system has it now."""
        handle = self.window.windowHandle()  # None before the window is first shown
        return handle.frameGeometry() if handle is not None else self.window.frameGeometry()

    def area(self) -> QRect:
        """The available area of the screen the window is on: the one under its middle (a
        window moved onto another screen is there before the window system says so), else
        its own (the primary one before it shows)."""
        w = self.window
        screen = (QGuiApplication.screenAt(self.frame().center()) if w.isVisible() else None) or (
            w.screen() or QGuiApplication.primaryScreen()
        )
        return screen.availableGeometry() if screen is not None else self.frame()

    def room(self) -> QSize:
        """The largest the window (without its frame) may be."""
        frame = self.frame().size() - self.window.geometry().size()
        return self.area().size() - frame

    def fit(self) -> None:
        """At most the room there is, moved onto the available area where it is not."""
        self._queued = False
        if not self.active or self.window.isFullScreen() or not self.window.isVisible():
            return
        self._screen.follow()
        w = self.window
        room = self.room()
        if w.maximumSize() != room:
            w.setMaximumSize(room)  # also makes a larger window smaller
        frame = self.frame()
        place = clamped(frame, self.area())
        if place != frame.topLeft():  # the client's place, from the frame the system has now
            margins = w.windowHandle().frameMargins()  # (a visible window has its handle)
            w.windowHandle().setPosition(place + QPoint(margins.left(), margins.top()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in _REFIT_EVENTS and not self._queued:
            self._queued = True  # once for a burst of them, after they are all through
            QTimer.singleShot(0, self, self.fit)
        return False
