"""Chromium (QtWebEngine) refuses to start its sandbox as root and then kills the process
without a word. Decide before Qt starts, so a person gets a sentence instead of a silent exit."""

from __future__ import annotations

import os
import sys

FLAG = "QTWEBENGINE_DISABLE_SANDBOX"

ROOT_MESSAGE = (
    "the kiosk is running as root, where the web engine's sandbox cannot run. Run it as a "
    f"normal user (recommended), or set {FLAG}=1 to accept running web pages unsandboxed."
)


def blocked_as_root() -> bool:
    """True when the web engine would die at start: root on Linux without the opt-out."""
    return (sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0
            and os.environ.get(FLAG) != "1")


def allow_for_own_pages() -> None:
    """For commands that load only pages we serve ourselves on loopback (the readiness probe,
    the screenshot run, the self-test): running them unsandboxed as root is an acceptable
    trade, unlike the kiosk itself, which shows the identification providers' pages."""
    if blocked_as_root():
        os.environ[FLAG] = "1"
