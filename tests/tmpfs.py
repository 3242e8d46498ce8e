"""A small tmpfs (and an ext4 that fails) to put a journal on, for real full-disk and read-only
failures: chmod does not bind root (the tests run as root here and in CI), a size-limited or
read-only mount does."""

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
        gone = subprocess.run(["umount", str(point)], capture_output=True, text=True, check=False)
        if gone.returncode != 0:  # still open somewhere: detach it now, freed once closed
            subprocess.run(["umount", "-l", str(point)], check=False)


@dataclass
class FailingDisk:
    """An ext4 file system on a loop device, mounted ``errors=remount-ro`` at ``path``."""

    path: Path
    device: str

    def fail(self) -> None:
        """A disk error, as ext4 handles it: the file system turns read-only under the open
        files (a remount cannot: the kernel refuses it while a file is open for writing), and
        every write after it fails."""
        trigger = Path("/sys/fs/ext4") / Path(self.device).name / "trigger_fs_error"
        trigger.write_text("test: the kiosk's disk failed\n", encoding="utf-8")


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        return subprocess.CompletedProcess(command, 127, "", str(exc))


@pytest.fixture
def failing_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FailingDisk]:
    """A fresh 8 MB ext4 on a loop device, unmounted and detached after the test whatever
    happened. Skipped where that is not permitted (not root, no loop devices, no mkfs.ext4,
    a kernel without ext4's error trigger)."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a loop device needs root (failing-disk journal tests)")
    folder = tmp_path_factory.mktemp("disk")
    image, point = folder / "disk.img", folder / "mnt"
    point.mkdir()
    with image.open("wb") as out:
        out.truncate(8 * 1024 * 1024)
    made = _run("mkfs.ext4", "-q", "-F", str(image))
    if made.returncode != 0:
        pytest.skip(f"cannot make an ext4 file system here: {made.stderr.strip()}")
    attached = _run("losetup", "-f", "--show", str(image))
    if attached.returncode != 0:
        pytest.skip(f"no loop device here: {attached.stderr.strip()}")
    device = attached.stdout.strip()
    try:
        mounted = _run("mount", "-o", "errors=remount-ro", device, str(point))
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount a loop device here: {mounted.stderr.strip()}")
        disk = FailingDisk(point, device)
        if not (Path("/sys/fs/ext4") / Path(device).name / "trigger_fs_error").exists():
            pytest.skip("this kernel's ext4 has no error trigger (trigger_fs_error)")
        try:
            yield disk
        finally:
            if _run("umount", str(point)).returncode != 0:
                _run("umount", "-l", str(point))
    finally:
        _run("losetup", "-d", device)
