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
containers), registered in Qt's accessible cache (see accessible_role), which answers every
later query for that widget. Pure Python on purpose: the cache serves every platform's bridge,
so the frozen Windows and macOS bundles get the same accessible with nothing compiled or
shipped besides.

Item views (a table, a combo box's list) and text boxes keep Qt's own accessibles: those check
their bounds, and a reader needs what they add (the cells, the text); they get their touch
scrolling from touch_scroll directly."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QScrollArea

from .accessible_role import give_role, has_given_role
from .touch_scroll import touch_scrolling


def readable(area: QScrollArea) -> QScrollArea:
    """``area`` with a bounds-checked accessible; call right after creating it (before it is
    shown or a reader can reach it). Every scroll area of the kiosk comes through here, so it
    also gets its touch scrolling here (see touch_scroll)."""
    touch_scrolling(area)
    give_role(area, QAccessible.Role.Client)
    return area


def is_readable(area: QScrollArea) -> bool:
    """Whether Qt answers for ``area`` with the interface :func:`readable` gave it."""
    return has_given_role(area)
