"""The staff PIN pad: checks the PIN (slowing down after wrong ones) or, on first use, sets it."""

from __future__ import annotations

import asyncio
import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.app.staff_pin import PinGuard, pin_problem
from kiosk.app.tasks import TaskSlot

from .common import button, label, set_button, set_label
from .overlay import Overlay


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class PinPad(Overlay):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard, parent: QWidget) -> None:
        super().__init__(parent)
        self._guard = guard
        self._slot = TaskSlot("pin check")
        self._purpose = ""
        self._first_pin: str | None = None
        self.title = label("title")
        self.hint = label("muted")
        self.entry = QLineEdit()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setValidator(QRegularExpressionValidator(r"[0-9]{0,12}", self.entry))
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.returnPressed.connect(self.submit)
        self.message = label("error")
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.entry)
        self.body.addWidget(self.message)
        keys = QGridLayout()
        self.keys: list[QPushButton] = []
        for i, digit in enumerate("123456789"):
            key = button("pinKey")
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # see below
            key.setText(digit)
            key.setAccessibleName(digit)
            key.clicked.connect(lambda _=False, d=digit: self.entry.insert(d))
            keys.addWidget(key, i // 3, i % 3)
            self.keys.append(key)
        self.erase = button("pinKey")
        self.erase.setText("⌫")
        self.erase.clicked.connect(self.entry.backspace)
        zero = button("pinKey")
        # The on-screen keys never take the focus: touching one leaves it in the entry, and
        # from a keyboard the digits and Backspace go straight into the entry (Tab: entry,
        # Cancel, OK).
        for key in (self.erase, zero):
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        zero.setText("0")
        zero.setAccessibleName("0")
        zero.clicked.connect(lambda: self.entry.insert("0"))
        self.keys.append(zero)
        keys.addWidget(self.erase, 3, 0)
        keys.addWidget(zero, 3, 1)
        self.body.addLayout(keys)
        row = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancel)
        self.ok = button("primary")
        self.ok.clicked.connect(self.submit)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok)
        self.body.addLayout(row)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_wait)
        self.retranslate()

    @property
    def busy(self) -> bool:
        """A PIN is being checked."""
        return self._slot.busy

    def ask(self, purpose: str) -> None:
        """Show the pad; ``purpose`` (translated) says what the PIN unlocks."""
        self._purpose = purpose
        self._first_pin = None
        self.entry.clear()
        set_label(self.message, "")
        self.retranslate()
        self.open()
        self.entry.setFocus()
        self._show_wait()

    def dismiss(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        self._slot.cancel()
        self.entry.clear()
        self.hide()
        self.cancelled.emit()

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self._slot.start(self._submit(self.entry.text()))

    async def _submit(self, pin: str) -> None:
        if not self._guard.store.is_set():
            self._set_new(pin)
            return
        self._set_enabled(False)
        set_label(self.message, translate("PinPad", "Checking…"))
        try:
            ok = await asyncio.wait_for(self._guard.check(pin), 10)
        except TimeoutError:
            ok = False
        self.entry.clear()
        if ok:
            set_label(self.message, "")
            self._set_enabled(True)
            self.hide()
            self.accepted.emit()
            return
        set_label(self.message, translate("PinPad", "Wrong PIN."))
        self._set_enabled(True)
        self._show_wait()

    def _set_new(self, pin: str) -> None:
        self.entry.clear()
        if self._first_pin is None:
            problem = pin_problem(pin)
            if problem is not None:
                set_label(self.message, translate("PinPad", problem))
                return
            self._first_pin = pin
            set_label(self.message, "")
            set_label(self.hint, translate("PinPad", "Enter the new PIN once more."))
            return
        if pin != self._first_pin:
            self._first_pin = None
            set_label(self.message, translate("PinPad", "The two PINs differ. Start again."))
            self.retranslate()
            return
        self._guard.store.set_pin(pin)
        self._first_pin = None
        self.hide()
        self.accepted.emit()

    def _show_wait(self) -> None:
        wait = self._guard.wait_s()
        if wait > 0:
            self._set_enabled(False)
            set_label(self.message, translate("PinPad", "Wrong PIN. Try again in %1 s.")
                      .replace("%1", str(math.ceil(wait))))
            if not self._tick.isActive():
                self._tick.start()
        elif self._tick.isActive():
            self._tick.stop()
            self._set_enabled(True)
            set_label(self.message, translate("PinPad", "Wrong PIN. Try again."))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.entry, self.ok, self.erase, *self.keys):
            widget.setEnabled(enabled)
        if enabled and self.isVisible():
            self.entry.setFocus()  # disabling moved the focus to Cancel

    def retranslate(self) -> None:
        first_use = not self._guard.store.is_set()
        set_label(
            self.title,
            translate("PinPad", "Choose a staff PIN")
            if first_use
            else translate("PinPad", "Staff PIN"),
        )
        if first_use:
            hint = translate(
                "PinPad",
                "No staff PIN is set on this kiosk yet. Choose one with 4 to 12 digits; "
                "it will protect the settings and leaving kiosk mode.",
            )
        else:
            hint = translate("PinPad", "Enter the staff PIN to %1.").replace("%1", self._purpose)
        set_label(self.hint, hint)
        self.entry.setAccessibleName(translate("PinPad", "Staff PIN"))
        self.erase.setAccessibleName(translate("PinPad", "Delete last digit"))
        set_button(self.cancel_button, translate("PinPad", "Cancel"))
        set_button(self.ok, translate("PinPad", "OK"), translate("PinPad", "Confirm the PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
