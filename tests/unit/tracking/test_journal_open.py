"""A journal that cannot be used is refused with a clear JournalError naming the file, never
silently replaced: damaged, empty where one existed, read-only, or in a folder that cannot be
made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.tracking import JournalError
from kiosk.tracking.journal import Journal


def test_a_damaged_journal_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    path.write_bytes(b"this is no database, but a file damaged by a failed copy " * 100)
    with pytest.raises(JournalError, match=r"journal\.sqlite is not a usable journal"):
        Journal(path)


def test_an_empty_journal_where_one_existed_is_reported_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    Journal(path).close()
    path.write_bytes(b"")  # truncated
    with pytest.raises(JournalError, match=r"is empty \(0 bytes\)"):
        Journal(path)
    assert path.stat().st_size == 0  # left as it was found, for IT to look at


def test_a_journal_whose_folder_cannot_be_made_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(JournalError, match="cannot be opened"):
        Journal(blocker / "journal.sqlite")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="file modes bind no one as root"
)
def test_a_read_only_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    Journal(path).close()
    path.chmod(0o400)
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(JournalError, match=r"journal\.sqlite"):
            Journal(path)
    finally:
        tmp_path.chmod(0o700)
