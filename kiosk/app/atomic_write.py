"""Replacing a small file so that a crash or a power cut leaves the old file or the new one,
never half of one or an empty one: written under a name of its own, flushed to the disk, then
renamed over the old (a rename without the flush may reach the disk first: a 0-byte file)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str, *, private: bool = False) -> None:
    """``path`` now holds ``text`` (UTF-8). ``private``: readable by this account only (else
    the old file's mode, or the usual one for a new file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own (two processes never write into one temporary file); made 0600.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if not private:
            os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
