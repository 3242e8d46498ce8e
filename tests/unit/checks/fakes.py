"""A fake camera/microphone backend: the only fake, because no camera exists where the tests
run. Everything else the readiness check talks to is real."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.checks.core import CameraInfo, MicrophoneInfo, Permission


@dataclass
class FakeDevices:
    """``MediaDevices`` with devices and permission answers set by the test."""

    camera_list: tuple[CameraInfo, ...] = ()
    microphone_list: tuple[MicrophoneInfo, ...] = ()
    state: dict[str, Permission] = field(default_factory=dict)
    answers: dict[str, Permission] = field(default_factory=dict)  # what the person answers
    asked: list[str] = field(default_factory=list)

    async def cameras(self) -> tuple[CameraInfo, ...]:
        return self.camera_list

    async def microphones(self) -> tuple[MicrophoneInfo, ...]:
        return self.microphone_list

    async def permission(self, kind: str) -> Permission:
        return self.state.get(kind, Permission.GRANTED)

    async def request_permission(self, kind: str) -> Permission:
        self.asked.append(kind)
        self.state[kind] = self.answers.get(kind, Permission.DENIED)
        return self.state[kind]


HD_CAMERA = CameraInfo("USB HD camera", ((640, 480), (1280, 720), (320, 240)), is_default=True)
HEADSET = MicrophoneInfo("Headset microphone", is_default=True)
