"""A panel shown over the whole window (no nested event loop, unlike QDialog.exec()).

While it shows, it keeps the keyboard focus: Tab and Shift+Tab cycle through its own controls
only (never to the screen behind it), Escape dismisses it, and on closing the focus goes back
to the control that had it before. A screen behind that changes meanwhile (a customer's result
arriving behind the staff menu) does not take the focus from it: the control it would focus
gets it when the panel closes (else Enter, meant for the panel, pressed the new screen's
button).

A screen reader would still reach what is behind (Qt reports a covered widget as showing):
an overlay told what to ``conceal`` hides it while it shows (its place kept: nothing beside it
moves), and paints a picture of it under its dimming instead.

A reader hears the panel as a dialog named by its title (``announce``), the title as a heading:
Qt gives a plain widget neither role (only a real dialog window has one)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from .accessible_role import give_role

# The overlay's dimming (QWidget#overlay in kiosk.qss), over the picture of what it conceals.
_DIMMING = QColor(27, 31, 36, 150)


class Overlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dialog = QFrame(self)
        self.dialog.setObjectName("dialog")
        self.dialog.setMinimumWidth(460)
        outer.addWidget(self.dialog, 0, Qt.AlignmentFlag.AlignCenter)
        self.body = QVBoxLayout(self.dialog)
        self.body.setContentsMargins(32, 28, 32, 28)
        self.body.setSpacing(14)
        self._focus_before: QWidget | None = None
        self._behind: Callable[[], Sequence[QWidget]] | None = None
        # Hidden while this shows, each with its picture and place (painted instead), and
        # whether its layout kept its place when hidden before.
        self._concealed: list[tuple[QWidget, QPixmap, QRect, bool]] = []
        parent.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.hide()

    def announce(self, title: QLabel, text: QLabel | None = None) -> None:
        """The panel is a dialog to a screen reader, named by ``title`` (read as a heading) and
        described by ``text``: entering it, a reader says "Staff PIN, dialog" before the
        control with the focus. Call once, from the subclass's constructor."""
        Text = QAccessible.Text  # noqa: N806 (Qt's enum)
        texts = {Text.Name: title.text}
        if text is not None:
            texts[Text.Description] = text.text
        give_role(self.dialog, QAccessible.Role.Dialog, texts, modal=True)
        give_role(title, QAccessible.Role.Heading, {Text.Name: title.text})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def conceal(self, behind: Callable[[], Sequence[QWidget]]) -> None:
        """While shown, hide the widgets ``behind()`` gives (never a web view, which cannot be
        pictured and must not be hidden during a call: the controls beside it instead)."""
        self._behind = behind

    def open(self) -> None:
        before = QApplication.focusWidget()
        if before is not None and not self.isAncestorOf(before):
            self._focus_before = before
        self._fit()
        behind = self._behind() if self._behind is not None and not self._concealed else ()
        for target in behind:  # (nothing more when opened again while open)
            if not target.isVisible():
                continue
            place = QRect(target.mapTo(self.window(), QPoint(0, 0)), target.size())
            policy = target.sizePolicy()
            kept = policy.retainSizeWhenHidden()
            self._concealed.append((target, target.grab(), place, kept))
            policy.setRetainSizeWhenHidden(True)
            target.setSizePolicy(policy)
            target.hide()
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._concealed:
            painter = QPainter(self)
            origin = self.mapTo(self.window(), QPoint(0, 0))
            for _, picture, place, _ in self._concealed:
                where = place.translated(-origin)
                painter.drawPixmap(where.topLeft(), picture)
                painter.fillRect(where, _DIMMING)
            painter.end()
        super().paintEvent(event)

    def _reveal(self) -> None:
        concealed, self._concealed = self._concealed, []
        for target, _, _, kept in concealed:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile (the window closes)
                target.show()
                policy = target.sizePolicy()
                policy.setRetainSizeWhenHidden(kept)
                target.setSizePolicy(policy)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isVisible() or self.isAncestorOf(new):
            return
        if new.window() is not self.window() or _in_open_overlay(new):
            return  # another window, or a panel opened over this one
        self._focus_before = new  # where the focus goes when the panel closes
        back = old if old is not None and self.isAncestorOf(old) else None
        if back is None:
            chain = self.focus_chain()
            back = chain[0] if chain else None
        if back is not None:
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        """Escape: close without doing anything."""
        self.hide()

    def focus_chain(self) -> list[QWidget]:
        """The controls Tab visits in the panel, in the window's tab order."""
        wanted = [
            w
            for w in self.findChildren(QWidget)
            if w.isVisibleTo(self) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        # The panel's own widgets follow it in the window's chain: the walk stops once it met
        # them all (not through the whole window: its web view's internals included).
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        for _ in range(4 * len(wanted) + 16):
            if widget is None or widget is self or len(chain) == len(wanted):
                break
            if widget in wanted and widget not in chain:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain + [w for w in wanted if w not in chain]

    def focusNextPrevChild(self, next: bool) -> bool:
        chain = self.focus_chain() if self.isVisible() else []
        if not chain:
            return super().focusNextPrevChild(next)
        current = QApplication.focusWidget()
        if current in chain:
            target = chain[(chain.index(current) + (1 if next else -1)) % len(chain)]
        else:
            target = chain[0] if next else chain[-1]
        target.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.dismiss()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, not the window minimised
            self._reveal()
        focus = QApplication.focusWidget()
        before, self._focus_before = self._focus_before, None
        if (focus is None or self.isAncestorOf(focus)) and before is not None:
            try:
                usable = before.isVisible() and before.isEnabled()
            except RuntimeError:  # deleted meanwhile (a screen was rebuilt)
                usable = False
            if usable:
                before.setFocus(Qt.FocusReason.OtherFocusReason)
        super().hideEvent(event)


def _in_open_overlay(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, Overlay) and parent.isVisible():
            return True
        parent = parent.parentWidget()
    return False
