"""What both hand-off screens share (the QR code for app methods, the locked-down web view for
web-flow methods): the order status strip, the error line, and the "Show progress" and "Cancel
identification" buttons with their handlers.

Each screen places these widgets in its own layout (the order of placing them sets the Tab
order) and sets the buttons' texts in its own ``retranslate`` with :meth:`set_control_texts`:
the texts stay in the screens' translation contexts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.app.controller import SessionController

from ..widgets.common import button, label, set_button, set_label
from ..widgets.order_strip import OrderStrip
from .base import Screen, cancel_order


class HandoffScreen(Screen):
    """A hand-off screen: ``strip``, ``error``, ``progress`` and ``cancel`` are built here, not
    yet placed in a layout."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._cancel = self.slot("cancel")
        self.strip = OrderStrip()
        self.error = label("error")
        self.progress = button("primary")
        self.progress.clicked.connect(self.ctl.show_progress)
        self.cancel = button("danger")
        self.cancel.clicked.connect(lambda: self._cancel.start(self._cancel_order()))
        controller.orderChanged.connect(self._order_changed)

    def _order_changed(self) -> None:
        if self.isVisible():
            self.strip.show_order(self.ctl.order)

    async def _cancel_order(self) -> None:
        await cancel_order(self.ctl, self.cancel, self.error)

    def wipe(self) -> None:
        set_label(self.error, "")
        self.strip.clear()

    def set_control_texts(self, *, progress: str, cancel: str) -> None:
        """The buttons' texts (and accessible names), translated by the screen."""
        set_button(self.progress, progress)
        set_button(self.cancel, cancel)
