"""asyncio on the Qt event loop (qasync), as the kiosk runs it."""

from __future__ import annotations

import asyncio

import qasync
from PySide6.QtCore import QCoreApplication


def install_loop(app: QCoreApplication) -> qasync.QEventLoop:
    """Make a qasync loop on ``app`` the current asyncio loop."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop
