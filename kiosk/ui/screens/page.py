"""What every screen shares without the session: visits, task slots cancelled on leaving,
retranslation. Light on purpose: the attract screen is built on it before the first paint,
when the services (and :mod:`kiosk.ui.screens.base`'s error texts) are not there yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.app.language import for_staff

if TYPE_CHECKING:
    from kiosk.app.tasks import TaskSlot


class Page(QWidget):
    """Subclasses build widgets, then call ``retranslate()``; ``enter``/``leave`` bracket each
    visit; ``wipe`` removes every trace of the customer. A ``staff_facing`` screen shows its
    texts in the staff language (``kiosk.app.language``), a customer screen in the customer's."""

    staff_facing = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("retranslate")
        if cls.staff_facing and own is not None:
            cls.retranslate = for_staff(own)  # type: ignore[method-assign]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._slots: list[TaskSlot] = []

    def slot(self, name: str) -> TaskSlot:
        from kiosk.app.tasks import TaskSlot  # asyncio: not needed for the first paint

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
