"""The readiness check's Qt backends: the WebRTC probe in the headless web engine (Chromium's
fake camera and microphone, a real coturn for ICE), QtMultimedia's device lists, the microphone
level source, and the background monitor running a whole check on the Qt loop."""

from __future__ import annotations

from dataclasses import replace

import pytest
import qasync
from PySide6.QtMultimedia import QMediaDevices

from kiosk.checks.core import (
    HostPort,
    Permission,
    ProbeName,
    ProbeResult,
    ReadinessCheck,
    Report,
    Status,
    Window,
    make_plan,
)
from kiosk.checks.core.probes.webrtc import judge_webrtc
from kiosk.checks.qt.media_devices import QtMediaDevices
from kiosk.checks.qt.microphone_level import MicrophoneLevel
from kiosk.checks.qt.monitor import ReadinessMonitor
from kiosk.checks.qt.webrtc_page import QtWebEngineProbe
from kiosk.config import Settings
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.srs import SrsEndpoints
from tests.gui.conftest import run, wait_for
from tests.gui.qt_noise import QT_MULTIMEDIA_HEADLESS
from tests.unit.checks.fakes import HD_CAMERA, HEADSET, FakeDevices
from tests.unit.checks.peers import free_udp_port

pytestmark = pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)
VGA = (640, 480)


def test_webrtc_gets_media_and_a_reflexive_candidate_from_coturn(
    qloop: qasync.QEventLoop, stun_port: int
) -> None:
    stun = HostPort("127.0.0.1", stun_port)
    seen = run(qloop, QtWebEngineProbe().observe(stun, 20))
    assert seen.engine_error is None and seen.peer_connection
    assert seen.media_error is None and seen.audio
    assert seen.video is not None and seen.video[0] >= 640 and seen.video[1] >= 480
    # The server-reflexive candidate is what coturn saw: loopback here.
    assert [c.address for c in seen.candidates if c.kind == "srflx"] == ["127.0.0.1"]
    outcome = judge_webrtc(seen, stun, VGA)
    assert outcome.status is Status.PASS, outcome


def test_webrtc_without_an_answering_stun_server_warns_about_udp(qloop: qasync.QEventLoop) -> None:
    stun = HostPort("127.0.0.1", free_udp_port())
    seen = run(qloop, QtWebEngineProbe().observe(stun, 20))
    assert not [c for c in seen.candidates if c.kind == "srflx"]
    assert [c for c in seen.candidates if c.kind == "host"]
    outcome = judge_webrtc(seen, stun, VGA)
    assert outcome.status is Status.WARN
    assert outcome.facets == {"engine": Status.PASS, "media": Status.PASS, "udp": Status.WARN}


def test_webrtc_without_stun_server(qloop: qasync.QEventLoop) -> None:
    seen = run(qloop, QtWebEngineProbe().observe(None, 20))
    outcome = judge_webrtc(seen, None, VGA)
    assert outcome.status is Status.PASS
    assert outcome.facets["udp"] is Status.SKIPPED


def test_qt_media_devices_match_qt_s_lists(qloop: qasync.QEventLoop) -> None:
    devices = QtMediaDevices()
    cameras = run(qloop, devices.cameras())
    microphones = run(qloop, devices.microphones())
    assert [c.name for c in cameras] == [d.description() for d in QMediaDevices.videoInputs()]
    assert [m.name for m in microphones] == [d.description() for d in QMediaDevices.audioInputs()]
    # Only macOS asks the person; elsewhere Qt reports access as granted.
    assert run(qloop, devices.permission("camera")) in tuple(Permission)


def test_microphone_level_needs_a_microphone(qloop: qasync.QEventLoop) -> None:
    level = MicrophoneLevel()
    heard: list[float] = []
    level.levelChanged.connect(heard.append)
    has_microphone = bool(QMediaDevices.audioInputs())
    assert level.start() is has_microphone
    level.stop()
    assert not level.running
    assert heard[-1:] == ([0.0] if has_microphone else [])


def _check(simulator: EmbeddedSimulator, stun: str) -> ReadinessCheck:
    url = simulator.base_url
    # The STUN server also stands for the high-UDP-port peer: only loopback is reached.
    settings = Settings.model_validate({"checks": {"udp_high_peer": stun}})
    plan = make_plan(
        settings, SrsEndpoints(url, f"{url}/oauth/token", url), training=True, stun=stun
    )
    quick = replace(plan, window=Window(warmup_s=0.2, measure_s=0.5))
    return ReadinessCheck(quick, FakeDevices((HD_CAMERA,), (HEADSET,)), QtWebEngineProbe())


def test_monitor_runs_the_whole_check_and_signals_each_result(
    qloop: qasync.QEventLoop, simulator: EmbeddedSimulator, stun_port: int
) -> None:
    monitor = ReadinessMonitor(lambda: _check(simulator, f"127.0.0.1:{stun_port}"))
    heard: list[ProbeResult] = []
    reports: list[Report] = []
    monitor.probeFinished.connect(heard.append)
    monitor.finished.connect(reports.append)
    monitor.start()
    assert monitor.running
    wait_for(qloop, lambda: bool(reports), timeout=60)
    report = reports[0]
    assert sorted(r.name for r in heard) == sorted(ProbeName)
    assert monitor.report is report and not monitor.running
    assert {r.name: r.status for r in report.results} == {
        ProbeName.CAMERA: Status.PASS,
        ProbeName.MICROPHONE: Status.PASS,
        ProbeName.DOWNLOAD: Status.PASS,
        ProbeName.UPLOAD: Status.PASS,
        ProbeName.TCP: Status.PASS,
        ProbeName.TLS: Status.SKIPPED,
        ProbeName.TLS_VIDEO: Status.SKIPPED,
        ProbeName.WEBSOCKET: Status.SKIPPED,
        ProbeName.NON_TLS_443: Status.SKIPPED,
        ProbeName.STUN: Status.PASS,
        ProbeName.UDP_HIGH: Status.PASS,
        ProbeName.WEBRTC: Status.PASS,
        ProbeName.PROXY: Status.PASS,
    }
    assert report.all_ready
    verdict = monitor.verdict_for("identity.tm", "VIDEO")
    assert verdict is not None and verdict.ready


def test_a_new_run_cancels_the_one_before(
    qloop: qasync.QEventLoop, simulator: EmbeddedSimulator
) -> None:
    monitor = ReadinessMonitor(lambda: _check(simulator, ""))
    reports: list[Report] = []
    monitor.finished.connect(reports.append)
    first = monitor.start()
    second = monitor.start(only=[ProbeName.TCP, ProbeName.TLS])
    wait_for(qloop, lambda: bool(reports))
    assert first.cancelled()
    assert [r.name for r in reports[0].results] == [ProbeName.TCP, ProbeName.TLS]
    assert second.result() is reports[0]
