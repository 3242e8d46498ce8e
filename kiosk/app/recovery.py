"""What nothing else caught: an unattended terminal logs it, wipes to the start screen, tells
staff, and keeps running.

One object takes every route an unexpected error can come by: ``sys.excepthook`` (an exception
in a Qt slot or virtual method; PySide reports them there), ``threading.excepthook`` (a worker
thread), and the asyncio loop's exception handler (a callback, a task nobody awaited, and a
screen task's unexpected error: :class:`kiosk.app.tasks.TaskSlot` reports it there). The wipe
runs later on the GUI thread, once per burst of errors.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Recovery(QObject):
    recovered = Signal(str)  # wiped after an unexpected error: tell staff (the log's path)
    _pending = Signal()  # from any thread: recover on the GUI thread

    def __init__(
        self, wipe: Callable[[], None], log_path: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._wipe = wipe
        self.log_path = log_path
        self._queued = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous: tuple[Any, Any, Any] | None = None
        self.errors = 0  # unexpected errors since start (for staff and the tests)
        self._pending.connect(self._recover, Qt.ConnectionType.QueuedConnection)

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._previous = (sys.excepthook, threading.excepthook, loop.get_exception_handler())
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        loop.set_exception_handler(self._loop_exception)

    def uninstall(self) -> None:
        if self._previous is None or self._loop is None:
            return
        sys.excepthook, threading.excepthook, handler = self._previous
        self._loop.set_exception_handler(handler)
        self._previous = None

    # -- the routes --------------------------------------------------------------------------

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl-C in a terminal: not an error
            sys.__excepthook__(kind, exc, tb)
            return
        self.report("unexpected error", (kind, exc, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(
            f"unexpected error in thread {name}",
            (args.exc_type, args.exc_value, args.exc_traceback),
        )

    def _loop_exception(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        message = str(context.get("message") or "unexpected error in the event loop")
        exc = context.get("exception")
        if not isinstance(exc, Exception):
            # Without an exception it is a notice (an unclosed transport): worth a line only.
            log.warning("event loop: %s", message)
            return
        self.report(message, (type(exc), exc, exc.__traceback__))

    def report(self, message: str, exc_info: ExcInfo) -> None:
        """Log the error with its traceback, and wipe soon on the GUI thread."""
        self.errors += 1
        log.critical("%s; wiping the session and carrying on", message, exc_info=exc_info)
        if not self._queued:
            self._queued = True
            self._pending.emit()

    def _recover(self) -> None:
        self._queued = False
        try:
            self._wipe()
        except Exception:  # the wipe itself failed: the log says so, the kiosk goes on
            log.exception("wiping after an unexpected error failed")
        self.recovered.emit(self.log_path)
