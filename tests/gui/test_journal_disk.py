"""A journal on a full disk or a read-only file system (issue 17 item 11), for real: the data
folder is a small tmpfs (tests.tmpfs), filled up or remounted read-only. The start is refused
or its order cancelled, the customer and staff are told, a second tap starts nothing; a
read-only journal at start gives staff the start-up problem screen."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app.flow import JournalFailed, StartRefused
from kiosk.app.stages import Stage
from kiosk.composition import Composition
from kiosk.config import DATA_DIR_ENV
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.tracking import JournalError, journal_path
from kiosk.tracking.journal import Journal
from kiosk.ui.launch import EXIT_CANNOT_START, serve
from kiosk.ui.main_window import MainWindow
from tests.gui.conftest import Kiosk, delete_now, kiosk_settings, run, training_backend
from tests.gui.flow import click
from tests.gui.test_flow_start import sim_orders, slow_start, to_consent, wait_intent_written
from tests.gui.test_startup_problem import LOG, problem_at_start, read_and_close, shows
from tests.tmpfs import Tmpfs


@pytest.fixture
def tmp_path(tmpfs: Tmpfs) -> Path:
    """The kiosk fixture's data folder: on the tmpfs."""
    return tmpfs.path


def assert_told_and_no_second_order(k: Kiosk, problem: str) -> None:
    consent = k.window.consent
    k.wait(lambda: bool(consent.error.text()))
    text = consent.error.text()
    assert "cannot record identifications" in text  # the customer's part only
    assert "journal" not in text and "disk" not in text
    staff = k.window.staff_detail.text
    assert staff.startswith("For staff: the order journal could not be written")
    assert problem in staff  # what the system said, for IT
    assert k.window.staff_detail.label.isVisible()
    assert "Traceback" not in text + staff
    assert k.ctl.stage is Stage.CONSENT and k.ctl.started is None
    assert not consent.accept.isEnabled() and not consent.accept.isVisible()
    before = len(sim_orders(k))
    consent.agree()  # a second tap that got through anyway
    assert not consent._start.busy
    with pytest.raises((StartRefused, JournalFailed)):  # nor one asked of the flow
        run(k.loop, k.ctl.start())
    assert len(sim_orders(k)) == before


def test_a_full_disk_before_the_start_sends_nothing(kiosk: Kiosk, tmpfs: Tmpfs) -> None:
    to_consent(kiosk)
    tmpfs.fill()
    click(kiosk, kiosk.window.consent.accept)
    assert_told_and_no_second_order(kiosk, "disk is full")
    # The journal could not take the intent: the start was never sent, or (a write that still
    # fit the WAL) its order was cancelled at once.
    assert all(o["status"] == "CANCELLED" for o in sim_orders(kiosk))
    assert len(sim_orders(kiosk)) <= 1


def test_a_disk_full_during_the_start_cancels_the_order(kiosk: Kiosk, tmpfs: Tmpfs) -> None:
    to_consent(kiosk)
    slow_start(kiosk, 2.0)
    click(kiosk, kiosk.window.consent.accept)
    kiosk.wait(lambda: kiosk.ctl.stage is Stage.STARTING)
    wait_intent_written(kiosk)
    filler = tmpfs.fill()  # while the SRS makes the order
    assert_told_and_no_second_order(kiosk, "disk is full")
    [created] = sim_orders(kiosk)
    assert created["status"] == "CANCELLED"  # nothing left running unfollowed at the SRS
    assert (
        f"Order {created['refId']} was created and has been cancelled again"
        in kiosk.window.staff_detail.text
    )
    filler.unlink()  # room again: the journal lists nothing running
    assert not any(
        o.ref_id == created["refId"]
        for o in run(kiosk.loop, kiosk.terminal.orders.all())
        if not o.is_done
    )


# -- a read-only journal at start ---------------------------------------------------------------


@pytest.fixture
def data_folder(tmpfs: Tmpfs, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmpfs.path))
    return tmpfs.path


def test_a_read_only_data_folder_without_a_journal_gives_staff_the_problem_screen(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    tmpfs: Tmpfs,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tmpfs.read_only()
    problem = problem_at_start(qloop, simulator, data_folder)
    title, body, _ = shows(qloop, problem, capsys)
    assert title == "The kiosk cannot start"
    assert str(journal_path(data_folder, training=True)) in body
    assert "Traceback" not in body


def test_a_journal_on_a_read_only_mount_gives_staff_the_problem_screen(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    tmpfs: Tmpfs,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A journal written before, now on a file system mounted read-only (as after a disk
    error): opening it or its first write fails; the screen shows, never the kiosk's
    window, and no order can be started."""
    path = journal_path(data_folder, training=True)
    Journal(path).close()
    tmpfs.read_only()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        root = Composition(
            kiosk_settings(), config_path=data_folder / "config.toml", data_folder=data_folder
        )
        session = root.session(training_backend(simulator))
    except JournalError:  # refused on opening
        problem = problem_at_start(qloop, simulator, data_folder)
        _, body, _ = shows(qloop, problem, capsys)
    else:  # opened for reading; the first write (resuming orders) fails
        window = MainWindow.for_session(session, kiosk_mode=False)
        ended = asyncio.ensure_future(serve(app, window, session, windowed=True, log_path=LOG))
        _, body, _ = read_and_close(qloop)
        assert run(qloop, ended) == EXIT_CANNOT_START
        assert not shiboken6.isValid(window)
        delete_now(session.flow)
    assert body.startswith(f"The order journal cannot be used: {path}")
    assert "read-only" in body  # what staff can act on, not only SQLite's words
    assert "Traceback" not in capsys.readouterr().err
    assert sim_orders_at(simulator) == []


def sim_orders_at(simulator: EmbeddedSimulator) -> list[object]:
    orders: list[object] = httpx.get(f"{simulator.base_url}/_sim/orders").json()["orders"]
    return orders
