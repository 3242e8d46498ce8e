"""Files staff export on purpose (the support card, the readiness report): written into one
configured folder, never over an existing file, with no file dialog (staff never browse the
file system from the kiosk). Why an export failed, worded once for staff: the OS's own text is
English (it goes to the log)."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication

from kiosk.i18n import QT_TRANSLATE_NOOP, fill

log = logging.getLogger(__name__)

_NO_FOLDER = QT_TRANSLATE_NOOP(
    "ExportProblem", "The folder %1 does not exist and could not be made."
)
_NO_PERMISSION = QT_TRANSLATE_NOOP("ExportProblem", "The kiosk may not write in the folder %1.")
_DISK_FULL = QT_TRANSLATE_NOOP("ExportProblem", "The disk of the folder %1 is full.")
_READ_ONLY = QT_TRANSLATE_NOOP("ExportProblem", "The folder %1 is on a read-only disk.")
# A cause staff rarely meet: the system's error name (e.g. EIO) for IT, not its English text.
_OTHER = QT_TRANSLATE_NOOP(
    "ExportProblem", "The kiosk could not write in the folder %1 (system error %2)."
)
_CHECK = QT_TRANSLATE_NOOP(
    "ExportProblem", "Check the folder ([support] export_folder in the settings file)."
)
_CAUSES = {
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,  # a part of the path is a file
    errno.EACCES: _NO_PERMISSION,
    errno.EPERM: _NO_PERMISSION,
    errno.ENOSPC: _DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): _DISK_FULL,  # the user's quota (not on Windows)
    errno.EROFS: _READ_ONLY,
}


def export_folder(configured: Path | None) -> Path:
    """Where staff's exports go: ``[support] export_folder``, else the user's documents."""
    return configured if configured is not None else Path(platformdirs.user_documents_dir())


def write_export(folder: Path, name: str, content: str) -> Path:
    """``content`` as a new file ``name`` in ``folder`` (made if missing; an existing file is
    never overwritten: a second export in the same second gets ``-2``...). Raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    stem, dot, suffix = name.rpartition(".")
    for n in range(1, 100):
        path = folder / (name if n == 1 else f"{stem}-{n}{dot}{suffix}")
        try:
            # Readable by this account only: a support card holds a phone number and tokens.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(content)
        except OSError:
            path.unlink(missing_ok=True)  # no half a report left behind (a full disk)
            raise
        # Audit: what staff took off the kiosk, and where (the content never).
        log.info("%s exported to %s", _kind(name), path)
        return path
    raise FileExistsError(f"{folder / name} and 98 more names exist")


def _kind(name: str) -> str:
    if name.startswith("support-"):
        return "a support card"
    if name.startswith("readiness-report-"):
        return "a readiness report"
    return "a file"


def export_problem(exc: OSError, folder: Path) -> str:
    """Why nothing could be saved in ``folder``, in the staff language, with what to check;
    the OS's text to the log."""
    log.warning("export into %s failed: %s", folder, exc)
    cause = _CAUSES.get(exc.errno) if exc.errno is not None else None
    if cause is None:
        code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno else type(exc).__name__
        why = fill(QCoreApplication.translate("ExportProblem", _OTHER), str(folder), code)
    else:
        why = fill(QCoreApplication.translate("ExportProblem", cause), str(folder))
    return f"{why} {QCoreApplication.translate('ExportProblem', _CHECK)}"
