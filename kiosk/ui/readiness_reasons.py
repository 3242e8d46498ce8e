"""The readiness verdicts as the method list shows them: a translated reason per method that
this terminal cannot run (names of the blocking checks, as the diagnosis screen calls them)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.checks.core import MethodVerdict
from kiosk.i18n import fill

from .diagnosis.words import Words


class ReadinessReasons(QObject):
    def reason(self, verdict: MethodVerdict) -> str:
        """Why the method of ``verdict`` cannot run here, in the current language."""
        words = Words(self)
        names = ", ".join(words.probe(p) for p in verdict.blocking)
        words.deleteLater()
        # A plural message (one form per number of probes): the verb agrees with the names
        # in every language ("Kamera hat", "Kamera, Mikrofon haben").
        return fill(
            self.tr(
                "This terminal cannot run it now: %1 failed the readiness check (see "
                "Staff → Diagnosis).",
                "",
                len(verdict.blocking),
            ),
            names,
        )
