"""Accessibles of our own for widgets whose Qt accessible says the wrong thing (or crashes).

Registered in Qt's accessible cache before a reader asks, an interface answers every later
query for its widget on every platform's bridge (AT-SPI, UI Automation, NSAccessibility). Not a
``QAccessible.installFactory`` factory: PySide converts every object it is asked about to
Python, and QtWebEngine's page item does not survive that.

Ownership: the cache deletes the interface when its widget goes; Python keeps its wrapper alive
until then (or it deletes the interface under the cache) and must not drop it earlier than the
cache does (the widget's own Python wrapper goes before ``destroyed`` is emitted, so the
reference lives here, not on the widget)."""

from __future__ import annotations

import atexit
from collections.abc import Callable

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

# Registered interfaces by id, kept until Qt's cache has deleted them.
_registered: dict[int, QAccessibleWidget] = {}


class _Told(QAccessibleWidget):
    """A widget's accessible with a role of our choosing and texts read when asked (so they
    follow the language and the moment: a panel's title)."""

    def __init__(
        self,
        widget: QWidget,
        role: QAccessible.Role,
        texts: dict[QAccessible.Text, Callable[[], str]],
        modal: bool = False,
    ) -> None:
        super().__init__(widget, role)
        self._texts = texts
        self._modal = modal

    def state(self) -> QAccessible.State:
        state = super().state()
        if self._modal:
            state.modal = True
        return state

    def text(self, t: QAccessible.Text) -> str:
        told = self._texts.get(t)
        if told is None:
            return super().text(t)
        try:
            return told()
        except RuntimeError:  # what it reads from went first (a panel taken down)
            return ""


def give_role(
    widget: QWidget,
    role: QAccessible.Role,
    texts: dict[QAccessible.Text, Callable[[], str]] | None = None,
    *,
    modal: bool = False,
) -> QAccessibleWidget:
    """``widget``'s accessible from now on: a plain, bounds-checked ``QAccessibleWidget`` with
    ``role`` (and ``texts``, asked each time a reader wants one; ``modal``: a reader is told
    nothing else can be used meanwhile). Call it before the widget is shown (before a reader
    can have asked Qt for its own)."""
    told = texts or modal
    interface = _Told(widget, role, texts or {}, modal) if told else QAccessibleWidget(widget, role)
    ident = QAccessible.registerAccessibleInterface(interface)
    _registered[ident] = interface
    # Connected after the cache's own handler (registration connects it), so this runs after
    # the cache has deleted the interface: dropping the now empty wrapper deletes nothing.
    widget.destroyed.connect(lambda: _registered.pop(ident, None))
    return interface


def has_given_role(widget: QWidget) -> bool:
    """Whether Qt answers for ``widget`` with the interface :func:`give_role` gave it."""
    answer = QAccessible.queryAccessibleInterface(widget)
    return any(answer is interface for interface in _registered.values())


def _release() -> None:
    """At exit, widgets still alive: the cache deletes their interfaces now, so that Python's
    teardown of this module does not delete them under it."""
    for ident, interface in list(_registered.items()):
        if Shiboken.isValid(interface):
            QAccessible.deleteAccessibleInterface(ident)
    _registered.clear()


atexit.register(_release)
