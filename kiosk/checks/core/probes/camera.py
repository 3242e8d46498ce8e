"""``camera``: present, allowed, and a format of at least the size the methods need."""

from __future__ import annotations

from ..devices import MediaDevices, default_first
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text
from .permission import allowed

NO_CAMERA = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No camera found. Connect the terminal's camera (USB) and run the check again; video "
    "identification needs one.",
)
CAMERA_TOO_SMALL = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    'The camera "%1" offers at most %2 pixels; video identification needs at least %3. '
    "Connect a better camera.",
)
CAMERA_BLOCKED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "This application may not use the camera. Allow it in the system settings (macOS: System "
    "Settings › Privacy & Security › Camera; Windows: Settings › Privacy › Camera).",
)


def size(resolution: tuple[int, int]) -> str:
    return f"{resolution[0]}x{resolution[1]}"


async def probe_camera(devices: MediaDevices, minimum: tuple[int, int]) -> Outcome:
    threshold = size(minimum)
    cameras = default_first(await devices.cameras())
    if not cameras:
        return Outcome(Status.FAIL, None, "px", threshold, text(NO_CAMERA), "no video input")
    camera = cameras[0]  # the one a web page gets by default
    if not await allowed(devices, "camera"):
        return Outcome(
            Status.FAIL,
            None,
            "px",
            threshold,
            text(CAMERA_BLOCKED),
            f"permission denied for {camera.name}",
        )
    best = camera.best
    others = ", ".join(c.name for c in cameras[1:])
    detail = f"{camera.name}" + (f" (also: {others})" if others else "")
    if best is None or best[0] < minimum[0] or best[1] < minimum[1]:
        shown = size(best) if best else "0x0"
        return Outcome(
            Status.FAIL,
            shown,
            "px",
            threshold,
            text(CAMERA_TOO_SMALL, camera.name, shown, threshold),
            detail,
        )
    return Outcome(Status.PASS, size(best), "px", threshold, None, detail)
