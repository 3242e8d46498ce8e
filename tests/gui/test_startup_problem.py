"""A journal the kiosk cannot use at start (damaged, emptied, locked by another program) gives
staff a clear screen that stays up, a line in the log and one on stderr, never a traceback and
no window at all; no order can be started meanwhile."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.composition import Composition
from kiosk.config import DATA_DIR_ENV
from kiosk.simulator.server import EmbeddedSimulator
from kiosk.tracking import JournalError, journal_path
from kiosk.tracking.journal import Journal
from kiosk.ui.launch import EXIT_CANNOT_START, journal_problem, serve, show_startup_problem
from kiosk.ui.main_window import MainWindow
from kiosk.ui.startup_problem import StartupProblem
from tests.gui.conftest import delete_now, kiosk_settings, run, training_backend, wait_for

LOG = "/var/log/srs-kiosk/kiosk.log"


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    return tmp_path


def read_and_close(qloop: qasync.QEventLoop) -> list[str]:
    """The problem screen's texts, once it shows; then staff close it."""
    pages: list[StartupProblem] = []

    def shown() -> bool:
        pages[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, StartupProblem) and w.isVisible()
        ]
        return bool(pages)

    wait_for(qloop, shown)
    page = pages[0]
    texts = [page.title.text(), page.body.text(), page.advice.text()]
    page.close()
    return texts


def problem_at_start(qloop: qasync.QEventLoop, simulator: EmbeddedSimulator, folder: Path) -> str:
    settings = kiosk_settings()
    root = Composition(settings, config_path=folder / "config.toml", data_folder=folder)
    with pytest.raises(JournalError) as caught:
        root.session(training_backend(simulator))
    return journal_problem(caught.value, settings)


def shows(qloop: qasync.QEventLoop, problem: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ended = asyncio.ensure_future(show_startup_problem(app, problem, LOG, windowed=True))
    texts = read_and_close(qloop)
    assert run(qloop, ended) == EXIT_CANNOT_START
    err = capsys.readouterr().err
    assert err == f"srs-kiosk: the order journal cannot be used: {problem}\n"
    return texts


def test_a_damaged_journal_gives_staff_a_clear_screen(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    journal = journal_path(data_folder, training=True)
    journal.write_bytes(b"a copy that failed halfway " * 200)
    problem = problem_at_start(qloop, simulator, data_folder)
    title, body, advice = shows(qloop, problem, capsys)
    assert title == "The kiosk cannot start"
    assert body.startswith(
        f"The order journal cannot be used: {journal} is not a usable "
        "journal: file is not a database"
    )
    assert advice.endswith(f"Details in the log: {LOG}")
    assert "the kiosk cannot start: the order journal cannot be used" in caplog.text


def test_an_emptied_journal_is_reported_not_silently_replaced(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    journal = journal_path(data_folder, training=True)
    Journal(journal).close()
    journal.write_bytes(b"")
    problem = problem_at_start(qloop, simulator, data_folder)
    _, body, _ = shows(qloop, problem, capsys)
    assert f"{journal} is empty (0 bytes): the orders it held are lost" in body
    assert journal.stat().st_size == 0


def test_a_journal_locked_by_another_program_at_start(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    simulator: EmbeddedSimulator,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Locked after it opened: the first write (resuming orders) waits for the lock, then
    gives up; the screen shows instead of the kiosk's window. (Locked before, opening fails
    as a damaged journal does.)"""
    journal = journal_path(data_folder, training=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    root = Composition(
        kiosk_settings(), config_path=data_folder / "config.toml", data_folder=data_folder
    )
    session = root.session(training_backend(simulator))
    other = sqlite3.connect(journal, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    window = MainWindow.for_session(session, kiosk_mode=False)
    try:
        ended = asyncio.ensure_future(serve(app, window, session, windowed=True, log_path=LOG))
        _, body, _ = read_and_close(qloop)
        assert run(qloop, ended) == EXIT_CANNOT_START
    finally:
        other.rollback()
        other.close()
    assert body == f"The order journal cannot be used: {journal}: database is locked"
    assert not shiboken6.isValid(window)  # the kiosk's window is gone, not left dead
    assert "Traceback" not in capsys.readouterr().err
    delete_now(session.flow)
