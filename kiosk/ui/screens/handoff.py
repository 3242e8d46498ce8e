"""What both hand-off screens share (the QR code for app methods, the locked-down web view for
web-flow methods): the order status strip, the error line, the "Show progress" and "Cancel
identification" buttons with their handlers (a cancel asks first), and the calm "preparing
your link" state while the SRS has not given the target URL yet (a start answer may carry only
the Ref-ID).

Each screen places these widgets in its own layout (the order of placing them sets the Tab
order) and sets the buttons' texts in its own ``retranslate`` with :meth:`set_control_texts`:
the texts stay in the screens' translation contexts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from kiosk.app.flow import CustomerFlow

from ..widgets.cancel_confirm import CancelConfirm
from ..widgets.common import button, label, set_button, set_label
from ..widgets.order_strip import OrderStrip
from .base import Screen, cancel_order


class HandoffScreen(Screen):
    """A hand-off screen: ``strip``, ``error``, ``progress``, ``cancel`` and the
    ``preparing_box`` (the ``preparing`` text and its busy bar) are built here, not yet placed
    in a layout.

    Subclasses implement :meth:`show_target` (hand off to ``ctl.target_url``) and
    :meth:`show_preparing`; :meth:`enter` calls one of them, and a target URL that arrives
    later calls :meth:`show_target` once."""

    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._cancel = self.slot("cancel")
        self.strip = OrderStrip()
        self.error = label("error")
        self.error.hide()  # shown with its text: empty, it took the staff line's height
        self.progress = button("primary")
        self.progress.clicked.connect(self.ctl.show_progress)
        self.cancel = button("danger")
        # Asked first: a cancel stops the identification at the provider for good.
        self.confirm_cancel = CancelConfirm(self)
        self.cancel.clicked.connect(self.confirm_cancel.open)
        self.confirm_cancel.confirmed.connect(lambda: self._cancel.start(self._cancel_order()))
        # The "preparing" text over a busy bar, in one box each screen places where its code or
        # page goes.
        self.preparing = label("subtitle")
        self.preparing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preparing_bar = QProgressBar()
        self.preparing_bar.setRange(0, 0)
        self.preparing_bar.setTextVisible(False)
        self.preparing_bar.setMaximumHeight(12)
        self.preparing_box = QWidget()
        box = QVBoxLayout(self.preparing_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch()
        box.addWidget(self.preparing)
        box.addWidget(self.preparing_bar)
        box.addStretch()
        self._waiting_for_target = False
        self._set_preparing(False)
        flow.orderChanged.connect(self._order_changed)

    def enter(self) -> None:
        if self.ctl.started is None:
            return
        if self.ctl.target_url is None:
            self._waiting_for_target = True
            self._set_preparing(True)
            self.show_preparing()
        else:
            self._waiting_for_target = False
            self._set_preparing(False)
            self.show_target()
        self.retranslate()
        self._order_changed()

    def show_target(self) -> None:
        """Hand off to ``ctl.target_url`` (known when this is called)."""

    def show_preparing(self) -> None:
        """No target URL yet: show nothing that would need it (never an empty QR code)."""

    def _set_preparing(self, shown: bool) -> None:
        """The bar, and the text when hidden (``set_control_texts`` sets it while waiting)."""
        if not shown:
            set_label(self.preparing, "")
        self.preparing_box.setVisible(shown)

    def _order_changed(self) -> None:
        if not self.isVisible():
            return
        if self._waiting_for_target and self.ctl.target_url is not None:
            self._waiting_for_target = False
            self._set_preparing(False)
            self.show_target()
            self.retranslate()
        self.strip.show_order(self.ctl.order)

    async def _cancel_order(self) -> None:
        await cancel_order(self.ctl, self.cancel, self.error)

    def leave(self) -> None:
        self.confirm_cancel.hide()
        super().leave()

    def wipe(self) -> None:
        self.confirm_cancel.hide()
        set_label(self.error, "")
        self.strip.clear()
        self._waiting_for_target = False
        self._set_preparing(False)

    def set_control_texts(self, *, progress: str, cancel: str, preparing: str) -> None:
        """The buttons' texts (and accessible names) and the "preparing" text, translated by
        the screen."""
        set_button(self.progress, progress)
        set_button(self.cancel, cancel)
        set_label(self.preparing, preparing if self._waiting_for_target else "")
        self.preparing_bar.setAccessibleName(preparing)
