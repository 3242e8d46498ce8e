"""A small tmpfs to put a journal on, for real full-disk and read-only failures: chmod does not
bind root (the tests run as root here and in CI), a size-limited or read-only mount does."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SIZE = "512k"  # room for a fresh journal and its WAL, little more


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@dataclass
class Tmpfs:
    """A mounted tmpfs at ``path``."""

    path: Path

    def fill(self) -> Path:
        """Fill the file system until it says ENOSPC; the filler stays (remove it to free)."""
        filler = self.path / "filler"
        block = b"\0" * 4096
        with filler.open("ab", buffering=0) as out:
            try:
                while True:
                    out.write(block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
        # What is left (a partial page) goes too: not one byte more fits.
        with filler.open("ab", buffering=0) as out:
            try:
                while True:
                    out.write(b"\0")
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
        return filler

    def read_only(self) -> None:
        """Remount read-only. The kernel refuses (busy) while a file on it is open for
        writing: only possible while no journal is open."""
        done = _mount("-o", "remount,ro", str(self.path))
        assert done.returncode == 0, f"remount read-only failed: {done.stderr.strip()}"


@pytest.fixture
def tmpfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tmpfs]:
    """A fresh tmpfs of ``SIZE``, unmounted after the test whatever happened in it. Skipped
    where mounting is not permitted (not root, no tmpfs, a container without CAP_SYS_ADMIN)."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (full-disk and read-only journal tests)")
    point = tmp_path_factory.mktemp("tmpfs")
    try:
        mounted = _mount("-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(point))
    except FileNotFoundError:
        pytest.skip("no mount command here (full-disk and read-only journal tests)")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield Tmpfs(point)
    finally:
        gone = subprocess.run(["umount", str(point)], capture_output=True, text=True,
                              check=False)
        if gone.returncode != 0:  # still open somewhere: detach it now, freed once closed
            subprocess.run(["umount", "-l", str(point)], check=False)
