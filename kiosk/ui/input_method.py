"""Which input method Qt loads, decided before the QApplication exists (and before the first
paint: nothing heavy here)."""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping

log = logging.getLogger(__name__)

QML_KEYBOARD = "qtvirtualkeyboard"


def avoid_qml_keyboard(environ: MutableMapping[str, str] | None = None) -> None:
    """Never Qt Virtual Keyboard, even when the session's environment asks for it: its QML
    loader hangs a PySide app with a Python translator (kiosk.ui.keyboard says why; the kiosk has
    a keyboard of its own). Another input method (ibus, compose) is kept."""
    env = os.environ if environ is None else environ
    if env.get("QT_IM_MODULE") == QML_KEYBOARD:
        log.warning(
            "QT_IM_MODULE=%s ignored: the kiosk has an on-screen keyboard of its own", QML_KEYBOARD
        )
        del env["QT_IM_MODULE"]
