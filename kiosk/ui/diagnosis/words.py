"""Names of probes and statuses as the screen shows them (translated, context "Diagnosis")."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from kiosk.app.language import staff_locale
from kiosk.checks.core import ProbeName, Status
from kiosk.i18n import fill


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals in the staff language's format ("0,7" in German)."""
    return staff_locale().toString(value, "f", places)


def number(value: float, digits: int = 6) -> str:
    """A measured value as ``{value:.{digits}g}`` writes it (``digits`` significant digits, no
    trailing zeros), in the staff language's format ("389,74" in German)."""
    locale = staff_locale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "g", digits)


class Words(QObject):
    """``self.tr`` needs a QObject; one instance serves every row of the screen."""

    def probe(self, name: ProbeName) -> str:
        titles = {
            ProbeName.CAMERA: self.tr("Camera"),
            ProbeName.MICROPHONE: self.tr("Microphone"),
            ProbeName.DOWNLOAD: self.tr("Download speed"),
            ProbeName.UPLOAD: self.tr("Upload speed"),
            ProbeName.TCP: self.tr("Connections (TCP)"),
            ProbeName.TLS: self.tr("Secure connection (TLS)"),
            ProbeName.TLS_VIDEO: self.tr("Secure connection to the video hosts (TLS)"),
            ProbeName.WEBSOCKET: self.tr("WebSocket (video signalling)"),
            ProbeName.NON_TLS_443: self.tr("Non-TLS traffic on port 443"),
            ProbeName.STUN: self.tr("UDP (STUN)"),
            ProbeName.UDP_HIGH: self.tr("UDP high ports (STUN)"),
            ProbeName.WEBRTC: self.tr("Video calls in the browser (WebRTC)"),
            ProbeName.PROXY: self.tr("Proxy"),
        }
        return titles[name]

    def status(self, status: Status | None, running: bool = False) -> str:
        if status is None:
            return self.tr("Checking…") if running else self.tr("Not run")
        words = {
            Status.PASS: self.tr("Passed"),
            Status.WARN: self.tr("Warning"),
            Status.FAIL: self.tr("Failed"),
            Status.SKIPPED: self.tr("Skipped"),
        }
        return words[status]

    def needed(self, threshold: str) -> str:
        return fill(self.tr("required %1"), threshold)

    def detail(self, text: str) -> str:
        """A probe's technical detail (English, for IT), labelled as such."""
        return fill(self.tr("Technical detail: %1"), text)

    def took(self, seconds: float) -> str:
        return fill(self.tr("%1 s"), decimal(seconds, 1))
