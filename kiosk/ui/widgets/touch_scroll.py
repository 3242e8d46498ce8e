"""A finger drags a scroll area's page, with momentum, as on a phone: the kiosk's terminals may
have a touch screen and no mouse, and a scroll bar is too thin a target to hit. Touch only: a
mouse still clicks and selects as it did, and a tap still presses the button under it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller


def touch_scrolling(area: QAbstractScrollArea) -> QAbstractScrollArea:
    """``area``'s page follows a finger dragged over it (kinetic scrolling)."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area
