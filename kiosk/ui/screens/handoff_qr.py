"""Hand-off for app methods (AUTHADA eID): exactly one QR code — the target URL for the phone's
camera — three illustrated steps, what the customer needs, how long it takes; the app-store
codes only behind "Don't have the app yet?"; a "Your phone is connected" state once the order
moves past INITIALIZED. Until the SRS gives the link, a calm "preparing" state instead of the
code (never an empty QR code). No URL in the customer's texts, and the tokens only in the
staff's small print under the order strip (and on the support card).

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
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.flow import CustomerFlow
from kiosk.i18n import fill
from kiosk.srs import MethodType, Status

from ..widgets.common import (
    button,
    focus_first,
    label,
    scroll_area,
    set_button,
    set_label,
)
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
    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        self.title = label("title")
        outer.addWidget(self.title)
        # Side by side; on a tall (portrait) screen the code above the steps.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        layout = self.columns
        outer.addLayout(layout, 1)

        left = QVBoxLayout()
        left.addWidget(self.preparing_box, 1)  # in the code's place until the link is there
        self.qr_caption = label("subtitle")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.qr_caption)
        self.qr = QrCodeWidget(minimum=260)
        left.addWidget(self.qr)  # its own size, next to its caption; the space goes below
        self.connected = label("bigSuccess")  # in the code's place once the phone took over
        self.connected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.connected)
        self.connected_hint = label()
        self.connected_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.connected_hint)
        self.show_code = button()
        self.show_code.clicked.connect(lambda: self._show_connected(False))
        left.addWidget(self.show_code, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addStretch(1)
        layout.addLayout(left, 2)

        # The steps and the store codes scroll when large text or a long language needs more
        # height than the window has (the code and the buttons stay in view).
        right_host = QWidget()
        right = QVBoxLayout(right_host)
        right.setContentsMargins(0, 0, 8, 0)
        # The three steps, each with its pictogram.
        self.steps_box = QWidget()
        steps = QGridLayout(self.steps_box)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setHorizontalSpacing(16)
        self.pictograms: list[PictogramWidget] = []
        self.step_labels: list[QLabel] = []
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
        self.store_labels: dict[str, QLabel] = {}
        for column, store in enumerate(STORES):
            qr = QrCodeWidget(minimum=180)
            qr.setFixedSize(180, 180)  # 4 px a module: scannable, and no larger than needed
            caption = label("small")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            stores.addWidget(qr, 0, column, Qt.AlignmentFlag.AlignHCenter)
            stores.addWidget(caption, 1, column)
            self.store_qrs[store], self.store_labels[store] = qr, caption
        stores_layout.addLayout(stores)
        stores_layout.addStretch(1)
        right.addWidget(self.stores_box)
        self.stores_box.hide()
        right.addWidget(self.strip)
        right.addStretch()
        layout.addWidget(scroll_area(right_host), 3)  # long in some languages, large text

        outer.addWidget(self.error)  # above the buttons: in view, however long the steps
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel)
        bottom.addStretch()
        bottom.addWidget(self.progress)
        outer.addLayout(bottom)
        self._connected_shown = False
        self._code_asked = False  # "Show the code again" after the phone connected
        self._has_links = False
        # The AUTHADA guidance (steps, needs, time, store codes); a method the kiosk does not
        # know gets the code alone, with words that fit any app.
        self._eid = True
        self._apply_visibility()
        flow.orderChanged.connect(self._follow_status)
        self.retranslate()

    # -- what is shown -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        tall = event.size().height() > event.size().width() * 1.2
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)

    def enter(self) -> None:
        if self.ctl.started is None:
            return
        spec = self.ctl.customer.spec if self.ctl.customer else None
        links = dict(spec.app_links) if spec is not None else {}
        for store, qr in self.store_qrs.items():
            qr.set_data(links.get(store))
            qr.setVisible(store in links)
            self.store_labels[store].setVisible(store in links)
        self._has_links = bool(links)
        self._eid = spec is not None and spec.method_type is MethodType.EID
        super().enter()
        self._follow_status()
        focus_first(self.progress)

    def show_target(self) -> None:
        self.qr.set_data(self.ctl.target_url)
        self._apply_visibility()

    def show_preparing(self) -> None:
        self.qr.clear()
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        """Show what the state asks for: the code or "connected", the steps or the store
        codes. What goes away is hidden first: both at once for a moment would be taller than
        a small window, and the window would grow to hold them."""
        connected, guided = self._connected_shown, self._eid
        helping = guided and self.get_app.isChecked()
        has_code = self.qr.data is not None and not connected
        wanted = {
            self.qr: has_code,
            self.qr_caption: has_code,
            self.connected: connected,
            self.connected_hint: connected,
            self.show_code: connected,
            self.steps_box: guided and not helping,
            self.needs: guided and not helping,
            self.duration: guided and not helping,
            self.stores_box: helping,
            self.get_app: guided and self._has_links,
        }
        for widget, shown in wanted.items():
            if not shown:
                widget.hide()
        for widget, shown in wanted.items():
            if shown:
                widget.show()

    def _show_stores(self, _shown: bool) -> None:
        """The store codes replace the steps (so the screen never shows more than the primary
        code and the two store codes, and only when asked)."""
        self._apply_visibility()
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
        self._apply_visibility()
        self.retranslate()

    def wipe(self) -> None:
        super().wipe()
        self.qr.clear()
        for qr in self.store_qrs.values():
            qr.clear()
        self.get_app.setChecked(False)
        self._connected_shown = self._code_asked = False
        self._apply_visibility()

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The texts only: what is shown is :meth:`_apply_visibility`'s."""
        set_label(
            self.title,
            self.tr("Identify yourself with your ID card and your phone")
            if self._eid
            else self.tr("Continue on your phone"),
        )
        self.qr.setAccessibleName(self.tr("QR code to open your identification on your phone"))
        _text(self.qr_caption, self.tr("Scan this code with your phone's camera"))
        _text(self.connected, self.tr("Your phone is connected"))
        _text(
            self.connected_hint,
            self.tr(
                "Follow the steps in the AUTHADA app on your phone. This screen moves on by itself."
            )
            if self._eid
            else self.tr("Follow the steps on your phone. This screen moves on by itself."),
        )
        set_button(self.show_code, self.tr("Show the code again"))
        texts = (
            self.tr(
                "Scan the code with your phone's camera; the page that opens starts the "
                "AUTHADA app."
            ),
            self.tr("Hold your ID card to the back of your phone until the app has read it (NFC)."),
            self.tr("Enter your 6-digit card PIN in the app."),
        )
        for number, (widget, text) in enumerate(zip(self.step_labels, texts, strict=True), 1):
            _text(widget, f"{number}. {text}")
        _text(
            self.needs,
            self.tr(
                "You need: a German ID card with the online function (eID) or an electronic "
                "residence permit, its 6-digit PIN, and a smartphone with NFC."
            ),
        )
        _text(
            self.duration, self.tr("It takes a few minutes; longer if you first download the app.")
        )
        set_button(
            self.get_app,
            self.tr("Back to the steps")
            if self.get_app.isChecked()
            else self.tr("Don't have the app yet?"),
        )
        _text(
            self.stores_hint,
            self.tr(
                "The AUTHADA app is free. Scan the code for your phone's store with its camera, "
                "install the app, then scan the large code."
            ),
        )
        for store, caption in STORES.items():
            _text(self.store_labels[store], caption)
            self.store_qrs[store].setAccessibleName(
                fill(self.tr("QR code of the app in the store: %1"), caption)
            )
        self.set_control_texts(
            cancel=self.tr("Cancel identification"),
            progress=self.tr("Show progress"),
            preparing=self.tr("Preparing your identification link…"),
        )


def _text(widget: QLabel, text: str) -> None:
    """A label's text and accessible name, leaving whether it is shown alone."""
    widget.setText(text)
    widget.setAccessibleName(text)
