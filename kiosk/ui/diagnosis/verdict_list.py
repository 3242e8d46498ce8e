"""Per-method verdicts: ready or not, and which checks stand in the way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.checks.core import MethodVerdict
from kiosk.i18n import fill
from kiosk.srs import find_method_spec

from .words import Words


class VerdictList(QWidget):
    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._verdicts: tuple[MethodVerdict, ...] = ()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.placeholder = QLabel()
        self.placeholder.setProperty("role", "muted")
        self.placeholder.setWordWrap(True)
        self._grid.addWidget(self.placeholder, 0, 0, 1, 2)
        self.refresh()

    def show_verdicts(self, verdicts: Sequence[MethodVerdict]) -> None:
        self._verdicts = tuple(verdicts)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            for label in row:
                self._grid.removeWidget(label)
                label.deleteLater()
        self.rows = []
        self.placeholder.setText(
            self.tr("Which methods this terminal can run appears here once the check has run.")
            if not self._verdicts
            else ""
        )
        self.placeholder.setVisible(not self._verdicts)
        self.placeholder.setAccessibleName(self.placeholder.text())
        for number, verdict in enumerate(self._verdicts, start=1):
            spec = find_method_spec(verdict.issuer, verdict.method)
            name = QLabel(spec.name if spec else verdict.key)
            name.setProperty("role", "probeTitle")
            state = QLabel(self.tr("Ready") if verdict.ready else self.tr("Not ready"))
            state.setObjectName("statusBadge")
            state.setAlignment(Qt.AlignmentFlag.AlignCenter)
            state.setProperty("status", "pass" if verdict.ready else "fail")
            reason = QLabel(self._reason(verdict))
            reason.setWordWrap(True)
            for label in (name, state, reason):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAccessibleName(label.text())
            # The reason on a line of its own under the name: the whole width for it (a
            # 1024 px screen, long languages, large text), not a column beside the name.
            self._grid.addWidget(state, 2 * number - 1, 0)
            self._grid.addWidget(name, 2 * number - 1, 1)
            self._grid.addWidget(reason, 2 * number, 1)
            reason.setVisible(bool(reason.text()))
            self.rows.append((state, name, reason))

    def _reason(self, verdict: MethodVerdict) -> str:
        parts = []
        if verdict.blocking:
            parts.append(
                fill(
                    self.tr("Blocked by: %1"),
                    ", ".join(self._words.probe(p) for p in verdict.blocking),
                )
            )
        if verdict.warnings:
            parts.append(
                fill(
                    # Not "works, with warnings": beside "Blocked by" (or a "Failed" row in
                    # the checks above) that read as a contradiction (review s8).
                    self.tr("Recommended checks that did not pass: %1"),
                    ", ".join(self._words.probe(p) for p in verdict.warnings),
                )
            )
        return "\n".join(parts)  # each on a line of its own: two lists, not one sentence
