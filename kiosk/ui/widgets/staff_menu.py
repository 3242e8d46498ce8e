"""What staff can do once the PIN is accepted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from .common import button, label, set_button, set_label
from .overlay import Overlay


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class StaffMenu(Overlay):
    settingsRequested = Signal()  # noqa: N815
    diagnosisRequested = Signal()  # noqa: N815
    dashboardRequested = Signal()  # noqa: N815
    kioskModeToggled = Signal()  # noqa: N815
    quitRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = label("title")
        self.body.addWidget(self.title)
        self.settings = button()
        self.settings.clicked.connect(lambda: self._choose(self.settingsRequested))
        self.dashboard = button()
        self.dashboard.clicked.connect(lambda: self._choose(self.dashboardRequested))
        self.diagnosis = button()
        self.diagnosis.clicked.connect(lambda: self._choose(self.diagnosisRequested))
        self.mode = button()
        self.mode.clicked.connect(lambda: self._choose(self.kioskModeToggled))
        self.quit = button("danger")
        self.quit.clicked.connect(lambda: self._choose(self.quitRequested))
        self.close_button = button("primary")
        self.close_button.clicked.connect(self.hide)
        for b in (
            self.dashboard,
            self.settings,
            self.diagnosis,
            self.mode,
            self.quit,
            self.close_button,
        ):
            self.body.addWidget(b)
        self.announce(self.title)
        self.kiosk_mode = True
        self.retranslate()

    def _choose(self, signal: SignalInstance) -> None:
        self.hide()
        signal.emit()

    def open_menu(self, kiosk_mode: bool) -> None:
        self.kiosk_mode = kiosk_mode
        self.retranslate()
        self.open()
        self.dashboard.setFocus()  # the first entry

    def retranslate(self) -> None:
        set_label(self.title, translate("StaffMenu", "Staff"))
        set_button(
            self.dashboard,
            translate("StaffMenu", "Orders"),
            translate("StaffMenu", "Order dashboard"),
        )
        set_button(self.settings, translate("StaffMenu", "Settings"))
        set_button(
            self.diagnosis,
            translate("StaffMenu", "Diagnosis"),
            translate("StaffMenu", "Terminal readiness (diagnosis)"),
        )
        set_button(
            self.mode,
            translate("StaffMenu", "Leave kiosk mode")
            if self.kiosk_mode
            else translate("StaffMenu", "Return to kiosk mode"),
        )
        set_button(self.quit, translate("StaffMenu", "Quit the kiosk"))
        set_button(
            self.close_button,
            translate("StaffMenu", "Back"),
            translate("StaffMenu", "Close the staff menu"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
