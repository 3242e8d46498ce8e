"""The support card of one order (guide §6.2), for staff calling the right support team: the
process step and whom to contact, the PRO-Nr and the branch's contact (settings), the
identifiers, the MSISDN (in full: support needs it; fetched live from the SRS, never stored),
the evidence id, times, a problem description; copy to the clipboard, export as text or JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from kiosk.app.language import staff_texts
from kiosk.app.staff_orders import StaffOrders
from kiosk.app.support_card import SupportCard, local_time
from kiosk.app.tasks import within
from kiosk.config import SupportSettings
from kiosk.i18n import fill
from kiosk.srs import SrsError
from kiosk.tracking import TrackedOrder

from ..screens.base import REQUEST_TIMEOUT_S
from ..texts import status_name, translate
from ..widgets.common import button, focus_first, label, set_button, set_label
from ..widgets.touch_scroll import touch_scrolling
from .staff_screen import StaffScreen

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
        self.export_dialog: QFileDialog | None = None
        form = QFormLayout()
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
        self.export_text.clicked.connect(lambda: self.ask_where_to_export("txt"))
        self.export_json = button()
        self.export_json.clicked.connect(lambda: self.ask_where_to_export("json"))
        row.addStretch()
        for widget in (self.copy, self.export_text, self.export_json):
            row.addWidget(widget)
        self.retranslate()

    # -- the order ---------------------------------------------------------------------------

    def show_order(self, order: TrackedOrder) -> None:
        """Staff opened the card of ``order`` (the screen is shown next)."""
        if self.order is None or self.order.ref_id != order.ref_id:
            self.description.clear()
        self.order, self.msisdn = order, None
        set_label(self.error, "")
        self.refresh_card()

    def enter(self) -> None:
        focus_first(self.description)
        if self.order is not None:
            self._lookup.start(self._fetch_msisdn(self.order.ref_id))

    def leave(self) -> None:
        super().leave()
        self.msisdn = None  # the number lives only while the card is shown
        self.refresh_card()

    def wipe(self) -> None:
        self.order, self.msisdn = None, None
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
        set_label(self.state, "")
        self.refresh_card()

    def card(self) -> SupportCard | None:
        if self.order is None:
            return None
        current = self._orders.current(self.order.ref_id) or self.order
        support = self._support()
        return SupportCard(
            current,
            self.msisdn,
            self.description.toPlainText().strip(),
            datetime.now(UTC),
            pro_nr=support.pro_nr,
            branch_contact=support.contact,
        )

    def refresh_card(self) -> None:
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
            "msisdn": self.msisdn or (self.tr("(asking the SRS…)") if self._lookup.busy else none),
            # One token a line: two long unbreakable words side by side outgrow a portrait screen.
            "tokens": (
                f"{data.get('mobileToken') or none}\n{data.get('sessionToken') or none}"
                if data.get("mobileToken") or data.get("sessionToken")
                else none
            ),
            "evidence": data.get("evidenceId") or none,
            "status": status,
            "started": local_time(card.order.created_at) if card is not None else none,
            "updated": local_time(card.order.updated_at) if card is not None else none,
        }
        for name, text in texts.items():
            set_label(self.values[name], str(text))
        ready = card is not None
        for widget in (self.copy, self.export_text, self.export_json):
            widget.setEnabled(ready)

    # -- copy and export ---------------------------------------------------------------------

    def card_text(self) -> str:
        card = self.card()
        return card.text(translate) if card is not None else ""

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.card_text())
        set_label(self.state, self.tr("The support card is on the clipboard."))

    def ask_where_to_export(self, suffix: str) -> None:
        """A save dialog inside the kiosk (not the platform's, which could leave kiosk mode)."""
        card = self.card()
        if card is None:
            return
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        dialog = QFileDialog(self, self.tr("Export the support card"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("JSON (*.json)") if suffix == "json" else self.tr("Text (*.txt)")]
        )
        dialog.setDefaultSuffix(suffix)
        dialog.setDirectory(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        dialog.selectFile(f"support-{card.order.ref_id}.{suffix}")
        dialog.setAccessibleName(self.tr("Export the support card"))
        dialog.fileSelected.connect(lambda path: self.export(Path(path)))
        self.export_dialog = dialog
        dialog.open()

    def export(self, path: Path) -> bool:
        """JSON for a ``.json`` name, else the text card in the screen's language."""
        card = self.card()
        if card is None:
            return False
        content = card.json_text() if path.suffix.casefold() == ".json" else card.text(translate)
        try:
            path.write_text(content, encoding="utf-8")
        except OSError as exc:
            set_label(
                self.error,
                fill(self.tr("The support card could not be saved: %1"), exc.strerror or str(exc)),
            )
            return False
        set_label(self.error, "")
        set_label(self.state, fill(self.tr("Saved to %1."), str(path)))
        return True

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
            "started": self.tr("Started"),
            "updated": self.tr("Last change"),
        }
        for name, text in captions.items():
            set_label(self.captions[name], text)
            self.values[name].setAccessibleDescription(text)
        set_label(self.description_caption, self.tr("Problem description"))
        self.description.setAccessibleName(self.tr("Problem description"))
        self.description.setPlaceholderText(self.tr("What happened, what the customer saw, when…"))
        set_button(self.copy, self.tr("Copy"), self.tr("Copy the support card"))
        set_button(
            self.export_text, self.tr("Export text…"), self.tr("Export the support card as text")
        )
        set_button(
            self.export_json, self.tr("Export JSON…"), self.tr("Export the support card as JSON")
        )
        self.refresh_card()
