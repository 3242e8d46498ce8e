"""The staff PIN pad: checks the PIN off the GUI thread, slowing down after wrong ones.

Nobody chooses the PIN here: IT provisions it (``srs-kiosk staff-pin set``). Without a PIN, or
with a damaged PIN file, the pad only says so and what IT runs; it offers nothing else.
"""

from __future__ import annotations

import asyncio
import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.app.staff_pin import (
    MAX_DIGITS,
    RESET_COMMAND,
    SET_COMMAND,
    PinGuard,
    PinState,
    Verdict,
)
from kiosk.app.tasks import TaskSlot
from kiosk.i18n import fill

from ..input_hints import no_keyboard
from .common import button, label, restyle, set_button, set_label
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
        # Why no PIN can be entered (None: one can): no PIN set, or a damaged PIN file.
        self._unavailable: PinState | None = None
        self.title = label("title")
        self.hint = label("muted")
        self.entry = QLineEdit()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        no_keyboard(self.entry)  # its own keys below: no on-screen keyboard over them
        self.entry.setValidator(
            QRegularExpressionValidator(rf"[0-9]{{0,{MAX_DIGITS}}}", self.entry)
        )
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.returnPressed.connect(self.submit)
        self.message = label("error")
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.entry)
        self.body.addWidget(self.message)
        self.keypad = QWidget()
        keys = QGridLayout(self.keypad)
        keys.setContentsMargins(0, 0, 0, 0)
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
        self.body.addWidget(self.keypad)
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
        self.announce(self.title, self.hint)
        self.retranslate()

    @property
    def busy(self) -> bool:
        """A PIN is being checked."""
        return self._slot.busy

    @property
    def unavailable(self) -> bool:
        """The pad only says that no PIN can be entered (none set, or its file damaged)."""
        return self._unavailable is not None

    def ask(self, purpose: str) -> None:
        """Show the pad; ``purpose`` (translated) says what the PIN unlocks."""
        self._purpose = purpose
        self.entry.clear()
        self._say("")
        self._guard.refresh()  # IT may have set or reset the PIN since
        state = self._guard.store.status().state
        self._show_unavailable(state if state in (PinState.NONE, PinState.DAMAGED) else None)
        self.open()
        if self.unavailable:
            self.cancel_button.setFocus()
        else:
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
        if not self.ok.isEnabled() or self.unavailable:
            return
        self._slot.start(self._submit(self.entry.text()))

    async def _submit(self, pin: str) -> None:
        self._set_enabled(False)
        self._say(translate("PinPad", "Checking…"), error=False)
        try:
            verdict = await asyncio.wait_for(self._guard.check(pin), 10)
        except TimeoutError:
            verdict = Verdict.WRONG
        self.entry.clear()
        self._set_enabled(True)
        if verdict is Verdict.ACCEPTED:
            self._say("")
            self.hide()
            self.accepted.emit()
        elif verdict is Verdict.NO_PIN:  # IT reset it while the pad was open
            self._show_unavailable(PinState.NONE)
        elif verdict is Verdict.DAMAGED:
            self._show_unavailable(PinState.DAMAGED)
        elif verdict is Verdict.TOO_SHORT:
            self._say(
                fill(
                    translate(
                        "PinPad",
                        "Staff PINs now have at least 6 digits. Ask IT to set a new one with %1.",
                    ),
                    SET_COMMAND,
                ),
            )
        else:
            self._say(translate("PinPad", "Wrong PIN."))
            self._show_wait()

    def _say(self, text: str, *, error: bool = True) -> None:
        """The line under the entry: red for a refusal, neutral while the PIN is checked."""
        role = "error" if error else "muted"
        if self.message.property("role") != role:
            self.message.setProperty("role", role)
            restyle(self.message)
        set_label(self.message, text)

    def _show_unavailable(self, state: PinState | None) -> None:
        self._unavailable = state
        for widget in (self.entry, self.keypad, self.ok):
            widget.setVisible(state is None)
        if state is not None:
            self._say("")
            if self.isVisible():
                self.cancel_button.setFocus()
        self.retranslate()

    def _show_wait(self) -> None:
        wait = self._guard.wait_s()
        if wait > 0:
            self._set_enabled(False)
            self._say(
                fill(translate("PinPad", "Wrong PIN. Try again in %1 s."), str(math.ceil(wait))),
            )
            if not self._tick.isActive():
                self._tick.start()
        elif self._tick.isActive():
            self._tick.stop()
            self._set_enabled(True)
            self._say(translate("PinPad", "Wrong PIN. Try again."))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.entry, self.ok, self.erase, *self.keys):
            widget.setEnabled(enabled)
        if enabled and self.isVisible():
            self.entry.setFocus()  # disabling moved the focus to Cancel

    def retranslate(self) -> None:
        set_label(self.title, translate("PinPad", "Staff PIN"))
        if self._unavailable is PinState.NONE:
            hint = fill(translate("PinPad", "No staff PIN set — ask IT to run %1."), SET_COMMAND)
        elif self._unavailable is PinState.DAMAGED:
            hint = fill(
                translate("PinPad", "The staff PIN file is damaged — IT can reset it with %1."),
                RESET_COMMAND,
            )
        else:
            hint = fill(translate("PinPad", "Enter the staff PIN to %1."), self._purpose)
        set_label(self.hint, hint)
        self.entry.setAccessibleName(translate("PinPad", "Staff PIN"))
        self.erase.setAccessibleName(translate("PinPad", "Delete last digit"))
        if self.unavailable:
            set_button(self.cancel_button, translate("PinPad", "Close"))
        else:
            set_button(self.cancel_button, translate("PinPad", "Cancel"))
        set_button(self.ok, translate("PinPad", "OK"), translate("PinPad", "Confirm the PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
