"""One probe's row: status badge, name, measured value against the requirement, advice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.checks.core import ProbeName, ProbeResult, Text
from kiosk.checks.core.report import threshold_text, value_text

from .. import texts
from .words import Words, number


def translate(context: str, source: str) -> str:
    """The readiness check's texts (shared with the customer's pre-flight) for staff."""
    return texts.translate(context, source, staff=True)


def advice_text(advice: Text) -> str:
    """A check's advice for staff: in their language, its numbers in its format ("1,5")."""
    return advice.render(translate, number)


def _label(role: str | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


class ProbeRow(QFrame):
    def __init__(self, name: ProbeName, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("probeRow")
        self.name = name
        self._words = words
        self.result: ProbeResult | None = None
        self.running = False
        self.badge = _label()
        self.badge.setObjectName("statusBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(136)
        self.title = _label(wrap=True)  # long names must not widen the column
        self.title.setProperty("role", "probeTitle")
        self.duration = _label("small")
        self.value = _label(wrap=True)
        self.advice = _label(wrap=True)
        self.detail = _label("small", wrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Nested boxes, not one grid: a grid gets the height of wrapped text spanning columns
        # wrong, and the advice would be cut off.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.duration)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(heading)
        for label in (self.value, self.advice, self.detail):
            text.addWidget(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(14)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.refresh()

    def show_waiting(self, running: bool) -> None:
        self.result, self.running = None, running
        self.refresh()

    def show_result(self, result: ProbeResult) -> None:
        self.result, self.running = result, False
        self.refresh()

    def refresh(self) -> None:
        """(Re)write every text: after a result, and when the language changes."""
        result, words = self.result, self._words
        status = words.status(result.status if result else None, self.running)
        self.badge.setText(status)
        self.badge.setProperty(
            "status", result.status.value if result else "running" if self.running else "idle"
        )
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        title = words.probe(self.name)
        self.title.setText(title)
        value = took = ""
        if result is not None:
            parts = (
                [value_text(result.value, result.unit, result.threshold, translate, number)]
                if result.value is not None
                else []
            )
            needed = threshold_text(result, number)
            if needed:
                parts.append(words.needed(needed))
            value = " · ".join(parts)
            took = words.took(result.duration_s)
        self.value.setText(value)
        self.value.setVisible(bool(value))
        self.duration.setText(took)
        advice = advice_text(result.advice) if result and result.advice else ""
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        # Zero-width spaces let long URLs and host lists wrap.
        detail = (result.detail if result else "").replace("/", "/\u200b")
        # The detail is for IT and stays English (as in the report): labelled as such.
        self.detail.setText(words.detail(detail) if detail else "")
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{title}: {status}")
        self.setAccessibleDescription(" ".join(t for t in (value, advice) if t))
        for label in (self.badge, self.title, self.duration, self.value, self.advice):
            label.setAccessibleName(label.text())
        self.detail.setAccessibleName(result.detail if result else "")
