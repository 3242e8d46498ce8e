"""Scroll areas a screen reader can walk without crashing the kiosk.

Qt's accessible for a scroll area (``QAccessibleAbstractScrollArea``, also used for
``QScrollArea``) hands out ``child(i)`` with no bounds check: it indexes the list it has just
built (viewport, visible scroll bars, corner widget) with whatever index the reader asks for.
Linux's AT-SPI adaptor passes a reader's index through unchecked, and a reader asks past the end
when a page's children change between two calls (a scroll bar leaves, the screen changes).
The slot read past the list's end holds whatever was left on the heap (a pointer to a widget
deleted meanwhile, say): ``QAccessibleCache::idForObject`` dereferences it and the kiosk dies of
a SIGSEGV (gdb on a core of tests/gui/test_atspi.py).

The work-round: before anything asks for it, each of our scroll areas gets a plain
``QAccessibleWidget`` (bounds-checked ``child``; children: the viewport and the scroll bars'
containers), registered in Qt's accessible cache, which answers every later query for that
widget. Not a ``QAccessible.installFactory`` factory: PySide converts every object it is asked
about to Python, and QtWebEngine's page item does not survive that. Pure Python on purpose: the
cache serves every platform's bridge (AT-SPI, UI Automation, NSAccessibility), so the frozen
Windows and macOS bundles get the same accessible with nothing compiled or shipped besides.

Ownership: the cache deletes the interface when its widget goes; Python must keep its wrapper
alive until then (or it deletes the interface under the cache) and must not drop it earlier
than the cache does (the widget's own Python wrapper goes before ``destroyed`` is emitted, so
the reference lives here, not on the widget).

Item views (a table, a combo box's list) and text boxes keep Qt's own accessibles: those check
their bounds, and a reader needs what they add (the cells, the text); they get their touch
scrolling from touch_scroll directly."""

from __future__ import annotations

import atexit

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QScrollArea
from shiboken6 import Shiboken

from .touch_scroll import touch_scrolling

# Registered interfaces by id, kept until Qt's cache has deleted them.
_registered: dict[int, QAccessibleWidget] = {}


def readable(area: QScrollArea) -> QScrollArea:
    """``area`` with a bounds-checked accessible; call right after creating it (before it is
    shown or a reader can reach it). Every scroll area of the kiosk comes through here, so it
    also gets its touch scrolling here (see touch_scroll)."""
    touch_scrolling(area)
    interface = QAccessibleWidget(area, QAccessible.Role.Client)
    ident = QAccessible.registerAccessibleInterface(interface)
    _registered[ident] = interface
    # Connected after the cache's own handler (registration connects it), so this runs after
    # the cache has deleted the interface: dropping the now empty wrapper deletes nothing.
    area.destroyed.connect(lambda: _registered.pop(ident, None))
    return area


def is_readable(area: QScrollArea) -> bool:
    """Whether Qt answers for ``area`` with the interface :func:`readable` gave it."""
    answer = QAccessible.queryAccessibleInterface(area)
    return any(answer is interface for interface in _registered.values())


def _release() -> None:
    """At exit, widgets still alive: the cache deletes their interfaces now, so that Python's
    teardown of this module does not delete them under it."""
    for ident, interface in list(_registered.items()):
        if Shiboken.isValid(interface):
            QAccessible.deleteAccessibleInterface(ident)
    _registered.clear()


atexit.register(_release)
