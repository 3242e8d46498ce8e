"""The order's progress for the customer: four milestones in plain words ("Identify yourself —
The provider checks — Confirm the SMS — Ready to sign"), each with the time it was done or how
long it usually takes. The provider's statuses are for staff (the staff strip), not here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.app.milestones import (
    MILESTONES,
    Estimate,
    Milestone,
    MilestoneState,
    Progress,
    estimates,
    milestone_states,
)
from kiosk.i18n import fill
from kiosk.srs import MethodSpec
from kiosk.tracking import Outcome, TrackedOrder

from ..texts import plural
from .common import label, restyle, set_label


def milestone_name(milestone: Milestone) -> str:
    return {
        Milestone.IDENTIFY: QCoreApplication.translate("Timeline", "Identify yourself"),
        Milestone.CHECKS: QCoreApplication.translate("Timeline", "The provider checks"),
        Milestone.SMS: QCoreApplication.translate("Timeline", "Confirm the SMS"),
        Milestone.READY: QCoreApplication.translate("Timeline", "Ready to sign"),
    }[milestone]


def estimate_text(estimate: Estimate | None) -> str:
    if estimate is None:
        return ""
    if estimate.minutes is None:
        return QCoreApplication.translate("Timeline", "a few minutes")
    # Without the number, as the step indicator's (see there): the translations use "min".
    return plural(QCoreApplication.translate("Timeline", "about %n minute(s)"), estimate.minutes)


_MARKS = {Progress.DONE: "✓", Progress.CURRENT: "➜", Progress.TODO: "○", Progress.FAILED: "✕"}
_ROLES = {
    Progress.DONE: "success",
    Progress.CURRENT: "current",
    Progress.TODO: "muted",
    Progress.FAILED: "error",
}


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(len(MILESTONES)):
            mark, name, when = (label(wrap=False), label(wrap=False), label("muted", wrap=False))
            mark.setMinimumWidth(36)
            grid.addWidget(mark, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(when, row, 2)
            self._rows.append((mark, name, when))
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(3, 1)  # the time or estimate right after its step's name
        self._order: TrackedOrder | None = None
        self._spec: MethodSpec | None = None
        self._render()

    def show_order(self, order: TrackedOrder, spec: MethodSpec | None = None) -> None:
        self._order, self._spec = order, spec
        self._render()

    def states(self) -> list[MilestoneState]:
        return milestone_states(self._order)

    def clear(self) -> None:
        self._order, self._spec = None, None
        self._render()

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        order = self._order
        guess = estimates(self._spec) if order is not None else {}
        # An order that ended without the evidence has no steps ahead: what happened, then the
        # end; no estimate for a step that will not come.
        ended = order is not None and order.is_done and order.outcome is not Outcome.VERIFIED
        for state, (mark, name, when) in zip(self.states(), self._rows, strict=True):
            ahead = ended and state.progress is Progress.TODO
            mark.setVisible(not ahead)
            name.setVisible(not ahead)
            if ahead:
                when.setVisible(False)
                continue
            title = milestone_name(state.milestone)
            detail = self._detail(state, guess.get(state.milestone))
            set_label(mark, _MARKS[state.progress], _progress_name(state.progress))
            set_label(name, title, f"{title}: {_progress_name(state.progress)}")
            name.setProperty("role", _ROLES[state.progress])
            restyle(name)
            when.setText(detail)
            when.setAccessibleName(detail)
            when.setVisible(bool(detail))

    def _detail(self, state: MilestoneState, estimate: Estimate | None) -> str:
        if state.progress is Progress.DONE:
            return state.at.astimezone().strftime("%H:%M") if state.at is not None else ""
        if state.progress is Progress.FAILED:
            order = self._order
            if order is not None and order.outcome is Outcome.NO_EVIDENCE:
                return QCoreApplication.translate("Timeline", "not confirmed yet")
            return QCoreApplication.translate("Timeline", "stopped")
        if self._order is None:
            return ""
        guess = estimate_text(estimate)
        if state.progress is Progress.CURRENT:
            return (
                fill(QCoreApplication.translate("Timeline", "now — %1"), guess)
                if guess
                else QCoreApplication.translate("Timeline", "now")
            )
        return guess


def _progress_name(progress: Progress) -> str:
    return {
        Progress.DONE: QCoreApplication.translate("Timeline", "done"),
        Progress.CURRENT: QCoreApplication.translate("Timeline", "in progress"),
        Progress.TODO: QCoreApplication.translate("Timeline", "not yet"),
        Progress.FAILED: QCoreApplication.translate("Timeline", "stopped"),
    }[progress]
