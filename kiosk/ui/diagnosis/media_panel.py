"""Camera preview and live microphone meter, so staff can see and hear that the devices work.

Both run only while the panel is visible: the camera must be free again when an identification
starts in the web view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedLayout, QVBoxLayout, QWidget

from kiosk.checks.core.levels import meter_fraction
from kiosk.checks.qt.media_devices import when_allowed
from kiosk.checks.qt.microphone_level import MicrophoneLevel
from kiosk.i18n import fill


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 120)  # fits a 768 px high kiosk screen with the meter, long texts
        self.setMaximumHeight(360)  # 4:3 at the column's width; the meter stays in view
        self._stack = QStackedLayout(self)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack.addWidget(self.placeholder)
        self._video: QVideoWidget | None = None
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._problem = ""
        self._wanted = False
        self.retranslate()

    @property
    def active(self) -> bool:
        return self._camera is not None

    def start(self) -> bool:
        """Show the default camera (once the OS allows it); False, with a message, without
        one."""
        self.stop()
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self._problem = "none"
            self.retranslate()
            return False
        self._wanted = True
        when_allowed("camera", self, self._allowed)
        return True

    def _allowed(self, allowed: bool) -> None:
        if not self._wanted:  # hidden again while the person was asked
            return
        device = QMediaDevices.defaultVideoInput()
        if not allowed or device.isNull():
            self._problem = "blocked" if not allowed else "none"
            self.retranslate()
            return
        if self._video is None:
            self._video = QVideoWidget()
            self._stack.addWidget(self._video)
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._on_error)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoOutput(self._video)
        self._camera.start()
        self._problem = ""
        self._stack.setCurrentWidget(self._video)
        self.retranslate()

    def stop(self) -> None:
        self._wanted = False
        camera, session = self._camera, self._session
        self._camera = self._session = None
        if camera is not None:
            camera.stop()
            camera.deleteLater()
        if session is not None:
            session.deleteLater()
        self._stack.setCurrentWidget(self.placeholder)

    def retranslate(self) -> None:
        if self._problem == "none":
            text = self.tr("No camera found.")
        elif self._problem == "blocked":
            text = self.tr(
                "This application may not use the camera: allow it in the system settings."
            )
        elif self._problem:
            text = fill(self.tr("The camera does not work: %1"), self._problem)
        else:
            text = self.tr("The camera picture appears here while this screen is open.")
        self.placeholder.setText(text)
        self.placeholder.setAccessibleName(text)
        if self._video is not None:
            self._video.setAccessibleName(self.tr("Camera preview"))
        self.setAccessibleName(self.tr("Camera preview"))

    def _on_error(self, error: QCamera.Error, message: str) -> None:
        self.stop()
        self._problem = message or error.name
        self.retranslate()


class MicrophoneMeter(QWidget):
    def __init__(self, level: MicrophoneLevel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = level
        self.bar = QProgressBar()
        self.bar.setObjectName("microphoneLevel")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.hint = QLabel()
        self.hint.setProperty("role", "small")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self._listening: bool | None = None  # None: not started yet
        self._blocked = False
        self._wanted = False
        level.levelChanged.connect(self._on_level)
        self.retranslate()

    def start(self) -> None:
        """Listen once the OS allows it; the hint says what happened."""
        self._wanted = True
        when_allowed("microphone", self, self._allowed)

    def _allowed(self, allowed: bool) -> None:
        if self._wanted:
            self._listening = self._level.start() if allowed else False
            self._blocked = not allowed
            self.retranslate()

    def stop(self) -> None:
        self._wanted = False
        self._level.stop()
        self.bar.setValue(0)

    def retranslate(self) -> None:
        if self._blocked:
            text = self.tr(
                "This application may not use the microphone: allow it in the system settings."
            )
        elif self._listening is False:
            text = self.tr("No microphone found.")
        elif self._listening:
            text = self.tr("Speak: the bar moves with the voice.")
        else:
            text = self.tr("The microphone level appears here while this screen is open.")
        self.hint.setText(text)
        self.hint.setAccessibleName(text)
        self.bar.setAccessibleName(self.tr("Microphone level"))

    def _on_level(self, peak: float) -> None:
        self.bar.setValue(round(meter_fraction(peak) * 100))


class MediaPanel(QWidget):
    """Starts the preview and the meter when shown, stops them when hidden."""

    def __init__(
        self, level: MicrophoneLevel, *, preview: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.camera_title = QLabel()
        self.camera_title.setProperty("role", "cardTitle")
        self.camera = CameraPreview()
        self.microphone_title = QLabel()
        self.microphone_title.setProperty("role", "cardTitle")
        self.meter = MicrophoneMeter(level)
        self._preview = preview
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.camera_title)
        layout.addWidget(self.camera, 1)
        layout.addSpacing(12)
        layout.addWidget(self.microphone_title)
        layout.addWidget(self.meter)
        layout.addStretch()
        self.camera.setVisible(preview)
        self.camera_title.setVisible(preview)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in (
            (self.camera_title, self.tr("Camera")),
            (self.microphone_title, self.tr("Microphone")),
        ):
            label.setText(text)
            label.setAccessibleName(text)
        self.camera.retranslate()
        self.meter.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview:
            self.camera.start()
        self.meter.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.camera.stop()
        self.meter.stop()
        super().hideEvent(event)
