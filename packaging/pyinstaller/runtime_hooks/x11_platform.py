"""Runs in the Linux bundle before the kiosk: X11 (xcb) where there is an X display.

The bundle carries no Wayland plugin: the kiosk runs on X11, on a Wayland desktop through
XWayland (which sets DISPLAY). Qt would otherwise try Wayland first there, and say on standard
error that its plugin is missing before it takes xcb. QT_QPA_PLATFORM set by the user wins;
without a display at all the self-test and the readiness check choose offscreen themselves.
"""

import os
import sys

if sys.platform.startswith("linux") and os.environ.get("DISPLAY") \
        and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"
