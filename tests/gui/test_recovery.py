"""An unattended terminal survives the unexpected: an error nothing caught (in a Qt slot, a
worker thread, a screen task) is logged with its traceback, the session is wiped to the start
screen, staff read a note on the staff strip naming the log, and the kiosk goes on serving."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from kiosk.app.recovery import Recovery
from kiosk.app.stages import Stage
from kiosk.app.tasks import TaskSlot
from kiosk.logs import LogFile, open_log_file
from tests.gui.conftest import Kiosk
from tests.gui.flow import KLARNA_CUSTOMER, choose, fill, start, to_methods

CUSTOMER = {"first_name": "Erika", "last_name": "Mustermann", "mobile": "+41 79 555 12 34"}


@dataclass
class Guarded:
    kiosk: Kiosk
    recovery: Recovery
    log: LogFile

    def log_text(self) -> str:
        self.log.handler.flush()
        return self.log.path.read_text(encoding="utf-8")

    def wait_recovered(self, errors: int = 1, timeout: float = 60.0) -> None:
        """Run Qt's event loop as the app does (``exec``): PySide hands an error of a slot to
        ``sys.excepthook`` there, while ``QTest.qWait`` would raise it into the test."""
        k = self.kiosk
        deadline = time.monotonic() + timeout
        while not (self.recovery.errors >= errors and k.window.recovery_notice.isVisible()):
            assert time.monotonic() < deadline, "not recovered in time"
            spin = QEventLoop()
            QTimer.singleShot(10, spin.quit)
            spin.exec()


@pytest.fixture
def guarded(kiosk: Kiosk, tmp_path: Path) -> Iterator[Guarded]:
    """The kiosk as the launcher runs it: log file, and the recovery on every route."""
    log = open_log_file(tmp_path / "logs")
    recovery = Recovery(kiosk.ctl.wipe, str(log.path), kiosk.ctl)
    recovery.recovered.connect(kiosk.window.recovered)
    recovery.install(kiosk.loop)
    yield Guarded(kiosk, recovery, log)
    recovery.uninstall()
    log.close()


def in_a_session(k: Kiosk) -> None:
    to_methods(k)
    choose(k, "KLARNA")
    fill(k, CUSTOMER)
    assert k.ctl.customer is not None


def assert_recovered(g: Guarded, logged: str) -> None:
    k = g.kiosk
    assert k.ctl.stage is Stage.IDLE and k.ctl.customer is None
    assert k.window.current is k.window.attract
    note = k.window.recovery_notice.text()
    assert note == (
        f"An unexpected error occurred; the kiosk recovered. Details in the log: {g.log.path}"
    )
    text = g.log_text()
    assert logged in text
    assert "CRITICAL kiosk.app.recovery:" in text and "Traceback" in text
    for personal in ("Erika", "Mustermann", "555 12 34"):
        assert personal not in text


def test_an_error_in_a_slot_wipes_to_the_start_screen_and_tells_staff(guarded: Guarded) -> None:
    k = guarded.kiosk

    def broken_slot() -> None:
        raise RuntimeError("a slot broke calling +41 79 555 12 34")

    in_a_session(k)
    QTimer.singleShot(0, broken_slot)
    guarded.wait_recovered()
    assert_recovered(guarded, "RuntimeError: a slot broke calling +41 79 *** ** 34")
    # ... and the kiosk goes on: the next customer starts as usual.
    in_a_session(k)


def test_an_unexpected_error_of_a_screen_task_goes_there_too(guarded: Guarded) -> None:
    k = guarded.kiosk

    async def lookup() -> None:
        await asyncio.sleep(0)
        raise KeyError("no such method")

    in_a_session(k)
    TaskSlot("methods").start(lookup())
    guarded.wait_recovered()
    assert_recovered(guarded, "task methods failed")


def test_an_error_in_a_worker_thread_is_recovered_on_the_gui_thread(guarded: Guarded) -> None:
    k = guarded.kiosk

    def work() -> None:
        raise OSError("disk gone")

    in_a_session(k)
    worker = threading.Thread(target=work, name="exporter")
    worker.start()
    worker.join()
    guarded.wait_recovered()
    assert_recovered(guarded, "unexpected error in thread exporter")


def test_a_staff_screen_is_left_too_and_the_note_stays_until_staff_enter_the_pin(
    guarded: Guarded,
) -> None:
    k = guarded.kiosk
    k.window.open_settings()
    assert k.window.current is k.window.settings
    QTimer.singleShot(0, lambda: 1 / 0)
    guarded.wait_recovered()
    assert k.window.current is k.window.attract
    assert "ZeroDivisionError" in guarded.log_text()
    k.window.ask_pin("menu")
    k.window.pin_pad.accepted.emit()  # as after a right PIN
    assert not k.window.recovery_notice.isVisible()


def test_a_burst_of_errors_wipes_once(guarded: Guarded) -> None:
    k = guarded.kiosk
    wipes: list[None] = []
    k.ctl.wiped.connect(lambda: wipes.append(None))
    for _ in range(3):
        QTimer.singleShot(0, lambda: 1 / 0)
    guarded.wait_recovered(errors=3)
    k.wait(lambda: len(wipes) >= 1)
    assert guarded.log_text().count("ZeroDivisionError") == 3
    assert len(wipes) == 1


def test_a_whole_start_at_debug_level_leaves_no_personal_data_in_the_log(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    """Every logger at DEBUG (ours, httpx, httpcore, asyncio) while a customer starts an order:
    the log file has neither the name nor the birth date nor the mobile number."""
    log = open_log_file(tmp_path / "logs", level=logging.DEBUG)
    try:
        start(kiosk, "KLARNA", KLARNA_CUSTOMER)
        kiosk.ctl.wipe()
        log.handler.flush()
        text = log.path.read_text(encoding="utf-8")
    finally:
        log.close()
    assert "DEBUG" in text  # it did log at that level
    for personal in ("Erika", "Mustermann", "1964", "123456789", "151 2345"):
        assert personal not in text, personal
