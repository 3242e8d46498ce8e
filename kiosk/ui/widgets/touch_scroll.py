"""A finger drags a scroll area's page, with momentum, as on a phone: the kiosk's terminals may
have a touch screen and no mouse, and a scroll bar is too thin a target to hit. Touch only: a
mouse still clicks and selects as it did, and a tap still presses the button under it (or
chooses the row, or puts the cursor in the text)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller

_Area = TypeVar("_Area", bound=QAbstractScrollArea)


def touch_scrolling(area: _Area) -> _Area:
    """``area``'s page follows a finger dragged over it (kinetic scrolling): a scroll area's
    page, an item view's rows (a table, a combo box's list), a text box's lines."""
    if isinstance(area, QAbstractItemView):
        # By the pixel, as the finger moves: by the row, the rows would jump under it.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area
