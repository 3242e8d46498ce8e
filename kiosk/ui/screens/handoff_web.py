"""Hand-off for web-flow methods (video, BankIdent): the target URL in the embedded web view,
and a "continue on your phone" QR code of the same URL."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.app.controller import SessionController

from ..web.session_view import SessionWebView
from ..widgets.common import button, label, set_button, set_label
from ..widgets.order_strip import OrderStrip
from ..widgets.qr_code import QrCodeWidget
from .base import Screen, cancel_order


class HandoffWebScreen(Screen):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._cancel = self.slot("cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.web = SessionWebView()
        self.web.mediaGranted.connect(lambda held: self.ctl.hold_idle("media", held))
        layout.addWidget(self.web, 3)
        panel = QFrame()
        panel.setObjectName("panel")
        panel.setMinimumWidth(320)
        panel.setMaximumWidth(380)
        side = QVBoxLayout(panel)
        self.phone_title = label("subtitle")
        side.addWidget(self.phone_title)
        self.phone_qr = QrCodeWidget(minimum=200)
        side.addWidget(self.phone_qr)
        self.phone_hint = label("small")
        side.addWidget(self.phone_hint)
        self.strip = OrderStrip()
        side.addWidget(self.strip)
        self.error = label("error")
        side.addWidget(self.error)
        side.addStretch()
        self.progress = button("primary")
        self.progress.clicked.connect(self.ctl.show_progress)
        self.cancel = button("danger")
        self.cancel.clicked.connect(lambda: self._cancel.start(self._cancel_order()))
        side.addWidget(self.progress)
        side.addWidget(self.cancel)
        layout.addWidget(panel, 1)
        controller.orderChanged.connect(self._order_changed)
        self._loaded_ref: str | None = None
        self.retranslate()

    def enter(self) -> None:
        started = self.ctl.started
        if started is None:
            return
        url = started.target_url
        self.phone_qr.set_data(url)
        if self._loaded_ref != started.ref_id:  # back from the timeline: keep the running page
            self._loaded_ref = started.ref_id
            self.web.load(url)
        self.retranslate()
        self._order_changed()

    def _order_changed(self) -> None:
        if self.isVisible():
            self.strip.show_order(self.ctl.order)

    async def _cancel_order(self) -> None:
        await cancel_order(self.ctl, self.cancel, self.error)

    def wipe(self) -> None:
        self.web.wipe()
        self._loaded_ref = None
        self.phone_qr.clear()
        set_label(self.error, "")
        self.strip.clear()

    def retranslate(self) -> None:
        self.web.set_accessible_name(self.tr("Identification page of the provider"))
        set_label(self.phone_title, self.tr("Continue on your phone"))
        self.phone_qr.setAccessibleName(self.tr("QR code to continue on your phone"))
        set_label(self.phone_hint, self.tr("Scan the code with your phone's camera to do the "
                                           "identification there instead."))
        set_button(self.progress, self.tr("Show progress"))
        set_button(self.cancel, self.tr("Cancel identification"))
