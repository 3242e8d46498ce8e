"""camera and microphone logic with a fake device backend (no camera where the tests run)."""

from __future__ import annotations

from kiosk.checks.core import CameraInfo, MicrophoneInfo, Permission, Status
from kiosk.checks.core.probes.camera import probe_camera
from kiosk.checks.core.probes.microphone import probe_microphone

from .fakes import HD_CAMERA, FakeDevices

VGA = (640, 480)


async def test_camera_with_a_large_enough_format_passes(devices: FakeDevices) -> None:
    outcome = await probe_camera(devices, VGA)
    assert (outcome.status, outcome.value, outcome.unit) == (Status.PASS, "1280x720", "px")
    assert outcome.threshold == "640x480"
    assert "USB HD camera" in outcome.detail


async def test_no_camera_fails_with_advice() -> None:
    outcome = await probe_camera(FakeDevices(), VGA)
    assert outcome.status is Status.FAIL
    assert outcome.value is None
    assert "No camera found" in str(outcome.advice)


async def test_the_default_camera_counts_not_the_best_one() -> None:
    small = CameraInfo("Built-in camera", ((320, 240), (352, 288)), is_default=True)
    big = CameraInfo("Document camera", ((1920, 1080),))
    outcome = await probe_camera(FakeDevices((big, small)), VGA)
    assert (outcome.status, outcome.value) == (Status.FAIL, "352x288")
    assert "Built-in camera" in str(outcome.advice) and "640x480" in str(outcome.advice)
    assert "also: Document camera" in outcome.detail


async def test_undetermined_permission_is_asked_for() -> None:
    devices = FakeDevices(
        (HD_CAMERA,),
        state={"camera": Permission.UNDETERMINED},
        answers={"camera": Permission.GRANTED},
    )
    outcome = await probe_camera(devices, VGA)
    assert devices.asked == ["camera"]
    assert outcome.status is Status.PASS


async def test_denied_permission_fails_with_where_to_allow_it() -> None:
    devices = FakeDevices(
        (HD_CAMERA,),
        state={"camera": Permission.UNDETERMINED},
        answers={"camera": Permission.DENIED},
    )
    outcome = await probe_camera(devices, VGA)
    assert outcome.status is Status.FAIL
    assert "Privacy" in str(outcome.advice)


async def test_microphone_present_absent_denied(devices: FakeDevices) -> None:
    present = await probe_microphone(devices)
    assert (present.status, present.value, present.threshold) == (Status.PASS, 1, 1)
    assert present.detail == "Headset microphone"
    absent = await probe_microphone(FakeDevices())
    assert absent.status is Status.FAIL and "No microphone found" in str(absent.advice)
    denied = await probe_microphone(
        FakeDevices(
            microphone_list=(MicrophoneInfo("USB mic"),), state={"microphone": Permission.DENIED}
        )
    )
    assert denied.status is Status.FAIL and "Microphone" in str(denied.advice)
