"""What every screen shares: the controller, task slots cancelled on leaving, retranslation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.app.controller import SessionController
from kiosk.app.tasks import TaskSlot, within
from kiosk.srs import SrsError

REQUEST_TIMEOUT_S = 30.0


def error_text(exc: BaseException) -> str:
    """What went wrong, for the screen (SrsError messages are written for people)."""
    if isinstance(exc, SrsError):
        return exc.message
    if isinstance(exc, TimeoutError):
        return QCoreApplication.translate("Screen", "The service did not answer in time.")
    return str(exc) or type(exc).__name__


async def cancel_order(controller: SessionController, control: QPushButton, error: QLabel
                       ) -> None:
    """Cancel the current order from a screen: the one handler pattern (disable, await with a
    timeout, show the error; the order is kept on failure)."""
    control.setEnabled(False)
    error.clear()
    try:
        await within(controller.cancel_order(), REQUEST_TIMEOUT_S)
    except (SrsError, TimeoutError) as exc:
        error.setText(QCoreApplication.translate("Screen", "Could not cancel: %1")
                      .replace("%1", error_text(exc)))
        error.show()
    finally:
        control.setEnabled(True)


class Screen(QWidget):
    """Subclasses build widgets, then call ``retranslate()``; ``enter``/``leave`` bracket each
    visit; ``wipe`` removes every trace of the customer."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.ctl = controller
        self._slots: list[TaskSlot] = []

    def slot(self, name: str) -> TaskSlot:
        slot = TaskSlot(f"{type(self).__name__}.{name}")
        self._slots.append(slot)
        return slot

    def enter(self) -> None:
        """The screen is shown for the current stage."""

    def leave(self) -> None:
        """The screen is hidden: its requests in flight are cancelled."""
        for slot in self._slots:
            slot.cancel()

    def wipe(self) -> None:
        """Clear every widget that could hold customer data."""

    def retranslate(self) -> None:
        """Set every user-visible text (called again on LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
