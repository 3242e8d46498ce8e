"""Camera and microphone through QtMultimedia, as the core's ``MediaDevices`` interface.

Permissions go through Qt's permission API: on macOS the first use asks the person (the app
bundle's Info.plist must carry the usage strings); on other systems Qt reports "granted".
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QMicrophonePermission,
    QObject,
    QPermission,
    Qt,
)
from PySide6.QtMultimedia import QMediaDevices

from kiosk.checks.core.devices import CameraInfo, MicrophoneInfo, Permission

_STATUS = {
    Qt.PermissionStatus.Granted: Permission.GRANTED,
    Qt.PermissionStatus.Denied: Permission.DENIED,
    Qt.PermissionStatus.Undetermined: Permission.UNDETERMINED,
}


def _permission(kind: str) -> QCameraPermission | QMicrophonePermission:
    return QCameraPermission() if kind == "camera" else QMicrophonePermission()


class QtMediaDevices:
    """Reads Qt's device lists on the GUI thread (QtMultimedia's requirement); they are quick."""

    def __init__(self) -> None:
        self._context = QObject()  # receiver of permission answers; lives as long as we do

    async def cameras(self) -> tuple[CameraInfo, ...]:
        default = QMediaDevices.defaultVideoInput().id()
        return tuple(
            CameraInfo(
                name=device.description(),
                resolutions=tuple(
                    dict.fromkeys(
                        (f.resolution().width(), f.resolution().height())
                        for f in device.videoFormats()
                    )
                ),
                is_default=device.id() == default,
            )
            for device in QMediaDevices.videoInputs()
        )

    async def microphones(self) -> tuple[MicrophoneInfo, ...]:
        default = QMediaDevices.defaultAudioInput().id()
        return tuple(
            MicrophoneInfo(d.description(), d.id() == default) for d in QMediaDevices.audioInputs()
        )

    async def permission(self, kind: str) -> Permission:
        app = QCoreApplication.instance()
        if app is None:
            return Permission.UNDETERMINED
        return _STATUS[app.checkPermission(_permission(kind))]

    async def request_permission(self, kind: str) -> Permission:
        app = QCoreApplication.instance()
        if app is None:
            return Permission.UNDETERMINED
        answer: asyncio.Future[Permission] = asyncio.get_running_loop().create_future()

        def answered(permission: QPermission) -> None:
            if not answer.done():
                answer.set_result(_STATUS[permission.status()])

        app.requestPermission(_permission(kind), self._context, answered)
        return await answer


def when_allowed(kind: str, context: QObject, then: Callable[[bool], None]) -> None:
    """Call ``then(allowed)`` once the OS has decided whether this app may use ``kind``
    ("camera", "microphone"); asks the person first where the OS has not (macOS)."""
    app = QCoreApplication.instance()
    if app is None:
        then(False)
        return
    status = app.checkPermission(_permission(kind))
    if status is Qt.PermissionStatus.Undetermined:
        app.requestPermission(
            _permission(kind), context, lambda p: then(p.status() is Qt.PermissionStatus.Granted)
        )
    else:
        then(status is Qt.PermissionStatus.Granted)
