"""The support card of one order (guide §6.2), for staff calling the right support team: the
process step and whom to contact, the PRO-Nr and the branch's contact (settings), the
identifiers, the MSISDN (in full: support needs it; fetched live from the SRS, never stored),
the evidence id, times, a problem description; copy to the clipboard (emptied when staff leave
the card: the full MSISDN on it), export as text or JSON to a fixed folder (``[support]
export_folder``, no file dialog: staff never browse or change the file system from here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from kiosk.app.exports import export_folder, export_problem, write_export
from kiosk.app.language import staff_texts
from kiosk.app.staff_orders import StaffOrders
from kiosk.app.support_card import SupportCard, export_name, local_time
from kiosk.app.tasks import within
from kiosk.config import SupportSettings
from kiosk.i18n import fill
from kiosk.srs import SrsError
from kiosk.tracking import TrackedOrder

from ..clipboard import clear_clipboard
from ..screens.base import REQUEST_TIMEOUT_S
from ..texts import status_name, translate
from ..widgets.common import button, focus_first, label, set_button, set_label
from ..widgets.touch_scroll import touch_scrolling
from .staff_screen import StaffScreen

COPIED_MS = 3000  # how long "Copy" says "Copied."
# Room kept beside a value (its frame, the scroll bar appearing): side by side only with it.
_FIT_SLACK_PX = 24

FIELDS = (
    "step",
    "contact",
    "pro_nr",
    "branch_contact",
    "ref_id",
    "order_id",
    "method",
    "msisdn",
    "tokens",
    "evidence",
    "status",
    "reason",
    "started",
    "updated",
)


class SupportScreen(StaffScreen):
    def __init__(
        self,
        orders: StaffOrders,
        support: Callable[[], SupportSettings],
        parent: QWidget | None = None,
    ) -> None:
        """``support``: the branch's support settings as they are now (PRO-Nr, contact)."""
        super().__init__(parent, scrolling=True)
        self._orders = orders
        self._support = support
        self._lookup = self.slot("msisdn")
        self.order: TrackedOrder | None = None
        self.msisdn: str | None = None
        # The SRS answered without a number (AUTHADA's orders): said so, not "asking" for ever.
        self.no_msisdn = False
        self.form = form = QFormLayout()
        # A value under its caption where both do not fit side by side (a long token next to
        # a long caption: a small screen, large text, a long language).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in FIELDS:
            self.captions[name] = label(wrap=False)
            self.values[name] = label(selectable=True)
            form.addRow(self.captions[name], self.values[name])
        self.content.addLayout(form)
        host = self.content.parentWidget()
        if host is not None:
            host.installEventFilter(self)
        self.description_caption = label()
        self.description = touch_scrolling(QPlainTextEdit())
        self.description.setMaximumHeight(120)
        self.description.setTabChangesFocus(True)  # Tab leaves the box, never a trap
        self.content.addWidget(self.description_caption)
        self.content.addWidget(self.description)
        self.state = label("muted")
        self.error = label("error")
        self.content.addWidget(self.state)
        self.content.addWidget(self.error)
        self.content.addStretch()
        row = self.footer
        self.copy = button()
        self.copy.clicked.connect(self.copy_to_clipboard)
        self.export_text = button()
        self.export_text.clicked.connect(lambda: self.export("txt"))
        self.export_json = button()
        self.export_json.clicked.connect(lambda: self.export("json"))
        # "Copy" says "Copied." for a moment (the card's own lines may be scrolled away).
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(COPIED_MS)
        self._copied.timeout.connect(self._name_copy)
        row.addStretch()
        for widget in (self.copy, self.export_text, self.export_json):
            row.addWidget(widget)
        self.retranslate()

    # -- the order ---------------------------------------------------------------------------

    def show_order(self, order: TrackedOrder) -> None:
        """Staff opened the card of ``order`` (the screen is shown next)."""
        if self.order is None or self.order.ref_id != order.ref_id:
            self.description.clear()
        self.order, self.msisdn, self.no_msisdn = order, None, False
        set_label(self.error, "")
        self.refresh_card()

    def enter(self) -> None:
        focus_first(self.description)
        if self.order is not None:
            self._lookup.start(self._fetch_msisdn(self.order.ref_id))

    def leave(self) -> None:
        super().leave()
        # The number lives only while the card is shown.
        self.msisdn, self.no_msisdn = None, False
        clear_clipboard()  # a card copied (or a number selected) goes with it
        self._copied.stop()
        self._name_copy()
        self.refresh_card()

    def wipe(self) -> None:
        self.order, self.msisdn, self.no_msisdn = None, None, False
        self.description.clear()

    async def _fetch_msisdn(self, ref_id: str) -> None:
        set_label(self.state, self.tr("Asking the SRS for the mobile number…"))
        try:
            self.msisdn = await within(self._orders.mobile(ref_id), REQUEST_TIMEOUT_S)
        except (SrsError, TimeoutError) as exc:
            set_label(
                self.error,
                fill(
                    self.tr("The mobile number could not be fetched: %1"), self.describe_error(exc)
                ),
            )
        else:
            self.no_msisdn = self.msisdn is None
        set_label(self.state, "")
        self.refresh_card(asking=False)  # (this task is the lookup: its slot is busy still)

    def card(self) -> SupportCard | None:
        if self.order is None:
            return None
        current = self._orders.current(self.order.ref_id) or self.order
        support = self._support()
        return SupportCard(
            current,
            self.msisdn,
            self.description.toPlainText().strip(),
            no_msisdn=self.no_msisdn,
            created=datetime.now(UTC),
            pro_nr=support.pro_nr,
            branch_contact=support.contact,
        )

    def refresh_card(self, *, asking: bool | None = None) -> None:
        """The card's lines as the order and the lookup stand; ``asking``: whether the number
        is still being asked for (default: while the lookup runs)."""
        asking = self._lookup.busy if asking is None else asking
        card = self.card()
        data = card.to_json() if card is not None else {}
        step = card.step if card is not None else None
        none = "-"
        with staff_texts():  # a shared text, in the staff's language
            # The SRS's own status name too: support asks for it.
            status = (
                f"{status_name(card.order.status)} ({card.order.status.value})"
                if card is not None
                else none
            )
        texts = {
            "step": (f"{step.number} — {translate('SupportCard', step.title)}" if step else none),
            "contact": translate("SupportCard", step.contact) if step else none,
            "pro_nr": data.get("proNr") or self.tr("(not set: Settings, Support and billing)"),
            "branch_contact": data.get("branchContact")
            or self.tr("(not set: Settings, Support and billing)"),
            "ref_id": data.get("refId") or none,
            "order_id": data.get("orderId") or none,
            "method": data.get("methodName") or none,
            "msisdn": self._msisdn_text(asking),
            # One token a line: two long unbreakable words side by side outgrow a portrait screen.
            "tokens": (
                f"{data.get('mobileToken') or none}\n{data.get('sessionToken') or none}"
                if data.get("mobileToken") or data.get("sessionToken")
                else none
            ),
            "evidence": data.get("evidenceId") or none,
            "status": status,
            # The provider's reason and a persisting fault, as support asks for them.
            "reason": "\n".join(part for part in (data.get("reason"), data.get("problem")) if part)
            or none,
            "started": local_time(card.order.created_at) if card is not None else none,
            "updated": local_time(card.order.updated_at) if card is not None else none,
        }
        for name, text in texts.items():
            set_label(self.values[name], str(text))
        self._fit_rows()
        ready = card is not None
        for widget in (self.copy, self.export_text, self.export_json):
            widget.setEnabled(ready)

    def _fit_rows(self) -> None:
        """Every value under its caption where the longest unbreakable value (a Ref-ID, a
        token) does not fit beside the widest caption. QFormLayout's own WrapLongRows takes a
        wrapping label's minimum width as next to nothing, and squeezed a Ref-ID into less than
        its width (portrait, large text, a long language)."""
        host = self.content.parentWidget()
        if host is None:
            return
        shown = [name for name in FIELDS if not self.captions[name].isHidden()]
        captions = max((self.captions[n].sizeHint().width() for n in shown), default=0)
        values = max((self.values[n].minimumSizeHint().width() for n in shown), default=0)
        spacing = max(self.form.horizontalSpacing(), 0) + _FIT_SLACK_PX
        beside = captions + spacing + values <= host.contentsRect().width()
        policy = (
            QFormLayout.RowWrapPolicy.WrapLongRows
            if beside
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.content.parentWidget():
            self._fit_rows()  # the card's own width (the scroll area sets it after ours)
        return super().eventFilter(watched, event)

    def _msisdn_text(self, asking: bool) -> str:
        if self.msisdn:
            return self.msisdn
        if asking:
            return self.tr("(asking the SRS…)")
        if self.no_msisdn:
            return translate("SupportCard", "none (the SRS gave no number)")
        return "-"

    # -- copy and export ---------------------------------------------------------------------

    def card_text(self) -> str:
        card = self.card()
        return card.text(translate) if card is not None else ""

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.card_text())
        set_button(self.copy, self.tr("Copied."), self.tr("The support card is on the clipboard."))
        self._copied.start()
        self._say(self.tr("The support card is on the clipboard until you leave this screen."))

    def _name_copy(self) -> None:
        set_button(self.copy, self.tr("Copy"), self.tr("Copy the support card"))

    def _say(self, text: str, *, error: bool = False) -> None:
        """``text`` under the card (or the error line), scrolled into view."""
        set_label(self.error, text if error else "")
        if not error:
            set_label(self.state, text)
        shown = self.error if error else self.state
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(shown))

    def export(self, suffix: str) -> Path | None:
        """The card as a new file in the export folder: JSON (``json``) or the text card in
        the screen's language; where it went, or why not, said under the card."""
        card = self.card()
        if card is None:
            return None
        content = card.json_text() if suffix == "json" else card.text(translate)
        folder = export_folder(self._support().export_folder)
        name = export_name(card.order.ref_id, datetime.now(UTC), suffix)
        try:
            path = write_export(folder, name, content)
        except OSError as exc:
            self._say(
                fill(
                    self.tr("The support card could not be saved. %1"),
                    export_problem(exc, folder),
                ),
                error=True,
            )
            return None
        self._say(fill(self.tr("Saved as %1."), str(path)))
        return path

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Support card"))
        self.retranslate_back(self.tr("Back to the order dashboard"))
        captions = {
            "step": self.tr("Process step"),
            "contact": self.tr("Contact"),
            "pro_nr": self.tr("PRO-Nr"),
            "branch_contact": self.tr("Branch contact"),
            "ref_id": self.tr("Ref-ID"),
            "order_id": self.tr("Order ID"),
            "method": self.tr("Method"),
            "msisdn": self.tr("MSISDN"),
            "tokens": self.tr("Mobile token / session token"),
            "evidence": self.tr("Evidence ID"),
            "status": self.tr("Status"),
            "reason": self.tr("Reason"),
            "started": self.tr("Started"),
            "updated": self.tr("Last change"),
        }
        for name, text in captions.items():
            set_label(self.captions[name], text)
            self.values[name].setAccessibleDescription(text)
        set_label(self.description_caption, self.tr("Problem description"))
        self.description.setAccessibleName(self.tr("Problem description"))
        self.description.setPlaceholderText(self.tr("What happened, what the customer saw, when…"))
        if not self._copied.isActive():
            self._name_copy()
        set_button(
            self.export_text, self.tr("Export as text"), self.tr("Export the support card as text")
        )
        set_button(
            self.export_json, self.tr("Export as JSON"), self.tr("Export the support card as JSON")
        )
        self.refresh_card()
