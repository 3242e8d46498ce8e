"""The step indicator above the customer screens: five short bars (done, current, to come) and
one line, "Step 2 of 5: your details, about 6 minutes left", which is also what a screen reader
says. Calm on purpose: no moving parts, the time an "about" for the whole step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.app.journey_steps import STEPS, Step, StepPosition
from kiosk.app.language import staff_texts
from kiosk.i18n import fill

from ..texts import plural
from .common import label, restyle, set_label


def step_name(step: Step) -> str:
    return {
        Step.METHOD: QCoreApplication.translate("StepIndicator", "choosing the method"),
        Step.DETAILS: QCoreApplication.translate("StepIndicator", "your details"),
        Step.CONSENT: QCoreApplication.translate("StepIndicator", "your consent"),
        Step.IDENTIFICATION: QCoreApplication.translate("StepIndicator", "your identification"),
        Step.DONE: QCoreApplication.translate("StepIndicator", "done"),
    }[step]


def position_text(position: StepPosition) -> str:
    """The one line (and accessible name) for ``position``."""
    name = step_name(position.step)
    minutes = position.minutes_left
    if minutes is None or position.step is Step.DONE:
        text = QCoreApplication.translate("StepIndicator", "Step %1 of %2: %3")
    elif minutes == 0:
        text = QCoreApplication.translate("StepIndicator", "Step %1 of %2: %3, almost done")
    else:
        # Looked up without the number: lupdate does not extract this call as a plural message,
        # and a numerus lookup of a plain message finds nothing; the translations use "min".
        text = plural(
            QCoreApplication.translate(
                "StepIndicator", "Step %1 of %2: %3, about %n minute(s) left"
            ),
            minutes,
        )
    return fill(text, str(position.number), str(position.total), name)


class StepIndicator(QWidget):
    """Hidden until :meth:`show_position` gives it a step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepIndicator")
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 12, 40, 0)
        column.setSpacing(6)
        bars = QHBoxLayout()
        bars.setSpacing(6)
        self.bars: list[QFrame] = []
        for _ in STEPS:
            bar = QFrame()
            bar.setObjectName("stepBar")
            bar.setFixedHeight(6)
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bars.addWidget(bar)
            self.bars.append(bar)
        column.addLayout(bars)
        self.text = label("stepText")  # its text is also its accessible name
        column.addWidget(self.text)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.position: StepPosition | None = None
        self.staff = False
        self.hide()

    def show_position(self, position: StepPosition | None, *, staff: bool = False) -> None:
        """``staff``: the screen under it is staff-facing (the method choice): the line is in
        the staff language, as the rest of that screen."""
        changed = position != self.position or staff != self.staff
        self.position = position
        self.staff = staff
        self._render()
        if changed and position is not None and self.isVisible():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.text, QAccessible.Event.NameChanged)
            )

    def _render(self) -> None:
        position = self.position
        self.setVisible(position is not None)
        if position is None:
            return
        if self.staff:
            with staff_texts():
                set_label(self.text, position_text(position))
        else:
            set_label(self.text, position_text(position))
        for number, bar in enumerate(self.bars, start=1):
            state = (
                "done"
                if number < position.number
                else "current"
                if number == position.number
                else "todo"
            )
            if bar.property("state") != state:
                bar.setProperty("state", state)
                restyle(bar)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
