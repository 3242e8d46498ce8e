"""Hand-off for web-flow methods (video, BankIdent): the target URL in the locked-down web
view, and a "continue on your phone" QR code of the same URL.

BankIdent starts on the customer's phone: a bank login does not belong on a shared terminal
(passwords, the bank's own app for the second factor). Its default is one large "continue on
your phone" code with a short explanation, and no page is loaded on the kiosk; staff can still
open the page in the kiosk's web view (a customer without a smartphone) with a button marked
for staff, behind the staff PIN. Video stays in the web view (the terminal's camera), with
the phone code beside it.

Every load of the target URL is counted in the journal first; when the method's limit is
reached (Klarna: 6) or its session has expired, the customer is told and offered to start over.
Until the SRS gives the target URL, a calm "preparing" state: nothing is loaded (never
about:blank as the target) and no phone QR code is shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.flow import CustomerFlow
from kiosk.app.language import staff_texts
from kiosk.app.tasks import TaskSlot
from kiosk.app.web_policy import Refusal
from kiosk.srs import MethodType

from ..readiness_reasons import ReadinessReasons
from ..web.notice import Problem
from ..web.session_view import SessionWebView
from ..widgets.common import button, focus_first, label, set_button, set_label
from ..widgets.qr_code import QrCodeWidget
from .base import cancel_order
from .handoff import HandoffScreen

log = logging.getLogger(__name__)

_ANY_WIDTH = 16_777_215  # QWIDGETSIZE_MAX
# The panel's size or content changed: does the phone's caption still fit?
_PANEL_CHANGES = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
# The panel's phone code: its least and its largest height (it takes what the rest leaves).
_CODE_LEAST, _CODE_MOST = 160, 240
_REFUSAL_PROBLEM = {Refusal.USED_UP: Problem.USED_UP, Refusal.EXPIRED: Problem.EXPIRED}


def _least_height(layout: QLayout, width: int) -> int:
    """The least height a column of widgets needs at ``width``: wrapped texts at their height
    for the width inside the margins, others at their minimum (a nested row: its tallest)."""
    margins = layout.contentsMargins()
    width -= margins.left() + margins.right()  # a text wraps narrower than the panel
    parts: list[int] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None and not widget.isHidden():
            if widget.hasHeightForWidth():
                parts.append(widget.heightForWidth(width))
            else:
                parts.append(max(widget.minimumSizeHint().height(), widget.minimumHeight()))
        elif inner is not None:
            parts.append(_least_height(inner, width))
    vertical = isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    )
    if not vertical:
        return max(parts, default=0) + margins.top() + margins.bottom()
    spacing = max(layout.spacing(), 0) * max(len([p for p in parts if p > 0]) - 1, 0)
    return sum(parts) + spacing + margins.top() + margins.bottom()


class HandoffWebScreen(HandoffScreen):
    # Staff want the page on the kiosk (a phone-first method): the window asks for the staff
    # PIN, then calls open_on_kiosk.
    staffChoiceRequested = Signal()  # noqa: N815 (Qt signal names)

    def __init__(self, flow: CustomerFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._open = self.slot("open")
        self._reasons = ReadinessReasons(self)
        # Not cancelled on leaving: cancelling the order moves the stage on by itself.
        self._start_over = TaskSlot("HandoffWebScreen.start_over")
        # The page (or the phone's code) beside the panel; on a tall (portrait) screen the panel
        # is a bar under it, its code beside its buttons (see _arrange).
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns = layout
        layout.setContentsMargins(16, 16, 16, 16)
        self.web = SessionWebView()
        self.web.mediaGranted.connect(lambda held: self.ctl.hold_idle("media", held))
        self.web.retryRequested.connect(lambda: self._open.start(self._open_target(again=True)))
        self.web.startOverRequested.connect(lambda: self._start_over.start(self._start_new()))
        layout.addWidget(self.web, 3)
        layout.addWidget(self.preparing_box, 3)  # in the page's place until the link is there
        # Phone first (BankIdent): one large code in the page's place, nothing loaded here.
        self.phone_box = QFrame()
        self.phone_box.setObjectName("panel")
        phone = QVBoxLayout(self.phone_box)
        phone.setContentsMargins(32, 24, 32, 24)
        self.phone_first_title = label("title")
        phone.addWidget(self.phone_first_title)
        self.phone_first_hint = label()  # why: read before scanning
        phone.addWidget(self.phone_first_hint)
        self.phone_first_qr = QrCodeWidget(minimum=260)
        phone.addWidget(self.phone_first_qr)  # its own size; the rest below (tall screens)
        phone.addStretch(1)
        layout.addWidget(self.phone_box, 3)
        self.phone_box.hide()
        self.panel = QFrame()
        self.panel.setObjectName("panel")
        # The phone's code over the buttons; side by side in the portrait bar.
        self.panel_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.panel)
        code = QVBoxLayout()
        self.phone_title = label("subtitle")
        code.addWidget(self.phone_title)
        self.phone_qr = QrCodeWidget(minimum=_CODE_LEAST)
        # As tall as the panel's width, the code asked for more height than a short screen
        # with large text has beside the buttons, and was painted over its caption: it takes
        # the height left (at least its minimum, at most 240 px), and the caption gives way
        # where even the minimum does not fit (_fit_panel).
        self.phone_qr.setMaximumHeight(_CODE_MOST)
        policy = self.phone_qr.sizePolicy()
        policy.setHeightForWidth(False)
        self.phone_qr.setSizePolicy(policy)
        code.addWidget(self.phone_qr)
        self.phone_hint = label("small")
        code.addWidget(self.phone_hint)
        self.panel_layout.addLayout(code)
        side = QVBoxLayout()
        side.addWidget(self.strip)
        side.addWidget(self.error)
        side.addStretch()
        side.addWidget(self.progress)
        side.addWidget(self.cancel)
        self.staff_caption = label("small")
        side.addWidget(self.staff_caption)
        self.on_kiosk = button()
        self.on_kiosk.setObjectName("staffChoice")
        self.on_kiosk.clicked.connect(self.staffChoiceRequested)  # the window asks the PIN
        side.addWidget(self.on_kiosk)
        self.panel_layout.addLayout(side, 1)
        layout.addWidget(self.panel, 1)
        # Takes the height left under the phone's code and the bar (portrait, phone first).
        self._rest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        layout.addItem(self._rest)
        self._tall = False
        self._loaded_ref: str | None = None
        self._on_kiosk = False  # staff chose the kiosk's web view for a phone-first method
        self._phone_shown = False
        self._fit_queued = False
        self.panel.installEventFilter(self)
        self._show_staff_choice(False)
        self._arrange()
        self.retranslate()

    def beside_page(self) -> list[QWidget]:
        """What an overlay may hide from a screen reader: all but the page itself."""
        return [self.preparing_box, self.phone_box, self.panel]

    def resizeEvent(self, event: QResizeEvent) -> None:
        tall = event.size().height() > event.size().width() * 1.2
        if tall != self._tall:
            self._tall = tall
            self._arrange()
        super().resizeEvent(event)

    def _arrange(self) -> None:
        """Landscape: the page or the phone's code, the panel beside it (as wide as its
        buttons' texts need, at most 500 px). Portrait: the panel a bar under the page, its
        code beside its buttons; under the phone's code straight away (the code and what to do
        next together), the rest of the height left empty below."""
        tall = self._tall
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        )
        self.panel_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if tall else QBoxLayout.Direction.TopToBottom
        )
        self.panel.setMaximumWidth(_ANY_WIDTH if tall else 500)
        phone_first = tall and not self.phone_box.isHidden()
        self.columns.setStretchFactor(self.phone_box, 0 if tall else 3)
        self.columns.setStretchFactor(self.panel, 0 if tall else 1)
        self.columns.setStretch(self.columns.indexOf(self._rest), 1 if phone_first else 0)

    def enter(self) -> None:
        super().enter()
        # Its main action (as on the code's hand-off): else the focus left the consent screen's
        # hidden button for the next in the chain, the Staff button, and Space asked a PIN.
        focus_first(self.progress)

    @property
    def phone_first(self) -> bool:
        """The customer continues on their phone unless staff open the page here."""
        spec = self.ctl.customer.spec if self.ctl.customer is not None else None
        return spec is not None and spec.method_type is MethodType.BANKIDENT and not self._on_kiosk

    def show_target(self) -> None:
        started = self.ctl.started
        if started is None:
            return
        self.phone_qr.set_data(self.ctl.target_url)
        self.phone_first_qr.set_data(self.ctl.target_url)
        if self.phone_first:
            self._show_phone_first()
            return
        self.phone_box.hide()
        self.web.show()
        self._show_phone(True)
        self._show_staff_choice(False)
        self._arrange()
        if self._loaded_ref != started.ref_id:  # back from the timeline: keep the running page
            self._open.start(self._open_target(again=False))

    def _show_phone_first(self) -> None:
        """One code for the phone in the page's place; a link the kiosk would refuse to load
        (used up, session over) is not offered to the phone either: the page's notice says so."""
        refusal = self.ctl.target_refusal()
        if refusal is not None:
            self._on_kiosk = True  # the notice with its "start over" lives in the web view
            self.show_target()
            return
        self.web.hide()
        self._show_phone(False)
        self.phone_box.show()
        self._show_staff_choice(True)
        self._arrange()

    def open_on_kiosk(self) -> None:
        """Staff's choice (after their PIN): the page in the kiosk's locked-down web view
        instead of the phone."""
        if self._on_kiosk or self.ctl.target_url is None:
            return
        log.info(
            "order %s: staff opened the page on the kiosk",
            self.ctl.started.ref_id if self.ctl.started else "-",
        )
        self._on_kiosk = True
        self.show_target()
        focus_first(self.progress)

    def _show_staff_choice(self, shown: bool) -> None:
        self.staff_caption.setVisible(shown)
        self.on_kiosk.setVisible(shown)

    def show_preparing(self) -> None:
        self.web.hide()
        self.phone_box.hide()
        self._arrange()
        self.phone_qr.clear()
        self.phone_first_qr.clear()
        self._show_phone(False)
        self._show_staff_choice(False)

    async def _open_target(self, *, again: bool) -> None:
        """Load the target URL (a new browser session the first time); the flow counts the
        use, or says why the link may not load again."""
        if self.ctl.web_policy() is None:
            return
        blocked = self.ctl.blocked_here()
        with staff_texts():
            self.web.advice = self._reasons.reason(blocked) if blocked is not None else ""
        if not self.web.engine_is_safe():  # no page at all: no use counted
            self.web.show_problem(Problem.UNSAFE_SETUP)
            return
        opening = await self.ctl.open_target()
        if opening is None:
            return
        if opening.policy is None:
            if not again:
                self.web.wipe()
                self._loaded_ref = opening.ref_id
            if opening.refusal is not None:
                self.web.show_problem(_REFUSAL_PROBLEM[opening.refusal])
            self._show_phone(False)  # the phone would open the same spent link
            return
        if again and self._loaded_ref == opening.ref_id and self.web.view is not None:
            self.web.reopen()
        else:
            self._loaded_ref = opening.ref_id
            customer = self.ctl.customer
            self.web.open(opening.policy, customer.language if customer else "en")

    def _show_phone(self, shown: bool) -> None:
        self._phone_shown = shown
        for widget in (self.phone_title, self.phone_qr, self.phone_hint):
            widget.setVisible(shown)
        self._fit_panel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel and event.type() in _PANEL_CHANGES and not self._fit_queued:
            self._fit_queued = True  # once for a burst, after the layout has settled
            QTimer.singleShot(0, self, self._fit_panel)
        return super().eventFilter(watched, event)

    def _fit_panel(self) -> None:
        """On a short panel (1024×768 with large text) the phone's caption gives way: else the
        code, as large as the panel allows, was painted over it. Measured with the caption in
        either state, so hiding it never brings it back. The code then grows only into the
        height the rest leaves: the layout took what it lacked from the staff line, whose
        Order ID was cut off."""
        self._fit_queued = False
        hint = self.phone_hint
        width = self.panel.contentsRect().width()
        height = self.panel.contentsRect().height()
        need = _least_height(self.panel_layout, width)
        if not hint.isVisibleTo(self.panel):
            margins = self.panel_layout.contentsMargins()
            inside = width - margins.left() - margins.right()
            need += hint.heightForWidth(inside) + self.panel_layout.spacing()
        fits = need <= height
        hint.setVisible(self._phone_shown and (fits or self._tall))
        spare = height - _least_height(self.panel_layout, width)  # the code at its least
        most = _CODE_MOST if self._tall else min(_CODE_MOST, _CODE_LEAST + max(spare, 0))
        self.phone_qr.setMaximumHeight(most)

    async def _start_new(self) -> None:
        """Cancel the used-up order, then start over with the same data."""
        await cancel_order(self.ctl, self.web.notice.action, self.error, self.ctl.start_new)

    def wipe(self) -> None:
        super().wipe()
        self._open.cancel()
        self.web.wipe()
        # The phone's box hidden before the page's place is shown: both at once are wider
        # than a 1024 px window with large text, which would grow for good.
        self.phone_box.hide()
        self.web.show()
        self._arrange()
        self._loaded_ref = None
        self.phone_qr.clear()
        self.phone_first_qr.clear()
        self._on_kiosk = False
        self._show_staff_choice(False)

    def retranslate(self) -> None:
        self.web.set_accessible_name(self.tr("Identification page of the provider"))
        set_label(self.phone_title, self.tr("Continue on your phone"))
        self.phone_qr.setAccessibleName(self.tr("QR code to continue on your phone"))
        phone_shown = self.phone_qr.isVisibleTo(self)
        set_label(
            self.phone_hint,
            self.tr(
                "Scan the code with your phone's camera to do the identification there instead."
            ),
        )
        self._show_phone(phone_shown)
        set_label(self.phone_first_title, self.tr("Continue on your phone"))
        self.phone_first_qr.setAccessibleName(self.tr("QR code to continue on your phone"))
        set_label(
            self.phone_first_hint,
            self.tr(
                "Scan the code with your phone's camera. You log in to your bank on your own "
                "phone, not on this shared terminal."
            ),
        )
        with staff_texts():  # staff's choice, in the staff's language; shown by the state
            caption = self.tr("For staff: if the customer has no smartphone")
            self.staff_caption.setText(caption)
            self.staff_caption.setAccessibleName(caption)
            set_button(
                self.on_kiosk,
                self.tr("Open on this kiosk"),
                self.tr("For staff: open the page on this kiosk instead of the phone"),
            )
        self.set_control_texts(
            progress=self.tr("Show progress"),
            cancel=self.tr("Cancel identification"),
            preparing=self.tr("Preparing your identification link…"),
        )
