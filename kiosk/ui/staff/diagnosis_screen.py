"""The diagnosis screen in the kiosk: the app's readiness monitor in a ``DiagnosisWidget``.

The widget (camera preview, microphone meter) is built the first time staff open the screen,
so a kiosk that never shows it never opens the devices. "Save" writes the report to the export
folder (``[support] export_folder``, the support card's), never through a file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.checks.qt.monitor import ReadinessMonitor

from ..diagnosis import DiagnosisWidget
from ..widgets.common import focus_first, tab_order
from .staff_screen import StaffScreen


class DiagnosisScreen(StaffScreen):
    def __init__(
        self,
        monitor: ReadinessMonitor,
        export_folder: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        """``export_folder``: where the report is saved, as the settings say now."""
        # The widget scrolls its results itself (a second scroll area would squeeze them).
        super().__init__(parent)
        self._monitor = monitor
        self._export_folder = export_folder
        self.widget: DiagnosisWidget | None = None
        self.back_to_footer()
        self.retranslate()

    def enter(self) -> None:
        if self.widget is None:
            self.widget = DiagnosisWidget(
                self._monitor, self._export_folder, footer=self.footer, parent=self
            )
            inner = self.widget.layout()
            if inner is not None:
                inner.setContentsMargins(0, 0, 0, 0)  # this screen has the margins
            self.content.addWidget(self.widget, 1)
            # Built after Back: Tab goes through the widget first, then to Back.
            widget = self.widget
            tab_order(
                widget.run_button,
                widget.results_area,
                widget.save_text,
                widget.save_json,
                self.back,
            )
        self.widget.show()
        focus_first(self.widget.run_button, self.back)

    def leave(self) -> None:
        super().leave()
        if self.widget is not None:
            self.widget.hide()  # stops the camera preview and the microphone meter

    def retranslate(self) -> None:
        self.title.hide()  # the widget has its own title ("Terminal readiness")
        self.retranslate_back(self.tr("Close the diagnosis"))
