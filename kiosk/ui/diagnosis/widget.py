"""The diagnosis screen (staff menu): run the readiness check, watch each probe's section fill
in as it finishes, see which methods this terminal can run, check the camera picture and the
microphone level, and save the report for IT (text in the screen's language, or JSON).

It shows whatever its ``ReadinessMonitor`` runs, including the run the app starts in the
background at start-up or a pre-flight before a video identification.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.checks.core import ProbeName, ProbeResult, Report, dumps, report_text
from kiosk.checks.qt.microphone_level import MicrophoneLevel
from kiosk.checks.qt.monitor import ReadinessMonitor
from kiosk.i18n import fill

from ..widgets.common import TextButton
from ..widgets.readable_scroll import readable
from .media_panel import MediaPanel
from .probe_row import ProbeRow, translate
from .verdict_list import VerdictList
from .words import Words, decimal

STYLE = """
QLabel#statusBadge { border-radius: 6px; padding: 2px 10px; font-size: 12pt; font-weight: 600;
                     background: #eceef1; color: #4a5563; }
QLabel#statusBadge[status="pass"] { background: #e3f3ec; color: #0b6e4f; }
QLabel#statusBadge[status="warn"] { background: #fff4dc; color: #7a4b00; }
QLabel#statusBadge[status="fail"] { background: #fbe4e4; color: #a4161a; }
QLabel#statusBadge[status="running"] { background: #e6eef8; color: #0b5cad; }
QLabel[role="probeTitle"] { font-weight: 600; }
QFrame#probeRow { background: #ffffff; border: 1px solid #dde1e6; border-radius: 8px; }
QLabel#previewPlaceholder { background: #1b1f24; color: #ffffff; border-radius: 8px;
                            padding: 12px; }
QProgressBar#microphoneLevel { min-height: 22px; border: 1px solid #8a93a0; border-radius: 6px;
                               background: #ffffff; }
QProgressBar#microphoneLevel::chunk { background: #0b6e4f; border-radius: 5px; }
"""


class DiagnosisWidget(QWidget):
    def __init__(
        self,
        monitor: ReadinessMonitor,
        *,
        level: MicrophoneLevel | None = None,
        camera_preview: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setStyleSheet(STYLE)
        self._monitor = monitor
        self._words = Words(self)
        self.save_dialog: QFileDialog | None = None  # the open (or last) save dialog
        self._saved: Path | None = None
        self._error = ""

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)  # long in some languages, with large text
        self.intro = QLabel()
        self.intro.setProperty("role", "muted")
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.run_button = TextButton()  # never squeezed below its text
        self.run_button.setProperty("role", "primary")
        self.run_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.run_button.clicked.connect(self.run_check)
        self.save_button = TextButton()
        self.save_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.save_button.clicked.connect(self.ask_where_to_save)

        self.methods_title = QLabel()
        self.methods_title.setProperty("role", "cardTitle")
        self.verdicts = VerdictList(self._words)
        self.probes_title = QLabel()
        self.probes_title.setProperty("role", "cardTitle")
        self.rows = {name: ProbeRow(name, self._words) for name in ProbeName}
        self.media = MediaPanel(level or MicrophoneLevel(self), preview=camera_preview)

        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 12, 0)
        # What the check does scrolls with its results: the height above them stays small
        # (768 px screens, long languages, large text).
        column.addWidget(self.intro)
        column.addSpacing(8)
        column.addWidget(self.methods_title)
        column.addWidget(self.verdicts)
        column.addSpacing(12)
        column.addWidget(self.probes_title)
        for row in self.rows.values():
            column.addWidget(row)
        column.addStretch()
        self.results_area = readable(QScrollArea())
        self.results_area.setWidgetResizable(True)
        self.results_area.setFrameShape(QFrame.Shape.NoFrame)
        # Sideways only where the narrowest the results can be is wider still (a 1024 px
        # screen, long texts, large text).
        self.results_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # A scroll bar that comes and goes changes the width after wrapped texts got their
        # heights, and cuts their last line off.
        self.results_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.results_area.setWidget(results)

        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        header.addLayout(heading, 1)
        # The buttons one above the other: the heading's texts keep the width (long in some
        # languages, with large text) and so need fewer lines of the height.
        buttons = QVBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        header.addLayout(buttons)
        # Side by side; on a portrait screen the camera and microphone below (_arrange).
        body = self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(self.results_area, 3)
        body.addWidget(self.media, 2)
        layout = self.outer = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        monitor.started.connect(self._on_started)
        monitor.probeFinished.connect(self._on_result)
        monitor.finished.connect(self._on_finished)
        monitor.failed.connect(self._on_failed)
        self._show_monitor_state()
        self.retranslate()

    # Actions

    def run_check(self) -> None:
        """Start a run (the monitor cancels one in progress)."""
        self._saved, self._error = None, ""
        self._monitor.start()

    def ask_where_to_save(self) -> None:
        """A save dialog inside the kiosk (not the platform's, which could leave kiosk mode)."""
        if self._monitor.report is None:
            return
        if self.save_dialog is not None:
            self.save_dialog.deleteLater()
        dialog = QFileDialog(self, self.tr("Save the readiness report"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        text_filter, json_filter = self.tr("Text report (*.txt)"), self.tr("JSON report (*.json)")
        dialog.setNameFilters([text_filter, json_filter])
        dialog.setDefaultSuffix("txt")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("json" if chosen == json_filter else "txt")
        )
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = self._monitor.report.started_at.astimezone().strftime("%Y%m%d-%H%M")
        dialog.setDirectory(folder)
        dialog.selectFile(f"readiness-report-{stamp}.txt")
        dialog.setAccessibleName(self.tr("Save the readiness report"))
        dialog.fileSelected.connect(lambda path: self.save_report(Path(path)))
        self.save_dialog = dialog
        dialog.open()

    def save_report(self, path: Path) -> bool:
        """JSON for a ``.json`` name, else the text report in the screen's language."""
        report = self._monitor.report
        if report is None:
            return False
        content = (
            dumps(report) if path.suffix.casefold() == ".json" else report_text(report, translate)
        )
        try:
            path.write_text(content, encoding="utf-8")
        except OSError as exc:
            self._saved, self._error = (
                None,
                fill(self.tr("The report could not be saved: %1"), exc.strerror or str(exc)),
            )
        else:
            self._saved, self._error = path, ""
        self._render_summary()
        return self._error == ""

    # Monitor signals

    def _show_monitor_state(self) -> None:
        running, report = self._monitor.running, self._monitor.report
        for name, row in self.rows.items():
            result = (
                self._monitor.partial.get(name)
                if running
                else report.result(name)
                if report
                else None
            )
            if result is not None:
                row.show_result(result)
            else:
                row.show_waiting(running)
        self.verdicts.show_verdicts(report.verdicts if report and not running else ())
        self._render_summary()

    def _on_started(self) -> None:
        for row in self.rows.values():
            row.show_waiting(True)
        self.verdicts.show_verdicts(())
        self._render_summary()

    def _on_result(self, result: ProbeResult) -> None:
        self.rows[result.name].show_result(result)
        self._render_summary()

    def _on_finished(self, report: Report) -> None:
        ran = {r.name for r in report.results}
        for name, row in self.rows.items():
            if name not in ran:  # a pre-flight runs a subset
                row.show_waiting(False)
        self.verdicts.show_verdicts(report.verdicts)
        self._render_summary()

    def _on_failed(self, message: str) -> None:
        self._error = fill(self.tr("The check could not run: %1"), message)
        self._show_monitor_state()

    # Texts

    def retranslate(self) -> None:
        self.title.setText(self.tr("Terminal readiness"))
        self.intro.setText(
            self.tr(
                "Checks camera, microphone, network speed, connections, UDP and the built-in "
                "browser, and tells which identification methods this terminal can run."
            )
        )
        self.save_button.setText(self.tr("Save report…"))
        self.methods_title.setText(self.tr("Identification methods"))
        self.probes_title.setText(self.tr("Checks"))
        for label in (self.title, self.intro, self.methods_title, self.probes_title):
            label.setAccessibleName(label.text())
        self.save_button.setAccessibleName(self.tr("Save the readiness report"))
        self.results_area.setAccessibleName(self.tr("Check results"))
        for row in self.rows.values():
            row.refresh()
        self.verdicts.refresh()
        self.media.retranslate()
        self._render_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Portrait: the camera and microphone below the results (else beside them, the
        results scrolling sideways where long texts and large text leave them too little)."""
        beside = self.width() >= self.height()
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )

    def _render_summary(self) -> None:
        """The summary line and the buttons; called after every change of the sections."""
        # The scroll area sizes its content by height-for-width only when asked: without
        # this, a section whose advice wraps to more lines would be cut off.
        QCoreApplication.postEvent(self.results_area, QEvent(QEvent.Type.LayoutRequest))
        report, running = self._monitor.report, self._monitor.running
        if running:
            done = len(self._monitor.partial)
            text = fill(self.tr("Checking… %1 of %2 checks done."), str(done), str(len(self.rows)))
        elif report is None:
            text = self.tr("The check has not run yet.")
        else:
            ready = sum(1 for v in report.verdicts if v.ready)
            when = report.started_at.astimezone().strftime("%H:%M")
            text = fill(
                self.tr("Checked at %1 in %2 s: %3 of %4 methods can run."),
                when,
                decimal(report.duration_s, 1),
                str(ready),
                str(len(report.verdicts)),
            )
        if self._saved is not None:
            text += " " + fill(self.tr("Report saved to %1."), str(self._saved))
        if self._error:
            text += " " + self._error
        self.summary.setText(text)
        self.summary.setProperty("role", "error" if self._error else None)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setAccessibleName(text)
        self.run_button.setEnabled(not running)
        run_text = self.tr("Run again") if report is not None else self.tr("Run check")
        self.run_button.setText(self.tr("Checking…") if running else run_text)
        self.run_button.setAccessibleName(self.tr("Run the readiness check"))
        self.save_button.setEnabled(report is not None and not running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
