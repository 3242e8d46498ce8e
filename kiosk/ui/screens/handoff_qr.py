"""Hand-off for app methods (AUTHADA eID): a large QR of the deep link, the link as text, the
app-store links as smaller QR codes, the tokens when given."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.app.controller import SessionController

from ..widgets.common import focus_first, label, set_label
from ..widgets.qr_code import QrCodeWidget
from .handoff import HandoffScreen

STORES = {"android": "Android (Google Play)", "ios": "iPhone (App Store)"}


class HandoffQrScreen(HandoffScreen):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        # Side by side; one above the other on a portrait screen (resizeEvent).
        layout = self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.addLayout(layout, 1)
        left = QVBoxLayout()
        self.title = label("title")
        left.addWidget(self.title)
        self.qr = QrCodeWidget(minimum=280)
        self.qr.alignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        left.addWidget(self.qr, 1)
        self.link = label("link", selectable=True)
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.link)
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        self.steps = label()
        right.addWidget(self.steps)
        stores = QGridLayout()
        self.store_qrs: dict[str, QrCodeWidget] = {}
        self.store_labels: dict[str, QWidget] = {}
        for column, store in enumerate(STORES):
            qr = QrCodeWidget(minimum=100)  # 2 px modules still: scannable up close
            qr.setMaximumSize(170, 170)  # leaves the height to the steps (long, large text)
            caption = label("small")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # Each code right above its caption however tall the row grows (not capping the
            # column's width).
            stores.addWidget(qr, 0, column,
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            stores.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)
            self.store_qrs[store], self.store_labels[store] = qr, caption
        right.addLayout(stores)
        self.tokens = label("small", selectable=True)
        right.addWidget(self.tokens)
        right.addWidget(self.strip)
        right.addWidget(self.error)
        right.addStretch()
        layout.addLayout(right, 3)  # the steps: long in some languages, with large text
        # The buttons below both columns, as on the other screens: the columns keep the height.
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel)
        bottom.addStretch()
        bottom.addWidget(self.progress)
        outer.addLayout(bottom)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                  else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def enter(self) -> None:
        started = self.ctl.started
        spec = self.ctl.customer.spec if self.ctl.customer else None
        if started is None:
            return
        self.qr.set_data(started.target_url)
        links = dict(spec.app_links) if spec is not None else {}
        for store, qr in self.store_qrs.items():
            qr.set_data(links.get(store))
            qr.setVisible(store in links)
            self.store_labels[store].setVisible(store in links)
        self.retranslate()
        self._order_changed()
        focus_first(self.progress)

    def wipe(self) -> None:
        super().wipe()
        self.qr.clear()
        for qr in self.store_qrs.values():
            qr.clear()
        for widget in (self.link, self.tokens):
            set_label(widget, "")

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Scan this code with your phone"))
        self.qr.setAccessibleName(self.tr("QR code of your personal identification link"))
        started = self.ctl.started
        set_label(self.link, started.target_url if started else "",
                  self.tr("Your personal identification link"))
        set_label(self.steps, self.tr(
            "1. Install the AUTHADA app (scan a code below), or open it if you have it.\n"
            "2. Scan the large code with the app.\n"
            "3. Hold your ID card to the back of your phone and enter your card PIN."))
        for store, caption in STORES.items():
            set_label(self.store_labels[store], caption)  # type: ignore[arg-type]
            self.store_qrs[store].setAccessibleName(
                self.tr("QR code of the app in the store: %1").replace("%1", caption))
        if started is not None and (started.mobile_token or started.session_token):
            set_label(self.tokens, self.tr("Mobile token: %1\nSession token: %2")
                      .replace("%1", started.mobile_token or "–")
                      .replace("%2", started.session_token or "–"))
        else:
            set_label(self.tokens, "")
        self.set_control_texts(cancel=self.tr("Cancel identification"),
                               progress=self.tr("Show progress"))
