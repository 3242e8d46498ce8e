"""The readiness verdicts as the method list shows them: a translated reason per method that
this terminal cannot run (names of the blocking checks, as the diagnosis screen calls them)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from kiosk.checks.core import MethodVerdict

from .diagnosis.words import Words


class ReadinessReasons(QObject):
    def reasons(self, verdicts: Iterable[MethodVerdict]) -> dict[str, str]:
        """``ISSUER/method`` → reason, for the methods that cannot run here."""
        words = Words(self)
        found = {}
        for verdict in verdicts:
            if not verdict.ready:
                names = ", ".join(words.probe(p) for p in verdict.blocking)
                found[verdict.key] = self.tr(
                    "This terminal cannot run it now: %1 failed the readiness check (see "
                    "Staff → Diagnosis).").replace("%1", names)
        words.deleteLater()
        return found
