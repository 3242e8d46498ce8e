"""Why an export failed, in words for staff: the common causes by name with the folder, never
the OS's English text (that goes to the log)."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from kiosk.app.exports import export_problem, write_export
from tests.tmpfs import Tmpfs

FOLDER = Path("/srv/kiosk/exports")
CHECK = "Check the folder ([support] export_folder in the settings file)."


def _os_error(code: int) -> OSError:
    """As the OS raises it (the subclass Python picks by errno)."""
    return OSError(code, os.strerror(code), str(FOLDER / "report.txt"))


@pytest.mark.parametrize(
    ("code", "cause"),
    [
        (errno.ENOENT, f"The folder {FOLDER} does not exist and could not be made."),
        (errno.EACCES, f"The kiosk may not write in the folder {FOLDER}."),
        (errno.EPERM, f"The kiosk may not write in the folder {FOLDER}."),
        (errno.ENOSPC, f"The disk of the folder {FOLDER} is full."),
        (errno.EROFS, f"The folder {FOLDER} is on a read-only disk."),
        (errno.EIO, f"The kiosk could not write in the folder {FOLDER} (system error EIO)."),
    ],
)
def test_the_common_causes_are_named_with_the_folder(
    code: int, cause: str, caplog: pytest.LogCaptureFixture
) -> None:
    exc = _os_error(code)
    caplog.set_level(logging.WARNING, "kiosk.app.exports")
    text = export_problem(exc, FOLDER)
    assert text == f"{cause} {CHECK}"
    assert os.strerror(code) not in text and "Errno" not in text
    assert os.strerror(code) in caplog.text  # the OS's own words for IT, in the log


def test_a_folder_behind_a_file_is_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    folder = blocker / "cards"
    with pytest.raises(OSError) as failed:
        write_export(folder, "support-x.txt", "card")
    assert export_problem(failed.value, folder) == (
        f"The folder {folder} does not exist and could not be made. {CHECK}"
    )


def test_an_error_without_a_number_is_named_by_its_kind() -> None:
    text = export_problem(FileExistsError("report.txt and 98 more names exist"), FOLDER)
    assert text == (
        f"The kiosk could not write in the folder {FOLDER} (system error FileExistsError). {CHECK}"
    )


def test_a_full_disk_is_said_so_and_leaves_no_half_file(tmpfs: Tmpfs) -> None:
    folder = tmpfs.path / "reports"
    folder.mkdir()
    tmpfs.fill()
    with pytest.raises(OSError) as failed:
        write_export(folder, "readiness-report.txt", "x" * 65536)
    assert export_problem(failed.value, folder) == (
        f"The disk of the folder {folder} is full. {CHECK}"
    )
    assert list(folder.iterdir()) == []


def test_a_read_only_disk_is_said_so(tmpfs: Tmpfs) -> None:
    folder = tmpfs.path / "reports"
    folder.mkdir()
    tmpfs.read_only()
    with pytest.raises(OSError) as failed:
        write_export(folder, "support-x.txt", "card")
    assert export_problem(failed.value, folder) == (
        f"The folder {folder} is on a read-only disk. {CHECK}"
    )


def test_an_export_is_readable_by_this_account_only_and_logged_without_content(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Review s8 #14: support cards (a full phone number, tokens) were written 0644, unlogged."""
    caplog.set_level(logging.INFO, "kiosk.app.exports")
    card = write_export(tmp_path, "support-f6a93319-20261205-102000.txt", "MSISDN: +41791234567")
    report = write_export(tmp_path, "readiness-report-20261205-102000.json", "{}")
    for path in (card, report):
        assert path.stat().st_mode & 0o777 == 0o600
    assert f"a support card exported to {card}" in caplog.text
    assert f"a readiness report exported to {report}" in caplog.text
    assert "41791234567" not in caplog.text
