"""The terminal's log file: rotating, in the platform's user log folder, with no personal data.

An unattended kiosk keeps its story for IT: ``kiosk.log`` (5 x 1 MB, the oldest dropped) and
``faults.log`` (Python's fault handler: a crash in Qt or Chromium still leaves the Python stack).
Every line passes :class:`PrivacyFilter` first, whoever logged it (our code, httpx, asyncio, a
traceback): phone numbers are masked, names, birth dates and e-mail addresses dropped.
"""

from __future__ import annotations

import faulthandler
import functools
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import platformdirs

APP_NAME = "srs-kiosk"
LOG_DIR_ENV = "SRS_KIOSK_LOG_DIR"  # IT (and the tests) may put the logs elsewhere
LOG_FILE = "kiosk.log"
FAULT_FILE = "faults.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Their debug lines repeat the arguments of every call handed to a worker thread (the mobile
# number a customer key is made from among them): audited with every logger at DEBUG.
QUIET_LOGGERS = ("qasync",)
# A line for every request (a status poll every few seconds per order): four in five lines of a
# training day's log, hiding what happened. Kept at DEBUG; the client logs its failures itself.
ROUTINE_LOGGERS = ("httpx",)

REMOVED = "<removed>"
# A key that names personal data, then its value: quoted, a date object's repr, or bare up to
# the next separator (a distinguished name's "cn=Max Maximus" keeps its space).
_PERSONAL_KEYS = (
    r"first_?name|last_?name|given_?name|sur_?name|family_?name|full_?name|name"
    r"|cn|place_?of_?birth|dob|birth_?date|date_?of_?birth|distinguished_?name"
    r"|e_?mail"
)
_PHONE_KEYS = r"mobile|msisdn|phone(?:_?number)?"
_VALUE = r"""(?P<value>"[^"]*"|'[^']*'|datetime\.date\([^)]*\)|[^,;&)}\]\r\n"']+)"""
_KEYED = re.compile(
    rf"""(?P<key>["']?\b(?:(?P<personal>{_PERSONAL_KEYS})|(?P<phone>{_PHONE_KEYS}))\b["']?"""
    rf"""\s*[:=]\s*){_VALUE}""",
    re.IGNORECASE,
)
# A number as people and the SRS write phone numbers: international (+41, 0041) or national
# (079 ...), 9 to 15 digits with single spaces, dots, slashes or hyphens between them. Reference
# ids, times and counters neither start so nor have that many digits.
_PHONE = re.compile(r"(?<![\w.+\-])(?:\+\d|00\d|0[1-9])(?:[ ./\-]?\d){7,13}(?![\w])")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def redact(text: str) -> str:
    """``text`` without personal data: phone numbers masked, names and the like removed."""
    from kiosk.srs.mobile import mask_msisdn  # here: kiosk.srs is not needed for first paint

    def keyed(match: re.Match[str]) -> str:
        if match["personal"]:
            return match["key"] + REMOVED
        value = match["value"].strip("\"'")
        return match["key"] + mask_msisdn(value)

    text = _EMAIL.sub(REMOVED, _KEYED.sub(keyed, text))
    return _PHONE.sub(lambda m: mask_msisdn(m[0]), text)


class PrivacyFilter(logging.Filter):
    """Rewrites each record before any handler formats it: message, traceback and stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    return (
        Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    )


class LogFile:
    """The open log file and fault file; :meth:`close` undoes :func:`open_log_file`."""

    def __init__(
        self,
        path: Path,
        fault_path: Path,
        handler: logging.Handler,
        faults: IO[str],
        undo: list[Callable[[], None]],
    ) -> None:
        self.path = path
        self.fault_path = fault_path
        self.handler = handler
        self._faults = faults
        self._undo = undo

    def rotate(self) -> None:
        """From now on the file rotates (a log opened with ``rotating=False``): the rotating
        handler takes the plain one's place in one step, so no line is lost or written twice."""
        import logging.handlers  # here: the window's first paint does not wait for it

        if isinstance(self.handler, logging.handlers.RotatingFileHandler):
            return
        plain = self.handler
        rotating = _filtered(
            logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            ),
            plain.level,
        )
        root = logging.getLogger()
        # One assignment: a record logged meanwhile (another thread) goes to one handler or the
        # other. (Handlers are not added or removed meanwhile: this runs at the window's start.)
        root.handlers = [rotating if h is plain else h for h in root.handlers]
        self.handler = rotating
        plain.close()

    def close(self) -> None:
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()
        faulthandler.disable()
        self._faults.close()
        for undo in reversed(self._undo):
            undo()


def _filtered(handler: logging.Handler, level: int) -> logging.Handler:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    handler.addFilter(PrivacyFilter())
    return handler


def open_log_file(
    folder: Path | None = None, *, level: int = logging.INFO, rotating: bool = True
) -> LogFile:
    """Log to ``kiosk.log`` in ``folder`` (default :func:`log_dir`) from ``level`` up, and
    Python's fault handler to ``faults.log``; every handler of the root logger (stderr too)
    gets the privacy filter. ``rotating=False``: the file is appended to without rotating
    until :meth:`LogFile.rotate` (the window's start, whose first paint does not wait for the
    rotating handler's imports). Raises OSError when the folder cannot be written."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = _filtered(logging.FileHandler(path, encoding="utf-8"), level)
    root = logging.getLogger()
    undo: list[Callable[[], None]] = []
    for existing in root.handlers:  # stderr keeps the level it had, and is filtered too
        privacy = PrivacyFilter()
        existing.addFilter(privacy)
        undo.append(functools.partial(existing.removeFilter, privacy))
        if existing.level == logging.NOTSET:
            existing.setLevel(root.level)
            undo.append(functools.partial(existing.setLevel, logging.NOTSET))
    undo.append(functools.partial(root.setLevel, root.level))
    for name in QUIET_LOGGERS:  # never below INFO, whatever the level asked
        quiet = logging.getLogger(name)
        undo.append(functools.partial(quiet.setLevel, quiet.level))
        quiet.setLevel(max(quiet.getEffectiveLevel(), logging.INFO))
    for name in ROUTINE_LOGGERS:  # only when the debug level is asked for
        routine = logging.getLogger(name)
        undo.append(functools.partial(routine.setLevel, routine.level))
        routine.setLevel(max(level, logging.WARNING) if level > logging.DEBUG else level)
    root.addHandler(handler)
    root.setLevel(min(root.level, level))
    fault_path = folder / FAULT_FILE
    faults = fault_path.open("a", encoding="utf-8")
    if faulthandler.is_enabled() and sys.__stderr__ is not None:  # (pytest's) back on close
        undo.append(functools.partial(faulthandler.enable, sys.__stderr__))
    faulthandler.enable(faults, all_threads=True)
    opened = LogFile(path, fault_path, handler, faults, undo)
    if rotating:
        opened.rotate()
    return opened
