"""The live microphone level for the diagnosis screen's meter (QAudioSource, pull mode)."""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from kiosk.checks.core.levels import SampleFormat, peak

_FORMATS = {
    QAudioFormat.SampleFormat.UInt8: SampleFormat.UINT8,
    QAudioFormat.SampleFormat.Int16: SampleFormat.INT16,
    QAudioFormat.SampleFormat.Int32: SampleFormat.INT32,
    QAudioFormat.SampleFormat.Float: SampleFormat.FLOAT32,
}


class MicrophoneLevel(QObject):
    """Emits ``levelChanged`` (peak, 0..1) about 20 times a second while started."""

    levelChanged = Signal(float)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._format = SampleFormat.INT16

    @property
    def running(self) -> bool:
        return self._source is not None

    def start(self, device: QAudioDevice | None = None) -> bool:
        """Listen to ``device`` (the default input when None); False without a microphone."""
        self.stop()
        device = device if device is not None else QMediaDevices.defaultAudioInput()
        if device.isNull():
            return False
        wanted = QAudioFormat()
        wanted.setSampleRate(16000)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        audio_format = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        sample_format = _FORMATS.get(audio_format.sampleFormat())
        if sample_format is None:
            return False
        source = QAudioSource(device, audio_format, self)
        # About 50 ms per read: a lively meter without a callback per few samples.
        source.setBufferSize(max(1024, audio_format.bytesForDuration(50_000)))
        io = source.start()
        if source.error() is not QtAudio.Error.NoError:
            source.deleteLater()
            return False
        io.readyRead.connect(self._read)
        self._source, self._io, self._format = source, io, sample_format
        return True

    def stop(self) -> None:
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stop()
            source.deleteLater()
            self.levelChanged.emit(0.0)

    def _read(self) -> None:
        if self._io is None:
            return
        data = self._io.readAll().data()
        if data:
            self.levelChanged.emit(peak(bytes(data), self._format))
