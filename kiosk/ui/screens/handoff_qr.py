"""Hand-off for app methods (AUTHADA eID): exactly one QR code — the target URL for the phone's
camera — three illustrated steps, what the customer needs, how long it takes; the app-store
codes only behind "Don't have the app yet?"; a "Your phone is connected" state once the order
moves past INITIALIZED. Until the SRS gives the link, a calm "preparing" state instead of the
code (never an empty QR code). No URL and no tokens on this screen: the tokens are for staff
(the support card).

Why our own code of the target URL, not the provider's page on the kiosk's screen. The guide
says the target URL "is a webpage with a QR code/deep link" that the AUTHADA app scans. Shown
on the kiosk, that page would need the app installed and opened *before* its code can be
scanned (its own scanner), on a page the kiosk does not lay out (size, language, contrast) and
whose origin the locked-down web view would have to allow for a method that is not a web flow
(Webflow FALSE). A code of the same URL read by the phone's own camera works for every phone
a customer brings to a counter: the phone opens the provider's page, whose deep link starts the
app (or leads to the store) — the guide's "QR code/deep link", on the device that must run the
app. Both readings of the guide end on the provider's page on the customer's phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.app.controller import SessionController
from kiosk.srs import Status

from ..widgets.common import button, focus_first, label, set_button, set_label
from ..widgets.pictogram import Pictogram, PictogramWidget
from ..widgets.qr_code import QrCodeWidget
from .handoff import HandoffScreen

STORES = {"android": "Android (Google Play)", "ios": "iPhone (App Store)"}
STEPS = (Pictogram.NFC_PHONE, Pictogram.CARD_ON_PHONE, Pictogram.PIN)
# Statuses that say nothing about the customer's phone yet (the link is ready or not).
_NOT_CONNECTED = frozenset({Status.CREATED, Status.INITIALIZED})


def phone_connected(status: Status | None) -> bool:
    """The order moved past INITIALIZED: the customer's phone has taken over (any status the
    kiosk does not know counts too: the provider reports progress)."""
    return status is not None and status not in _NOT_CONNECTED


class HandoffQrScreen(HandoffScreen):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        self.title = label("title")
        outer.addWidget(self.title)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)

        left = QVBoxLayout()
        left.addWidget(self.preparing_box, 1)  # in the code's place until the link is there
        self.qr_caption = label("subtitle")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.qr_caption)
        self.qr = QrCodeWidget(minimum=260)
        left.addWidget(self.qr, 1)
        self.connected = label("bigSuccess")  # in the code's place once the phone took over
        self.connected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.connected)
        self.connected_hint = label()
        self.connected_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.connected_hint)
        self.show_code = button()
        self.show_code.clicked.connect(lambda: self._show_connected(False))
        left.addWidget(self.show_code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(left, 2)

        right = QVBoxLayout()
        # The three steps, each with its pictogram.
        self.steps_box = QWidget()
        steps = QGridLayout(self.steps_box)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setHorizontalSpacing(16)
        self.pictograms: list[PictogramWidget] = []
        self.step_labels = []
        for row, kind in enumerate(STEPS):
            picture = PictogramWidget(kind)
            text = label()
            steps.addWidget(picture, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(text, row, 1)
            self.pictograms.append(picture)
            self.step_labels.append(text)
        steps.setColumnStretch(1, 1)
        right.addWidget(self.steps_box)
        self.needs = label("muted")
        right.addWidget(self.needs)
        self.duration = label("muted")
        right.addWidget(self.duration)

        # "Don't have the app yet?": the store codes, instead of the steps while shown.
        self.get_app = button()
        self.get_app.setCheckable(True)
        self.get_app.toggled.connect(self._show_stores)
        right.addWidget(self.get_app, 0, Qt.AlignmentFlag.AlignLeft)
        self.stores_box = QFrame()
        self.stores_box.setObjectName("panel")
        stores_layout = QVBoxLayout(self.stores_box)
        self.stores_hint = label()
        stores_layout.addWidget(self.stores_hint)
        stores = QGridLayout()
        self.store_qrs: dict[str, QrCodeWidget] = {}
        self.store_labels: dict[str, QWidget] = {}
        for column, store in enumerate(STORES):
            qr = QrCodeWidget(minimum=150)
            qr.setMaximumSize(200, 200)
            caption = label("small")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            stores.addWidget(qr, 0, column, Qt.AlignmentFlag.AlignHCenter)
            stores.addWidget(caption, 1, column)
            self.store_qrs[store], self.store_labels[store] = qr, caption
        stores_layout.addLayout(stores)
        right.addWidget(self.stores_box)
        self.stores_box.hide()
        right.addWidget(self.strip)
        right.addWidget(self.error)
        right.addStretch()
        layout.addLayout(right, 3)  # the steps: long in some languages, with large text

        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel)
        bottom.addStretch()
        bottom.addWidget(self.progress)
        outer.addLayout(bottom)
        self._connected_shown = False
        self._code_asked = False  # "Show the code again" after the phone connected
        self._set_connected_widgets(False)
        controller.orderChanged.connect(self._follow_status)
        self.retranslate()

    # -- what is shown -----------------------------------------------------------------------

    def enter(self) -> None:
        if self.ctl.started is None:
            return
        spec = self.ctl.customer.spec if self.ctl.customer else None
        links = dict(spec.app_links) if spec is not None else {}
        for store, qr in self.store_qrs.items():
            qr.set_data(links.get(store))
            qr.setVisible(store in links)
            self.store_labels[store].setVisible(store in links)
        self.get_app.setVisible(bool(links))
        super().enter()
        self._follow_status()
        focus_first(self.progress)

    def show_target(self) -> None:
        self.qr.set_data(self.ctl.target_url)
        self._show_code_widgets()

    def show_preparing(self) -> None:
        self.qr.clear()
        self._show_code_widgets()

    def _show_code_widgets(self) -> None:
        has_code = self.qr.data is not None and not self._connected_shown
        self.qr.setVisible(has_code)
        self.qr_caption.setVisible(has_code and bool(self.qr_caption.text()))

    def _show_stores(self, shown: bool) -> None:
        """The store codes replace the steps (so the screen never shows more than the primary
        code and the two store codes, and only when asked)."""
        self.stores_box.setVisible(shown)
        for widget in (self.steps_box, self.needs, self.duration):
            widget.setVisible(not shown)
        self.retranslate()

    def _follow_status(self) -> None:
        if not self.isVisible():
            return
        order = self.ctl.order
        connected = order is not None and phone_connected(order.status) and not order.is_done
        if connected != self._connected_shown and not (connected and self._code_asked):
            self._show_connected(connected)

    def _show_connected(self, connected: bool) -> None:
        if not connected and self._connected_shown:
            self._code_asked = True  # staff or customer asked for the code again
        self._connected_shown = connected
        self._set_connected_widgets(connected)
        self._show_code_widgets()
        self.retranslate()

    def _set_connected_widgets(self, connected: bool) -> None:
        for widget in (self.connected, self.connected_hint, self.show_code):
            widget.setVisible(connected)

    def wipe(self) -> None:
        super().wipe()
        self.qr.clear()
        for qr in self.store_qrs.values():
            qr.clear()
        self.get_app.setChecked(False)
        self._connected_shown = self._code_asked = False
        self._set_connected_widgets(False)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Identify yourself with your ID card and your phone"))
        self.qr.setAccessibleName(self.tr("QR code to open your identification on your phone"))
        set_label(self.qr_caption, self.tr("Scan this code with your phone's camera"))
        connected = self._connected_shown
        set_label(self.connected, self.tr("Your phone is connected") if connected else "")
        set_label(self.connected_hint, self.tr(
            "Follow the steps in the AUTHADA app on your phone. This screen moves on by itself.")
            if connected else "")
        set_button(self.show_code, self.tr("Show the code again"))
        self._set_connected_widgets(connected)
        texts = (
            self.tr("Scan the code with your phone's camera and open the AUTHADA app from the "
                    "page that appears. Your phone needs NFC."),
            self.tr("Hold your ID card flat against the back of your phone until the app has "
                    "read it."),
            self.tr("Enter your 6-digit card PIN in the app."),
        )
        for number, (widget, text) in enumerate(zip(self.step_labels, texts, strict=True), 1):
            set_label(widget, f"{number}. {text}")
        set_label(self.needs, self.tr(
            "You need: a German ID card with the online function (eID) or an electronic "
            "residence permit, its 6-digit PIN, and a smartphone with NFC."))
        set_label(self.duration, self.tr(
            "It takes a few minutes; longer if you first download the app."))
        helping = self.get_app.isChecked()
        for widget in (self.needs, self.duration):
            widget.setVisible(not helping)
        set_button(self.get_app, self.tr("Back to the steps") if helping
                   else self.tr("Don't have the app yet?"))
        set_label(self.stores_hint, self.tr(
            "The AUTHADA app is free. Scan the code for your phone's store with its camera, "
            "install the app, then scan the large code."))
        for store, caption in STORES.items():
            set_label(self.store_labels[store], caption)  # type: ignore[arg-type]
            self.store_qrs[store].setAccessibleName(
                self.tr("QR code of the app in the store: %1").replace("%1", caption))
        self._show_code_widgets()
        self.set_control_texts(cancel=self.tr("Cancel identification"),
                               progress=self.tr("Show progress"),
                               preparing=self.tr("Preparing your identification link…"))
