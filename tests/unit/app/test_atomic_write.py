"""Small files replaced whole: the old or the new text, never half, never a stray temp file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from kiosk.app.atomic_write import write_atomic


def test_replaces_the_text_and_keeps_the_files_mode(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new ✓")
    assert path.read_text(encoding="utf-8") == "new ✓"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


def test_a_private_file_is_this_accounts_only_and_its_folder_is_made(tmp_path: Path) -> None:
    path = tmp_path / "staff" / "pin.json"
    write_atomic(path, "{}", private=True)
    assert path.read_text(encoding="utf-8") == "{}"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "half \ud800 written")  # a lone surrogate cannot be encoded
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["presets.json"]


def test_writers_at_the_same_time_leave_one_whole_text(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    texts = [str(n) * 20_000 for n in range(8)]
    threads = [threading.Thread(target=write_atomic, args=(path, text)) for text in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert path.read_text(encoding="utf-8") in texts
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]
