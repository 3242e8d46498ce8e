"""What the customer sees instead of the provider's page when it cannot or must not be shown:
a blocked address, a bad certificate, a failed load, a crashed page, a used-up or expired link.
Each says what happened, what to check, and offers the one way on."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.i18n import fill

from ..widgets.common import button, label, set_button, set_label


class Problem(StrEnum):
    BLOCKED = "blocked"  # the page tried to go outside the allowlist: the page is kept
    CERTIFICATE = "certificate"  # the server's certificate was refused
    LOAD_FAILED = "load_failed"  # no answer, no network, ...
    CRASHED = "crashed"  # the page's render process ended
    USED_UP = "used_up"  # the link's allowed number of uses is reached
    EXPIRED = "expired"  # the method's session ran out
    UNSAFE_SETUP = "unsafe_setup"  # the web engine was started with lock-down-breaking switches


# Which way on each problem offers: back to the kept page, reload the link, or start over.
_BACK = frozenset({Problem.BLOCKED})
_START_OVER = frozenset({Problem.USED_UP, Problem.EXPIRED})


class WebNotice(QFrame):
    backRequested = Signal()  # noqa: N815 - show the page again (nothing reloaded)
    retryRequested = Signal()  # noqa: N815 - open the target URL again
    startOverRequested = Signal()  # noqa: N815 - cancel the order and start a new one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch()
        self.title = label("title")
        self.body = label()
        self.advice = label("small")
        self.extra = label("small")
        for widget in (self.title, self.body, self.advice, self.extra):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addSpacing(16)
        self.action = button("primary")
        self.action.clicked.connect(self._act)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.problem: Problem | None = None
        self._host = ""
        self._extra_advice = ""

    def show_problem(self, problem: Problem, *, host: str = "", advice: str = "") -> None:
        """``host``: the blocked address; ``advice``: more to check (the readiness check's)."""
        self.problem, self._host, self._extra_advice = problem, host, advice
        self.retranslate()

    def _act(self) -> None:
        if self.problem is Problem.UNSAFE_SETUP:
            return
        if self.problem in _BACK:
            self.backRequested.emit()
        elif self.problem in _START_OVER:
            self.startOverRequested.emit()
        else:
            self.retryRequested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        problem = self.problem
        if problem is None:
            return
        title, body, advice = self._texts(problem)
        set_label(self.title, title)
        set_label(self.body, body)
        set_label(self.advice, advice)
        set_label(self.extra, self._extra_advice)
        self.action.setVisible(problem is not Problem.UNSAFE_SETUP)
        if problem in _BACK:
            set_button(self.action, self.tr("Back to the identification"))
        elif problem in _START_OVER:
            set_button(
                self.action,
                self.tr("Start over"),
                self.tr("Start over: cancels this identification and starts a new one"),
            )
        else:
            set_button(self.action, self.tr("Load the page again"))

    def _texts(self, problem: Problem) -> tuple[str, str, str]:
        if problem is Problem.BLOCKED:
            return (
                self.tr("This page cannot be opened here"),
                fill(
                    self.tr(
                        "The page tried to open %1, which is not part of the "
                        "identification. It was not opened."
                    ),
                    self._host,
                ),
                self.tr("You can go on with the identification."),
            )
        if problem is Problem.CERTIFICATE:
            return (
                self.tr("The connection is not secure"),
                self.tr(
                    "The provider's page could not prove its identity, so it was not "
                    "opened. No data was sent."
                ),
                self.tr(
                    "Please ask the branch staff: the terminal's date and time, or a "
                    "proxy in the branch network, may be wrong."
                ),
            )
        if problem is Problem.LOAD_FAILED:
            return (
                self.tr("The page could not be loaded"),
                self.tr("The provider's page did not answer."),
                self.tr(
                    "Check that the terminal is connected to the network, then load "
                    "the page again. Your identification is kept."
                ),
            )
        if problem is Problem.CRASHED:
            return (
                self.tr("The page stopped working"),
                self.tr("The provider's page was closed unexpectedly."),
                self.tr(
                    "Load the page again to continue where you can. If it happens "
                    "again, please ask the branch staff."
                ),
            )
        if problem is Problem.UNSAFE_SETUP:
            return (
                self.tr("The identification page cannot be shown here"),
                self.tr(
                    "This terminal's browser is set up in a way that is not safe for "
                    "an identification."
                ),
                self.tr("Please ask the branch staff. You can continue on your phone instead."),
            )
        if problem is Problem.USED_UP:
            return (
                self.tr("This identification link is used up"),
                self.tr(
                    "The provider allows its link to be opened only a few times, and "
                    "that number is reached."
                ),
                self.tr(
                    "Start over to get a new link: this identification is cancelled "
                    "and your data is kept."
                ),
            )
        return (
            self.tr("This identification has expired"),
            self.tr("The provider's session lasts a limited time, and it has run out."),
            self.tr(
                "Start over to get a new link: this identification is cancelled "
                "and your data is kept."
            ),
        )
