"""``microphone``: present and allowed (the diagnosis screen shows its live level)."""

from __future__ import annotations

from ..devices import MediaDevices, default_first
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text
from .permission import allowed

NO_MICROPHONE = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No microphone found. Connect a microphone or a headset and run the check again; video "
    "identification needs one.",
)
MICROPHONE_BLOCKED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "This application may not use the microphone. Allow it in the system settings (macOS: "
    "System Settings › Privacy & Security › Microphone; Windows: Settings › Privacy › "
    "Microphone).",
)


async def probe_microphone(devices: MediaDevices) -> Outcome:
    microphones = default_first(await devices.microphones())
    if not microphones:
        return Outcome(Status.FAIL, 0, "devices", 1, text(NO_MICROPHONE), "no audio input")
    detail = ", ".join(m.name for m in microphones)
    if not await allowed(devices, "microphone"):
        return Outcome(
            Status.FAIL, len(microphones), "devices", 1, text(MICROPHONE_BLOCKED), detail
        )
    return Outcome(Status.PASS, len(microphones), "devices", 1, None, detail)
