"""A journal that cannot be used is refused with a clear JournalError naming the file, never
silently replaced: damaged, empty where one existed, read-only, or in a folder that cannot be
made."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
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


# A kiosk process opening the journal the moment the others do: each waits for the go file,
# opens it with the installation's key (the file fallback: no keyring here) and prints the
# customer key of one number, which needs both the journal's salt and the secret.
_OPENER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from kiosk.tracking.journal import Journal
    from kiosk.tracking.keys import KeyringKey
    data, config, go = (Path(arg) for arg in sys.argv[1:4])
    while not go.exists():
        time.sleep(0.001)
    with Journal(data / "journal.sqlite", keys=KeyringKey(config_dir=config)) as journal:
        print(journal.customer_key("+41791234567"))
    """
)


def test_processes_making_the_journal_together_share_one_journal_and_one_key(
    tmp_path: Path,
) -> None:
    """The window and CLI commands started together on a new terminal: before, one of them saw
    the 0-byte file SQLite had just made ("empty: the orders it held are lost") and the key
    file was made twice (orders sealed under the replaced key unreadable)."""
    data, config, go = tmp_path / "data", tmp_path / "config", tmp_path / "go"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPENER, str(data), str(config), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    go.touch()
    results = [proc.communicate(timeout=120) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), [err for _, err in results]
    assert len({out for out, _ in results}) == 1  # one salt, one secret
    # Nothing half-made is left: only the journal (and SQLite's own files while open).
    assert sorted(p.name for p in data.iterdir()) == ["journal.sqlite"]
    with Journal(data / "journal.sqlite") as journal:
        assert journal.migrated_from > 0
