"""The small interface the camera and microphone probes need from a media backend.

The Qt backend (``kiosk.checks.qt.media_devices``) implements it with QtMultimedia; tests use
a fake, because no camera exists where the tests run.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar


class Permission(StrEnum):
    GRANTED = "granted"
    DENIED = "denied"
    UNDETERMINED = "undetermined"  # the OS has not asked the person yet (macOS)


@dataclass(frozen=True)
class CameraInfo:
    name: str
    resolutions: tuple[tuple[int, int], ...]  # (width, height) of every format offered
    is_default: bool = False

    @property
    def best(self) -> tuple[int, int] | None:
        return max(self.resolutions, key=lambda r: (r[0] * r[1], r[0]), default=None)


@dataclass(frozen=True)
class MicrophoneInfo:
    name: str
    is_default: bool = False


class MediaDevices(Protocol):
    async def cameras(self) -> tuple[CameraInfo, ...]: ...

    async def microphones(self) -> tuple[MicrophoneInfo, ...]: ...

    async def permission(self, kind: str) -> Permission:
        """``kind`` is "camera" or "microphone"."""
        ...

    async def request_permission(self, kind: str) -> Permission:
        """Ask the person (macOS shows its prompt); returns the answer."""
        ...


Device = TypeVar("Device", CameraInfo, MicrophoneInfo)


def default_first(devices: tuple[Device, ...]) -> tuple[Device, ...]:
    return tuple(sorted(devices, key=lambda d: not d.is_default))
