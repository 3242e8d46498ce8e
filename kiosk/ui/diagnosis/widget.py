"""The diagnosis screen (staff menu): run the readiness check, watch each probe's section fill
in as it finishes, see which methods this terminal can run, check the camera picture and the
microphone level, and save the report for IT (text in the screen's language, or JSON) as a
new file in the export folder (``[support] export_folder``, as the support card: no file dialog,
staff never browse or change the file system from here).

It shows whatever its ``ReadinessMonitor`` runs, including the run the app starts in the
background at start-up or a pre-flight before a video identification.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.exports import export_problem, write_export
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
        export_folder: Callable[[], Path],
        *,
        level: MicrophoneLevel | None = None,
        camera_preview: bool = True,
        footer: QBoxLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``export_folder``: where "Save" writes the report, as the settings say now;
        ``footer``: a screen's row of buttons the save buttons go first in (beside its Back:
        no height taken from the results), else they are under "Run"."""
        super().__init__(parent)
        self.setObjectName("screen")
        self.setStyleSheet(STYLE)
        self._monitor = monitor
        self._export_folder = export_folder
        self._words = Words(self)
        self._saved: Path | None = None
        self._save_problem = ""  # why the last save failed (the summary keeps its colour)
        self._error = ""  # why the check could not run

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)  # long in some languages, with large text
        self.intro = QLabel()
        self.intro.setProperty("role", "muted")
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Where the last save went, or why it failed: an error of its own, under the summary.
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        self.save_state.hide()
        self.run_button = TextButton()  # never squeezed below its text
        self.run_button.setProperty("role", "primary")
        self.run_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.run_button.clicked.connect(self.run_check)
        # One button per format: one touch saves, nothing to choose in between.
        self.save_text = TextButton()
        self.save_text.clicked.connect(lambda: self.save_report("txt"))
        self.save_json = TextButton()
        self.save_json.clicked.connect(lambda: self.save_report("json"))
        for save in (self.save_text, self.save_json):
            save.setAutoDefault(True)  # Enter presses it, as Space does

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
        for index, save in enumerate((self.save_text, self.save_json)):
            if footer is not None:
                footer.insertWidget(index, save)
                save.show()  # now: a layout shows a new child only once the events ran
            else:
                buttons.addWidget(save)
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
        layout.addWidget(self.save_state)  # the whole width: a long folder needs few lines
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
        self._saved, self._save_problem, self._error = None, "", ""
        self._monitor.start()

    def save_report(self, suffix: str) -> Path | None:
        """The report as a new file in the export folder (never over another): JSON (``json``)
        or the text report in the screen's language; where it went, or why not, in the
        line under the summary."""
        report = self._monitor.report
        if report is None:
            return None
        content = dumps(report) if suffix == "json" else report_text(report, translate)
        folder = self._export_folder()
        # Named by the run, not the saving: the same report saved twice gets "-2".
        name = f"readiness-report-{report.started_at.astimezone():%Y%m%d-%H%M%S}.{suffix}"
        try:
            path = write_export(folder, name, content)
        except OSError as exc:
            self._saved = None
            self._save_problem = fill(
                self.tr("The report could not be saved. %1"), export_problem(exc, folder)
            )
        else:
            self._saved, self._save_problem = path, ""
        self._render_summary()
        return self._saved

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
        self.save_text.setText(self.tr("Save as text"))
        self.save_json.setText(self.tr("Save as JSON"))
        self.methods_title.setText(self.tr("Identification methods"))
        self.probes_title.setText(self.tr("Checks"))
        for label in (self.title, self.intro, self.methods_title, self.probes_title):
            label.setAccessibleName(label.text())
        self.save_text.setAccessibleName(self.tr("Save the readiness report as text"))
        self.save_json.setAccessibleName(self.tr("Save the readiness report as JSON"))
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
        if self._error:
            text += " " + self._error
        self.summary.setText(text)
        saved = fill(self.tr("Saved as %1."), str(self._saved)) if self._saved else ""
        state = self._save_problem or saved
        # The role first: its font sets the height the text needs.
        self.save_state.setProperty("role", "error" if self._save_problem else "muted")
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)
        self.save_state.setText(state)
        self.save_state.setAccessibleName(state)
        self.save_state.setVisible(bool(state))
        self.summary.setProperty("role", "error" if self._error else None)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setAccessibleName(text)
        self.run_button.setEnabled(not running)
        run_text = self.tr("Run again") if report is not None else self.tr("Run check")
        self.run_button.setText(self.tr("Checking…") if running else run_text)
        self.run_button.setAccessibleName(self.tr("Run the readiness check"))
        for save in (self.save_text, self.save_json):
            save.setEnabled(report is not None and not running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
