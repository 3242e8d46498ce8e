"""Shared by the camera and microphone probes: ask the OS for permission when it has not."""

from __future__ import annotations

from ..devices import MediaDevices, Permission


async def allowed(devices: MediaDevices, kind: str) -> bool:
    """Whether this application may use ``kind`` ("camera", "microphone"); asks the person
    (macOS prompt) when the OS has not decided yet."""
    permission = await devices.permission(kind)
    if permission is Permission.UNDETERMINED:
        permission = await devices.request_permission(kind)
    return permission is Permission.GRANTED
