"""The diagnosis screen: sections fill in as probes finish, verdicts per method, the report
saved as text and JSON to the export folder (no file dialog, never over another file, an
unusable folder named), the microphone meter, accessible names, numbers in the staff
language's format, and a picture of it for people to look at."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app.language import LanguageSwitcher
from kiosk.checks.core import ProbeName, ProbeResult, ReadinessCheck, Status, Window, make_plan
from kiosk.checks.core.probes.bandwidth import TOO_SLOW
from kiosk.checks.core.runner import TIMED_OUT
from kiosk.checks.core.texts import Number, text
from kiosk.checks.qt.microphone_level import MicrophoneLevel
from kiosk.checks.qt.monitor import ReadinessMonitor
from kiosk.checks.qt.webrtc_page import QtWebEngineProbe
from kiosk.config import Settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import SrsEndpoints
from kiosk.ui.diagnosis import DiagnosisWidget
from kiosk.ui.diagnosis.probe_row import ProbeRow, advice_text
from kiosk.ui.diagnosis.words import Words
from kiosk.ui.style import apply_style
from tests.gui.conftest import wait_for
from tests.gui.qt_noise import QT_MULTIMEDIA_HEADLESS
from tests.unit.checks.fakes import HD_CAMERA, FakeDevices
from tests.unit.checks.peers import coturn, coturn_missing

pytestmark = pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)
SCREENSHOT_ENV = "SRS_KIOSK_SCREENSHOT_DIR"  # set it to keep the screen's picture


@pytest.fixture
def stun(tmp_path: Path) -> Iterator[str]:
    """A real STUN server when coturn is installed; else none (the UDP rows say skipped)."""
    if coturn_missing():
        yield ""
        return
    with coturn(tmp_path) as port:
        yield f"127.0.0.1:{port}"


class ExportFolder:
    """The export folder as the settings say it now (the tests change it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self) -> Path:
        return self.path


@pytest.fixture
def export(tmp_path: Path) -> ExportFolder:
    return ExportFolder(tmp_path / "reports")  # made at the first save


@pytest.fixture
def screen(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    stun: str,
    export: ExportFolder,
) -> Iterator[DiagnosisWidget]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app)
    url = simulator.base_url
    # The STUN server also stands for the high-UDP-port peer: only loopback is reached.
    settings = Settings.model_validate({"checks": {"udp_high_peer": stun}})
    plan = make_plan(
        settings, SrsEndpoints(url, f"{url}/oauth/token", url), training=True, stun=stun
    )
    plan = replace(plan, window=Window(warmup_s=0.3, measure_s=0.7))
    # A camera but no microphone: the fake backend stands in for the devices this machine
    # lacks, so the screen shows a passed and a failed device check.
    monitor = ReadinessMonitor(
        lambda: ReadinessCheck(plan, FakeDevices((HD_CAMERA,), ()), QtWebEngineProbe())
    )
    widget = DiagnosisWidget(monitor, export, level=MicrophoneLevel())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    monitor.cancel()
    widget.hide()  # stops preview and meter
    app.setStyleSheet("")


def run_to_the_end(screen: DiagnosisWidget, qloop: qasync.QEventLoop) -> None:
    QTest.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
    wait_for(
        qloop,
        lambda: screen.run_button.isEnabled() and screen._monitor.report is not None,
        timeout=60,
    )


def qloop_settle(qloop: qasync.QEventLoop) -> None:
    QTest.qWait(50)


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit)
        and w.isVisibleTo(root)
        and not w.accessibleName()
    ]


def test_sections_fill_in_as_probes_finish(
    screen: DiagnosisWidget, qloop: qasync.QEventLoop
) -> None:
    assert screen.summary.text() == "The check has not run yet."
    assert screen.run_button.text() == "Run check"
    assert not screen.save_text.isEnabled() and not screen.save_json.isEnabled()
    seen_partial: list[int] = []
    target = os.environ.get(SCREENSHOT_ENV)

    def heard(_: object) -> None:
        seen_partial.append(sum(r.result is not None for r in screen.rows.values()))
        if target and len(seen_partial) == 4:
            Path(target).mkdir(parents=True, exist_ok=True)
            screen.grab().save(str(Path(target) / "diagnosis-running.png"))

    screen._monitor.probeFinished.connect(heard)
    QTest.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
    assert not screen.run_button.isEnabled()
    assert {r.badge.text() for r in screen.rows.values()} == {"Checking…"}
    wait_for(qloop, lambda: screen._monitor.report is not None, timeout=60)
    assert seen_partial == list(range(1, len(ProbeName) + 1))  # one section at a time
    rows = screen.rows
    assert rows[ProbeName.CAMERA].badge.text() == "Passed"
    assert rows[ProbeName.CAMERA].value.text() == "1280x720 px · required ≥ 640x480 px"
    assert rows[ProbeName.MICROPHONE].badge.text() == "Failed"
    assert "No microphone found" in rows[ProbeName.MICROPHONE].advice.text()
    assert rows[ProbeName.DOWNLOAD].value.text().endswith("MB/s · required ≥ 0.5 MB/s")
    assert rows[ProbeName.DOWNLOAD].duration.text().endswith(" s")
    assert rows[ProbeName.TLS].badge.text() == "Skipped"
    # The guide's video network rows: training mode has no video host to check.
    assert rows[ProbeName.TLS_VIDEO].badge.text() == "Skipped"
    assert "training mode" in rows[ProbeName.WEBSOCKET].advice.text()
    assert "non_tls_peer" in rows[ProbeName.NON_TLS_443].advice.text()
    video, authada, bankident = screen.verdicts.rows
    assert (video[0].text(), video[1].text()) == ("Not ready", "VIDEO IDENTITY.TM")
    assert video[2].text().startswith("Blocked by: Microphone")
    assert "Works" not in video[2].text()  # blocked: nothing says it works (review s8)
    assert authada[0].text() == "Ready" and bankident[0].text() == "Ready"
    assert "2 of 3 methods can run" in screen.summary.text()
    assert screen.run_button.text() == "Run again"
    assert screen.save_text.isEnabled() and screen.save_json.isEnabled()
    assert unnamed(screen) == []
    # Wrapped advice gets all its lines: the scroll area follows the rows' heights.
    qloop_settle(qloop)
    inner, viewport = screen.results_area.widget(), screen.results_area.viewport()
    assert inner.height() >= inner.heightForWidth(viewport.width())
    assert rows[ProbeName.MICROPHONE].accessibleName() == "Microphone: Failed"

    if target:
        screen.grab().save(str(Path(target) / "diagnosis.png"))
        bar = screen.results_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        screen.grab().save(str(Path(target) / "diagnosis-end.png"))


def test_report_saved_as_text_and_json_in_the_export_folder(
    screen: DiagnosisWidget, qloop: qasync.QEventLoop, export: ExportFolder
) -> None:
    run_to_the_end(screen, qloop)
    QTest.mouseClick(screen.save_text, Qt.MouseButton.LeftButton)
    QTest.mouseClick(screen.save_json, Qt.MouseButton.LeftButton)
    # Straight to the file: no dialog to browse the file system from.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    (text_path,) = export.path.glob("readiness-report-*.txt")
    (json_path,) = export.path.glob("readiness-report-*.json")
    report = screen._monitor.report
    assert report is not None
    stamp = f"{report.started_at.astimezone():%Y%m%d-%H%M%S}"
    assert text_path.name == f"readiness-report-{stamp}.txt"
    text = text_path.read_text(encoding="utf-8")
    assert "terminal readiness report" in text and "IDENTITY.TM/video" in text
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["probes"]] == [p.value for p in ProbeName]
    assert screen.save_state.text() == f"Saved as {json_path}."
    assert screen.summary.property("role") is None


def test_a_report_saved_again_never_overwrites_the_first(
    screen: DiagnosisWidget, qloop: qasync.QEventLoop, export: ExportFolder
) -> None:
    run_to_the_end(screen, qloop)
    first = screen.save_report("txt")
    assert first is not None
    first.write_text("IT's notes", encoding="utf-8")  # whatever is there stays
    QTest.mouseClick(screen.save_text, Qt.MouseButton.LeftButton)
    second = first.with_name(f"{first.stem}-2.txt")
    assert first.read_text(encoding="utf-8") == "IT's notes"
    assert "terminal readiness report" in second.read_text(encoding="utf-8")
    assert set(export.path.iterdir()) == {first, second}
    assert screen.save_state.text() == f"Saved as {second}."


def test_a_folder_it_cannot_write_to_is_named_with_its_setting(
    screen: DiagnosisWidget, qloop: qasync.QEventLoop, export: ExportFolder, tmp_path: Path
) -> None:
    """Only the save's own line is an error, in words (the OS's text is English); the summary
    keeps the check's verdict and its colour. Was: the whole summary red, "[Errno 20] Not a
    directory" in it."""
    run_to_the_end(screen, qloop)
    verdict = screen.summary.text()
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    export.path = blocker / "reports"  # cannot be made (this test may run as root)
    QTest.mouseClick(screen.save_json, Qt.MouseButton.LeftButton)
    assert screen.summary.text() == verdict
    assert screen.summary.property("role") is None
    assert screen.save_state.isVisible() and screen.save_state.property("role") == "error"
    assert screen.save_state.text() == (
        f"The report could not be saved. The folder {export.path} does not exist and could not "
        "be made. Check the folder ([support] export_folder in the settings file)."
    )
    assert screen.save_json.isEnabled()  # staff can fix the setting and save again
    export.path = tmp_path / "reports"
    saved = screen.save_report("json")
    assert saved is not None and saved.parent == export.path
    assert screen.save_state.text() == f"Saved as {saved}."
    assert screen.save_state.property("role") == "muted"
    assert screen.summary.property("role") is None


def test_microphone_meter_follows_the_level(screen: DiagnosisWidget) -> None:
    meter = screen.media.meter
    level = meter._level
    level.levelChanged.emit(1.0)
    assert meter.bar.value() == 100
    level.levelChanged.emit(0.0316)  # about -30 dBFS: half way
    assert 45 <= meter.bar.value() <= 55
    assert meter.bar.accessibleName() == "Microphone level"


def test_a_screen_opened_later_shows_the_last_report(
    qtbot: QtBot, screen: DiagnosisWidget, qloop: qasync.QEventLoop, export: ExportFolder
) -> None:
    run_to_the_end(screen, qloop)
    later = DiagnosisWidget(screen._monitor, export, level=MicrophoneLevel(), camera_preview=False)
    qtbot.addWidget(later)
    assert later.rows[ProbeName.CAMERA].result is not None
    assert later.rows[ProbeName.CAMERA].result.status is Status.PASS
    assert len(later.verdicts.rows) == 3
    assert later.run_button.text() == "Run again"


@contextmanager
def german_staff() -> Iterator[None]:
    """Staff screens in German, the customer's in French (staff screens follow staff's)."""
    switcher = LanguageSwitcher()
    switcher.switch("fr")
    switcher.switch_staff("de")
    try:
        yield
    finally:
        switcher.switch("en")
        switcher.switch_staff("en")


def test_numbers_in_the_staff_languages_format(qtbot: QtBot) -> None:
    """German staff read "389,74 MB/s" and "0,7 s" (the report file keeps the point)."""
    with german_staff():
        row = ProbeRow(ProbeName.DOWNLOAD, Words())
        qtbot.addWidget(row)
        row.show_result(
            ProbeResult(ProbeName.DOWNLOAD, Status.PASS, 389.74, "MB/s", 0.5, None, 0.7)
        )
        assert "389,74 MB/s" in row.value.text() and "≥ 0,5 MB/s" in row.value.text()
        assert row.duration.text().startswith("0,7")
    row.refresh()  # English staff: the point
    assert "389.74 MB/s" in row.value.text() and row.duration.text().startswith("0.7")


def test_advice_numbers_in_the_staff_languages_format(qtbot: QtBot) -> None:
    """German staff read "Die Download-Geschwindigkeit beträgt 0,37 MB/s … mindestens 0,5
    MB/s" on the screen and in the pre-flight's note (the report file keeps the point)."""
    advice = text(TOO_SLOW["download"], Number(0.37), Number(0.5), "http://speed.test/down")
    timeout = text(TIMED_OUT, Number(2.5))
    with german_staff():
        row = ProbeRow(ProbeName.DOWNLOAD, Words())
        qtbot.addWidget(row)
        row.show_result(
            ProbeResult(ProbeName.DOWNLOAD, Status.FAIL, 0.37, "MB/s", 0.5, advice, 0.7)
        )
        shown = row.advice.text()
        assert shown.startswith("Die Download-Geschwindigkeit beträgt 0,37 MB/s"), shown
        assert "mindestens 0,5 MB/s" in shown and "http://speed.test/down" in shown
        assert "innerhalb von 2,5 s" in advice_text(timeout)  # as the pre-flight's note
    row.refresh()  # English staff: the point
    assert "is 0.37 MB/s" in row.advice.text() and "2.5 s" in advice_text(timeout)
