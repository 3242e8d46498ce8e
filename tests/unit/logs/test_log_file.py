"""The terminal's log file: rotating, in the log folder, and no personal data in any line."""

from __future__ import annotations

import logging
import logging.handlers
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logs import BACKUPS, FAULT_FILE, MAX_BYTES, LogFile, open_log_file, redact

log = logging.getLogger("kiosk.test")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[LogFile]:
    opened = open_log_file(tmp_path / "logs", level=logging.DEBUG)
    yield opened
    opened.close()


def read(log_file: LogFile) -> str:
    log_file.handler.flush()
    return log_file.path.read_text(encoding="utf-8")


def test_phone_numbers_are_masked_however_written() -> None:
    for text in ("+41791234567", "+41 79 123 45 67", "0041 79 123 45 67", "079/123.45.67"):
        masked = redact(f"calling {text} now")
        assert "123" not in masked and "45 67" not in masked, masked
        assert masked.startswith("calling +") and masked.endswith("67 now")


def test_names_birth_dates_and_mail_are_dropped_in_every_spelling() -> None:
    body = (
        '{"firstName": "Peter", "lastName": "Amrhyn", "dob": "1979-01-30", '
        '"email": "Peter.Amrhyn@swisscom.com", "mobile": "+41775383140"}'
    )
    dn = "cn=Max Maximus, givenname=Max, surname=Maximus, c=RO"
    data = (
        "IdentityData(first_name='Erika', last_name='Mustermann', "
        "dob=datetime.date(1964, 8, 12), place_of_birth='Wuppertal')"
    )
    out = redact(f"{body} {dn} {data} write to erika@example.de")
    for personal in (
        "Peter",
        "Amrhyn",
        "1979",
        "Max",
        "Maximus",
        "Erika",
        "Mustermann",
        "1964",
        "Wuppertal",
        "erika@",
        "5383",
    ):
        assert personal not in out, personal
    assert "c=RO" in out  # not personal: kept


def test_identifiers_times_and_counters_are_kept() -> None:
    text = (
        "ref 82248494-bc8b-452c-9f55-cad94526d92c at 2026-12-04T20:55:00, 0.0123456789 s, "
        "epoch 1733345678, 1048576 bytes"
    )
    assert redact(text) == text


def test_every_line_of_the_log_is_filtered_tracebacks_too(log_file: LogFile) -> None:
    log.debug("sending mobile %s for %s", "+41791234567", "first_name='Erika'")
    try:
        raise ValueError("no evidence for +41 79 123 45 67 (lastName: Mustermann)")
    except ValueError:
        log.exception("verify failed")
    text = read(log_file)
    assert "DEBUG kiosk.test: sending mobile +41 79 *** ** 67" in text
    assert "ValueError: no evidence for +41 79 *** ** 67" in text
    for personal in ("Erika", "Mustermann", "123 45", "791234567"):
        assert personal not in text, personal


@pytest.mark.parametrize(("level", "kept"), [(logging.INFO, False), (logging.DEBUG, True)])
def test_routine_requests_are_logged_only_at_the_debug_level(
    tmp_path: Path, level: int, kept: bool
) -> None:
    """httpx's line for every request (a status poll every few seconds) was four in five lines
    of a training day's log (review s8); its warnings stay."""
    opened = open_log_file(tmp_path / "logs", level=level)
    try:
        httpx_log = logging.getLogger("httpx")
        httpx_log.info('HTTP Request: GET https://srs.example/api/orders/R "HTTP/1.1 200 OK"')
        httpx_log.warning("a warning of the HTTP library")
        log.info("order R: INITIALIZED -> TERMINATED")
        text = read(opened)
    finally:
        opened.close()
    assert ("HTTP Request: GET" in text) is kept
    assert "a warning of the HTTP library" in text
    assert "order R: INITIALIZED -> TERMINATED" in text


def test_the_log_rotates_keeping_five_files_of_one_megabyte(log_file: LogFile) -> None:
    line = "x" * 1000
    for _ in range(MAX_BYTES * (BACKUPS + 2) // 1000):
        log.info(line)
    files = sorted(log_file.path.parent.glob("kiosk.log*"))
    assert [f.name for f in files] == [
        "kiosk.log",
        *(f"kiosk.log.{n}" for n in range(1, BACKUPS + 1)),
    ]
    assert all(f.stat().st_size <= MAX_BYTES for f in files)


def test_a_log_that_rotates_later_keeps_every_line_once(tmp_path: Path) -> None:
    """The window's start: the file is appended to before the first paint, rotating after."""
    opened = open_log_file(tmp_path / "logs", level=logging.DEBUG, rotating=False)
    try:
        assert type(opened.handler) is logging.FileHandler
        log.info("before the first paint, mobile %s", "+41791234567")
        opened.rotate()
        log.info("after the first paint")
        opened.rotate()  # once is enough: nothing changes
        assert isinstance(opened.handler, logging.handlers.RotatingFileHandler)
        assert opened.handler in logging.getLogger().handlers
        text = read(opened)
    finally:
        opened.close()
    assert text.count("INFO kiosk.test: before the first paint, mobile +41 79 *** ** 67") == 1
    assert text.count("after the first paint") == 1
    assert opened.handler not in logging.getLogger().handlers


def test_a_hard_crash_leaves_the_python_stack_in_the_fault_file(tmp_path: Path) -> None:
    crash = (
        "import faulthandler, pathlib, sys; from kiosk.logs import open_log_file; "
        f"open_log_file(pathlib.Path({str(tmp_path)!r})); faulthandler._sigsegv()"
    )
    done = subprocess.run(
        [sys.executable, "-c", crash],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[3],
    )
    assert done.returncode != 0
    faults = (tmp_path / FAULT_FILE).read_text()
    assert "Fatal Python error: Segmentation fault" in faults
    assert "<string>" in faults  # the Python stack of the crash
