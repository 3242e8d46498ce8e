"""Readiness in the running kiosk: the start-up check greys out what this terminal cannot run,
with the reason; the pre-flight before a video identification stops it (and says why) when
there is no camera; the diagnosis screen sits behind the staff PIN.

This machine has no camera: the fake device backend stands in for the devices (with none, or
with a camera and a microphone); everything else the check talks to is real (the simulator's
bandwidth endpoints, TCP, TLS)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app.stages import Stage
from kiosk.checks.core import ProbeName, ReadinessCheck, Window, make_plan
from kiosk.config import Settings
from kiosk.srs import SrsEndpoints
from tests.gui.conftest import Kiosk
from tests.gui.flow import accept_consent, card, choose, click, fill, submit_data, to_methods
from tests.gui.qt_noise import QT_MULTIMEDIA_HEADLESS
from tests.gui.test_diagnosis import SCREENSHOT_ENV
from tests.gui.test_staff_pin import enter_pin
from tests.unit.checks.fakes import HD_CAMERA, HEADSET, FakeDevices

pytestmark = pytest.mark.qt_log_ignore(*QT_MULTIMEDIA_HEADLESS)


def use_devices(k: Kiosk, devices: FakeDevices) -> None:
    """The kiosk's checks with these devices, no STUN server, and short bandwidth runs."""
    url = k.sim_url
    no_udp = Settings.model_validate({"checks": {"udp_high_peer": ""}})  # loopback only
    plan = make_plan(no_udp, SrsEndpoints(url, f"{url}/oauth/token", url), training=True, stun="")
    plan = replace(plan, window=Window(warmup_s=0.2, measure_s=0.5))
    k.terminal.readiness.make_check = lambda: ReadinessCheck(plan, devices, None)


def with_preflight(k: Kiosk) -> None:
    settings = k.ctl.settings
    k.terminal.settings = settings.model_copy(
        update={"checks": settings.checks.model_copy(update={"preflight": True})}
    )


def test_startup_check_greys_out_video_without_a_camera(kiosk: Kiosk) -> None:
    use_devices(kiosk, FakeDevices((), ()))
    kiosk.window.start_readiness()
    assert kiosk.window.current is kiosk.window.attract  # nothing waits for the check
    assert kiosk.terminal.readiness.monitor.running
    kiosk.wait(lambda: kiosk.terminal.readiness.monitor.report is not None, timeout=60)
    verdict = kiosk.terminal.verdicts["IDENTITY.TM/video"]  # data: the screens word it
    assert set(verdict.blocking) >= {ProbeName.CAMERA, ProbeName.MICROPHONE}
    to_methods(kiosk)
    video = card(kiosk, "IDENTITY.TM")
    assert not video.choose.isEnabled()
    assert video.reason.isVisible() and "Camera" in video.reason.text()
    klarna = card(kiosk, "KLARNA")
    assert klarna.choose.isEnabled() and not klarna.reason.isVisible()


def test_preflight_stops_video_without_a_camera_and_says_why(kiosk: Kiosk) -> None:
    use_devices(kiosk, FakeDevices((), ()))
    with_preflight(kiosk)
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")
    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567"})
    submit_data(kiosk)
    assert kiosk.ctl.needs_preflight()
    accept_consent(kiosk)
    consent = kiosk.window.consent
    kiosk.wait(lambda: consent.error.isVisible(), timeout=60)
    # The customer: one sentence and one action; staff: the probes' findings in their strip.
    assert consent.error.text() == (
        "This terminal cannot run this identification right now: please choose another method."
    )
    assert consent.accept.text() == "Choose another method"
    text = kiosk.window.staff_detail.text
    assert "cannot run" in text and "Camera:" in text and "Microphone:" in text
    assert "camera" in text.split("Camera:", 1)[1].lower()  # the probe's advice follows
    assert kiosk.ctl.stage is Stage.CONSENT and kiosk.ctl.started is None
    if target := os.environ.get(SCREENSHOT_ENV):
        kiosk.window.grab().save(str(Path(target) / "preflight-blocked.png"))
    assert kiosk.sim("GET", "/_sim/orders").json()["orders"] == []  # never started
    click(kiosk, consent.back)
    assert kiosk.ctl.stage is Stage.DATA


def test_preflight_lets_video_start_with_camera_and_microphone(kiosk: Kiosk) -> None:
    use_devices(kiosk, FakeDevices((HD_CAMERA,), (HEADSET,)))
    with_preflight(kiosk)
    to_methods(kiosk)
    choose(kiosk, "IDENTITY.TM")
    fill(kiosk, {"last_name": "Muster", "mobile": "+41791234567"})
    submit_data(kiosk)
    accept_consent(kiosk)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.HANDOFF, timeout=60)
    assert kiosk.ctl.started is not None


def test_preflight_is_not_run_for_methods_without_camera_or_microphone(kiosk: Kiosk) -> None:
    with_preflight(kiosk)
    to_methods(kiosk)
    choose(kiosk, "AUTHADA")
    assert not kiosk.ctl.needs_preflight()


def test_diagnosis_screen_behind_the_staff_pin(kiosk: Kiosk, tmp_path: Path) -> None:
    use_devices(kiosk, FakeDevices((HD_CAMERA,), ()))
    settings = kiosk.ctl.settings
    support = settings.support.model_copy(update={"export_folder": tmp_path})
    kiosk.terminal.settings = settings.model_copy(update={"support": support})
    kiosk.terminal.pins.store.set_pin("482613")
    click(kiosk, kiosk.window.staff)
    enter_pin(kiosk, "482613")
    kiosk.wait(lambda: kiosk.window.staff_menu.isVisible())
    click(kiosk, kiosk.window.staff_menu.diagnosis)
    screen = kiosk.window.diagnosis
    assert kiosk.window.current is screen and screen.widget is not None
    assert screen.widget.isVisible()
    click(kiosk, screen.widget.run_button)
    kiosk.wait(lambda: kiosk.terminal.readiness.monitor.report is not None, timeout=60)
    camera = screen.widget.rows[ProbeName.CAMERA]
    assert camera.result is not None and camera.result.status.value == "pass"
    assert not kiosk.ctl.idle_rules.timer.active  # staff at work: no idle wipe
    # Saved where the support card's exports go ([support] export_folder).
    click(kiosk, screen.widget.save_json)
    (saved,) = tmp_path.glob("readiness-report-*.json")
    assert screen.widget.save_state.text() == f"Saved as {saved}."
    click(kiosk, screen.back)
    assert kiosk.window.current is kiosk.window.attract
    assert "IDENTITY.TM/video" in kiosk.terminal.verdicts  # no microphone


def test_a_check_ending_while_staff_read_the_list_greys_out_the_tiles_in_place(
    kiosk: Kiosk,
) -> None:
    """The start-up check may end while the list is on screen: the tiles say so where they are,
    not rebuilt under a finger or a screen reader's cursor (a press on a tile being replaced
    did nothing), and the focus stays on the tile staff were on."""
    to_methods(kiosk)
    tiles = list(kiosk.window.methods.cards)
    klarna = card(kiosk, "KLARNA")
    klarna.choose.setFocus()
    use_devices(kiosk, FakeDevices((), ()))
    kiosk.window.start_readiness()
    kiosk.wait(lambda: kiosk.terminal.readiness.monitor.report is not None, timeout=60)
    kiosk.wait(lambda: not card(kiosk, "IDENTITY.TM").choose.isEnabled())
    assert kiosk.window.methods.cards == tiles  # the same tiles, none replaced
    assert all(t.isVisible() for t in tiles)
    video = card(kiosk, "IDENTITY.TM")
    assert "Camera" in video.reason.text() and video.property("unavailable") is True
    assert klarna.choose.hasFocus()
    click(kiosk, klarna.choose)  # the tile pressed when the check ended chooses its method
    assert kiosk.ctl.stage is Stage.DATA


def test_a_tile_staff_were_on_that_greys_out_hands_the_focus_on(kiosk: Kiosk) -> None:
    to_methods(kiosk)
    video = card(kiosk, "IDENTITY.TM")
    video.choose.setFocus()
    use_devices(kiosk, FakeDevices((), ()))
    kiosk.window.start_readiness()
    kiosk.wait(lambda: not video.choose.isEnabled(), timeout=60)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not video.choose
    assert focused in [c.choose for c in kiosk.window.methods.cards if c.choose.isEnabled()]
